#include "StrategicPlanPage.h"

#include "Format.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "models/StrategicTreeModel.h"
#include "models/WellbeingModel.h"
#include "widgets/CatalogSearchDialog.h"
#include "widgets/ChoiceDelegate.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

using NodeKind = StrategicTreeModel::NodeKind;

StrategicPlanPage::StrategicPlanPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 4, parent)
    , m_model(new StrategicTreeModel(document, this))
    , m_tree(new QTreeView)
{
    setHelp(tr("For each line, choose the budget programs and the products (goods and services) the administration "
               "will deliver, each measured by a product indicator with its baseline, its four-year goal and its "
               "cost. Use the catalog of the MGA whenever possible; items you add yourself are marked “own — pending "
               "validation”."));
    auto *split = new QSplitter(Qt::Horizontal);
    m_tree->setObjectName(u"strategicTree"_s);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StrategicTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StrategicTreeModel::Code, QHeaderView::Fixed);
    m_tree->header()->setSectionResizeMode(StrategicTreeModel::Status, QHeaderView::Fixed);
    m_tree->header()->setSectionResizeMode(StrategicTreeModel::Cost, QHeaderView::Fixed);
    m_tree->setColumnWidth(StrategicTreeModel::Code, 85);
    m_tree->setColumnWidth(StrategicTreeModel::Status, 70);
    m_tree->setColumnWidth(StrategicTreeModel::Cost, 125);
    m_tree->expandToDepth(1);
    auto *treeBox = new QWidget;
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_addCatalog = new QPushButton(tr("Add from the catalog…"));
    m_addCatalog->setObjectName(u"addFromCatalogButton"_s);
    m_addCatalog->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_addOwn = new QPushButton(tr("Add own item…"));
    m_addOwn->setObjectName(u"addOwnButton"_s);
    m_addOwn->setToolTip(tr("An item the MGA catalog does not have. It is marked “own — pending validation” until "
                            "the sector's ministry validates it."));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(u"removeItemButton"_s);
    m_remove->setToolTip(tr("Removes the selected item with everything under it (Delete). Ctrl+Z brings it back."));
    for (auto *b : { m_addCatalog, m_addOwn, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    treeLayout->addLayout(buttons);
    connect(m_addCatalog, &QPushButton::clicked, this, &StrategicPlanPage::addFromCatalog);
    connect(m_addOwn, &QPushButton::clicked, this, &StrategicPlanPage::addOwn);
    connect(m_remove, &QPushButton::clicked, this, &StrategicPlanPage::removeSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &StrategicPlanPage::removeSelected);
    split->addWidget(treeBox);
    split->addWidget(buildEditor());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 680, 380 });
    tabs()->addTab(split, tr("Value chain"));
    tabs()->addTab(buildWellbeingTab(), tr("Prioritised welfare indicators"));

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &StrategicPlanPage::onSelection);
    // The tree is rebuilt on structural changes: remember the item and select it again.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_restoreTable = m_table;
        m_restoreId = m_id;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandToDepth(1);
        if (m_restoreId)
            showItem(m_restoreTable, m_restoreId);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { loadEditor(); });
    // Start on the first line, so the editor shows something useful rather than a blank panel.
    m_tree->setCurrentIndex(m_model->index(0, 0));
    onSelection();
}

