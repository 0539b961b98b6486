// Exchange in the window (issue 6): Archivo › Importar libro del KPT… (and the welcome button),
// Archivo › Exportar libro del KPT…, Catálogo › Importar catálogo MGA… with its report, and
// Catálogo › Pasar el plan a la versión nueva del catálogo… as one undoable step. Bad files give
// the CLI's Spanish message and leave nothing behind.
//
// PLANEA_GUI_SHOTS=/some/folder saves a PNG of every dialog the tests show.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SamplePlans.h"
#include "WelcomeWidget.h"
#include "catalog/Catalog.h"
#include "catalog/MgaCatalogImport.h"
#include "catalog/MgaVersionStore.h"
#include "document/PlanDocument.h"
#include "exchange/ExchangeActions.h"
#include "exchange/KptEntityDialog.h"
#include "exchange/KptWorkbook.h"
#include "exchange/ReportDialog.h"
#include "widgets/ExportDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;
using planea::guitest::onNextModal;

namespace {

QString data(const QString &relative)
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/"_s + relative;
}

QString cellTexts(const QTableWidget *table)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columnCount(); ++c)
            row.append(table->item(r, c) ? table->item(r, c)->text() : QString());
        out.append(row.join(u" | "_s));
    }
    return out.join(u"\n"_s);
}

/// A plan built with catalog version `version` using three catalog codes of tests/data/catalog.
bool writeCatalogPlan(const QString &path, const QString &version)
{
    PlanInfo info = test::sampleInfo();
    info.catalogVersion = version;
    return writeNewPlanFile(
               path, info,
               [&](PlanStore &store) -> Status {
                   const qint64 line = *store.insert(Table::StrategicLine, { { u"name"_s, u"Educación"_s } });
                   const qint64 program = *store.insert(
                       Table::Program,
                       { { u"line_id"_s, line },
                         { u"code"_s, u"2201"_s },
                         { u"name"_s,
                           u"Calidad, cobertura y fortalecimiento de la educación inicial, prescolar, básica y media"_s } });
                   const qint64 product = *store.insert(Table::Product,
                                                        { { u"program_id"_s, program },
                                                          { u"code"_s, u"2201052"_s },
                                                          { u"name"_s, u"Infraestructura educativa mejorada"_s } });
                   if (auto r = store.insert(Table::ProductIndicator,
                                             { { u"product_id"_s, product },
                                               { u"code"_s, u"220105200"_s },
                                               { u"name"_s, u"Sedes educativas mejoradas"_s } });
                       !r)
                       return r.error();
                   auto r = store.insert(Table::ProductIndicator,
                                         { { u"product_id"_s, product },
                                           { u"code"_s, u"450102800"_s },
                                           { u"name"_s, u"Cámaras de seguridad instaladas"_s } });
                   return r ? Status() : Status(r.error());
               })
        .ok();
}

} // namespace

class ExchangeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Catalog> m_catalog;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    /// A window whose file questions are answered from `answers` (and recorded in `asked`).
    std::unique_ptr<MainWindow> window(QHash<int, QString> answers, QList<int> *asked = nullptr,
                                       const QString &dir = {})
    {
        auto w = std::make_unique<MainWindow>(m_catalog, dir.isEmpty() ? dataDir() : dir);
        w->exchange()->setFileChooser([answers, asked](ExchangeActions::FileQuestion q, const QString &) {
            if (asked)
                asked->append(int(q));
            return answers.value(int(q));
        });
        return w;
    }

