#include "DashboardWidget.h"

#include "Format.h"
#include "catalog/Catalog.h"
#include "charts/ChartWidget.h"
#include "document/PlanDocument.h"
#include "domain/PlanData.h"
#include "models/FollowUpModels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QString pct(const std::optional<double> &v)
{
    return v ? format::percent(*v) : DashboardWidget::tr("—");
}

QString shortName(const QString &name, int max = 22)
{
    return name.size() <= max ? name : name.left(max - 1).trimmed() + u"…"_s;
}

QString chipStyle(const QColor &color)
{
    const QColor c = color.isValid() ? color : QColor(0xC8, 0xC8, 0xC8);
    return u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 10px; font-weight: bold; }"_s.arg(
        c.name(), c.lightness() < 140 ? u"white"_s : u"black"_s);
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// The group of `kind`/`id` in a report (the plan for Kind::Plan), or null.
const calc::GroupEfficacy *findGroup(const calc::EfficacyReport &r, DashboardModel::Kind kind, qint64 id)
{
    const QList<calc::GroupEfficacy> *list = nullptr;
    switch (kind) {
    case DashboardModel::Kind::Plan:
        return &r.plan;
    case DashboardModel::Kind::Line:
        list = &r.lines;
        break;
    case DashboardModel::Kind::Program:
        list = &r.programs;
        break;
    case DashboardModel::Kind::Goal:
        for (qsizetype i = 0; i < r.goals.size() && i < r.indicators.size(); ++i)
            if (r.goals.at(i).indicatorId == id)
                return &r.indicators.at(i);
        return nullptr;
    }
    for (const calc::GroupEfficacy &g : *list)
        if (g.id == id)
            return &g;
    return nullptr;
}

const calc::GoalEfficacy *findGoal(const calc::EfficacyReport &r, qint64 id)
{
    for (const calc::GoalEfficacy &g : r.goals)
        if (g.indicatorId == id)
            return &g;
    return nullptr;
}

} // namespace