QWidget *StrategicPlanPage::buildEditor()
{
    auto *box = new QGroupBox(tr("Selected item"));
    box->setObjectName(u"itemEditor"_s);
    // A grid rather than QFormLayout: Qt 6.4's QFormLayout::heightForWidth() overruns its buffers
    // when rows are hidden and a label wraps (seen under valgrind).
    m_form = new QGridLayout(box);
    m_form->setColumnStretch(1, 1);
    m_kind = new QLabel;
    m_kind->setStyleSheet(u"font-weight: bold;"_s);
    m_kind->setWordWrap(true);
    m_form->addWidget(m_kind, 0, 0, 1, 2);
    m_origin = new QLabel;
    m_origin->setObjectName(u"originLabel"_s);
    m_origin->setWordWrap(true);
    addRow(tr("Origin:"), m_origin);
    m_code = new QLabel;
    addRow(tr("Code:"), m_code);
    // The entity's own number for the goal: several goals may share one MGA indicator code.
    m_goalCode = new QLineEdit;
    m_goalCode->setObjectName(u"itemGoalCode"_s);
    m_goalCode->setPlaceholderText(tr("The entity's number for this goal, e.g. 17"));
    addRow(tr("Goal code:"), m_goalCode);
    m_name = new QLineEdit;
    m_name->setObjectName(u"itemName"_s);
    addRow(tr("Name:"), m_name);
    m_customLabel = new QLineEdit;
    m_customLabel->setObjectName(u"itemCustomLabel"_s);
    m_customLabel->setPlaceholderText(tr("Your wording; the catalog code stays"));
    addRow(tr("Custom label:"), m_customLabel);
    m_unit = new QLineEdit;
    addRow(tr("Unit:"), m_unit);
    m_baseline = new QLineEdit;
    m_baseline->setObjectName(u"itemBaseline"_s);
    addRow(tr("Baseline:"), m_baseline);
    m_target = new QLineEdit;
    m_target->setObjectName(u"itemTarget"_s);
    addRow(tr("Four-year goal:"), m_target);
    m_cost = new QLineEdit;
    m_cost->setObjectName(u"itemCost"_s);
    m_cost->setPlaceholderText(tr("Pesos, e.g. 150.000.000"));
    addRow(tr("Cost:"), m_cost);
    m_ppiNote = new QLabel;
    m_ppiNote->setWordWrap(true);
    addRow(QString(), m_ppiNote);
    m_accumulation = new QComboBox;
    m_accumulation->setObjectName(u"itemAccumulation"_s);
    for (int a = int(AccumulationType::Cumulative); a <= int(AccumulationType::AnnualReduction); ++a)
        m_accumulation->addItem(displayName(AccumulationType(a)), toCode(AccumulationType(a)));
    addRow(tr("Accumulation type:"), m_accumulation);
    m_trend = new QComboBox;
    m_trend->setObjectName(u"itemTrend"_s);
    for (int t = int(Trend::Increase); t <= int(Trend::Decrease); ++t)
        m_trend->addItem(displayName(Trend(t)), toCode(Trend(t)));
    addRow(tr("Trend:"), m_trend);
    m_focus = new QLineEdit;
    m_focus->setObjectName(u"itemPopulationFocus"_s);
    m_focus->setPlaceholderText(tr("e.g. Niñez; Mujeres; Población rural"));
    m_focus->setToolTip(tr("Population groups the goal is aimed at (enfoque poblacional), separated by “;”."));
    addRow(tr("Population focus:"), m_focus);
    connect(m_focus, &QLineEdit::editingFinished, this, [this] {
        if (!m_id || m_table != Table::ProductIndicator || !m_focus->isModified())
            return;
        m_focus->setModified(false);
        QStringList tags;
        for (const QString &t : m_focus->text().split(u';'))
            if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
                tags.append(t.trimmed());
        document()->setValue(Table::ProductIndicator, m_id, u"population_focus"_s, tags.join(u"; "_s),
                             tr("Edit population focus"));
    });

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitText(m_name, u"name"_s, tr("Rename item")); });
    connect(m_goalCode, &QLineEdit::editingFinished, this,
            [this] { commitText(m_goalCode, u"goal_code"_s, tr("Edit goal code")); });
    connect(m_customLabel, &QLineEdit::editingFinished, this,
            [this] { commitText(m_customLabel, u"custom_label"_s, tr("Edit custom label")); });
    connect(m_unit, &QLineEdit::editingFinished, this, [this] { commitText(m_unit, u"unit"_s, tr("Edit unit")); });
    connect(m_baseline, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_baseline, u"baseline"_s, tr("Edit baseline"), true); });
    connect(m_target, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_target, u"term_target"_s, tr("Edit four-year goal"), false); });
    connect(m_cost, &QLineEdit::editingFinished, this, [this] {
        if (m_table != Table::Product || !m_cost->isModified())
            return;
        bool ok = false;
        const auto money = format::parseMoney(m_cost->text(), &ok);
        if (!ok || (money && *money < 0)) {
            emit document()->editFailed(
                tr("“%1” is not an amount in pesos. Write it like 150.000.000, without decimals.").arg(m_cost->text()));
            loadEditor();
            return;
        }
        document()->setValue(Table::Product, m_id, u"cost"_s, money.value_or(0), tr("Edit product cost"));
    });
    connect(m_accumulation, &QComboBox::activated, this, [this](int i) {
        document()->setValue(Table::ProductIndicator, m_id, u"accumulation"_s, m_accumulation->itemData(i),
                             tr("Change accumulation type"));
    });
    connect(m_trend, &QComboBox::activated, this, [this](int i) {
        document()->setValue(Table::ProductIndicator, m_id, u"trend"_s, m_trend->itemData(i), tr("Change trend"));
    });
    m_form->setRowStretch(m_form->rowCount(), 1);
    return box;
}

