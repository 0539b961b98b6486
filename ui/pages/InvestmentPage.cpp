#include "InvestmentPage.h"

#include "Format.h"
#include "FundingSources.h"
#include "calc/InvestmentTotals.h"
#include "charts/ChartWidget.h"
#include "document/PlanDocument.h"
#include "models/InvestmentGridModel.h"
#include "widgets/GridView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QTableWidgetItem *moneyItem(Money m, bool bold = false)
{
    auto *item = new QTableWidgetItem(format::money(m));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

} // namespace

InvestmentPage::InvestmentPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 5, parent)
    , m_grid(new InvestmentGridModel(document, this))
    , m_gridView(new GridView)
    , m_products(new QComboBox)
    , m_summary(new QLabel)
    , m_totals(new QTableWidget)
    , m_byLine(new QTableWidget)
    , m_chart(new ChartWidget)
{
    setHelp(tr("The multi-year investment plan spreads the cost of each product over the four years and over the "
               "sources that will pay for it (own resources, SGP, credit, co-financing…). Type the amounts or paste "
               "a block copied from Excel. Each product's plan must add up to its cost, and each source must stay "
               "within the financial projection."));
    auto *perProduct = new QWidget;
    auto *layout = new QVBoxLayout(perProduct);
    auto *chooser = new QHBoxLayout;
    auto *label = new QLabel(tr("Product:"));
    m_products->setObjectName(u"productChooser"_s);
    m_products->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_products->setMinimumContentsLength(40);
    label->setBuddy(m_products);
    chooser->addWidget(label);
    chooser->addWidget(m_products, 1);
    layout->addLayout(chooser);
    m_gridView->setObjectName(u"investmentGrid"_s);
    m_gridView->setModel(m_grid);
    m_gridView->setAlternatingRowColors(false);
    // Source names give way (elided, whole in the tooltip) before the money does: a peso figure
    // cut to "$ 16.000.0…" is useless, on a laptop at 125 % too.
    m_gridView->verticalHeader()->setMinimumWidth(180);
    m_gridView->installEventFilter(this); // the source names' width follows the grid's (eventFilter)
    m_gridView->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_gridView->horizontalHeader()->setMinimumSectionSize(
        m_gridView->fontMetrics().horizontalAdvance(u"$ 999.999.999"_s) + 16);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_gridView, 1);
    m_summary->setObjectName(u"productSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    tabs()->addTab(perProduct, tr("By product"));

    auto *totals = new QSplitter(Qt::Vertical);
    m_totals->setObjectName(u"totalsTable"_s);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setAlternatingRowColors(true);
    m_byLine->setObjectName(u"totalsByLine"_s);
    m_byLine->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byLine->setAlternatingRowColors(true);
    m_chart->setObjectName(u"investmentChart"_s);
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_totals);
    top->addWidget(m_byLine);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    totals->addWidget(top);
    totals->addWidget(m_chart);
    tabs()->addTab(totals, tr("Totals by source and year"));

    connect(m_gridView, &GridView::pasteRequested, m_grid,
            [this](const QModelIndex &at, const QString &text) { m_grid->pasteBlock(at, text); });
    connect(m_products, &QComboBox::currentIndexChanged, this, &InvestmentPage::onProductChosen);
    fillProducts();
    refresh();
}

void InvestmentPage::fillProducts()
{
    const qint64 current = m_products->currentData().toLongLong();
    const QSignalBlocker block(m_products);
    m_products->clear();
    const PlanData &d = document()->data();
    for (const StrategicLine &l : d.lines)
        for (const BudgetProgram *p : d.programsOf(l.id))
            for (const Product *pr : d.productsOf(p->id))
                m_products->addItem(tr("%1 — %2").arg(pr->code, pr->name), pr->id);
    const int index = m_products->findData(current);
    m_products->setCurrentIndex(index >= 0 ? index : (m_products->count() ? 0 : -1));
    if (m_grid->productId() != m_products->currentData().toLongLong())
        onProductChosen();
}

void InvestmentPage::onProductChosen()
{
    m_grid->setProduct(m_products->currentData().toLongLong());
    m_gridView->setCurrentIndex(m_grid->index(0, 0));
    refreshProductSummary();
}

void InvestmentPage::selectProduct(qint64 productId)
{
    const int index = m_products->findData(productId);
    if (index >= 0)
        m_products->setCurrentIndex(index);
}

void InvestmentPage::refreshProductSummary()
{
    const PlanData &d = document()->data();
    const Product *p = d.product(m_grid->productId());
    if (!p) {
        m_summary->setText(tr("The plan has no products yet. Add them in the strategic plan (module 4)."));
        return;
    }
    const Money planned = m_grid->productTotal();
    if (planned == p->cost) {
        m_summary->setText(tr("Planned %1, equal to the product's cost.").arg(format::money(planned)));
        m_summary->setStyleSheet(u"color: #2E7D32;"_s);
    } else {
        const Money diff = p->cost - planned;
        m_summary->setText(diff > 0 ? tr("Planned %1 of a cost of %2: %3 still to program.")
                                          .arg(format::money(planned), format::money(p->cost), format::money(diff))
                                    : tr("Planned %1, which is %3 more than the cost of %2.")
                                          .arg(format::money(planned), format::money(p->cost), format::money(-diff)));
        m_summary->setStyleSheet(u"color: #B03A2E;"_s);
    }
}

