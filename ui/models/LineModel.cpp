#include "LineModel.h"

#include "document/PlanDocument.h"

#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

LineModel::LineModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, Table::StrategicLine,
                       {
                           { u"position"_s, tr("No."), Kind::Text, false },
                           { u"name"_s, tr("Strategic line"), Kind::Text, true },
                           { u"description"_s, tr("Description"), Kind::Text, true },
                           { u"sectors"_s, tr("Sectors"), Kind::Text, false },
                       },
                       parent)
{
    load();
    // The sectors column shows another table: follow it too.
    connect(&document->store(), &PlanStore::tableChanged, this, [this](Table table) {
        if (table == Table::LineSector)
            load();
    });
}

QList<RecordTableModel::Row> LineModel::readRows(const PlanData &data) const
{
    QList<Row> rows;
    int position = 0;
    for (const StrategicLine &l : data.lines) {
        ++position;
        rows.append({ l.id,
                      { { u"sort_order"_s, l.sortOrder },
                        { u"position"_s, position },
                        { u"name"_s, l.name },
                        { u"description"_s, l.description },
                        { u"sectors"_s, l.sectorCodes.join(u", "_s) } } });
    }
    return rows;
}

bool LineModel::move(int row, int delta)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= rowCount() || other >= rowCount())
        return false;
    return moveTo(row, other);
}

namespace {
const QString LineMime = u"application/x-planea-line-row"_s;
}

Qt::ItemFlags LineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RecordTableModel::flags(index);
    if (document()->store().isReadOnly())
        return f;
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f | Qt::ItemIsDropEnabled;
}

Qt::DropActions LineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LineModel::mimeTypes() const
{
    return { LineMime };
}

QMimeData *LineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(LineMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool LineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent) const
{
    Q_UNUSED(column);
    Q_UNUSED(row);
    Q_UNUSED(parent);
    return data && action == Qt::MoveAction && data->hasFormat(LineMime) && !document()->store().isReadOnly();
}

bool LineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(LineMime).toInt(&ok);
    if (!ok)
        return false;
    // Dropped on a row: take its place; between rows: land there; below the last: last.
    int to = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    if (to > from && !parent.isValid())
        --to;
    moveTo(from, std::clamp(to, 0, rowCount() - 1));
    // The move is done here (sort orders); the view must not remove the dragged row itself.
    return false;
}

bool LineModel::moveTo(int from, int to)
{
    if (from < 0 || to < 0 || from >= rowCount() || to >= rowCount() || from == to)
        return false;
    // Renumber so that equal or missing sort orders cannot make the move a no-op.
    auto *stack = document()->undoStack();
    stack->beginMacro(to < from ? tr("Move line up") : tr("Move line down"));
    QList<qint64> ids;
    for (int r = 0; r < rowCount(); ++r)
        ids.append(idAt(r));
    ids.move(from, to);
    bool ok = true;
    for (int i = 0; i < ids.size() && ok; ++i)
        ok = document()->setValue(Table::StrategicLine, ids.at(i), u"sort_order"_s, i + 1);
    stack->endMacro();
    return ok;
}

} // namespace planea::ui
