#include "LinesPage.h"

#include "catalog/Catalog.h"
#include "charts/ChartWidget.h"
#include "document/PlanDocument.h"
#include "models/LineModel.h"
#include "text/GovernmentProgram.h"
#include "widgets/GridView.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
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
    // Drag a line to its place; the buttons below do the same from the keyboard.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setToolTip(tr("Drag a line to change its priority; double-click a name or description to edit it."));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_view);
    auto *sectorBox = new QWidget;
    auto *sectorLayout = new QVBoxLayout(sectorBox);
    sectorLayout->setContentsMargins(0, 0, 0, 0);
    auto *sectorLabel = new QLabel(tr("Sectors of the selected line:"));
    sectorLabel->setWordWrap(true);
    sectorLayout->addWidget(sectorLabel);
    m_sectors = new QListWidget;
    m_sectors->setObjectName(u"lineSectorList"_s);
    m_sectors->setToolTip(tr("Tick the MGA sectors whose programs this line will hold."));
    sectorLabel->setBuddy(m_sectors);
    sectorLayout->addWidget(m_sectors, 1);
    split->addWidget(sectorBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 760, 300 });
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add line"));
    add->setObjectName(u"addLineButton"_s);
    auto *remove = new QPushButton(tr("Remove line"));
    remove->setObjectName(u"removeLineButton"_s);
    auto *up = new QPushButton(tr("Move up"));
    up->setObjectName(u"moveLineUpButton"_s);
    auto *down = new QPushButton(tr("Move down"));
    down->setObjectName(u"moveLineDownButton"_s);
    add->setToolTip(tr("A new strategic line at the end of the list (Ctrl+Z undoes it)."));
    remove->setToolTip(tr("Removes the selected line; a line that already has programs cannot be removed."));
    up->setToolTip(tr("Moves the selected line up; the order is the order of the plan document. You can also drag "
                      "it."));
    down->setToolTip(tr("Moves the selected line down; you can also drag it."));
    for (auto *b : { add, remove, up, down })
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &LinesPage::addLine);
    connect(remove, &QPushButton::clicked, this, &LinesPage::removeLine);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(+1); });
    tabs()->addTab(w, tr("Lines in priority order"));
    tabs()->addTab(buildProgramTab(), tr("Government program"));

    if (const Catalog *catalog = document->catalog()) {
        for (const CatalogSector &s : catalog->sectors()) {
            auto *item = new QListWidgetItem(u"%1 %2"_s.arg(s.code, s.name), m_sectors);
            item->setData(Qt::UserRole, s.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinesPage::loadSectors);
    connect(document, &PlanDocument::changed, this, &LinesPage::loadSectors);
    // A change of sectors reloads the model: keep the same line selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_view->setProperty("restoreLine", m_model->idAt(m_view->currentIndex().row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_view->property("restoreLine").toLongLong());
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, LineModel::Name));
    });
    connect(m_sectors, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const qint64 line = m_model->idAt(m_view->currentIndex().row());
        if (!line)
            return;
        const QString code = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        const QVariantMap key { { u"line_id"_s, line }, { u"sector_code"_s, code } };
        if (!this->document()->setCell(
                Table::LineSector, key, on ? std::optional<QVariantMap>(QVariantMap {}) : std::nullopt,
                on ? tr("Add sector %1 to the line").arg(code) : tr("Remove sector %1 from the line").arg(code)))
            loadSectors();
    });
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, LineModel::Name));
    loadSectors();
}

void LinesPage::refresh()
{
    loadSectors();
    const QString stored = document()->data().info.governmentProgramText;
    if (!m_programText->hasFocus() && m_programText->toPlainText() != stored) {
        const QSignalBlocker block(m_programText);
        m_programText->setPlainText(stored);
    }
    updateWordChart();
}

