#include "XlsxExporter.h"

#include "report/ColumnFormat.h"
#include "util/SafeWrite.h"
#include "xlsx/XlsxTextMetrics.h"
#include "xlsx/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

using report::ColumnType;
using Style = XlsxWriter::Style;

/// How one column of a report is written: the styles of its cells, of its total rows and of
/// its header, and its width.
struct ColumnPlan
{
    Style data = XlsxWriter::Text;
    Style total = XlsxWriter::TotalText;
    Style header = XlsxWriter::ColumnHeader;
    double width = 8.0;
};

/// Text columns are not made wider than this; their longer texts wrap.
constexpr double WidestText = 45.0;
/// Wide tables narrow their text columns, down to this, to print at a readable scale.
constexpr double NarrowestText = 24.0;
/// The width (in characters) a table is narrowed towards: about 56 % on landscape letter.
constexpr double WidthBudget = 250.0;
/// Columns are widened up to this for their header to take at most three lines.
constexpr double MaxHeaderWidening = 16.0;

const QLocale &colombia()
{
    static const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    return locale;
}

/// Spanish leaves four-digit numbers unseparated (years: "2028", not "2.028"), as the PDF does;
/// with one format per column, an integer column whose numbers are all below 10 000 has none.
bool allFourDigitsOrLess(const QList<report::ReportRow> &rows, qsizetype column)
{
    for (const report::ReportRow &row : rows) {
        const QVariant v = row.cells.value(column);
        if (!v.isNull() && v.typeId() != QMetaType::QString && std::abs(v.toLongLong()) >= 10000)
            return false;
    }
    return true;
}

/// The styles of a numeric column's cells: one number format for all of them, with the decimals
/// report::columnDecimals() gives (the PDF prints the same).
ColumnPlan numberPlan(const QList<report::ReportRow> &rows, qsizetype column, ColumnType type, int decimals)
{
    ColumnPlan plan;
    plan.header = XlsxWriter::NumberHeader;
    switch (type) {
    case ColumnType::Money:
        plan.data = XlsxWriter::Pesos;
        plan.total = XlsxWriter::TotalPesos;
        break;
    case ColumnType::Integer: {
        const bool digits = allFourDigitsOrLess(rows, column);
        plan.data = digits ? XlsxWriter::Digits : XlsxWriter::Count;
        plan.total = digits ? XlsxWriter::TotalDigits : XlsxWriter::TotalCount;
        break;
    }
    case ColumnType::Percent:
        plan.data = decimals == 0 ? XlsxWriter::Percent0 : XlsxWriter::Percent;
        plan.total = decimals == 0 ? XlsxWriter::TotalPercent0 : XlsxWriter::TotalPercent;
        break;
    case ColumnType::Decimal:
        plan.data = decimals == 0 ? XlsxWriter::Count : decimals == 1 ? XlsxWriter::Number1 : XlsxWriter::Number;
        plan.total = decimals == 0 ? XlsxWriter::TotalCount
            : decimals == 1        ? XlsxWriter::TotalNumber1
                                   : XlsxWriter::TotalNumber;
        break;
    case ColumnType::Text:
        break;
    }
    return plan;
}

/// A number as its cell shows it in Colombia (for the column's width).
QString shownNumber(const QVariant &v, ColumnType type, int decimals, bool separators)
{
    switch (type) {
    case ColumnType::Money:
        return u"$ "_s + colombia().toString(v.toLongLong());
    case ColumnType::Integer:
        return separators ? colombia().toString(v.toLongLong()) : QString::number(v.toLongLong());
    case ColumnType::Percent:
        return colombia().toString(v.toDouble(), 'f', decimals) + u'%';
    case ColumnType::Decimal:
    case ColumnType::Text:
        break;
    }
    return colombia().toString(v.toDouble(), 'f', decimals);
}

