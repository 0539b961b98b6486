#include "ReportDialog.h"

#include "util/SafeWrite.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

} // namespace

ReportDialog::ReportDialog(const QString &title, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary))
    , m_sections(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setWindowTitle(title);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_sections, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 560);
}

QTableWidget *ReportDialog::addTable(const QString &caption, const QStringList &headers, const QList<QStringList> &rows,
                                     const QString &emptyText)
{
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(caption.toHtmlEscaped()));
    m_sections->addWidget(label);
    auto *table = new QTableWidget(int(rows.size()), int(headers.size()));
    table->setObjectName(u"reportTable%1"_s.arg(m_tables.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < headers.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r].value(c)));
    }
    table->resizeColumnsToContents();
    for (int c = 0; c + 1 < headers.size(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
    table->resizeRowsToContents();
    // Long notes wrap: rows grow when the columns get their final width.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, &QTableWidget::resizeRowsToContents);
    table->setCurrentItem(nullptr);
    m_tables.append(table);
    m_captions.append(caption);
    if (rows.isEmpty() && !emptyText.isEmpty()) {
        auto *empty = new QLabel(emptyText);
        empty->setWordWrap(true);
        m_sections->addWidget(empty);
        table->hide();
    } else {
        m_sections->addWidget(table, 1);
    }
    return table;
}

void ReportDialog::setCloseText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Close)->setText(text);
}

QPushButton *ReportDialog::addActionButton(const QString &text)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &QDialog::accept);
    return button;
}

void ReportDialog::enableSaving(const QString &suggestedPath)
{
    QPushButton *save = m_buttons->addButton(tr("Save report…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveReportButton"_s);
    connect(save, &QPushButton::clicked, this, [this, suggestedPath] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggestedPath,
                                                          tr("CSV for Excel (*.csv);;PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveTo(path, &error))
            QMessageBox::warning(this, tr("The report was not saved"), error);
    });
}

void ReportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The columns have their final width only once laid out: wrap long notes now.
    layout()->activate();
    for (QTableWidget *table : std::as_const(m_tables))
        table->resizeRowsToContents();
}

QString ReportDialog::html() const
{
    QString out = u"<html><body style=\"font-family: sans-serif; font-size: 9pt\"><h2>%1</h2><p>%2</p>"_s.arg(
        windowTitle().toHtmlEscaped(), m_summary->text().toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
    for (int t = 0; t < m_tables.size(); ++t) {
        const QTableWidget *table = m_tables[t];
        out += u"<h3>%1</h3>"_s.arg(m_captions[t].toHtmlEscaped());
        if (table->rowCount() == 0) {
            out += u"<p>—</p>"_s;
            continue;
        }
        out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
        for (int c = 0; c < table->columnCount(); ++c)
            out += u"<th>%1</th>"_s.arg(table->horizontalHeaderItem(c)->text().toHtmlEscaped());
        out += u"</tr>"_s;
        for (int r = 0; r < table->rowCount(); ++r) {
            out += u"<tr>"_s;
            for (int c = 0; c < table->columnCount(); ++c)
                out += u"<td>%1</td>"_s.arg(table->item(r, c) ? table->item(r, c)->text().toHtmlEscaped() : QString());
            out += u"</tr>"_s;
        }
        out += u"</table>"_s;
    }
    return out + u"</body></html>"_s;
}

bool ReportDialog::saveTo(const QString &path, QString *error) const
{
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        const Status written = safe::writeFile(path, [&](QIODevice &file) -> Status {
            QPdfWriter writer(&file);
            writer.setPageSize(QPageSize(QPageSize::Letter));
            writer.setPageOrientation(QPageLayout::Landscape);
            writer.setTitle(windowTitle());
            QTextDocument doc;
            doc.setHtml(html());
            doc.print(&writer);
            return {};
        });
        if (!written && error)
            *error = written.error().message;
        return written.ok();
    }
    QString text = csvField(windowTitle()) + u"\r\n"_s + csvField(m_summary->text()) + u"\r\n"_s;
    for (int t = 0; t < m_tables.size(); ++t) {
        const QTableWidget *table = m_tables[t];
        text += u"\r\n"_s + csvField(m_captions[t]) + u"\r\n"_s;
        QStringList header;
        for (int c = 0; c < table->columnCount(); ++c)
            header.append(csvField(table->horizontalHeaderItem(c)->text()));
        text += header.join(u';') + u"\r\n"_s;
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < table->columnCount(); ++c)
                row.append(csvField(table->item(r, c) ? table->item(r, c)->text() : QString()));
            text += row.join(u';') + u"\r\n"_s;
        }
    }
    // With a BOM Excel reads the accents as UTF-8.
    const Status written = safe::writeFile(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

} // namespace planea::ui
