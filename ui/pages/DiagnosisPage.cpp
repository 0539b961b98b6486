#include "DiagnosisPage.h"

#include "Format.h"
#include "FundingSources.h"
#include "catalog/Catalog.h"
#include "charts/ChartWidget.h"
#include "document/PlanDocument.h"
#include "models/DiagnosisModels.h"
#include "models/WellbeingModel.h"
#include "widgets/CatalogSearchDialog.h"
#include "widgets/ChoiceDelegate.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

/// Keeps the indicators matching the chosen line, sector, ODS and PND (an invalid filter
/// matches all).
class IndicatorFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(int column, const QVariant &value)
    {
        m_filters[column] = value;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
            if (!it.value().isValid())
                continue;
            const QVariant raw = sourceModel()->index(row, it.key(), parent).data(RecordTableModel::RawValueRole);
            if (raw.isNull() || raw.toString() != it.value().toString())
                return false;
        }
        return true;
    }

private:
    QHash<int, QVariant> m_filters;
};

QTableView *editableTable(const QString &name, QAbstractItemModel *model)
{
    auto *v = new QTableView;
    v->setObjectName(name);
    v->setModel(model);
    v->setItemDelegate(new ChoiceDelegate(v));
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setWordWrap(true);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed);
    return v;
}

QTableWidgetItem *rightAligned(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QPushButton *button(const QString &text, const QString &name, const QString &tip = {})
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    if (!tip.isEmpty())
        b->setToolTip(tip);
    return b;
}

} // namespace

DiagnosisPage::DiagnosisPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 3, parent)
{
    setHelp(tr("The diagnosis tells where the municipality stands today. Welfare indicators (for example the "
               "youth unemployment rate) show the trend by year; the characterisation records what the team knows "
               "about the population, the transition report, land-use instruments, special classifications, "
               "competencies and resources; problems record causes and effects; the financial diagnosis shows what "
               "the municipality has received and what it expects to receive in the four years: that projection is "
               "the ceiling of the investment plan."));
    tabs()->addTab(buildIndicatorsTab(), tr("Welfare indicators"));
    tabs()->addTab(buildCharacterizationTab(), tr("Characterisation"));
    tabs()->addTab(buildProblemsTab(), tr("Problems"));
    tabs()->addTab(buildFinanceTab(), tr("Financial diagnosis"));
    refresh();
}

// --- Welfare indicators ---------------------------------------------------------------------

