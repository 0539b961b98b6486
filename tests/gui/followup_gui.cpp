// Follow-up in module 6 and the council package, driven as a user would: progress typed into the
// grid and undone, the dashboard's numbers against the calculation, the drill-down, the office
// filter, and a council package that opens read-only on the dashboard.

#include "Format.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "approval/Approval.h"
#include "calc/Efficacy.h"
#include "catalog/Catalog.h"
#include "charts/ChartWidget.h"
#include "council/CouncilPackage.h"
#include "document/PlanDocument.h"
#include "models/AnnualTargetsModel.h"
#include "models/DashboardModel.h"
#include "models/FollowUpModels.h"
#include "pages/DashboardWidget.h"
#include "pages/IndicativePlanPage.h"
#include "widgets/GridView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

namespace {

std::optional<double> progressValue(const PlanData &d, qint64 indicator, int year, int period = 0)
{
    for (const ProgressReport &p : d.progress)
        if (p.indicatorId == indicator && p.year == year && p.period == period)
            return p.value;
    return std::nullopt;
}

const ProgressReport *progressOf(const PlanData &d, qint64 indicator, int year)
{
    for (const ProgressReport &p : d.progress)
        if (p.indicatorId == indicator && p.year == year && p.period == 0)
            return &p;
    return nullptr;
}

} // namespace

class FollowUpTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::shared_ptr<const Catalog> m_catalog;

    QString demoPath()
    {
        const QString path = m_dir.filePath(u"demo%1.planea"_s.arg(++m_counter));
        if (auto s = demo::writeDemoPlan(path); !s)
            qFatal("demo: %s", qPrintable(s.error().message));
        return path;
    }

    std::unique_ptr<PlanDocument> openDemo()
    {
        auto doc = PlanDocument::open(demoPath(), m_catalog);
        if (!doc)
            qFatal("open: %s", qPrintable(doc.error().message));
        return std::move(doc.value());
    }

    /// An approved demo plan and its council package; returns the package path.
    QString councilPackage(QString *fingerprint = nullptr)
    {
        const QString plan = demoPath();
        auto store = PlanStore::open(plan);
        if (!store)
            qFatal("open");
        auto approved = approval::approve(**store, u"Acuerdo 006 de 2028 (ficticio)"_s, QDate(2028, 5, 26));
        if (!approved)
            qFatal("approve: %s", qPrintable(approved.error().message));
        const QString out = m_dir.filePath(u"consejo%1.planea"_s.arg(m_counter));
        auto written = council::writePackage(**store, out);
        if (!written)
            qFatal("package: %s", qPrintable(written.error().message));
        if (fingerprint)
            *fingerprint = *written;
        return out;
    }

