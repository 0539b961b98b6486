#include "StrategicTreeModel.h"

#include "Format.h"
#include "document/PlanDocument.h"

#include <QColor>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

struct StrategicTreeModel::Node
{
    NodeKind kind = NodeKind::Line;
    qint64 id = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Node *add(NodeKind k, qint64 childId)
    {
        auto n = std::make_unique<Node>();
        n->kind = k;
        n->id = childId;
        n->parent = this;
        children.push_back(std::move(n));
        return children.back().get();
    }
};

namespace {
bool isTreeTable(Table t)
{
    return t == Table::StrategicLine || t == Table::Program || t == Table::Product || t == Table::ProductIndicator;
}
} // namespace

StrategicTreeModel::StrategicTreeModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_root(std::make_unique<Node>())
{
    const PlanStore *store = &document->store();
    connect(store, &PlanStore::rowInserted, this, [this](Table t, qint64) { onStructure(t); });
    connect(store, &PlanStore::rowRemoved, this, [this](Table t, qint64) { onStructure(t); });
    connect(store, &PlanStore::tableChanged, this, &StrategicTreeModel::onStructure);
    connect(store, &PlanStore::valueChanged, this, &StrategicTreeModel::onValue);
    rebuild();
}

StrategicTreeModel::~StrategicTreeModel() = default;

Table StrategicTreeModel::tableOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Line:
        return Table::StrategicLine;
    case NodeKind::Program:
        return Table::Program;
    case NodeKind::Product:
        return Table::Product;
    case NodeKind::Indicator:
        return Table::ProductIndicator;
    }
    return Table::StrategicLine;
}

void StrategicTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const PlanData &d = m_document->data();
    for (const StrategicLine &line : d.lines) {
        Node *ln = m_root->add(NodeKind::Line, line.id);
        for (const BudgetProgram *program : d.programsOf(line.id)) {
            Node *pn = ln->add(NodeKind::Program, program->id);
            for (const Product *product : d.productsOf(program->id)) {
                Node *prn = pn->add(NodeKind::Product, product->id);
                for (const ProductIndicator *ind : d.indicatorsOf(product->id))
                    prn->add(NodeKind::Indicator, ind->id);
            }
        }
    }
    endResetModel();
}

void StrategicTreeModel::onStructure(Table table)
{
    if (isTreeTable(table) || table == Table::Investment)
        rebuild();
}

void StrategicTreeModel::onValue(Table table, qint64 id, const QString &column)
{
    if (!isTreeTable(table))
        return;
    if (column == u"sort_order"_s || column == u"line_id"_s || column == u"program_id"_s || column == u"product_id"_s) {
        rebuild();
        return;
    }
    NodeKind kind = NodeKind::Line;
    if (table == Table::Program)
        kind = NodeKind::Program;
    else if (table == Table::Product)
        kind = NodeKind::Product;
    else if (table == Table::ProductIndicator)
        kind = NodeKind::Indicator;
    if (const Node *n = find(kind, id))
        emit dataChanged(indexOfNode(n, 0), indexOfNode(n, ColumnCount - 1));
}

const StrategicTreeModel::Node *StrategicTreeModel::find(NodeKind kind, qint64 id) const
{
    std::vector<const Node *> stack { m_root.get() };
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n != m_root.get() && n->kind == kind && n->id == id)
            return n;
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return nullptr;
}

QModelIndex StrategicTreeModel::indexOf(Table table, qint64 id) const
{
    for (NodeKind k : { NodeKind::Line, NodeKind::Program, NodeKind::Product, NodeKind::Indicator }) {
        if (tableOf(k) == table) {
            if (const Node *n = find(k, id))
                return indexOfNode(n);
        }
    }
    return {};
}

StrategicTreeModel::Node *StrategicTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex StrategicTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex StrategicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    if (row < 0 || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex StrategicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    return indexOfNode(n->parent);
}

int StrategicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int StrategicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StrategicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const PlanData &d = m_document->data();
    QString name, code;
    bool own = false;
    std::optional<Money> cost;
    switch (n->kind) {
    case NodeKind::Line:
        if (const auto *l = d.line(n->id)) {
            name = tr("Line %1. %2").arg(n->row() + 1).arg(l->name);
            Money total = 0;
            for (const auto *p : d.programsOf(l->id))
                for (const auto *pr : d.productsOf(p->id))
                    total += pr->cost;
            cost = total;
        }
        break;
    case NodeKind::Program:
        if (const auto *p = d.program(n->id)) {
            name = p->name;
            code = p->code;
            own = p->isOwn;
            Money total = 0;
            for (const auto *pr : d.productsOf(p->id))
                total += pr->cost;
            cost = total;
        }
        break;
    case NodeKind::Product:
        if (const auto *p = d.product(n->id)) {
            name = p->name;
            code = p->code;
            own = p->isOwn;
            cost = p->cost;
        }
        break;
    case NodeKind::Indicator:
        if (const auto *i = d.indicator(n->id)) {
            name = i->displayName();
            code = i->code;
            own = i->isOwn;
        }
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return name;
        case Code:
            return code;
        case Status:
            if (!own)
                return QString();
            return role == Qt::ToolTipRole ? tr("own — pending validation") : tr("own");
        case Cost:
            return cost ? format::money(*cost) : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Cost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && own)
            return QColor(0xA0, 0x5A, 0x00);
        return {};
    case Qt::FontRole:
        if (n->kind == NodeKind::Line) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case KindRole:
        return int(n->kind);
    case RowIdRole:
        return n->id;
    case IsOwnRole:
        return own;
    default:
        return {};
    }
}

QVariant StrategicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Line › program › product › indicator");
    case Code:
        return tr("Code");
    case Status:
        return tr("Origin");
    case Cost:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace planea::ui
