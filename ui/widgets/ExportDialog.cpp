#include "ExportDialog.h"

#include "domain/PlanData.h"
#include "report/RouteReports.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

exporting::CsvOptions ExportDialog::defaultCsvOptions(const QLocale &locale)
{
    exporting::CsvOptions options;
    const QString point = locale.decimalPoint();
    options.decimalMark = point == u","_s ? u',' : u'.';
    options.separator = options.decimalMark == u',' ? u';' : u',';
    return options;
}

ExportDialog::ExportDialog(const PlanData &plan, const QString &documentCode, const QString &formatCode,
                           const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_format(formatCode)
    , m_path(new QLineEdit(suggestedPath))
{
    setWindowTitle(tr("Export document"));
    auto *layout = new QVBoxLayout(this);

    // A grid, not a QFormLayout: rows differ by document and format (see CODING_GUIDELINES).
    auto *grid = new QGridLayout;
    int row = 0;
    grid->addWidget(new QLabel(tr("File:")), row, 0);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setMinimumWidth(380);
    grid->addWidget(m_path, row, 1);
    auto *browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    grid->addWidget(browseButton, row, 2);
    ++row;

    if (documentCode == u"plan-accion"_s) {
        m_office = new QComboBox;
        m_office->setObjectName(u"exportOffice"_s);
        m_office->addItem(tr("All offices"), QString());
        for (const Office &o : plan.offices)
            m_office->addItem(o.name, o.name);
        grid->addWidget(new QLabel(tr("Office:")), row, 0);
        grid->addWidget(m_office, row, 1, 1, 2);
        ++row;
        m_year = new QComboBox;
        m_year->setObjectName(u"exportYear"_s);
        const int defaultYear = report::actionPlanYear(plan, 0);
        for (int year : plan.info.term.years()) {
            m_year->addItem(QString::number(year), year);
            if (year == defaultYear)
                m_year->setCurrentIndex(m_year->count() - 1);
        }
        grid->addWidget(new QLabel(tr("Year:")), row, 0);
        grid->addWidget(m_year, row, 1, 1, 2);
        ++row;
    }
    layout->addLayout(grid);

    if (formatCode == u"csv"_s) {
        const exporting::CsvOptions defaults = defaultCsvOptions();
        auto *box = new QGroupBox(tr("CSV options"));
        auto *csv = new QGridLayout(box);
        m_separator = new QComboBox;
        m_separator->setObjectName(u"csvSeparator"_s);
        m_separator->addItem(tr("Semicolon ( ; )"), QVariant::fromValue(QChar(u';')));
        m_separator->addItem(tr("Comma ( , )"), QVariant::fromValue(QChar(u',')));
        m_separator->setCurrentIndex(defaults.separator == u';' ? 0 : 1);
        m_decimal = new QComboBox;
        m_decimal->setObjectName(u"csvDecimalMark"_s);
        m_decimal->addItem(tr("Comma (12,5)"), QVariant::fromValue(QChar(u',')));
        m_decimal->addItem(tr("Point (12.5)"), QVariant::fromValue(QChar(u'.')));
        m_decimal->setCurrentIndex(defaults.decimalMark == u',' ? 0 : 1);
        csv->addWidget(new QLabel(tr("Separator:")), 0, 0);
        csv->addWidget(m_separator, 0, 1);
        csv->addWidget(new QLabel(tr("Decimal mark:")), 1, 0);
        csv->addWidget(m_decimal, 1, 1);
        auto *hint = new QLabel(tr("Excel with Colombian regional settings opens files with semicolons and decimal "
                                   "commas directly."));
        hint->setWordWrap(true);
        csv->addWidget(hint, 2, 0, 1, 2);
        layout->addWidget(box);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ExportDialog::path() const
{
    QString p = m_path->text().trimmed();
    const QString suffix = u"."_s + m_format;
    if (!p.isEmpty() && !p.endsWith(suffix, Qt::CaseInsensitive))
        p += suffix;
    return p;
}

exporting::CsvOptions ExportDialog::csvOptions() const
{
    exporting::CsvOptions options = defaultCsvOptions();
    if (m_separator)
        options.separator = m_separator->currentData().value<QChar>();
    if (m_decimal)
        options.decimalMark = m_decimal->currentData().value<QChar>();
    return options;
}

report::ReportContext ExportDialog::context() const
{
    report::ReportContext c;
    if (m_office)
        c.office = m_office->currentData().toString();
    if (m_year)
        c.year = m_year->currentData().toInt();
    return c;
}

void ExportDialog::browse()
{
    const QString filter = tr("%1 files (*.%2)").arg(m_format.toUpper(), m_format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export document"), m_path->text(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace planea::ui
