#pragma once

#include "util/Result.h"
#include "xlsx/XlsxCell.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

class QIODevice;

namespace planea {

/// The one .xlsx writer of Planea, for exchange files (the KPT workbook) and for the documents
/// (XlsxExporter): sheets of cells with text or numbers, a fixed set of cell styles (below),
/// merged areas, frozen header rows, column widths, autofilters, print titles, landscape pages,
/// hidden sheets and horizontal bar charts. The Office Open XML parts are zipped with QuaZip
/// (why not libxlsxwriter: it calls minizip's zipOpen3() & co., and QuaZip, linked into the same
/// program for reading workbooks, exports functions with the same names; the dynamic linker binds
/// libxlsxwriter's calls to QuaZip's copies and the program crashes in workbook_close()).
/// Text is always stored as text, so nothing in a cell runs as a formula; numbers keep their
/// shortest exact decimal form, so a value read back is the value written.
class XlsxWriter
{
public:
    /// Cell styles: the index of each in the workbook's cellXfs, so the order is fixed.
    enum Style : quint8 {
        // Exchange files: plain cells, a centred boxed header, numbers aligned to the top (as the
        // wrapped texts beside them).
        Plain = 0,
        Header = 1,
        Integer = 2, ///< "0"
        Decimal = 3, ///< general
        Wrap = 4, ///< text wrapped, aligned to the top
        Money = 5, ///< "#,##0"
        // Documents: aligned to the top, thousands separators, pesos with their sign.
        Text = 6,
        Count = 7, ///< "#,##0"
        Number = 8, ///< "#,##0.00"
        Pesos = 9, ///< "$ #,##0"
        Percent = 10, ///< "0.0%" (the cell holds a fraction: 25 % is 0.25)
        Mark = 11, ///< a text standing for a number ("NP"), right-aligned
        Title = 12, ///< bold, 14 pt
        Subtitle = 13, ///< bold, 12 pt
        Warning = 14, ///< bold, dark red
        ColumnHeader = 15, ///< bold on light blue, wrapped, a line under it
        TotalText = 16, ///< total rows: bold on light grey, a line over them
        TotalWrap = 17,
        TotalCount = 18,
        TotalNumber = 19,
        TotalPesos = 20,
        TotalPercent = 21,
        TotalMark = 22,
        // Added later, so after the others: the index of a style never changes.
        Number1 = 23, ///< "#,##0.0"
        Percent0 = 24, ///< "0%"
        Digits = 25, ///< "0": a whole number without thousands separators (years: 2028)
        TotalNumber1 = 26,
        TotalPercent0 = 27,
        TotalDigits = 28,
        NumberHeader = 29, ///< ColumnHeader right-aligned, over a column of numbers
        // Cells a user fills in on a protected sheet (protectSheet()): unlocked, light yellow, boxed.
        Input = 30,
        InputWrap = 31, ///< Input, wrapped text
        // The totals of a whole table (Report::closingTotals): as the total rows, on blue-grey
        // under a heavier rule, so that they do not look like the subtotals above them.
        ClosingText = 32,
        ClosingWrap = 33,
        ClosingCount = 34,
        ClosingNumber = 35,
        ClosingPesos = 36,
        ClosingPercent = 37,
        ClosingMark = 38,
        ClosingNumber1 = 39,
        ClosingPercent0 = 40,
        ClosingDigits = 41,
    };

    /// The closing-total style of a total row's style (TotalPesos → ClosingPesos); any other
    /// style is returned as it is.
    static Style closingStyle(Style totalStyle);

    /// A data validation rule of a sheet (<dataValidation>): what a cell of `ranges` accepts in
    /// Excel and LibreOffice, and the message shown when a value is refused. Formulas are written
    /// as Excel's, relative to the top-left cell of the first range, without the leading "=".
    struct DataValidation
    {
        enum class Kind : quint8 { Decimal, Whole, List, Custom };
        Kind kind = Kind::Decimal;
        QString operatorName = QStringLiteral("greaterThanOrEqual"); ///< unused for List and Custom
        QString formula1;
        QString formula2; ///< "between" and "notBetween" only
        QList<XlsxRange> ranges;
        bool allowBlank = true;
        QString errorTitle; ///< at most 32 characters
        QString error; ///< at most 255 characters
        QString promptTitle; ///< at most 32 characters
        QString prompt; ///< at most 255 characters
    };

    struct Cell
    {
        /// QString → text; integer types → integer; double → number; null → no cell, or an
        /// empty cell with its style when the style is not Plain (e.g. the fill of a total row).
        QVariant value;
        Style style = Plain;
    };

