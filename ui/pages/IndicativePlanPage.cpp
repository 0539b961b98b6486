#include "IndicativePlanPage.h"

#include "DashboardWidget.h"
#include "Format.h"
#include "calc/AccumulationRules.h"
#include "calc/Efficacy.h"
#include "document/PlanDocument.h"
#include "models/AnnualTargetsModel.h"
#include "models/FollowUpModels.h"
#include "widgets/GridView.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

/// Offers the seven accumulation types by name; the model stores the stable code.
class AccumulationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (int a = int(AccumulationType::Cumulative); a <= int(AccumulationType::AnnualReduction); ++a)
            combo->addItem(displayName(AccumulationType(a)), toCode(AccumulationType(a)));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::EditRole);
    }
};

} // namespace

QString IndicativePlanPage::accumulationExplanation(AccumulationType type)
{
    switch (type) {
    case AccumulationType::Cumulative:
        return tr("Cumulative: what is delivered each year adds up. The four-year goal is the sum of the annual "
                  "targets (e.g. 10 + 15 + 15 + 10 = 50 houses improved).");
    case AccumulationType::Capacity:
        return tr("Capacity: each year adds installed capacity over the baseline. The four-year goal is the sum of "
                  "the annual increments.");
    case AccumulationType::Flow:
        return tr("Flow: the quantity restarts every year (e.g. people attended in the year). The four-year goal is "
                  "the value of the last programmed year.");
    case AccumulationType::Stock:
        return tr("Stock: a level at a point in time that includes the baseline (e.g. % coverage). The targets are "
                  "increasing levels and the four-year goal is the last one.");
    case AccumulationType::Maintenance:
        return tr("Maintenance: keep a level. Every programmed year has the same target as the four-year goal.");
    case AccumulationType::Reduction:
        return tr("Reduction: lower the level against the baseline (e.g. a mortality rate). Targets decrease and the "
                  "four-year goal is the last one, below the baseline.");
    case AccumulationType::AnnualReduction:
        return tr("Annual reduction: each year has its own reduction target, independent of the others.");
    }
    return {};
}

