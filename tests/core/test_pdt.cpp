// The plan document (pdt) as councils read it, on paper and in Word or LibreOffice: the ODT's
// structure (headings with outline levels, repeated header rows, rows kept whole, shaded header
// cells, a cover without running header), amounts in millions, the diagnosis before the term,
// the wording of the draft note and of the positions under the names; the PDF's pages (no word
// cut in two, no heading or program row last on a page, rows whole, the header row repeated).
#include "PdfWords.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "domain/PlanData.h"
#include "export/DocumentHeader.h"
#include "export/PdfExporter.h"
#include "report/Report.h"
#include "storage/PlanStore.h"

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

TEST_F(Pdt, OdtChaptersSectionsAndProblemsAreHeadingsWithOutlineLevels)
{
    const Odt odt = readOdt(s_odt);
    QStringList level1, level2, level3;
    for (const OdtHeading &h : odt.headings)
        (h.level == 1 ? level1 : h.level == 2 ? level2 : level3).append(h.text);
    EXPECT_EQ(level1, Chapters);
    for (const StrategicLine &line : s_plan->lines) // in the strategic part and in the indicative plan
        EXPECT_EQ(level2.count(u"Línea %1. %2"_s.arg(line.sortOrder).arg(line.name)), 2) << line.name.toStdString();
    for (const QString &section : { u"2.1 Caracterización del territorio"_s, u"2.2 Indicadores de bienestar"_s,
                                    u"2.3 Problemáticas identificadas"_s })
        EXPECT_TRUE(level2.contains(section)) << section.toStdString();
    ASSERT_EQ(level3.size(), s_plan->problems.size());
    for (qsizetype i = 0; i < level3.size(); ++i)
        EXPECT_TRUE(level3[i].startsWith(s_plan->problems[i].problem)) << level3[i].toStdString();
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
    // Numbers and their headers are right-aligned: "2028" over "1.234,5".
    const QList<const OdtTable *> byLine = tablesHeaded(odt, u"Línea estratégica"_s);
    ASSERT_EQ(byLine.size(), 1);
    const OdtRow &header = byLine.first()->rows.first();
    ASSERT_EQ(header.cells.size(), 6);
    EXPECT_EQ(header.cells[1].text, u"2028"_s);
    EXPECT_TRUE(odt.style(header.cells[1].paragraphStyles.value(0)).contains(u"fo:text-align=end;"_s));
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

TEST_F(Pdt, MoneyTablesAreInMillionsSaySoAndAddUp)
{
    const Odt odt = readOdt(s_odt);
    static const QRegularExpression millions(u"^(\\d{1,3}(\\.\\d{3})*,\\d|–)$"_s);
    const QList<const OdtTable *> byLine = tablesHeaded(odt, u"Línea estratégica"_s);
    const QList<const OdtTable *> bySource = tablesHeaded(odt, u"Fuente de financiación"_s);
    ASSERT_EQ(byLine.size(), 1);
    ASSERT_EQ(bySource.size(), 1);
    for (const OdtTable *t : { byLine.first(), bySource.first() }) {
        EXPECT_TRUE(t->before.startsWith(u"Cifras en millones de pesos"_s)) << t->before.toStdString();
        for (const OdtRow &row : t->rows.mid(1)) {
            ASSERT_EQ(row.cells.size(), 6);
            for (const OdtCell &cell : row.cells.mid(1))
                EXPECT_TRUE(millions.match(cell.text).hasMatch()) << cell.text.toStdString();
            // "Transferencias de cofinanciación – Departamento": no line starts with a hyphen.
            EXPECT_FALSE(row.cells.first().text.contains(u" - "_s)) << row.cells.first().text.toStdString();
        }
        // Both end on the plan's total, the same in both.
        EXPECT_EQ(t->rows.last().cells.first().text, u"Total"_s);
    }
    Money total = 0;
    QHash<qint64, Money> byProduct;
    for (const InvestmentAmount &a : s_plan->investments) {
        if (s_plan->info.term.contains(a.year)) {
            total += a.amount;
            byProduct[a.productId] += a.amount;
        }
    }
    const QString totalText = PdfExporter::formatMillions(QVariant::fromValue<qint64>(total));
    EXPECT_EQ(byLine.first()->rows.last().cells.last().text, totalText);
    EXPECT_EQ(bySource.first()->rows.last().cells.last().text, totalText);
    bool dashed = false;
    for (const OdtRow &row : bySource.first()->rows)
        dashed = dashed || row.cells.first().text.contains(u"cofinanciación\u00A0– "_s);
    EXPECT_TRUE(dashed);

    // The indicative plan: six columns, the program as a row across the table, the investment of
    // each product in millions.
    const QList<const OdtTable *> indicative = tablesHeaded(odt, u"Producto"_s);
    ASSERT_EQ(indicative.size(), s_plan->lines.size());
    QStringList investments;
    int programRows = 0;
    for (const OdtTable *t : indicative) {
        const QList<OdtCell> &header = t->rows.first().cells;
        ASSERT_EQ(header.size(), 6);
        EXPECT_EQ(header.last().text, u"Inversión (millones)"_s);
        for (const OdtRow &row : t->rows.mid(1)) {
            if (row.cells.size() == 1) {
                EXPECT_EQ(row.cells.first().columnsSpanned, 6);
                EXPECT_TRUE(row.cells.first().text.startsWith(u"Programa "_s)) << row.cells.first().text.toStdString();
                ++programRows;
            } else if (row.cells.size() == 6) {
                investments.append(row.cells.last().text);
            }
        }
    }
    EXPECT_EQ(programRows, s_plan->programs.size());
    for (const Product &product : s_plan->products) {
        const QString expected = PdfExporter::formatMillions(QVariant::fromValue<qint64>(byProduct.value(product.id)));
        EXPECT_TRUE(investments.contains(expected)) << product.code.toStdString() << " " << expected.toStdString();
    }
    for (const QString &amount : investments)
        EXPECT_TRUE(millions.match(amount).hasMatch()) << amount.toStdString();
}

TEST_F(Pdt, DiagnosisShowsTheLastValueMeasuredBeforeTheTerm)
{
    const Odt odt = readOdt(s_odt);
    const QList<const OdtTable *> tables = tablesHeaded(odt, u"Indicador"_s);
    ASSERT_EQ(tables.size(), 1);
    const int start = s_plan->info.term.startYear;
    bool followedUp = false;
    for (const WellbeingIndicator &w : s_plan->wellbeingIndicators) {
        SCOPED_TRACE(w.name.toStdString());
        const IndicatorValue *before = nullptr;
        for (const IndicatorValue &v : w.values) {
            followedUp = followedUp || v.year >= start;
            if (v.year < start && (!before || v.year > before->year))
                before = &v;
        }
        ASSERT_NE(before, nullptr);
        const auto row = std::find_if(tables.first()->rows.cbegin(), tables.first()->rows.cend(),
                                      [&](const OdtRow &r) { return r.cells.value(0).text == w.name; });
        ASSERT_NE(row, tables.first()->rows.cend());
        EXPECT_EQ(row->cells.value(2).text, PdfExporter::formatCell(before->value, report::ColumnType::Decimal));
        EXPECT_EQ(row->cells.value(3).text, QString::number(before->year));
    }
    // The demo plan has follow-up values in the term: the test means something.
    EXPECT_TRUE(followedUp);
}

TEST_F(Pdt, ABaselineThatDiffersFromTheDiagnosisSaysWhichIsUsed)
{
    const Odt odt = readOdt(s_odt);
    const int start = s_plan->info.term.startYear;
    int differing = 0;
    for (const WellbeingIndicator &w : s_plan->wellbeingIndicators) {
        if (!w.isPrioritized || !w.baseline)
            continue;
        SCOPED_TRACE(w.name.toStdString());
        const IndicatorValue *before = nullptr;
        for (const IndicatorValue &v : w.values) {
            if (v.year < start && (!before || v.year > before->year))
                before = &v;
        }
        const bool differs = before && (before->value != *w.baseline || w.baselineYear != before->year);
        const QString prefix = u"La línea base de «%1» es"_s.arg(w.name);
        const auto note = std::find_if(odt.paragraphs.cbegin(), odt.paragraphs.cend(),
                                       [&](const QString &p) { return p.startsWith(prefix); });
        EXPECT_EQ(note != odt.paragraphs.cend(), differs);
        if (differs && note != odt.paragraphs.cend()) {
            ++differing;
            EXPECT_TRUE(note->contains(PdfExporter::formatCell(before->value, report::ColumnType::Decimal) + u" ("_s
                                       + QString::number(before->year) + u")"_s))
                << note->toStdString();
            EXPECT_TRUE(note->contains(u"desde la línea base"_s)) << note->toStdString();
        }
    }
    // The demo has such an indicator (baseline 19 of 2025, diagnosis 18 of 2026): the test means something.
    EXPECT_GE(differing, 1);
}

TEST_F(Pdt, TextsReadAsTheEntitysOwn)
{
    const Odt odt = readOdt(s_odt);
    const QString all = odt.paragraphs.join(u'\n');
    // The cover names the mayor with the position that agrees with her title.
    const QString head = s_plan->info.headOfGovernment;
    ASSERT_TRUE(head.startsWith(u"Alcaldesa"_s));
    EXPECT_TRUE(all.contains(head + u"\nAlcaldesa municipal"_s)) << all.left(600).toStdString();
    EXPECT_FALSE(all.contains(u"Alcalde:"_s));
    // The presentation names the plan once, without quotes inside quotes.
    const auto presentation = std::find_if(odt.paragraphs.cbegin(), odt.paragraphs.cend(),
                                           [](const QString &p) { return p.startsWith(u"Este documento presenta"_s); });
    ASSERT_NE(presentation, odt.paragraphs.cend());
    EXPECT_TRUE(presentation->startsWith(u"Este documento presenta el "_s + s_plan->info.planName + u" de "_s))
        << presentation->toStdString();
    EXPECT_EQ(presentation->count(u'«'), s_plan->info.planName.count(u'«'));
    EXPECT_EQ(presentation->count(s_plan->info.planName), 1);
    // The demonstration plan was adopted by an act but its approval was never recorded with a
    // fingerprint: the note says so, as the entity, without naming the software.
    const auto adopted = std::find_if(odt.paragraphs.cbegin(), odt.paragraphs.cend(),
                                      [](const QString &p) { return p.startsWith(u"El plan fue adoptado"_s); });
    ASSERT_NE(adopted, odt.paragraphs.cend());
    EXPECT_TRUE(adopted->contains(u"Acuerdo 006 de 2028 (ficticio) el 26 de mayo de 2028"_s)) << adopted->toStdString();
    EXPECT_FALSE(adopted->contains(u"Planea"_s));
}

TEST_F(Pdt, TheCoverGivesThePeriodOnceWithOneDash)
{
    // The demo's name already says «2028-2031» (with a hyphen): the cover writes it once, with the
    // en dash of the rest of the document, and no separate period line.
    ASSERT_TRUE(s_plan->info.planName.contains(u"2028-2031"_s));
    const Odt odt = readOdt(s_odt);
    const QString all = odt.paragraphs.join(u'\n');
    const qsizetype end = all.indexOf(s_plan->info.headOfGovernment);
    ASSERT_GT(end, 0);
    const QString cover = all.left(end);
    EXPECT_EQ(cover.count(u"2028–2031"_s), 1) << cover.toStdString();
    EXPECT_FALSE(cover.contains(u"2028-2031"_s)) << cover.toStdString();
}

TEST_F(Pdt, TheDraftNoteNamesTheCouncilNotTheSoftware)
{
    // The same plan before the council adopted it.
    const QString path = s_dir->path(u"borrador.planea"_s);
    ASSERT_TRUE(QFile::copy(s_planPath, path));
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->setPlanField(u"adoption_act"_s, QString()).ok());
    }
    const QString out = s_dir->path(u"borrador.odt"_s);
    ASSERT_EQ(runCli({ u"export"_s, path, u"--doc"_s, u"pdt"_s, u"--format"_s, u"odt"_s, u"-o"_s, out }).exitCode, 0);
    const Odt odt = readOdt(out);
    const auto draft = std::find_if(odt.paragraphs.cbegin(), odt.paragraphs.cend(),
                                    [](const QString &p) { return p.startsWith(u"Este plan"_s); });
    ASSERT_NE(draft, odt.paragraphs.cend());
    const QString note = *draft;
    EXPECT_TRUE(note.startsWith(u"Este plan aún no ha sido aprobado por el Concejo Municipal."_s))
        << note.toStdString();
    EXPECT_FALSE(note.contains(u"Planea"_s));
    EXPECT_FALSE(note.contains(u"concejo"_s));
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

