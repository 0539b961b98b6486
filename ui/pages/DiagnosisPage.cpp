#include "DiagnosisPage.h"

#include "Format.h"
#include "FundingSources.h"
#include "PlanDocument.h"
#include "charts/ChartWidget.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>

#include <set>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QTableWidget *readOnlyTable(const QString &name)
{
    auto *t = new QTableWidget;
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *rightAligned(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DiagnosisPage::DiagnosisPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 3, parent)
    , m_indicators(readOnlyTable(u"wellbeingTable"_s))
    , m_indicatorChart(new ChartWidget)
    , m_problems(readOnlyTable(u"problemsTable"_s))
    , m_finance(readOnlyTable(u"financeTable"_s))
    , m_financeChart(new ChartWidget)
{
    setHelp(tr("The diagnosis tells where the municipality stands today. Welfare indicators (for example the "
               "youth unemployment rate) show the trend by year; problems record causes and effects; the financial "
               "diagnosis shows what the municipality has received and what it expects to receive in the four "
               "years: that projection is the ceiling of the investment plan."));
    auto *indicatorSplit = new QSplitter(Qt::Vertical);
    indicatorSplit->addWidget(m_indicators);
    indicatorSplit->addWidget(m_indicatorChart);
    indicatorSplit->setStretchFactor(0, 1);
    indicatorSplit->setStretchFactor(1, 1);
    m_indicatorChart->setObjectName(u"wellbeingChart"_s);
    tabs()->addTab(indicatorSplit, tr("Welfare indicators"));
    tabs()->addTab(m_problems, tr("Problems"));
    auto *financeSplit = new QSplitter(Qt::Vertical);
    financeSplit->addWidget(m_finance);
    financeSplit->addWidget(m_financeChart);
    m_financeChart->setObjectName(u"financeChart"_s);
    tabs()->addTab(financeSplit, tr("Financial diagnosis"));
    connect(m_indicators, &QTableWidget::itemSelectionChanged, this, &DiagnosisPage::showIndicatorChart);
    refresh();
}

void DiagnosisPage::refresh()
{
    refreshIndicators();
    refreshProblems();
    refreshFinance();
}

void DiagnosisPage::refreshIndicators()
{
    const PlanData &d = document()->data();
    std::set<int> years;
    for (const WellbeingIndicator &w : d.wellbeingIndicators)
        for (const IndicatorValue &v : w.values)
            years.insert(v.year);
    m_indicatorYears = QList<int>(years.begin(), years.end());
    const int currentRow = m_indicators->currentRow();
    QStringList headers { tr("Indicator"), tr("Unit"), tr("Line") };
    for (int y : m_indicatorYears)
        headers.append(QString::number(y));
    headers.append({ tr("Baseline"), tr("Target 4 years"), tr("Source") });
    m_indicators->clear();
    m_indicators->setColumnCount(int(headers.size()));
    m_indicators->setHorizontalHeaderLabels(headers);
    m_indicators->setRowCount(int(d.wellbeingIndicators.size()));
    for (int r = 0; r < d.wellbeingIndicators.size(); ++r) {
        const WellbeingIndicator &w = d.wellbeingIndicators.at(r);
        int c = 0;
        auto *name = new QTableWidgetItem(w.name);
        name->setData(Qt::UserRole, w.id);
        if (w.isOwn)
            name->setToolTip(tr("Own indicator — pending validation"));
        m_indicators->setItem(r, c++, name);
        m_indicators->setItem(r, c++, new QTableWidgetItem(w.unit));
        const StrategicLine *line = w.lineId ? d.line(*w.lineId) : nullptr;
        m_indicators->setItem(r, c++, new QTableWidgetItem(line ? line->name : QString()));
        for (int y : m_indicatorYears) {
            QString text;
            for (const IndicatorValue &v : w.values)
                if (v.year == y)
                    text = format::number(v.value);
            m_indicators->setItem(r, c++, rightAligned(text));
        }
        m_indicators->setItem(r, c++, rightAligned(format::number(w.baseline)));
        m_indicators->setItem(r, c++, rightAligned(format::number(w.target)));
        m_indicators->setItem(r, c++, new QTableWidgetItem(w.source));
    }
    m_indicators->setColumnWidth(0, 300);
    m_indicators->setColumnWidth(1, 115);
    m_indicators->setColumnWidth(2, 160);
    for (int i = 0; i < m_indicatorYears.size(); ++i)
        m_indicators->setColumnWidth(3 + i, 70);
    if (d.wellbeingIndicators.isEmpty()) {
        m_indicatorChart->showMessage(tr("No welfare indicators yet"));
        return;
    }
    m_indicators->selectRow(std::clamp(currentRow, 0, int(d.wellbeingIndicators.size()) - 1));
    showIndicatorChart();
}

void DiagnosisPage::showIndicatorChart()
{
    const int row = m_indicators->currentRow();
    const PlanData &d = document()->data();
    if (row < 0 || row >= d.wellbeingIndicators.size())
        return;
    const WellbeingIndicator &w = d.wellbeingIndicators.at(row);
    QStringList categories;
    ChartWidget::Series values { w.name, {} };
    for (int y : m_indicatorYears) {
        categories.append(QString::number(y));
        std::optional<double> v;
        for (const IndicatorValue &iv : w.values)
            if (iv.year == y)
                v = iv.value;
        values.values.append(v);
    }
    m_indicatorChart->showLines(w.name, categories, { values }, w.unit);
}

void DiagnosisPage::refreshProblems()
{
    const PlanData &d = document()->data();
    m_problems->clear();
    m_problems->setColumnCount(6);
    m_problems->setHorizontalHeaderLabels(
        { tr("Line"), tr("Problem"), tr("Causes"), tr("Effects"), tr("Affected population"), tr("Location") });
    m_problems->setRowCount(int(d.problems.size()));
    m_problems->setWordWrap(true);
    for (int r = 0; r < d.problems.size(); ++r) {
        const ProblemAnalysis &p = d.problems.at(r);
        const StrategicLine *line = p.lineId ? d.line(*p.lineId) : nullptr;
        const QStringList cells { line ? line->name : QString(), p.problem, p.causes, p.effects,
                                  p.affectedPopulation,          p.location };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_problems->setItem(r, c, item);
        }
    }
    m_problems->setColumnWidth(0, 150);
    m_problems->setColumnWidth(1, 280);
    m_problems->setColumnWidth(2, 240);
    m_problems->setColumnWidth(3, 220);
    m_problems->setColumnWidth(4, 150);
    m_problems->resizeRowsToContents();
}

