// The content.xml of the pdt's ODT, written from the QTextDocument's structure rather than
// through QTextDocumentWriter("odf"): Qt's writer gives no headings (only bold paragraphs), no
// repeated table header rows, shading on the words instead of the cells, "outset" borders and the
// generic family "Sans". Here the document gets named styles a word processor knows (Heading 1–3
// with outline levels; Table Contents), real lists, header rows, rows that do not split and the
// column widths of the PDF.
#include "PdtOdtContentWriter.h"

#include "PdtDocument.h"

#include <QHash>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

/// Courier New for the fingerprint: LibreOffice replaces it by the metric-compatible Liberation Mono.
constexpr auto MonoFont = u"Courier New";

QString pt(double points)
{
    return QString::number(std::round(points * 10.0) / 10.0, 'f', 1) + u"pt"_s;
}

QString cm(double centimetres)
{
    return QString::number(centimetres, 'f', 3) + u"cm"_s;
}

/// Qt keeps HTML lengths in CSS pixels (96 per inch).
double pxToPt(double px)
{
    return px * 0.75;
}

/// What a run of text looks like, relative to its paragraph style.
struct TextLook
{
    bool bold = false;
    bool italic = false;
    bool mono = false;
    double size = 0; ///< 0: the paragraph style's
    QString color; ///< empty: black

    bool isPlain() const { return !bold && !italic && !mono && size == 0 && color.isEmpty(); }
    QString key() const
    {
        return u"%1%2%3|%4|%5"_s.arg(int(bold)).arg(int(italic)).arg(int(mono)).arg(size).arg(color);
    }
};

/// The paragraph styles of styles.xml the content refers to, with what they already say.
struct ParagraphBase
{
    QString name;
    double size = 10;
    bool bold = false;
};

class PdtOdtContentWriter
{
public:
    explicit PdtOdtContentWriter(QTextDocument &document)
        : m_document(document)
    {
        // A row is never split across two pages.
        m_styles = u"<style:style style:name=\"Planea_Row\" style:family=\"table-row\"><style:table-row-properties "
                   "fo:keep-together=\"always\"/></style:style>"_s;
    }