QWidget *DiagnosisPage::buildIndicatorsTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *filters = new QHBoxLayout;
    m_lineFilter = new QComboBox;
    m_lineFilter->setObjectName(u"lineFilter"_s);
    m_sectorFilter = new QComboBox;
    m_sectorFilter->setObjectName(u"sectorFilter"_s);
    m_sdgFilter = new QComboBox;
    m_sdgFilter->setObjectName(u"sdgFilter"_s);
    m_pndFilter = new QComboBox;
    m_pndFilter->setObjectName(u"pndFilter"_s);
    const QList<std::pair<QString, QComboBox *>> combos { { tr("&Line:"), m_lineFilter },
                                                          { tr("&Sector:"), m_sectorFilter },
                                                          { tr("S&DG:"), m_sdgFilter },
                                                          { tr("&PND:"), m_pndFilter } };
    for (const auto &[label, combo] : combos) {
        auto *l = new QLabel(label);
        l->setBuddy(combo);
        combo->setMinimumContentsLength(8);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filters->addWidget(l);
        filters->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &DiagnosisPage::applyFilters);
    }
    layout->addLayout(filters);

    m_indicatorModel = new WellbeingModel(document(), WellbeingModel::Mode::Diagnosis, this);
    m_proxy = new IndicatorFilter(this);
    m_proxy->setSourceModel(m_indicatorModel);
    m_indicatorView = editableTable(u"wellbeingTable"_s, m_proxy);
    m_indicatorView->setColumnWidth(WellbeingModel::DName, 300);
    m_indicatorView->setColumnWidth(WellbeingModel::DUnit, 110);
    m_indicatorView->setColumnWidth(WellbeingModel::DLine, 150);
    m_indicatorView->setColumnWidth(WellbeingModel::DSector, 130);
    m_indicatorView->setColumnWidth(WellbeingModel::DSdg, 110);
    m_indicatorView->setColumnWidth(WellbeingModel::DPnd, 110);
    m_indicatorView->setColumnWidth(WellbeingModel::DDirection, 100);

    auto *buttons = new QHBoxLayout;
    auto *fromCatalog = button(tr("Add from the catalog…"), u"addWellbeingFromCatalog"_s,
                               tr("Search the list of welfare indicators by words."));
    auto *own = button(tr("Add own indicator…"), u"addOwnWellbeing"_s,
                       tr("An indicator the entity measures itself, outside the catalog; it is marked «own»."));
    auto *remove = button(tr("Remove indicator"), u"removeWellbeing"_s,
                          tr("Removes the selected indicator and its values by year (Ctrl+Z undoes it)."));
    for (auto *b : { fromCatalog, own, remove })
        buttons->addWidget(b);
    buttons->addStretch();
    connect(fromCatalog, &QPushButton::clicked, this, &DiagnosisPage::addIndicatorFromCatalog);
    connect(own, &QPushButton::clicked, this, &DiagnosisPage::addOwnIndicator);
    connect(remove, &QPushButton::clicked, this, &DiagnosisPage::removeIndicator);
    fromCatalog->setEnabled(document()->catalog() && !document()->store().isReadOnly());
    own->setEnabled(!document()->store().isReadOnly());
    remove->setEnabled(!document()->store().isReadOnly());

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_indicatorView, 1);
    topLayout->addLayout(buttons);

    m_values = new QTableWidget;
    m_values->setObjectName(u"wellbeingValues"_s);
    m_values->setColumnCount(3);
    m_values->setHorizontalHeaderLabels({ tr("Year"), tr("Value"), tr("Source of the figure") });
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->setColumnWidth(0, 60);
    m_values->setColumnWidth(1, 90);
    m_values->setToolTip(tr("Type the value of each year; an empty cell means no figure for that year."));
    connect(m_values, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_filling || !m_values->item(row, 0))
            return;
        const int year = m_values->item(row, 0)->text().toInt();
        const QString value = m_values->item(row, 1) ? m_values->item(row, 1)->text() : QString();
        // After the editor has closed: the table is rebuilt from the plan.
        QMetaObject::invokeMethod(
            this,
            [this, year, value, column] {
                if (column == 1 || !value.trimmed().isEmpty())
                    setIndicatorValue(year, value);
                else
                    refreshValues();
            },
            Qt::QueuedConnection);
    });
    m_indicatorChart = new ChartWidget;
    m_indicatorChart->setObjectName(u"wellbeingChart"_s);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_values);
    bottom->addWidget(m_indicatorChart);
    bottom->setSizes({ 380, 680 });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagnosisPage::refreshValues);
    return w;
}

void DiagnosisPage::fillFilters()
{
    m_filling = true;
    const Catalog *catalog = document()->catalog();
    auto fill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("All"), QVariant());
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        const int i = current.isValid() ? combo->findData(current) : 0;
        combo->setCurrentIndex(std::max(0, i));
    };
    const PlanData &d = document()->data();
    QList<std::pair<QString, QVariant>> lines, sectors, sdgs, pnds;
    for (const StrategicLine &l : d.lines)
        lines.append({ l.name, l.id });
    // Only what the plan's indicators use, so every choice shows something.
    std::set<QString> usedSectors;
    std::set<int> usedSdgs, usedPnds;
    for (const WellbeingIndicator &w : d.wellbeingIndicators) {
        if (!w.sectorCode.isEmpty())
            usedSectors.insert(w.sectorCode);
        if (w.sdg)
            usedSdgs.insert(*w.sdg);
        if (w.pndCode)
            usedPnds.insert(*w.pndCode);
    }
    for (const QString &code : usedSectors) {
        const CatalogSector *s = catalog ? catalog->sector(code) : nullptr;
        sectors.append({ s ? u"%1 %2"_s.arg(code, s->name) : code, code });
    }
    for (int n : usedSdgs) {
        const auto s = catalog ? catalog->sdg(n) : std::nullopt;
        sdgs.append({ s ? u"%1. %2"_s.arg(n).arg(s->shortName) : QString::number(n), n });
    }
    for (int n : usedPnds) {
        QString name = QString::number(n);
        if (catalog)
            for (const CatalogPndItem &p : catalog->pndItems())
                if (p.code == QString::number(n))
                    name = u"%1. %2"_s.arg(n).arg(p.name);
        pnds.append({ name, n });
    }
    fill(m_lineFilter, lines);
    fill(m_sectorFilter, sectors);
    fill(m_sdgFilter, sdgs);
    fill(m_pndFilter, pnds);
    m_filling = false;
    applyFilters();
}