TEST_F(Pdt, ApprovedSignaturesCarryThePositionOfTheCover)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString plan = s_dir->path(u"approved.planea"_s);
    ASSERT_TRUE(QFile::copy(s_planPath, plan));
    ASSERT_EQ(
        runCli({ u"approve"_s, plan, u"--act"_s, u"Acuerdo 006 de 2028 (ficticio)"_s, u"--date"_s, u"2028-05-26"_s })
            .exitCode,
        0);
    for (const QString &doc : { u"pdt"_s, u"plan-indicativo"_s }) {
        SCOPED_TRACE(doc.toStdString());
        const QString out = s_dir->path(doc + u"-approved.pdf"_s);
        ASSERT_EQ(runCli({ u"export"_s, plan, u"--doc"_s, doc, u"--format"_s, u"pdf"_s, u"-o"_s, out }).exitCode, 0);
        const QString last = pdfPageTexts(out).last();
        EXPECT_TRUE(last.contains(u"Alcaldesa municipal"_s)) << last.toStdString();
        EXPECT_FALSE(last.contains(u"Alcalde municipal"_s));
    }
    const QString odtPath = s_dir->path(u"pdt-approved.odt"_s);
    ASSERT_EQ(runCli({ u"export"_s, plan, u"--doc"_s, u"pdt"_s, u"--format"_s, u"odt"_s, u"-o"_s, odtPath }).exitCode,
              0);
    const Odt odt = readOdt(odtPath);
    // The signature table: no header row, no borders, the name above its position.
    ASSERT_FALSE(odt.tables.isEmpty());
    const OdtTable &signatures = odt.tables.last();
    EXPECT_EQ(signatures.headerRowGroups, 0);
    ASSERT_FALSE(signatures.rows.isEmpty());
    const QString mayor = signatures.rows.first().cells.value(0).text;
    EXPECT_TRUE(mayor.contains(s_plan->info.headOfGovernment + u"\nAlcaldesa municipal"_s)) << mayor.toStdString();
    EXPECT_TRUE(odt.style(signatures.rows.first().cells.value(0).style).contains(u"fo:border=none;"_s));
}

