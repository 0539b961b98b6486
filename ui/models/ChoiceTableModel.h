#pragma once

#include "RecordTableModel.h"

#include <QSet>

namespace planea::ui {

/// A RecordTableModel some of whose columns take one value out of a list (a line, a sector, an
/// ODS, a PND transformation…): they show the choice's name, edit the stored value through
/// ChoiceDelegate's combo box and store nothing (NULL or '') for "none".
class ChoiceTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum ChoiceRoles {
        ChoicesRole = Qt::UserRole + 20, ///< QVariantList of {text, value} QVariantMaps
    };

    using RecordTableModel::RecordTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    /// The choices of a choice column (first the "none" entry if allowed); empty for other columns.
    virtual QList<std::pair<QString, QVariant>> choices(int column) const = 0;
    /// Whether `column` is a choice column.
    virtual bool isChoice(int column) const = 0;
};

} // namespace planea::ui