void DiagnosisPage::applyFilters()
{
    if (m_filling)
        return;
    auto *filter = static_cast<IndicatorFilter *>(m_proxy);
    filter->setFilter(WellbeingModel::DLine, m_lineFilter->currentData());
    filter->setFilter(WellbeingModel::DSector, m_sectorFilter->currentData());
    filter->setFilter(WellbeingModel::DSdg, m_sdgFilter->currentData());
    filter->setFilter(WellbeingModel::DPnd, m_pndFilter->currentData());
    if (!m_indicatorView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_indicatorView->setCurrentIndex(m_proxy->index(0, 0));
    refreshValues();
}

qint64 DiagnosisPage::currentIndicator() const
{
    const QModelIndex current = m_indicatorView->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::RowIdRole).toLongLong() : 0;
}

bool DiagnosisPage::setIndicatorValue(int year, const QString &text)
{
    const qint64 id = currentIndicator();
    const WellbeingIndicator *w = document()->data().wellbeingIndicator(id);
    if (!w)
        return false;
    bool ok = false;
    const auto number = format::parseNumber(text, &ok);
    if (!ok) {
        emit document()->editFailed(tr("“%1” is not a number. Write it like 12,5.").arg(text));
        refreshValues();
        return false;
    }
    QString source;
    for (int r = 0; r < m_values->rowCount(); ++r)
        if (m_values->item(r, 0) && m_values->item(r, 0)->text().toInt() == year && m_values->item(r, 2))
            source = m_values->item(r, 2)->text().trimmed();
    const QVariantMap key { { u"indicator_id"_s, id }, { u"year"_s, year } };
    const bool done = document()->setCell(
        Table::IndicatorValue, key,
        number ? std::optional<QVariantMap>(QVariantMap { { u"value"_s, *number }, { u"source"_s, source } })
               : std::nullopt,
        tr("Edit %1 value of “%2”").arg(year).arg(w->name));
    refreshValues();
    return done;
}

