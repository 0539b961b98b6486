#pragma once

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include <utility>

namespace planea::ui {

/// Adds a label (buddy of its field, for its Alt shortcut) and a field per row of a dialog's grid
/// from `row` on; returns the row after the last.
inline int addLabelledRows(QGridLayout *layout, int row, const QList<std::pair<QString, QWidget *>> &fields,
                           Qt::Alignment labelAlignment = Qt::AlignRight | Qt::AlignVCenter)
{
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        layout->addWidget(label, row, 0, labelAlignment);
        layout->addWidget(field, row++, 1);
    }
    return row;
}

/// An OK/Cancel button box whose buttons say what they do ("Aprobar y congelar", "Cancelar").
inline QDialogButtonBox *okCancelButtons(const QString &okText, const QString &cancelText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    return buttons;
}

} // namespace planea::ui
