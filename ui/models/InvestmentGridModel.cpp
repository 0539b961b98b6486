#include "InvestmentGridModel.h"

#include "Format.h"
#include "document/PlanDocument.h"

#include <QFont>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

InvestmentGridModel::InvestmentGridModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document->store(), &PlanStore::tableChanged, this, &InvestmentGridModel::onTable);
    connect(&document->store(), &PlanStore::valueChanged, this, [this](Table t, qint64, const QString &) {
        if (t == Table::Plan)
            reload();
    });
    connect(&document->store(), &PlanStore::rowRemoved, this, [this](Table t, qint64 id) {
        if (t == Table::Product && id == m_productId)
            setProduct(0);
    });
    reload();
}

void InvestmentGridModel::reload()
{
    beginResetModel();
    m_sources = fundingSourcesFor(*m_document);
    m_years = m_document->data().info.term.years();
    endResetModel();
}

void InvestmentGridModel::onTable(Table table)
{
    if (table != Table::Investment)
        return;
    const int before = int(m_sources.size());
    if (fundingSourcesFor(*m_document).size() != before) {
        reload();
        return;
    }
    // Amounts only: every cell, totals included, may have changed.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void InvestmentGridModel::setProduct(qint64 productId)
{
    beginResetModel();
    m_productId = productId;
    m_sources = fundingSourcesFor(*m_document);
    m_years = m_document->data().info.term.years();
    endResetModel();
}

int InvestmentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_productId == 0 ? 0 : int(m_sources.size()) + 1;
}

int InvestmentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Money InvestmentGridModel::amount(int row, int column) const
{
    const PlanData &d = m_document->data();
    Money total = 0;
    for (const InvestmentAmount &i : d.investments) {
        if (i.productId != m_productId)
            continue;
        const bool rowMatches = row == totalRow() || (row < m_sources.size() && i.sourceCode == m_sources.at(row).code);
        const bool columnMatches = column == TotalColumn || (column < m_years.size() && i.year == m_years.at(column));
        if (rowMatches && columnMatches)
            total += i.amount;
    }
    return total;
}

Money InvestmentGridModel::productTotal() const
{
    return m_productId ? amount(totalRow(), TotalColumn) : 0;
}

QVariant InvestmentGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool isTotal = index.row() == totalRow() || index.column() == TotalColumn;
    switch (role) {
    case Qt::DisplayRole: {
        const Money m = amount(index.row(), index.column());
        return m == 0 && !isTotal ? QString() : format::money(m);
    }
    case Qt::EditRole: {
        const Money m = amount(index.row(), index.column());
        return m == 0 ? QString() : format::amount(m);
    }
    case AmountRole:
        return amount(index.row(), index.column());
    case SourceCodeRole:
        return index.row() < m_sources.size() ? m_sources.at(index.row()).code : QString();
    case YearRole:
        return index.column() < m_years.size() ? m_years.at(index.column()) : 0;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant InvestmentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical)
        return headerData(section, orientation, Qt::DisplayRole); // the whole name, when elided
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == TotalColumn)
            return tr("Total");
        return section < m_years.size() ? QVariant(QString::number(m_years.at(section))) : QVariant();
    }
    if (section == totalRow())
        return tr("Total");
    return section < m_sources.size() ? m_sources.at(section).name : QVariant();
}

Qt::ItemFlags InvestmentGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() < totalRow() && index.column() < TotalColumn && !m_document->store().isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool InvestmentGridModel::writeCell(int row, int column, std::optional<Money> value)
{
    const QVariantMap key { { u"product_id"_s, m_productId },
                            { u"year"_s, m_years.at(column) },
                            { u"source_code"_s, m_sources.at(row).code } };
    std::optional<QVariantMap> values;
    if (value && *value != 0)
        values = QVariantMap { { u"amount"_s, *value } };
    return m_document->setCell(Table::Investment, key, values,
                               tr("Investment of %1 in %2").arg(m_sources.at(row).name).arg(m_years.at(column)));
}

bool InvestmentGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const auto money = format::parseMoney(value.toString(), &ok);
    if (!ok || (money && *money < 0)) {
        emit m_document->editFailed(
            tr("“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.").arg(value.toString()));
        return false;
    }
    return writeCell(index.row(), index.column(), money);
}

int InvestmentGridModel::pasteBlock(const QModelIndex &topLeft, const QString &text)
{
    if (!topLeft.isValid() || m_productId == 0)
        return 0;
    QString block = text;
    block.replace(u"\r\n"_s, u"\n"_s);
    while (block.endsWith(u'\n'))
        block.chop(1);
    const QStringList lines = block.split(u'\n');
    // Parse everything first: a bad cell refuses the whole paste, so nothing is half-pasted.
    struct Cell
    {
        int row, column;
        std::optional<Money> value;
    };
    QList<Cell> cells;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList fields = lines.at(r).split(u'\t');
        for (int c = 0; c < fields.size(); ++c) {
            const int row = topLeft.row() + r;
            const int column = topLeft.column() + c;
            if (row >= totalRow() || column >= TotalColumn)
                continue;
            bool ok = false;
            const auto money = format::parseMoney(fields.at(c), &ok);
            if (!ok || (money && *money < 0)) {
                emit m_document->editFailed(tr("Nothing was pasted: “%1” (row %2, column %3 of the copied block) is "
                                               "not an amount in pesos.")
                                                .arg(fields.at(c).trimmed())
                                                .arg(r + 1)
                                                .arg(c + 1));
                return 0;
            }
            cells.append({ row, column, money });
        }
    }
    if (cells.isEmpty())
        return 0;
    auto *stack = m_document->undoStack();
    stack->beginMacro(tr("Paste a block into the investment plan"));
    int written = 0;
    for (const Cell &cell : cells) {
        if (writeCell(cell.row, cell.column, cell.value))
            ++written;
    }
    stack->endMacro();
    return written;
}

} // namespace planea::ui
