// The plan document (pdt) as councils read it, in Word or LibreOffice: the ODT's structure
// (headings with outline levels, repeated header rows, rows kept whole, shaded header cells, a
// cover without running header); the PDF's page breaks; the positions printed under the names.
#include "PdfWords.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "domain/PlanData.h"
#include "export/DocumentHeader.h"
#include "export/PdfExporter.h"
#include "report/Report.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;
using namespace planea::test;

namespace {

struct OdtCell
{
    QString text;
    QString style;
    QStringList paragraphStyles;
    int columnsSpanned = 1;
};

struct OdtRow
{
    QList<OdtCell> cells;
    QString style;
    bool header = false;
};

struct OdtTable
{
    QList<OdtRow> rows;
    QString before; ///< the text of the paragraph just above the table
    int headerRowGroups = 0;

    int headerRows() const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), [](const OdtRow &r) { return r.header; }));
    }
};

struct OdtHeading
{
    int level = 0;
    QString text;
};

/// content.xml and styles.xml of an ODT, read into what a reader sees.
struct Odt
{
    QString content;
    QString styles;
    QList<OdtHeading> headings;
    QList<OdtTable> tables;
    QStringList paragraphs; ///< text:p outside tables, in order
    QString firstParagraphStyle;
    QHash<QString, QString> styleXml; ///< automatic style name -> its properties as written

    QString style(const QString &name) const { return styleXml.value(name); }
};

