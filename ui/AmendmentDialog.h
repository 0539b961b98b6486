#pragma once

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// "Plan › Modificar el plan (enmienda)…": on an approved plan, the first use opens amendment
/// mode (the approved structure becomes editable); the second records the amendment with its act,
/// date and note (approval::amend: new version and fingerprint) and closes the mode.
class AmendmentDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AmendmentDialog(QWidget *parent = nullptr);

    QString act() const;
    QDate date() const;
    QString note() const;

    /// Runs the action for the open plan (may be null). Returns true when something changed.
    /// `dataDir` is the user data folder: the plan is backed up there before the amendment.
    static bool run(QWidget *parent, PlanDocument *document, const QString &dataDir = {});

private:
    QLineEdit *m_act;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
};

} // namespace planea::ui
