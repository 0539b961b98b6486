#include "RecordTableModel.h"

#include "Format.h"
#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

RecordTableModel::RecordTableModel(PlanDocument *document, Table table, QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
    , m_columns(std::move(columns))
{
    const PlanStore *store = &document->store();
    connect(store, &PlanStore::rowInserted, this, &RecordTableModel::onInserted);
    connect(store, &PlanStore::valueChanged, this, &RecordTableModel::onChanged);
    connect(store, &PlanStore::rowRemoved, this, &RecordTableModel::onRemoved);
    connect(store, &PlanStore::tableChanged, this, &RecordTableModel::onTableChanged);
}

void RecordTableModel::load()
{
    beginResetModel();
    m_rows = readRows(m_document->data());
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

qint64 RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QVariantMap RecordTableModel::snapshot(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : QVariantMap();
}

int RecordTableModel::nextSortOrder() const
{
    int next = 1;
    for (const Row &r : m_rows)
        next = std::max(next, r.values.value(u"sort_order"_s).toInt() + 1);
    return next;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ColumnSpec &spec = m_columns.at(index.column());
    const QVariant value = row.values.value(spec.column);
    switch (role) {
    case RowIdRole:
        return row.id;
    case RawValueRole:
        return value;
    case Qt::CheckStateRole:
        if (spec.kind == Kind::Bool)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (spec.kind) {
        case Kind::Bool:
            return {};
        case Kind::Money:
            return role == Qt::EditRole ? QVariant(format::amount(value.toLongLong()))
                                        : QVariant(format::money(value.toLongLong()));
        case Kind::Number:
            return value.isNull() ? QString() : format::number(value.toDouble());
        case Kind::Text:
            return value.toString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (spec.kind == Kind::Money || spec.kind == Kind::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? m_columns.at(section).header : QVariant();
    return section + 1;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ColumnSpec &spec = m_columns.at(index.column());
    if (spec.editable && !m_document->store().isReadOnly())
        f |= spec.kind == Kind::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

QString RecordTableModel::editText(int column) const
{
    return tr("Edit “%1”").arg(m_columns.value(column).header);
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const ColumnSpec &spec = m_columns.at(index.column());
    if (!spec.editable)
        return false;
    QVariant stored;
    switch (spec.kind) {
    case Kind::Bool:
        if (role != Qt::CheckStateRole)
            return false;
        stored = value.toInt() == Qt::Checked ? 1 : 0;
        break;
    case Kind::Number: {
        if (role != Qt::EditRole)
            return false;
        bool ok = false;
        const auto n = format::parseNumber(value.toString(), &ok);
        if (!ok) {
            emit m_document->editFailed(tr("“%1” is not a number. Write it like 12,5.").arg(value.toString()));
            return false;
        }
        stored = n ? QVariant(*n) : QVariant();
        break;
    }
    case Kind::Money: {
        if (role != Qt::EditRole)
            return false;
        bool ok = false;
        const auto m = format::parseMoney(value.toString(), &ok);
        if (!ok) {
            emit m_document->editFailed(
                tr("“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.")
                    .arg(value.toString()));
            return false;
        }
        stored = m.value_or(0);
        break;
    }
    case Kind::Text:
        if (role != Qt::EditRole)
            return false;
        stored = value.toString().trimmed();
        break;
    }
    return m_document->setValue(m_table, m_rows.at(index.row()).id, spec.column, stored, editText(index.column()));
}

void RecordTableModel::onInserted(Table table, qint64 id)
{
    if (table != m_table)
        return;
    QList<Row> rows = readRows(m_document->data());
    int pos = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id)
            pos = i;
    }
    if (pos < 0 || rows.size() != m_rows.size() + 1) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    beginInsertRows({}, pos, pos);
    m_rows = std::move(rows);
    endInsertRows();
}

void RecordTableModel::onChanged(Table table, qint64 id, const QString &column)
{
    if (table != m_table)
        return;
    QList<Row> rows = readRows(m_document->data());
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    bool sameOrder = true;
    for (int i = 0; i < rows.size(); ++i)
        sameOrder = sameOrder && rows.at(i).id == m_rows.at(i).id;
    if (!sameOrder) {
        // A reorder (move up / down): keep selections on the same records.
        emit layoutAboutToBeChanged();
        const QModelIndexList persistent = persistentIndexList();
        QList<qint64> ids;
        for (const QModelIndex &p : persistent)
            ids.append(idAt(p.row()));
        m_rows = std::move(rows);
        for (int i = 0; i < persistent.size(); ++i) {
            const int r = rowOf(ids.at(i));
            changePersistentIndex(persistent.at(i), r < 0 ? QModelIndex() : index(r, persistent.at(i).column()));
        }
        emit layoutChanged();
        return;
    }
    m_rows = std::move(rows);
    const int r = rowOf(id);
    if (r < 0)
        return;
    int first = 0;
    int last = int(m_columns.size()) - 1;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).column == column)
            first = last = c;
    }
    emit dataChanged(index(r, first), index(r, last));
}

void RecordTableModel::onRemoved(Table table, qint64 id)
{
    if (table != m_table)
        return;
    const int r = rowOf(id);
    QList<Row> rows = readRows(m_document->data());
    if (r < 0 || rows.size() != m_rows.size() - 1) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    beginRemoveRows({}, r, r);
    m_rows = std::move(rows);
    endRemoveRows();
}

void RecordTableModel::onTableChanged(Table table)
{
    if (table != m_table)
        return;
    load();
}

} // namespace planea::ui
