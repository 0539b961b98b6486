#include "AnnualTargetsModel.h"

#include "Format.h"
#include "document/PlanDocument.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

AnnualTargetsModel::AnnualTargetsModel(PlanDocument *document, QObject *parent)
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
    connect(store, &PlanStore::tableChanged, this, [this](Table t) {
        if (t == Table::AnnualTarget && rowCount() > 0)
            emit dataChanged(index(0, Year1), index(rowCount() - 1, Year4));
    });
    connect(store, &PlanStore::valueChanged, this, [this](Table t, qint64 id, const QString &column) {
        if (t == Table::Plan && column == u"term_start_year"_s) {
            emit headerDataChanged(Qt::Horizontal, Year1, Year4);
            return;
        }
        if (t == Table::ProductIndicator && column == u"sort_order"_s) {
            reload();
            return;
        }
        if (t == Table::ProductIndicator) {
            const int r = rowOf(id);
            if (r >= 0)
                emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        } else if (t == Table::Office && rowCount() > 0) {
            emit dataChanged(index(0, Responsible), index(rowCount() - 1, Responsible));
        }
    });
    reload();
}

void AnnualTargetsModel::reload()
{
    beginResetModel();
    m_ids.clear();
    // Plan order: line, program, product, indicator (as the Plan Indicativo is read).
    const PlanData &d = m_document->data();
    for (const StrategicLine &l : d.lines)
        for (const BudgetProgram *p : d.programsOf(l.id))
            for (const Product *pr : d.productsOf(p->id))
                for (const ProductIndicator *i : d.indicatorsOf(pr->id))
                    m_ids.append(i->id);
    endResetModel();
}

int AnnualTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnualTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AnnualTargetsModel::yearOf(int column) const
{
    if (column < Year1 || column > Year4)
        return 0;
    return m_document->data().info.term.startYear + (column - Year1);
}

QVariant AnnualTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const PlanData &d = m_document->data();
    const ProductIndicator *ind = d.indicator(m_ids.at(index.row()));
    if (!ind)
        return {};
    if (role == RowIdRole)
        return ind->id;
    if (role == AccumulationCodeRole)
        return toCode(ind->accumulation);
    const int col = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (col == Weight || col == TermTarget || (col >= Year1 && col <= Year4))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && col >= Year1 && col <= Year4) {
        const AnnualTarget *t = ind->target(yearOf(col));
        if (t && t->notProgrammed)
            return QColor(0x70, 0x70, 0x70);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (col) {
    case Code:
        return ind->code;
    case Indicator:
        return ind->displayName();
    case Unit:
        return ind->unit;
    case Accumulation:
        return role == Qt::EditRole ? toCode(ind->accumulation) : displayName(ind->accumulation);
    case Weight:
        return ind->weight ? format::number(*ind->weight) : QString();
    case Responsible:
        if (ind->responsibleOfficeId) {
            if (const Office *o = d.office(*ind->responsibleOfficeId))
                return o->name;
        }
        return QString();
    case TermTarget:
        return format::number(ind->termTarget);
    default: {
        const AnnualTarget *t = ind->target(yearOf(col));
        if (!t)
            return QString();
        if (t->notProgrammed)
            return u"NP"_s;
        return format::number(t->value);
    }
    }
}

QVariant AnnualTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= Year1 && section <= Year4)
        return tr("Target of the year. Write NP when the goal is not programmed that year (it is not the same as 0).");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Code:
        return tr("Code");
    case Indicator:
        return tr("Product indicator");
    case Unit:
        return tr("Unit");
    case Accumulation:
        return tr("Accumulation");
    case Weight:
        return tr("Weight %");
    case Responsible:
        return tr("Responsible office");
    case TermTarget:
        return tr("Four-year goal");
    default:
        return QString::number(yearOf(section));
    }
}

Qt::ItemFlags AnnualTargetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int col = index.column();
    if (!m_document->store().isReadOnly()
        && ((col >= Year1 && col <= Year4) || col == Weight || col == Accumulation || col == TermTarget))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AnnualTargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = m_ids.at(index.row());
    const int col = index.column();
    const QString text = value.toString().trimmed();
    if (col == Accumulation) {
        const auto type = accumulationTypeFromCode(text);
        if (!type)
            return false;
        return m_document->setValue(Table::ProductIndicator, id, u"accumulation"_s, toCode(*type),
                                    tr("Change accumulation type"));
    }
    bool ok = false;
    if (col >= Year1 && col <= Year4) {
        const QVariantMap key { { u"indicator_id"_s, id }, { u"year"_s, yearOf(col) } };
        if (text.compare(u"NP"_s, Qt::CaseInsensitive) == 0) {
            return m_document->setCell(Table::AnnualTarget, key,
                                       QVariantMap { { u"value"_s, QVariant() }, { u"not_programmed"_s, 1 } },
                                       tr("Target %1: not programmed").arg(yearOf(col)));
        }
        const auto number = format::parseNumber(text, &ok);
        if (!ok) {
            emit m_document->editFailed(
                tr("“%1” is not a target. Write a number like 12,5, or NP if the goal is not programmed that year.")
                    .arg(text));
            return false;
        }
        std::optional<QVariantMap> values;
        if (number)
            values = QVariantMap { { u"value"_s, *number }, { u"not_programmed"_s, 0 } };
        return m_document->setCell(Table::AnnualTarget, key, values, tr("Target %1").arg(yearOf(col)));
    }
    const auto number = format::parseNumber(text, &ok);
    if (!ok) {
        emit m_document->editFailed(tr("“%1” is not a number. Write it like 12,5.").arg(text));
        return false;
    }
    if (col == Weight) {
        if (number && (*number < 0 || *number > 100)) {
            emit m_document->editFailed(tr("The weight is a percentage between 0 and 100."));
            return false;
        }
        return m_document->setValue(Table::ProductIndicator, id, u"weight"_s, number ? QVariant(*number) : QVariant(),
                                    tr("Change weight"));
    }
    return m_document->setValue(Table::ProductIndicator, id, u"term_target"_s, number.value_or(0.0),
                                tr("Change four-year goal"));
}

} // namespace planea::ui
