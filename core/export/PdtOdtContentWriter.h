#pragma once

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace planea::exporting {

/// Letter paper is 21.59 cm wide; with 2 cm margins the text of the pdt's ODT is 17.59 cm wide.
inline constexpr double PdtOdtTextWidthCm = 17.59;
/// The family the ODT names: Arial, which every Word has and which LibreOffice replaces by the
/// metric-compatible Liberation Sans.
inline constexpr auto PdtOdtBodyFont = u"Arial";

/// The content.xml of the pdt's ODT from `document`: tables PdtOdtTextWidthCm wide, their columns
/// in the proportions PdtTable gave them (never laid out: fast on any plan). Headings with outline levels, tables
/// with header rows and rows that do not split, lists, cells shaded and bordered as cells.
QByteArray pdtOdtContent(QTextDocument &document);

/// The font faces content.xml and styles.xml declare.
QString pdtOdtFontFaces();

} // namespace planea::exporting
