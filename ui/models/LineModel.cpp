#include "LineModel.h"

#include "PlanDocument.h"

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
    // Renumber so that equal or missing sort orders cannot make the swap a no-op.
    auto *stack = document()->undoStack();
    stack->beginMacro(delta < 0 ? tr("Move line up") : tr("Move line down"));
    QList<qint64> ids;
    for (int r = 0; r < rowCount(); ++r)
        ids.append(idAt(r));
    ids.swapItemsAt(row, other);
    bool ok = true;
    for (int i = 0; i < ids.size() && ok; ++i)
        ok = document()->setValue(Table::StrategicLine, ids.at(i), u"sort_order"_s, i + 1);
    stack->endMacro();
    return ok;
}

} // namespace planea::ui
