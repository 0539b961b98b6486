#pragma once

#include "ModulePage.h"

#include <QHash>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;

namespace planea::ui {

class StrategicTreeModel;

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

private:
    QWidget *buildEditor();
    void onSelection();
    void loadEditor();
    void commitText(QLineEdit *edit, const QString &column, const QString &undoText);
    void commitNumber(QLineEdit *edit, const QString &column, const QString &undoText, bool allowEmpty);
    void addRow(const QString &label, QWidget *field);
    void setRow(QWidget *field, bool visible);

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
    QLineEdit *m_customLabel = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_baseline = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_cost = nullptr;
    QComboBox *m_accumulation = nullptr;
    QComboBox *m_trend = nullptr;
    QLabel *m_ppiNote = nullptr;
};

} // namespace planea::ui