DashboardWidget::DashboardWidget(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_year(new QComboBox)
    , m_office(new QComboBox)
    , m_chartKind(new QComboBox)
    , m_method(new QComboBox)
    , m_light(new QLabel)
    , m_summary(new QLabel)
    , m_model(new DashboardModel(this))
    , m_tree(new QTreeView)
    , m_chart(new ChartWidget)
    , m_breadcrumb(new QLabel)
    , m_detailTabs(new QTabWidget)
    , m_history(new QTableWidget)
    , m_flags(new QTableWidget)
{
    setObjectName(u"dashboard"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Year:"));
    yearLabel->setBuddy(m_year);
    m_year->setObjectName(u"dashboardYear"_s);
    auto *officeLabel = new QLabel(tr("Office:"));
    officeLabel->setBuddy(m_office);
    m_office->setObjectName(u"dashboardOffice"_s);
    m_office->setMinimumContentsLength(14);
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *chartLabel = new QLabel(tr("Chart:"));
    chartLabel->setBuddy(m_chartKind);
    m_chartKind->setObjectName(u"dashboardChartKind"_s);
    m_chartKind->addItem(tr("Eficacia by line"), int(ChartKind::ByLine));
    m_chartKind->addItem(tr("Eficacia by sector"), int(ChartKind::BySector));
    m_chartKind->addItem(tr("Eficacia by office"), int(ChartKind::ByOffice));
    m_chartKind->addItem(tr("Eficacia by year"), int(ChartKind::ByYear));
    m_chartKind->addItem(tr("History of the selected item"), int(ChartKind::History));
    auto *methodLabel = new QLabel(tr("Method:"));
    methodLabel->setBuddy(m_method);
    m_method->setObjectName(u"dashboardMethod"_s);
    m_method->addItem(tr("Weighted (ponderaciones)"), int(calc::AggregationMethod::Weighted));
    m_method->addItem(tr("Simple mean of the goals"), int(calc::AggregationMethod::Simple));
    m_method->addItem(tr("Four-year progress, capped per goal"), int(calc::AggregationMethod::FourYearCapped));
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemData(i, calc::methodName(calc::AggregationMethod(m_method->itemData(i).toInt())),
                              Qt::ToolTipRole);
    m_method->setCurrentIndex(m_method->findData(int(calc::planMethod(document->data()))));
    // The page must fit a 1366-pixel laptop at 125 %: the combo shows the start of its choice and
    // the list opens as wide as its longest item.
    m_method->setMinimumContentsLength(18);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addSpacing(12);
    filters->addWidget(officeLabel);
    filters->addWidget(m_office);
    filters->addSpacing(12);
    filters->addWidget(chartLabel);
    filters->addWidget(m_chartKind);
    filters->addStretch();
    layout->addLayout(filters);

    auto *summary = new QHBoxLayout;
    m_light->setObjectName(u"dashboardLight"_s);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_summary->setWordWrap(true);
    summary->addWidget(m_light);
    summary->addWidget(m_summary, 1);
    // The method sits beside the figure it changes (the summary wraps, so the row stays narrow).
    summary->addSpacing(12);
    summary->addWidget(methodLabel);
    summary->addWidget(m_method);
    layout->addLayout(summary);

    auto *splitter = new QSplitter(Qt::Horizontal);
    m_tree->setObjectName(u"dashboardTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DashboardModel::Name, QHeaderView::Stretch);
    for (int c = DashboardModel::Efficacy; c < DashboardModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    splitter->addWidget(m_tree);

    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_chart->setObjectName(u"dashboardChart"_s);
    rl->addWidget(m_chart, 1);
    m_breadcrumb->setObjectName(u"dashboardBreadcrumb"_s);
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setWordWrap(true);
    rl->addWidget(m_breadcrumb);
    m_history->setObjectName(u"dashboardHistory"_s);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->setColumnCount(6);
    m_history->setHorizontalHeaderLabels(
        { tr("Year"), tr("Target"), tr("Achieved"), tr("Eficacia"), tr("Traffic light"), tr("Four-year progress") });
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_flags->setObjectName(u"dashboardFlags"_s);
    m_flags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flags->verticalHeader()->hide();
    m_flags->setColumnCount(4);
    m_flags->setHorizontalHeaderLabels({ tr("Code"), tr("Goal"), tr("Office"), tr("Warning") });
    m_flags->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_flags->setWordWrap(false);
    m_detailTabs->addTab(m_history, tr("History by year"));
    m_detailTabs->addTab(m_flags, tr("Warnings"));
    m_detailTabs->setMinimumHeight(160);
    rl->addWidget(m_detailTabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_reports.size()) {
            m_yearIndex = i;
            rebuild();
        }
    });
    connect(m_office, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_chartKind, &QComboBox::currentIndexChanged, this, &DashboardWidget::updateChart);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        // Remembered in the plan; a read-only plan (a council package) keeps it for the session.
        const Status saved = m_document->setEfficacyMethod(calc::methodCode(method()));
        m_method->setToolTip(
            saved ? calc::methodName(method())
                  : tr("%1 (only for this session: the plan is read-only)").arg(calc::methodName(method())));
        refresh();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DashboardWidget::updateSelection);
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString &link) {
        const QStringList parts = link.split(u':');
        if (parts.size() == 3)
            select(DashboardModel::Kind(parts.at(1).toInt()), parts.at(2).toLongLong());
    });
    connect(m_flags, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_flags->item(row, 0))
            select(DashboardModel::Kind::Goal, item->data(Qt::UserRole).toLongLong());
    });

    refresh();
}

int DashboardWidget::year() const
{
    return m_years.value(m_yearIndex);
}

void DashboardWidget::setYear(int year)
{
    const int i = int(m_years.indexOf(year));
    if (i >= 0)
        m_year->setCurrentIndex(i);
}

void DashboardWidget::setOffice(qint64 officeId)
{
    const int i = m_office->findData(officeId);
    if (i >= 0)
        m_office->setCurrentIndex(i);
}

calc::AggregationMethod DashboardWidget::method() const
{
    return calc::AggregationMethod(m_method->currentData().toInt());
}

