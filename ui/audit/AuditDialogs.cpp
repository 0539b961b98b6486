#include "AuditDialogs.h"

#include "audit/AuditReport.h"
#include "document/PlanDocument.h"
#include "export/CsvExporter.h"
#include "models/AnnualTargetsModel.h"
#include "models/RecordTableModel.h"
#include "models/StrategicTreeModel.h"
#include "util/SafeWrite.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QTableView *makeLogView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(u"auditView"_s);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Date, action and field are short; the item and both values take what is left, so the new
    // value is never pushed out of sight on a 1366-pixel screen.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->setColumnWidth(1, 150);
    view->setColumnWidth(2, 120);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    header->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    view->setColumnWidth(5, 130);
    header->setSectionResizeMode(6, QHeaderView::Stretch);
    header->setSectionResizeMode(7, QHeaderView::Stretch);
    return view;
}

QString planTitle(const PlanDocument *document)
{
    const PlanData &d = document->data();
    return d.info.planName.isEmpty() ? d.info.entity.name : d.info.planName;
}

} // namespace

// --- AuditLogModel ---------------------------------------------------------------------------

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_report = audit::changeLogReport({}, {});
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_report = audit::changeLogReport(entries, m_report.subtitle);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.columns.size());
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant cell = m_report.rows.at(index.row()).cells.value(index.column());
    if (role == Qt::DisplayRole) {
        const QString text = cell.toString();
        if (index.column() == 1 && text.isEmpty())
            return tr("(no name)");
        return text.size() > 200 ? text.left(199) + u"…"_s : text;
    }
    if (role == Qt::ToolTipRole)
        return cell.toString();
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_report.columns.size())
        return m_report.columns.at(section).title;
    return {};
}

// --- ActorDialog -----------------------------------------------------------------------------

