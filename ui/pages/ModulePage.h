#pragma once

#include "storage/Schema.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// A page of the route: the module's title, a short plain-words explanation of the methodology,
/// and its sub-steps as tabs.
class ModulePage : public QWidget
{
    Q_OBJECT

public:
    ModulePage(PlanDocument *document, int module, QWidget *parent = nullptr);

    int module() const { return m_module; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The plain-words explanation of the step shown above its tabs.
    QString helpText() const;

    /// Recomputes derived views (totals, completeness…) after the plan changed. Editable tables
    /// follow the store by themselves; this is for what is calculated.
    virtual void refresh() { }
    /// Shows the sub-step holding a plan item and selects it (from a validation finding).
    virtual void showItem(Table table, qint64 id)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
    }

signals:
    /// The user asked for the support contents of this step ("Más información").
    void supportRequested(int module);

protected:
    void setHelp(const QString &text);
    PlanDocument *document() const { return m_document; }

private:
    PlanDocument *m_document;
    int m_module;
    QLabel *m_help;
    QTabWidget *m_tabs;
};

/// Translated module title ("Alistamiento"…), 1–7.
QString moduleTitle(int module);

} // namespace planea::ui