private slots:
    void initTestCase()
    {
        // Own settings (recent plans…): the GUI tests run in parallel and this one opens plans.
        QCoreApplication::setApplicationName(u"PlaneaGuiTests-exchange"_s);
        QVERIFY(m_dir.isValid());
        auto catalog = Catalog::load(dataDir());
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void kptWorkbookBecomesANewOpenPlanWithItsNotes()
    {
        const QString target = m_dir.filePath(u"Filandia desde KPT.planea"_s);
        auto w = window({ { int(ExchangeActions::FileQuestion::KptBook), data(u"kpt/kpt_municipio.xlsx"_s) },
                          { int(ExchangeActions::FileQuestion::NewPlan), target } });
        QAction *action = w->findChild<QAction *>(u"importKptAction"_s);
        QVERIFY(action && action->isEnabled());
        QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(w->document());
        QCOMPARE(QFileInfo(w->document()->path()), QFileInfo(target));
        QCOMPARE(w->document()->data().info.entity.name, u"Filandia"_s);
        QCOMPARE(w->document()->data().indicators.size(), 3);
        // New plans record the catalog version in use.
        QCOMPARE(w->document()->data().info.catalogVersion, m_catalog->version());

        ReportDialog *report = w->exchange()->lastReport();
        QVERIFY(report && report->isVisible());
        QCOMPARE(report->objectName(), u"kptImportReport"_s);
        QVERIFY(report->summaryLabel()->text().contains(u"indicadores de producto: 3"_s));
        // The totals row is among the notes, readable in the dialog.
        QVERIFY2(cellTexts(report->tables().first()).contains(u"fila 6"_s),
                 qPrintable(cellTexts(report->tables().first())));
        guitest::saveShot(report, u"kpt-import-report"_s);

        // The report can be kept as CSV (for Excel) and as PDF.
        const QString csv = m_dir.filePath(u"informe.csv"_s);
        QVERIFY(report->saveTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"Libro del KPT importado"_s));
        QVERIFY(text.contains(u"fila 6"_s));
        const QString pdf = m_dir.filePath(u"informe.pdf"_s);
        QVERIFY(report->saveTo(pdf));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QString error;
        QVERIFY(!report->saveTo(m_dir.filePath(u"no/existe/informe.csv"_s), &error));
        // The message names the missing folder (the safe-write path checks it before writing).
        QVERIFY2(error.contains(u"no existe"_s) && error.contains(m_dir.filePath(u"no/existe"_s)), qPrintable(error));
    }

    void badWorkbooksGiveTheCliMessageAndLeaveNothing()
    {
        const struct
        {
            QString file;
            QString expected;
        } cases[] = {
            { data(u"kpt/kpt_bad_row.xlsx"_s), u"Sumatoria rara"_s },
            { data(u"kpt/kpt_no_products_sheet.xlsx"_s), u"PLAN INDICATIVO - PRODUCTOS"_s },
            { data(u"xlsx/not_zip.xlsx"_s), u"not_zip.xlsx"_s },
            { data(u"xlsx/encrypted.xlsx"_s), u"contraseña"_s },
        };
        for (const auto &c : cases) {
            const QString target = m_dir.filePath(u"nunca.planea"_s);
            QList<int> asked;
            auto w = window({ { int(ExchangeActions::FileQuestion::NewPlan), target } }, &asked);
            QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
            auto seen = std::make_shared<QString>();
            onNextModal<QMessageBox>([seen](QMessageBox *box) {
                *seen = box->text();
                guitest::saveShot(box, u"kpt-import-error"_s);
                box->accept();
            });
            w->exchange()->importKptBook(c.file);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QVERIFY(!finished.first().first().toBool());
            QVERIFY2(seen->contains(c.expected), qPrintable(*seen));
            // The CLI's message, word for word.
            auto direct = kpt::readFile(c.file);
            QVERIFY(!direct);
            QCOMPARE(*seen, direct.error().message);
            QVERIFY(asked.isEmpty()); // never asked where to save
            QVERIFY(!QFileInfo::exists(target));
            QVERIFY(!w->document());
        }
    }

    void aWorkbookWithoutItsEntityAsksForIt()
    {
        const QString target = m_dir.filePath(u"sin entidad.planea"_s);
        auto w = window({ { int(ExchangeActions::FileQuestion::NewPlan), target } });
        QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
        auto checked = std::make_shared<bool>(false);
        onNextModal<KptEntityDialog>([checked](KptEntityDialog *d) {
            // The term comes from the workbook's year columns; only the entity is missing.
            *checked = d->daneEdit()->text().isEmpty() && d->yearBox()->value() == 2024;
            d->accept(); // refused: no DANE code yet
            QLabel *problem = d->findChild<QLabel *>(u"kptEntityProblem"_s);
            *checked = *checked && d->isVisible() && problem && problem->text().contains(u"DANE"_s);
            guitest::saveShot(d, u"kpt-entity-dialog"_s);
            d->daneEdit()->setText(u"63272"_s);
            d->nameEdit()->setText(u"Filandia"_s);
            d->accept();
        });
        w->exchange()->importKptBook(data(u"kpt/kpt_sin_entidad.xlsx"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(*checked);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(w->document());
        QCOMPARE(w->document()->data().info.entity.daneCode, u"63272"_s);
        QCOMPARE(w->document()->data().info.entity.name, u"Filandia"_s);
        QCOMPARE(w->document()->data().info.term.startYear, 2024);
    }

    void cancellingAtAnyQuestionChangesNothing()
    {
        // Cancelling the entity question.
        {
            auto w = window({});
            QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
            onNextModal<KptEntityDialog>([](KptEntityDialog *d) { d->reject(); });
            w->exchange()->importKptBook(data(u"kpt/kpt_sin_entidad.xlsx"_s));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QVERIFY(!finished.first().first().toBool());
            QVERIFY(finished.first().at(1).toString().isEmpty());
            QVERIFY(!w->document());
        }
        // Cancelling the "save as" question: no file.
        const int before = int(QDir(m_dir.path()).entryList(QDir::Files).size());
        auto w = window({});
        QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
        w->exchange()->importKptBook(data(u"kpt/kpt_municipio.xlsx"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!w->document());
        QCOMPARE(int(QDir(m_dir.path()).entryList(QDir::Files).size()), before);
        // An existing file is never replaced.
        const QString existing = m_dir.filePath(u"existente.planea"_s);
        test::writeBytes(existing, "mío");
        auto w2 = window({ { int(ExchangeActions::FileQuestion::NewPlan), existing } });
        QSignalSpy finished2(w2->exchange(), &ExchangeActions::importFinished);
        auto seen = std::make_shared<QString>();
        onNextModal<QMessageBox>([seen](QMessageBox *box) {
            *seen = box->text();
            box->accept();
        });
        w2->exchange()->importKptBook(data(u"kpt/kpt_municipio.xlsx"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 1, 30000);
        QVERIFY2(seen->contains(u"nunca reemplaza"_s), qPrintable(*seen));
        QCOMPARE(test::readBytes(existing), QByteArray("mío"));
    }

    void theWelcomeScreenOffersTheImport()
    {
        QList<int> asked;
        auto w = window({}, &asked);
        auto *button = w->welcome()->findChild<QPushButton *>(u"importKptButton"_s);
        QVERIFY(button);
        QCOMPARE(button->text(), u"Importar libro del KPT…"_s);
        button->click();
        QCOMPARE(asked, QList<int> { int(ExchangeActions::FileQuestion::KptBook) });
        guitest::saveShot(w->welcome(), u"welcome"_s);
    }

    void theKptWorkbookIsExportedFromTheFileMenu()
    {
        const QString plan = m_dir.filePath(u"para exportar.planea"_s);
        QVERIFY(writeCatalogPlan(plan, Catalog::shippedVersion()));
        auto w = window({});
        QAction *action = w->findChild<QAction *>(u"exportKptAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no plan open
        QVERIFY(w->openPlan(plan));
        QVERIFY(action->isEnabled());
        const QString out = m_dir.filePath(u"libro kpt.xlsx"_s);
        onNextModal<ExportDialog>([out](ExportDialog *d) {
            d->pathEdit()->setText(out);
            d->accept();
        });
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out), 30000);
        // And it reads back as the same plan's products.
        QTRY_VERIFY_WITH_TIMEOUT(kpt::readFile(out).ok(), 30000);
        QCOMPARE(kpt::readFile(out)->plan.indicators.size(), 2);
    }

    void catalogImportReportsWhatTouchesTheOpenPlanThenMovesIt()
    {
        QTemporaryDir data;
        auto v1 = importMgaCatalog(::data(u"catalog/mga_v1.csv"_s), data.path());
        QVERIFY(v1.ok());
        const QString plan = m_dir.filePath(u"catalogo.planea"_s);
        QVERIFY(writeCatalogPlan(plan, v1->version.id));
        auto w = window({ { int(ExchangeActions::FileQuestion::Catalog), ::data(u"catalog/mga_v2.csv"_s) } }, nullptr,
                        data.path());
        QVERIFY(w->openPlan(plan));
        QCOMPARE(w->catalogVersion(), m_catalog->version()); // loaded before the import
        QAction *action = w->findChild<QAction *>(u"importCatalogAction"_s);
        QVERIFY(action);
        QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        const QString v2 = finished.first().at(1).toString();
        QVERIFY(v2.startsWith(u"MGA "_s));
        QCOMPARE(w->catalogVersion(), v2); // new plans use it
        QCOMPARE(w->document()->data().info.catalogVersion, v1->version.id); // the open plan keeps its version

        ReportDialog *report = w->exchange()->lastReport();
        QVERIFY(report && report->isVisible());
        QCOMPARE(report->tables().size(), 2);
        const QString changes = cellTexts(report->tables()[0]);
        QVERIFY2(changes.contains(u"renombrado | Indicador de producto | 220105200 | Sedes educativas mejoradas | "
                                  "Sedes educativas mejoradas y dotadas"_s),
                 qPrintable(changes));
        QVERIFY(changes.contains(u"agregado"_s));
        const QString touched = cellTexts(report->tables()[1]);
        QVERIFY2(touched.contains(u"220105200"_s) && touched.contains(u"450102800"_s), qPrintable(touched));
        QVERIFY(touched.contains(u"desactivado"_s));
        QVERIFY(report->findChild<QPushButton *>(u"moveCatalogButton"_s));
        guitest::saveShot(report, u"catalog-import-report"_s);
        if (const QString dir = qEnvironmentVariable("PLANEA_GUI_SHOTS"); !dir.isEmpty())
            QVERIFY(report->saveTo(QDir(dir).filePath(u"catalog-import-report.pdf"_s)));
        report->close();

        // Move: the dialog shows what changes; the move is one undoable step.
        auto shown = std::make_shared<QString>();
        onNextModal<ReportDialog>([shown](ReportDialog *d) {
            *shown = cellTexts(d->tables().first());
            guitest::saveShot(d, u"catalog-move-dialog"_s);
            d->findChild<QPushButton *>(u"applyCatalogMove"_s)->click();
        });
        QVERIFY(w->exchange()->moveToNewestCatalog());
        QVERIFY2(shown->contains(u"Sedes educativas mejoradas y dotadas"_s), qPrintable(*shown));
        auto nameOf = [&](const QString &code) {
            for (const ProductIndicator &i : w->document()->data().indicators) {
                if (i.code == code)
                    return i.name;
            }
            return QString();
        };
        QCOMPARE(w->document()->data().info.catalogVersion, v2);
        QCOMPARE(nameOf(u"220105200"_s), u"Sedes educativas mejoradas y dotadas"_s);
        QCOMPARE(nameOf(u"450102800"_s), u"Cámaras de seguridad instaladas"_s); // deactivated: kept
        QUndoStack *stack = w->document()->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(w->document()->data().info.catalogVersion, v1->version.id);
        QCOMPARE(nameOf(u"220105200"_s), u"Sedes educativas mejoradas"_s);
        stack->redo();
        QCOMPARE(w->document()->data().info.catalogVersion, v2);

        // Already on the newest: said, nothing done.
        auto said = std::make_shared<QString>();
        onNextModal<QMessageBox>([said](QMessageBox *box) {
            *said = box->text();
            box->accept();
        });
        QVERIFY(!w->exchange()->moveToNewestCatalog());
        QVERIFY2(said->contains(u"ya usa"_s), qPrintable(*said));
        QCOMPARE(stack->count(), 1);
    }

    void aBadCatalogFileIsRefusedAndNothingIsStored()
    {
        QTemporaryDir data;
        auto w = window({ { int(ExchangeActions::FileQuestion::Catalog), ::data(u"catalog/bad_duplicate.csv"_s) } },
                        nullptr, data.path());
        QSignalSpy finished(w->exchange(), &ExchangeActions::importFinished);
        auto seen = std::make_shared<QString>();
        onNextModal<QMessageBox>([seen](QMessageBox *box) {
            *seen = box->text();
            guitest::saveShot(box, u"catalog-import-error"_s);
            box->accept();
        });
        w->exchange()->importCatalog();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(seen->contains(u"bad_duplicate.csv"_s), qPrintable(*seen));
        QCOMPARE(*seen, importMgaCatalog(::data(u"catalog/bad_duplicate.csv"_s), data.path()).error().message);
        QVERIFY(MgaVersionStore::list(data.path())->isEmpty());
        QCOMPARE(w->catalogVersion(), m_catalog->version());
        QVERIFY(!w->exchange()->lastReport());
    }
};

int main(int argc, char **argv)
{
    ExchangeTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "exchange_gui.moc"
