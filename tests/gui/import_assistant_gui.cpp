// «Asistente de importación» (issue 6): any plan or follow-up spreadsheet with a column mapping.
// Driven page by page as a user would: the file, the sheets and header row, each column's field
// (guessed from its title, corrected where needed), the preview and the dry run listing every row
// it cannot read; then a new plan or progress into the open plan; the mapping saved and loaded.
//
// PLANEA_GUI_SHOTS=/some/folder saves a PNG of every page.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "SamplePlans.h"
#include "XlsxCells.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ReportDialog.h"
#include "import/ImportAssistant.h"
#include "xlsx/XlsxWriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

namespace {

using namespace planea::test::cells;

/// A plan matrix: an instructions sheet first, then the plan with a title row above its titles,
/// money in millions, percentages 0–1, a totals row; `badRow` adds a target written «abc».
bool writePlanMatrix(const QString &path, bool badRow = false)
{
    XlsxWriter w;
    const int help = w.addSheet(u"Instrucciones"_s);
    w.appendRow(help, { t(u"Diligencie una fila por indicador."_s) });
    const int s = w.addSheet(u"Plan indicativo"_s);
    w.appendRow(s, { t(u"PLAN INDICATIVO 2024-2027 — FILANDIA"_s) });
    w.appendRow(s,
                { t(u"Línea estratégica"_s), t(u"Cód. programa"_s), t(u"Código producto"_s), t(u"Producto"_s),
                  t(u"Código indicador"_s), t(u"Indicador de producto"_s), t(u"Unidad"_s), t(u"Tipo de acumulación"_s),
                  t(u"Línea base"_s), t(u"Meta cuatrienio"_s), t(u"Meta 2024"_s), t(u"Meta 2025"_s), t(u"Meta 2026"_s),
                  t(u"Meta 2027"_s), t(u"SGP 2024"_s), t(u"Propios 2024"_s), t(u"Dependencia responsable"_s),
                  t(u"Peso"_s) });
    w.appendRow(s,
                { t(u"Buen gobierno"_s), t(u"4501"_s), n(4501010), t(u"Servicio de asistencia técnica"_s),
                  t(u" 450101 001\n"_s), t(u"Asistencias técnicas realizadas"_s), t(u"Número"_s), t(u"Acumulado"_s),
                  n(0), n(20), n(5), n(5), n(5), n(5), n(1000), t(u"250,5"_s), t(u"Secretaría de Gobierno"_s),
                  n(0.5) });
    w.appendRow(s,
                { t(u"Buen gobierno"_s), t(u"4501"_s), n(4501010), t(u"Servicio de asistencia técnica"_s), n(450101002),
                  t(u"Cobertura de asistencia"_s), t(u"Porcentaje"_s), t(u"Stock"_s), t(u"0,1"_s), t(u"0.6"_s), n(0.3),
                  n(0.4), n(0.5), n(0.6), none(), none(), t(u"Secretaría de Gobierno"_s), n(0.5) });
    w.appendRow(s,
                { t(u"Salud para todos"_s), t(u"1901"_s), t(u"1901010"_s), t(u"Servicio de salud pública"_s),
                  t(u"190101001"_s), t(u"Campañas realizadas"_s), t(u"Número"_s), t(u"Capacidad"_s), n(0), n(100),
                  n(25), badRow ? t(u"abc"_s) : n(25), n(25), n(25), t(u"1.500"_s), t(u"200"_s),
                  t(u"Secretaría de Salud"_s), n(1) });
    w.appendRow(s,
                { t(u"Total"_s), none(), none(), none(), none(), none(), none(), none(), none(), none(), none(), none(),
                  none(), none(), n(2500), n(450.5) });
    return w.writeFile(path).ok();
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int columnOf(const ImportAssistant &a, const QString &title)
{
    for (int i = 0; i < a.columnsTable()->rowCount(); ++i) {
        if (cellText(a.columnsTable(), i, 1) == title)
            return i;
    }
    return -1;
}

} // namespace

class ImportAssistantTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Catalog> m_catalog;

