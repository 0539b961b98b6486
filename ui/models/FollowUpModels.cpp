#include "FollowUpModels.h"

#include "Format.h"
#include "FundingSources.h"
#include "document/PlanDocument.h"

#include <QColor>
#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

bool officeMatches(const ProductIndicator &ind, qint64 office)
{
    if (office == AllOffices)
        return true;
    return ind.responsibleOfficeId.value_or(0) == office;
}

QString officeName(const PlanData &d, const ProductIndicator &ind)
{
    if (ind.responsibleOfficeId) {
        if (const Office *o = d.office(*ind.responsibleOfficeId))
            return o->name;
    }
    return QString();
}

/// Plan order: line, program, product, indicator (as the Plan Indicativo is read).
template<typename F> void forEachIndicator(const PlanData &d, F f)
{
    for (const StrategicLine &l : d.lines)
        for (const BudgetProgram *p : d.programsOf(l.id))
            for (const Product *pr : d.productsOf(p->id))
                for (const ProductIndicator *i : d.indicatorsOf(pr->id))
                    f(*i);
}

const ProgressReport *findProgress(const PlanData &d, qint64 indicatorId, int year, int period)
{
    for (const ProgressReport &p : d.progress)
        if (p.indicatorId == indicatorId && p.year == year && p.period == period)
            return &p;
    return nullptr;
}

} // namespace

// --- ProgressModel -----------------------------------------------------------------------------

ProgressModel::ProgressModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const PlanStore *store = &document->store();
    auto structural = [this](Table t) {
        if (t == Table::ProductIndicator || t == Table::Product || t == Table::Program || t == Table::StrategicLine)
            reload();
    };
    connect(store, &PlanStore::rowInserted, this, [structural](Table t, qint64) { structural(t); });
    connect(store, &PlanStore::rowRemoved, this, [structural](Table t, qint64) { structural(t); });
    connect(store, &PlanStore::tableChanged, this, [this](Table) { refreshAll(); });
    connect(store, &PlanStore::valueChanged, this, [this](Table t, qint64, const QString &column) {
        if (t == Table::ProductIndicator && (column == u"sort_order"_s || column == u"responsible_office_id"_s))
            reload();
        else
            refreshAll();
    });
    const QList<int> years = document->data().info.term.years();
    m_year = years.isEmpty() ? 0 : years.first();
    reload();
}

void ProgressModel::setPeriod(int year, int period)
{
    if (year == m_year && period == m_period)
        return;
    m_year = year;
    m_period = std::clamp(period, 0, 4);
    m_report.reset();
    refreshAll();
    emit headerDataChanged(Qt::Horizontal, Target, Achieved);
}

void ProgressModel::setOffice(qint64 officeId)
{
    if (officeId == m_office)
        return;
    m_office = officeId;
    reload();
}

void ProgressModel::reload()
{
    beginResetModel();
    m_report.reset();
    m_ids.clear();
    forEachIndicator(m_document->data(), [this](const ProductIndicator &i) {
        if (officeMatches(i, m_office))
            m_ids.append(i.id);
    });
    endResetModel();
}