/// The styles and the natural width of every column: numbers as wide as their widest value, texts
/// as their longest (up to WidestText); headers wrap, but never inside a word.
QList<ColumnPlan> planColumns(const QList<report::ReportColumn> &columns, const QList<report::ReportRow> &rows)
{
    QList<ColumnPlan> plans;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const ColumnType type = columns[c].type;
        const int decimals = report::columnDecimals(rows, c, type);
        ColumnPlan plan = type == ColumnType::Text ? ColumnPlan() : numberPlan(rows, c, type, decimals);
        const int indent = XlsxWriter::traits(plan.header).indent;
        double widest = xlsxmetrics::widestWord(columns[c].title, true) + indent * xlsxmetrics::IndentStep;
        const bool separators = plan.data != XlsxWriter::Digits;
        for (const report::ReportRow &row : rows) {
            const QVariant v = row.cells.value(c);
            if (v.isNull())
                continue;
            const bool bold = row.kind == report::RowKind::Total;
            double width = 0;
            if (v.typeId() == QMetaType::QString)
                width = xlsxmetrics::textWidth(v.toString(), bold)
                    + (type == ColumnType::Text ? xlsxmetrics::IndentStep : 0.0);
            else
                width = xlsxmetrics::textWidth(shownNumber(v, type, decimals, separators), bold);
            widest = std::max(widest, width);
        }
        plan.width = std::max(6.0, std::ceil((widest + xlsxmetrics::CellPadding) * 2.0) / 2.0);
        // A long header over short numbers ("Eficacia de las metas 2029 (%)") widens its column
        // a little rather than standing five lines tall.
        while (plan.width < MaxHeaderWidening
               && xlsxmetrics::wrappedLines(columns[c].title, xlsxmetrics::textRoom(plan.width, indent), true) > 3)
            plan.width += 0.5;
        plans.append(plan);
    }
    return plans;
}

/// Caps the text columns at WidestText and, for tables wider than WidthBudget, lower (never below
/// NarrowestText): a 24-column plan prints at a readable scale and fits a screen better; the long
/// texts of a capped column wrap.
void fitTextColumns(QList<ColumnPlan> &plans, const QList<report::ReportColumn> &columns)
{
    const auto totalWith = [&](double cap) {
        double total = 0;
        for (qsizetype c = 0; c < plans.size(); ++c)
            total += columns[c].type == ColumnType::Text ? std::min(plans[c].width, cap) : plans[c].width;
        return total;
    };
    double cap = WidestText;
    while (cap > NarrowestText && totalWith(cap) > WidthBudget)
        cap -= 1.0;
    for (qsizetype c = 0; c < plans.size(); ++c) {
        if (columns[c].type != ColumnType::Text || plans[c].width <= cap)
            continue;
        plans[c].width = cap;
        plans[c].data = XlsxWriter::Wrap;
        plans[c].total = XlsxWriter::TotalWrap;
    }
}

/// Moves the width of each wrapping column by up to three characters (or 1.5 wider) to where the fewest rows
/// wrap into a different number of lines in Excel and in LibreOffice (whose columns hold ~6 %
/// more text). Row heights are estimated for Excel, so that no text is cut there; this keeps
/// LibreOffice from showing those rows with an empty line at the bottom.
void settleWrapWidths(QList<ColumnPlan> &plans, const QList<report::ReportRow> &rows)
{
    QList<qsizetype> wrapping;
    for (qsizetype c = 0; c < plans.size(); ++c) {
        if (plans[c].data == XlsxWriter::Wrap)
            wrapping.append(c);
    }
    if (wrapping.isEmpty())
        return;
    using xlsxmetrics::Reader;
    // Each text cell of the wrapping columns measured once; the search below tries many widths.
    QHash<qsizetype, QList<std::optional<xlsxmetrics::MeasuredText>>> measured;
    for (qsizetype c : wrapping) {
        QList<std::optional<xlsxmetrics::MeasuredText>> &cells = measured[c];
        cells.reserve(rows.size());
        for (const report::ReportRow &row : rows) {
            const QVariant v = row.cells.value(c);
            cells.append(v.typeId() == QMetaType::QString ? std::optional(xlsxmetrics::MeasuredText(v.toString()))
                                                          : std::nullopt);
        }
    }
    const auto lines = [&](qsizetype row, qsizetype column, double width, Reader reader) {
        const std::optional<xlsxmetrics::MeasuredText> &text = measured[column][row];
        if (!text)
            return 1;
        return text->lines(xlsxmetrics::textRoom(width, 1, reader), rows[row].kind == report::RowKind::Total);
    };
    for (qsizetype column : wrapping) {
        // Every row's tallest cell among the other wrapping columns, in Excel and LibreOffice.
        QList<std::pair<int, int>> others(rows.size(), { 1, 1 });
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (qsizetype c : wrapping) {
                if (c == column)
                    continue;
                others[r].first = std::max(others[r].first, lines(r, c, plans[c].width, Reader::Excel));
                others[r].second = std::max(others[r].second, lines(r, c, plans[c].width, Reader::LibreOffice));
            }
        }
        double best = plans[column].width;
        std::pair<int, int> bestScore { INT_MAX, INT_MAX }; // rows that differ, lines in Excel
        for (double width = plans[column].width + 1.5; width >= plans[column].width - 3.0; width -= 0.5) {
            std::pair<int, int> score { 0, 0 };
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const int excel = std::max(others[r].first, lines(r, column, width, Reader::Excel));
                const int libre = std::max(others[r].second, lines(r, column, width, Reader::LibreOffice));
                score.first += excel != libre ? 1 : 0;
                score.second += excel;
            }
            if (score < bestScore) {
                bestScore = score;
                best = width;
            }
        }
        plans[column].width = best;
    }
}

