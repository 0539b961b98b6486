#include "ReadinessPage.h"

#include "Format.h"
#include "calc/LegalCalendar.h"
#include "document/PlanDocument.h"
#include "models/ChecklistModel.h"
#include "models/TeamModel.h"
#include "widgets/GridView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

ReadinessPage::ReadinessPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 1, parent)
{
    setHelp(tr("Before writing the plan, get ready: confirm the entity and the government term, form the team that "
               "will formulate the plan and check that you have what you need (government program, transition "
               "report, fiscal framework…). The legal route shows the deadlines of Ley 152 de 1994, counted from the "
               "start of the term."));
    tabs()->addTab(buildEntityTab(), tr("Entity and term"));
    tabs()->addTab(buildTeamTab(), tr("Planning team"));
    tabs()->addTab(buildChecklistTab(), tr("Checklist"));
    tabs()->addTab(buildCalendarTab(), tr("Legal route"));
    refresh();
}

QWidget *ReadinessPage::buildEntityTab()
{
    auto *w = new QWidget;
    auto *form = new QFormLayout(w);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_entityLabel = new QLabel;
    m_entityLabel->setObjectName(u"entityLabel"_s);
    m_entityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Entity:"), m_entityLabel);

    m_planName = new QLineEdit;
    m_planName->setObjectName(u"planNameEdit"_s);
    m_planName->setMaximumWidth(600);
    form->addRow(tr("Name of the plan:"), m_planName);
    connect(m_planName, &QLineEdit::editingFinished, this, [this] {
        document()->setValue(Table::Plan, 1, u"plan_name"_s, m_planName->text().trimmed(), tr("Edit plan name"));
    });

    m_head = new QLineEdit;
    m_head->setObjectName(u"headOfGovernmentEdit"_s);
    m_head->setMaximumWidth(600);
    form->addRow(tr("Mayor or governor:"), m_head);
    connect(m_head, &QLineEdit::editingFinished, this, [this] {
        document()->setValue(Table::Plan, 1, u"head_of_government"_s, m_head->text().trimmed(),
                             tr("Edit head of government"));
    });

    auto *termRow = new QHBoxLayout;
    m_startYear = new QSpinBox;
    m_startYear->setObjectName(u"termStartYear"_s);
    m_startYear->setRange(1990, 2200);
    m_startYear->setGroupSeparatorShown(false);
    m_termLabel = new QLabel;
    termRow->addWidget(m_startYear);
    termRow->addWidget(m_termLabel, 1);
    form->addRow(tr("Term starts in:"), termRow);
    connect(m_startYear, &QSpinBox::editingFinished, this, [this] {
        document()->setValue(Table::Plan, 1, u"term_start_year"_s, m_startYear->value(), tr("Change term"));
    });

    m_state = new QComboBox;
    m_state->setObjectName(u"workflowState"_s);
    for (int s = int(WorkflowState::Draft); s <= int(WorkflowState::Closed); ++s)
        m_state->addItem(displayName(WorkflowState(s)), toCode(WorkflowState(s)));
    m_state->setMaximumWidth(400);
    form->addRow(tr("State of the plan:"), m_state);
    connect(m_state, &QComboBox::activated, this, [this](int i) {
        document()->setValue(Table::Plan, 1, u"workflow_state"_s, m_state->itemData(i), tr("Change plan state"));
    });
    return w;
}

QWidget *ReadinessPage::buildTeamTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    m_teamModel = new TeamModel(document(), this);
    auto *view = new GridView;
    view->setObjectName(u"teamView"_s);
    view->setModel(m_teamModel);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(TeamModel::Name, 200);
    view->setColumnWidth(TeamModel::Position, 170);
    view->setColumnWidth(TeamModel::Office, 190);
    view->setColumnWidth(TeamModel::Role, 190);
    view->setColumnWidth(TeamModel::Email, 190);
    view->setColumnWidth(TeamModel::Phone, 110);
    m_teamView = view;
    layout->addWidget(view);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add member"));
    add->setObjectName(u"addMemberButton"_s);
    auto *remove = new QPushButton(tr("Remove member"));
    remove->setObjectName(u"removeMemberButton"_s);
    add->setToolTip(tr("A person of the team that formulates the plan; the change log names who changed what."));
    remove->setToolTip(tr("Removes the selected member (Ctrl+Z undoes it)."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ReadinessPage::addMember);
    connect(remove, &QPushButton::clicked, this, &ReadinessPage::removeMember);
    return w;
}

void ReadinessPage::addMember()
{
    const qint64 id = document()->insertRow(
        Table::TeamMember, { { u"name"_s, tr("New member") }, { u"sort_order"_s, m_teamModel->nextSortOrder() } },
        tr("Add team member"));
    const int row = m_teamModel->rowOf(id);
    if (row >= 0) {
        m_teamView->setCurrentIndex(m_teamModel->index(row, TeamModel::Name));
        m_teamView->edit(m_teamView->currentIndex());
    }
}