void ProgressModel::refreshAll()
{
    m_report.reset();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const calc::GoalEfficacy *ProgressModel::goal(qint64 indicatorId) const
{
    if (!m_report) {
        m_report = calc::computeEfficacy(m_document->data(), m_year);
        m_goalIndex.clear();
        for (qsizetype i = 0; i < m_report->goals.size(); ++i)
            m_goalIndex.insert(m_report->goals.at(i).indicatorId, i);
    }
    const auto it = m_goalIndex.constFind(indicatorId);
    return it == m_goalIndex.cend() ? nullptr : &m_report->goals.at(*it);
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const PlanData &d = m_document->data();
    const ProductIndicator *ind = d.indicator(m_ids.at(index.row()));
    if (!ind)
        return {};
    if (role == RowIdRole)
        return ind->id;
    const int col = index.column();
    const ProgressReport *report = findProgress(d, ind->id, m_year, m_period);
    if (role == Qt::TextAlignmentRole) {
        if (col == Target || col == Achieved || col == Compliance)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && col == Target) {
        const AnnualTarget *t = ind->target(m_year);
        if (!t || t->notProgrammed)
            return QColor(0x70, 0x70, 0x70);
        return {};
    }
    if (role == Qt::BackgroundRole && col == Compliance) {
        const calc::GoalEfficacy *g = goal(ind->id);
        if (g && g->efficacy) {
            const QColor c = calc::EfficacyScale::standard().categorize(g->efficacy->capped).color;
            if (c.isValid())
                return c.lighter(160);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (col == EvidenceLink)
            return tr("A web address or a file with the evidence. Press F2 to type it, or use “Choose file…”.");
        if (col == Compliance) {
            const calc::GoalEfficacy *g = goal(ind->id);
            if (g && g->efficacy) {
                QString text = calc::EfficacyScale::standard().categorize(g->efficacy->capped).text;
                if (g->efficacy->overAchievement > 0)
                    text += u"\n"_s
                        + tr("Over-achieved by %1 percentage points (compliance counts up to 100 %).")
                              .arg(format::number(g->efficacy->overAchievement, 1));
                return text;
            }
            return tr("Not evaluated: the goal has no target this year or no report.");
        }
        if (col == Indicator)
            return ind->displayName();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (col) {
    case Code:
        return ind->code;
    case Indicator:
        return ind->displayName();
    case Responsible:
        return officeName(d, *ind);
    case Unit:
        return ind->unit;
    case Target: {
        const AnnualTarget *t = ind->target(m_year);
        if (!t)
            return QString();
        if (t->notProgrammed)
            return u"NP"_s;
        return format::number(t->value);
    }
    case Achieved:
        return report ? format::number(report->value) : QString();
    case Compliance: {
        const calc::GoalEfficacy *g = goal(ind->id);
        if (!g || !g->programmed)
            return tr("NP");
        if (!g->efficacy)
            return tr("No report");
        if (g->efficacy->overAchievement > 0)
            return tr("%1 (+%2)")
                .arg(format::percent(g->efficacy->capped), format::number(g->efficacy->overAchievement, 1));
        return format::percent(g->efficacy->capped);
    }
    case Evidence:
        return report ? report->evidence : QString();
    case EvidenceLink:
        return report ? QDir::toNativeSeparators(report->evidenceLink) : QString();
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && section == Achieved)
        return tr("What was achieved in the period, in the goal's unit. Leave it empty when there is no report.");
    if (role != Qt::DisplayRole)
        return {};
    const QString period = m_period == 0 ? QString::number(m_year) : tr("Q%1 %2").arg(m_period).arg(m_year);
    switch (section) {
    case Code:
        return tr("Code");
    case Indicator:
        return tr("Product indicator");
    case Responsible:
        return tr("Responsible office");
    case Unit:
        return tr("Unit");
    case Target:
        return tr("Target %1").arg(m_year);
    case Achieved:
        return tr("Achieved %1").arg(period);
    case Compliance:
        return tr("Compliance %1").arg(m_year);
    case Evidence:
        return tr("Evidence");
    case EvidenceLink:
        return tr("Link or file");
    default:
        return {};
    }
}

Qt::ItemFlags ProgressModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int col = index.column();
    if (!m_document->store().isReadOnly() && m_year > 0 && (col == Achieved || col == Evidence || col == EvidenceLink))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProgressModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const PlanData &d = m_document->data();
    const qint64 id = m_ids.at(index.row());
    const ProductIndicator *ind = d.indicator(id);
    if (!ind)
        return false;
    const ProgressReport *report = findProgress(d, id, m_year, m_period);
    QVariant achieved = report && report->value ? QVariant(*report->value) : QVariant();
    QString evidence = report ? report->evidence : QString();
    QString link = report ? report->evidenceLink : QString();
    const QString text = value.toString().trimmed();
    QString undoText;
    switch (index.column()) {
    case Achieved: {
        bool ok = false;
        const auto number = format::parseNumber(text, &ok);
        if (!ok) {
            emit m_document->editFailed(
                tr("“%1” is not a value achieved. Write a number like 12,5, or leave it empty if there is no report.")
                    .arg(text));
            return false;
        }
        if (number && *number < 0) {
            emit m_document->editFailed(tr("The value achieved cannot be negative (%1).").arg(text));
            return false;
        }
        achieved = number ? QVariant(*number) : QVariant();
        undoText = tr("Progress of %1 in %2").arg(ind->code).arg(m_year);
        break;
    }
    case Evidence:
        evidence = text;
        undoText = tr("Evidence of %1 in %2").arg(ind->code).arg(m_year);
        break;
    case EvidenceLink:
        link = QDir::fromNativeSeparators(text);
        undoText = tr("Evidence link of %1 in %2").arg(ind->code).arg(m_year);
        break;
    default:
        return false;
    }
    const QVariantMap key { { u"indicator_id"_s, id }, { u"year"_s, m_year }, { u"period"_s, m_period } };
    std::optional<QVariantMap> values;
    if (!achieved.isNull() || !evidence.isEmpty() || !link.isEmpty())
        values = QVariantMap { { u"value"_s, achieved }, { u"evidence"_s, evidence }, { u"evidence_link"_s, link } };
    return m_document->setCell(Table::Progress, key, values, undoText);
}

// --- ExecutionModel ----------------------------------------------------------------------------

ExecutionModel::ExecutionModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const PlanStore *store = &document->store();
    connect(store, &PlanStore::rowInserted, this, [this](Table t, qint64) {
        if (t == Table::Product || t == Table::Program || t == Table::StrategicLine || t == Table::ProductIndicator)
            reload();
    });
    connect(store, &PlanStore::rowRemoved, this, [this](Table t, qint64) {
        if (t == Table::Product || t == Table::Program || t == Table::StrategicLine || t == Table::ProductIndicator)
            reload();
    });
    connect(store, &PlanStore::tableChanged, this, [this](Table t) {
        if (t == Table::Investment)
            reload();
        else if (t == Table::BudgetExecution && rowCount() > 0)
            emit dataChanged(index(0, Appropriation), index(rowCount() - 1, Payments));
    });
    connect(store, &PlanStore::valueChanged, this, [this](Table t, qint64, const QString &column) {
        if ((t != Table::Product && t != Table::ProductIndicator) || rowCount() == 0)
            return;
        // Only a product's place or an indicator's office changes which rows there are.
        static const QStringList placing
            = { u"product_id"_s, u"program_id"_s, u"sort_order"_s, u"code"_s, u"responsible_office_id"_s };
        if (placing.contains(column))
            reload();
        else
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    const QList<int> years = document->data().info.term.years();
    m_year = years.isEmpty() ? 0 : years.first();
    reload();
}

void ExecutionModel::setYear(int year)
{
    if (year != m_year) {
        m_year = year;
        reload();
    }
}

void ExecutionModel::setOffice(qint64 officeId)
{
    if (officeId != m_office) {
        m_office = officeId;
        reload();
    }
}

void ExecutionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const PlanData &d = m_document->data();
    QSet<qint64> products;
    QList<qint64> order;
    forEachIndicator(d, [&](const ProductIndicator &i) {
        if (officeMatches(i, m_office) && !products.contains(i.productId)) {
            products.insert(i.productId);
            order.append(i.productId);
        }
    });
    const QList<FundingSourceItem> sources = fundingSourcesFor(*m_document);
    // The sources each product uses this year, in one pass over the plan's cells.
    QHash<qint64, QSet<QString>> usedBy;
    for (const InvestmentAmount &cell : d.investments)
        if (cell.year == m_year && cell.amount != 0 && products.contains(cell.productId))
            usedBy[cell.productId].insert(cell.sourceCode);
    for (const BudgetExecution &e : d.executions)
        if (e.year == m_year && products.contains(e.productId))
            usedBy[e.productId].insert(e.sourceCode);
    for (qint64 product : std::as_const(order)) {
        QSet<QString> used = usedBy.take(product);
        // Sources in the catalog's order, then any other the plan uses.
        for (const FundingSourceItem &s : sources)
            if (used.remove(s.code))
                m_rows.append({ product, s.code });
        QStringList rest(used.cbegin(), used.cend());
        rest.sort();
        for (const QString &code : std::as_const(rest))
            m_rows.append({ product, code });
    }
    endResetModel();
}

Money ExecutionModel::amount(const Key &key, int column) const
{
    for (const BudgetExecution &e : m_document->data().executions) {
        if (e.productId != key.productId || e.year != m_year || e.sourceCode != key.sourceCode)
            continue;
        switch (column) {
        case Appropriation:
            return e.appropriation;
        case Commitments:
            return e.commitments;
        case Obligations:
            return e.obligations;
        case Payments:
            return e.payments;
        default:
            return 0;
        }
    }
    return 0;
}

int ExecutionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExecutionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExecutionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Key &key = m_rows.at(index.row());
    const int col = index.column();
    if (role == Qt::TextAlignmentRole)
        return col >= Appropriation ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const PlanData &d = m_document->data();
    const Product *product = d.product(key.productId);
    switch (col) {
    case ProductCode:
        return product ? product->code : QString();
    case ProductName:
        return product ? product->name : QString();
    case Source:
        for (const FundingSourceItem &s : fundingSourcesFor(*m_document))
            if (s.code == key.sourceCode)
                return s.name;
        return key.sourceCode;
    default:
        return format::amount(amount(key, col));
    }
}

QVariant ExecutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductCode:
        return tr("Code");
    case ProductName:
        return tr("Product");
    case Source:
        return tr("Source");
    case Appropriation:
        return tr("Appropriation $");
    case Commitments:
        return tr("Commitments $");
    case Obligations:
        return tr("Obligations $");
    case Payments:
        return tr("Payments $");
    default:
        return {};
    }
}