void DashboardWidget::setMethod(calc::AggregationMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

void DashboardWidget::setChart(ChartKind kind)
{
    m_chartKind->setCurrentIndex(m_chartKind->findData(int(kind)));
}

void DashboardWidget::fillOffices()
{
    const PlanData &d = m_document->data();
    const qint64 current = m_office->currentData().isValid() ? m_office->currentData().toLongLong() : AllOffices;
    const QSignalBlocker block(m_office);
    m_office->clear();
    m_office->addItem(tr("All offices"), AllOffices);
    bool withoutOffice = false;
    for (const ProductIndicator &i : d.indicators)
        withoutOffice = withoutOffice || !i.responsibleOfficeId;
    for (const Office &o : d.offices)
        m_office->addItem(o.name, o.id);
    if (withoutOffice)
        m_office->addItem(tr("Without responsible office"), qint64(0));
    const int i = m_office->findData(current);
    m_office->setCurrentIndex(i >= 0 ? i : 0);
}

PlanData DashboardWidget::filteredPlan() const
{
    const PlanData &d = m_document->data();
    const qint64 office = m_office->currentData().isValid() ? m_office->currentData().toLongLong() : AllOffices;
    if (office == AllOffices)
        return d;
    PlanData filtered = d;
    filtered.indicators.removeIf(
        [office](const ProductIndicator &i) { return i.responsibleOfficeId.value_or(0) != office; });
    filtered.reindex();
    return filtered;
}

void DashboardWidget::refresh()
{
    fillOffices();
    const QList<int> years = m_document->data().info.term.years();
    if (years != m_years) {
        m_years = years;
        const QSignalBlocker block(m_year);
        m_year->clear();
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        // Default: the latest year with any progress report, else the first.
        int pick = 0;
        for (const ProgressReport &p : m_document->data().progress)
            pick = std::max<int>(pick, int(years.indexOf(p.year)));
        m_yearIndex = pick;
        m_year->setCurrentIndex(pick);
    }
    const PlanData plan = filteredPlan();
    m_reports.clear();
    calc::EfficacyOptions options;
    options.method = method();
    for (int y : std::as_const(m_years))
        m_reports.append(calc::computeEfficacy(plan, y, options));
    if (m_reports.isEmpty())
        m_reports.append(calc::EfficacyReport());
    m_yearIndex = std::clamp(m_yearIndex, 0, int(m_reports.size()) - 1);
    rebuild();
}

void DashboardWidget::rebuild()
{
    // Keep the selected node across a rebuild.
    const QModelIndex current = m_tree->currentIndex();
    const DashboardModel::Kind kind = current.isValid() ? m_model->kindOf(current) : DashboardModel::Kind::Plan;
    const qint64 id = current.isValid() ? m_model->idOf(current) : 0;
    const bool filtered = m_office->currentData().toLongLong() != AllOffices;
    const calc::EfficacyReport &r = report();
    m_model->setReport(m_document->data(), r, filtered);
    m_tree->expand(m_model->planIndex());

    m_light->setText(r.plan.category.name.isEmpty() ? tr("No information") : r.plan.category.name);
    m_light->setStyleSheet(chipStyle(r.plan.category.color));
    m_light->setToolTip(r.plan.category.text);
    QString text = tr("Eficacia %1: <b>%2</b> · four-year progress: <b>%3</b> · goals reported: %4 of %5")
                       .arg(year())
                       .arg(pct(r.plan.efficacy), pct(r.plan.termProgress))
                       .arg(r.plan.goalsReported)
                       .arg(r.plan.goalsProgrammed);
    text += tr(" · method: %1").arg(calc::methodName(r.method).toHtmlEscaped());
    if (r.informationIntegrity)
        text += tr(" (information integrity %1)").arg(format::percent(*r.informationIntegrity));
    if (filtered)
        text += tr(" — only the goals of “%1”").arg(m_office->currentText().toHtmlEscaped());
    m_summary->setText(text);

    updateFlags();
    QModelIndex again = m_model->find(kind, id);
    if (!again.isValid())
        again = m_model->planIndex();
    m_tree->setCurrentIndex(again);
    updateSelection();
}

void DashboardWidget::select(DashboardModel::Kind kind, qint64 id)
{
    const QModelIndex index = m_model->find(kind, id);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_detailTabs->setCurrentWidget(m_history);
}

QString DashboardWidget::breadcrumbText() const
{
    return m_breadcrumb->text().remove(QRegularExpression(u"<[^>]*>"_s));
}

void DashboardWidget::updateSelection()
{
    QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        index = m_model->planIndex();
    index = index.siblingAtColumn(0);
    const DashboardModel::Kind kind = m_model->kindOf(index);
    const qint64 id = m_model->idOf(index);

    // Breadcrumb: plan › line › program › goal, each a link back up.
    QStringList crumbs;
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        const QString name = shortName(i.data().toString(), 48).toHtmlEscaped();
        if (i == index)
            crumbs.prepend(u"<b>%1</b>"_s.arg(name));
        else
            crumbs.prepend(
                u"<a href=\"node:%1:%2\">%3</a>"_s.arg(int(m_model->kindOf(i))).arg(m_model->idOf(i)).arg(name));
    }
    m_breadcrumb->setText(crumbs.join(u" › "_s));

    // History by year of the selected item.
    m_history->setRowCount(int(m_reports.size()));
    for (int row = 0; row < m_reports.size(); ++row) {
        const calc::EfficacyReport &r = m_reports.at(row);
        const calc::GroupEfficacy *g = findGroup(r, kind, id);
        QString target = tr("—"), achieved = tr("—");
        if (kind == DashboardModel::Kind::Goal) {
            if (const calc::GoalEfficacy *goal = findGoal(r, id)) {
                target = goal->programmed ? format::number(goal->target) : tr("NP");
                achieved
                    = goal->reported ? format::number(goal->achieved) : (goal->programmed ? tr("no report") : tr("—"));
            }
        }
        m_history->setItem(row, 0, cell(QString::number(r.year)));
        m_history->setItem(row, 1, cell(target, true));
        m_history->setItem(row, 2, cell(achieved, true));
        m_history->setItem(row, 3, cell(g ? pct(g->efficacy) : tr("—"), true));
        auto *light = cell(g && g->category.hasInformation ? g->category.name : tr("No information"));
        if (g && g->category.color.isValid()) {
            light->setBackground(g->category.color);
            light->setForeground(g->category.color.lightness() < 140 ? Qt::white : Qt::black);
            light->setToolTip(g->category.text);
        }
        m_history->setItem(row, 4, light);
        m_history->setItem(row, 5, cell(g ? pct(g->termProgress) : tr("—"), true));
    }
    // Redrawn every time: a change of year or method changes every chart, not only the history.
    updateChart();
}

