#pragma once

#include "storage/Schema.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantMap>

#include <functional>

namespace planea {
class PlanDocument;
struct PlanData;
} // namespace planea

namespace planea::ui {

/// A table of rows with an integer id (team members, checklist items, lines…) shown from the
/// loaded plan and edited through the document's undoable commands.
///
/// It listens to PlanStore's rowInserted / valueChanged / rowRemoved / tableChanged for its table
/// and turns them into beginInsertRows / dataChanged / beginRemoveRows, so views keep their
/// selection and scroll position while the user types. Subclasses give the columns and how to
/// read the rows out of PlanData; they also declare the public `enum Column`.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RowIdRole = Qt::UserRole + 1, ///< the row's id in its table
        RawValueRole, ///< the stored value (number, bool…) rather than its display text
    };

    enum class Kind { Text, Bool, Number, Money };

    struct ColumnSpec
    {
        QString column; ///< the table column it edits
        QString header; ///< translated header
        Kind kind = Kind::Text;
        bool editable = true;
    };

    struct Row
    {
        qint64 id = 0;
        QVariantMap values; ///< column name -> stored value
    };

    RecordTableModel(PlanDocument *document, Table table, QList<ColumnSpec> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Table table() const { return m_table; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    /// Every stored column of a row, as the undo of its removal needs it.
    QVariantMap snapshot(int row) const;
    /// The sort_order a new row gets to land last.
    int nextSortOrder() const;

protected:
    /// The rows in display order. Called on every change of the table.
    virtual QList<Row> readRows(const PlanData &data) const = 0;
    /// Text for an edit step in the undo history, e.g. "Editar nombre del integrante".
    virtual QString editText(int column) const;
    /// Called once by the subclass constructor, after its readRows() can run.
    void load();

    PlanDocument *document() const { return m_document; }
    const QList<ColumnSpec> &columns() const { return m_columns; }

private:
    void onInserted(Table table, qint64 id);
    void onChanged(Table table, qint64 id, const QString &column);
    void onRemoved(Table table, qint64 id);
    void onTableChanged(Table table);

    PlanDocument *m_document;
    Table m_table;
    QList<ColumnSpec> m_columns;
    QList<Row> m_rows;
};

} // namespace planea::ui
