#include "FollowUpFormsDialogs.h"

#include "Format.h"
#include "document/PlanDocument.h"
#include "followup/FormSignature.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

PrepareFormsDialog::PrepareFormsDialog(const PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"prepareFormsDialog"_s);
    setWindowTitle(tr("Prepare follow-up forms"));
    const PlanData &plan = document->data();

    m_year = new QComboBox(this);
    m_year->setObjectName(u"formsYear"_s);
    const int thisYear = QDate::currentDate().year();
    for (int year : plan.info.term.years()) {
        m_year->addItem(QString::number(year), year);
        if (year == thisYear)
            m_year->setCurrentIndex(m_year->count() - 1);
    }
    m_period = new QComboBox(this);
    m_period->setObjectName(u"formsPeriod"_s);
    m_period->addItem(tr("The whole year"), 0);
    for (int q = 1; q <= 4; ++q)
        m_period->addItem(tr("Quarter %1").arg(q), q);

    m_offices = new QListWidget(this);
    m_offices->setObjectName(u"formsOffices"_s);
    for (const followup::OfficeGoals &o : followup::FollowUpForms::officesWithGoals(plan)) {
        auto *item = new QListWidgetItem(tr("%1 (%n goal(s))", nullptr, o.goals).arg(o.officeName), m_offices);
        item->setData(Qt::UserRole, o.officeId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_oneForm = new QCheckBox(tr("One form for the checked offices"), this);
    m_oneForm->setObjectName(u"formsOneForm"_s);
    m_group = new QLineEdit(this);
    m_group->setObjectName(u"formsGroup"_s);
    m_group->setPlaceholderText(tr("Name of the form, e.g. Gobierno y Hacienda"));
    m_group->setEnabled(false);
    connect(m_oneForm, &QCheckBox::toggled, m_group, &QWidget::setEnabled);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"formsFolder"_s);
    m_folder->setText(QFileInfo(document->path()).absolutePath());
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"formsBrowse"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the forms"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Offices:"), m_offices);
    form->addRow(QString(), m_oneForm);
    form->addRow(tr("Form name:"), m_group);
    form->addRow(tr("Folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Prepare forms"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"formsPrepareButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro = new QLabel(tr("One spreadsheet per office with only its goals: each office fills in what it "
                                "achieved and sends the file back, by USB stick or e-mail."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 520);
}

void PrepareFormsDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

followup::FormRequest PrepareFormsDialog::request() const
{
    followup::FormRequest r;
    r.year = m_year->currentData().toInt();
    r.quarter = m_period->currentData().toInt();
    for (int i = 0; i < m_offices->count(); ++i)
        if (m_offices->item(i)->checkState() == Qt::Checked)
            r.offices.append(m_offices->item(i)->data(Qt::UserRole).toLongLong());
    if (m_oneForm->isChecked())
        r.group = m_group->text().trimmed();
    return r;
}

bool PrepareFormsDialog::prepare()
{
    const followup::FormRequest r = request();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (r.offices.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Check at least one office."));
        return false;
    }
    if (m_oneForm->isChecked() && r.group.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Write the name of the form for the checked offices."));
        return false;
    }
    if (folder.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the folder for the forms."));
        return false;
    }
    const PlanData &plan = m_document->data();
    auto preview = followup::FollowUpForms::preview(plan, r, folder);
    if (!preview) {
        QMessageBox::warning(this, windowTitle(), preview.error().message);
        return false;
    }
    QStringList existing;
    for (const followup::FormFile &f : preview->files)
        if (QFileInfo::exists(f.path))
            existing.append(QFileInfo(f.path).fileName());
    if (!existing.isEmpty()
        && QMessageBox::question(this, windowTitle(),
                                 tr("These forms already exist in the folder and will be replaced:") + u"\n"_s
                                     + existing.join(u"\n"_s) + u"\n\n"_s + tr("Replace them?"))
            != QMessageBox::Yes)
        return false;

    QProgressDialog progress(tr("Preparing the forms…"), QString(), 0, int(preview->files.size()), this);
    progress.setWindowTitle(windowTitle());
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::WindowModal);
    auto written = followup::FollowUpForms::write(plan, followup::planIdentity(m_document->store(), plan), r, folder,
                                                  [&progress](int done, int total) {
                                                      progress.setMaximum(total);
                                                      progress.setValue(done);
                                                  });
    progress.reset();
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return false;
    }
    QStringList lines;
    for (const followup::FormFile &f : written->files) {
        lines.append(tr("%1: %n goal(s) → %2", nullptr, f.goals)
                         .arg(f.officeName, QDir::toNativeSeparators(QFileInfo(f.path).fileName())));
        if (f.officeId == 0)
            lines.append(tr("   offices in this form: %1").arg(f.officeNames.join(u"; "_s)));
    }
    if (written->goalsWithoutOffice > 0)
        lines.append(tr("Goals without a responsible office (in no form): %1").arg(written->goalsWithoutOffice));
    QMessageBox box(
        QMessageBox::Information, windowTitle(),
        tr("%n form(s) prepared in %1.", nullptr, int(written->files.size())).arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Ok, this);
    box.setObjectName(u"formsPreparedBox"_s);
    box.setInformativeText(lines.join(u"\n"_s));
    box.exec();
    QDialog::accept();
    return true;
}

