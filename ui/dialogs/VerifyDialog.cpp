#include "VerifyDialog.h"

#include "approval/Approval.h"
#include "approval/ApprovalReceipt.h"
#include "document/PlanDocument.h"
#include "util/SafeWrite.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

const QString MatchStyle = u"QLabel { background: #E3F1E6; color: #1B5E20; padding: 6px; }"_s;
const QString MismatchStyle = u"QLabel { background: #FBE4E1; color: #8E1B10; font-weight: bold; padding: 6px; }"_s;

} // namespace

VerifyDialog::VerifyDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_stored(new QLabel)
    , m_typed(new QLineEdit)
    , m_result(new QLabel)
    , m_saveReceipt(new QPushButton(tr("Save the &receipt…")))
{
    setObjectName(u"verifyDialog"_s);
    setWindowTitle(tr("Verify the fingerprint"));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);

    const approval::Verification v = approval::verify(document->data());
    m_stored->setObjectName(u"verifyStored"_s);
    m_stored->setWordWrap(true);
    m_stored->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (v.matches) {
        m_stored->setText(tr("The content matches the fingerprint stored in the file: version %1, act «%2».\n%3")
                              .arg(document->data().info.version)
                              .arg(document->data().info.adoptionAct, v.stored));
        m_stored->setStyleSheet(MatchStyle);
    } else {
        m_stored->setText(tr("The content does NOT match the fingerprint stored in the file: it is not the plan the "
                             "council approved. It changed outside Planea or the file was altered.\nRecorded: "
                             "%1\nNow: %2")
                              .arg(v.stored, v.computed));
        m_stored->setStyleSheet(MismatchStyle);
    }
    layout->addWidget(m_stored);

    auto *outside = new QGroupBox(tr("Compare with what the council holds"));
    auto *outsideLayout = new QVBoxLayout(outside);
    auto *why = new QLabel(tr("Whoever can edit the plan file can also change the fingerprint stored in it. What "
                              "the council keeps — the fingerprint printed on the adopted document or the approval "
                              "receipt — cannot be changed that way: compare with it."));
    why->setWordWrap(true);
    outsideLayout->addWidget(why);
    auto *typedRow = new QHBoxLayout;
    m_typed->setObjectName(u"verifyTypedFingerprint"_s);
    m_typed->setPlaceholderText(tr("Fingerprint of the document: 64 digits, or the 12 of the short one"));
    auto *compare = new QPushButton(tr("&Compare"));
    compare->setObjectName(u"verifyCompare"_s);
    typedRow->addWidget(m_typed, 1);
    typedRow->addWidget(compare);
    outsideLayout->addLayout(typedRow);
    auto *openReceipt = new QPushButton(tr("Compare with a &receipt…"));
    openReceipt->setObjectName(u"verifyOpenReceipt"_s);
    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(openReceipt);
    receiptRow->addStretch();
    outsideLayout->addLayout(receiptRow);
    m_result->setObjectName(u"verifyResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    outsideLayout->addWidget(m_result);
    layout->addWidget(outside);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_saveReceipt->setObjectName(u"verifySaveReceipt"_s);
    m_saveReceipt->setEnabled(v.matches);
    m_saveReceipt->setToolTip(v.matches ? tr("A text for the council with the act, the version and the fingerprint.")
                                        : tr("Only the receipt of the approved content can be written."));
    buttons->addButton(m_saveReceipt, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(compare, &QPushButton::clicked, this, &VerifyDialog::compareWithTyped);
    connect(m_typed, &QLineEdit::returnPressed, this, &VerifyDialog::compareWithTyped);
    connect(openReceipt, &QPushButton::clicked, this, [this] {
        const QString folder = QFileInfo(m_document->store().path()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open the approval receipt"), folder,
                                                          tr("Approval receipts (*.txt);;All files (*)"));
        if (!path.isEmpty())
            compareWithReceipt(path);
    });
    connect(m_saveReceipt, &QPushButton::clicked, this, [this] {
        const QFileInfo plan(m_document->store().path());
        const QString suggested = plan.absoluteDir().filePath(
            tr("%1-receipt-v%2.txt").arg(plan.completeBaseName()).arg(m_document->data().info.version));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the approval receipt as"), suggested,
                                                          tr("Approval receipts (*.txt)"));
        if (!path.isEmpty() && saveReceipt(path))
            QMessageBox::information(this, windowTitle(),
                                     tr("Receipt written to «%1». Print it or hand it to the council: it is what "
                                        "proves later that a plan file is the approved one.")
                                         .arg(QDir::toNativeSeparators(path)));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wrapped labels need their height for the dialog's width, not the one-line guess.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void VerifyDialog::showCheck(bool ok, const QString &message)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? MatchStyle : MismatchStyle);
    m_result->show();
    adjustSize();
}

void VerifyDialog::compareWithTyped()
{
    auto reference = approval::parseTypedFingerprint(m_typed->text());
    if (!reference) {
        showCheck(false, reference.error().message);
        return;
    }
    const approval::ReferenceCheck check = approval::checkAgainst(m_document->data(), *reference);
    showCheck(check.outcome == approval::ReferenceCheck::Matches, check.message);
}

void VerifyDialog::compareWithReceipt(const QString &path)
{
    auto reference = approval::readReceipt(path);
    if (!reference) {
        showCheck(false, reference.error().message);
        return;
    }
    const approval::ReferenceCheck check = approval::checkAgainst(m_document->data(), *reference);
    showCheck(check.outcome == approval::ReferenceCheck::Matches, check.message);
}

bool VerifyDialog::saveReceipt(const QString &path)
{
    const Status written
        = safe::writeFile(path, approval::receiptText(m_document->data(), QDateTime::currentDateTimeUtc()));
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return false;
    }
    return true;
}

QString VerifyDialog::resultText() const
{
    return m_result->text();
}

} // namespace planea::ui
