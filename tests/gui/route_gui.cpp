// The route's editing gaps of issue 4, driven as a user would: choosing programs, products and
// indicators from the MGA catalog by search, own items, removal with undo, prioritised welfare
// indicators; the diagnosis editors and filters; line sectors, drag to reorder and the
// Programa de Gobierno word chart; the support contents; edits refused after approval.

#include "AmendmentDialog.h"
#include "ApprovalDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "SupportContentsDialog.h"
#include "approval/Approval.h"
#include "approval/ApprovalReceipt.h"
#include "approval/CanonicalPlan.h"
#include "catalog/Catalog.h"
#include "catalog/MgaCatalogImport.h"
#include "charts/ChartWidget.h"
#include "dialogs/VerifyDialog.h"
#include "document/PlanDocument.h"
#include "models/DiagnosisModels.h"
#include "models/LineModel.h"
#include "models/StrategicTreeModel.h"
#include "models/WellbeingModel.h"
#include "pages/DiagnosisPage.h"
#include "pages/LinesPage.h"
#include "pages/StrategicPlanPage.h"
#include "widgets/CatalogSearchDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;
using planea::guitest::onNextModal;

namespace {

QString dataDir()
{
    return QStringLiteral(PLANEA_TEST_DATA_DIR);
}

} // namespace

class RouteTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::shared_ptr<const Catalog> m_catalog;

    std::unique_ptr<PlanDocument> openDemo()
    {
        const QString path = m_dir.filePath(u"route%1.planea"_s.arg(++m_counter));
        if (auto s = demo::writeDemoPlan(path); !s)
            qFatal("demo: %s", qPrintable(s.error().message));
        auto doc = PlanDocument::open(path, m_catalog);
        if (!doc)
            qFatal("open: %s", qPrintable(doc.error().message));
        return std::move(doc.value());
    }

    /// A catalog program the line does not hold yet (the shipped seed has few programs).
    const CatalogProgram *unusedProgram(const PlanData &d, qint64 lineId) const
    {
        for (const CatalogProgram &p : m_catalog->programs()) {
            bool used = false;
            for (const BudgetProgram &b : d.programs)
                used = used || (b.code == p.code && b.lineId == lineId);
            if (!used && !p.name.isEmpty() && !m_catalog->productsOf(p.code).isEmpty())
                return &p;
        }
        for (const CatalogProgram &p : m_catalog->programs()) {
            bool used = false;
            for (const BudgetProgram &b : d.programs)
                used = used || (b.code == p.code && b.lineId == lineId);
            if (!used && !p.name.isEmpty())
                return &p;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void catalogSearchDialogSaysWhenTheImportedCatalogIsDamaged()
    {
        // An imported MGA version whose file was damaged later: the search must say so, not look empty.
        QTemporaryDir data;
        auto imported = importMgaCatalog(QStringLiteral(PLANEA_TEST_DATA_DIR "/catalog/mga_v1.csv"), data.path());
        QVERIFY(imported.ok());
        QFile f(data.path() + u"/catalogs/"_s + imported->version.fileName);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("esto,no\nes,un catálogo\n");
        f.close();
        auto catalog = Catalog::load(data.path());
        QVERIFY(catalog.ok());
        CatalogSearchDialog dialog(catalog->get(), CatalogKind::Program);
        auto *status = dialog.findChild<QLabel *>(u"catalogStatus"_s);
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(u"El catálogo MGA no se puede usar: El catálogo importado"_s),
                 qPrintable(status->text()));
        QTest::keyClicks(dialog.searchEdit(), u"22"_s);
        QCOMPARE(dialog.resultsTable()->rowCount(), 0);
        QVERIFY(status->text().contains(u"Catálogo › Importar"_s));
        // The healthy shipped catalog still answers with a count.
        CatalogSearchDialog healthy(m_catalog.get(), CatalogKind::Program);
        QTest::keyClicks(healthy.searchEdit(), u"22"_s);
        QVERIFY(healthy.findChild<QLabel *>(u"catalogStatus"_s)->text().contains(u"resultado"_s));
    }

    void catalogSearchDialogFindsAsYouType()
    {
        CatalogSearchDialog dialog(m_catalog.get(), CatalogKind::Program);
        QCOMPARE(dialog.resultsTable()->rowCount(), 0);
        const CatalogProgram &program = m_catalog->programs().first();
        QTest::keyClicks(dialog.searchEdit(), program.code.left(2));
        QVERIFY(dialog.resultsTable()->rowCount() > 0);
        for (int r = 0; r < dialog.resultsTable()->rowCount(); ++r)
            QVERIFY(dialog.resultsTable()->item(r, 0)->text().startsWith(program.code.left(2)));
        dialog.searchEdit()->clear();
        // A word of the name, typed without its accents, finds it too.
        const QString word = program.name.section(u' ', 0, 0);
        dialog.searchEdit()->setText(word); // may hold accents, which QTest cannot type
        bool found = false;
        for (int r = 0; r < dialog.resultsTable()->rowCount(); ++r)
            found = found || dialog.resultsTable()->item(r, 0)->text() == program.code;
        QVERIFY2(found, qPrintable(word));
        // Nonsense finds nothing; Enter then chooses nothing.
        dialog.searchEdit()->setText(u"zzzqqqxxx"_s);
        QCOMPARE(dialog.resultsTable()->rowCount(), 0);
        dialog.accept();
        QVERIFY(!dialog.selected());
    }

    void chooseProgramProductAndIndicatorFromCatalogBySearch()
    {
        auto doc = openDemo();
        StrategicPlanPage page(doc.get());
        page.show();
        QAbstractItemModelTester tester(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PlanData before = doc->data();
        const StrategicLine &line = before.lines.first();
        const CatalogProgram *program = unusedProgram(before, line.id);
        QVERIFY(program);
        page.showItem(Table::StrategicLine, line.id);
        auto *addButton = page.findChild<QPushButton *>(u"addFromCatalogButton"_s);
        QVERIFY(addButton->isEnabled());
        QVERIFY(addButton->text().contains(u"programa"_s));

        // The user types the program's code in the search box and presses Enter.
        onNextModal<CatalogSearchDialog>([code = program->code](CatalogSearchDialog *dialog) {
            QTest::keyClicks(dialog->searchEdit(), code);
            QVERIFY(dialog->resultsTable()->rowCount() >= 1);
            QCOMPARE(dialog->resultsTable()->item(0, 0)->text(), code);
            QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        });
        addButton->click();
        const PlanData afterProgram = doc->data();
        QCOMPARE(afterProgram.programs.size(), before.programs.size() + 1);
        const BudgetProgram *added = nullptr;
        for (const BudgetProgram &p : afterProgram.programs)
            if (p.code == program->code && p.lineId == line.id)
                added = &p;
        QVERIFY(added);
        QCOMPARE(added->name, program->name);
        QCOMPARE(added->lineId, line.id);
        QVERIFY(!added->isOwn);
        // Its sector joined the line, and the new program is selected.
        QVERIFY(afterProgram.line(line.id)->sectorCodes.contains(program->code.left(2)));
        QCOMPARE(page.treeView()->currentIndex().data(StrategicTreeModel::RowIdRole).toLongLong(), added->id);

        // A product of that program: the list starts with the program's products; pick the first.
        if (m_catalog->productsOf(program->code).isEmpty())
            QSKIP("the shipped catalog has no unused program with products");
        const CatalogProduct product = m_catalog->productsOf(program->code).first();
        onNextModal<CatalogSearchDialog>([](CatalogSearchDialog *dialog) {
            QVERIFY(dialog->resultsTable()->rowCount() >= 1);
            dialog->accept();
        });
        addButton->click();
        const PlanData afterProduct = doc->data();
        const Product *newProduct = nullptr;
        for (const Product &p : afterProduct.products)
            if (p.programId == added->id)
                newProduct = &p;
        QVERIFY(newProduct);
        QCOMPARE(newProduct->code, product.code);
        // Its main indicator came along when the catalog has one.
        int mainIndicators = 0;
        for (const CatalogProductIndicator &i : m_catalog->indicatorsOf(product.code))
            mainIndicators += i.isMain ? 1 : 0;
        QCOMPARE(afterProduct.indicatorsOf(newProduct->id).size(), mainIndicators > 0 ? 1 : 0);

        // One Ctrl+Z per addition: the product (with its indicator), then the program and its sector.
        doc->undoStack()->undo();
        QCOMPARE(doc->data().products.size(), before.products.size());
        QCOMPARE(doc->data().indicators.size(), before.indicators.size());
        doc->undoStack()->undo();
        QCOMPARE(doc->data().programs.size(), before.programs.size());
        QCOMPARE(doc->data().line(line.id)->sectorCodes, line.sectorCodes);
    }

    void ownItemsAreMarkedOwnAndPopulationFocusIsSaved()
    {
        auto doc = openDemo();
        StrategicPlanPage page(doc.get());
        page.show();
        const Product product = doc->data().products.first();
        page.showItem(Table::Product, product.id);
        const int before = int(doc->data().indicatorsOf(product.id).size());
        auto *own = page.findChild<QPushButton *>(u"addOwnButton"_s);
        onNextModal<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(u"Huertas escolares acompañadas"_s);
            // The second question (the unit) follows once this one is accepted.
            onNextModal<QInputDialog>([](QInputDialog *unit) {
                unit->setTextValue(u"Número"_s);
                unit->accept();
            });
            d->accept();
        });
        own->click();
        const auto indicators = doc->data().indicatorsOf(product.id);
        QCOMPARE(int(indicators.size()), before + 1);
        const ProductIndicator *added = indicators.last();
        QCOMPARE(added->name, u"Huertas escolares acompañadas"_s);
        QCOMPARE(added->unit, u"Número"_s);
        QVERIFY(added->isOwn);
        QVERIFY(added->code.startsWith(product.code));
        const qint64 addedId = added->id; // `added` points into data() the next edit reloads
        QCOMPARE(page.findChild<QLabel *>(u"originLabel"_s)->text().contains(u"Propio"_s), true);

        // Population focus: tags separated by ';', trimmed and without repeats.
        auto *focus = page.findChild<QLineEdit *>(u"itemPopulationFocus"_s);
        QVERIFY(focus->isVisible());
        focus->setFocus();
        focus->setText(u" Niñez ;Mujeres; Niñez ;"_s);
        focus->setModified(true);
        emit focus->editingFinished();
        QCOMPARE(doc->data().indicator(addedId)->populationFocus, QStringList({ u"Niñez"_s, u"Mujeres"_s }));

        // The goal's own number (schema 3), beside the MGA code it may share with other goals; undoable.
        auto *goalCode = page.findChild<QLineEdit *>(u"itemGoalCode"_s);
        QVERIFY(goalCode && goalCode->isVisible());
        goalCode->setFocus();
        goalCode->setText(u" 17 "_s);
        goalCode->setModified(true);
        emit goalCode->editingFinished();
        QCOMPARE(doc->data().indicator(addedId)->goalCode, u"17"_s);
        doc->undoStack()->undo();
        QCOMPARE(doc->data().indicator(addedId)->goalCode, QString());
        doc->undoStack()->redo();
        QCOMPARE(doc->data().indicator(addedId)->goalCode, u"17"_s);

        // An empty name is refused and changes nothing.
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        const int count = int(doc->data().indicators.size());
        onNextModal<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(u"   "_s);
            d->accept();
        });
        own->click();
        QCOMPARE(int(doc->data().indicators.size()), count);
        QCOMPARE(failed.count(), 1);
    }

    void removingAProductIsOneUndoStep()
    {
        auto doc = openDemo();
        StrategicPlanPage page(doc.get());
        page.show();
        // A product with indicators, annual targets and investment. Every demo product has
        // progress reported (which makes removal refuse): clear one product's follow-up first, as a
        // plan still being formulated has none.
        const Product *candidate = nullptr;
        for (const Product &p : doc->data().products) {
            if (!candidate && !doc->data().indicatorsOf(p.id).isEmpty() && doc->data().investmentTotal(p.id) > 0)
                candidate = &p;
        }
        QVERIFY(candidate);
        const qint64 productId = candidate->id;
        const PlanData setup = doc->data();
        for (const ProductIndicator *i : setup.indicatorsOf(productId)) {
            for (const ProgressReport &r : setup.progress) {
                if (r.indicatorId == i->id) {
                    QVERIFY(doc->setCell(
                        Table::Progress,
                        { { u"indicator_id"_s, r.indicatorId }, { u"year"_s, r.year }, { u"period"_s, r.period } },
                        std::nullopt, u"x"_s));
                }
            }
        }
        for (const BudgetExecution &e : setup.executions) {
            if (e.productId == productId) {
                QVERIFY(doc->setCell(
                    Table::BudgetExecution,
                    { { u"product_id"_s, e.productId }, { u"year"_s, e.year }, { u"source_code"_s, e.sourceCode } },
                    std::nullopt, u"x"_s));
            }
        }
        doc->undoStack()->clear();
        const PlanData before = doc->data();
        const Product *product = before.product(productId);
        QVERIFY(product);
        page.showItem(Table::Product, product->id);
        onNextModal<QMessageBox>([](QMessageBox *box) {
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->reject();
        });
        page.findChild<QPushButton *>(u"removeItemButton"_s)->click();
        const PlanData after = doc->data();
        QVERIFY(!after.product(product->id));
        QCOMPARE(after.investmentTotal(product->id), Money(0));
        QCOMPARE(after.products.size(), before.products.size() - 1);
        doc->undoStack()->undo();
        const PlanData restored = doc->data();
        QCOMPARE(restored.products.size(), before.products.size());
        QCOMPARE(restored.indicators.size(), before.indicators.size());
        QCOMPARE(restored.investments.size(), before.investments.size());
        QCOMPARE(restored.investmentTotal(product->id), before.investmentTotal(product->id));
        for (const ProductIndicator *i : before.indicatorsOf(product->id))
            QCOMPARE(restored.indicator(i->id)->annualTargets.size(), i->annualTargets.size());
        doc->undoStack()->redo();
        QVERIFY(!doc->data().product(product->id));
    }

    void aProgramWhoseGoalsHaveProgressIsNotRemoved()
    {
        auto doc = openDemo();
        StrategicPlanPage page(doc.get());
        page.show();
        const PlanData before = doc->data();
        const ProductIndicator *goal = before.indicator(before.progress.first().indicatorId);
        QVERIFY(goal);
        const qint64 programId = before.product(goal->productId)->programId;
        page.showItem(Table::Program, programId);
        QString said;
        onNextModal<QMessageBox>([&said](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        page.findChild<QPushButton *>(u"removeItemButton"_s)->click();
        // The document's rule, in Spanish, and nothing removed nor left to undo.
        QVERIFY2(said.contains(u"ya tiene avances reportados"_s), qPrintable(said));
        QVERIFY(doc->data().program(programId));
        QCOMPARE(doc->data().indicators.size(), before.indicators.size());
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void prioritisedWellbeingIndicators()
    {
        auto doc = openDemo();
        StrategicPlanPage page(doc.get());
        WellbeingModel *model = qobject_cast<WellbeingModel *>(page.wellbeingView()->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
        const qint64 id = model->idAt(0);
        const bool was = doc->data().wellbeingIndicator(id)->isPrioritized;
        QVERIFY(model->setData(model->index(0, WellbeingModel::SPrioritized), was ? Qt::Unchecked : Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(doc->data().wellbeingIndicator(id)->isPrioritized, !was);
        QVERIFY(model->setData(model->index(0, WellbeingModel::STarget), u"12,5"_s));
        QCOMPARE(doc->data().wellbeingIndicator(id)->target, std::optional<double>(12.5));
        // The line is chosen from the plan's lines; anything else is refused.
        const qint64 line = doc->data().lines.last().id;
        QVERIFY(model->setData(model->index(0, WellbeingModel::SLine), line));
        QCOMPARE(doc->data().wellbeingIndicator(id)->lineId, std::optional<qint64>(line));
        QCOMPARE(model->index(0, WellbeingModel::SLine).data().toString(), doc->data().lines.last().name);
        QVERIFY(!model->setData(model->index(0, WellbeingModel::SLine), 987654));
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QVERIFY(!model->setData(model->index(0, WellbeingModel::STarget), u"doce"_s));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(doc->data().wellbeingIndicator(id)->target, std::optional<double>(12.5));
    }

    void diagnosisIndicatorsFiltersValuesAndChart()
    {
        auto doc = openDemo();
        DiagnosisPage page(doc.get());
        page.show();
        QAbstractItemModelTester tester(page.indicatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PlanData d = doc->data();
        const int all = page.indicatorProxy()->rowCount();
        QCOMPARE(all, int(d.wellbeingIndicators.size()));
        // Filter by the line of the first indicator that has one.
        const WellbeingIndicator *withLine = nullptr;
        for (const WellbeingIndicator &w : d.wellbeingIndicators)
            if (w.lineId && !withLine)
                withLine = &w;
        QVERIFY(withLine);
        QComboBox *lines = page.lineFilter();
        lines->setCurrentIndex(lines->findData(*withLine->lineId));
        int expected = 0;
        for (const WellbeingIndicator &w : d.wellbeingIndicators)
            expected += w.lineId == withLine->lineId ? 1 : 0;
        QCOMPARE(page.indicatorProxy()->rowCount(), expected);
        QVERIFY(expected < all);
        // Sector filter on top narrows further or keeps; "All" restores everything.
        QComboBox *sectors = page.sectorFilter();
        QVERIFY(sectors->count() > 1);
        lines->setCurrentIndex(0);
        QCOMPARE(page.indicatorProxy()->rowCount(), all);
        sectors->setCurrentIndex(1);
        for (int r = 0; r < page.indicatorProxy()->rowCount(); ++r)
            QCOMPARE(page.indicatorProxy()->index(r, WellbeingModel::DSector).data(RecordTableModel::RawValueRole),
                     sectors->currentData());
        sectors->setCurrentIndex(0);
        QCOMPARE(page.sdgFilter()->itemText(0), u"Todos"_s);

        // Values by year: type one, it is stored, the chart draws it; a bad number changes nothing.
        page.showItem(Table::WellbeingIndicator, withLine->id);
        QCOMPARE(page.currentIndicator(), withLine->id);
        const int year = d.info.term.startYear - 1;
        QVERIFY(page.setIndicatorValue(year, u"42,5"_s));
        bool stored = false;
        for (const IndicatorValue &v : doc->data().wellbeingIndicator(withLine->id)->values)
            stored = stored || (v.year == year && v.value == 42.5);
        QVERIFY(stored);
        QCOMPARE(page.indicatorChart()->seriesCount(), 1);
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QVERIFY(!page.setIndicatorValue(year, u"mucho"_s));
        QCOMPARE(failed.count(), 1);
        doc->undoStack()->undo();
        for (const IndicatorValue &v : doc->data().wellbeingIndicator(withLine->id)->values)
            QVERIFY(!(v.year == year && v.value == 42.5));

        // Editing a cell of the values table goes through the same path.
        page.showItem(Table::WellbeingIndicator, withLine->id);
        QTableWidget *values = page.valuesTable();
        int row = -1;
        for (int r = 0; r < values->rowCount(); ++r)
            if (values->item(r, 0)->text() == QString::number(year))
                row = r;
        QVERIFY(row >= 0);
        values->item(row, 1)->setText(u"7"_s);
        QCoreApplication::processEvents();
        stored = false;
        for (const IndicatorValue &v : doc->data().wellbeingIndicator(withLine->id)->values)
            stored = stored || (v.year == year && v.value == 7.0);
        QVERIFY(stored);

        // Removing an indicator with values is one undo step.
        const int count = int(doc->data().wellbeingIndicators.size());
        const WellbeingIndicator *unlinked = nullptr;
        for (const WellbeingIndicator &w : doc->data().wellbeingIndicators) {
            bool linked = false;
            for (const ProductIndicator &i : doc->data().indicators)
                linked = linked || i.wellbeingIndicatorId == w.id;
            if (!linked && !w.values.isEmpty() && !unlinked)
                unlinked = &w;
        }
        if (unlinked) {
            const qint64 id = unlinked->id;
            const auto valueCount = unlinked->values.size();
            page.showItem(Table::WellbeingIndicator, id);
            page.findChild<QPushButton *>(u"removeWellbeing"_s)->click();
            QCOMPARE(int(doc->data().wellbeingIndicators.size()), count - 1);
            doc->undoStack()->undo();
            QCOMPARE(int(doc->data().wellbeingIndicators.size()), count);
            QCOMPARE(doc->data().wellbeingIndicator(id)->values.size(), valueCount);
        }
    }

    void diagnosisCharacterizationProblemsAndFinance()
    {
        auto doc = openDemo();
        DiagnosisPage page(doc.get());
        page.show();
        QAbstractItemModelTester t1(page.characterizationModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page.problemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Characterisation: each view holds its own notes.
        QCOMPARE(page.characterizationKinds()->count(), 7);
        page.characterizationKinds()->setCurrentRow(3); // special classifications
        const int before = page.characterizationModel()->rowCount();
        page.findChild<QPushButton *>(u"addCharacterizationNote"_s)->click();
        QCOMPARE(page.characterizationModel()->rowCount(), before + 1);
        const QModelIndex content = page.characterizationModel()->index(before, CharacterizationModel::Content);
        QVERIFY(page.characterizationModel()->setData(content, u"Municipio ZOMAC desde 2017."_s));
        bool found = false;
        for (const CharacterizationNote &n : doc->data().characterization)
            found = found
                || (n.kind == CharacterizationKind::SpecialClassifications
                    && n.content == u"Municipio ZOMAC desde 2017."_s);
        QVERIFY(found);
        page.characterizationKinds()->setCurrentRow(0);
        for (int r = 0; r < page.characterizationModel()->rowCount(); ++r)
            QVERIFY(page.characterizationModel()->index(r, 1).data().toString() != u"Municipio ZOMAC desde 2017."_s);

        // Problems: add, edit the causes, choose the line; undo removes.
        const int problems = int(doc->data().problems.size());
        page.findChild<QPushButton *>(u"addProblem"_s)->click();
        QCOMPARE(int(doc->data().problems.size()), problems + 1);
        ProblemModel *pm = page.problemModel();
        const int row = pm->rowCount() - 1;
        QVERIFY(pm->setData(pm->index(row, ProblemModel::Causes), u"Vías en mal estado"_s));
        QVERIFY(pm->setData(pm->index(row, ProblemModel::Line), doc->data().lines.first().id));
        const ProblemAnalysis p = doc->data().problems.last();
        QCOMPARE(p.causes, u"Vías en mal estado"_s);
        QCOMPARE(p.lineId, std::optional<qint64>(doc->data().lines.first().id));

        // Finance: a history year and a projection year, stored with their kind.
        page.refresh();
        QTableWidget *grid = page.financeTable();
        QVERIFY(grid->rowCount() >= 2);
        const QList<int> years = page.financeYears();
        const int start = doc->data().info.term.startYear;
        const int historyColumn = int(years.indexOf(start - 1)) + 1;
        const int projectionColumn = int(years.indexOf(start)) + 1;
        const QString source = grid->item(0, 0)->data(Qt::UserRole).toString();
        grid->item(0, historyColumn)->setText(u"1.234.567"_s);
        QCoreApplication::processEvents();
        grid->item(0, projectionColumn)->setText(u"2.000.000"_s);
        QCoreApplication::processEvents();
        bool history = false, projection = false;
        for (const FinancialRecord &f : doc->data().financialRecords) {
            history = history
                || (f.sourceCode == source && f.year == start - 1 && f.kind == FinancialRecordKind::Historical
                    && f.amount == 1234567);
            projection = projection
                || (f.sourceCode == source && f.year == start && f.kind == FinancialRecordKind::Projection
                    && f.amount == 2000000);
        }
        QVERIFY(history);
        QVERIFY(projection);
        QCOMPARE(page.financeChart()->seriesCount(), 2);
        // A bad amount is refused and the grid shows the stored value again.
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        grid->item(0, projectionColumn)->setText(u"dos millones"_s);
        QCoreApplication::processEvents();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(grid->item(0, projectionColumn)->text(), u"2.000.000"_s);
    }

    void lineSectorsRemovalUndoAndDragReorder()
    {
        auto doc = openDemo();
        LinesPage page(doc.get());
        page.show();
        LineModel *model = page.lineModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A new line gets two sectors by ticking them.
        page.findChild<QPushButton *>(u"addLineButton"_s)->click();
        const qint64 line = model->idAt(model->rowCount() - 1);
        page.linesView()->setCurrentIndex(model->index(model->rowCount() - 1, LineModel::Name));
        QListWidget *sectors = page.sectorList();
        QVERIFY(sectors->count() > 3);
        sectors->item(0)->setCheckState(Qt::Checked);
        sectors->item(2)->setCheckState(Qt::Checked);
        const QStringList codes { sectors->item(0)->data(Qt::UserRole).toString(),
                                  sectors->item(2)->data(Qt::UserRole).toString() };
        QCOMPARE(doc->data().line(line)->sectorCodes, codes);
        sectors->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(doc->data().line(line)->sectorCodes, QStringList { codes.first() });
        sectors->item(2)->setCheckState(Qt::Checked);
        // Removing the line and undoing brings its sectors back.
        page.findChild<QPushButton *>(u"removeLineButton"_s)->click();
        QVERIFY(!doc->data().line(line));
        doc->undoStack()->undo();
        QVERIFY(doc->data().line(line));
        QCOMPARE(doc->data().line(line)->sectorCodes, codes);

        // Dragging the last line onto the first row makes it the first.
        const int last = model->rowCount() - 1;
        const qint64 first = model->idAt(0);
        std::unique_ptr<QMimeData> mime(model->mimeData({ model->index(last, LineModel::Name) }));
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->index(0, 0));
        QCOMPARE(model->idAt(0), line);
        QCOMPARE(model->idAt(1), first);
        QCOMPARE(doc->data().lines.first().id, line);
        doc->undoStack()->undo();
        QCOMPARE(model->idAt(0), first);
    }

    void governmentProgramImportAndWordChart()
    {
        auto doc = openDemo();
        LinesPage page(doc.get());
        page.show();
        QVERIFY(page.importProgram(dataDir() + u"/text/programa_gobierno.docx"_s));
        QVERIFY(doc->data().info.governmentProgramText.contains(u"educación para el empleo"_s));
        QCOMPARE(page.wordChart()->seriesCount(), 1);
        doc->undoStack()->undo();
        QVERIFY(!doc->data().info.governmentProgramText.contains(u"educación para el empleo"_s));
        // A damaged file is refused with its name and nothing changes.
        const QString text = doc->data().info.governmentProgramText;
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QVERIFY(!page.importProgram(dataDir() + u"/text/truncado.docx"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"truncado.docx"_s));
        QCOMPARE(doc->data().info.governmentProgramText, text);
        // Pasted text: the chart follows as the user types; an empty box shows a message.
        page.programText()->setPlainText(u"agua agua agua vías vías salud"_s);
        QCOMPARE(page.wordChart()->seriesCount(), 1);
        page.programText()->clear();
        QCOMPARE(page.wordChart()->seriesCount(), 0);
    }

    void supportContentsSearchAndAttachments()
    {
        auto doc = openDemo();
        SupportContentsDialog dialog(doc.get(), nullptr);
        const int all = dialog.visibleEntryCount();
        QVERIFY(all >= 7 + 8);
        QTest::keyClicks(dialog.searchEdit(), u"ley 152"_s);
        QVERIFY(dialog.visibleEntryCount() >= 1);
        QVERIFY(dialog.visibleEntryCount() < all);
        QVERIFY(dialog.browser()->toPlainText().contains(u"152"_s));
        dialog.searchEdit()->setText(u"acumulacion"_s); // without its accent
        QVERIFY(dialog.visibleEntryCount() >= 1);
        dialog.searchEdit()->setText(u"zzzqqq"_s);
        QCOMPARE(dialog.visibleEntryCount(), 0);
        dialog.searchEdit()->clear();
        // An entity document is attached by path and title and kept in the plan.
        QVERIFY(dialog.attachDocument(dataDir() + u"/text/programa_gobierno.docx"_s, u"Programa de gobierno"_s));
        const auto attached = SupportContentsDialog::attachments(*doc);
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.first().title, u"Programa de gobierno"_s);
        QCOMPARE(dialog.visibleEntryCount(), all + 1);
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QVERIFY(!dialog.attachDocument(m_dir.filePath(u"no-such-file.pdf"_s), u"x"_s));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(SupportContentsDialog::attachments(*doc).size(), 1);
    }

    void supportContentsFromTheHelpMenuAndEachStep()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data-window"_s));
        window.show();
        QVERIFY(window.openDemo());
        auto *action = window.findChild<QAction *>(u"supportContentsAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        window.planView()->showModule(4);
        auto *page = window.planView()->page(4);
        page->findChild<QToolButton *>(u"moreHelpButton"_s)->click();
        auto *dialog = window.findChild<SupportContentsDialog *>(u"supportContentsDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->browser()->toPlainText().contains(page->helpText().left(40)));
        dialog->close();
    }

    void editsOfTheApprovedPlanAreRefused()
    {
        auto doc = openDemo();
        const Product product = doc->data().products.first();
        QVERIFY(doc->setValue(Table::Product, product.id, u"cost"_s, product.cost + 1, u"x"_s));
        auto approved = approval::approve(doc->store(), u"Acuerdo 006 de 2028 (ficticio)"_s, QDate(2028, 5, 26));
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        // A change to the approved structure is refused and points to the amendment.
        QVERIFY(!doc->setValue(Table::Product, product.id, u"cost"_s, product.cost + 2, u"x"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"Modificar el plan (enmienda)"_s));
        QCOMPARE(doc->data().product(product.id)->cost, product.cost + 1);
        QCOMPARE(doc->insertRow(Table::StrategicLine, { { u"name"_s, u"Nueva"_s } }, u"x"_s), 0);
        // Undoing an edit made before the approval is refused too.
        doc->undoStack()->undo();
        QCOMPARE(doc->data().product(product.id)->cost, product.cost + 1);
        // What the approval does not cover (the team, the diagnosis notes) stays editable.
        QVERIFY(
            doc->insertRow(Table::Characterization, { { u"kind"_s, u"OTRO"_s }, { u"title"_s, u"Nota"_s } }, u"x"_s));

        // "Modificar el plan (enmienda)": the mode opens, the edit is allowed, the amendment is recorded.
        onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(AmendmentDialog::run(nullptr, doc.get()));
        QVERIFY(doc->isAmending());
        QVERIFY(doc->setValue(Table::Product, product.id, u"cost"_s, product.cost + 3, u"x"_s));
        onNextModal<AmendmentDialog>([](AmendmentDialog *d) {
            d->findChild<QLineEdit *>(u"amendmentAct"_s)->setText(u"Acuerdo 015 de 2029"_s);
            // The confirmation that follows is closed too.
            onNextModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
            d->accept();
        });
        QVERIFY(AmendmentDialog::run(nullptr, doc.get()));
        QVERIFY(!doc->isAmending());
        QCOMPARE(doc->data().info.version, 2);
        QVERIFY(approval::verify(doc->data()).matches);
        QVERIFY(!doc->setValue(Table::Product, product.id, u"cost"_s, product.cost + 4, u"x"_s));
    }

    void theCouncilsApprovalIsRecordedFromThePlanMenu()
    {
        auto doc = openDemo();
        QString refusal;
        QString futureQuestion;
        QString confirmation;
        // The demonstration plan knows its act: the dialog starts from it. An empty act is
        // refused with a message; a date after today is asked about.
        onNextModal<ApprovalDialog>([&](ApprovalDialog *d) {
            auto *act = d->findChild<QLineEdit *>(u"approvalAct"_s);
            QCOMPARE(act->text(), u"Acuerdo 006 de 2028 (ficticio)"_s);
            // The plan is in execution: its act is shown read-only, with a note; no second act.
            QVERIFY(act->isReadOnly());
            QVERIFY(!d->findChild<QLabel *>(u"approvalActNote"_s)->isHidden());
            QCOMPARE(d->date(), QDate(2028, 5, 26));
            guitest::saveShot(d, u"approval-dialog"_s);
            auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            act->clear();
            onNextModal<QMessageBox>([&](QMessageBox *box) {
                refusal = box->text();
                box->accept();
            });
            ok->click();
            QVERIFY(d->isVisible());
            act->setText(u"Acuerdo 006 de 2028 (ficticio)"_s);
            onNextModal<QMessageBox>([&](QMessageBox *box) {
                futureQuestion = box->text();
                // The information that the plan was approved comes next.
                onNextModal<QMessageBox>([&](QMessageBox *info) {
                    confirmation = info->text();
                    info->accept();
                });
                box->button(QMessageBox::Yes)->click();
            });
            ok->click();
        });
        QVERIFY(ApprovalDialog::run(nullptr, doc.get()));
        QVERIFY2(refusal.contains(u"Escriba el acto"_s), qPrintable(refusal));
        QVERIFY2(futureQuestion.contains(u"posterior a hoy"_s), qPrintable(futureQuestion));
        const PlanInfo &info = doc->data().info;
        QCOMPARE(info.version, 1);
        QCOMPARE(info.adoptionAct, u"Acuerdo 006 de 2028 (ficticio)"_s);
        QCOMPARE(info.state, WorkflowState::InExecution); // still in execution, now frozen
        QVERIFY(!info.fingerprint.isEmpty());
        QVERIFY2(confirmation.contains(info.fingerprint), qPrintable(confirmation));
        QVERIFY(approval::verify(doc->data()).matches);
        // The approved structure is frozen, and a second approval is refused with the reason.
        const Product product = doc->data().products.first();
        QVERIFY(!doc->setValue(Table::Product, product.id, u"cost"_s, product.cost + 1, u"x"_s));
        guitest::MessageBoxCatcher again;
        QVERIFY(!ApprovalDialog::run(nullptr, doc.get()));
        QVERIFY2(again.text().contains(u"ya está aprobado"_s), qPrintable(again.text()));
        // Verify says the content is the approved plan, then compares with what the council holds
        // outside the file: a typed fingerprint and the receipt written from the dialog.
        QString stored;
        QString wrong;
        QString typed;
        QString byReceipt;
        bool saved = false;
        const QString receipt = m_dir.filePath(u"recibo.txt"_s);
        onNextModal<VerifyDialog>([&](VerifyDialog *d) {
            stored = d->findChild<QLabel *>(u"verifyStored"_s)->text();
            auto *field = d->findChild<QLineEdit *>(u"verifyTypedFingerprint"_s);
            auto *compare = d->findChild<QPushButton *>(u"verifyCompare"_s);
            field->setText(u"000-000-000-000"_s);
            compare->click();
            wrong = d->resultText();
            field->setText(approval::shortFingerprint(info.fingerprint));
            compare->click();
            typed = d->resultText();
            QVERIFY(d->findChild<QPushButton *>(u"verifySaveReceipt"_s)->isEnabled());
            saved = d->saveReceipt(receipt);
            d->compareWithReceipt(receipt);
            byReceipt = d->resultText();
            guitest::saveShot(d, u"verify-dialog"_s);
            d->reject();
        });
        ApprovalDialog::verify(nullptr, doc.get());
        QVERIFY2(stored.contains(u"coincide"_s), qPrintable(stored));
        QVERIFY2(wrong.contains(u"NO coincide"_s), qPrintable(wrong));
        QVERIFY2(typed.contains(u"es el plan que aprobó el Concejo"_s), qPrintable(typed));
        QVERIFY(saved);
        QVERIFY2(byReceipt.contains(u"coincide con el recibo"_s), qPrintable(byReceipt));
        auto reference = approval::readReceipt(receipt);
        QVERIFY(reference.ok());
        QCOMPARE(reference->fingerprint, info.fingerprint);
    }
};

int main(int argc, char **argv)
{
    RouteTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "route_gui.moc"
