// The pdt as OpenDocument Text, written from the QTextDocument's structure rather than through
// QTextDocumentWriter("odf"): Qt's writer gives no headings (only bold paragraphs), no repeated
// table header rows, shading on the words instead of the cells, "outset" borders, the generic
// family "Sans" and no page style. Here the document gets named styles a word processor knows
// (Heading 1–3 with outline levels, kept with the next paragraph; Table Contents), real lists,
// header rows, rows that do not split, the column widths of the PDF and a cover without header.
#include "PdfExporter.h"
#include "PdtDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

/// Letter paper is 21.59 cm wide; with 2 cm margins the text is 17.59 cm wide.
constexpr double TextWidthCm = 17.59;
/// The layout the column widths are measured on: 300 dpi, like the PDF.
constexpr double MeasureDpi = 300.0;
/// The families named in the file: Arial, which every Word has and which LibreOffice replaces by
/// the metric-compatible Liberation Sans; Courier New likewise for the fingerprint.
constexpr auto BodyFont = u"Arial";
constexpr auto MonoFont = u"Courier New";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

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

class ContentWriter
{
public:
    explicit ContentWriter(QTextDocument &document)
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
        out += fontFaces();
        out += u"<office:automatic-styles>"_s + m_styles + u"</office:automatic-styles>"_s;
        out += u"<office:body><office:text>"_s + m_body + u"</office:text></office:body></office:document-content>"_s;
        return out.toUtf8();
    }

    static QString fontFaces()
    {
        return u"<office:font-face-decls><style:font-face style:name=\"%1\" svg:font-family=\"%1\" "
               "style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
               "<style:font-face style:name=\"%2\" svg:font-family=\"'%2'\" style:font-family-generic=\"modern\" "
               "style:font-pitch=\"fixed\"/></office:font-face-decls>"_s.arg(BodyFont, MonoFont);
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

    /// The widths Qt's layout gave the columns (the PDF's): a word never needs more than its
    /// column, since the layout widened columns to their longest word.
    QList<double> measuredWidths(QTextTable *table) const
    {
        const int columns = table->columns();
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        QList<double> left(columns, -1);
        for (int c = 0; c < columns; ++c) {
            for (int r = 0; r < table->rows() && left[c] < 0; ++r) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.column() == c && cell.columnSpan() == 1)
                    left[c] = layout->blockBoundingRect(cell.firstCursorPosition().block()).left();
            }
        }
        // The table's width is right; its position is not (Qt adds its first cell's to it).
        const double width = layout->frameBoundingRect(table).width();
        QList<double> widths;
        for (int c = 0; c < columns; ++c) {
            if (left[c] < 0)
                return {};
            const double right = c + 1 < columns ? left[c + 1] : left[0] + width;
            if (right - left[c] <= 0)
                return {};
            widths.append(right - left[c]);
        }
        return widths;
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

        QList<double> widths = measuredWidths(table);
        if (widths.isEmpty()) {
            const QList<QTextLength> constraints = format.columnWidthConstraints();
            for (int c = 0; c < columns; ++c) {
                const bool percent = c < constraints.size() && constraints[c].type() == QTextLength::PercentageLength;
                widths.append(percent ? constraints[c].rawValue() : 100.0 / columns);
            }
        }
        double sum = 0;
        for (double w : widths)
            sum += w;
        m_styles += u"<style:style style:name=\"%1\" style:family=\"table\"><style:table-properties "
                    "style:width=\"%2\" table:align=\"margins\" table:border-model=\"collapsing\" "
                    "fo:margin-top=\"%3\" fo:margin-bottom=\"0.1cm\"/></style:style>"_s.arg(
                        name, cm(TextWidthCm), pt(pxToPt(format.topMargin())));
        for (int c = 0; c < columns; ++c) {
            m_styles
                += u"<style:style style:name=\"%1.C%2\" style:family=\"table-column\"><style:table-column-properties "
                   "style:column-width=\"%3\" style:rel-column-width=\"%4*\"/></style:style>"_s.arg(name)
                       .arg(c + 1)
                       .arg(cm(TextWidthCm * widths[c] / sum))
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

QByteArray metaXml(const QString &title)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
            "<meta:generator>Planea</meta:generator><dc:title>"_s
            + esc(title) + u"</dc:title><dc:language>es-CO</dc:language></office:meta></office:document-meta>"_s)
        .toUtf8();
}

const QByteArray Manifest
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
      "manifest:version=\"1.2\">\n"
      " <manifest:file-entry manifest:media-type=\"application/vnd.oasis.opendocument.text\" "
      "manifest:version=\"1.2\" manifest:full-path=\"/\"/>\n"
      " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"content.xml\"/>\n"
      " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n"
      " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"meta.xml\"/>\n"
      "</manifest:manifest>\n";

