#pragma once

#include <QStyledItemDelegate>

namespace planea::ui {

/// Edits a ChoiceTableModel choice column with a combo box of its choices; other columns are
/// edited as QStyledItemDelegate does.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace planea::ui
