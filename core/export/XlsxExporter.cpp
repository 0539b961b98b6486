#include "XlsxExporter.h"

#include "xlsx/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

using report::ColumnType;
using Style = XlsxWriter::Style;

/// Widest characters a column needs, from its header words and its cells, within limits.
double columnWidth(const report::ReportColumn &c, const QList<report::ReportRow> &rows, qsizetype column)
{
    qsizetype widest = 0;
    for (const QString &word : c.title.split(u' '))
        widest = std::max(widest, word.size());
    qsizetype cells = 0;
    for (const report::ReportRow &row : rows) {
        const QVariant v = row.cells.value(column);
        if (v.isNull())
            continue;
        qsizetype length = 0;
        if (c.type == ColumnType::Text || v.typeId() == QMetaType::QString)
            length = v.toString().size();
        else if (c.type == ColumnType::Money)
            length = QString::number(v.toLongLong()).size() * 4 / 3 + 3;
        else
            length = QString::number(v.toDouble(), 'f', 2).size() + 2;
        cells = std::max(cells, length);
    }
    return std::clamp(double(std::max(widest, std::min<qsizetype>(cells, 43))) + 2.0, 8.0, 45.0);
}

/// Lines a text takes in a column `width` characters wide, breaking at spaces.
int linesIn(const QString &text, double width)
{
    const int room = std::max(1, int(width) - 1);
    int lines = 1;
    int used = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const int length = int(word.size());
        if (used > 0 && used + 1 + length > room) {
            ++lines;
            used = 0;
        }
        used += (used > 0 ? 1 : 0) + length;
        while (used > room) { // a word longer than the column
            ++lines;
            used -= room;
        }
    }
    return lines;
}

/// The cell of one report value: numbers typed with their format, texts as text.
XlsxWriter::Cell reportCell(const QVariant &v, ColumnType type, bool total)
{
    if (v.isNull())
        return { QVariant(), total ? XlsxWriter::TotalText : XlsxWriter::Plain };
    if (type == ColumnType::Text || v.typeId() == QMetaType::QString) {
        const QString text = v.toString();
        if (type != ColumnType::Text)
            return { text, total ? XlsxWriter::TotalMark : XlsxWriter::Mark };
        if (text.size() > 40)
            return { text, total ? XlsxWriter::TotalWrap : XlsxWriter::Wrap };
        return { text, total ? XlsxWriter::TotalText : XlsxWriter::Text };
    }
    switch (type) {
    case ColumnType::Money:
        return { v.toLongLong(), total ? XlsxWriter::TotalPesos : XlsxWriter::Pesos };
    case ColumnType::Integer:
        return { v.toLongLong(), total ? XlsxWriter::TotalCount : XlsxWriter::Count };
    case ColumnType::Percent:
        // Stored as a fraction, as spreadsheets expect of a percent cell (25 % is 0.25).
        return { v.toDouble() / 100.0, total ? XlsxWriter::TotalPercent : XlsxWriter::Percent };
    case ColumnType::Decimal: {
        const double value = v.toDouble();
        if (value == std::floor(value))
            return { value, total ? XlsxWriter::TotalCount : XlsxWriter::Count };
        return { value, total ? XlsxWriter::TotalNumber : XlsxWriter::Number };
    }
    case ColumnType::Text:
        break;
    }
    return {};
}

/// Entity, document, subtitle, date and version, the demo warning: the rows above every table.
void appendTitleBlock(XlsxWriter &book, int sheet, const DocumentHeader &header, const QString &subtitle)
{
    const auto line = [&](const QString &text, Style style) {
        book.appendRow(sheet, text.isEmpty() ? QList<XlsxWriter::Cell>() : QList<XlsxWriter::Cell> { { text, style } });
    };
    line(header.entity.isEmpty() ? header.documentTitle : header.entity, XlsxWriter::Title);
    line(header.documentTitle, XlsxWriter::Subtitle);
    line(subtitle, XlsxWriter::Plain);
    line(header.dateText() + u"  ·  "_s + header.versionLine(), XlsxWriter::Plain);
    if (header.isDemo)
        line(
            QCoreApplication::translate("XlsxExporter", "DEMONSTRATION PLAN: invented data, not an official document."),
            XlsxWriter::Warning);
    while (book.rowCount(sheet) < XlsxExporter::headerRow(header))
        book.appendRow(sheet, {});
}