TEST_F(Pdt, PdfCutsNoWordOfAProductIndicatorUnitOrOfficeInTwo)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QSet<QString> printed = wordsOf(pdfPageTexts(s_pdf).join(u'\n'));
    for (const Product &product : s_plan->products)
        expectWholeWords(printed, product.name);
    for (const ProductIndicator &ind : s_plan->indicators) {
        expectWholeWords(printed, ind.displayName());
        expectWholeWords(printed, ind.unit);
    }
    for (const Office &office : s_plan->offices)
        expectWholeWords(printed, office.name);
    for (const WellbeingIndicator &w : s_plan->wellbeingIndicators) {
        expectWholeWords(printed, w.name);
        expectWholeWords(printed, w.source);
    }
    for (const QString &header : { u"Programa"_s, u"cuatrienio"_s, u"Dependencia"_s, u"responsable"_s, u"Inversión"_s })
        EXPECT_TRUE(printed.contains(header)) << header.toStdString();
}

TEST_F(Pdt, PdfPagesBreakBetweenRowsNeverAfterAHeadingAndRepeatTheHeaderRow)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QStringList pages = pdfPageTexts(s_pdf);
    ASSERT_GE(pages.size(), 8);
    QStringList headings;
    for (const OdtHeading &h : readOdt(s_odt).headings)
        headings.append(h.text.simplified());
    // Page 1 is the cover, without running header or footer (the other tests look at it).
    EXPECT_FALSE(pages[0].contains(u"Página"_s));
    for (qsizetype i = 1; i < pages.size(); ++i) {
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
    // A row is never split: an indicator's code, its name, its product and its office are on one
    // page, and that page repeats the header row of the table.
    for (const ProductIndicator &ind : s_plan->indicators) {
        SCOPED_TRACE(ind.code.toStdString());
        const auto page
            = std::find_if(pages.cbegin(), pages.cend(), [&](const QString &p) { return p.contains(ind.code + u' '); });
        ASSERT_NE(page, pages.cend());
        const QSet<QString> words = wordsOf(*page);
        expectWholeWords(words, ind.displayName());
        if (const Product *product = s_plan->product(ind.productId))
            expectWholeWords(words, product->name);
        if (ind.responsibleOfficeId) {
            if (const Office *office = s_plan->office(*ind.responsibleOfficeId))
                expectWholeWords(words, office->name);
        }
        EXPECT_TRUE(words.contains(u"Dependencia"_s) && words.contains(u"cuatrienio"_s));
    }
}