IndicativePlanPage::IndicativePlanPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 6, parent)
    , m_model(new AnnualTargetsModel(document, this))
    , m_view(new GridView)
    , m_preview(new QLabel)
    , m_progress(new ProgressModel(document, this))
    , m_execution(new ExecutionModel(document, this))
    , m_results(new ResultValuesModel(document, this))
    , m_progressView(new GridView)
    , m_executionView(new GridView)
    , m_resultsView(new GridView)
    , m_year(new QComboBox)
    , m_period(new QComboBox)
    , m_periodLabel(new QLabel)
    , m_office(new QComboBox)
    , m_chooseFile(new QPushButton)
    , m_openEvidence(new QPushButton)
    , m_captureTabs(new QTabWidget)
    , m_dashboard(new DashboardWidget(document))
{
    setHelp(tr("The Plan Indicativo spreads each four-year goal over the years of the term, says which office is "
               "responsible and how much each goal weighs. Write the target of each year, or NP when a goal is not "
               "programmed that year. Later, in Progress, each office records what it achieved and spent, with its "
               "evidence; the Dashboard shows the eficacia of each line with traffic lights."));
    auto *programming = new QWidget;
    auto *layout = new QVBoxLayout(programming);
    m_view->setObjectName(u"targetsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AnnualTargetsModel::Accumulation, new AccumulationDelegate(m_view));
    m_view->setColumnWidth(AnnualTargetsModel::Code, 90);
    m_view->setColumnWidth(AnnualTargetsModel::Indicator, 280);
    m_view->setColumnWidth(AnnualTargetsModel::Unit, 110);
    m_view->setColumnWidth(AnnualTargetsModel::Accumulation, 120);
    m_view->setColumnWidth(AnnualTargetsModel::Weight, 75);
    m_view->setColumnWidth(AnnualTargetsModel::Responsible, 170);
    for (int c = AnnualTargetsModel::Year1; c <= AnnualTargetsModel::Year4; ++c)
        m_view->setColumnWidth(c, 62);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_preview->setObjectName(u"accumulationPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    m_preview->setStyleSheet(u"QLabel { background: #FAFAF5; border: 1px solid #DDD8C4; padding: 4px; }"_s);
    layout->addWidget(m_preview);
    tabs()->addTab(programming, tr("Annual programming"));

    // --- Progress capture ------------------------------------------------------------------------
    auto *capture = new QWidget;
    auto *cl = new QVBoxLayout(capture);
    auto *row = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Year:"));
    m_year->setObjectName(u"progressYear"_s);
    yearLabel->setBuddy(m_year);
    m_periodLabel->setText(tr("Period:"));
    m_periodLabel->setBuddy(m_period);
    m_period->setObjectName(u"progressPeriod"_s);
    m_period->addItem(tr("Whole year"), 0);
    for (int q = 1; q <= 4; ++q)
        m_period->addItem(tr("Quarter %1").arg(q), q);
    auto *officeLabel = new QLabel(tr("Responsible office:"));
    officeLabel->setBuddy(m_office);
    m_office->setObjectName(u"progressOffice"_s);
    m_office->setMinimumContentsLength(14);
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooseFile->setObjectName(u"chooseEvidenceFile"_s);
    m_chooseFile->setText(tr("Choose evidence file…"));
    m_chooseFile->setToolTip(tr("Stores the path of a file (a report, an act, photos) as the evidence of the "
                                "selected goal. The file itself is not copied into the plan."));
    m_openEvidence->setObjectName(u"openEvidence"_s);
    m_openEvidence->setText(tr("Open evidence"));
    m_openEvidence->setToolTip(tr("Opens the evidence file or link of the selected goal with the program the "
                                  "computer uses for it."));
    row->addWidget(yearLabel);
    row->addWidget(m_year);
    row->addSpacing(12);
    row->addWidget(m_periodLabel);
    row->addWidget(m_period);
    row->addSpacing(12);
    row->addWidget(officeLabel);
    row->addWidget(m_office);
    row->addStretch();
    row->addWidget(m_chooseFile);
    row->addWidget(m_openEvidence);
    cl->addLayout(row);

    m_progressView->setObjectName(u"progressView"_s);
    m_progressView->setModel(m_progress);
    m_progressView->setColumnWidth(ProgressModel::Code, 80);
    m_progressView->setColumnWidth(ProgressModel::Indicator, 250);
    m_progressView->setColumnWidth(ProgressModel::Responsible, 150);
    m_progressView->setColumnWidth(ProgressModel::Unit, 90);
    m_progressView->setColumnWidth(ProgressModel::Target, 80);
    m_progressView->setColumnWidth(ProgressModel::Achieved, 95);
    m_progressView->setColumnWidth(ProgressModel::Compliance, 110);
    m_progressView->setColumnWidth(ProgressModel::Evidence, 220);
    m_progressView->horizontalHeader()->setStretchLastSection(true);
    m_captureTabs->addTab(m_progressView, tr("Product goals"));

    m_executionView->setObjectName(u"executionView"_s);
    m_executionView->setModel(m_execution);
    m_executionView->setColumnWidth(ExecutionModel::ProductCode, 80);
    m_executionView->setColumnWidth(ExecutionModel::ProductName, 260);
    m_executionView->setColumnWidth(ExecutionModel::Source, 200);
    for (int c = ExecutionModel::Appropriation; c <= ExecutionModel::Payments; ++c)
        m_executionView->setColumnWidth(c, 130);
    m_captureTabs->addTab(m_executionView, tr("Resources executed"));

    m_resultsView->setObjectName(u"resultsView"_s);
    m_resultsView->setModel(m_results);
    m_resultsView->setColumnWidth(ResultValuesModel::Line, 170);
    m_resultsView->setColumnWidth(ResultValuesModel::Indicator, 280);
    m_resultsView->setColumnWidth(ResultValuesModel::Unit, 90);
    m_resultsView->setColumnWidth(ResultValuesModel::Baseline, 100);
    m_resultsView->setColumnWidth(ResultValuesModel::Target, 100);
    m_captureTabs->addTab(m_resultsView, tr("Result indicators"));
    m_captureTabs->setObjectName(u"captureTabs"_s);
    cl->addWidget(m_captureTabs, 1);
    tabs()->addTab(capture, tr("Progress"));

    // --- Dashboard -------------------------------------------------------------------------------
    tabs()->addTab(m_dashboard, tr("Dashboard"));

    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this] { setProgressPeriod(m_year->currentData().toInt(), m_period->currentData().toInt()); });
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { setProgressPeriod(m_year->currentData().toInt(), m_period->currentData().toInt()); });
    connect(m_office, &QComboBox::currentIndexChanged, this,
            [this] { setProgressOffice(m_office->currentData().toLongLong()); });
    connect(m_chooseFile, &QPushButton::clicked, this, &IndicativePlanPage::chooseEvidenceFile);
    connect(m_openEvidence, &QPushButton::clicked, this, &IndicativePlanPage::openEvidence);
    connect(m_captureTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_chooseFile->setVisible(tab == 0);
        m_openEvidence->setVisible(tab == 0);
    });
    m_chooseFile->setEnabled(!document->store().isReadOnly());
    connect(tabs(), &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == DashboardTab && m_dashboardStale) {
            m_dashboardStale = false;
            m_dashboard->refresh();
        }
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &IndicativePlanPage::updatePreview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IndicativePlanPage::updatePreview);
    refresh();
    m_view->setCurrentIndex(m_model->index(0, AnnualTargetsModel::Indicator));
}