/// The sheet of the summary lines and the charts (seguimiento): each chart as its table of
/// values and as an Excel bar chart beside it.
void appendSummarySheet(XlsxWriter &book, const report::Report &report, const DocumentHeader &header)
{
    const QString name = QCoreApplication::translate("XlsxExporter", "Summary");
    const int sheet = book.addSheet(XlsxExporter::sheetName(name));
    appendTitleBlock(book, sheet, header, name);
    for (const QString &line : report.summary)
        book.appendRow(sheet, { { line, XlsxWriter::Plain } });
    book.setColumnWidth(sheet, 0, 48);
    book.setColumnWidth(sheet, 1, 12);
    book.setColumnWidth(sheet, 2, 18);
    book.setLandscape(sheet);
    for (const report::ReportChart &chart : report.charts) {
        book.appendRow(sheet, {});
        const int top = book.rowCount(sheet);
        book.appendRow(sheet, { { chart.title, XlsxWriter::Subtitle } });
        // The value is a number (the chart's data); the reading is what the PDF prints after the
        // bar beyond the number ("Sobresaliente"), when there is more than the number.
        QStringList readings;
        bool anyReading = false;
        for (qsizetype i = 0; i < chart.labels.size(); ++i) {
            const QString text = chart.valueTexts.value(i);
            const qsizetype dot = text.indexOf(u" · "_s);
            readings.append(dot >= 0 ? text.mid(dot + 3) : (chart.values.value(i) ? QString() : text));
            anyReading = anyReading || !readings.last().isEmpty();
        }
        QList<XlsxWriter::Cell> titles {
            { QCoreApplication::translate("XlsxExporter", "Line"), XlsxWriter::ColumnHeader },
            { QCoreApplication::translate("XlsxExporter", "Value"), XlsxWriter::ColumnHeader }
        };
        if (anyReading)
            titles.append({ QCoreApplication::translate("XlsxExporter", "Reading"), XlsxWriter::ColumnHeader });
        book.appendRow(sheet, titles);
        const int first = book.rowCount(sheet);
        for (qsizetype i = 0; i < chart.labels.size(); ++i) {
            const std::optional<double> value = chart.values.value(i);
            QList<XlsxWriter::Cell> cells { { chart.labels[i], XlsxWriter::Wrap },
                                            { value ? QVariant(*value / 100.0) : QVariant(), XlsxWriter::Percent } };
            if (anyReading)
                cells.append({ readings[i], XlsxWriter::Text });
            book.appendRow(sheet, cells);
        }
        const int last = std::max(first, book.rowCount(sheet) - 1);
        if (chart.reference) {
            book.appendRow(sheet, { { chart.referenceLabel, XlsxWriter::Plain } });
        }
        XlsxWriter::BarChart bars;
        bars.title = chart.title;
        bars.seriesName = chart.title;
        bars.categories = { first, 0, last, 0 };
        bars.values = { first, 1, last, 1 };
        bars.colors = chart.colors;
        bars.maxValue = chart.maxValue / 100.0;
        bars.numberFormat = u"0%"_s;
        bars.anchorRow = top;
        bars.anchorColumn = 4;
        bars.anchorEndRow = top + std::max(16, int(chart.labels.size()) * 2 + 4);
        bars.anchorEndColumn = 12;
        book.addBarChart(sheet, bars);
        // The next chart starts below this one.
        while (book.rowCount(sheet) < bars.anchorEndRow)
            book.appendRow(sheet, {});
    }
}

} // namespace

QString XlsxExporter::formatCode() const
{
    return u"xlsx"_s;
}

QString XlsxExporter::fileSuffix() const
{
    return u"xlsx"_s;
}

QString XlsxExporter::sheetName(const QString &title)
{
    QString name;
    for (QChar ch : title)
        name += QStringView(u"[]:*?/\\").contains(ch) ? QChar(u' ') : ch;
    name = name.simplified();
    // Excel also refuses a leading or trailing apostrophe.
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.left(31).trimmed();
    return name.isEmpty() ? u"Hoja1"_s : name;
}

int XlsxExporter::headerRow(const DocumentHeader &header)
{
    // Entity, document, subtitle, date and version; a demo line; a blank row.
    return header.isDemo ? 6 : 5;
}

