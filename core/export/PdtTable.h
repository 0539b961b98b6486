#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace planea::exporting {

/// A table of the plan document (pdt) as HTML for QTextDocument: a header row (repeated on every
/// page), heading rows across the table, cells spanning rows, numbers right-aligned under
/// right-aligned headers, thin grey borders, 8 pt. Each column gets at least the width of its
/// longest word, or of its longest number, so that neither the PDF nor the word processor, which
/// takes the PDF's column widths, ever cuts a word in two.
class PdtTable
{
public:
    struct Column
    {
        QString header;
        bool numeric = false;
        int width = 0; ///< wished width, percent of the text width
    };
    struct Cell
    {
        QString text;
        int rowSpan = 1;
    };

    explicit PdtTable(const QList<Column> &columns);

    /// A heading row across the whole table ("Programa 1905 Salud pública").
    void group(const QString &text);
    /// One cell for each column not covered by a cell spanning rows from above; a total row is
    /// bold and shaded.
    void row(const QList<Cell> &cells, bool total = false);
    void row(const QStringList &cells, bool total = false);

    bool isEmpty() const { return m_rows.isEmpty(); }
    QString html() const;

    /// The column widths in percent: the wished ones, widened to `minimum` where needed and the
    /// others narrowed to make room, in proportion to what they have beyond their minimum.
    static QList<double> fitWidths(const QList<double> &wished, const QList<double> &minimum);

private:
    QList<Column> m_columns;
    QList<double> m_minimum; ///< px at 96 dpi
    QList<int> m_covered;
    QStringList m_rows;
};

} // namespace planea::exporting
