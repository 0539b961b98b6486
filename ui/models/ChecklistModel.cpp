#include "ChecklistModel.h"

#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

ChecklistModel::ChecklistModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, Table::ChecklistItem,
                       {
                           { u"done"_s, tr("Done"), Kind::Bool, true },
                           { u"text"_s, tr("Item"), Kind::Text, true },
                           { u"evidence"_s, tr("Evidence (document, act, link)"), Kind::Text, true },
                       },
                       parent)
{
    load();
}

QList<RecordTableModel::Row> ChecklistModel::readRows(const PlanData &data) const
{
    QList<Row> rows;
    for (const ChecklistItem &c : data.checklist) {
        rows.append({ c.id,
                      { { u"done"_s, c.done ? 1 : 0 },
                        { u"text"_s, c.text },
                        { u"code"_s, c.code },
                        { u"evidence"_s, c.evidence },
                        { u"sort_order"_s, c.sortOrder } } });
    }
    return rows;
}

} // namespace planea::ui