Status XlsxExporter::write(const report::Report &report, QIODevice &device) const
{
    return writeDocument(report, DocumentHeader::fromReport(report), device);
}

Status XlsxExporter::writeFile(const report::Report &report, const DocumentHeader &header, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("XlsxExporter", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (auto s = writeDocument(report, header, file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error::io(QCoreApplication::translate("XlsxExporter", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status XlsxExporter::writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const
{
    // One sheet for the main table, then one per section (documents that are more than one table).
    struct SheetSpec
    {
        QString name;
        QString subtitle;
        const QList<report::ReportColumn> *columns;
        const QList<report::ReportRow> *rows;
    };
    QList<SheetSpec> specs { { sheetName(report.title), header.subtitle, &report.columns, &report.rows } };
    QStringList usedNames { specs.first().name.toLower() };
    if (!report.summary.isEmpty() || !report.charts.isEmpty())
        usedNames.append(sheetName(QCoreApplication::translate("XlsxExporter", "Summary")).toLower());
    for (const report::ReportSection &section : report.sections) {
        QString name = sheetName(section.title);
        for (int n = 2; usedNames.contains(name.toLower()); ++n) {
            const QString suffix = u" (%1)"_s.arg(n);
            name = name.left(31 - suffix.size()) + suffix;
        }
        usedNames.append(name.toLower());
        const QString subtitle = section.note.isEmpty() ? section.title : section.title + u". "_s + section.note;
        specs.append({ name, subtitle, &section.columns, &section.rows });
    }

    XlsxWriter book;
    book.setProperties(header.documentTitle, header.entity);
    // The summary and the charts come first, as in the PDF: what a council reads before the tables.
    if (!report.summary.isEmpty() || !report.charts.isEmpty())
        appendSummarySheet(book, report, header);
    const int headerAt = headerRow(header);
    for (qsizetype index = 0; index < specs.size(); ++index) {
        const SheetSpec &spec = specs[index];
        const QList<report::ReportColumn> &columnList = *spec.columns;
        const int columns = int(columnList.size());
        const int sheet = book.addSheet(spec.name);
        appendTitleBlock(book, sheet, header, spec.subtitle);

        QList<XlsxWriter::Cell> titles;
        for (const report::ReportColumn &c : columnList)
            titles.append({ c.title, XlsxWriter::ColumnHeader });
        book.appendRow(sheet, titles);
        for (const report::ReportRow &r : *spec.rows) {
            const bool total = r.kind == report::RowKind::Total;
            QList<XlsxWriter::Cell> cells;
            for (int c = 0; c < columns; ++c)
                cells.append(reportCell(r.cells.value(c), columnList[c].type, total));
            book.appendRow(sheet, cells);
        }

        // Widths, and heights for the rows whose wrapped texts need more than one line (the header
        // row wraps too): Excel and LibreOffice keep a row one line high unless told.
        QList<double> widths;
        for (int c = 0; c < columns; ++c) {
            widths.append(columnWidth(columnList[c], *spec.rows, c));
            book.setColumnWidth(sheet, c, widths.last());
        }
        int headerLines = 1;
        for (int c = 0; c < columns; ++c)
            headerLines = std::max(headerLines, linesIn(columnList[c].title, widths[c]));
        if (headerLines > 1)
            book.setRowHeight(sheet, headerAt, 15.0 * headerLines);
        for (qsizetype i = 0; i < spec.rows->size(); ++i) {
            int lines = 1;
            for (int c = 0; c < columns; ++c) {
                const QVariant v = spec.rows->at(i).cells.value(c);
                if (columnList[c].type == ColumnType::Text && v.typeId() == QMetaType::QString
                    && v.toString().size() > 40)
                    lines = std::max(lines, linesIn(v.toString(), widths[c]));
            }
            if (lines > 1)
                book.setRowHeight(sheet, headerAt + 1 + int(i), 15.0 * lines);
        }
        book.setFrozenRows(sheet, headerAt + 1);
        if (columns > 0)
            book.setAutoFilter(sheet, { headerAt, 0, std::max(headerAt, book.rowCount(sheet) - 1), columns - 1 });
        book.setPrintTitleRow(sheet, headerAt);
        book.setLandscape(sheet);
    }
    return book.write(device);
}

} // namespace planea::exporting