private slots:
    void initTestCase()
    {
        auto catalog = Catalog::load(m_dir.filePath(u"data"_s));
        QVERIFY(catalog.ok());
        m_catalog = catalog.value();
    }

    void modelsPassTheTester()
    {
        auto doc = openDemo();
        ProgressModel progress(doc.get());
        ExecutionModel execution(doc.get());
        ResultValuesModel results(doc.get());
        DashboardModel dashboard;
        QAbstractItemModelTester t1(&progress, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&execution, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t3(&results, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t4(&dashboard, QAbstractItemModelTester::FailureReportingMode::Fatal);
        dashboard.setReport(doc->data(), calc::computeEfficacy(doc->data(), 2029), false);
        QCOMPARE(progress.rowCount(), int(doc->data().indicators.size()));
        QVERIFY(execution.rowCount() > 0);
        QVERIFY(results.rowCount() > 0);
        QCOMPARE(dashboard.rowCount(), 1);
        QCOMPARE(dashboard.rowCount(dashboard.planIndex()), int(doc->data().lines.size()));
        // Filters and edits under the tester.
        progress.setPeriod(2029, 0);
        execution.setYear(2029);
        const qint64 office = doc->data().offices.first().id;
        progress.setOffice(office);
        execution.setOffice(office);
        QVERIFY(progress.rowCount() > 0);
        for (int r = 0; r < progress.rowCount(); ++r)
            QCOMPARE(doc->data().indicator(progress.idAt(r))->responsibleOfficeId.value_or(0), office);
        QVERIFY(progress.setData(progress.index(0, ProgressModel::Achieved), u"3"_s));
        QVERIFY(execution.setData(execution.index(0, ExecutionModel::Payments), u"1.000.000"_s));
        QVERIFY(results.setData(results.index(0, ResultValuesModel::Year3), u"55,5"_s));
        dashboard.setReport(doc->data(), calc::computeEfficacy(doc->data(), 2030), true);
        progress.setOffice(AllOffices);
        QCOMPARE(progress.rowCount(), int(doc->data().indicators.size()));
    }

    void progressIsTypedUndoneAndRedone()
    {
        auto doc = openDemo();
        IndicativePlanPage page(doc.get());
        page.resize(1200, 700);
        page.show();
        page.tabs()->setCurrentIndex(IndicativePlanPage::ProgressTab);
        page.setProgressPeriod(2030);
        ProgressModel *model = page.progressModel();
        QCOMPARE(model->year(), 2030);
        const qint64 id = model->idAt(0);
        QVERIFY(!progressValue(doc->data(), id, 2030));

        // Keyboard: go to the cell, type, Enter.
        GridView *view = page.progressView();
        view->setFocus();
        view->setCurrentIndex(model->index(0, ProgressModel::Achieved));
        QTest::keyClick(view, Qt::Key_1); // typing starts the editor with that key
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, u"2,5"_s);
        QCOMPARE(editor->text(), u"12,5"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // Qt 6.4's delegate commits a Return through a queued call: let it run.
        QCoreApplication::processEvents();
        QCOMPARE(progressValue(doc->data(), id, 2030).value_or(-1), 12.5);
        QCOMPARE(model->index(0, ProgressModel::Achieved).data().toString(), u"12,5"_s);

        QVERIFY(model->setData(model->index(0, ProgressModel::Evidence), u"Acta de entrega 14"_s));
        QVERIFY(page.setEvidenceFile(m_dir.filePath(u"acta 14.pdf"_s)));
        const ProgressReport *report = progressOf(doc->data(), id, 2030);
        QVERIFY(report);
        QCOMPARE(report->value.value_or(-1), 12.5);
        QCOMPARE(report->evidence, u"Acta de entrega 14"_s);
        QVERIFY(report->evidenceLink.endsWith(u"/acta 14.pdf"_s));

        // Undo the three edits one by one; the value goes last.
        QCOMPARE(doc->undoStack()->count(), 3);
        doc->undoStack()->undo();
        QVERIFY(progressOf(doc->data(), id, 2030)->evidenceLink.isEmpty());
        doc->undoStack()->undo();
        QVERIFY(progressOf(doc->data(), id, 2030)->evidence.isEmpty());
        doc->undoStack()->undo();
        QVERIFY(!progressOf(doc->data(), id, 2030));
        QCOMPARE(model->index(0, ProgressModel::Achieved).data().toString(), QString());
        doc->undoStack()->redo();
        QCOMPARE(progressValue(doc->data(), id, 2030).value_or(-1), 12.5);

        // Garbage and negative values change nothing and say why.
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        const int steps = doc->undoStack()->count();
        QVERIFY(!model->setData(model->index(0, ProgressModel::Achieved), u"doce"_s));
        QVERIFY(!model->setData(model->index(0, ProgressModel::Achieved), u"-3"_s));
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.at(0).at(0).toString().contains(u"doce"_s));
        QCOMPARE(doc->undoStack()->count(), steps);
        QCOMPARE(progressValue(doc->data(), id, 2030).value_or(-1), 12.5);
        // The target and the compliance are not editable.
        QVERIFY(!(model->flags(model->index(0, ProgressModel::Target)) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(model->index(0, ProgressModel::Compliance), u"50"_s));
    }

    void executionAndResultValuesAreUndoable()
    {
        auto doc = openDemo();
        ExecutionModel execution(doc.get());
        execution.setYear(2030);
        QVERIFY(execution.rowCount() > 0);
        QVERIFY(execution.setData(execution.index(0, ExecutionModel::Commitments), u"$ 2.500.000"_s));
        QCOMPARE(execution.index(0, ExecutionModel::Commitments).data().toString(), u"2.500.000"_s);
        QSignalSpy failed(doc.get(), &PlanDocument::editFailed);
        QVERIFY(!execution.setData(execution.index(0, ExecutionModel::Payments), u"2,5"_s));
        QCOMPARE(failed.count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(execution.index(0, ExecutionModel::Commitments).data().toString(), u"0"_s);

        ResultValuesModel results(doc.get());
        // The demo plan already has 2029 values for its result indicators: undo brings that back.
        const QString before = results.index(0, ResultValuesModel::Year2).data().toString();
        QVERIFY(results.setData(results.index(0, ResultValuesModel::Year2), u"41,2"_s));
        QCOMPARE(results.index(0, ResultValuesModel::Year2).data().toString(), u"41,2"_s);
        doc->undoStack()->undo();
        QCOMPARE(results.index(0, ResultValuesModel::Year2).data().toString(), before);
    }

    void dashboardNumbersAreTheCalculation()
    {
        auto doc = openDemo();
        DashboardWidget dashboard(doc.get());
        dashboard.resize(1200, 600);
        dashboard.show();
        dashboard.setYear(2029);
        QCOMPARE(dashboard.year(), 2029);
        const calc::EfficacyReport expected = calc::computeEfficacy(doc->data(), 2029);
        DashboardModel *model = dashboard.model();
        const QModelIndex plan = model->planIndex();
        QVERIFY(expected.plan.efficacy);
        QCOMPARE(plan.siblingAtColumn(DashboardModel::Efficacy).data(DashboardModel::PercentRole).toDouble(),
                 *expected.plan.efficacy);
        QCOMPARE(model->rowCount(plan), int(expected.lines.size()));
        for (int r = 0; r < expected.lines.size(); ++r) {
            const calc::GroupEfficacy &line = expected.lines.at(r);
            const QModelIndex row = model->index(r, 0, plan);
            QCOMPARE(model->idOf(row), line.id);
            const QVariant efficacy = row.siblingAtColumn(DashboardModel::Efficacy).data(DashboardModel::PercentRole);
            QCOMPARE(efficacy.isValid(), line.efficacy.has_value());
            if (line.efficacy)
                QCOMPARE(efficacy.toDouble(), *line.efficacy);
            const QVariant progress
                = row.siblingAtColumn(DashboardModel::TermProgress).data(DashboardModel::PercentRole);
            if (line.termProgress)
                QCOMPARE(progress.toDouble(), *line.termProgress);
            // Traffic light: colour and text.
            const QModelIndex light = row.siblingAtColumn(DashboardModel::Light);
            QCOMPARE(light.data().toString(), line.category.name);
            QVERIFY(!light.data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(light.data(Qt::ToolTipRole).toString(), line.category.text);
        }
        auto *summary = dashboard.findChild<QLabel *>(u"dashboardSummary"_s);
        QVERIFY(summary->text().contains(format::percent(*expected.plan.efficacy)));
        auto *light = dashboard.findChild<QLabel *>(u"dashboardLight"_s);
        QCOMPARE(light->text(), expected.plan.category.name);

        // Warnings: one row per flag of the calculation.
        int flags = 0;
        for (const calc::GoalEfficacy &g : expected.goals)
            flags += int(g.programmed && !g.reported) + int(g.moneyWithoutProgress) + int(g.progressWithoutMoney);
        QCOMPARE(dashboard.flagsTable()->rowCount(), flags);

        // Charts by line, sector, office and year draw series.
        for (auto kind : { DashboardWidget::ChartKind::ByLine, DashboardWidget::ChartKind::BySector,
                           DashboardWidget::ChartKind::ByOffice, DashboardWidget::ChartKind::ByYear }) {
            dashboard.setChart(kind);
            QVERIFY(dashboard.chart()->seriesCount() > 0);
        }

        // A new progress report shows at once.
        const calc::GoalEfficacy *unreported = nullptr;
        for (const calc::GoalEfficacy &g : expected.goals)
            if (g.programmed && !g.reported && !unreported)
                unreported = &g;
        if (unreported) {
            QVERIFY(doc->setCell(
                Table::Progress,
                { { u"indicator_id"_s, unreported->indicatorId }, { u"year"_s, 2029 }, { u"period"_s, 0 } },
                QVariantMap { { u"value"_s, unreported->target.value_or(1.0) },
                              { u"evidence"_s, QString() },
                              { u"evidence_link"_s, QString() } }));
            dashboard.refresh();
            // Its 'sin reporte' flag goes; a 'progress without money' flag comes when its product
            // committed nothing that year.
            const calc::EfficacyReport after = calc::computeEfficacy(doc->data(), 2029);
            const auto it = std::find_if(after.goals.cbegin(), after.goals.cend(), [&](const calc::GoalEfficacy &g) {
                return g.indicatorId == unreported->indicatorId;
            });
            QVERIFY(it != after.goals.cend() && it->reported);
            QCOMPARE(dashboard.flagsTable()->rowCount(), flags - 1 + int(it->progressWithoutMoney));
            QCOMPARE(dashboard.report().plan.goalsReported, expected.plan.goalsReported + 1);
        }
    }

    void methodSelectorChangesTheFigureAndIsRemembered()
    {
        const QString path = demoPath();
        calc::AggregationMethod chosen = calc::AggregationMethod::FourYearCapped;
        {
            auto doc = PlanDocument::open(path, m_catalog);
            QVERIFY(doc);
            DashboardWidget dashboard(doc->get());
            dashboard.resize(1280, 640);
            dashboard.show();
            dashboard.setYear(2029);
            auto *selector = dashboard.findChild<QComboBox *>(u"dashboardMethod"_s);
            QVERIFY(selector);
            QCOMPARE(selector->count(), 3);
            QCOMPARE(selector->currentText(), u"Ponderado (ponderaciones)"_s); // the default
            QCOMPARE(dashboard.method(), calc::AggregationMethod::Weighted);
            auto *summary = dashboard.findChild<QLabel *>(u"dashboardSummary"_s);
            const double weighted = *dashboard.report().plan.efficacy;
            QVERIFY(summary->text().contains(format::percent(weighted)));
            QVERIFY2(summary->text().contains(calc::methodName(calc::AggregationMethod::Weighted)),
                     qPrintable(summary->text()));

            // The user picks «Avance del cuatrienio con tope por meta», as a click would.
            selector->setCurrentIndex(selector->findData(int(chosen)));
            calc::EfficacyOptions options;
            options.method = chosen;
            const calc::EfficacyReport want = calc::computeEfficacy((*doc)->data(), 2029, options);
            QCOMPARE(dashboard.report().method, chosen);
            QCOMPARE(*dashboard.report().plan.efficacy, *want.plan.efficacy);
            QVERIFY(std::abs(*want.plan.efficacy - weighted) > 0.05); // the figure the user sees changes
            QVERIFY2(summary->text().contains(format::percent(*want.plan.efficacy)), qPrintable(summary->text()));
            QVERIFY2(summary->text().contains(calc::methodName(chosen).toHtmlEscaped()), qPrintable(summary->text()));
            const QModelIndex plan = dashboard.model()->planIndex();
            QCOMPARE(plan.siblingAtColumn(DashboardModel::Efficacy).data(DashboardModel::PercentRole).toDouble(),
                     *want.plan.efficacy);
            dashboard.setChart(DashboardWidget::ChartKind::ByLine);
            QVERIFY(dashboard.chart()->seriesCount() > 0);
            guitest::saveShot(&dashboard, u"dashboard-method"_s);
            // Remembered in the plan, not an undo step.
            QCOMPARE((*doc)->data().info.efficacyMethod, u"cuatrienio-tope"_s);
            QCOMPARE((*doc)->undoStack()->count(), 0);
        }
        // Opened again, the dashboard starts on the plan's method.
        auto doc = PlanDocument::open(path, m_catalog);
        QVERIFY(doc);
        QCOMPARE((*doc)->data().info.efficacyMethod, u"cuatrienio-tope"_s);
        DashboardWidget again(doc->get());
        QCOMPARE(again.method(), chosen);
        QCOMPARE(again.report().method, chosen);
    }

    void drillDownToAGoalAndItsHistory()
    {
        auto doc = openDemo();
        DashboardWidget dashboard(doc.get());
        dashboard.show();
        dashboard.setYear(2029);
        const PlanData &d = doc->data();
        const StrategicLine &line = d.lines.first();
        const BudgetProgram *program = d.programsOf(line.id).first();
        const ProductIndicator *goal = d.indicatorsOf(d.productsOf(program->id).first()->id).first();

        dashboard.select(DashboardModel::Kind::Line, line.id);
        QVERIFY(dashboard.breadcrumbText().contains(line.name.left(20)));
        QCOMPARE(dashboard.historyTable()->rowCount(), 4);
        dashboard.select(DashboardModel::Kind::Program, program->id);
        QVERIFY(dashboard.breadcrumbText().contains(program->code));
        dashboard.select(DashboardModel::Kind::Goal, goal->id);
        const QString crumbs = dashboard.breadcrumbText();
        QVERIFY2(crumbs.contains(u" › "_s) && crumbs.contains(goal->code), qPrintable(crumbs));
        QCOMPARE(crumbs.count(u" › "_s), 3); // plan › line › program › goal

        // The goal's history: one row per year with its target and what was achieved.
        QTableWidget *history = dashboard.historyTable();
        for (int row = 0; row < 4; ++row) {
            const int year = 2028 + row;
            QCOMPARE(history->item(row, 0)->text(), QString::number(year));
            const AnnualTarget *t = goal->target(year);
            if (t && !t->notProgrammed)
                QCOMPARE(history->item(row, 1)->text(), format::number(t->value));
            const calc::EfficacyReport r = calc::computeEfficacy(d, year);
            for (const calc::GroupEfficacy &g : r.indicators)
                if (g.id == goal->id && g.efficacy)
                    QCOMPARE(history->item(row, 3)->text(), format::percent(*g.efficacy));
        }
        dashboard.setChart(DashboardWidget::ChartKind::History);
        QCOMPARE(dashboard.chart()->seriesCount(), 2);

        // A warning double-clicked selects its goal.
        if (dashboard.flagsTable()->rowCount() > 0) {
            const qint64 flagged = dashboard.flagsTable()->item(0, 0)->data(Qt::UserRole).toLongLong();
            emit dashboard.flagsTable()->cellDoubleClicked(0, 1);
            QCOMPARE(dashboard.model()->idOf(dashboard.tree()->currentIndex()), flagged);
        }
    }

    void officeFilterShowsOnlyItsGoals()
    {
        auto doc = openDemo();
        DashboardWidget dashboard(doc.get());
        dashboard.setYear(2029);
        const qint64 office = doc->data().offices.first().id;
        dashboard.setOffice(office);
        PlanData filtered = doc->data();
        filtered.indicators.removeIf(
            [office](const ProductIndicator &i) { return i.responsibleOfficeId.value_or(0) != office; });
        filtered.reindex();
        const calc::EfficacyReport expected = calc::computeEfficacy(filtered, 2029);
        QCOMPARE(dashboard.report().plan.goalsProgrammed, expected.plan.goalsProgrammed);
        const QModelIndex plan = dashboard.model()->planIndex();
        QCOMPARE(plan.siblingAtColumn(DashboardModel::Efficacy).data(DashboardModel::PercentRole).toDouble(),
                 expected.plan.efficacy.value_or(-1));
        // Every goal in the tree belongs to the office.
        int goals = 0;
        for (int l = 0; l < dashboard.model()->rowCount(plan); ++l) {
            const QModelIndex line = dashboard.model()->index(l, 0, plan);
            QVERIFY(dashboard.model()->rowCount(line) > 0); // empty lines are left out
            for (int p = 0; p < dashboard.model()->rowCount(line); ++p) {
                const QModelIndex program = dashboard.model()->index(p, 0, line);
                for (int g = 0; g < dashboard.model()->rowCount(program); ++g) {
                    const qint64 id = dashboard.model()->idOf(dashboard.model()->index(g, 0, program));
                    QCOMPARE(doc->data().indicator(id)->responsibleOfficeId.value_or(0), office);
                    ++goals;
                }
            }
        }
        QVERIFY(goals > 0);
        QVERIFY(goals < doc->data().indicators.size());
    }

    void councilPackageOpensReadOnlyOnTheDashboard()
    {
        QString fingerprint;
        const QString package = councilPackage(&fingerprint);
        const QByteArray before = [&] {
            QFile f(package);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        QVERIFY(window.openPlan(package));
        PlanDocument *doc = window.document();
        QVERIFY(doc->isCouncilPackage());
        QVERIFY(doc->store().isReadOnly());

        auto *banner = window.findChild<QLabel *>(u"councilBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().startsWith(
                     u"Paquete para el Consejo Territorial de Planeación — solo lectura. Huella: %1…"_s.arg(
                         fingerprint.left(16))),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"coincide"_s), qPrintable(banner->text()));

        // It lands on the dashboard: one click on a line shows its programs and history.
        QCOMPARE(window.planView()->currentModule(), 6);
        auto *page = static_cast<IndicativePlanPage *>(window.planView()->page(6));
        QCOMPARE(page->tabs()->currentIndex(), int(IndicativePlanPage::DashboardTab));
        QVERIFY(page->dashboard()->isVisible());
        QCOMPARE(page->dashboard()->year(), 2029); // the latest year with progress
        QVERIFY(page->dashboard()->model()->rowCount(page->dashboard()->model()->planIndex()) > 0);

        // Every edit is refused.
        QVERIFY(!window.findChild<QAction *>(u"councilPackageAction"_s)->isEnabled());
        ProgressModel *progress = page->progressModel();
        QVERIFY(!(progress->flags(progress->index(0, ProgressModel::Achieved)) & Qt::ItemIsEditable));
        QVERIFY(!progress->setData(progress->index(0, ProgressModel::Achieved), u"5"_s));
        QVERIFY(!page->targetsModel()->setData(page->targetsModel()->index(0, 6), u"5"_s));
        QVERIFY(!page->resultsModel()->setData(page->resultsModel()->index(0, ResultValuesModel::Year1), u"5"_s));
        QVERIFY(!page->setEvidenceFile(m_dir.filePath(u"x.pdf"_s)));
        {
            guitest::MessageBoxCatcher catcher;
            QVERIFY(!doc->setCell(
                Table::Progress,
                { { u"indicator_id"_s, doc->data().indicators.first().id }, { u"year"_s, 2030 }, { u"period"_s, 0 } },
                QVariantMap { { u"value"_s, 5.0 }, { u"evidence"_s, QString() }, { u"evidence_link"_s, QString() } }));
            QTRY_VERIFY(catcher.seen());
            QVERIFY2(catcher.text().contains(u"solo lectura"_s), qPrintable(catcher.text()));
        }
        QCOMPARE(doc->undoStack()->count(), 0);

        // The method can still be chosen, for the session: the package is never written.
        DashboardWidget *dashboard = page->dashboard();
        dashboard->setMethod(calc::AggregationMethod::Simple);
        QCOMPARE(dashboard->report().method, calc::AggregationMethod::Simple);
        QVERIFY(doc->data().info.efficacyMethod.isEmpty());
        QVERIFY2(
            dashboard->findChild<QComboBox *>(u"dashboardMethod"_s)->toolTip().contains(u"solo para esta sesión"_s),
            qPrintable(dashboard->findChild<QComboBox *>(u"dashboardMethod"_s)->toolTip()));
        window.closePlan();
        QFile f(package);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void councilPackageActionWritesOrRefuses()
    {
        MainWindow window(m_catalog, m_dir.filePath(u"data"_s));
        window.show();
        // An unapproved plan is refused with the reason.
        QVERIFY(window.openPlan(demoPath()));
        const QString out = m_dir.filePath(u"paquete-gui.planea"_s);
        {
            guitest::MessageBoxCatcher catcher;
            QVERIFY(!window.writeCouncilPackage(out));
            QVERIFY(catcher.seen());
            QVERIFY2(catcher.text().contains(u"no ha sido aprobado"_s), qPrintable(catcher.text()));
        }
        QVERIFY(!QFile::exists(out));
        // Once approved, it is written with its fingerprint.
        auto fingerprint
            = approval::approve(window.document()->store(), u"Acuerdo 006 de 2028 (ficticio)"_s, QDate(2028, 5, 26));
        QVERIFY(fingerprint.ok());
        {
            guitest::MessageBoxCatcher catcher;
            QVERIFY(window.writeCouncilPackage(out));
            QVERIFY(catcher.text().contains(*fingerprint));
        }
        auto store = council::openPlan(out);
        QVERIFY(store.ok());
        QVERIFY(council::packageInfo(**store).isPackage);
    }
};

int main(int argc, char **argv)
{
    FollowUpTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "followup_gui.moc"
