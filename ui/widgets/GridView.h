#pragma once

#include <QTableView>

namespace planea::ui {

/// A table that behaves like a spreadsheet for people used to Excel: Ctrl+V pastes a copied
/// block, Delete clears the selected cells, Enter moves down, editing starts on typing.
class GridView final : public QTableView
{
    Q_OBJECT

public:
    explicit GridView(QWidget *parent = nullptr);

    /// Pastes `text` at the current cell (also what Ctrl+V does with the clipboard).
    void pasteText(const QString &text);

signals:
    /// Emitted for Ctrl+V when the model has no block paste of its own; models that do (the PPI
    /// grid) handle it through this.
    void pasteRequested(const QModelIndex &topLeft, const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace planea::ui
