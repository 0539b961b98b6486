#include "GridView.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

namespace planea::ui {

GridView::GridView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
}

void GridView::pasteText(const QString &text)
{
    QModelIndex at = currentIndex();
    if (!at.isValid())
        at = model() ? model()->index(0, 0) : QModelIndex();
    if (at.isValid())
        emit pasteRequested(at, text);
}

void GridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteText(QApplication::clipboard()->text());
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && state() != EditingState) {
        const QModelIndexList cells = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
        for (const QModelIndex &cell : cells) {
            if (cell.flags() & Qt::ItemIsEditable)
                model()->setData(cell, QString(), Qt::EditRole);
        }
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        const QModelIndex next = currentIndex().sibling(currentIndex().row() + 1, currentIndex().column());
        if (next.isValid())
            setCurrentIndex(next);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace planea::ui
