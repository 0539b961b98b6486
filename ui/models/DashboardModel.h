#pragma once

#include "calc/Efficacy.h"

#include <QAbstractItemModel>
#include <QList>

namespace planea {
struct PlanData;
}

namespace planea::ui {

/// The dashboard's drill-down: the plan, its strategic lines, their programs and the goals
/// (product indicators) below, each with the year's eficacia, its traffic light (colour and
/// category text), the four-year progress and how many goals reported. Read-only; rebuilt from a
/// calc::EfficacyReport, so its numbers are the calculation's.
class DashboardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Efficacy, Light, TermProgress, Reported, WithoutReport, ColumnCount };
    enum class Kind { Plan, Line, Program, Goal };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(Kind)
        IdRole, ///< the line, program or indicator id (0 for the plan)
        PercentRole, ///< the Efficacy / TermProgress column as a number (invalid: no information)
    };

    explicit DashboardModel(QObject *parent = nullptr);

    /// Rebuilds the tree. With `hideEmpty`, lines and programs without goals are left out (used
    /// when the goals are filtered by office).
    void setReport(const PlanData &plan, const calc::EfficacyReport &report, bool hideEmpty);

    QModelIndex planIndex() const;
    QModelIndex find(Kind kind, qint64 id) const;
    Kind kindOf(const QModelIndex &index) const;
    qint64 idOf(const QModelIndex &index) const;
    /// The figures of a node, as the calculation gave them.
    const calc::GroupEfficacy *group(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind = Kind::Plan;
        calc::GroupEfficacy group;
        QString detail; ///< tooltip of a goal: target and achieved
        bool programmed = false; ///< a goal with a target this year
        bool reported = false;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    int nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes; ///< m_nodes[0] is the plan when not empty
};

} // namespace planea::ui