void DashboardWidget::updateChart()
{
    const calc::EfficacyReport &r = report();
    const auto kind = ChartKind(m_chartKind->currentData().toInt());
    auto bars = [&](const QString &title, const QList<calc::GroupEfficacy> &groups,
                    const std::function<QString(const calc::GroupEfficacy &)> &label) {
        QStringList categories;
        ChartWidget::Series efficacy { tr("Eficacia %1 (%)").arg(r.year), {} };
        ChartWidget::Series progress { tr("Four-year progress (%)"), {} };
        for (const calc::GroupEfficacy &g : groups) {
            if (g.goalsProgrammed == 0 && !g.termProgress)
                continue;
            categories.append(label(g));
            efficacy.values.append(g.efficacy);
            progress.values.append(g.termProgress);
        }
        if (categories.isEmpty()) {
            m_chart->showMessage(tr("No goal is programmed in %1 for this selection.").arg(r.year));
            return;
        }
        // Every chart names the method its eficacia was aggregated with.
        m_chart->showBars(tr("%1 — %2").arg(title, calc::methodName(r.method)), categories, { efficacy, progress },
                          false);
    };
    switch (kind) {
    case ChartKind::ByLine: {
        int n = 0;
        bars(tr("Eficacia and four-year progress by strategic line, %1").arg(r.year), r.lines,
             [&n](const calc::GroupEfficacy &g) { return tr("%1. %2").arg(++n).arg(shortName(g.name, 18)); });
        break;
    }
    case ChartKind::BySector: {
        const Catalog *catalog = m_document->catalog();
        bars(tr("Eficacia and four-year progress by sector, %1").arg(r.year), r.sectors,
             [catalog](const calc::GroupEfficacy &g) {
                 const CatalogSector *s = catalog ? catalog->sector(g.code) : nullptr;
                 return shortName(s ? s->name : (g.name.isEmpty() ? g.code : g.name), 18);
             });
        break;
    }
    case ChartKind::ByOffice:
        bars(tr("Eficacia and four-year progress by office, %1").arg(r.year), r.offices,
             [](const calc::GroupEfficacy &g) {
                 return shortName(g.name.isEmpty() ? tr("Without office") : g.name, 18);
             });
        break;
    case ChartKind::ByYear: {
        QStringList categories;
        ChartWidget::Series plan { tr("Whole plan"), {} };
        QList<ChartWidget::Series> lines;
        for (const calc::GroupEfficacy &l : r.lines)
            lines.append({ shortName(l.name, 24), {} });
        for (const calc::EfficacyReport &y : m_reports) {
            categories.append(QString::number(y.year));
            plan.values.append(y.plan.efficacy);
            for (int i = 0; i < lines.size(); ++i) {
                const calc::GroupEfficacy *g = findGroup(y, DashboardModel::Kind::Line, r.lines.at(i).id);
                lines[i].values.append(g ? g->efficacy : std::nullopt);
            }
        }
        m_chart->showLines(tr("Eficacia by year — %1").arg(calc::methodName(r.method)), categories,
                           QList<ChartWidget::Series> { plan } + lines, u"%"_s);
        break;
    }
    case ChartKind::History: {
        const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
        const DashboardModel::Kind k = m_model->kindOf(index);
        const qint64 id = m_model->idOf(index);
        QStringList categories;
        ChartWidget::Series efficacy { tr("Eficacia of the year (%)"), {} };
        ChartWidget::Series progress { tr("Four-year progress (%)"), {} };
        for (const calc::EfficacyReport &y : m_reports) {
            const calc::GroupEfficacy *g = findGroup(y, k, id);
            categories.append(QString::number(y.year));
            efficacy.values.append(g ? g->efficacy : std::nullopt);
            progress.values.append(g ? g->termProgress : std::nullopt);
        }
        m_chart->showLines(shortName(index.data().toString(), 70), categories, { efficacy, progress }, u"%"_s);
        break;
    }
    }
}