void LinesPage::loadSectors()
{
    const StrategicLine *line = document()->data().line(m_model->idAt(m_view->currentIndex().row()));
    const QSignalBlocker block(m_sectors);
    m_sectors->setEnabled(line && !document()->store().isReadOnly());
    for (int i = 0; i < m_sectors->count(); ++i) {
        QListWidgetItem *item = m_sectors->item(i);
        const bool on = line && line->sectorCodes.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QWidget *LinesPage::buildProgramTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *hint = new QLabel(tr("Paste here the text of the government program the mayor registered, or import it "
                               "from a .txt or .docx file. The chart shows its most frequent meaningful words: the "
                               "themes that repeat are good candidates for strategic lines."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *split = new QSplitter(Qt::Horizontal);
    m_programText = new QPlainTextEdit;
    m_programText->setObjectName(u"programText"_s);
    m_programText->setPlaceholderText(tr("Paste the government program here…"));
    m_programText->setPlainText(document()->data().info.governmentProgramText);
    m_programText->installEventFilter(this);
    split->addWidget(m_programText);
    m_wordChart = new ChartWidget;
    m_wordChart->setObjectName(u"programWordChart"_s);
    split->addWidget(m_wordChart);
    split->setSizes({ 480, 580 });
    layout->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    auto *import = new QPushButton(tr("Import file (.txt, .docx)…"));
    import->setObjectName(u"importProgramButton"_s);
    import->setToolTip(tr("Reads the Programa de Gobierno from a plain text or Word (.docx) file."));
    auto *save = new QPushButton(tr("Save text"));
    save->setObjectName(u"saveProgramButton"_s);
    save->setToolTip(tr("The text is also saved when you leave the box."));
    buttons->addWidget(import);
    buttons->addWidget(save);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the government program"), {},
                                                          tr("Text or Word documents (*.txt *.docx)"));
        if (!path.isEmpty())
            importProgram(path);
    });
    connect(save, &QPushButton::clicked, this, &LinesPage::commitProgramText);
    connect(m_programText, &QPlainTextEdit::textChanged, this, &LinesPage::updateWordChart);
    updateWordChart();
    return w;
}

bool LinesPage::eventFilter(QObject *watched, QEvent *event)
{
    // The pasted text is saved when the user leaves the box (one undo step per visit).
    if (watched == m_programText && event->type() == QEvent::FocusOut)
        commitProgramText();
    return ModulePage::eventFilter(watched, event);
}

bool LinesPage::importProgram(const QString &path)
{
    auto text = GovernmentProgram::readFile(path);
    if (!text) {
        emit document()->editFailed(text.error().message);
        return false;
    }
    m_programText->setPlainText(*text);
    commitProgramText();
    return true;
}

void LinesPage::commitProgramText()
{
    const QString text = m_programText->toPlainText();
    if (text == document()->data().info.governmentProgramText)
        return;
    document()->setValue(Table::Plan, 1, u"government_program_text"_s, text, tr("Edit government program"));
}

void LinesPage::updateWordChart()
{
    const auto words = GovernmentProgram::wordFrequency(m_programText->toPlainText(), 15);
    if (words.isEmpty()) {
        m_wordChart->showMessage(tr("Paste or import the government program to see its most frequent words."));
        return;
    }
    QStringList categories;
    QList<int> counts;
    for (const WordCount &w : words) {
        categories.append(w.word);
        counts.append(w.count);
    }
    m_wordChart->showRanking(tr("Most frequent words in the government program"), categories, counts,
                             tr("Times mentioned"));
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
    // The sectors first, each undoable, so that one Ctrl+Z brings the line back with them.
    const QStringList sectors = document()->data().line(id) ? document()->data().line(id)->sectorCodes : QStringList();
    auto *stack = document()->undoStack();
    stack->beginMacro(tr("Remove line “%1”").arg(snapshot.value(u"name"_s).toString()));
    bool ok = true;
    for (const QString &code : sectors)
        ok = ok
            && document()->setCell(Table::LineSector, { { u"line_id"_s, id }, { u"sector_code"_s, code } },
                                   std::nullopt);
    ok = ok && document()->removeRow(Table::StrategicLine, id, snapshot, {});
    stack->endMacro();
    if (!ok && stack->canUndo())
        stack->undo();
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