ActorDialog::ActorDialog(const QStringList &members, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_group(new QButtonGroup(this))
{
    setObjectName(u"actorDialog"_s);
    setWindowTitle(tr("Who is working on this plan?"));
    setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change is recorded with the name of the person who makes it, so the team can "
                                "see who changed what and when."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (qsizetype i = 0; i < members.size(); ++i) {
        auto *button = new QRadioButton(members.at(i), this);
        m_group->addButton(button, int(i));
        layout->addWidget(button);
    }
    // Created after the members so that children and tab order follow the order on screen.
    m_other = new QRadioButton(tr("Another person…"), this);
    m_otherName = new QLineEdit(this);
    m_group->addButton(m_other, -2);
    layout->addWidget(m_other);
    m_otherName->setObjectName(u"otherName"_s);
    m_otherName->setPlaceholderText(tr("Full name"));
    m_otherName->setAccessibleName(tr("Name of the other person"));
    m_otherName->setMaxLength(120);
    layout->addWidget(m_otherName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Not now"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool) { updateState(); });
    connect(m_otherName, &QLineEdit::textChanged, this, [this] {
        if (!m_otherName->text().isEmpty())
            m_other->setChecked(true);
        updateState();
    });
    choose(current);
}

void ActorDialog::choose(const QString &name)
{
    const qsizetype i = m_members.indexOf(name);
    if (i >= 0) {
        m_group->button(int(i))->setChecked(true);
        m_otherName->clear();
    } else if (!name.isEmpty() || m_members.isEmpty()) {
        m_otherName->setText(name);
        m_other->setChecked(true);
    }
    updateState();
}

QString ActorDialog::actor() const
{
    const int id = m_group->checkedId();
    if (id >= 0)
        return m_members.value(id);
    if (id == -2)
        return m_otherName->text().simplified();
    return {};
}

void ActorDialog::updateState()
{
    // The name field stays enabled: typing in it chooses "Otra persona…" (see the constructor).
    m_ok->setEnabled(!actor().isEmpty());
}

// --- ItemHistoryDialog -----------------------------------------------------------------------

ItemHistoryDialog::ItemHistoryDialog(PlanDocument *document, Table table, qint64 rowId, const QString &title,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(this))
{
    setObjectName(u"itemHistoryDialog"_s);
    setWindowTitle(tr("History: %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    AuditQuery query;
    query.table = schema::tableName(table);
    query.rowId = rowId;
    auto entries = document->store().auditEntries(query);
    auto *note = new QLabel(this);
    note->setObjectName(u"historyNote"_s);
    note->setWordWrap(true);
    if (!document->store().hasAuditLog())
        note->setText(tr("This plan has no change history yet: it starts when the plan is opened with permission to "
                         "write."));
    else if (!entries)
        note->setText(entries.error().message);
    else if (entries->isEmpty())
        note->setText(tr("No changes recorded for this item."));
    else
        note->setText(tr("%n change(s), newest first.", nullptr, int(entries->size())));
    layout->addWidget(note);
    if (entries)
        m_model->setEntries(*entries);
    auto *view = makeLogView(m_model, this);
    view->hideColumn(2); // module: the same for every row here
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

// --- ChangeLogDialog -------------------------------------------------------------------------

ChangeLogDialog::ChangeLogDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new AuditLogModel(this))
    , m_person(new QComboBox(this))
    , m_module(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"changeLogDialog"_s);
    setWindowTitle(tr("Change log — %1").arg(planTitle(document)));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Person"), this), 0, 0);
    m_person->addItem(tr("Everyone"), QString());
    for (const QString &actor : document->store().auditActors())
        m_person->addItem(actor.isEmpty() ? tr("(no name)") : actor, actor);
    filters->addWidget(m_person, 0, 1);
    filters->addWidget(new QLabel(tr("Module"), this), 0, 2);
    m_module->addItem(tr("All modules"), 0);
    for (int module = 1; module <= 7; ++module)
        m_module->addItem(tr("%1. %2").arg(module).arg(audit::moduleName(module)), module);
    filters->addWidget(m_module, 0, 3);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    filters->addWidget(m_useFrom, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_useTo, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);
    m_count->setObjectName(u"changeCount"_s);
    layout->addWidget(m_count);
    layout->addWidget(makeLogView(m_model, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"exportCsv"_s);
    connect(exportButton, &QPushButton::clicked, this, &ChangeLogDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_person, &QComboBox::currentIndexChanged, this, &ChangeLogDialog::reload);
    connect(m_module, &QComboBox::currentIndexChanged, this, &ChangeLogDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &ChangeLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ChangeLogDialog::reload);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &ChangeLogDialog::reload);
    connect(m_useTo, &QCheckBox::toggled, this, &ChangeLogDialog::reload);
    resize(1080, 560);
    reload();
}

void ChangeLogDialog::setFilter(const QString &person, int module, const QDate &from, const QDate &to)
{
    const QSignalBlocker b1(m_person), b2(m_module), b3(m_from), b4(m_to), b5(m_useFrom), b6(m_useTo);
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    m_module->setCurrentIndex(std::max(0, m_module->findData(module)));
    m_useFrom->setChecked(from.isValid());
    m_from->setEnabled(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_useTo->setChecked(to.isValid());
    m_to->setEnabled(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    reload();
}

void ChangeLogDialog::reload()
{
    AuditQuery query;
    query.actor = m_person->currentData().toString();
    // Dates are chosen in local time; the log is in UTC: widen by a day and filter exactly below.
    const QDate from = m_useFrom->isChecked() ? m_from->date() : QDate();
    const QDate to = m_useTo->isChecked() ? m_to->date() : QDate();
    if (from.isValid())
        query.from = from.addDays(-1);
    if (to.isValid())
        query.to = to.addDays(1);
    const int module = m_module->currentData().toInt();
    QList<AuditEntry> shown;
    if (auto entries = m_document->store().auditEntries(query)) {
        for (const AuditEntry &e : *entries) {
            const QDate local = e.at.toLocalTime().date();
            if ((from.isValid() && local < from) || (to.isValid() && local > to))
                continue;
            if (m_person->currentIndex() > 0 && e.actor != query.actor)
                continue;
            if (module == 0 || audit::moduleOfTable(e.table) == module)
                shown.append(e);
        }
        m_count->setText(m_document->store().hasAuditLog()
                             ? tr("%n change(s) shown.", nullptr, int(shown.size()))
                             : tr("This plan has no change history yet: it starts when the plan is opened with "
                                  "permission to write."));
    } else {
        m_count->setText(entries.error().message);
    }
    m_model->setEntries(shown);
}

bool ChangeLogDialog::exportCsv(const QString &path, QString *error) const
{
    report::Report report = m_model->report();
    report.subtitle = planTitle(m_document);
    QString message;
    if (auto s = safe::writeFile(path, [&](QIODevice &file) { return exporting::CsvExporter().write(report, file); });
        !s)
        message = s.error().message;
    if (error)
        *error = message;
    return message.isEmpty();
}

void ChangeLogDialog::exportWithDialog()
{
    const QString suggested = QFileInfo(m_document->path()).absolutePath() + u"/"_s
        + QFileInfo(m_document->path()).completeBaseName() + tr("-change-log") + u".csv"_s;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the change log"), suggested, tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("The change log was not exported"), error);
}

// --- History menus on module tables ----------------------------------------------------------

std::optional<std::pair<Table, qint64>> planRowAt(const QModelIndex &viewIndex)
{
    QModelIndex index = viewIndex;
    while (index.isValid()) {
        if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model())) {
            index = proxy->mapToSource(index);
            continue;
        }
        break;
    }
    if (!index.isValid())
        return std::nullopt;
    const QAbstractItemModel *model = index.model();
    if (const auto *records = qobject_cast<const RecordTableModel *>(model)) {
        const qint64 id = index.data(RecordTableModel::RowIdRole).toLongLong();
        if (id > 0)
            return std::pair { records->table(), id };
    } else if (qobject_cast<const StrategicTreeModel *>(model)) {
        const QVariant kind = index.data(StrategicTreeModel::KindRole);
        const qint64 id = index.data(StrategicTreeModel::RowIdRole).toLongLong();
        if (kind.isValid() && id > 0)
            return std::pair { StrategicTreeModel::tableOf(StrategicTreeModel::NodeKind(kind.toInt())), id };
    } else if (qobject_cast<const AnnualTargetsModel *>(model)) {
        const qint64 id = index.data(AnnualTargetsModel::RowIdRole).toLongLong();
        if (id > 0)
            return std::pair { Table::ProductIndicator, id };
    }
    return std::nullopt;
}

void installHistoryMenus(QWidget *root, PlanDocument *document)
{
    const auto views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->contextMenuPolicy() == Qt::CustomContextMenu)
            continue; // the view has its own menu
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, document](const QPoint &pos) {
            const QModelIndex index = view->indexAt(pos);
            const auto row = planRowAt(index);
            if (!row)
                return;
            QMenu menu(view);
            QAction *history = menu.addAction(ItemHistoryDialog::tr("Change history…"));
            if (menu.exec(view->viewport()->mapToGlobal(pos)) != history)
                return;
            const QString title = index.siblingAtColumn(0).data().toString().simplified().left(80);
            auto *dialog = new ItemHistoryDialog(
                document, row->first, row->second,
                title.isEmpty() ? audit::tableTitle(schema::tableName(row->first)) : title, view->window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    }
}

} // namespace planea::ui
