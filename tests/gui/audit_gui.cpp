// The audit trail in the window: "¿Quién trabaja en este plan?", undo and redo recorded as edits,
// an item's history from its table's context menu, and the whole plan's change log with filters
// and its CSV export.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "Settings.h"
#include "audit/AuditDialogs.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "models/TeamModel.h"
#include "storage/PlanWriter.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

class AuditGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Catalog> m_catalog;
    int m_counter = 0;

    /// A plan (not the demo) with two team members.
    QString teamPlan()
    {
        const QString path = m_dir.filePath(u"equipo-%1.planea"_s.arg(++m_counter));
        PlanInfo info = demo::demoPlanInfo();
        info.isDemo = false;
        auto s = writeNewPlanFile(path, info, [](PlanStore &store) -> Status {
            PlanWriter writer(store);
            TeamMember ana;
            ana.name = u"Ana María Ortiz"_s;
            ana.position = u"Secretaria de Planeación"_s;
            ana.isLeader = true;
            if (auto r = writer.addTeamMember(ana); !r)
                return r.error();
            TeamMember luis;
            luis.name = u"Luis Fernando Cano"_s;
            if (auto r = writer.addTeamMember(luis); !r)
                return r.error();
            return {};
        });
        if (!s)
            qWarning() << s.error().message;
        return path;
    }

    static QList<AuditEntry> log(PlanDocument *doc, const AuditQuery &query = {})
    {
        auto entries = doc->store().auditEntries(query);
        return entries ? *entries : QList<AuditEntry>();
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void actorChooserListsTheTeamAndIsRemembered()
    {
        const QString path = teamPlan();
        {
            MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
            window.show();
            QVERIFY(window.openPlan(path));
            auto *dialog = window.findChild<ActorDialog *>(u"actorDialog"_s);
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->windowTitle(), u"¿Quién trabaja en este plan?"_s);
            QStringList options;
            for (auto *radio : dialog->findChildren<QRadioButton *>())
                options.append(radio->text());
            QCOMPARE(options, QStringList({ u"Ana María Ortiz"_s, u"Luis Fernando Cano"_s, u"Otra persona…"_s }));
            guitest::saveShot(dialog, u"actor-dialog"_s);
            dialog->choose(u"Luis Fernando Cano"_s);
            dialog->accept();
            QCOMPARE(window.document()->store().actor(), u"Luis Fernando Cano"_s);
            QCOMPARE(Settings::lastActor(path), u"Luis Fernando Cano"_s);

            QVERIFY(window.document()->setValue(Table::Plan, 1, u"plan_name"_s, u"Plan con autor"_s));
            const auto entries = log(window.document(), { u"plan"_s, 1, {}, {}, {}, {} });
            QCOMPARE(entries.last().actor, u"Luis Fernando Cano"_s);
            window.closePlan();
        }
        {
            // Reopened: the remembered person works at once and is preselected.
            MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
            window.show();
            QVERIFY(window.openPlan(path));
            QCOMPARE(window.document()->store().actor(), u"Luis Fernando Cano"_s);
            auto *dialog = window.findChild<ActorDialog *>(u"actorDialog"_s);
            QVERIFY(dialog);
            QCOMPARE(dialog->actor(), u"Luis Fernando Cano"_s);
            // "Otra persona…" with a typed name.
            auto *other = dialog->findChild<QLineEdit *>(u"otherName"_s);
            QTest::keyClicks(other, u"Consultora Externa"_s);
            QCOMPARE(dialog->actor(), u"Consultora Externa"_s);
            dialog->accept();
            QCOMPARE(window.document()->store().actor(), u"Consultora Externa"_s);
            QCOMPARE(Settings::lastActor(path), u"Consultora Externa"_s);
        }
    }

    void otherPersonNeedsAName()
    {
        ActorDialog dialog({ u"Ana"_s }, {});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nobody chosen yet
        dialog.choose(u"Ana"_s);
        QVERIFY(ok->isEnabled());
        dialog.findChildren<QRadioButton *>().last()->setChecked(true); // Otra persona…
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.actor(), QString());
        dialog.findChild<QLineEdit *>(u"otherName"_s)->setText(u"   "_s);
        QVERIFY(!ok->isEnabled());
    }

    void demoPlanIsNotAsked()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(!window.findChild<ActorDialog *>(u"actorDialog"_s));
        QVERIFY(window.askForActor(true)); // from the Edit menu it can still be chosen
    }

    void undoAndRedoAreAuditedAsEdits()
    {
        const QString path = teamPlan();
        auto opened = PlanDocument::open(path, m_catalog);
        QVERIFY(opened.ok());
        PlanDocument *doc = opened.value().get();
        doc->store().setActor(u"Ana María Ortiz"_s);
        const qint64 luis = doc->data().team.at(1).id;
        QVERIFY(doc->setValue(Table::TeamMember, luis, u"position"_s, u"Profesional"_s));
        doc->undoStack()->undo();
        doc->undoStack()->redo();
        const auto entries = log(doc, { u"team_member"_s, luis, {}, {}, {}, {} });
        // Edit, undo, redo: Luis was added while the new file was filled, which is not logged
        // row by row (docs/STORAGE.md: the history of a new plan starts with its "plan" entry).
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].oldValue.toString(), QString());
        QCOMPARE(entries[0].newValue.toString(), u"Profesional"_s);
        QCOMPARE(entries[1].oldValue.toString(), u"Profesional"_s); // the undo: old and new swapped
        QCOMPARE(entries[1].newValue.toString(), QString());
        QCOMPARE(entries[2].newValue.toString(), u"Profesional"_s);
        QCOMPARE(entries[2].actor, u"Ana María Ortiz"_s);

        // Undoing an insertion is a deletion in the log, and undoing a deletion brings the row back.
        const qint64 id = doc->insertRow(Table::Office, { { u"name"_s, u"Hacienda"_s } }, u"Agregar"_s);
        QVERIFY(id > 0);
        doc->undoStack()->undo();
        doc->undoStack()->redo();
        const auto office = log(doc, { u"office"_s, id, {}, {}, {}, {} });
        QCOMPARE(office.size(), 3);
        QCOMPARE(office[0].action, AuditAction::Insert);
        QCOMPARE(office[1].action, AuditAction::Delete);
        QCOMPARE(office[2].action, AuditAction::Insert);
    }

    void itemHistoryFromTheTableRow()
    {
        const QString path = teamPlan();
        auto opened = PlanDocument::open(path, m_catalog);
        QVERIFY(opened.ok());
        PlanDocument *doc = opened.value().get();
        doc->store().setActor(u"Ana María Ortiz"_s);
        // Ana came with the new file (not logged row by row): add Marta as an edit, so her history
        // shows a creation.
        const qint64 marta = doc->insertRow(
            Table::TeamMember, { { u"name"_s, u"Marta Gómez"_s }, { u"position"_s, u"Secretaria de Planeación"_s } },
            u"Agregar"_s);
        QVERIFY(marta > 0);
        QVERIFY(doc->setValue(Table::TeamMember, marta, u"email"_s, u"planeacion@buenavista.gov.co"_s));

        TeamModel team(doc);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&team);
        QCOMPARE(proxy.rowCount(), 3);
        std::optional<std::pair<Table, qint64>> row;
        for (int r = 0; r < proxy.rowCount() && !row; ++r) {
            const auto found = planRowAt(proxy.index(r, 2));
            QVERIFY(found.has_value());
            if (found->second == marta)
                row = found;
        }
        QVERIFY(row.has_value());
        QCOMPARE(row->first, Table::TeamMember);
        QCOMPARE(row->second, marta);
        QVERIFY(!planRowAt(QModelIndex()).has_value());

        ItemHistoryDialog dialog(doc, row->first, row->second, u"Marta Gómez"_s);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.windowTitle(), u"Historial: Marta Gómez"_s);
        QCOMPARE(dialog.model()->rowCount(), 2);
        auto cell = [&](int r, int c) { return dialog.model()->index(r, c).data().toString(); };
        QCOMPARE(dialog.model()->headerData(1, Qt::Horizontal).toString(), u"Persona"_s);
        // Newest first: the e-mail change, then the creation (with the whole row).
        QCOMPARE(cell(0, 1), u"Ana María Ortiz"_s);
        QCOMPARE(cell(0, 4), u"Cambió"_s);
        QCOMPARE(cell(0, 5), u"correo electrónico"_s);
        QCOMPARE(cell(0, 7), u"planeacion@buenavista.gov.co"_s);
        QCOMPARE(cell(1, 4), u"Creó"_s);
        QVERIFY2(cell(1, 7).contains(u"cargo: Secretaria de Planeación"_s), qPrintable(cell(1, 7)));
        QVERIFY(cell(0, 3).startsWith(u"Integrante del equipo"_s));
        dialog.show();
        guitest::saveShot(&dialog, u"item-history-dialog"_s);
    }

    void historyMenuIsInstalledOnModuleTables()
    {
        const QString path = teamPlan();
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(window.openPlan(path));
        int withMenu = 0;
        for (auto *view : window.planView()->findChildren<QAbstractItemView *>())
            withMenu += view->contextMenuPolicy() == Qt::CustomContextMenu ? 1 : 0;
        QVERIFY(withMenu >= 5);
    }

    void changeLogFiltersAndExportsCsv()
    {
        const QString path = teamPlan();
        auto opened = PlanDocument::open(path, m_catalog);
        QVERIFY(opened.ok());
        PlanDocument *doc = opened.value().get();
        doc->store().setActor(u"Ana María Ortiz"_s);
        QVERIFY(doc->setValue(Table::Plan, 1, u"plan_name"_s, u"Buenavista; unida =SUMA(1)"_s));
        doc->store().setActor(u"Luis Fernando Cano"_s);
        const qint64 luis = doc->data().team.at(1).id;
        QVERIFY(doc->setValue(Table::TeamMember, luis, u"phone"_s, u"3001234567"_s));

        ChangeLogDialog dialog(doc);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 3); // creation + two edits
        dialog.setFilter(u"Luis Fernando Cano"_s, 0, {}, {});
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->index(0, 5).data().toString(), u"teléfono"_s);
        dialog.setFilter({}, 1, {}, {});
        QCOMPARE(dialog.model()->rowCount(), 3); // plan and team are both module 1
        dialog.setFilter({}, 4, {}, {});
        QCOMPARE(dialog.model()->rowCount(), 0);
        const QDate today = QDate::currentDate();
        dialog.setFilter(u"Ana María Ortiz"_s, 0, today, today);
        QCOMPARE(dialog.model()->rowCount(), 1);
        dialog.setFilter({}, 0, today.addDays(1), {});
        QCOMPARE(dialog.model()->rowCount(), 0);

        dialog.setFilter({}, 0, {}, {});
        dialog.show();
        guitest::saveShot(&dialog, u"change-log-dialog"_s);
        const QString csv = m_dir.filePath(u"registro.csv"_s);
        QString error;
        QVERIFY2(dialog.exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY2(text.startsWith(u"Fecha y hora;Persona;Módulo;Elemento;Acción;Campo;Valor anterior;Valor nuevo\r\n"_s),
                 qPrintable(text.left(200)));
        QVERIFY2(text.contains(u"Luis Fernando Cano;Alistamiento;Integrante del equipo Luis Fernando Cano;Cambió;"
                               u"teléfono;;3001234567\r\n"_s),
                 qPrintable(text));
        // A value with the separator is quoted, and one that looks like a formula is neutralised.
        QVERIFY2(text.contains(u"\"Buenavista; unida =SUMA(1)\""_s), qPrintable(text));
        QCOMPARE(text.count(u"\r\n"_s), 4);

        // A folder that does not exist: a message, no crash.
        QVERIFY(!dialog.exportCsv(m_dir.filePath(u"no/existe/registro.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char **argv)
{
    AuditGuiTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "audit_gui.moc"
