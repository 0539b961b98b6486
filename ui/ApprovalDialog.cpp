#include "ApprovalDialog.h"

#include "approval/Approval.h"
#include "backup/BackupManager.h"
#include "dialogs/VerifyDialog.h"
#include "document/PlanDocument.h"
#include "widgets/FormRows.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

ApprovalDialog::ApprovalDialog(QWidget *parent)
    : QDialog(parent)
    , m_act(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_actNote(new QLabel)
{
    setObjectName(u"approvalDialog"_s);
    setWindowTitle(tr("Record the approval of the plan"));
    setMinimumWidth(520);
    auto *layout = new QGridLayout(this);
    auto *hint = new QLabel(
        tr("Record the act with which the council adopted the plan. Planea then freezes the approved content "
           "(lines, programs, goals, annual targets and investment), computes its fingerprint and prints it on "
           "every page of every document. Later changes to that content are amendments, each with its own act."));
    hint->setWordWrap(true);
    layout->addWidget(hint, 0, 0, 1, 2);
    m_act->setObjectName(u"approvalAct"_s);
    m_act->setPlaceholderText(tr("e.g. Acuerdo 005 de 2028"));
    m_date->setObjectName(u"approvalDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    const int row = addLabelledRows(layout, 1, { { tr("&Act:"), m_act }, { tr("&Date of the act:"), m_date } });
    m_actNote->setObjectName(u"approvalActNote"_s);
    m_actNote->setWordWrap(true);
    m_actNote->hide();
    layout->addWidget(m_actNote, row, 0, 1, 2);
    auto *buttons = okCancelButtons(tr("Approve and freeze"), tr("Cancel"));
    layout->addWidget(buttons, row + 1, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (act().isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Write the act that adopted the plan, e.g. «Acuerdo 005 de 2028»."));
            m_act->setFocus();
            return;
        }
        if (date() > QDate::currentDate()) {
            const auto answer = QMessageBox::question(
                this, windowTitle(),
                tr("The date of the act, %1, is later than today. Is it right?")
                    .arg(QLocale(QLocale::Spanish, QLocale::Colombia).toString(date(), u"d 'de' MMMM 'de' yyyy"_s)));
            if (answer != QMessageBox::Yes)
                return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ApprovalDialog::act() const
{
    return m_act->text().trimmed();
}

QDate ApprovalDialog::date() const
{
    return m_date->date();
}

void ApprovalDialog::setAct(const QString &act)
{
    m_act->setText(act);
}

void ApprovalDialog::lockAct(const QString &act)
{
    m_act->setText(act);
    m_act->setReadOnly(true);
    m_actNote->setText(tr("The plan was already adopted by this act: approving it freezes it under the same act. "
                          "A later change is an amendment (Plan › Modify the plan (amendment))."));
    m_actNote->show();
}

void ApprovalDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

bool ApprovalDialog::run(QWidget *parent, PlanDocument *document, const QString &dataDir)
{
    const QString title = tr("Record the approval of the plan");
    if (!document || document->store().isReadOnly()) {
        QMessageBox::information(parent, title, tr("Open a plan you can edit first."));
        return false;
    }
    const PlanInfo &info = document->data().info;
    if (approval::isApproved(info)) {
        QMessageBox::information(parent, title,
                                 tr("The plan is already approved (version %1, %2). Changes to it are amendments: "
                                    "Plan › Modify the plan (amendment).")
                                     .arg(info.version)
                                     .arg(info.adoptionAct));
        return false;
    }
    ApprovalDialog dialog(parent);
    // A plan whose act is already known (an imported plan) starts from it.
    // One already adopted or in execution is frozen under that act, never a second one
    // (approval::approve refuses another).
    if (!info.adoptionAct.trimmed().isEmpty()) {
        if (info.state >= WorkflowState::Approved)
            dialog.lockAct(info.adoptionAct.trimmed());
        else
            dialog.setAct(info.adoptionAct.trimmed());
    }
    if (info.adoptionDate.isValid())
        dialog.setDate(info.adoptionDate);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The hook refers to the manager: it lives until approve() returns.
    BackupManager backups(dataDir);
    approval::BackupHook backup;
    if (!dataDir.isEmpty())
        backup = backups.hook();
    auto fingerprint = approval::approve(document->store(), dialog.act(), dialog.date(), backup);
    if (!fingerprint) {
        QMessageBox::warning(parent, title, fingerprint.error().message);
        return false;
    }
    // The history before the approval would undo approved content: start afresh.
    document->undoStack()->clear();
    document->refresh();
    QMessageBox done(QMessageBox::Information, title,
                     tr("Plan approved by «%1» (version 1). SHA-256 fingerprint of the approved content:\n%2\n\nSave "
                        "the approval receipt and hand it to the council: it proves later that a plan file is the "
                        "approved one, even against someone who edits the file.")
                         .arg(dialog.act(), *fingerprint),
                     QMessageBox::Ok, parent);
    QPushButton *receipt = done.addButton(tr("Save the &receipt…"), QMessageBox::ActionRole);
    done.exec();
    if (done.clickedButton() == receipt) {
        VerifyDialog verifier(document, parent);
        const QFileInfo plan(document->store().path());
        const QString path = QFileDialog::getSaveFileName(
            parent, tr("Save the approval receipt as"),
            plan.absoluteDir().filePath(tr("%1-receipt-v%2.txt").arg(plan.completeBaseName()).arg(1)),
            tr("Approval receipts (*.txt)"));
        if (!path.isEmpty())
            verifier.saveReceipt(path);
    }
    return true;
}

void ApprovalDialog::verify(QWidget *parent, PlanDocument *document)
{
    const QString title = tr("Verify the fingerprint");
    if (!document) {
        QMessageBox::information(parent, title, tr("Open a plan first."));
        return;
    }
    const approval::Verification v = approval::verify(document->data());
    if (!v.approved) {
        QMessageBox::information(parent, title,
                                 tr("The plan has not been approved: it has no fingerprint to compare. Record the "
                                    "approval with Plan › Record the approval."));
        return;
    }
    VerifyDialog dialog(document, parent);
    dialog.exec();
}

} // namespace planea::ui
