#include "ChoiceDelegate.h"

#include "models/ChoiceTableModel.h"

#include <QComboBox>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariantList choices = index.data(ChoiceTableModel::ChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"choiceEditor"_s);
    for (const QVariant &c : choices)
        combo->addItem(c.toMap().value(u"text"_s).toString(), c.toMap().value(u"value"_s));
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant raw = index.data(Qt::EditRole);
    int found = 0;
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant v = combo->itemData(i);
        if (!raw.isNull() && !v.isNull() && v.toString() == raw.toString())
            found = i;
    }
    combo->setCurrentIndex(found);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace planea::ui