Qt::ItemFlags ExecutionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document->store().isReadOnly() && index.column() >= Appropriation)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExecutionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Key key = m_rows.at(index.row());
    bool ok = false;
    const QString text = value.toString().trimmed();
    const auto money = format::parseMoney(text, &ok);
    if (!ok || (money && *money < 0)) {
        emit m_document->editFailed(
            tr("“%1” is not an amount in pesos. Write it like 1.500.000, without decimals.").arg(text));
        return false;
    }
    static const QStringList columns { u"appropriation"_s, u"commitments"_s, u"obligations"_s, u"payments"_s };
    QVariantMap values;
    bool any = false;
    for (int c = Appropriation; c <= Payments; ++c) {
        const Money m = c == index.column() ? money.value_or(0) : amount(key, c);
        values.insert(columns.at(c - Appropriation), m);
        any = any || m != 0;
    }
    const QVariantMap cellKey { { u"product_id"_s, key.productId },
                                { u"year"_s, m_year },
                                { u"source_code"_s, key.sourceCode } };
    const Product *product = m_document->data().product(key.productId);
    return m_document->setCell(Table::BudgetExecution, cellKey, any ? std::optional(values) : std::nullopt,
                               tr("Budget execution of %1 in %2").arg(product ? product->code : QString()).arg(m_year));
}