void DiagnosisPage::refreshFinance()
{
    const PlanData &d = document()->data();
    std::set<int> yearSet;
    for (const FinancialRecord &f : d.financialRecords)
        yearSet.insert(f.year);
    const QList<int> years(yearSet.begin(), yearSet.end());
    QStringList headers { tr("Source") };
    for (int y : years) {
        const bool projected = d.info.term.contains(y);
        headers.append(projected ? tr("%1 (projected)").arg(y) : QString::number(y));
    }
    m_finance->clear();
    m_finance->setColumnCount(int(headers.size()));
    m_finance->setHorizontalHeaderLabels(headers);
    QList<FundingSourceItem> sources;
    for (const FundingSourceItem &s : fundingSourcesFor(*document())) {
        for (const FinancialRecord &f : d.financialRecords) {
            if (f.sourceCode == s.code) {
                sources.append(s);
                break;
            }
        }
    }
    m_finance->setRowCount(int(sources.size()) + 1);
    QList<std::optional<double>> totals(years.size(), 0.0);
    for (int r = 0; r < sources.size(); ++r) {
        m_finance->setItem(r, 0, new QTableWidgetItem(sources.at(r).name));
        for (int c = 0; c < years.size(); ++c) {
            Money sum = 0;
            for (const FinancialRecord &f : d.financialRecords)
                if (f.sourceCode == sources.at(r).code && f.year == years.at(c))
                    sum += f.amount;
            *totals[c] += double(sum);
            m_finance->setItem(r, c + 1, rightAligned(sum ? format::money(sum) : QString()));
        }
    }
    auto *totalItem = new QTableWidgetItem(tr("Total"));
    QFont bold = totalItem->font();
    bold.setBold(true);
    totalItem->setFont(bold);
    m_finance->setItem(int(sources.size()), 0, totalItem);
    for (int c = 0; c < years.size(); ++c) {
        auto *item = rightAligned(format::money(Money(*totals.at(c))));
        item->setFont(bold);
        m_finance->setItem(int(sources.size()), c + 1, item);
    }
    m_finance->setColumnWidth(0, 280);
    for (int c = 0; c < years.size(); ++c)
        m_finance->setColumnWidth(c + 1, 150);
    if (years.isEmpty()) {
        m_financeChart->showMessage(tr("No financial history or projection yet"));
        return;
    }
    QStringList categories;
    for (int y : years)
        categories.append(QString::number(y));
    m_financeChart->showBars(tr("Revenue by year (history and projection)"), categories,
                             { { tr("Total revenue"), totals } }, true);
}

void DiagnosisPage::showItem(Table table, qint64 id)
{
    if (table == Table::WellbeingIndicator || table == Table::IndicatorValue) {
        tabs()->setCurrentIndex(0);
        for (int r = 0; r < m_indicators->rowCount(); ++r) {
            if (m_indicators->item(r, 0) && m_indicators->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                m_indicators->selectRow(r);
        }
    } else if (table == Table::Problem) {
        tabs()->setCurrentIndex(1);
    } else if (table == Table::FinancialRecord) {
        tabs()->setCurrentIndex(2);
    }
}

} // namespace planea::ui