void IndicativePlanPage::updatePreview()
{
    const QModelIndex current = m_view->currentIndex();
    const ProductIndicator *ind
        = current.isValid() ? document()->data().indicator(m_model->idAt(current.row())) : nullptr;
    if (!ind) {
        m_preview->setText(tr("Select a goal to see what its accumulation type means for the annual targets."));
        return;
    }
    QString text = accumulationExplanation(ind->accumulation);
    const calc::ConsistencyCheck check = calc::AccumulationRules::standard().checkConsistency(*ind);
    if (check.status == calc::ConsistencyCheck::Status::Inconsistent)
        text += u"\n⚠ "_s + check.explanation;
    else if (check.status == calc::ConsistencyCheck::Status::Consistent)
        text += u"\n✓ "_s
            + tr("The annual targets agree with the four-year goal (%1).").arg(format::number(ind->termTarget));
    else
        text += u"\n"_s + tr("No year is programmed yet.");
    m_preview->setText(text);
}

void IndicativePlanPage::refresh()
{
    fillProgressFilters();
    updatePreview();
    // The dashboard computes four years of eficacia: only when it is shown.
    m_dashboardStale = true;
    if (tabs()->currentIndex() == DashboardTab) {
        m_dashboardStale = false;
        m_dashboard->refresh();
    }
}