    /// Drives the plan matrix through the pages up to the dry run.
    void walkPlanMatrix(ImportAssistant &a, const QString &file)
    {
        a.show();
        QCOMPARE(a.currentId(), int(ImportAssistant::FilePage));
        a.fileEdit()->setText(file);
        a.daneEdit()->setText(u"63272"_s);
        a.entityEdit()->setText(u"Filandia"_s);
        guitest::saveShot(&a, u"assistant-1-file"_s);
        a.next();
        QCOMPARE(a.currentId(), int(ImportAssistant::SheetsPage));
        QCOMPARE(a.startYearBox()->value(), 2024); // the smallest year in the first rows' titles
        QCOMPARE(a.sheetList()->count(), 2);
        // Only the plan's sheet; its titles are in row 2 (row 1 is a title of the whole sheet).
        a.sheetList()->item(0)->setCheckState(Qt::Unchecked);
        a.sheetList()->setCurrentRow(1);
        a.headerRowBox()->setValue(2);
        QVERIFY(a.rawPreview()->rowCount() >= 5);
        QCOMPARE(cellText(a.rawPreview(), 1, 0), u"Línea estratégica"_s);
        guitest::saveShot(&a, u"assistant-2-sheets"_s);
        a.next();
        QCOMPARE(a.currentId(), int(ImportAssistant::ColumnsPage));
        QCOMPARE(a.columnsTable()->rowCount(), 18);
        guitest::saveShot(&a, u"assistant-3-columns"_s);
    }

private slots:
    void initTestCase()
    {
        // Own settings (recent plans…): the GUI tests run in parallel and this one opens plans.
        QCoreApplication::setApplicationName(u"PlaneaGuiTests-assistant"_s);
        QVERIFY(m_dir.isValid());
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void aGoalNumberTitleIsGuessedAsTheGoalCodeNotTheMgaCode()
    {
        // «COD META PRODUCTO» is the entity's number for the goal (issue 16), not a product code.
        const ColumnChoice goal = ColumnChoice::guess(u"COD META PRODUCTO"_s, {});
        QCOMPARE(goal.kind, ColumnChoice::Kind::Field);
        QCOMPARE(goal.field, matrix::Field::GoalCode);
        QCOMPARE(ColumnChoice::guess(u"Cód. meta"_s, {}).field, matrix::Field::GoalCode);
        QCOMPARE(ColumnChoice::guess(u"Código indicador"_s, {}).field, matrix::Field::IndicatorCode);
        QCOMPARE(ColumnChoice::guess(u"Código producto"_s, {}).field, matrix::Field::ProductCode);
    }

    void aPlanMatrixBecomesANewPlan()
    {
        const QString file = m_dir.filePath(u"plan.xlsx"_s);
        QVERIFY(writePlanMatrix(file));
        ImportAssistant a(nullptr, m_catalog.get());
        walkPlanMatrix(a, file);
        if (QTest::currentTestFailed())
            return;
        // Guessed from the titles.
        QCOMPARE(a.choice(columnOf(a, u"Código indicador"_s)).kind, ColumnChoice::Kind::Field);
        QCOMPARE(a.choice(columnOf(a, u"Código indicador"_s)).field, matrix::Field::IndicatorCode);
        QCOMPARE(a.choice(columnOf(a, u"Línea base"_s)).field, matrix::Field::Baseline);
        QCOMPARE(a.choice(columnOf(a, u"Meta 2025"_s)).kind, ColumnChoice::Kind::Target);
        QCOMPARE(a.choice(columnOf(a, u"Meta 2025"_s)).year, 2025);
        // "SGP 2024" says no source: the person says which one.
        ColumnChoice sgp;
        sgp.kind = ColumnChoice::Kind::Resource;
        sgp.year = 2024;
        sgp.sourceCode = u"SGP_LD"_s;
        a.setChoice(columnOf(a, u"SGP 2024"_s), sgp);
        ColumnChoice own = sgp;
        own.sourceCode = u"RP"_s;
        a.setChoice(columnOf(a, u"Propios 2024"_s), own);
        a.findChild<QComboBox *>(u"assistantPercent"_s)->setCurrentIndex(1); // 0–1
        a.findChild<QComboBox *>(u"assistantMoney"_s)->setCurrentIndex(2); // millions
        // The mapping is saved for next time.
        const QString json = m_dir.filePath(u"mapeo.json"_s);
        QVERIFY(a.saveMapping(json).ok());
        a.next();
        QCOMPARE(a.currentId(), int(ImportAssistant::CheckPage));
        QVERIFY(a.result().has_value());
        QVERIFY2(!a.result()->hasProblems(), qPrintable(a.checkSummary()->text()));
        QCOMPARE(a.problemsTable()->rowCount(), 0);
        // The first rows as read: the mapped columns only, with Planea's names.
        QVERIFY(a.previewTable()->rowCount() >= 3);
        QCOMPARE(a.previewTable()->horizontalHeaderItem(0)->text(), matrix::fieldLabel(matrix::Field::LineName));
        QCOMPARE(a.result()->summary.indicators, 3);
        guitest::saveShot(&a, u"assistant-4-check"_s);

        // Finish: asked where, written, opened.
        const QString target = m_dir.filePath(u"desde matriz.planea"_s);
        MainWindow w(m_catalog, m_dir.filePath(u"data"_s));
        w.exchange()->setFileChooser([target](ExchangeActions::FileQuestion, const QString &) { return target; });
        QSignalSpy finished(w.exchange(), &ExchangeActions::importFinished);
        QVERIFY(w.exchange()->finishAssistant(a));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(w.document());
        const PlanData &plan = w.document()->data();
        QCOMPARE(plan.info.entity.daneCode, u"63272"_s);
        QCOMPARE(plan.info.term.startYear, 2024);
        QCOMPARE(plan.indicators.size(), 3);
        Money resources = 0;
        for (const InvestmentAmount &i : plan.investments)
            resources += i.amount;
        QCOMPARE(resources, Money(2'500'000'000 + 450'500'000)); // millions of pesos
        a.close();

        // The saved mapping, loaded into a new assistant, gives the same mapping.
        ImportAssistant again(nullptr, m_catalog.get());
        QVERIFY(again.loadMapping(json).ok());
        again.show();
        again.fileEdit()->setText(file);
        again.next();
        QCOMPARE(again.headerRowBox()->value(), 2);
        QCOMPARE(again.sheetList()->item(0)->checkState(), Qt::Unchecked);
        again.next();
        QCOMPARE(again.choice(columnOf(again, u"SGP 2024"_s)), sgp);
        QCOMPARE(again.mapping(), a.mapping());
    }

    void theDryRunListsEveryBadRowAndNothingIsImportedUntilAccepted()
    {
        const QString file = m_dir.filePath(u"plan con error.xlsx"_s);
        QVERIFY(writePlanMatrix(file, true));
        ImportAssistant a(nullptr, m_catalog.get());
        walkPlanMatrix(a, file);
        if (QTest::currentTestFailed())
            return;
        a.next();
        QCOMPARE(a.currentId(), int(ImportAssistant::CheckPage));
        QVERIFY(a.result().has_value());
        QCOMPARE(a.problemsTable()->rowCount(), 1);
        QCOMPARE(cellText(a.problemsTable(), 0, 0), u"Plan indicativo"_s);
        QCOMPARE(cellText(a.problemsTable(), 0, 1), u"5"_s);
        QVERIFY2(cellText(a.problemsTable(), 0, 2).contains(u"abc"_s), qPrintable(cellText(a.problemsTable(), 0, 2)));
        guitest::saveShot(&a, u"assistant-4-check-bad"_s);
        // All or nothing: «Importar» is refused until the person chooses to leave the row out.
        QVERIFY(!a.validateCurrentPage());
        QVERIFY(a.checkSummary()->text().contains(u"no se pueden leer"_s));
        a.skipBadRowsBox()->setChecked(true);
        QVERIFY(a.validateCurrentPage());
    }

    void aDamagedFileStaysOnTheFirstPageWithItsMessage()
    {
        ImportAssistant a(nullptr, m_catalog.get());
        a.show();
        a.fileEdit()->setText(QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/xlsx/truncated.xlsx"_s);
        a.next();
        QCOMPARE(a.currentId(), int(ImportAssistant::FilePage));
        QLabel *problem = a.findChild<QLabel *>(u"assistantFileProblem"_s);
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(u"truncated.xlsx"_s), qPrintable(problem->text()));
        guitest::saveShot(&a, u"assistant-1-bad-file"_s);
        // Progress needs an open plan.
        QVERIFY(!a.findChild<QWidget *>(u"assistantProgress"_s)->isEnabled());
    }

    void aFollowUpAddsProgressToTheOpenPlan()
    {
        const QString matrixFile = m_dir.filePath(u"plan2.xlsx"_s);
        QVERIFY(writePlanMatrix(matrixFile));
        const QString planPath = m_dir.filePath(u"con avance.planea"_s);
        {
            ImportAssistant a(nullptr, m_catalog.get());
            walkPlanMatrix(a, matrixFile);
            if (QTest::currentTestFailed())
                return;
            a.next();
            QVERIFY(matrix::MatrixImport::writeNewPlan(*a.result(), planPath).ok());
        }
        const QString csv = m_dir.filePath(u"avance.csv"_s);
        test::writeBytes(csv,
                         "C\xc3\xb3"
                         "digo indicador;Avance 2024\n450101001;4\n190101001;\"20,5\"\n"_ba);
        MainWindow w(m_catalog, m_dir.filePath(u"data"_s));
        QVERIFY(w.openPlan(planPath));
        const PlanData before = w.document()->data();
        ImportAssistant a(&before, m_catalog.get());
        a.show();
        a.fileEdit()->setText(csv);
        a.setMode(matrix::ImportMode::Progress);
        a.next();
        a.next();
        QCOMPARE(a.choice(0).field, matrix::Field::IndicatorCode);
        QCOMPARE(a.choice(1).kind, ColumnChoice::Kind::Progress);
        a.next();
        QCOMPARE(a.currentId(), int(ImportAssistant::CheckPage));
        QVERIFY2(a.result() && !a.result()->hasProblems(), qPrintable(a.checkSummary()->text()));
        QCOMPARE(a.result()->progress.size(), 2);
        QSignalSpy finished(w.exchange(), &ExchangeActions::importFinished);
        QVERIFY(w.exchange()->finishAssistant(a));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(w.document()->data().progress.size(), before.progress.size() + 2);
        // The import is one step of Edición › Deshacer: undo takes both reports out, redo puts them back.
        QUndoStack *stack = w.document()->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), u"Importar avances de «avance.csv»"_s);
        stack->undo();
        QCOMPARE(w.document()->data().progress.size(), before.progress.size());
        stack->redo();
        QCOMPARE(w.document()->data().progress.size(), before.progress.size() + 2);
        QVERIFY(w.exchange()->lastReport());
        guitest::saveShot(w.exchange()->lastReport(), u"assistant-progress-report"_s);
        // Reachable from Archivo.
        QAction *action = w.findChild<QAction *>(u"importAssistantAction"_s);
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), u"&Asistente de importación…"_s);
    }
};

int main(int argc, char **argv)
{
    ImportAssistantTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "import_assistant_gui.moc"