void StrategicPlanPage::addRow(const QString &label, QWidget *field)
{
    const int row = m_form->rowCount();
    auto *l = new QLabel(label);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setBuddy(field);
    m_form->addWidget(l, row, 0);
    m_form->addWidget(field, row, 1);
    m_labels.insert(field, l);
}

void StrategicPlanPage::setRow(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_labels.value(field))
        label->setVisible(visible);
}

void StrategicPlanPage::commitText(QLineEdit *edit, const QString &column, const QString &undoText)
{
    if (!m_id || !edit->isModified())
        return;
    edit->setModified(false);
    const QString text = edit->text().trimmed();
    if (column == u"name"_s && text.isEmpty()) {
        emit document()->editFailed(tr("The name cannot be empty."));
        loadEditor();
        return;
    }
    document()->setValue(m_table, m_id, column, text, undoText);
}

void StrategicPlanPage::commitNumber(QLineEdit *edit, const QString &column, const QString &undoText, bool allowEmpty)
{
    if (!m_id || !edit->isModified())
        return;
    edit->setModified(false);
    bool ok = false;
    const auto number = format::parseNumber(edit->text(), &ok);
    if (!ok || (!number && !allowEmpty)) {
        emit document()->editFailed(tr("“%1” is not a number. Write it like 12,5.").arg(edit->text()));
        loadEditor();
        return;
    }
    document()->setValue(m_table, m_id, column, number ? QVariant(*number) : QVariant(), undoText);
}

void StrategicPlanPage::onSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_table = Table::Plan;
        m_id = 0;
    } else {
        m_table = StrategicTreeModel::tableOf(NodeKind(current.data(StrategicTreeModel::KindRole).toInt()));
        m_id = current.data(StrategicTreeModel::RowIdRole).toLongLong();
    }
    loadEditor();
}

