#pragma once

#include "export/CsvOptions.h"
#include "report/ReportContext.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLineEdit;
class QGroupBox;

namespace planea {
struct PlanData;
}

namespace planea::ui {

/// Where and how to write one document: the file, and for CSV the separator and decimal mark
/// (by default those Excel uses with the system's regional settings); for the action plan, the
/// office and the year.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const PlanData &plan, const QString &documentCode, const QString &formatCode,
                 const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    exporting::CsvOptions csvOptions() const;
    /// Office and year chosen (plan-accion); empty office: all offices.
    report::ReportContext context() const;

    QComboBox *separatorBox() const { return m_separator; }
    QComboBox *decimalBox() const { return m_decimal; }
    QComboBox *officeBox() const { return m_office; }
    QComboBox *yearBox() const { return m_year; }
    QLineEdit *pathEdit() const { return m_path; }

    /// ';' and ',' for a locale that writes decimals with a comma (es-CO), ',' and '.' otherwise.
    static exporting::CsvOptions defaultCsvOptions(const QLocale &locale = QLocale::system());

private:
    void browse();

    QString m_format;
    QLineEdit *m_path;
    QComboBox *m_separator = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_office = nullptr;
    QComboBox *m_year = nullptr;
};

} // namespace planea::ui