// --- ResultValuesModel -------------------------------------------------------------------------

ResultValuesModel::ResultValuesModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const PlanStore *store = &document->store();
    connect(store, &PlanStore::rowInserted, this, [this](Table t, qint64) {
        if (t == Table::WellbeingIndicator || t == Table::StrategicLine)
            reload();
    });
    connect(store, &PlanStore::rowRemoved, this, [this](Table t, qint64) {
        if (t == Table::WellbeingIndicator || t == Table::StrategicLine)
            reload();
    });
    connect(store, &PlanStore::valueChanged, this, [this](Table t, qint64, const QString &column) {
        if (t == Table::WellbeingIndicator && (column == u"is_prioritized"_s || column == u"sort_order"_s))
            reload();
        else if (t == Table::Plan && column == u"term_start_year"_s)
            emit headerDataChanged(Qt::Horizontal, Year1, Year4);
        else if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(store, &PlanStore::tableChanged, this, [this](Table t) {
        if (t == Table::IndicatorValue && rowCount() > 0)
            emit dataChanged(index(0, Year1), index(rowCount() - 1, Year4));
    });
    reload();
}

void ResultValuesModel::reload()
{
    beginResetModel();
    m_ids.clear();
    const PlanData &d = m_document->data();
    // By line (in plan order), then the prioritised indicators without a line.
    for (const StrategicLine &l : d.lines)
        for (const WellbeingIndicator &w : d.wellbeingIndicators)
            if (w.isPrioritized && w.lineId == l.id)
                m_ids.append(w.id);
    for (const WellbeingIndicator &w : d.wellbeingIndicators)
        if (w.isPrioritized && (!w.lineId || !d.line(*w.lineId)))
            m_ids.append(w.id);
    endResetModel();
}

int ResultValuesModel::yearOf(int column) const
{
    if (column < Year1 || column > Year4)
        return 0;
    return m_document->data().info.term.startYear + (column - Year1);
}

int ResultValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ResultValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultValuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const PlanData &d = m_document->data();
    const WellbeingIndicator *w = d.wellbeingIndicator(m_ids.at(index.row()));
    if (!w)
        return {};
    const int col = index.column();
    if (role == Qt::TextAlignmentRole)
        return col >= Baseline ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (col) {
    case Line:
        if (w->lineId)
            if (const StrategicLine *l = d.line(*w->lineId))
                return l->name;
        return QString();
    case Indicator:
        return w->name;
    case Unit:
        return w->unit;
    case Baseline:
        if (!w->baseline)
            return QString();
        return w->baselineYear ? tr("%1 (%2)").arg(format::number(*w->baseline)).arg(*w->baselineYear)
                               : format::number(*w->baseline);
    case Target:
        return format::number(w->target);
    default: {
        const int year = yearOf(col);
        for (const IndicatorValue &v : w->values)
            if (v.year == year)
                return role == Qt::ToolTipRole && !v.source.isEmpty() ? tr("Source: %1").arg(v.source)
                                                                      : format::number(v.value);
        return QString();
    }
    }
}

