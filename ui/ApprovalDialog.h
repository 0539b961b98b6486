#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// "Plan › Registrar la aprobación…": freezes the plan as the council approved it — the act, its
/// date, version 1 and the SHA-256 fingerprint of the content (approval::approve), after a backup.
/// From then on the approved structure changes only through amendments, and every document
/// prints the version and the fingerprint. "Plan › Verificar la huella…" recomputes it.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(QWidget *parent = nullptr);

    QString act() const;
    QDate date() const;
    void setAct(const QString &act);
    /// Shows `act` read-only, with a note: the plan was already adopted by it.
    void lockAct(const QString &act);
    void setDate(const QDate &date);

    /// Runs the action for the open plan (may be null). Returns true when the plan was approved.
    /// `dataDir` is the user data folder: the plan is backed up there first.
    static bool run(QWidget *parent, PlanDocument *document, const QString &dataDir = {});
    /// Recomputes the fingerprint of the open plan and says whether it is the approved content.
    static void verify(QWidget *parent, PlanDocument *document);

private:
    QLineEdit *m_act;
    QDateEdit *m_date;
    QLabel *m_actNote;
};

} // namespace planea::ui
