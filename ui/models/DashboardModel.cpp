#include "DashboardModel.h"

#include "Format.h"
#include "domain/PlanData.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QIcon lightIcon(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    const QRgb key = color.isValid() ? color.rgb() : 0;
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.setBrush(color.isValid() ? color : QColor(0xC8, 0xC8, 0xC8));
    p.drawEllipse(QRectF(1, 1, 12, 12));
    p.end();
    return *cache.insert(key, QIcon(pixmap));
}

} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DashboardModel::setReport(const PlanData &plan, const calc::EfficacyReport &report, bool hideEmpty)
{
    beginResetModel();
    m_nodes.clear();
    Node root;
    root.kind = Kind::Plan;
    root.group = report.plan;
    if (root.group.name.isEmpty())
        root.group.name = plan.info.planName.isEmpty() ? tr("Whole plan") : plan.info.planName;
    m_nodes.append(root);

    auto add = [this](Node node, int parent) {
        node.parent = parent;
        node.row = int(m_nodes[parent].children.size());
        const int id = int(m_nodes.size());
        m_nodes.append(node);
        m_nodes[parent].children.append(id);
        return id;
    };
    QHash<qint64, const calc::GroupEfficacy *> programs;
    for (const calc::GroupEfficacy &g : report.programs)
        programs.insert(g.id, &g);
    QHash<qint64, QList<qsizetype>> goalsOfProgram;
    for (qsizetype i = 0; i < report.goals.size(); ++i)
        goalsOfProgram[report.goals.at(i).programId].append(i);

    for (const calc::GroupEfficacy &line : report.lines) {
        QList<Node> programNodes;
        QList<QList<Node>> goalNodes;
        for (const BudgetProgram *p : plan.programsOf(line.id)) {
            const calc::GroupEfficacy *pg = programs.value(p->id);
            const QList<qsizetype> goals = goalsOfProgram.value(p->id);
            if (!pg || (hideEmpty && goals.isEmpty()))
                continue;
            Node pn;
            pn.kind = Kind::Program;
            pn.group = *pg;
            QList<Node> gs;
            for (qsizetype i : goals) {
                const calc::GoalEfficacy &goal = report.goals.at(i);
                Node gn;
                gn.kind = Kind::Goal;
                gn.group = i < report.indicators.size() ? report.indicators.at(i) : calc::GroupEfficacy();
                gn.group.id = goal.indicatorId;
                gn.group.code = goal.code;
                gn.group.name = goal.name;
                gn.programmed = goal.programmed;
                gn.reported = goal.reported;
                if (!goal.programmed)
                    gn.detail = tr("Not programmed in %1").arg(report.year);
                else
                    gn.detail = tr("Target %1: %2 · achieved: %3")
                                    .arg(report.year)
                                    .arg(format::number(goal.target),
                                         goal.reported ? format::number(goal.achieved) : tr("no report"));
                gs.append(gn);
            }
            programNodes.append(pn);
            goalNodes.append(gs);
        }
        if (hideEmpty && programNodes.isEmpty())
            continue;
        Node ln;
        ln.kind = Kind::Line;
        ln.group = line;
        const int lineNode = add(ln, 0);
        for (qsizetype p = 0; p < programNodes.size(); ++p) {
            const int programNode = add(programNodes.at(p), lineNode);
            for (const Node &g : goalNodes.at(p))
                add(g, programNode);
        }
    }
    endResetModel();
}

int DashboardModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const int n = int(index.internalId());
    return n >= 0 && n < m_nodes.size() ? n : -1;
}

QModelIndex DashboardModel::planIndex() const
{
    return m_nodes.isEmpty() ? QModelIndex() : createIndex(0, 0, quintptr(0));
}

QModelIndex DashboardModel::find(Kind kind, qint64 id) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes.at(n).kind == kind && (kind == Kind::Plan || m_nodes.at(n).group.id == id))
            return createIndex(m_nodes.at(n).row, 0, quintptr(n));
    }
    return {};
}

DashboardModel::Kind DashboardModel::kindOf(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 ? Kind::Plan : m_nodes.at(n).kind;
}

qint64 DashboardModel::idOf(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n <= 0 ? 0 : m_nodes.at(n).group.id;
}

const calc::GroupEfficacy *DashboardModel::group(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 ? nullptr : &m_nodes.at(n).group;
}

QModelIndex DashboardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_nodes.isEmpty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const int p = nodeOf(parent);
    if (p < 0 || parent.column() != 0 || row >= m_nodes.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes.at(p).children.at(row)));
}

QModelIndex DashboardModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    const int p = m_nodes.at(n).parent;
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const int n = nodeOf(parent);
    return n < 0 ? 0 : int(m_nodes.at(n).children.size());
}

int DashboardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes.at(n);
    const calc::GroupEfficacy &g = node.group;
    const int col = index.column();
    switch (role) {
    case KindRole:
        return int(node.kind);
    case IdRole:
        return node.kind == Kind::Plan ? qint64(0) : g.id;
    case PercentRole:
        if (col == Efficacy && g.efficacy)
            return *g.efficacy;
        if (col == TermProgress && g.termProgress)
            return *g.termProgress;
        return {};
    case Qt::TextAlignmentRole:
        if (col == Efficacy || col == TermProgress || col == Reported || col == WithoutReport)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        return col == Light ? QVariant(lightIcon(g.category.color)) : QVariant();
    case Qt::ToolTipRole:
        if (col == Light)
            return g.category.text;
        if (node.kind == Kind::Goal && !node.detail.isEmpty())
            return node.detail;
        return col == Name ? QVariant(g.name) : QVariant();
    case Qt::FontRole:
        if (node.kind == Kind::Plan || node.kind == Kind::Line) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (col) {
    case Name:
        if (node.kind == Kind::Plan)
            return g.name;
        if (node.kind == Kind::Line)
            return tr("%1. %2").arg(node.row + 1).arg(g.name);
        return g.code.isEmpty() ? g.name : tr("%1 %2").arg(g.code, g.name);
    case Efficacy:
        return g.efficacy ? format::percent(*g.efficacy) : tr("—");
    case Light:
        return g.category.name;
    case TermProgress:
        return g.termProgress ? format::percent(*g.termProgress) : tr("—");
    case Reported:
        if (node.kind == Kind::Goal)
            return !node.programmed ? tr("NP") : (node.reported ? tr("Yes") : tr("No"));
        return tr("%1 of %2").arg(g.goalsReported).arg(g.goalsProgrammed);
    case WithoutReport:
        return node.kind == Kind::Goal ? QString() : QString::number(g.goalsWithoutReport);
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Plan, line, program, goal");
    case Efficacy:
        return tr("Eficacia");
    case Light:
        return tr("Traffic light");
    case TermProgress:
        return tr("Four-year progress");
    case Reported:
        return tr("Reported");
    case WithoutReport:
        return tr("Without report");
    default:
        return {};
    }
}

} // namespace planea::ui
