#include "PlanSafety.h"

#include "MainWindow.h"
#include "Settings.h"
#include "backup/FileLocation.h"
#include "dialogs/BackupsDialog.h"
#include "document/PlanDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

PlanSafety::PlanSafety(QString dataDir, MainWindow *window)
    : QObject(window)
    , m_backups(std::move(dataDir))
    , m_window(window)
    , m_locationLabel(new QLabel)
{
    m_hourly.setInterval(60 * 60 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, &PlanSafety::periodicBackup);
    m_locationLabel->setObjectName(u"locationWarning"_s);
    m_locationLabel->setStyleSheet(u"QLabel { color: #8a4b00; font-weight: bold; }"_s);
    m_locationLabel->hide();
    window->statusBar()->addWidget(m_locationLabel);
}

OpenOptions PlanSafety::openOptions(const QString &path)
{
    m_lastChangeBeforeOpen = QFileInfo(path).lastModified();
    OpenOptions options;
    options.backupHook = m_backups.hook();
    return options;
}

void PlanSafety::report(const Status &status)
{
    if (status)
        return;
    m_lastProblem = tr("The backup copy could not be made: %1").arg(status.error().message);
    m_window->statusBar()->showMessage(m_lastProblem, 30000);
}

void PlanSafety::planOpened(PlanDocument *document)
{
    m_document = document;
    m_changedSinceBackup = false;
    // The demonstration plan is rebuilt every time it is opened: nothing to keep.
    if (!document->data().info.isDemo) {
        auto made = m_backups.backup(document->store(), BackupReason::Open, m_lastChangeBeforeOpen);
        report(made ? Status() : Status(made.error()));
    }
    connect(document, &PlanDocument::changed, this, [this] { m_changedSinceBackup = true; });
    m_hourly.start();

    const FileLocation where = classifyLocation(document->path());
    m_locationLabel->setVisible(where.isRisky());
    m_locationLabel->setText(where.isRisky() ? u"⚠ "_s + where.shortWarning() : QString());
    m_locationLabel->setToolTip(where.warning());
}

void PlanSafety::planClosed()
{
    if (m_document && m_changedSinceBackup)
        periodicBackup();
    m_hourly.stop();
    m_document = nullptr;
    m_locationLabel->hide();
}

void PlanSafety::periodicBackup()
{
    if (!m_document || !m_changedSinceBackup || m_document->data().info.isDemo)
        return;
    auto made = m_backups.backup(m_document->store(), BackupReason::Periodic);
    report(made ? Status() : Status(made.error()));
    if (made)
        m_changedSinceBackup = false;
}

bool PlanSafety::offerRestore(const QString &path, const Error &error)
{
    // A plan open elsewhere or from a newer Planea is fine as it is: a backup would not help.
    if (error.kind == Error::Kind::Locked || error.kind == Error::Kind::NewerVersion || !QFileInfo::exists(path))
        return false;
    // The newest copy whose bytes still match their SHA-256: a damaged copy is passed over.
    int damagedCopies = 0;
    const auto newest = m_backups.latestIntact(path, &damagedCopies);
    if (!newest)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("The plan could not be opened"), error.message, QMessageBox::NoButton,
                    m_window);
    box.setObjectName(u"restoreOfferBox"_s);
    box.setInformativeText(
        tr("There is a backup copy of this plan made on %1 (%2; %3 lines, %4 goals). Restore it? The current file "
           "is kept in the backup folder.")
            .arg(QLocale().toString(newest->createdAt.toLocalTime(), QLocale::ShortFormat),
                 BackupManager::reasonText(newest->reason))
            .arg(newest->lines)
            .arg(newest->goals)
        + (damagedCopies > 0 ? u" "_s + tr("%n newer copy(ies) were damaged and passed over.", nullptr, damagedCopies)
                             : QString()));
    QPushButton *restore = box.addButton(tr("Restore the most recent copy"), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreLatestButton"_s);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    auto restored = m_backups.restore(path, *newest);
    if (!restored) {
        QMessageBox::warning(m_window, tr("The copy was not restored"), restored.error().message);
        return false;
    }
    return true;
}

void PlanSafety::saveCopy()
{
    if (!m_document)
        return;
    const QFileInfo plan(m_document->path());
    const QString suggested = QDir(Settings::value(Settings::Key::LastFolder).toString())
                                  .filePath(tr("%1 (copy).planea").arg(plan.completeBaseName()));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Save a copy of the plan"), suggested,
                                                        tr("Planea plans (*.planea)"));
    if (target.isEmpty())
        return;
    if (auto s = BackupManager::saveCopy(m_document->store(), target); !s) {
        QMessageBox::warning(m_window, tr("The copy was not saved"), s.error().message);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Copy saved in %1. You keep working on the original.").arg(QDir::toNativeSeparators(target)), 15000);
}

void PlanSafety::showBackups()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    if (m_changedSinceBackup)
        periodicBackup();
    BackupsDialog dialog(m_backups, path, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.selected())
        return;
    // The dialog says what restoring does, and nothing is lost: no second question.
    const BackupInfo chosen = *dialog.selected();
    m_window->closePlan();
    auto restored = m_backups.restore(path, chosen);
    if (!restored)
        QMessageBox::warning(m_window, tr("The copy was not restored"), restored.error().message);
    if (m_window->openPlan(path) && restored) {
        m_window->statusBar()->showMessage(
            tr("The copy made on %1 was restored. The previous state was kept as a backup copy.")
                .arg(QLocale().toString(chosen.createdAt.toLocalTime(), QLocale::ShortFormat)),
            30000);
    }
}

} // namespace planea::ui