/// The style that shows `x` with the decimals it needs, up to two.
Style decimalStyle(double x, bool total)
{
    int decimals = 2;
    for (int d = 0; d < 2; ++d) {
        const double scaled = std::abs(x) * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) {
            decimals = d;
            break;
        }
    }
    if (total)
        return decimals == 0 ? XlsxWriter::TotalCount
            : decimals == 1  ? XlsxWriter::TotalNumber1
                             : XlsxWriter::TotalNumber;
    return decimals == 0 ? XlsxWriter::Count : decimals == 1 ? XlsxWriter::Number1 : XlsxWriter::Number;
}

/// The cell of one report value: numbers typed with their column's format, texts as text.
XlsxWriter::Cell reportCell(const QVariant &v, ColumnType type, const ColumnPlan &plan, bool total)
{
    const Style style = total ? plan.total : plan.data;
    if (v.isNull())
        return { QVariant(), total ? XlsxWriter::TotalText : XlsxWriter::Plain };
    if (type == ColumnType::Text)
        return { v.toString(), style };
    if (v.typeId() == QMetaType::QString) // a mark standing for a number ("NP")
        return { v.toString(), total ? XlsxWriter::TotalMark : XlsxWriter::Mark };
    switch (type) {
    case ColumnType::Money:
    case ColumnType::Integer:
        return { v.toLongLong(), style };
    case ColumnType::Percent:
        // Stored as a fraction, as spreadsheets expect of a percent cell (25 % is 0.25).
        return { v.toDouble() / 100.0, style };
    case ColumnType::Decimal:
        // Each value with its own decimals, as the PDF prints it: a column may hold indicators of
        // different units, and a whole number shows none («2», «2.150», not «2,0»).
        return { v.toDouble(), decimalStyle(v.toDouble(), total) };
    case ColumnType::Text:
        break;
    }
    return {};
}

/// The page header and footer of every sheet: the entity and the document above, the version,
/// the sheet and "Página 2 de 5" below (the PDF's frame).
XlsxWriter::PageSetup pageSetup(const DocumentHeader &header)
{
    XlsxWriter::PageSetup page;
    page.header = u"&L"_s + XlsxWriter::headerFooterText(header.entity);
    if (header.isDemo)
        page.header += u"&C&\"-,Bold\"&KC00000"_s
            + XlsxWriter::headerFooterText(QCoreApplication::translate("XlsxExporter", "DEMONSTRATION PLAN"));
    page.header += u"&R"_s + XlsxWriter::headerFooterText(header.documentTitle);
    page.footer
        = u"&L"_s + XlsxWriter::headerFooterText(header.versionLine()) + u"&C&A&R"_s + XlsxWriter::pageNumberFooter();
    return page;
}