QString unzipPart(const QString &odt, const QString &part)
{
    QProcess p;
    p.start(u"unzip"_s, { u"-p"_s, odt, part });
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

Odt readOdt(const QString &path)
{
    Odt odt;
    odt.content = unzipPart(path, u"content.xml"_s);
    odt.styles = unzipPart(path, u"styles.xml"_s);
    QXmlStreamReader xml(odt.content);
    QString currentStyle;
    QString *text = nullptr;
    QString paragraph;
    int headingLevel = 0;
    bool inTable = false;
    bool inHeaderRows = false;
    QString lastParagraph;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.qualifiedName();
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.isStartElement()) {
            if (name == u"style:style"_s) {
                currentStyle = a.value(u"style:name"_s).toString();
                odt.styleXml[currentStyle] = u"family=%1;parent=%2;master=%3;"_s.arg(
                    a.value(u"style:family"_s), a.value(u"style:parent-style-name"_s),
                    a.value(u"style:master-page-name"_s));
            } else if (name.endsWith(u"-properties"_s) && !currentStyle.isEmpty()) {
                for (const QXmlStreamAttribute &attr : a)
                    odt.styleXml[currentStyle] += attr.qualifiedName().toString() + u'=' + attr.value() + u';';
            } else if (name == u"table:table"_s) {
                inTable = true;
                odt.tables.append(OdtTable());
                odt.tables.last().before = lastParagraph;
            } else if (name == u"table:table-header-rows"_s) {
                inHeaderRows = true;
                ++odt.tables.last().headerRowGroups;
            } else if (name == u"table:table-row"_s) {
                odt.tables.last().rows.append({ {}, a.value(u"table:style-name"_s).toString(), inHeaderRows });
            } else if (name == u"table:table-cell"_s) {
                OdtCell cell;
                cell.style = a.value(u"table:style-name"_s).toString();
                if (a.hasAttribute(u"table:number-columns-spanned"_s))
                    cell.columnsSpanned = a.value(u"table:number-columns-spanned"_s).toInt();
                odt.tables.last().rows.last().cells.append(cell);
            } else if (name == u"text:p"_s || name == u"text:h"_s) {
                if (odt.firstParagraphStyle.isEmpty())
                    odt.firstParagraphStyle = a.value(u"text:style-name"_s).toString();
                headingLevel = name == u"text:h"_s ? a.value(u"text:outline-level"_s).toInt() : 0;
                if (inTable) {
                    OdtCell &cell = odt.tables.last().rows.last().cells.last();
                    cell.paragraphStyles.append(a.value(u"text:style-name"_s).toString());
                    if (!cell.text.isEmpty())
                        cell.text += u'\n';
                    text = &cell.text;
                } else {
                    paragraph.clear();
                    text = &paragraph;
                }
            } else if (text && name == u"text:s"_s) {
                *text += QString(qMax(1, a.value(u"text:c"_s).toInt()), u' ');
            } else if (text && name == u"text:line-break"_s) {
                *text += u'\n';
            } else if (text && name == u"text:tab"_s) {
                *text += u'\t';
            }
        } else if (xml.isEndElement()) {
            if (name == u"style:style"_s) {
                currentStyle.clear();
            } else if (name == u"table:table"_s) {
                inTable = false;
            } else if (name == u"table:table-header-rows"_s) {
                inHeaderRows = false;
            } else if ((name == u"text:p"_s || name == u"text:h"_s) && !inTable) {
                if (headingLevel > 0)
                    odt.headings.append({ headingLevel, paragraph });
                else
                    odt.paragraphs.append(paragraph);
                lastParagraph = paragraph;
                text = nullptr;
            } else if (name == u"text:p"_s || name == u"text:h"_s) {
                text = nullptr;
            }
        } else if (xml.isCharacters() && text) {
            *text += xml.text();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return odt;
}

/// The table whose header row starts with `firstHeader`, after the heading `after` (or any).
QList<const OdtTable *> tablesHeaded(const Odt &odt, const QString &firstHeader)
{
    QList<const OdtTable *> found;
    for (const OdtTable &t : odt.tables) {
        if (!t.rows.isEmpty() && t.rows.first().header && !t.rows.first().cells.isEmpty()
            && t.rows.first().cells.first().text == firstHeader)
            found.append(&t);
    }
    return found;
}

class Pdt : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        s_planPath = s_dir->path(u"demo.planea"_s);
        s_plan = new PlanData(writeDemoPlan(s_planPath));
        s_odt = s_dir->path(u"pdt.odt"_s);
        s_pdf = s_dir->path(u"pdt.pdf"_s);
        const CliResult odt
            = runCli({ u"export"_s, s_planPath, u"--doc"_s, u"pdt"_s, u"--format"_s, u"odt"_s, u"-o"_s, s_odt });
        EXPECT_EQ(odt.exitCode, 0) << odt.err.toStdString();
        const CliResult pdf
            = runCli({ u"export"_s, s_planPath, u"--doc"_s, u"pdt"_s, u"--format"_s, u"pdf"_s, u"-o"_s, s_pdf });
        EXPECT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_plan;
        delete s_dir;
    }

    static inline TempDir *s_dir = nullptr;
    static inline QString s_planPath;
    static inline QString s_odt;
    static inline QString s_pdf;
    static inline PlanData *s_plan = nullptr;
};

const QStringList Chapters = { u"1. Presentación"_s,
                               u"2. Diagnóstico"_s,
                               u"3. Parte estratégica"_s,
                               u"4. Plan plurianual de inversiones"_s,
                               u"5. Plan indicativo (resumen)"_s,
                               u"6. Aprobación"_s };

} // namespace

TEST_F(Pdt, OdtChaptersAndSectionsAreHeadingsWithOutlineLevels)
{
    const Odt odt = readOdt(s_odt);
    QStringList headings;
    for (const OdtHeading &h : odt.headings) {
        EXPECT_GE(h.level, 1);
        EXPECT_LE(h.level, 3);
        headings.append(h.text);
    }
    for (const QString &title :
         Chapters + QStringList { u"2.1 Caracterización del territorio"_s, u"2.2 Indicadores de bienestar"_s })
        EXPECT_TRUE(headings.contains(title)) << title.toStdString();
    // No title is left as a bold paragraph.
    for (const QString &chapter : Chapters)
        EXPECT_FALSE(odt.paragraphs.contains(chapter)) << chapter.toStdString();
    // The heading styles keep a heading with the paragraph after it and carry the outline level.
    for (int level = 1; level <= 3; ++level) {
        EXPECT_TRUE(odt.styles.contains(u"style:name=\"Heading_20_%1\""_s.arg(level)));
        EXPECT_TRUE(odt.styles.contains(u"style:default-outline-level=\"%1\""_s.arg(level)));
    }
    EXPECT_TRUE(odt.styles.contains(u"fo:keep-with-next=\"always\""_s));
}

