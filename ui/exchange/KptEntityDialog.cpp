#include "KptEntityDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

KptEntityDialog::KptEntityDialog(const QString &daneCode, const QString &entityName, int startYear, QWidget *parent)
    : QDialog(parent)
    , m_dane(new QLineEdit(daneCode))
    , m_name(new QLineEdit(entityName))
    , m_year(new QSpinBox)
    , m_problem(new QLabel)
{
    setObjectName(u"kptEntityDialog"_s);
    setWindowTitle(tr("Data the workbook does not give"));
    auto *intro = new QLabel(tr("The workbook does not say which entity or which term it is for. Give them and the "
                                "import goes on; the rest comes from the workbook."));
    intro->setWordWrap(true);
    m_dane->setObjectName(u"kptDane"_s);
    m_dane->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,5}"_s), m_dane));
    m_dane->setPlaceholderText(tr("5 digits, e.g. 63111; 2 for a department"));
    m_name->setObjectName(u"kptEntityName"_s);
    m_name->setPlaceholderText(tr("e.g. Buenavista"));
    m_year->setObjectName(u"kptStartYear"_s);
    m_year->setRange(1990, 2100);
    m_year->setValue(startYear > 0 ? startYear : QDate::currentDate().year());
    m_problem->setObjectName(u"kptEntityProblem"_s);
    m_problem->setStyleSheet(u"color: #9C0006;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("DANE code of the entity:"), m_dane);
    form->addRow(tr("Entity name:"), m_name);
    form->addRow(tr("First year of the term:"), m_year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
}

QString KptEntityDialog::daneCode() const
{
    return m_dane->text().trimmed();
}

QString KptEntityDialog::entityName() const
{
    return m_name->text().simplified();
}

int KptEntityDialog::startYear() const
{
    return m_year->value();
}

void KptEntityDialog::accept()
{
    const QString code = daneCode();
    if (code.size() != 5 && code.size() != 2) {
        m_problem->setText(tr("The DANE code has 5 digits for a municipality (e.g. 63111) or 2 for a department."));
        m_problem->show();
        m_dane->setFocus();
        return;
    }
    if (entityName().isEmpty()) {
        m_problem->setText(tr("Write the entity's name."));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace planea::ui