void InvestmentPage::refresh()
{
    if (m_products->count() != int(document()->data().products.size()))
        fillProducts();
    refreshProductSummary();
    refreshTotals();
}

void InvestmentPage::refreshTotals()
{
    const PlanData &d = document()->data();
    const calc::InvestmentTotals totals = calc::computeInvestmentTotals(d);
    const QList<int> years = d.info.term.years();
    QList<FundingSourceItem> sources;
    for (const FundingSourceItem &s : fundingSourcesFor(*document())) {
        if (totals.source(s.code) != 0)
            sources.append(s);
    }
    m_totals->clear();
    m_totals->setColumnCount(int(years.size()) + 2);
    QStringList headers { tr("Source") };
    for (int y : years)
        headers.append(QString::number(y));
    headers.append(tr("Total"));
    m_totals->setHorizontalHeaderLabels(headers);
    m_totals->setRowCount(int(sources.size()) + 1);
    m_totals->verticalHeader()->hide();
    for (int r = 0; r < sources.size(); ++r) {
        m_totals->setItem(r, 0, new QTableWidgetItem(sources.at(r).name));
        for (int c = 0; c < years.size(); ++c) {
            const Money m = totals.sourceYear(sources.at(r).code, years.at(c));
            auto *item = moneyItem(m);
            for (const calc::EnvelopeRow &e : totals.envelope) {
                if (e.sourceCode == sources.at(r).code && e.year == years.at(c) && e.exceeds()) {
                    item->setForeground(QColor(0xB0, 0x3A, 0x2E));
                    item->setToolTip(tr("Exceeds the projection of %1").arg(format::money(*e.projected)));
                }
            }
            m_totals->setItem(r, c + 1, item);
        }
        m_totals->setItem(r, int(years.size()) + 1, moneyItem(totals.source(sources.at(r).code), true));
    }
    const int last = int(sources.size());
    auto *totalLabel = new QTableWidgetItem(tr("Total"));
    QFont bold = totalLabel->font();
    bold.setBold(true);
    totalLabel->setFont(bold);
    m_totals->setItem(last, 0, totalLabel);
    for (int c = 0; c < years.size(); ++c)
        m_totals->setItem(last, c + 1, moneyItem(totals.year(years.at(c)), true));
    m_totals->setItem(last, int(years.size()) + 1, moneyItem(totals.grandTotal, true));
    m_totals->setColumnWidth(0, 230);
    for (int c = 1; c < m_totals->columnCount(); ++c)
        m_totals->setColumnWidth(c, 125);

    m_byLine->clear();
    m_byLine->setColumnCount(2);
    m_byLine->setHorizontalHeaderLabels({ tr("Strategic line"), tr("Total") });
    m_byLine->verticalHeader()->hide();
    m_byLine->setRowCount(int(d.lines.size()));
    for (int r = 0; r < d.lines.size(); ++r) {
        m_byLine->setItem(r, 0, new QTableWidgetItem(d.lines.at(r).name));
        m_byLine->setItem(r, 1, moneyItem(totals.line(d.lines.at(r).id)));
    }
    m_byLine->setColumnWidth(0, 240);
    m_byLine->horizontalHeader()->setStretchLastSection(true);

    QStringList categories;
    ChartWidget::Series planned { tr("Investment plan"), {} };
    ChartWidget::Series projected { tr("Financial projection"), {} };
    for (int y : years) {
        categories.append(QString::number(y));
        planned.values.append(double(totals.year(y)));
        Money p = 0;
        for (const FinancialRecord &f : d.financialRecords)
            if (f.year == y && f.kind == FinancialRecordKind::Projection)
                p += f.amount;
        projected.values.append(double(p));
    }
    QList<ChartWidget::Series> series { planned };
    if (totals.hasProjection)
        series.append(projected);
    m_chart->showBars(tr("Investment by year"), categories, series, true);
}

void InvestmentPage::showItem(Table table, qint64 id)
{
    if (table == Table::Product || table == Table::Investment) {
        tabs()->setCurrentIndex(0);
        selectProduct(id);
    } else {
        tabs()->setCurrentIndex(1);
    }
}

bool InvestmentPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gridView && event->type() == QEvent::Resize) {
        // Source names take what the money columns leave at their minimum width, never less than
        // 180 points: whole names on a wide screen, elided ones on a laptop at 125 %.
        QHeaderView *money = m_gridView->horizontalHeader();
        const int room = m_gridView->width() - money->count() * money->minimumSectionSize()
            - 2 * m_gridView->frameWidth() - m_gridView->verticalScrollBar()->sizeHint().width();
        m_gridView->verticalHeader()->setMaximumWidth(std::max(180, room));
    }
    return ModulePage::eventFilter(watched, event);
}

} // namespace planea::ui