TEST_F(Pdt, OdtTablesRepeatTheirHeaderRowKeepRowsWholeAndShadeWholeCells)
{
    const Odt odt = readOdt(s_odt);
    // Diagnosis, 5 lines × (indicators? + programs), two investment tables, 5 indicative tables.
    ASSERT_GE(odt.tables.size(), 10);
    for (const OdtTable &t : odt.tables) {
        SCOPED_TRACE(t.rows.isEmpty() || t.rows.first().cells.isEmpty()
                         ? std::string()
                         : t.rows.first().cells.first().text.toStdString());
        // Every table of a draft has a header row (the signature table comes with approval).
        EXPECT_EQ(t.headerRowGroups, 1);
        EXPECT_EQ(t.headerRows(), 1);
        ASSERT_FALSE(t.rows.isEmpty());
        for (const OdtRow &row : t.rows)
            EXPECT_TRUE(odt.style(row.style).contains(u"fo:keep-together=always;"_s)) << row.style.toStdString();
        // The header cells are shaded as cells, with a thin solid border.
        for (const OdtCell &cell : t.rows.first().cells) {
            EXPECT_TRUE(odt.style(cell.style).contains(u"fo:background-color=#d9e2f3;"_s)) << cell.text.toStdString();
            EXPECT_TRUE(odt.style(cell.style).contains(u"fo:border=0.5pt solid #999999;"_s));
        }
    }
    EXPECT_FALSE(odt.content.contains(u"outset"_s));
    for (auto it = odt.styleXml.cbegin(); it != odt.styleXml.cend(); ++it) {
        // The shading is the cell's, not the words'.
        if (it.value().startsWith(u"family=text;"_s)) {
            EXPECT_FALSE(it.value().contains(u"background"_s)) << it.key().toStdString();
        }
    }
    // Numbers are right-aligned.
    const QList<const OdtTable *> byLine = tablesHeaded(odt, u"Línea estratégica"_s);
    ASSERT_EQ(byLine.size(), 1);
    const OdtRow &header = byLine.first()->rows.first();
    ASSERT_EQ(header.cells.size(), 6);
    EXPECT_EQ(header.cells[1].text, u"2028"_s);
    EXPECT_FALSE(odt.style(header.cells[0].paragraphStyles.value(0)).contains(u"fo:text-align=end;"_s));
    EXPECT_TRUE(odt.style(byLine.first()->rows[1].cells[1].paragraphStyles.value(0)).contains(u"fo:text-align=end;"_s));
    // A named family with its font face, 10 pt body text, not Qt's generic "Sans" at the default 12 pt.
    EXPECT_FALSE(odt.content.contains(u"\"Sans\""_s));
    EXPECT_TRUE(odt.styles.contains(u"<style:font-face style:name=\"Arial\""_s));
    EXPECT_TRUE(odt.styles.contains(u"style:font-name=\"Arial\" fo:font-size=\"10pt\""_s));
    // Bullets hang before their text, a tab after the bullet.
    EXPECT_TRUE(odt.content.contains(u"<text:list text:style-name=\"Planea_Bullets\">"_s));
    EXPECT_TRUE(odt.styles.contains(u"text:label-followed-by=\"listtab\""_s));
    // The cover is on a page style without header and footer; the pages after it have both.
    EXPECT_TRUE(odt.style(odt.firstParagraphStyle).contains(u"master=Planea_Cover;"_s))
        << odt.firstParagraphStyle.toStdString();
    static const QRegularExpression cover(u"<style:master-page style:name=\"Planea_Cover\"[^>]*/>"_s);
    EXPECT_TRUE(cover.match(odt.styles).hasMatch());
    EXPECT_TRUE(odt.styles.contains(u"style:next-style-name=\"Standard\""_s));
}