void PrepareFormsDialog::accept()
{
    prepare();
}

ReceivedFormsDialog::ReceivedFormsDialog(const followup::Collection &collection, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"receivedFormsDialog"_s);
    setWindowTitle(tr("Receive follow-up forms"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This is what the forms bring. Nothing has been written yet."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QTableWidget *offices
        = makeTable({ tr("Office"), tr("Forms"), tr("Values accepted"), tr("Rows rejected"), tr("Executed resources") },
                    u"receivedOffices"_s, this);
    for (const followup::OfficeSummary &s : collection.offices)
        addRow(offices,
               { s.officeName, s.forms.join(u", "_s), QString::number(s.values), QString::number(s.rejected),
                 format::money(s.money) });
    for (int c = 0; c < offices->columnCount(); ++c)
        offices->horizontalHeader()->setSectionResizeMode(
            c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    for (int r = 0; r < offices->rowCount(); ++r)
        offices->item(r, 1)->setToolTip(offices->item(r, 1)->text());
    layout->addWidget(offices);

    if (!collection.warnings.isEmpty()) {
        auto *warnings = new QLabel(collection.warnings.join(u"\n"_s), this);
        warnings->setObjectName(u"receivedWarnings"_s);
        warnings->setWordWrap(true);
        layout->addWidget(warnings);
    }
    if (!collection.rejections.isEmpty()) {
        layout->addWidget(new QLabel(tr("Rejected rows (they are not written):"), this));
        QTableWidget *rejections = makeTable({ tr("Form"), tr("Row"), tr("Reason") }, u"receivedRejections"_s, this);
        for (const followup::Rejection &r : collection.rejections)
            addRow(rejections, { r.form, r.row > 0 ? QString::number(r.row) : tr("whole form"), r.reason });
        rejections->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        rejections->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        rejections->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        rejections->resizeRowsToContents();
        layout->addWidget(rejections);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->button(QDialogButtonBox::Ok);
    write->setObjectName(u"receivedWriteButton"_s);
    write->setText(tr("Write %n value(s)", nullptr, int(collection.answers.size())));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"receivedCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

namespace followupforms {

void prepare(QWidget *parent, const PlanDocument *document)
{
    if (!document)
        return;
    PrepareFormsDialog dialog(document, parent);
    dialog.exec();
}

void receiveWithDialog(QWidget *parent, PlanDocument *document, BackupManager *backups)
{
    if (!document)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        parent, QCoreApplication::translate("planea::ui::ReceivedFormsDialog", "Filled follow-up forms"),
        QFileInfo(document->path()).absolutePath(),
        QCoreApplication::translate("planea::ui::ReceivedFormsDialog", "Excel workbooks (*.xlsx)"));
    if (!files.isEmpty())
        receive(parent, document, backups, files);
}

int receive(QWidget *parent, PlanDocument *document, BackupManager *backups, const QStringList &files)
{
    if (!document || files.isEmpty())
        return 0;
    const QString title = QCoreApplication::translate("planea::ui::ReceivedFormsDialog", "Receive follow-up forms");
    if (document->store().isReadOnly()) {
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("planea::ui::ReceivedFormsDialog",
                                                         "This plan is open read-only: the forms cannot be written "
                                                         "into it."));
        return 0;
    }
    const followup::Collection collection = followup::FormCollector::collect(
        document->data(), followup::planIdentity(document->store(), document->data()), files);
    if (collection.answers.isEmpty() && collection.executions.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, title,
                        QCoreApplication::translate("planea::ui::ReceivedFormsDialog",
                                                    "No value could be taken from the forms: nothing was written."),
                        QMessageBox::Ok, parent);
        box.setObjectName(u"receivedNothingBox"_s);
        QStringList reasons;
        for (const followup::Rejection &r : collection.rejections)
            reasons.append(r.row > 0
                               ? QCoreApplication::translate("planea::ui::ReceivedFormsDialog", "«%1», row %2: %3")
                                     .arg(r.form)
                                     .arg(r.row)
                                     .arg(r.reason)
                               : r.reason.contains(r.form) ? r.reason
                                                           : u"«%1»: %2"_s.arg(r.form, r.reason));
        box.setInformativeText(reasons.join(u"\n"_s));
        box.exec();
        return 0;
    }
    ReceivedFormsDialog dialog(collection, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (auto s = followup::FormCollector::apply(*document, collection, backups); !s) {
        QMessageBox::warning(parent, title, s.error().message);
        return 0;
    }
    return int(collection.answers.size());
}

} // namespace followupforms

} // namespace planea::ui