void StrategicPlanPage::loadEditor()
{
    const PlanData &d = document()->data();
    const bool ro = document()->store().isReadOnly();
    bool own = false;
    QString kind, code, goalCode, name, custom, unit, baseline, target, cost, ppi, focus;
    int accumulation = -1, trend = -1;
    bool isIndicator = false, isProduct = false, hasItem = true;
    switch (m_table) {
    case Table::StrategicLine:
        if (const auto *l = d.line(m_id)) {
            kind = tr("Strategic line");
            name = l->name;
        }
        break;
    case Table::Program:
        if (const auto *p = d.program(m_id)) {
            kind = tr("Budget program");
            code = p->code;
            name = p->name;
            own = p->isOwn;
        }
        break;
    case Table::Product:
        if (const auto *p = d.product(m_id)) {
            isProduct = true;
            kind = tr("Product");
            code = p->code;
            name = p->name;
            own = p->isOwn;
            cost = p->cost ? format::amount(p->cost) : QString();
            const Money planned = d.investmentTotal(p->id);
            ppi = planned == p->cost ? tr("The investment plan matches the cost (%1).").arg(format::money(planned))
                                     : tr("The investment plan adds up to %1; the cost is %2.")
                                           .arg(format::money(planned), format::money(p->cost));
        }
        break;
    case Table::ProductIndicator:
        if (const auto *i = d.indicator(m_id)) {
            isIndicator = true;
            kind = tr("Product indicator (goal)");
            code = i->code;
            goalCode = i->goalCode;
            name = i->name;
            custom = i->customLabel;
            unit = i->unit;
            own = i->isOwn;
            baseline = format::number(i->baseline);
            target = format::number(i->termTarget);
            accumulation = m_accumulation->findData(toCode(i->accumulation));
            trend = m_trend->findData(toCode(i->trend));
            focus = i->populationFocus.join(u"; "_s);
        }
        break;
    default:
        hasItem = false;
        break;
    }
    if (!hasItem || kind.isEmpty()) {
        m_kind->setText(tr("Select a line, program, product or indicator in the tree to see and edit it."));
        for (QWidget *w :
             std::initializer_list<QWidget *> { m_origin, m_code, m_goalCode, m_name, m_customLabel, m_unit, m_baseline,
                                                m_target, m_cost, m_ppiNote, m_accumulation, m_trend, m_focus })
            setRow(w, false);
        updateActions();
        return;
    }
    m_kind->setText(kind);
    const bool catalogItem = !own && m_table != Table::StrategicLine;
    m_origin->setText(own ? tr("Own — pending validation. The entity created it; it is not in the MGA catalog.")
                          : (catalogItem ? tr("MGA catalog") : tr("Plan")));
    m_origin->setStyleSheet(own ? u"color: #A05A00; font-weight: bold;"_s : QString());
    setRow(m_origin, true);
    setRow(m_code, m_table != Table::StrategicLine);
    setRow(m_name, true);
    setRow(m_goalCode, isIndicator);
    setRow(m_customLabel, isIndicator);
    setRow(m_unit, isIndicator);
    setRow(m_baseline, isIndicator);
    setRow(m_target, isIndicator);
    setRow(m_accumulation, isIndicator);
    setRow(m_trend, isIndicator);
    setRow(m_focus, isIndicator);
    setRow(m_cost, isProduct);
    setRow(m_ppiNote, isProduct);
    m_code->setText(code);
    auto setText = [](QLineEdit *e, const QString &t) {
        if (!e->hasFocus() || !e->isModified())
            e->setText(t);
        e->setModified(false);
    };
    setText(m_name, name);
    // Catalog names are official: the entity words them through the custom label instead.
    m_name->setReadOnly(ro || catalogItem);
    setText(m_goalCode, goalCode);
    setText(m_customLabel, custom);
    setText(m_unit, unit);
    m_unit->setReadOnly(ro || (isIndicator && catalogItem));
    setText(m_baseline, baseline);
    setText(m_target, target);
    setText(m_cost, cost);
    setText(m_focus, focus);
    for (QLineEdit *e : { m_goalCode, m_customLabel, m_baseline, m_target, m_cost, m_focus })
        e->setReadOnly(ro);
    m_ppiNote->setText(ppi);
    const QSignalBlocker b1(m_accumulation), b2(m_trend);
    m_accumulation->setCurrentIndex(accumulation);
    m_trend->setCurrentIndex(trend);
    m_accumulation->setEnabled(!ro);
    m_trend->setEnabled(!ro);
    updateActions();
}