void DiagnosisPage::refreshValues()
{
    const WellbeingIndicator *w = document()->data().wellbeingIndicator(currentIndicator());
    m_filling = true;
    m_values->setRowCount(0);
    if (!w) {
        m_filling = false;
        m_indicatorChart->showMessage(tr("Select a welfare indicator to see its values by year"));
        return;
    }
    // The years with figures and the five before the term, so a new figure has a place.
    std::set<int> years;
    for (const IndicatorValue &v : w->values)
        years.insert(v.year);
    const int start = document()->data().info.term.startYear;
    for (int y = start - 5; y < start; ++y)
        years.insert(y);
    m_values->setRowCount(int(years.size()));
    int r = 0;
    QStringList categories;
    ChartWidget::Series series { w->name, {} };
    const bool ro = document()->store().isReadOnly();
    for (int year : years) {
        const IndicatorValue *value = nullptr;
        for (const IndicatorValue &v : w->values)
            if (v.year == year)
                value = &v;
        auto *yearItem = new QTableWidgetItem(QString::number(year));
        yearItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_values->setItem(r, 0, yearItem);
        auto *valueItem = rightAligned(value ? format::number(value->value) : QString());
        auto *sourceItem = new QTableWidgetItem(value ? value->source : QString());
        if (ro) {
            valueItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            sourceItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        m_values->setItem(r, 1, valueItem);
        m_values->setItem(r, 2, sourceItem);
        categories.append(QString::number(year));
        series.values.append(value ? std::optional<double>(value->value) : std::nullopt);
        ++r;
    }
    m_filling = false;
    if (w->values.isEmpty())
        m_indicatorChart->showMessage(tr("No values yet: type them in the table on the left"));
    else
        m_indicatorChart->showLines(w->name, categories, { series }, w->unit);
}

void DiagnosisPage::addIndicatorFromCatalog()
{
    const Catalog *catalog = document()->catalog();
    if (!catalog)
        return;
    CatalogSearchDialog dialog(catalog, CatalogKind::WellbeingIndicator, {}, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selected())
        return;
    const CatalogHit hit = *dialog.selected();
    QVariantMap values { { u"name"_s, hit.name },
                         { u"is_own"_s, 0 },
                         { u"sort_order"_s, m_indicatorModel->nextSortOrder() } };
    for (const CatalogWellbeingIndicator &c : catalog->wellbeingIndicators()) {
        if (c.code != hit.code)
            continue;
        values.insert(u"unit"_s, c.unit);
        values.insert(u"sector_code"_s, c.sectorCode);
        values.insert(u"source"_s, c.source);
        values.insert(u"direction"_s, toCode(c.direction));
    }
    const qint64 id = document()->insertRow(Table::WellbeingIndicator, values, tr("Add welfare indicator"));
    if (id)
        showItem(Table::WellbeingIndicator, id);
}

void DiagnosisPage::addOwnIndicator()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Own welfare indicator"),
                                               tr("Name of the indicator (e.g. “Tasa de deserción escolar rural”):"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok)
        return;
    if (name.isEmpty()) {
        emit document()->editFailed(tr("The name cannot be empty."));
        return;
    }
    const qint64 id = document()->insertRow(
        Table::WellbeingIndicator,
        { { u"name"_s, name }, { u"is_own"_s, 1 }, { u"sort_order"_s, m_indicatorModel->nextSortOrder() } },
        tr("Add own welfare indicator"));
    if (id)
        showItem(Table::WellbeingIndicator, id);
}

void DiagnosisPage::removeIndicator()
{
    const qint64 id = currentIndicator();
    const PlanData d = document()->data();
    const WellbeingIndicator *w = d.wellbeingIndicator(id);
    if (!w)
        return;
    for (const ProductIndicator &i : d.indicators) {
        if (i.wellbeingIndicatorId == id) {
            QMessageBox::information(this, tr("Remove indicator"),
                                     tr("The product goal “%1” contributes to this indicator. Unlink it in the "
                                        "strategic plan first.")
                                         .arg(i.displayName()));
            return;
        }
    }
    const int row = m_indicatorModel->rowOf(id);
    auto *stack = document()->undoStack();
    stack->beginMacro(tr("Remove welfare indicator “%1”").arg(w->name));
    bool ok = true;
    for (const IndicatorValue &v : w->values)
        ok = ok
            && document()->setCell(Table::IndicatorValue, { { u"indicator_id"_s, id }, { u"year"_s, v.year } },
                                   std::nullopt);
    ok = ok && document()->removeRow(Table::WellbeingIndicator, id, m_indicatorModel->snapshot(row), {});
    stack->endMacro();
    if (!ok && stack->canUndo())
        stack->undo();
}

// --- Characterisation -----------------------------------------------------------------------