void ReadinessPage::removeMember()
{
    const int row = m_teamView->currentIndex().row();
    if (row < 0)
        return;
    const QVariantMap snapshot = m_teamModel->snapshot(row);
    document()->removeRow(Table::TeamMember, m_teamModel->idAt(row), snapshot,
                          tr("Remove team member “%1”").arg(snapshot.value(u"name"_s).toString()));
}

QWidget *ReadinessPage::buildChecklistTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    m_checklistModel = new ChecklistModel(document(), this);
    auto *view = new GridView;
    view->setObjectName(u"checklistView"_s);
    view->setModel(m_checklistModel);
    view->setColumnWidth(ChecklistModel::Done, 70);
    view->setColumnWidth(ChecklistModel::Text, 520);
    view->horizontalHeader()->setStretchLastSection(true);
    m_checklistView = view;
    layout->addWidget(view);
    return w;
}

QWidget *ReadinessPage::buildCalendarTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    m_calendar = new QTableWidget;
    m_calendar->setObjectName(u"calendarTable"_s);
    m_calendar->setColumnCount(5);
    m_calendar->setHorizontalHeaderLabels(
        { tr("Step"), tr("Deadline"), tr("Done on"), tr("Status"), tr("Legal basis") });
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->verticalHeader()->hide();
    m_calendar->setAlternatingRowColors(true);
    m_calendar->setColumnWidth(0, 380);
    m_calendar->setColumnWidth(1, 100);
    m_calendar->setColumnWidth(2, 100);
    m_calendar->setColumnWidth(3, 150);
    m_calendar->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_calendar);
    auto *note = new QLabel(tr("Dates marked “to be confirmed” come from practice, not from a fixed legal term: "
                               "check them with your legal office."));
    note->setWordWrap(true);
    layout->addWidget(note);
    return w;
}

void ReadinessPage::refresh()
{
    refreshEntity();
    refreshCalendar();
}

void ReadinessPage::refreshEntity()
{
    const PlanInfo &info = document()->data().info;
    m_entityLabel->setText(tr("%1 (%2) — DANE code %3 — category %4")
                               .arg(info.entity.name, info.entity.departmentName, info.entity.daneCode,
                                    info.entity.category.isEmpty() ? tr("not set") : info.entity.category));
    if (!m_planName->hasFocus())
        m_planName->setText(info.planName);
    if (!m_head->hasFocus())
        m_head->setText(info.headOfGovernment);
    if (!m_startYear->hasFocus()) {
        const QSignalBlocker block(m_startYear);
        m_startYear->setValue(info.term.startYear);
    }
    m_termLabel->setText(tr("Term %1–%2, from %3")
                             .arg(info.term.startYear)
                             .arg(info.term.endYear())
                             .arg(format::date(info.term.effectiveStartDate())));
    const QSignalBlocker block(m_state);
    m_state->setCurrentIndex(m_state->findData(toCode(info.state)));
    const bool ro = document()->store().isReadOnly();
    m_planName->setReadOnly(ro);
    m_head->setReadOnly(ro);
    m_startYear->setEnabled(!ro);
    m_state->setEnabled(!ro);
}

void ReadinessPage::refreshCalendar()
{
    const auto steps = calc::LegalCalendar::steps(document()->data(), QDate::currentDate());
    m_calendar->setRowCount(int(steps.size()));
    for (int r = 0; r < steps.size(); ++r) {
        const calc::CalendarStep &s = steps.at(r);
        QString status;
        QColor color;
        if (s.actual) {
            status = s.late ? tr("Done late") : tr("Done");
            color = s.late ? QColor(0xB2, 0x6B, 0x00) : QColor(0x2E, 0x7D, 0x32);
        } else if (s.overdue) {
            status = tr("Overdue");
            color = QColor(0xB0, 0x3A, 0x2E);
        } else {
            status = s.due ? tr("Pending") : tr("No fixed date");
        }
        if (!s.confirmed)
            status += tr(" (to be confirmed)");
        QString due = s.due ? format::date(*s.due) : tr("—");
        if (s.dueOnWeekend)
            due += tr(" (weekend)");
        const QStringList cells { s.name, due, s.actual ? format::date(*s.actual) : QString(), status, s.legalBasis };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3 && color.isValid())
                item->setForeground(color);
            if (!s.note.isEmpty())
                item->setToolTip(s.note);
            m_calendar->setItem(r, c, item);
        }
    }
}

void ReadinessPage::showItem(Table table, qint64 id)
{
    if (table == Table::TeamMember) {
        tabs()->setCurrentIndex(1);
        const int row = m_teamModel->rowOf(id);
        if (row >= 0)
            m_teamView->setCurrentIndex(m_teamModel->index(row, 0));
    } else if (table == Table::ChecklistItem) {
        tabs()->setCurrentIndex(2);
        const int row = m_checklistModel->rowOf(id);
        if (row >= 0)
            m_checklistView->setCurrentIndex(m_checklistModel->index(row, 1));
    } else if (table == Table::Milestone) {
        tabs()->setCurrentIndex(3);
    } else {
        tabs()->setCurrentIndex(0);
    }
}

} // namespace planea::ui