QWidget *StrategicPlanPage::buildWellbeingTab()
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    auto *hint = new QLabel(tr("A welfare indicator measures the result the people feel (for example the infant "
                               "mortality rate), not what the administration delivers. Tick the ones each line "
                               "commits to improve and give their baseline and the value expected at the end of the "
                               "four years. The indicators themselves are recorded in the diagnosis."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_wellbeing = new WellbeingModel(document(), WellbeingModel::Mode::Strategy, this);
    m_wellbeingView = new QTableView;
    m_wellbeingView->setObjectName(u"prioritisedWellbeingView"_s);
    m_wellbeingView->setModel(m_wellbeing);
    m_wellbeingView->setItemDelegate(new ChoiceDelegate(m_wellbeingView));
    m_wellbeingView->setAlternatingRowColors(true);
    m_wellbeingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wellbeingView->verticalHeader()->hide();
    m_wellbeingView->setColumnWidth(WellbeingModel::SName, 420);
    m_wellbeingView->setColumnWidth(WellbeingModel::SLine, 220);
    m_wellbeingView->setColumnWidth(WellbeingModel::SPrioritized, 90);
    m_wellbeingView->setColumnWidth(WellbeingModel::SBaseline, 90);
    m_wellbeingView->setColumnWidth(WellbeingModel::SBaselineYear, 110);
    m_wellbeingView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_wellbeingView, 1);
    return w;
}

StrategicPlanPage::Target StrategicPlanPage::addTarget() const
{
    const PlanData &d = document()->data();
    Target t;
    switch (m_table) {
    case Table::StrategicLine:
        if (d.line(m_id))
            t = { Table::Program, m_id, {}, false };
        break;
    case Table::Program:
        if (const auto *p = d.program(m_id))
            t = { Table::Product, p->id, p->code, p->isOwn };
        break;
    case Table::Product:
        if (const auto *p = d.product(m_id))
            t = { Table::ProductIndicator, p->id, p->code, p->isOwn };
        break;
    case Table::ProductIndicator:
        if (const auto *i = d.indicator(m_id)) {
            if (const auto *p = d.product(i->productId))
                t = { Table::ProductIndicator, p->id, p->code, p->isOwn };
        }
        break;
    default:
        break;
    }
    return t;
}

void StrategicPlanPage::updateActions()
{
    if (!m_addCatalog)
        return;
    const Target t = addTarget();
    const bool writable = !document()->store().isReadOnly();
    QString what;
    switch (t.table) {
    case Table::Program:
        what = tr("program");
        break;
    case Table::Product:
        what = tr("product");
        break;
    case Table::ProductIndicator:
        what = tr("indicator");
        break;
    default:
        break;
    }
    m_addCatalog->setEnabled(writable && !what.isEmpty() && document()->catalog());
    m_addOwn->setEnabled(writable && !what.isEmpty());
    m_remove->setEnabled(writable && m_id && m_table != Table::StrategicLine && m_table != Table::Plan);
    m_addCatalog->setText(what.isEmpty() ? tr("Add from the catalog…") : tr("Add %1 from the catalog…").arg(what));
    m_addOwn->setText(what.isEmpty() ? tr("Add own item…") : tr("Add own %1…").arg(what));
    m_addCatalog->setToolTip(tr("Search the MGA catalog by words or code and add the item under the selection "
                                "(Ctrl+Shift+N)."));
}

void StrategicPlanPage::addFromCatalog()
{
    const Target t = addTarget();
    if (t.table == Table::Plan || !document()->catalog())
        return;
    const CatalogKind kind = t.table == Table::Program ? CatalogKind::Program
        : t.table == Table::Product                    ? CatalogKind::Product
                                                       : CatalogKind::ProductIndicator;
    CatalogSearchDialog dialog(document()->catalog(), kind, t.parentOwn ? QString() : t.parentCode, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selected())
        return;
    addCatalogItem(*dialog.selected());
}