    /// A horizontal bar chart of one sheet's data: categories and values are column ranges of
    /// that sheet (0-based, inclusive), drawn over the cells from `anchor` (top-left, inclusive)
    /// to `anchorEnd` (bottom-right, exclusive).
    struct BarChart
    {
        QString title;
        XlsxRange categories;
        XlsxRange values;
        QString seriesName;
        QList<QColor> colors; ///< one per bar; empty: the application's default
        double maxValue = 0; ///< the axis maximum; 0: automatic
        QString numberFormat = QStringLiteral("0.0"); ///< of the bar labels
        QString axisFormat; ///< of the value axis; empty: numberFormat
        int anchorRow = 0;
        int anchorColumn = 0;
        int anchorEndRow = 0;
        int anchorEndColumn = 0;
    };

    /// How a sheet prints: letter or legal paper, the orientation, how many pages wide and tall it
    /// is scaled to, and the page header and footer, written in
    /// Excel's header codes (&L, &C and &R start the left, centre and right parts; &P is the page
    /// number, &N the page count; a literal "&" is "&&", see headerFooterText()).
    struct PageSetup
    {
        enum class Paper : quint8 { Letter = 1, Legal = 5 }; ///< Excel's paperSize codes
        Paper paper = Paper::Letter;
        bool landscape = true;
        int fitToWidth = 1; ///< pages across; 0: no fitting, printed at 100 %
        int fitToHeight = 0; ///< pages down when fitting; 0: as many as the rows need
        QString header;
        QString footer;
    };

    /// `text` as a literal part of a page header or footer ("&" doubled), at most `limit` characters.
    static QString headerFooterText(const QString &text, qsizetype limit = 80);
    /// "Page &P of &N", translated: the page number and count of a footer.
    static QString pageNumberFooter();

    /// Adds a sheet and returns its index. `name` must be a valid sheet name (≤ 31 characters).
    int addSheet(const QString &name, bool hidden = false);
    void appendRow(int sheet, const QList<Cell> &cells);
    /// A row of plain values with one style.
    void appendValues(int sheet, const QVariantList &values, Style style = Plain);
    void merge(int sheet, const XlsxRange &range);
    void setColumnWidth(int sheet, int column, double width);
    void setFrozenRows(int sheet, int rows);
    /// Row `row`'s height in points. Rows without one get the height of their tallest cell when
    /// it is more than one line (wrapped texts, the title's large font), estimated from the column
    /// widths: readers do not grow rows with wrapped text by themselves.
    void setRowHeight(int sheet, int row, double points);
    /// Filter buttons on the first row of `range` (its header row).
    void setAutoFilter(int sheet, const XlsxRange &range);
    /// Row `row` (0-based) is printed at the top of every page.
    void setPrintTitleRow(int sheet, int row);
    /// Rows `first` to `last` (0-based, inclusive) are printed at the top of every page.
    void setPrintTitleRows(int sheet, int first, int last);
    /// Letter paper, landscape, scaled to the page's width.
    void setLandscape(int sheet);
    void setPageSetup(int sheet, const PageSetup &setup);
    /// The scale (1 = 100 %) at which the sheet prints across its pages, from its column widths.
    double printScale(int sheet) const;
    /// The width of column `column` (the default width unless set), in character units.
    double columnWidth(int sheet, int column) const;
    /// The style a cell is shown with: whether it wraps, its font, its indent.
    struct StyleTraits
    {
        bool wraps = false;
        bool bold = false;
        double points = 11.0;
        int indent = 0;
    };
    static StyleTraits traits(Style style);
    void addBarChart(int sheet, const BarChart &chart);
    /// Protects the sheet (<sheetProtection>, no password: it keeps hands off, it is no secret):
    /// only cells with an Input style can be changed; columns and rows can still be resized.
    void protectSheet(int sheet);
    void addDataValidation(int sheet, const DataValidation &validation);
    /// The workbook's document properties (title and description shown by Excel's File › Info).
    void setProperties(const QString &title, const QString &description);
    int rowCount(int sheet) const;

    Status write(QIODevice &device) const;
    /// Writes to `path` atomically (safe::writeFile): the file ends up complete or as it was.
    Status writeFile(const QString &path) const;

private:
    struct Sheet
    {
        QString name;
        bool hidden = false;
        QList<QList<Cell>> rows;
        QList<XlsxRange> merges;
        QMap<int, double> widths;
        QHash<int, double> heights;
        int frozenRows = 0;
        std::optional<XlsxRange> autoFilter;
        int printTitleFirst = -1;
        int printTitleLast = -1;
        std::optional<PageSetup> page;
        QList<BarChart> charts;
        bool protectedSheet = false;
        QList<DataValidation> validations;
    };
    QList<Sheet> m_sheets;
    QString m_title;
    QString m_description;
};

} // namespace planea
