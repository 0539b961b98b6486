#pragma once

#include "backup/BackupManager.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

class MainWindow;

/// The main window's safety net for the open plan (docs/RELIABILITY.md): a backup when a plan is
/// opened, every hour of editing and before a format update; "Guardar una copia…"; the backups
/// screen and restoring; the offer to restore the newest backup when a plan cannot be opened; and
/// a warning in the status bar when the plan is in a network or cloud-synced folder.
class PlanSafety final : public QObject
{
    Q_OBJECT

public:
    PlanSafety(QString dataDir, MainWindow *window);

    BackupManager &backups() { return m_backups; }
    /// For PlanDocument::open(path): a backup before the file format is updated. Notes when the
    /// file was last changed, for the summary of the opening backup (opening writes to it).
    OpenOptions openOptions(const QString &path);

    /// After a plan was opened: the opening backup, the hourly timer, the location warning.
    void planOpened(PlanDocument *document);
    void planClosed();

    /// After `path` failed to open with `error`: when a backup exists and restoring can help,
    /// asks whether to restore the newest one and does it. True when the plan was restored (the
    /// caller opens it again).
    bool offerRestore(const QString &path, const Error &error);

    /// File › Save a copy…
    void saveCopy();
    /// File › Backup copies…: lists them; restores the chosen one (closing and reopening the plan).
    void showBackups();
    /// Makes the hourly backup now if the plan changed since the last one (the timer calls it).
    void periodicBackup();

    /// The status-bar warning about the plan's folder (hidden when the folder is local).
    QLabel *locationLabel() const { return m_locationLabel; }
    /// The last backup problem shown in the status bar, for tests.
    QString lastProblem() const { return m_lastProblem; }

private:
    void report(const Status &status);

    BackupManager m_backups;
    MainWindow *m_window;
    QPointer<PlanDocument> m_document;
    QTimer m_hourly;
    bool m_changedSinceBackup = false;
    QDateTime m_lastChangeBeforeOpen;
    QLabel *m_locationLabel;
    QString m_lastProblem;
};

} // namespace planea::ui