/// Entity, document, subtitle, date and version, the demo warning: the rows above every table.
void appendTitleBlock(XlsxWriter &book, int sheet, const DocumentHeader &header, const QString &subtitle)
{
    const auto line = [&](const QString &text, Style style) {
        book.appendRow(sheet, text.isEmpty() ? QList<XlsxWriter::Cell>() : QList<XlsxWriter::Cell> { { text, style } });
    };
    line(header.entity.isEmpty() ? header.documentTitle : header.entity, XlsxWriter::Title);
    line(header.documentTitle, XlsxWriter::Subtitle);
    // A section's subtitle carries its note, which may be long: it wraps (merged across the
    // table by the caller) instead of running off the printed page.
    line(subtitle, XlsxWriter::Wrap);
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
    // The summary and its charts are one page: a page break would cut a chart in two.
    XlsxWriter::PageSetup page = pageSetup(header);
    page.fitToHeight = 1;
    book.setPageSetup(sheet, page);
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
            { QCoreApplication::translate("XlsxExporter", "Value"), XlsxWriter::NumberHeader }
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
        // As the values beside it (and the PDF): 79,5 % is «79,5%», never a rounded «80%».
        bars.numberFormat = u"0.0%"_s;
        bars.axisFormat = u"0%"_s;
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
    if (name.size() > 31) {
        // Cut between words, not inside one ("Diagnóstico indicadores de", not "… de bien").
        const qsizetype space = name.lastIndexOf(u' ', 31);
        name = name.left(space >= 12 ? space : 31).trimmed();
    }
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
    return safe::writeFile(path, [&](QIODevice &file) { return writeDocument(report, header, file); });
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
        int closingTotals;
    };
    QList<SheetSpec> specs { { sheetName(report.sheetName.isEmpty() ? report.title : report.sheetName), header.subtitle,
                               &report.columns, &report.rows, report.closingTotals } };
    QStringList usedNames { specs.first().name.toLower() };
    if (!report.summary.isEmpty() || !report.charts.isEmpty())
        usedNames.append(sheetName(QCoreApplication::translate("XlsxExporter", "Summary")).toLower());
    for (const report::ReportSection &section : report.sections) {
        QString name = sheetName(section.sheetName.isEmpty() ? section.title : section.sheetName);
        for (int n = 2; usedNames.contains(name.toLower()); ++n) {
            const QString suffix = u" (%1)"_s.arg(n);
            name = name.left(31 - suffix.size()).trimmed() + suffix;
        }
        usedNames.append(name.toLower());
        const QString subtitle = section.note.isEmpty() ? section.title : section.title + u". "_s + section.note;
        specs.append({ name, subtitle, &section.columns, &section.rows, section.closingTotals });
    }

    XlsxWriter book;
    book.setProperties(header.documentTitle, header.entity);
    // The summary and the charts come first, as in the PDF: what a council reads before the tables.
    if (!report.summary.isEmpty() || !report.charts.isEmpty())
        appendSummarySheet(book, report, header);
    const int headerAt = headerRow(header);
    for (const SheetSpec &spec : specs) {
        const QList<report::ReportColumn> &columnList = *spec.columns;
        const QList<report::ReportRow> &rows = *spec.rows;
        const int columns = int(columnList.size());
        const int sheet = book.addSheet(spec.name);
        appendTitleBlock(book, sheet, header, spec.subtitle);

        QList<ColumnPlan> plans = planColumns(columnList, rows);
        fitTextColumns(plans, columnList);
        settleWrapWidths(plans, rows);
        QList<XlsxWriter::Cell> titles;
        for (int c = 0; c < columns; ++c) {
            titles.append({ columnList[c].title, plans[c].header });
            book.setColumnWidth(sheet, c, plans[c].width);
        }
        book.appendRow(sheet, titles);
        if (columns > 1)
            book.merge(sheet, { 2, 0, 2, columns - 1 }); // the subtitle line, across the table
        // The totals of the whole table stand below a blank row, out of the filtered range:
        // sorting or filtering the rows never moves or hides them; blue-grey under a heavier rule.
        // (Totals inside the table, such as each line's in the PPI, stay where they are, bold on grey.)
        const qsizetype closing = std::clamp<qsizetype>(spec.closingTotals, 0, rows.size());
        int lastFiltered = headerAt;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (closing > 0 && i == rows.size() - closing && i > 0)
                book.appendRow(sheet, {});
            const report::ReportRow &r = rows[i];
            const bool total = r.kind == report::RowKind::Total;
            QList<XlsxWriter::Cell> cells;
            const bool closingTotal = total && i >= rows.size() - closing;
            for (int c = 0; c < columns; ++c) {
                XlsxWriter::Cell cell = reportCell(r.cells.value(c), columnList[c].type, plans[c], total);
                if (closingTotal)
                    cell.style = XlsxWriter::closingStyle(cell.style);
                cells.append(cell);
            }
            book.appendRow(sheet, cells);
            if (i < rows.size() - closing)
                lastFiltered = book.rowCount(sheet) - 1;
        }

        book.setFrozenRows(sheet, headerAt + 1);
        if (columns > 0)
            book.setAutoFilter(sheet, { headerAt, 0, lastFiltered, columns - 1 });
        book.setPrintTitleRow(sheet, headerAt);
        book.setPageSetup(sheet, pageSetup(header));
    }
    return book.write(device);
}

} // namespace planea::exporting
