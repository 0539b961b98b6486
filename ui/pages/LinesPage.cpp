#include "LinesPage.h"

#include "PlanDocument.h"
#include "models/LineModel.h"
#include "widgets/GridView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

LinesPage::LinesPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 2, parent)
    , m_model(new LineModel(document, this))
    , m_view(new GridView)
{
    setHelp(tr("The strategic lines are the big themes of the plan, taken from the mayor's government program (for "
               "example “Social fabric” or “Rural economy”). Order them by priority: the first line is the most "
               "important. Each line groups sectors, and later its programs and products."));
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    m_view->setObjectName(u"linesView"_s);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setColumnWidth(LineModel::Order, 50);
    m_view->setColumnWidth(LineModel::Name, 300);
    m_view->setColumnWidth(LineModel::Description, 560);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add line"));
    add->setObjectName(u"addLineButton"_s);
    auto *remove = new QPushButton(tr("Remove line"));
    remove->setObjectName(u"removeLineButton"_s);
    auto *up = new QPushButton(tr("Move up"));
    up->setObjectName(u"moveLineUpButton"_s);
    auto *down = new QPushButton(tr("Move down"));
    down->setObjectName(u"moveLineDownButton"_s);
    for (auto *b : { add, remove, up, down })
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &LinesPage::addLine);
    connect(remove, &QPushButton::clicked, this, &LinesPage::removeLine);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(+1); });
    tabs()->addTab(w, tr("Lines in priority order"));
}

void LinesPage::addLine()
{
    const qint64 id = document()->insertRow(
        Table::StrategicLine, { { u"name"_s, tr("New line") }, { u"sort_order"_s, m_model->nextSortOrder() } },
        tr("Add strategic line"));
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, LineModel::Name));
        m_view->edit(m_view->currentIndex());
    }
}

void LinesPage::removeLine()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    // Removing a line removes its programs, products and goals (the file cascades); the undo
    // stack only restores the line itself, so refuse rather than lose work silently.
    if (!document()->data().programsOf(id).isEmpty()) {
        QMessageBox::information(this, tr("Remove line"),
                                 tr("This line has programs. Move or remove its programs in the strategic plan "
                                    "first, so that no goal is lost by mistake."));
        return;
    }
    QVariantMap snapshot = m_model->snapshot(row);
    snapshot.remove(u"position"_s);
    snapshot.remove(u"sectors"_s);
    document()->removeRow(Table::StrategicLine, id, snapshot,
                          tr("Remove line “%1”").arg(snapshot.value(u"name"_s).toString()));
}

void LinesPage::move(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    m_model->move(current.row(), delta);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, current.column()));
}

void LinesPage::showItem(Table table, qint64 id)
{
    tabs()->setCurrentIndex(0);
    if (table != Table::StrategicLine)
        return;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, LineModel::Name));
}

} // namespace planea::ui
