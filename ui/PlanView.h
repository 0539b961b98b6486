#pragma once

#include "storage/Schema.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

class ModulePage;

/// The open plan: the seven modules of the route on the left (numbered, with their completion),
/// the current module's page on the right, "Previous / Next" below, and a banner when the plan
/// is the demonstration. A council package opens read-only on the dashboard, under a banner
/// with its fingerprint and whether it still matches.
class PlanView final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(PlanDocument *document, QWidget *parent = nullptr);

    int currentModule() const;
    void showModule(int module);
    ModulePage *page(int module) const;
    /// Goes to the module and selects the item (a validation finding's location).
    void navigateTo(int module, Table table, qint64 id);
    /// Recomputes what is derived (completeness, totals…) now rather than after the short delay.
    void refreshNow();

private:
    void scheduleRefresh();
    void updateRoute();
    void updateButtons();

    void updateCouncilBanner();

    PlanDocument *m_document;
    QLabel *m_banner;
    QLabel *m_councilBanner;
    QListWidget *m_route;
    QStackedWidget *m_pages;
    QPushButton *m_previous;
    QPushButton *m_next;
    QList<ModulePage *> m_modulePages;
    QList<bool> m_stale;
    QTimer *m_refreshTimer;
};

} // namespace planea::ui