/// The package: the mimetype first and uncompressed, as ODF requires, then the parts.
std::optional<QByteArray> zipPackage(const QList<std::pair<QString, QByteArray>> &parts)
{
    QBuffer out;
    out.open(QIODevice::ReadWrite);
    QuaZip zip(&out);
    if (!zip.open(QuaZip::mdCreate))
        return std::nullopt;
    const QDateTime stamp = QDateTime::currentDateTime();
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        const bool stored = name == u"mimetype"_s;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED)
            || file.write(bytes) != bytes.size())
            return std::nullopt;
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0)
        return std::nullopt;
    return out.data();
}

} // namespace

QByteArray pdtOdtStyles(const DocumentHeader &header)
{
    // "Página X de Y" with the word processor's fields in place of the numbers.
    QString pageOf = esc(QCoreApplication::translate("PdfExporter", "Page %1 of %2"));
    pageOf.replace(u"%1"_s, u"<text:page-number text:select-page=\"current\">1</text:page-number>"_s);
    pageOf.replace(u"%2"_s, u"<text:page-count>1</text:page-count>"_s);
    QString version = header.versionLine();
    if (header.version > 0 && !header.adoptionAct.isEmpty())
        version += u" · "_s + header.adoptionAct;
    QString title = header.documentTitle;
    if (!header.subtitle.isEmpty())
        title += u" — "_s + header.subtitle;

    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\">"_s;
    xml += ContentWriter::fontFaces();
    xml += u"<office:styles>"
           // 10 pt body text; no line of a paragraph left alone at the top or foot of a page.
           "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:orphans=\"2\" "
           "fo:widows=\"2\"/><style:text-properties style:font-name=\"%1\" fo:font-size=\"10pt\" "
           "fo:language=\"es\" fo:country=\"CO\"/></style:default-style>"
           "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\">"
           "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"6pt\" fo:line-height=\"115%\"/>"
           "</style:style>"
           "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
           "style:next-style-name=\"Standard\" style:class=\"text\"><style:paragraph-properties "
           "fo:keep-with-next=\"always\" fo:line-height=\"100%\"/><style:text-properties fo:font-weight=\"bold\"/>"
           "</style:style>"
           "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Heading\" style:default-outline-level=\"1\" style:class=\"text\">"
           "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"8pt\"/>"
           "<style:text-properties fo:font-size=\"%2pt\"/></style:style>"
           "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Heading\" style:default-outline-level=\"2\" style:class=\"text\">"
           "<style:paragraph-properties fo:margin-top=\"12pt\" fo:margin-bottom=\"5pt\"/>"
           "<style:text-properties fo:font-size=\"%3pt\"/></style:style>"
           "<style:style style:name=\"Heading_20_3\" style:display-name=\"Heading 3\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Heading\" style:default-outline-level=\"3\" style:class=\"text\">"
           "<style:paragraph-properties fo:margin-top=\"8pt\" fo:margin-bottom=\"3pt\"/>"
           "<style:text-properties fo:font-size=\"%4pt\"/></style:style>"
           "<style:style style:name=\"Planea_List_Item\" style:display-name=\"List Item\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Standard\" style:class=\"list\"><style:paragraph-properties "
           "fo:margin-top=\"0pt\" fo:margin-bottom=\"2pt\"/></style:style>"
           "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\" "
           "style:family=\"paragraph\" style:class=\"extra\"><style:paragraph-properties fo:margin-top=\"0pt\" "
           "fo:margin-bottom=\"0pt\" fo:orphans=\"0\" fo:widows=\"0\"/><style:text-properties fo:font-size=\"8pt\"/>"
           "</style:style>"
           "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\" "
           "style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\">"
           "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
           "<text:outline-style style:name=\"Outline\">"
           "<text:outline-level-style text:level=\"1\" style:num-format=\"\"/>"
           "<text:outline-level-style text:level=\"2\" style:num-format=\"\"/>"
           "<text:outline-level-style text:level=\"3\" style:num-format=\"\"/>"
           "</text:outline-style>"
           // Bullets hang in the margin of their text, a tab after the bullet.
           "<text:list-style style:name=\"Planea_Bullets\" style:display-name=\"Bullets\">"
           "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"><style:list-level-properties "
           "text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment "
           "text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.9cm\" fo:text-indent=\"-0.45cm\" "
           "fo:margin-left=\"0.9cm\"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>"
           // Letter paper is 21.59 cm wide; with 2 cm margins the right tab stop sits at 17.59 cm.
           "<style:style style:name=\"Header\" style:family=\"paragraph\" style:class=\"extra\">"
           "<style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"17.59cm\" "
           "style:type=\"right\"/></style:tab-stops></style:paragraph-properties>"
           "<style:text-properties fo:font-size=\"8pt\"/></style:style>"
           "<style:style style:name=\"Footer\" style:family=\"paragraph\" style:class=\"extra\">"
           "<style:paragraph-properties><style:tab-stops><style:tab-stop style:position=\"17.59cm\" "
           "style:type=\"right\"/></style:tab-stops></style:paragraph-properties>"
           "<style:text-properties fo:font-size=\"8pt\"/></style:style>"
           "<style:style style:name=\"Planea_Date\" style:family=\"text\"><style:text-properties "
           "fo:font-size=\"8pt\" fo:font-weight=\"normal\"/></style:style>"
           "<style:style style:name=\"Planea_Header_Entity\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Header\"><style:text-properties fo:font-size=\"10pt\" "
           "fo:font-weight=\"bold\"/></style:style>"
           "<style:style style:name=\"Planea_Header_Title\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Header\"><style:paragraph-properties fo:border-bottom=\"0.5pt solid #404040\" "
           "fo:padding-bottom=\"0.1cm\"/><style:text-properties fo:font-size=\"9pt\" "
           "fo:font-weight=\"bold\"/></style:style>"
           "<style:style style:name=\"Planea_Header_Demo\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Planea_Header_Title\"><style:text-properties fo:color=\"#c00000\"/>"
           "</style:style>"
           "<style:style style:name=\"Planea_Footer_First\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Footer\"><style:paragraph-properties fo:border-top=\"0.5pt solid #404040\" "
           "fo:padding-top=\"0.1cm\"/></style:style>"
           "</office:styles><office:automatic-styles>"
           "<style:page-layout style:name=\"Planea_Letter\"><style:page-layout-properties fo:page-width=\"21.59cm\" "
           "fo:page-height=\"27.94cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\" "
           "fo:margin-bottom=\"1.2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
           "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.4cm\"/>"
           "</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" "
           "fo:margin-top=\"0.4cm\"/></style:footer-style></style:page-layout>"
           "<style:page-layout style:name=\"Planea_Letter_Cover\"><style:page-layout-properties "
           "fo:page-width=\"21.59cm\" fo:page-height=\"27.94cm\" style:print-orientation=\"portrait\" "
           "fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
           "</style:page-layout>"
           "</office:automatic-styles><office:master-styles>"
           // The cover has no running header or footer; the page after it is a "Standard" page.
           "<style:master-page style:name=\"Planea_Cover\" style:display-name=\"Cover\" "
           "style:page-layout-name=\"Planea_Letter_Cover\" style:next-style-name=\"Standard\"/>"
           "<style:master-page style:name=\"Standard\" style:page-layout-name=\"Planea_Letter\"><style:header>"_s
               .arg(BodyFont)
               .arg(PdtHeadingPoints[1])
               .arg(PdtHeadingPoints[2])
               .arg(PdtHeadingPoints[3]);
    // When the title is the last line of the header it carries the rule under it; a demo plan
    // adds its warning below the title, and the rule goes under the warning.
    xml += u"<text:p text:style-name=\"Planea_Header_Entity\">"_s + esc(header.entity) + u"<text:tab/>"_s
        + u"<text:span text:style-name=\"Planea_Date\">"_s + esc(header.dateText()) + u"</text:span></text:p>"_s;
    if (header.isDemo) {
        xml += u"<text:p text:style-name=\"Header\">"_s + esc(title) + u"</text:p>"_s;
        xml += u"<text:p text:style-name=\"Planea_Header_Demo\">"_s
            + esc(QCoreApplication::translate("PdfExporter",
                                              "DEMONSTRATION PLAN: invented data, not an official document."))
            + u"</text:p>"_s;
    } else {
        xml += u"<text:p text:style-name=\"Planea_Header_Title\">"_s + esc(title) + u"</text:p>"_s;
    }
    xml += u"</style:header><style:footer><text:p text:style-name=\"Planea_Footer_First\">"_s + esc(version)
        + u"<text:tab/>"_s + pageOf + u"</text:p><text:p text:style-name=\"Footer\">"_s + esc(header.planName)
        + u"</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>"_s;
    return xml.toUtf8();
}

