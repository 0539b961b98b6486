// The pdt as OpenDocument Text: content.xml (PdtOdtContentWriter), styles.xml with the page
// styles (a cover without header and footer; the running header and footer on every other page),
// meta.xml and the manifest, zipped with the mimetype first and stored, as ODF requires.
#include "PdfExporter.h"
#include "PdtDocument.h"
#include "PdtOdtContentWriter.h"
#include "xlsx/ZipWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

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
    xml += pdtOdtFontFaces();
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
           "<style:paragraph-properties fo:margin-top=\"18pt\" fo:margin-bottom=\"8pt\"/>"
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
               .arg(PdtOdtBodyFont)
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
    // The writer walks the document's structure; it never lays it out.
    std::unique_ptr<QTextDocument> copy(document.clone());

    const ZippedParts odt = zipParts(
        {
            { u"mimetype"_s, QByteArrayLiteral("application/vnd.oasis.opendocument.text") },
            { u"META-INF/manifest.xml"_s, Manifest },
            { u"content.xml"_s, pdtOdtContent(*copy) },
            { u"styles.xml"_s, pdtOdtStyles(header) },
            { u"meta.xml"_s, metaXml(document.metaInformation(QTextDocument::DocumentTitle)) },
        },
        u"mimetype"_s);
    if (odt.error != 0 || device.write(odt.bytes) != odt.bytes.size())
        return failed();
    return {};
}

} // namespace planea::exporting
