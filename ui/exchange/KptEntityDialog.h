#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace planea::ui {

/// What a KPT workbook did not say and a plan needs: the entity's DANE code and name and the first
/// year of the term (the CLI's --dane, --entidad and --inicio).
class KptEntityDialog final : public QDialog
{
    Q_OBJECT

public:
    KptEntityDialog(const QString &daneCode, const QString &entityName, int startYear, QWidget *parent = nullptr);

    QString daneCode() const;
    QString entityName() const;
    int startYear() const;

    QLineEdit *daneEdit() const { return m_dane; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *yearBox() const { return m_year; }

    void accept() override;

private:
    QLineEdit *m_dane;
    QLineEdit *m_name;
    QSpinBox *m_year;
    QLabel *m_problem;
};

} // namespace planea::ui
