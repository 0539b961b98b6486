#include "PaperTable.h"

#include "PdfExporter.h"
#include "report/ColumnFormat.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

/// Columns that are not printed as columns: those of the groups and the codes joined to a name.
QSet<QString> hiddenKeys(const report::PaperLayout &paper)
{
    QSet<QString> hidden;
    for (const report::PaperLayout::Group &g : paper.groups) {
        for (const QString &key : g.keys)
            hidden.insert(key);
    }
    for (const auto &[code, name] : paper.joined)
        hidden.insert(code);
    for (const QString &key : paper.hidden)
        hidden.insert(key);
    return hidden;
}

QString groupHeading(const report::PaperLayout::Group &group, const QList<QString> &texts)
{
    QString heading = group.format;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // A name that is only its code again (a sector missing from the catalog: "19 19") once.
        heading = heading.arg(i > 0 && texts[i] == texts[i - 1] ? QString() : texts[i]);
    }
    // A group column left empty ("Sector 19 " without a name) leaves no stray spaces or dots.
    heading = heading.simplified();
    while (heading.endsWith(u" ·"_s))
        heading.chop(2);
    return heading;
}

} // namespace

qsizetype printedColumnCount(const report::Report &report)
{
    const QSet<QString> hidden = hiddenKeys(report.paper);
    qsizetype n = 0;
    for (const report::ReportColumn &c : report.columns)
        n += hidden.contains(c.key) ? 0 : 1;
    return n;
}

PaperTable paperTable(const report::Report &report, bool millions)
{
    using report::ColumnType;
    using report::RowKind;
    const report::PaperLayout &paper = report.paper;
    const qsizetype columns = report.columns.size();

    PaperTable out;
    out.table.code = report.code;
    out.table.title = report.title;
    out.table.subtitle = report.subtitle;
    out.table.tableNote = report.tableNote;
    out.table.shortTitles = report.shortTitles;
    out.table.paper.totalsOpenGroups = report.paper.totalsOpenGroups; // for the pagination
    out.table.closingTotals = report.closingTotals; // the table's own totals, painted apart

    const QSet<QString> hidden = hiddenKeys(paper);
    QList<qsizetype> printed; // report column of each printed column
    for (qsizetype c = 0; c < columns; ++c) {
        if (!hidden.contains(report.columns[c].key)) {
            printed.append(c);
            out.table.columns.append(report.columns[c]);
        }
    }
    QList<QList<qsizetype>> groupColumns;
    for (const report::PaperLayout::Group &g : paper.groups) {
        QList<qsizetype> cols;
        for (const QString &key : g.keys)
            cols.append(report.columnIndex(key));
        groupColumns.append(cols);
    }
    QHash<qsizetype, qsizetype> codeOfName; // report column of a name → report column of its code
    QSet<qsizetype> codeColumns;
    for (const auto &[code, name] : paper.joined) {
        codeOfName.insert(report.columnIndex(name), report.columnIndex(code));
        codeColumns.insert(report.columnIndex(code));
    }
    QList<bool> once(printed.size(), false);
    for (qsizetype p = 0; p < printed.size(); ++p)
        once[p] = paper.printedOnce.contains(report.columns[printed[p]].key);
    const bool anyOnce = std::find(once.cbegin(), once.cend(), true) != once.cend();

    // Percentages line up with the same decimals down a column ("90,0 %" over "99,7 %"); other
    // decimals keep their own, since one column may hold indicators of different units.
    QList<int> decimals(columns, -1);
    for (qsizetype c = 0; c < columns; ++c) {
        if (report.columns[c].type == ColumnType::Percent)
            decimals[c] = report::columnDecimals(report.rows, c, ColumnType::Percent);
    }

    QList<QString> lastGroup(paper.groups.size());
    QStringList above; // the full texts of the data row above, in the same group
    out.table.rows.reserve(report.rows.size());
    out.cells.reserve(report.rows.size());
    for (const report::ReportRow &row : report.rows) {
        QStringList texts;
        texts.reserve(columns);
        for (qsizetype c = 0; c < columns; ++c) {
            const QVariant &v = row.cells.value(c);
            texts.append(millions && report.columns[c].type == ColumnType::Money ? PdfExporter::formatMillions(v)
                             : decimals[c] >= 0 ? PdfExporter::formatCell(v, report.columns[c].type, decimals[c])
                                                : PdfExporter::formatCell(v, report.columns[c].type));
        }

        QString groupLabel; // a total row's label in a column that is not printed
        if (row.kind == RowKind::Data || (row.kind == RowKind::Total && paper.totalsOpenGroups)) {
            bool changed = false;
            for (qsizetype g = 0; g < paper.groups.size(); ++g) {
                QList<QString> values;
                for (qsizetype c : groupColumns[g])
                    values.append(c >= 0 ? texts[c] : QString());
                const QString key = values.join(QChar(0x1F));
                if (!changed && key == lastGroup[g])
                    continue;
                changed = true;
                lastGroup[g] = key;
                report::ReportRow heading;
                heading.kind = RowKind::Heading;
                heading.level = int(g);
                const QString text = groupHeading(paper.groups[g], values);
                heading.cells = { text };
                out.table.rows.append(heading);
                QStringList headingCells(printed.size());
                if (!headingCells.isEmpty())
                    headingCells[0] = text;
                out.cells.append(headingCells);
                out.pageTopCells.append(QStringList());
                above.clear();
            }
        } else {
            for (qsizetype c = 0; c < columns; ++c) {
                if (hidden.contains(report.columns[c].key) && !texts[c].isEmpty() && !codeColumns.contains(c))
                    groupLabel += (groupLabel.isEmpty() ? QString() : u" "_s) + texts[c];
            }
        }

        QStringList cells;
        cells.reserve(printed.size());
        for (qsizetype c : printed) {
            const qsizetype code = codeOfName.value(c, -1);
            if (code >= 0 && !texts[code].isEmpty())
                cells.append(texts[c].isEmpty() ? texts[code] : texts[code] + u' ' + texts[c]);
            else
                cells.append(texts[c]);
        }
        if (!groupLabel.isEmpty() && !cells.isEmpty())
            cells[0] = cells[0].isEmpty() ? groupLabel : groupLabel + u": "_s + cells[0];

        // A data row leaves out a name its group already shows in the row above (a data row or
        // the group's own total row).
        QStringList full;
        if (anyOnce && row.kind == RowKind::Data) {
            const QStringList whole = cells;
            bool blanked = false;
            for (qsizetype p = 0; p < printed.size(); ++p) {
                if (once[p] && !above.isEmpty() && !cells[p].isEmpty() && cells[p] == above[p]) {
                    cells[p].clear();
                    blanked = true;
                }
            }
            if (blanked)
                full = whole;
            above = whole;
        } else {
            above = cells;
        }

        report::ReportRow printedRow;
        printedRow.kind = row.kind;
        out.table.rows.append(printedRow);
        out.cells.append(cells);
        out.pageTopCells.append(full);
    }
    return out;
}

} // namespace planea::exporting
