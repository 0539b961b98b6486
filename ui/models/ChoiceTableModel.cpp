#include "ChoiceTableModel.h"

#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

QVariant ChoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isChoice(index.column()))
        return RecordTableModel::data(index, role);
    const QVariant raw = RecordTableModel::data(index, RawValueRole);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        for (const auto &[text, value] : choices(index.column())) {
            if (!value.isNull() && value.toString() == raw.toString() && !raw.isNull())
                return text;
        }
        return raw.isNull() ? QVariant(QString()) : QVariant(raw.toString());
    case Qt::EditRole:
        return raw;
    case ChoicesRole: {
        QVariantList list;
        for (const auto &[text, value] : choices(index.column()))
            list.append(QVariantMap { { u"text"_s, text }, { u"value"_s, value } });
        return list;
    }
    default:
        return RecordTableModel::data(index, role);
    }
}

bool ChoiceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !isChoice(index.column()))
        return RecordTableModel::setData(index, value, role);
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // Only a value from the list is stored.
    bool known = false;
    for (const auto &[text, choice] : choices(index.column()))
        known = known || (choice.isNull() ? value.isNull() || value.toString().isEmpty() : choice == value);
    if (!known)
        return false;
    const QString column = columns().at(index.column()).column;
    QVariant stored = value;
    if (value.isNull() || value.toString().isEmpty())
        stored = column.endsWith(u"_code"_s) && column != u"pnd_code"_s ? QVariant(QString()) : QVariant();
    return document()->setValue(table(), idAt(index.row()), column, stored, editText(index.column()));
}

} // namespace planea::ui