QWidget *DiagnosisPage::buildCharacterizationTab()
{
    auto *split = new QSplitter(Qt::Horizontal);
    m_kinds = new QListWidget;
    m_kinds->setObjectName(u"characterizationKinds"_s);
    for (CharacterizationKind k : { CharacterizationKind::PopulationGroups, CharacterizationKind::TransitionReport,
                                    CharacterizationKind::LandUseInstruments,
                                    CharacterizationKind::SpecialClassifications, CharacterizationKind::Competencies,
                                    CharacterizationKind::FinancialResources, CharacterizationKind::Other }) {
        auto *item = new QListWidgetItem(displayName(k), m_kinds);
        item->setData(Qt::UserRole, int(k));
    }
    m_kinds->item(0)->setToolTip(tr("Groups of the population: children, youth, women, victims, ethnic groups, "
                                    "people with disabilities, rural population…"));
    m_kinds->item(1)->setToolTip(tr("What the outgoing administration handed over: ongoing projects, debts, "
                                    "pending lawsuits, the state of the archives."));
    m_kinds->item(2)->setToolTip(tr("POT, PBOT or EOT and their status; other land-use instruments."));
    m_kinds->item(3)->setToolTip(tr("Whether the municipality is PDET, ZOMAC, a border municipality…"));
    m_kinds->item(4)->setToolTip(tr("What the municipality is responsible for in each sector (Ley 715 de 2001)."));
    m_kinds->item(5)->setToolTip(tr("Own revenue, transfers (SGP), royalties, credit and other resources."));
    m_kinds->setCurrentRow(0);
    split->addWidget(m_kinds);

    auto *right = new QWidget;
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Record here what the team knows for the selected view: one note per topic, with a "
                               "short title and its text. Double-click a cell to edit it."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_notesModel = new CharacterizationModel(document(), CharacterizationKind::PopulationGroups, this);
    m_notesView = editableTable(u"characterizationView"_s, m_notesModel);
    m_notesView->setColumnWidth(CharacterizationModel::Title, 240);
    m_notesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_notesView, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add note"), u"addCharacterizationNote"_s,
                       tr("Records what the team knows on this subject, with its source."));
    auto *remove = button(tr("Remove note"), u"removeCharacterizationNote"_s,
                          tr("Removes the selected note (Ctrl+Z undoes it)."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    split->addWidget(right);
    split->setSizes({ 260, 800 });

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_notesModel->setKind(CharacterizationKind(m_kinds->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const qint64 id = document()->insertRow(
            Table::Characterization, { { u"kind"_s, toCode(m_notesModel->kind()) }, { u"title"_s, tr("New note") } },
            tr("Add characterisation note"));
        const int row = m_notesModel->rowOf(id);
        if (row >= 0) {
            m_notesView->setCurrentIndex(m_notesModel->index(row, CharacterizationModel::Title));
            m_notesView->edit(m_notesView->currentIndex());
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_notesView->currentIndex().row();
        if (row < 0)
            return;
        document()->removeRow(Table::Characterization, m_notesModel->idAt(row), m_notesModel->snapshot(row),
                              tr("Remove characterisation note"));
    });
    return split;
}

// --- Problems -------------------------------------------------------------------------------

QWidget *DiagnosisPage::buildProblemsTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *hint = new QLabel(tr("For each problem: what happens, why (causes), what it leads to (effects), who "
                               "suffers it and where. The causes point to the programs; the effects, to the welfare "
                               "indicators."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_problemModel = new ProblemModel(document(), this);
    m_problemView = editableTable(u"problemsTable"_s, m_problemModel);
    m_problemView->setColumnWidth(ProblemModel::Line, 140);
    m_problemView->setColumnWidth(ProblemModel::Sector, 120);
    m_problemView->setColumnWidth(ProblemModel::Problem, 230);
    m_problemView->setColumnWidth(ProblemModel::Causes, 200);
    m_problemView->setColumnWidth(ProblemModel::Effects, 200);
    m_problemView->setColumnWidth(ProblemModel::Affected, 130);
    m_problemView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_problemView, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add problem"), u"addProblem"_s,
                       tr("A problem of the territory, with its causes, effects and affected population."));
    auto *remove
        = button(tr("Remove problem"), u"removeProblem"_s, tr("Removes the selected problem (Ctrl+Z undoes it)."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const qint64 id
            = document()->insertRow(Table::Problem, { { u"problem"_s, tr("New problem") } }, tr("Add problem"));
        const int row = m_problemModel->rowOf(id);
        if (row >= 0) {
            m_problemView->setCurrentIndex(m_problemModel->index(row, ProblemModel::Problem));
            m_problemView->edit(m_problemView->currentIndex());
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_problemView->currentIndex().row();
        if (row < 0)
            return;
        QVariantMap snapshot = m_problemModel->snapshot(row);
        document()->removeRow(Table::Problem, m_problemModel->idAt(row), snapshot, tr("Remove problem"));
    });
    return w;
}

// --- Finance --------------------------------------------------------------------------------

QWidget *DiagnosisPage::buildFinanceTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *hint = new QLabel(tr("Amounts in pesos by funding source and year. The years before the term are history "
                               "(what was received); the four years of the term are the projection, the ceiling of "
                               "the investment plan. Type an amount in a cell; delete it to leave it empty."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_finance = new QTableWidget;
    m_finance->setObjectName(u"financeTable"_s);
    m_finance->verticalHeader()->hide();
    m_finance->setAlternatingRowColors(true);
    connect(m_finance, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!m_filling)
            QMetaObject::invokeMethod(
                this, [this, row, column] { commitFinanceCell(row, column); }, Qt::QueuedConnection);
    });
    auto *sources = new QHBoxLayout;
    auto *label = new QLabel(tr("Add a source:"));
    m_addSource = new QComboBox;
    m_addSource->setObjectName(u"addFinanceSource"_s);
    label->setBuddy(m_addSource);
    sources->addWidget(label);
    sources->addWidget(m_addSource, 1);
    auto *add = button(tr("Add"), u"addFinanceSourceButton"_s,
                       tr("Adds a row for the chosen funding source to the history and projection."));
    sources->addWidget(add);
    sources->addStretch();
    connect(add, &QPushButton::clicked, this, [this] {
        const QString code = m_addSource->currentData().toString();
        if (!code.isEmpty() && !m_financeSources.contains(code)) {
            m_financeSources.append(code);
            refreshFinance();
        }
    });
    m_financeChart = new ChartWidget;
    m_financeChart->setObjectName(u"financeChart"_s);
    auto *split = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_finance, 1);
    topLayout->addLayout(sources);
    split->addWidget(top);
    split->addWidget(m_financeChart);
    layout->addWidget(split, 1);
    return w;
}

QList<int> DiagnosisPage::financeYears() const
{
    const int start = document()->data().info.term.startYear;
    std::set<int> years;
    for (int y = start - 4; y <= start + 3; ++y)
        years.insert(y);
    for (const FinancialRecord &f : document()->data().financialRecords)
        years.insert(f.year);
    return QList<int>(years.begin(), years.end());
}

void DiagnosisPage::refreshFinance()
{
    const PlanData &d = document()->data();
    const QList<int> years = financeYears();
    QStringList headers { tr("Source") };
    for (int y : years)
        headers.append(d.info.term.contains(y) ? tr("%1 (projected)").arg(y) : QString::number(y));
    const QList<FundingSourceItem> all = fundingSourcesFor(*document());
    for (const FinancialRecord &f : d.financialRecords)
        if (!m_financeSources.contains(f.sourceCode))
            m_financeSources.append(f.sourceCode);
    QList<FundingSourceItem> sources;
    for (const FundingSourceItem &s : all)
        if (m_financeSources.contains(s.code))
            sources.append(s);
    {
        const QSignalBlocker block(m_addSource);
        m_addSource->clear();
        for (const FundingSourceItem &s : all)
            if (!m_financeSources.contains(s.code))
                m_addSource->addItem(s.name, s.code);
    }
    m_filling = true;
    m_finance->clear();
    m_finance->setColumnCount(int(headers.size()));
    m_finance->setHorizontalHeaderLabels(headers);
    m_finance->setRowCount(int(sources.size()) + 1);
    QList<std::optional<double>> history(years.size()), projection(years.size());
    QList<Money> totals(years.size(), 0);
    const bool ro = document()->store().isReadOnly();
    for (int r = 0; r < sources.size(); ++r) {
        auto *name = new QTableWidgetItem(sources.at(r).name);
        name->setData(Qt::UserRole, sources.at(r).code);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_finance->setItem(r, 0, name);
        for (int c = 0; c < years.size(); ++c) {
            const FinancialRecordKind kind
                = d.info.term.contains(years.at(c)) ? FinancialRecordKind::Projection : FinancialRecordKind::Historical;
            std::optional<Money> amount;
            for (const FinancialRecord &f : d.financialRecords)
                if (f.sourceCode == sources.at(r).code && f.year == years.at(c) && f.kind == kind)
                    amount = f.amount;
            auto *item = rightAligned(amount ? format::amount(*amount) : QString());
            if (ro)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            else if (kind == FinancialRecordKind::Projection)
                item->setBackground(QColor(u"#F3F8EC"_s));
            m_finance->setItem(r, c + 1, item);
            totals[c] += amount.value_or(0);
        }
    }
    auto *totalItem = new QTableWidgetItem(tr("Total"));
    QFont bold = totalItem->font();
    bold.setBold(true);
    totalItem->setFont(bold);
    totalItem->setFlags(Qt::ItemIsEnabled);
    m_finance->setItem(int(sources.size()), 0, totalItem);
    for (int c = 0; c < years.size(); ++c) {
        auto *item = rightAligned(format::money(totals.at(c)));
        item->setFont(bold);
        item->setFlags(Qt::ItemIsEnabled);
        m_finance->setItem(int(sources.size()), c + 1, item);
        (d.info.term.contains(years.at(c)) ? projection : history)[c] = double(totals.at(c));
    }
    m_finance->setColumnWidth(0, 260);
    for (int c = 0; c < years.size(); ++c)
        m_finance->setColumnWidth(c + 1, 135);
    m_filling = false;
    if (sources.isEmpty()) {
        m_financeChart->showMessage(tr("No financial history or projection yet: add a source below the table"));
        return;
    }
    QStringList categories;
    for (int y : years)
        categories.append(QString::number(y));
    m_financeChart->showBars(tr("Revenue by year (history and projection)"), categories,
                             { { tr("History"), history }, { tr("Projection"), projection } }, true);
}

void DiagnosisPage::commitFinanceCell(int row, int column)
{
    if (column < 1)
        return;
    const QTableWidgetItem *name = m_finance->item(row, 0);
    const QTableWidgetItem *cell = m_finance->item(row, column);
    const QList<int> years = financeYears();
    if (!name || !cell || column - 1 >= years.size() || name->data(Qt::UserRole).toString().isEmpty())
        return;
    const int year = years.at(column - 1);
    const QString text = cell->text();
    bool ok = false;
    const auto money = format::parseMoney(text, &ok);
    if (!ok || (money && *money < 0)) {
        emit document()->editFailed(
            tr("“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.").arg(text));
        refreshFinance();
        return;
    }
    const bool projected = document()->data().info.term.contains(year);
    const QVariantMap key { { u"source_code"_s, name->data(Qt::UserRole).toString() },
                            { u"year"_s, year },
                            { u"kind"_s,
                              toCode(projected ? FinancialRecordKind::Projection : FinancialRecordKind::Historical) } };
    document()->setCell(Table::FinancialRecord, key,
                        money ? std::optional<QVariantMap>(QVariantMap { { u"amount"_s, *money } }) : std::nullopt,
                        projected ? tr("Edit %1 projection").arg(year) : tr("Edit %1 history").arg(year));
    refreshFinance();
}

// --- Common ---------------------------------------------------------------------------------

void DiagnosisPage::refresh()
{
    fillFilters();
    refreshFinance();
}

void DiagnosisPage::showItem(Table table, qint64 id)
{
    if (table == Table::WellbeingIndicator || table == Table::IndicatorValue) {
        tabs()->setCurrentIndex(IndicatorsTab);
        const int row = m_indicatorModel->rowOf(id);
        if (row < 0)
            return;
        QModelIndex index = m_proxy->mapFromSource(m_indicatorModel->index(row, 0));
        if (!index.isValid()) {
            // Hidden by a filter: clear the filters so the item can be shown.
            for (QComboBox *c : { m_lineFilter, m_sectorFilter, m_sdgFilter, m_pndFilter })
                c->setCurrentIndex(0);
            index = m_proxy->mapFromSource(m_indicatorModel->index(row, 0));
        }
        m_indicatorView->setCurrentIndex(index);
        m_indicatorView->scrollTo(index);
    } else if (table == Table::Characterization) {
        tabs()->setCurrentIndex(CharacterizationTab);
    } else if (table == Table::Problem) {
        tabs()->setCurrentIndex(ProblemsTab);
        const int row = m_problemModel->rowOf(id);
        if (row >= 0)
            m_problemView->setCurrentIndex(m_problemModel->index(row, ProblemModel::Problem));
    } else if (table == Table::FinancialRecord) {
        tabs()->setCurrentIndex(FinanceTab);
    }
}

} // namespace planea::ui
