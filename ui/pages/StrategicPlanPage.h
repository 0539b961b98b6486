#pragma once

#include "ModulePage.h"

#include <QHash>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace planea {
struct CatalogHit;
}

namespace planea::ui {

class StrategicTreeModel;
class WellbeingModel;

/// Module 4: the value chain line › program › product › indicator, with an editor for the
/// selected item.
class StrategicPlanPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit StrategicPlanPage(PlanDocument *document, QWidget *parent = nullptr);

    void showItem(Table table, qint64 id) override;
    StrategicTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QTableView *wellbeingView() const { return m_wellbeingView; }

    /// Adds under the selected item (a program to a line, a product to a program, an indicator to
    /// a product) the item the user picks in the catalog search dialog.
    void addFromCatalog();
    /// Adds an own item ("propio — pendiente de validación") with a name the user types.
    void addOwn();
    /// Removes the selected item and everything under it, as one undo step.
    void removeSelected();
    /// Adds a catalog item under the selection (what addFromCatalog() does after the dialog).
    /// Returns the new row's id, or 0.
    qint64 addCatalogItem(const CatalogHit &hit);

private:
    QWidget *buildEditor();
    void onSelection();
    void loadEditor();
    void commitText(QLineEdit *edit, const QString &column, const QString &undoText);
    void commitNumber(QLineEdit *edit, const QString &column, const QString &undoText, bool allowEmpty);
    void addRow(const QString &label, QWidget *field);
    void setRow(QWidget *field, bool visible);
    void updateActions();
    /// What the buttons add under the current selection, and where: the table, the parent's id
    /// and the parent's code (the catalog prefix).
    struct Target
    {
        Table table = Table::Plan;
        qint64 parentId = 0;
        QString parentCode;
        bool parentOwn = false;
    };
    Target addTarget() const;
    QWidget *buildWellbeingTab();

    StrategicTreeModel *m_model;
    QTreeView *m_tree;
    Table m_table = Table::Plan;
    qint64 m_id = 0;
    qint64 m_restoreId = 0;
    Table m_restoreTable = Table::Plan;

    QGridLayout *m_form = nullptr;
    QHash<QWidget *, QLabel *> m_labels;
    QLabel *m_kind = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_goalCode = nullptr;
    QLineEdit *m_customLabel = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_baseline = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_cost = nullptr;
    QComboBox *m_accumulation = nullptr;
    QComboBox *m_trend = nullptr;
    QLabel *m_ppiNote = nullptr;
    QLineEdit *m_focus = nullptr;
    QPushButton *m_addCatalog = nullptr;
    QPushButton *m_addOwn = nullptr;
    QPushButton *m_remove = nullptr;
    WellbeingModel *m_wellbeing = nullptr;
    QTableView *m_wellbeingView = nullptr;
};

} // namespace planea::ui
