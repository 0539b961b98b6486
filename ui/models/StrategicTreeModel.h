#pragma once

#include "storage/Schema.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace planea {
class PlanDocument;
struct PlanData;
} // namespace planea

namespace planea::ui {

/// The value chain of the strategic plan as a tree: line › program › product › indicator.
///
/// Value edits become dataChanged on the one node; structural changes (an item added, removed
/// or moved) rebuild the tree, which views survive by re-selecting through indexOf().
class StrategicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Status, Cost, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< NodeKind of the item
        RowIdRole, ///< id in its table
        IsOwnRole, ///< bool: the entity's own item, not from the catalog
    };
    enum class NodeKind { Line, Program, Product, Indicator };

    explicit StrategicTreeModel(PlanDocument *document, QObject *parent = nullptr);
    ~StrategicTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The index of a plan item (column 0), or invalid.
    QModelIndex indexOf(Table table, qint64 id) const;

    static Table tableOf(NodeKind kind);

private:
    struct Node;

    void rebuild();
    void onStructure(Table table);
    void onValue(Table table, qint64 id, const QString &column);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    const Node *find(NodeKind kind, qint64 id) const;

    PlanDocument *m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace planea::ui