void IndicativePlanPage::fillProgressFilters()
{
    const PlanData &d = document()->data();
    const QList<int> years = d.info.term.years();
    if (m_year->count() != years.size() || (m_year->count() && m_year->itemData(0).toInt() != years.first())) {
        const QSignalBlocker block(m_year);
        m_year->clear();
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        // Default: the latest year that has any progress report, else the first.
        int pick = 0;
        for (const ProgressReport &p : d.progress)
            pick = std::max<int>(pick, int(years.indexOf(p.year)));
        m_year->setCurrentIndex(pick);
        m_progress->setPeriod(m_year->currentData().toInt(), m_period->currentData().toInt());
        m_execution->setYear(m_year->currentData().toInt());
    }
    // Quarters only where the entity reports by quarter.
    const bool quarterly = d.info.progressPeriod == ProgressPeriodUnit::Quarterly;
    m_period->setVisible(quarterly);
    m_periodLabel->setVisible(quarterly);
    if (!quarterly && m_period->currentIndex() != 0)
        m_period->setCurrentIndex(0);

    const qint64 current = m_office->currentData().isValid() ? m_office->currentData().toLongLong() : AllOffices;
    const QSignalBlocker block(m_office);
    m_office->clear();
    m_office->addItem(tr("All offices"), AllOffices);
    for (const Office &o : d.offices)
        m_office->addItem(o.name, o.id);
    bool withoutOffice = false;
    for (const ProductIndicator &i : d.indicators)
        withoutOffice = withoutOffice || !i.responsibleOfficeId;
    if (withoutOffice)
        m_office->addItem(tr("Without responsible office"), qint64(0));
    const int i = m_office->findData(current);
    m_office->setCurrentIndex(i >= 0 ? i : 0);
}

void IndicativePlanPage::setProgressPeriod(int year, int period)
{
    const int y = m_year->findData(year);
    if (y >= 0 && y != m_year->currentIndex()) {
        const QSignalBlocker block(m_year);
        m_year->setCurrentIndex(y);
    }
    const int p = m_period->findData(period);
    if (p >= 0 && p != m_period->currentIndex()) {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(p);
    }
    m_progress->setPeriod(year, period);
    m_execution->setYear(year);
}

void IndicativePlanPage::setProgressOffice(qint64 officeId)
{
    const int i = m_office->findData(officeId);
    if (i >= 0 && i != m_office->currentIndex()) {
        const QSignalBlocker block(m_office);
        m_office->setCurrentIndex(i);
    }
    m_progress->setOffice(officeId);
    m_execution->setOffice(officeId);
}

bool IndicativePlanPage::setEvidenceFile(const QString &path)
{
    const QModelIndex current = m_progressView->currentIndex();
    if (!current.isValid() || path.isEmpty())
        return false;
    return m_progress->setData(m_progress->index(current.row(), ProgressModel::EvidenceLink),
                               QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void IndicativePlanPage::chooseEvidenceFile()
{
    const QModelIndex current = m_progressView->currentIndex();
    if (!current.isValid()) {
        emit document()->editFailed(tr("Select the goal in the table first, then choose its evidence file."));
        return;
    }
    const QString start = QFileInfo(document()->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Evidence of the goal"), start);
    if (!path.isEmpty())
        setEvidenceFile(path);
}

void IndicativePlanPage::openEvidence()
{
    const QModelIndex current = m_progressView->currentIndex();
    if (!current.isValid())
        return;
    const QString link = m_progress->index(current.row(), ProgressModel::EvidenceLink).data().toString().trimmed();
    if (link.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(link, QFileInfo(document()->path()).absolutePath(), QUrl::AssumeLocalFile);
    QDesktopServices::openUrl(url);
}

void IndicativePlanPage::showItem(Table table, qint64 id)
{
    if (table == Table::Progress || table == Table::BudgetExecution || table == Table::IndicatorValue) {
        tabs()->setCurrentIndex(ProgressTab);
        m_captureTabs->setCurrentIndex(table == Table::Progress ? 0 : table == Table::BudgetExecution ? 1 : 2);
        if (table == Table::Progress) {
            const int row = m_progress->rowOf(id);
            if (row >= 0)
                m_progressView->setCurrentIndex(m_progress->index(row, ProgressModel::Achieved));
        }
        return;
    }
    tabs()->setCurrentIndex(0);
    if (table == Table::ProductIndicator || table == Table::AnnualTarget) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, AnnualTargetsModel::Indicator));
    }
}

} // namespace planea::ui