namespace {

int nextOrder(const auto &siblings)
{
    int next = 1;
    for (const auto *s : siblings)
        next = std::max(next, s->sortOrder + 1);
    return next;
}

} // namespace

qint64 StrategicPlanPage::addCatalogItem(const CatalogHit &hit)
{
    const Target t = addTarget();
    const Catalog *catalog = document()->catalog();
    if (t.table == Table::Plan || !catalog)
        return 0;
    const PlanData &d = document()->data();
    auto *stack = document()->undoStack();
    qint64 id = 0;
    if (t.table == Table::Program && hit.kind == CatalogKind::Program) {
        stack->beginMacro(tr("Add program %1").arg(hit.code));
        id = document()->insertRow(Table::Program,
                                   { { u"line_id"_s, t.parentId },
                                     { u"code"_s, hit.code },
                                     { u"name"_s, hit.name },
                                     { u"is_own"_s, 0 },
                                     { u"sort_order"_s, nextOrder(d.programsOf(t.parentId)) } },
                                   tr("Add program %1").arg(hit.code));
        // The program's sector joins the line's sectors.
        if (id)
            document()->setCell(Table::LineSector,
                                { { u"line_id"_s, t.parentId }, { u"sector_code"_s, hit.code.left(2) } },
                                QVariantMap {}, tr("Add sector to line"));
        stack->endMacro();
    } else if (t.table == Table::Product && hit.kind == CatalogKind::Product) {
        const CatalogProduct *product = catalog->product(hit.code);
        QString name = hit.name;
        if (name.isEmpty() && product)
            name = product->description;
        if (name.isEmpty())
            name = tr("Product %1").arg(hit.code);
        stack->beginMacro(tr("Add product %1").arg(hit.code));
        id = document()->insertRow(Table::Product,
                                   { { u"program_id"_s, t.parentId },
                                     { u"code"_s, hit.code },
                                     { u"name"_s, name },
                                     { u"is_own"_s, 0 },
                                     { u"sort_order"_s, nextOrder(d.productsOf(t.parentId)) } },
                                   tr("Add product %1").arg(hit.code));
        // Its main indicator comes along: a product is measured by it.
        if (id) {
            for (const CatalogProductIndicator &i : catalog->indicatorsOf(hit.code)) {
                if (!i.isMain)
                    continue;
                document()->insertRow(Table::ProductIndicator,
                                      { { u"product_id"_s, id },
                                        { u"code"_s, i.code },
                                        { u"name"_s, i.name },
                                        { u"unit"_s, i.unit },
                                        { u"is_own"_s, 0 },
                                        { u"is_main"_s, 1 },
                                        { u"sort_order"_s, 1 } },
                                      tr("Add indicator %1").arg(i.code));
                break;
            }
        }
        stack->endMacro();
    } else if (t.table == Table::ProductIndicator && hit.kind == CatalogKind::ProductIndicator) {
        const CatalogProductIndicator *i = catalog->productIndicator(hit.code);
        id = document()->insertRow(Table::ProductIndicator,
                                   { { u"product_id"_s, t.parentId },
                                     { u"code"_s, hit.code },
                                     { u"name"_s, hit.name },
                                     { u"unit"_s, i ? i->unit : QString() },
                                     { u"is_own"_s, 0 },
                                     { u"is_main"_s, d.indicatorsOf(t.parentId).isEmpty() ? 1 : 0 },
                                     { u"sort_order"_s, int(d.indicatorsOf(t.parentId).size()) + 1 } },
                                   tr("Add indicator %1").arg(hit.code));
    }
    if (id)
        showItem(t.table, id);
    return id;
}

