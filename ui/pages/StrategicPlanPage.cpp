#include "StrategicPlanPage.h"

#include "Format.h"
#include "PlanDocument.h"
#include "models/StrategicTreeModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
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
    split->addWidget(m_tree);
    split->addWidget(buildEditor());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 680, 380 });
    tabs()->addTab(split, tr("Value chain"));

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

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitText(m_name, u"name"_s, tr("Rename item")); });
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
    QString kind, code, name, custom, unit, baseline, target, cost, ppi;
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
            name = i->name;
            custom = i->customLabel;
            unit = i->unit;
            own = i->isOwn;
            baseline = format::number(i->baseline);
            target = format::number(i->termTarget);
            accumulation = m_accumulation->findData(toCode(i->accumulation));
            trend = m_trend->findData(toCode(i->trend));
        }
        break;
    default:
        hasItem = false;
        break;
    }
    if (!hasItem || kind.isEmpty()) {
        m_kind->setText(tr("Select a line, program, product or indicator in the tree to see and edit it."));
        for (QWidget *w :
             std::initializer_list<QWidget *> { m_origin, m_code, m_name, m_customLabel, m_unit, m_baseline, m_target,
                                                m_cost, m_ppiNote, m_accumulation, m_trend })
            setRow(w, false);
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
    setRow(m_customLabel, isIndicator);
    setRow(m_unit, isIndicator);
    setRow(m_baseline, isIndicator);
    setRow(m_target, isIndicator);
    setRow(m_accumulation, isIndicator);
    setRow(m_trend, isIndicator);
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
    setText(m_customLabel, custom);
    setText(m_unit, unit);
    m_unit->setReadOnly(ro || (isIndicator && catalogItem));
    setText(m_baseline, baseline);
    setText(m_target, target);
    setText(m_cost, cost);
    for (QLineEdit *e : { m_customLabel, m_baseline, m_target, m_cost })
        e->setReadOnly(ro);
    m_ppiNote->setText(ppi);
    const QSignalBlocker b1(m_accumulation), b2(m_trend);
    m_accumulation->setCurrentIndex(accumulation);
    m_trend->setCurrentIndex(trend);
    m_accumulation->setEnabled(!ro);
    m_trend->setEnabled(!ro);
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
