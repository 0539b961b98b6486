// Follow-up forms from the Plan menu (issue 21), driven as a user would: the forms prepared into a
// folder through «Preparar formatos de seguimiento», one filled and received through the summary
// dialog, written as one undo step; a workbook that is not a form, and Cancel, write nothing.

#include "FilledForm.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backup/BackupManager.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "followup/FollowUpFormsDialogs.h"
#include "followup/FormLayout.h"
#include "xlsx/XlsxWriter.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

namespace {

constexpr int Year = 2030; // the demo reports 2028 and 2029: 2030 is still empty
constexpr int Achieved = followup::layout::FirstAchievedColumn;
constexpr int MoneyColumn = followup::layout::FirstAchievedColumn + 1;

std::optional<double> progressValue(const PlanData &d, qint64 indicator, int year)
{
    for (const ProgressReport &p : d.progress)
        if (p.indicatorId == indicator && p.year == year && p.period == 0)
            return p.value;
    return std::nullopt;
}

} // namespace

class FollowUpFormsGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::shared_ptr<const Catalog> m_catalog;

    std::unique_ptr<PlanDocument> openDemo()
    {
        const QString path = m_dir.filePath(u"demo%1.planea"_s.arg(++m_counter));
        if (auto s = demo::writeDemoPlan(path); !s)
            qFatal("demo: %s", qPrintable(s.error().message));
        auto doc = PlanDocument::open(path, m_catalog);
        if (!doc)
            qFatal("open: %s", qPrintable(doc.error().message));
        return std::move(doc.value());
    }

    /// Prepares the forms of `Year` for every office into a new folder through the dialog.
    QString prepareForms(const PlanDocument *doc, const QString &shot = {})
    {
        const QString folder = m_dir.filePath(u"forms%1"_s.arg(++m_counter));
        PrepareFormsDialog dialog(doc);
        auto *year = dialog.findChild<QComboBox *>(u"formsYear"_s);
        auto *period = dialog.findChild<QComboBox *>(u"formsPeriod"_s);
        if (!year || !period)
            return {};
        year->setCurrentIndex(year->findData(Year));
        period->setCurrentIndex(0);
        dialog.setFolder(folder);
        if (!shot.isEmpty()) {
            dialog.show();
            guitest::saveShot(&dialog, shot);
        }
        guitest::MessageBoxCatcher summary;
        if (!dialog.prepare())
            return {};
        if (!summary.seen() || !summary.text().contains(u"formato"_s))
            return {};
        return folder;
    }

    qint64 programmedGoal(const PlanData &plan, qint64 officeId) const
    {
        for (const ProductIndicator &g : plan.indicators) {
            const AnnualTarget *t = g.target(Year);
            if (g.responsibleOfficeId == officeId && t && !t->notProgrammed)
                return g.id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void menuHasBothActions()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        auto *prepare = window.findChild<QAction *>(u"prepareFormsAction"_s);
        auto *receive = window.findChild<QAction *>(u"receiveFormsAction"_s);
        QVERIFY(prepare && receive);
        QCOMPARE(prepare->text(), u"&Preparar formatos de seguimiento…"_s);
        QCOMPARE(receive->text(), u"R&ecibir formatos de seguimiento…"_s);
    }

    void prepareWritesOneFormPerOffice()
    {
        auto doc = openDemo();
        PrepareFormsDialog dialog(doc.get());
        auto *offices = dialog.findChild<QListWidget *>(u"formsOffices"_s);
        QVERIFY(offices);
        const auto withGoals = followup::FollowUpForms::officesWithGoals(doc->data());
        QCOMPARE(offices->count(), int(withGoals.size()));
        QVERIFY(offices->item(0)->text().contains(u"meta"_s));

        const QString folder = prepareForms(doc.get(), u"prepare-forms"_s);
        QVERIFY(!folder.isEmpty());
        const QStringList files = QDir(folder).entryList({ u"*.xlsx"_s }, QDir::Files);
        QCOMPARE(files.size(), int(withGoals.size()));
    }

    void receiveShowsSummaryAndWritesOneUndoStep()
    {
        auto doc = openDemo();
        const QString folder = prepareForms(doc.get());
        QVERIFY(!folder.isEmpty());
        const followup::OfficeGoals office = followup::FollowUpForms::officesWithGoals(doc->data()).first();
        const qint64 goal = programmedGoal(doc->data(), office.officeId);
        QVERIFY(goal != 0);
        QString path;
        for (const QString &f : QDir(folder).entryList({ u"*.xlsx"_s }, QDir::Files)) {
            test::FilledForm form(QDir(folder).filePath(f));
            if (form.rowOf(goal) >= 0)
                path = QDir(folder).filePath(f);
        }
        QVERIFY(!path.isEmpty());
        test::FilledForm form(path);
        QVERIFY(form.setGoal(goal, Achieved, 12.5));
        QVERIFY(form.setGoal(goal, MoneyColumn, 3500000));
        // A second goal of the form answered with a word: its row is rejected, the first is kept.
        qint64 other = 0;
        for (qint64 id : form.goalIds())
            if (id != goal && other == 0)
                other = id;
        QVERIFY(other != 0);
        QVERIFY(form.setGoal(other, Achieved, u"muchos"_s));
        QVERIFY(form.save(path));
        QVERIFY(!progressValue(doc->data(), goal, Year));

        BackupManager backups(m_dir.filePath(u"backups"_s));
        const int undoBefore = doc->undoStack()->count();
        bool checked = false;
        guitest::onNextModal<ReceivedFormsDialog>([&](ReceivedFormsDialog *d) {
            guitest::saveShot(d, u"receive-forms"_s);
            auto *table = d->findChild<QTableWidget *>(u"receivedOffices"_s);
            auto *write = d->findChild<QPushButton *>(u"receivedWriteButton"_s);
            checked = table && write && table->rowCount() == 1 && table->item(0, 0)->text() == office.officeName
                && table->item(0, 2)->text() == u"1"_s && table->item(0, 3)->text() == u"1"_s
                && table->item(0, 4)->text().contains(u"3.500.000"_s) && write->text() == u"Escribir 1 valor"_s;
            auto *rejections = d->findChild<QTableWidget *>(u"receivedRejections"_s);
            checked = checked && rejections && rejections->rowCount() == 1
                && rejections->item(0, 0)->text() == QFileInfo(path).fileName()
                && rejections->item(0, 1)->text() == QString::number(form.rowOf(other) + 1);
            if (!checked)
                qWarning() << (table ? table->item(0, 0)->text() : QString()) << (write ? write->text() : QString());
            write->click();
        });
        QCOMPARE(followupforms::receive(nullptr, doc.get(), &backups, { path }), 1);
        QVERIFY(checked);
        QCOMPARE(progressValue(doc->data(), goal, Year), std::optional<double>(12.5));
        QVERIFY(!progressValue(doc->data(), other, Year));
        QCOMPARE(doc->undoStack()->count(), undoBefore + 1);
        doc->undoStack()->undo();
        QVERIFY(!progressValue(doc->data(), goal, Year));
    }

    void cancelWritesNothing()
    {
        auto doc = openDemo();
        const QString folder = prepareForms(doc.get());
        QVERIFY(!folder.isEmpty());
        const followup::OfficeGoals office = followup::FollowUpForms::officesWithGoals(doc->data()).first();
        const qint64 goal = programmedGoal(doc->data(), office.officeId);
        QString path;
        for (const QString &f : QDir(folder).entryList({ u"*.xlsx"_s }, QDir::Files))
            if (test::FilledForm(QDir(folder).filePath(f)).rowOf(goal) >= 0)
                path = QDir(folder).filePath(f);
        test::FilledForm form(path);
        QVERIFY(form.setGoal(goal, Achieved, 4));
        QVERIFY(form.save(path));
        BackupManager backups(m_dir.filePath(u"backups"_s));
        const int undoBefore = doc->undoStack()->count();
        guitest::onNextModal<ReceivedFormsDialog>(
            [](ReceivedFormsDialog *d) { d->findChild<QPushButton *>(u"receivedCancelButton"_s)->click(); });
        QCOMPARE(followupforms::receive(nullptr, doc.get(), &backups, { path }), 0);
        QVERIFY(!progressValue(doc->data(), goal, Year));
        QCOMPARE(doc->undoStack()->count(), undoBefore);
    }

    void workbookThatIsNotAFormIsRejected()
    {
        auto doc = openDemo();
        const QString path = m_dir.filePath(u"otro-libro.xlsx"_s);
        XlsxWriter book;
        const int sheet = book.addSheet(u"Hoja1"_s);
        book.appendValues(sheet, { u"Meta"_s, u"Logro"_s });
        book.appendValues(sheet, { 7, 12 });
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(book.write(file).ok());
        file.close();
        BackupManager backups(m_dir.filePath(u"backups"_s));
        const int undoBefore = doc->undoStack()->count();
        const int progressBefore = int(doc->data().progress.size());
        QString text;
        guitest::onNextModal<QMessageBox>([&text](QMessageBox *box) {
            guitest::saveShot(box, u"receive-nothing"_s);
            text = box->text() + u"\n"_s + box->informativeText();
            box->accept();
        });
        QCOMPARE(followupforms::receive(nullptr, doc.get(), &backups, { path }), 0);
        QVERIFY2(text.contains(u"no se escribió nada"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(u"otro-libro.xlsx"_s), qPrintable(text));
        QCOMPARE(doc->undoStack()->count(), undoBefore);
        QCOMPARE(int(doc->data().progress.size()), progressBefore);
    }
};

int main(int argc, char **argv)
{
    FollowUpFormsGuiTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "followup_forms_gui.moc"