TEST_F(Pdt, PdfPagesNeverEndOnAHeadingOrAHeaderRowAndKeepClearOfTheFooter)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QStringList pages = pdfPageTexts(s_pdf);
    ASSERT_GE(pages.size(), 8);
    QStringList headings;
    for (const OdtHeading &h : readOdt(s_odt).headings)
        headings.append(h.text.simplified());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(i + 1);
        QStringList lines;
        for (const QString &line : pages[i].split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.simplified());
        }
        // The footer: the version with the page number, and the plan's name.
        ASSERT_GE(lines.size(), 3);
        EXPECT_TRUE(lines[lines.size() - 2].contains(u"Página %1 de %2"_s.arg(i + 1).arg(pages.size())));
        const QString lastBody = lines[lines.size() - 3];
        // No heading, no program's heading row, no table's header row ends a page.
        for (const QString &h : headings)
            EXPECT_NE(lastBody, h) << pages[i].toStdString();
        EXPECT_FALSE(lastBody.startsWith(u"Programa "_s)) << lastBody.toStdString();
        EXPECT_FALSE(lastBody.startsWith(u"Producto "_s)) << lastBody.toStdString();
    }
}

TEST(PdtPositions, ThePositionUnderTheNameAgreesWithTheTitleItStartsWith)
{
    PlanData plan;
    plan.info = sampleInfo();
    const auto position = [&](const QString &head, EntityType type) {
        plan.info.headOfGovernment = head;
        plan.info.entity.type = type;
        return DocumentHeader::headOfGovernmentPosition(plan);
    };
    EXPECT_EQ(position(u"Alcaldesa ficticia Mariana Arango"_s, EntityType::Municipality), u"Alcaldesa municipal"_s);
    EXPECT_EQ(position(u"Alcalde Jorge Ramírez"_s, EntityType::Municipality), u"Alcalde municipal"_s);
    EXPECT_EQ(position(u"María Fernanda Gómez"_s, EntityType::Municipality), u"Alcalde(sa) municipal"_s);
    EXPECT_EQ(position(u"ALCALDESA Ana Ruiz"_s, EntityType::District), u"Alcaldesa distrital"_s);
    EXPECT_EQ(position(u"Gobernadora Luz Marina Díaz"_s, EntityType::Department), u"Gobernadora"_s);
    EXPECT_EQ(position(u"Gobernador Pedro Páez"_s, EntityType::Department), u"Gobernador"_s);
    EXPECT_EQ(position(u"Pedro Páez"_s, EntityType::Department), u"Gobernador(a)"_s);
    // Only a title of its own counts.
    EXPECT_EQ(position(u"Alcaldesa"_s, EntityType::Municipality), u"Alcaldesa municipal"_s);
    EXPECT_EQ(position(u"Alcaldestein Ana"_s, EntityType::Municipality), u"Alcalde(sa) municipal"_s);

    // The signature blocks of every approval document print the same position.
    plan.info.headOfGovernment = u"Alcaldesa Ana Ruiz"_s;
    plan.info.entity.type = EntityType::Municipality;
    plan.info.version = 1;
    TeamMember planner;
    planner.name = u"Rosa Gil"_s;
    planner.position = u"Secretaria de Planeación"_s;
    plan.team.append(planner);
    report::Report r;
    r.code = u"plan-indicativo"_s;
    const DocumentHeader header = DocumentHeader::fromPlan(plan, r, QDate(2028, 6, 1));
    ASSERT_FALSE(header.signatories.isEmpty());
    EXPECT_EQ(header.signatories.first().name, u"Alcaldesa Ana Ruiz"_s);
    EXPECT_EQ(header.signatories.first().position, u"Alcaldesa municipal"_s);
    // The head of planning signs under the position the plan gives her.
    ASSERT_EQ(header.signatories.size(), 2);
    EXPECT_EQ(header.signatories[1].name, u"Rosa Gil"_s);
    EXPECT_EQ(header.signatories[1].position, u"Secretaria de Planeación"_s);
}
