#include "IndicativePlanPage.h"

#include "Format.h"
#include "PlanDocument.h"
#include "calc/AccumulationRules.h"
#include "calc/Efficacy.h"
#include "models/AnnualTargetsModel.h"
#include "widgets/GridView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
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
    , m_year(new QComboBox)
    , m_efficacy(new QTableWidget)
    , m_planEfficacy(new QLabel)
{
    setHelp(tr("The Plan Indicativo spreads each four-year goal over the years of the term, says which office is "
               "responsible and how much each goal weighs. Write the target of each year, or NP when a goal is not "
               "programmed that year. Later, in Follow-up, the reported progress gives the eficacia of each line."));
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

    auto *followUp = new QWidget;
    auto *fl = new QVBoxLayout(followUp);
    auto *row = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Year:"));
    m_year->setObjectName(u"followUpYear"_s);
    yearLabel->setBuddy(m_year);
    row->addWidget(yearLabel);
    row->addWidget(m_year);
    row->addSpacing(20);
    m_planEfficacy->setObjectName(u"planEfficacy"_s);
    row->addWidget(m_planEfficacy, 1);
    fl->addLayout(row);
    m_efficacy->setObjectName(u"efficacyTable"_s);
    m_efficacy->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_efficacy->verticalHeader()->hide();
    m_efficacy->setAlternatingRowColors(true);
    fl->addWidget(m_efficacy, 1);
    auto *later = new QLabel(tr("Progress is entered per goal and year; the dashboard for the planning council and "
                                "the council will be shown here."));
    later->setWordWrap(true);
    later->setStyleSheet(u"color: #5A6B7B;"_s);
    fl->addWidget(later);
    tabs()->addTab(followUp, tr("Follow-up"));

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &IndicativePlanPage::updatePreview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IndicativePlanPage::updatePreview);
    connect(m_year, &QComboBox::currentIndexChanged, this, &IndicativePlanPage::refreshFollowUp);
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
    const QList<int> years = document()->data().info.term.years();
    if (m_year->count() != years.size() || (m_year->count() && m_year->itemData(0).toInt() != years.first())) {
        const QSignalBlocker block(m_year);
        m_year->clear();
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        // Default: the latest year that has any progress report, else the first.
        int pick = 0;
        for (const ProgressReport &p : document()->data().progress)
            pick = std::max<int>(pick, int(years.indexOf(p.year)));
        m_year->setCurrentIndex(pick);
    }
    updatePreview();
    refreshFollowUp();
}

void IndicativePlanPage::refreshFollowUp()
{
    const int year = m_year->currentData().toInt();
    if (!year)
        return;
    const calc::EfficacyReport report = calc::computeEfficacy(document()->data(), year);
    auto pct = [](const std::optional<double> &v) { return v ? format::percent(*v) : tr("—"); };
    m_planEfficacy->setText(
        tr("Plan eficacia %1: %2 — %3").arg(year).arg(pct(report.plan.efficacy), report.plan.category.name));
    m_efficacy->clear();
    m_efficacy->setColumnCount(6);
    m_efficacy->setHorizontalHeaderLabels({ tr("Strategic line"), tr("Eficacia of the year"), tr("Four-year progress"),
                                            tr("Category"), tr("Goals programmed"), tr("Without report") });
    m_efficacy->setRowCount(int(report.lines.size()));
    for (int r = 0; r < report.lines.size(); ++r) {
        const calc::GroupEfficacy &g = report.lines.at(r);
        const QStringList cells { g.name,
                                  pct(g.efficacy),
                                  pct(g.termProgress),
                                  g.category.name,
                                  QString::number(g.goalsProgrammed),
                                  QString::number(g.goalsWithoutReport) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0 && c != 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 3 && g.category.color.isValid()) {
                item->setBackground(g.category.color);
                item->setForeground(g.category.color.lightness() < 140 ? Qt::white : Qt::black);
                item->setToolTip(g.category.text);
            }
            m_efficacy->setItem(r, c, item);
        }
    }
    m_efficacy->setColumnWidth(0, 300);
    for (int c = 1; c < 6; ++c)
        m_efficacy->setColumnWidth(c, 140);
}

void IndicativePlanPage::showItem(Table table, qint64 id)
{
    if (table == Table::Progress || table == Table::BudgetExecution) {
        tabs()->setCurrentIndex(1);
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