void StrategicPlanPage::addOwn()
{
    const Target t = addTarget();
    if (t.table == Table::Plan)
        return;
    const PlanData &d = document()->data();
    const QString what = t.table == Table::Program ? tr("program")
        : t.table == Table::Product                ? tr("product")
                                                   : tr("indicator");
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Own %1").arg(what),
                                               tr("Name of the own %1 (it will be marked “own — pending "
                                                  "validation”):")
                                                   .arg(what),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok)
        return;
    if (name.isEmpty()) {
        emit document()->editFailed(tr("The name cannot be empty."));
        return;
    }
    // Own items get the next free code under their parent, in the 9… range the KPT kept for them.
    auto nextCode = [](const QString &prefix, const QStringList &taken, int width, int first) {
        for (int n = first; n < first + 900; ++n) {
            const QString code = prefix + QString::number(n).rightJustified(width, u'0');
            if (!taken.contains(code))
                return code;
        }
        return prefix;
    };
    QStringList taken;
    qint64 id = 0;
    if (t.table == Table::Program) {
        const StrategicLine *line = d.line(t.parentId);
        const QString sector = line && !line->sectorCodes.isEmpty() ? line->sectorCodes.first() : u"00"_s;
        for (const BudgetProgram &p : d.programs)
            taken.append(p.code);
        id = document()->insertRow(Table::Program,
                                   { { u"line_id"_s, t.parentId },
                                     { u"code"_s, nextCode(sector, taken, 2, 90) },
                                     { u"name"_s, name },
                                     { u"is_own"_s, 1 },
                                     { u"sort_order"_s, nextOrder(d.programsOf(t.parentId)) } },
                                   tr("Add own program"));
    } else if (t.table == Table::Product) {
        for (const Product &p : d.products)
            taken.append(p.code);
        id = document()->insertRow(Table::Product,
                                   { { u"program_id"_s, t.parentId },
                                     { u"code"_s, nextCode(t.parentCode, taken, 3, 901) },
                                     { u"name"_s, name },
                                     { u"is_own"_s, 1 },
                                     { u"sort_order"_s, nextOrder(d.productsOf(t.parentId)) } },
                                   tr("Add own product"));
    } else {
        const QString unit
            = QInputDialog::getText(this, tr("Own indicator"), tr("Unit of measure (e.g. Número, Porcentaje):"),
                                    QLineEdit::Normal, tr("Número"), &ok)
                  .trimmed();
        if (!ok)
            return;
        for (const ProductIndicator &i : d.indicators)
            taken.append(i.code);
        id = document()->insertRow(Table::ProductIndicator,
                                   { { u"product_id"_s, t.parentId },
                                     { u"code"_s, nextCode(t.parentCode, taken, 2, 90) },
                                     { u"name"_s, name },
                                     { u"unit"_s, unit },
                                     { u"is_own"_s, 1 },
                                     { u"is_main"_s, d.indicatorsOf(t.parentId).isEmpty() ? 1 : 0 },
                                     { u"sort_order"_s, int(d.indicatorsOf(t.parentId).size()) + 1 } },
                                   tr("Add own indicator"));
    }
    if (id)
        showItem(t.table, id);
}

void StrategicPlanPage::removeSelected()
{
    if (!m_id || m_table == Table::StrategicLine || m_table == Table::Plan || document()->store().isReadOnly())
        return;
    // The rules (progress already reported, approval, what cascades) are the document's.
    const auto removal = document()->removal(m_table, m_id);
    if (!removal) {
        QMessageBox::information(this, tr("Remove"), removal.error().message);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove"),
        tr("Remove “%1” with %n goal(s) under it, their annual targets and investment? Ctrl+Z brings them back.",
           nullptr, removal.value().goals)
            .arg(removal.value().label));
    if (answer != QMessageBox::Yes)
        return;
    document()->removeItem(m_table, m_id);
}

void StrategicPlanPage::showItem(Table table, qint64 id)
{
    tabs()->setCurrentIndex(0);
    const QModelIndex index = m_model->indexOf(table, id);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

} // namespace planea::ui