Status writePdtOdt(const QTextDocument &document, const DocumentHeader &header, QIODevice &device)
{
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    const auto failed = [] {
        return Error::io(QCoreApplication::translate("PdtDocument", "Could not write the OpenDocument file."));
    };
    // A copy laid out at the text width of the page, on a 300 dpi device, to measure the columns.
    std::unique_ptr<QTextDocument> copy(document.clone());
    QImage device300(1, 1, QImage::Format_RGB32);
    device300.setDotsPerMeterX(qRound(MeasureDpi / 0.0254));
    device300.setDotsPerMeterY(qRound(MeasureDpi / 0.0254));
    copy->documentLayout()->setPaintDevice(&device300);
    copy->setDocumentMargin(0);
    copy->setPageSize(QSizeF(TextWidthCm / 2.54 * MeasureDpi, 1e6));

    ContentWriter content(*copy);
    const std::optional<QByteArray> odt = zipPackage({
        { u"mimetype"_s, QByteArrayLiteral("application/vnd.oasis.opendocument.text") },
        { u"META-INF/manifest.xml"_s, Manifest },
        { u"content.xml"_s, content.xml() },
        { u"styles.xml"_s, pdtOdtStyles(header) },
        { u"meta.xml"_s, metaXml(document.metaInformation(QTextDocument::DocumentTitle)) },
    });
    if (!odt || device.write(*odt) != odt->size())
        return failed();
    return {};
}

} // namespace planea::exporting
