#include "AmendmentDialog.h"

#include "approval/Approval.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "widgets/FormRows.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

AmendmentDialog::AmendmentDialog(QWidget *parent)
    : QDialog(parent)
    , m_act(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_note(new QPlainTextEdit)
{
    setObjectName(u"amendmentDialog"_s);
    setWindowTitle(tr("Record the amendment"));
    auto *layout = new QGridLayout(this);
    auto *hint = new QLabel(tr("The changes you made are recorded as an amendment of the approved plan, with the "
                               "act that adopted them. The plan gets a new version and a new fingerprint."));
    hint->setWordWrap(true);
    layout->addWidget(hint, 0, 0, 1, 2);
    m_act->setObjectName(u"amendmentAct"_s);
    m_act->setPlaceholderText(tr("e.g. Acuerdo 015 de 2029"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_note->setObjectName(u"amendmentNote"_s);
    m_note->setPlaceholderText(tr("What changed and why"));
    const int row
        = addLabelledRows(layout, 1, { { tr("&Act:"), m_act }, { tr("&Date:"), m_date }, { tr("&Note:"), m_note } },
                          Qt::AlignRight | Qt::AlignTop);
    auto *buttons = okCancelButtons(tr("Record the amendment"), tr("Cancel"));
    layout->addWidget(buttons, row, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AmendmentDialog::act() const
{
    return m_act->text().trimmed();
}

QDate AmendmentDialog::date() const
{
    return m_date->date();
}

QString AmendmentDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

bool AmendmentDialog::run(QWidget *parent, PlanDocument *document, const QString &dataDir)
{
    const QString title = tr("Modify the plan (amendment)");
    if (!document || document->store().isReadOnly()) {
        QMessageBox::information(parent, title, tr("Open a plan you can edit first."));
        return false;
    }
    if (!approval::isApproved(document->data().info)) {
        QMessageBox::information(parent, title,
                                 tr("The plan has not been approved yet: edit it directly; amendments are for "
                                    "approved plans."));
        return false;
    }
    if (!document->isAmending()) {
        const auto answer = QMessageBox::question(
            parent, title,
            tr("Start an amendment of the approved plan? The approved lines, programs, goals and investment become "
               "editable. When you are done, choose this action again to record the amendment with its act and "
               "date."));
        if (answer != QMessageBox::Yes)
            return false;
        document->setAmending(true);
        return true;
    }
    AmendmentDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The hook refers to the manager: it lives until amend() returns.
    BackupManager backups(dataDir);
    approval::BackupHook backup;
    if (!dataDir.isEmpty())
        backup = backups.hook();
    auto fingerprint = approval::amend(document->store(), dialog.act(), dialog.date(), dialog.note(), {}, backup);
    if (!fingerprint) {
        QMessageBox::warning(parent, title, fingerprint.error().message);
        return false;
    }
    document->setAmending(false);
    // The history before the amendment would now undo approved content: start afresh.
    document->undoStack()->clear();
    document->refresh();
    QMessageBox::information(parent, title,
                             tr("Amendment recorded (act «%1»). New fingerprint: %2").arg(dialog.act(), *fingerprint));
    return true;
}

} // namespace planea::ui