void DashboardWidget::updateFlags()
{
    const calc::EfficacyReport &r = report();
    const PlanData &d = m_document->data();
    struct Row
    {
        const calc::GoalEfficacy *goal;
        QString text;
    };
    QList<Row> rows;
    for (const calc::GoalEfficacy &g : r.goals) {
        if (g.programmed && !g.reported)
            rows.append({ &g, tr("No report") });
        if (g.moneyWithoutProgress)
            rows.append({ &g, tr("Money spent, no progress") });
        if (g.progressWithoutMoney)
            rows.append({ &g, tr("Progress, no money committed") });
    }
    m_flags->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const calc::GoalEfficacy &g = *rows.at(i).goal;
        auto *code = cell(g.code);
        code->setData(Qt::UserRole, g.indicatorId);
        m_flags->setItem(i, 0, code);
        m_flags->setItem(i, 1, cell(g.name));
        QString office;
        if (const ProductIndicator *ind = d.indicator(g.indicatorId); ind && ind->responsibleOfficeId)
            if (const Office *o = d.office(*ind->responsibleOfficeId))
                office = o->name;
        m_flags->setItem(i, 2, cell(office));
        auto *warning = cell(rows.at(i).text);
        warning->setForeground(QColor(0xA0, 0x30, 0x20));
        m_flags->setItem(i, 3, warning);
    }
    m_flags->resizeColumnToContents(0);
    m_flags->resizeColumnToContents(2);
    m_flags->resizeColumnToContents(3);
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_flags), tr("Warnings (%1)").arg(rows.size()));
}

} // namespace planea::ui
