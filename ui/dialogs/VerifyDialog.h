#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace planea {
class PlanDocument;
}

namespace planea::ui {

/// "Plan › Verificar la huella…": recomputes the fingerprint of the open plan and compares it, first
/// with the one stored in the file, then — what proves something against whoever can edit the file
/// — with a reference the council holds outside it: the fingerprint typed from the adopted document
/// or an approval receipt (approval::checkAgainst). "Guardar el recibo…" writes the receipt of an
/// approved plan whose content still matches.
class VerifyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(PlanDocument *document, QWidget *parent = nullptr);

    /// Compares with the fingerprint typed in the field; the answer goes to the result label.
    void compareWithTyped();
    /// Compares with the receipt at `path`.
    void compareWithReceipt(const QString &path);
    /// Writes the approval receipt to `path`; false (with a message box) when it cannot.
    bool saveReceipt(const QString &path);

    /// The answer of the last comparison with a reference (empty before the first).
    QString resultText() const;

private:
    void showCheck(bool ok, const QString &message);

    PlanDocument *m_document;
    QLabel *m_stored;
    QLineEdit *m_typed;
    QLabel *m_result;
    QPushButton *m_saveReceipt;
};

} // namespace planea::ui
