#pragma once

#include "backup/BackupManager.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace planea::ui {

/// "Copias de seguridad": the backups of one plan, newest first, with when and why each was
/// made and what it holds (lines, goals, last change), read from the summaries without opening
/// any copy; a copy whose bytes no longer match their recorded SHA-256 is marked «Dañada» and
/// cannot be chosen. "Restaurar esta copia" closes the dialog with the chosen backup; the caller closes
/// the plan and calls BackupManager::restore(), which first keeps the current state.
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const BackupManager &manager, const QString &planPath, QWidget *parent = nullptr);

    /// The backup to restore (after exec() returned Accepted); never a damaged one.
    std::optional<BackupInfo> selected() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    bool selectedRowIsDamaged() const;

    QList<BackupInfo> m_backups;
    QList<bool> m_intact; ///< per row: BackupManager::isIntact
    QTableWidget *m_table;
    QPushButton *m_restore;
};

} // namespace planea::ui
