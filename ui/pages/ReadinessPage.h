#pragma once

#include "ModulePage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTableWidget;
class QLabel;

namespace planea::ui {

class TeamModel;
class ChecklistModel;

/// Module 1: the entity and its term, the planning team, the checklist and the legal route.
class ReadinessPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit ReadinessPage(PlanDocument *document, QWidget *parent = nullptr);

    void refresh() override;
    void showItem(Table table, qint64 id) override;

    TeamModel *teamModel() const { return m_teamModel; }

private:
    QWidget *buildEntityTab();
    QWidget *buildTeamTab();
    QWidget *buildChecklistTab();
    QWidget *buildCalendarTab();
    void refreshEntity();
    void refreshCalendar();
    void addMember();
    void removeMember();

    TeamModel *m_teamModel = nullptr;
    ChecklistModel *m_checklistModel = nullptr;
    QTableView *m_teamView = nullptr;
    QTableView *m_checklistView = nullptr;
    QLabel *m_entityLabel = nullptr;
    QLineEdit *m_planName = nullptr;
    QLineEdit *m_head = nullptr;
    QSpinBox *m_startYear = nullptr;
    QLabel *m_termLabel = nullptr;
    QComboBox *m_state = nullptr;
    QTableWidget *m_calendar = nullptr;
};

} // namespace planea::ui