    QByteArray xml()
    {
        writeFrame(m_document.rootFrame());
        QString out
            = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
              "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
              "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
              "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
              "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">"_s;
        out += pdtOdtFontFaces();
        out += u"<office:automatic-styles>"_s + m_styles + u"</office:automatic-styles>"_s;
        out += u"<office:body><office:text>"_s + m_body + u"</office:text></office:body></office:document-content>"_s;
        return out.toUtf8();
    }

private:
    void writeFrame(QTextFrame *frame)
    {
        QTextList *openList = nullptr;
        double previousBottom = 0;
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            QTextFrame *child = it.currentFrame();
            const QTextBlock block = it.currentBlock();
            QTextList *list = child ? nullptr : block.textList();
            if (openList && list != openList) {
                m_body += u"</text:list>"_s;
                openList = nullptr;
            }
            if (child) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    writeTable(table);
                else
                    writeFrame(child);
                previousBottom = 0;
                continue;
            }
            if (!block.isValid())
                continue;
            if (list && !openList) {
                m_body += u"<text:list text:style-name=\"Planea_Bullets\">"_s;
                openList = list;
            }
            auto next = it;
            ++next;
            const bool beforeTable = !next.atEnd() && qobject_cast<QTextTable *>(next.currentFrame());
            if (list)
                m_body += u"<text:list-item>"_s;
            writeBlock(block, previousBottom, beforeTable, list != nullptr);
            if (list)
                m_body += u"</text:list-item>"_s;
            previousBottom = block.blockFormat().bottomMargin();
        }
        if (openList)
            m_body += u"</text:list>"_s;
    }

    void writeBlock(const QTextBlock &block, double previousBottom, bool beforeTable, bool inList)
    {
        const QTextBlockFormat format = block.blockFormat();
        const int level = std::clamp(format.headingLevel(), 0, 3);
        ParagraphBase base;
        if (level > 0) {
            base = { u"Heading_20_%1"_s.arg(level), PdtHeadingPoints[level], true };
        } else {
            base = { inList ? u"Planea_List_Item"_s : u"Standard"_s, 10, false };
        }
        QStringList props;
        if (const QString align = alignment(format.alignment()); !align.isEmpty())
            props.append(u"fo:text-align=\"%1\""_s.arg(align));
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            props.append(u"fo:break-before=\"page\""_s);
        if (level == 0 && !inList) {
            // Qt lets the larger of two adjacent margins separate paragraphs; a word processor adds them.
            props.append(u"fo:margin-top=\"%1\""_s.arg(pt(pxToPt(std::max(0.0, format.topMargin() - previousBottom)))));
            props.append(u"fo:margin-bottom=\"%1\""_s.arg(pt(pxToPt(format.bottomMargin()))));
        }
        if (beforeTable)
            props.append(u"fo:keep-with-next=\"always\""_s);
        // The cover: the first paragraph puts the first page on the page style without header and footer.
        const bool first = !m_wroteParagraph;
        m_wroteParagraph = true;
        const QString style = paragraphStyle(base.name, props, first ? u"Planea_Cover"_s : QString());
        if (level > 0)
            m_body += u"<text:h text:style-name=\"%1\" text:outline-level=\"%2\">"_s.arg(style).arg(level);
        else
            m_body += u"<text:p text:style-name=\"%1\">"_s.arg(style);
        writeText(block, base);
        m_body += level > 0 ? u"</text:h>"_s : u"</text:p>"_s;
    }

    void writeCellBlock(const QTextBlock &block, bool header, bool heading)
    {
        const ParagraphBase base = header ? ParagraphBase { u"Table_20_Heading"_s, 8, true }
                                          : ParagraphBase { u"Table_20_Contents"_s, 8, false };
        QStringList props;
        if (const QString align = alignment(block.blockFormat().alignment()); !align.isEmpty())
            props.append(u"fo:text-align=\"%1\""_s.arg(align));
        // A row across the table heads the rows below it: Word keeps such a row with the next one.
        if (heading)
            props.append(u"fo:keep-with-next=\"always\""_s);
        m_body += u"<text:p text:style-name=\"%1\">"_s.arg(paragraphStyle(base.name, props, QString()));
        writeText(block, base);
        m_body += u"</text:p>"_s;
    }

    static QString alignment(Qt::Alignment a)
    {
        if (a & Qt::AlignHCenter)
            return u"center"_s;
        if (a & Qt::AlignRight)
            return u"end"_s;
        if (a & Qt::AlignJustify)
            return u"justify"_s;
        return QString();
    }

    QString paragraphStyle(const QString &parent, const QStringList &props, const QString &masterPage)
    {
        if (props.isEmpty() && masterPage.isEmpty())
            return parent;
        const QString key = parent + u'|' + props.join(u' ') + u'|' + masterPage;
        if (const auto it = m_paragraphStyles.constFind(key); it != m_paragraphStyles.cend())
            return *it;
        const QString name = u"P%1"_s.arg(m_paragraphStyles.size() + 1);
        m_paragraphStyles.insert(key, name);
        m_styles += u"<style:style style:name=\"%1\" style:family=\"paragraph\" style:parent-style-name=\"%2\""_s.arg(
            name, parent);
        if (!masterPage.isEmpty())
            m_styles += u" style:master-page-name=\"%1\""_s.arg(masterPage);
        m_styles += u"><style:paragraph-properties "_s + props.join(u' ') + u"/></style:style>"_s;
        return name;
    }

    QString textStyle(const TextLook &look)
    {
        const QString key = look.key();
        if (const auto it = m_textStyles.constFind(key); it != m_textStyles.cend())
            return *it;
        const QString name = u"T%1"_s.arg(m_textStyles.size() + 1);
        m_textStyles.insert(key, name);
        QStringList props;
        if (look.bold)
            props.append(u"fo:font-weight=\"bold\""_s);
        if (look.italic)
            props.append(u"fo:font-style=\"italic\""_s);
        if (look.mono)
            props.append(u"style:font-name=\"%1\""_s.arg(MonoFont));
        if (look.size > 0)
            props.append(u"fo:font-size=\"%1\""_s.arg(pt(look.size)));
        if (!look.color.isEmpty())
            props.append(u"fo:color=\"%1\""_s.arg(look.color));
        m_styles
            += u"<style:style style:name=\"%1\" style:family=\"text\"><style:text-properties %2/></style:style>"_s.arg(
                name, props.join(u' '));
        return name;
    }

    static TextLook lookOf(const QTextCharFormat &f, const ParagraphBase &base)
    {
        TextLook look;
        look.bold = f.fontWeight() >= QFont::DemiBold && !base.bold;
        look.italic = f.fontItalic();
        look.mono = f.fontFixedPitch();
        const double size = f.fontPointSize();
        if (size > 0 && std::abs(size - base.size) > 0.05)
            look.size = size;
        const QBrush fg = f.foreground();
        if (fg.style() != Qt::NoBrush && fg.color() != QColor(Qt::black))
            look.color = fg.color().name();
        return look;
    }

    void writeText(const QTextBlock &block, const ParagraphBase &base)
    {
        QString open;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const TextLook look = lookOf(fragment.charFormat(), base);
            const QString style = look.isPlain() ? QString() : textStyle(look);
            if (style != open) {
                if (!open.isEmpty())
                    m_body += u"</text:span>"_s;
                if (!style.isEmpty())
                    m_body += u"<text:span text:style-name=\"%1\">"_s.arg(style);
                open = style;
            }
            m_body += textOf(fragment.text());
        }
        if (!open.isEmpty())
            m_body += u"</text:span>"_s;
    }

    /// Line breaks, tabs and runs of spaces in ODF's own elements (XML would fold the spaces).
    static QString textOf(const QString &text)
    {
        QString out;
        qsizetype spaces = 0;
        const auto flushSpaces = [&] {
            if (spaces == 0)
                return;
            const bool leading = out.isEmpty() || out.endsWith(u'>');
            qsizetype extra = spaces;
            if (!leading) {
                out += u' ';
                --extra;
            }
            if (extra == 1)
                out += u"<text:s/>"_s;
            else if (extra > 1)
                out += u"<text:s text:c=\"%1\"/>"_s.arg(extra);
            spaces = 0;
        };
        for (const QChar c : text) {
            if (c == u' ') {
                ++spaces;
                continue;
            }
            flushSpaces();
            if (c == QChar::LineSeparator || c == u'\n')
                out += u"<text:line-break/>"_s;
            else if (c == u'\t')
                out += u"<text:tab/>"_s;
            else if (c == u'<')
                out += u"&lt;"_s;
            else if (c == u'>')
                out += u"&gt;"_s;
            else if (c == u'&')
                out += u"&amp;"_s;
            else if (c == u'"')
                out += u"&quot;"_s;
            else if (c.unicode() >= 0x20 || c == u'\t')
                out += c;
        }
        flushSpaces();
        return out;
    }

    QString cellStyle(bool border, const QTextTableCellFormat &format)
    {
        QStringList props;
        props.append(border ? u"fo:border=\"0.5pt solid #999999\""_s : u"fo:border=\"none\""_s);
        props.append(u"fo:padding=\"0.07cm\""_s);
        switch (format.verticalAlignment()) {
        case QTextCharFormat::AlignBottom:
            props.append(u"style:vertical-align=\"bottom\""_s);
            break;
        case QTextCharFormat::AlignMiddle:
            props.append(u"style:vertical-align=\"middle\""_s);
            break;
        default:
            props.append(u"style:vertical-align=\"top\""_s);
            break;
        }
        // The cell's shading fills the cell, not only the words in it.
        if (format.background().style() != Qt::NoBrush)
            props.append(u"fo:background-color=\"%1\""_s.arg(format.background().color().name()));
        const QString key = props.join(u' ');
        if (const auto it = m_cellStyles.constFind(key); it != m_cellStyles.cend())
            return *it;
        const QString name = u"Cell%1"_s.arg(m_cellStyles.size() + 1);
        m_cellStyles.insert(key, name);
        m_styles += u"<style:style style:name=\"%1\" style:family=\"table-cell\"><style:table-cell-properties %2/>"
                    "</style:style>"_s.arg(name, key);
        return name;
    }

    void writeTable(QTextTable *table)
    {
        const QTextTableFormat format = table->format();
        const int rows = table->rows();
        const int columns = table->columns();
        const QString name = u"Tabla%1"_s.arg(++m_tables);

        // The widths PdtTable gave the columns (each at least its longest word, as in the PDF).
        // They are read from the table's format, not measured on a laid-out document: laying out
        // a plan of 5,000 goals took ten seconds.
        QList<double> widths;
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        for (int c = 0; c < columns; ++c) {
            const bool percent = c < constraints.size() && constraints[c].type() == QTextLength::PercentageLength;
            widths.append(percent ? constraints[c].rawValue() : 100.0 / columns);
        }
        double sum = 0;
        for (double w : widths)
            sum += w;
        m_styles += u"<style:style style:name=\"%1\" style:family=\"table\"><style:table-properties "
                    "style:width=\"%2\" table:align=\"margins\" table:border-model=\"collapsing\" "
                    "fo:margin-top=\"%3\" fo:margin-bottom=\"0.1cm\"/></style:style>"_s.arg(
                        name, cm(PdtOdtTextWidthCm), pt(pxToPt(format.topMargin())));
        for (int c = 0; c < columns; ++c) {
            m_styles
                += u"<style:style style:name=\"%1.C%2\" style:family=\"table-column\"><style:table-column-properties "
                   "style:column-width=\"%3\" style:rel-column-width=\"%4*\"/></style:style>"_s.arg(name)
                       .arg(c + 1)
                       .arg(cm(PdtOdtTextWidthCm * widths[c] / sum))
                       .arg(qRound(10000.0 * widths[c] / sum));
        }

        m_body += u"<table:table table:name=\"%1\" table:style-name=\"%1\">"_s.arg(name);
        for (int c = 0; c < columns; ++c)
            m_body += u"<table:table-column table:style-name=\"%1.C%2\"/>"_s.arg(name).arg(c + 1);
        // The header rows repeat at the top of every page the table runs onto.
        const int headerRows = std::clamp(format.headerRowCount(), 0, rows);
        const bool border = format.border() > 0;
        for (int r = 0; r < rows; ++r) {
            if (r == 0 && headerRows > 0)
                m_body += u"<table:table-header-rows>"_s;
            m_body += u"<table:table-row table:style-name=\"Planea_Row\">"_s;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c) {
                    m_body += u"<table:covered-table-cell/>"_s;
                    continue;
                }
                m_body += u"<table:table-cell table:style-name=\"%1\" office:value-type=\"string\""_s.arg(
                    cellStyle(border, cell.format().toTableCellFormat()));
                if (cell.columnSpan() > 1)
                    m_body += u" table:number-columns-spanned=\"%1\""_s.arg(cell.columnSpan());
                if (cell.rowSpan() > 1)
                    m_body += u" table:number-rows-spanned=\"%1\""_s.arg(cell.rowSpan());
                m_body += u">"_s;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentFrame() == nullptr && it.currentBlock().isValid())
                        writeCellBlock(it.currentBlock(), r<headerRows, columns> 1 && cell.columnSpan() == columns);
                }
                m_body += u"</table:table-cell>"_s;
            }
            m_body += u"</table:table-row>"_s;
            if (r == headerRows - 1)
                m_body += u"</table:table-header-rows>"_s;
        }
        m_body += u"</table:table>"_s;
    }

    QTextDocument &m_document;
    QString m_styles;
    QString m_body;
    QHash<QString, QString> m_paragraphStyles;
    QHash<QString, QString> m_textStyles;
    QHash<QString, QString> m_cellStyles;
    int m_tables = 0;
    bool m_wroteParagraph = false;
};

} // namespace

QByteArray pdtOdtContent(QTextDocument &document)
{
    return PdtOdtContentWriter(document).xml();
}

QString pdtOdtFontFaces()
{
    return u"<office:font-face-decls><style:font-face style:name=\"%1\" svg:font-family=\"%1\" "
           "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
           "<style:font-face style:name=\"%2\" svg:font-family=\"'%2'\" style:font-family-generic=\"modern\" "
           "style:font-pitch=\"fixed\"/></office:font-face-decls>"_s.arg(PdtOdtBodyFont, MonoFont);
}

} // namespace planea::exporting
