#include "TeamModel.h"

#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

TeamModel::TeamModel(PlanDocument *document, QObject *parent)
    : RecordTableModel(document, Table::TeamMember,
                       {
                           { u"name"_s, tr("Name"), Kind::Text, true },
                           { u"position"_s, tr("Position"), Kind::Text, true },
                           { u"office"_s, tr("Office"), Kind::Text, true },
                           { u"role"_s, tr("Role in the formulation"), Kind::Text, true },
                           { u"email"_s, tr("Email"), Kind::Text, true },
                           { u"phone"_s, tr("Phone"), Kind::Text, true },
                           { u"is_leader"_s, tr("Leader"), Kind::Bool, true },
                       },
                       parent)
{
    load();
}

QList<RecordTableModel::Row> TeamModel::readRows(const PlanData &data) const
{
    QList<Row> rows;
    for (const TeamMember &m : data.team) {
        rows.append({ m.id,
                      { { u"name"_s, m.name },
                        { u"position"_s, m.position },
                        { u"office"_s, m.office },
                        { u"role"_s, m.role },
                        { u"email"_s, m.email },
                        { u"phone"_s, m.phone },
                        { u"is_leader"_s, m.isLeader ? 1 : 0 },
                        { u"sort_order"_s, m.sortOrder } } });
    }
    return rows;
}

} // namespace planea::ui