QVariant ResultValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && section >= Year1 && section <= Year4)
        return tr("Value of the result indicator measured that year.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Strategic line");
    case Indicator:
        return tr("Result indicator");
    case Unit:
        return tr("Unit");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Four-year target");
    default:
        return QString::number(yearOf(section));
    }
}

Qt::ItemFlags ResultValuesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document->store().isReadOnly() && index.column() >= Year1 && index.column() <= Year4)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ResultValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = m_ids.at(index.row());
    const WellbeingIndicator *w = m_document->data().wellbeingIndicator(id);
    if (!w)
        return false;
    const int year = yearOf(index.column());
    const QString text = value.toString().trimmed();
    bool ok = false;
    const auto number = format::parseNumber(text, &ok);
    if (!ok) {
        emit m_document->editFailed(tr("“%1” is not a value. Write a number like 12,5.").arg(text));
        return false;
    }
    QString source;
    for (const IndicatorValue &v : w->values)
        if (v.year == year)
            source = v.source;
    const QVariantMap key { { u"indicator_id"_s, id }, { u"year"_s, year } };
    std::optional<QVariantMap> values;
    if (number)
        values = QVariantMap { { u"value"_s, *number }, { u"source"_s, source } };
    return m_document->setCell(Table::IndicatorValue, key, values, tr("Value %1 of %2").arg(year).arg(w->name));
}

} // namespace planea::ui
