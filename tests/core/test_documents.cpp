// The documents of the route beyond the Plan Indicativo and the PPI (issue #5): alistamiento,
// equipo, lineas, diagnostico, plan-estrategico, plan-accion, estado as CSV (goldens of the demo
// plan), XLSX (read back) and PDF (pdftotext: header and footer on every page, page count); the
// pdt as ODT (unzipped, content.xml parsed) and PDF; export --all; bad options and cancellation.
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/Approval.h"
#include "domain/PlanData.h"
#include "export/DocumentExport.h"
#include "export/DocumentHeader.h"
#include "export/XlsxExporter.h"
#include "report/ReportRegistry.h"
#include "report/RouteReports.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxReader.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;
using namespace planea::test;
using report::ColumnType;

namespace {

const QStringList TableDocuments = { u"alistamiento"_s,     u"equipo"_s,      u"lineas"_s, u"diagnostico"_s,
                                     u"plan-estrategico"_s, u"plan-accion"_s, u"estado"_s };

class Documents : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        s_planPath = s_dir->path(u"demo.planea"_s);
        s_plan = new PlanData(writeDemoPlan(s_planPath));
    }
    static void TearDownTestSuite()
    {
        delete s_plan;
        delete s_dir;
    }
    static report::ReportContext yearContext()
    {
        report::ReportContext c;
        c.year = 2029; // documents for one year do not depend on today's date
        return c;
    }

    static inline TempDir *s_dir = nullptr;
    static inline QString s_planPath;
    static inline PlanData *s_plan = nullptr;
    TempDir m_dir;
};

/// pdftotext -layout may break a long cell over lines; compare without spaces.
QString squeezed(const QString &text)
{
    return QString(text).remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

TEST_F(Documents, EveryRouteDocumentIsAvailableInItsFormats)
{
    for (const QString &doc : TableDocuments) {
        EXPECT_TRUE(report::availableDocumentCodes().contains(doc)) << doc.toStdString();
        EXPECT_EQ(formatsOf(doc), (QStringList { u"csv"_s, u"xlsx"_s, u"pdf"_s }));
    }
    EXPECT_EQ(formatsOf(u"pdt"_s), (QStringList { u"odt"_s, u"pdf"_s }));
    EXPECT_TRUE(exportableDocuments().contains(u"pdt"_s));
}

// tests/data/documents/<doc>.csv is the expected CSV of the demo plan (plan-accion for 2029).
// PLANEA_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
TEST_F(Documents, CsvOfEachDocumentMatchesItsGolden)
{
    for (const QString &doc : TableDocuments) {
        SCOPED_TRACE(doc.toStdString());
        const QString out = m_dir.path(doc + u".csv"_s);
        ASSERT_TRUE(exportDocument(*s_plan, doc, u"csv"_s, out, yearContext()).ok());
        const QString golden = QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/documents/"_s + doc + u".csv"_s;
        const QByteArray actual = readBytes(out);
        if (qEnvironmentVariableIsSet("PLANEA_UPDATE_GOLDEN"))
            writeBytes(golden, actual);
        const QByteArray expected = readBytes(golden);
        ASSERT_FALSE(expected.isEmpty()) << golden.toStdString();
        EXPECT_EQ(QString::fromUtf8(actual).toStdString(), QString::fromUtf8(expected).toStdString());
    }
}

TEST_F(Documents, CsvSeparatorAndDecimalMarkFollowTheOptions)
{
    ExportOptions options;
    options.csv.separator = u',';
    options.csv.decimalMark = u'.';
    const QString out = m_dir.path(u"lineas.csv"_s);
    ASSERT_TRUE(exportDocument(*s_plan, u"lineas"_s, u"csv"_s, out, {}, options).ok());
    const QString text = QString::fromUtf8(readBytes(out));
    const QStringList header = text.section(u"\r\n"_s, 0, 0).remove(QChar(0xFEFF)).split(u',');
    EXPECT_EQ(header.first(), u"No."_s);
    EXPECT_EQ(header.size(), 9);
    EXPECT_FALSE(text.section(u"\r\n"_s, 0, 0).contains(u';'));
    // Decimals with a point: the plan-estrategico has decimal baselines.
    const QString strategic = m_dir.path(u"plan-estrategico.csv"_s);
    ASSERT_TRUE(exportDocument(*s_plan, u"plan-estrategico"_s, u"csv"_s, strategic, {}, options).ok());
    const QString s = QString::fromUtf8(readBytes(strategic));
    EXPECT_TRUE(s.contains(QRegularExpression(u",\\d+\\.\\d+(,|\r)"_s))) << s.left(600).toStdString();
    EXPECT_FALSE(s.contains(QRegularExpression(u"\\d+,\\d+;"_s)));
}

TEST_F(Documents, ChecklistStatusAndTeamHoldTheirContent)
{
    const report::Report checklist = report::buildChecklistReport(*s_plan);
    ASSERT_EQ(checklist.rows.size(), s_plan->checklist.size() + 1);
    for (qsizetype i = 0; i < s_plan->checklist.size(); ++i) {
        EXPECT_EQ(checklist.rows[i].cells[0].toString(), s_plan->checklist[i].code);
        EXPECT_EQ(checklist.rows[i].cells[3].toString(), s_plan->checklist[i].evidence);
        EXPECT_EQ(checklist.rows[i].cells[2].toString(), s_plan->checklist[i].done ? u"Hecho"_s : u"Pendiente"_s);
    }
    const report::Report team = report::buildTeamReport(*s_plan);
    ASSERT_EQ(team.rows.size(), s_plan->team.size());
    // Estado: one row per module with its percentage, and the pending checklist item is listed.
    const report::Report status = report::buildStatusReport(*s_plan);
    int modules = 0;
    for (const report::ReportRow &row : status.rows)
        modules += row.cells[0].toString().startsWith(u"Módulo "_s) && row.kind == report::RowKind::Total ? 1 : 0;
    EXPECT_EQ(modules, 7);
    EXPECT_EQ(status.rows.last().cells[0].toString(), u"Todo el plan"_s);
}

TEST_F(Documents, ActionPlanFiltersByOfficeAndYear)
{
    report::ReportContext c = yearContext();
    c.office = u"secretaria de obras publicas"_s; // no case, no accents
    const report::Report r = report::buildActionPlanReport(*s_plan, c);
    ASSERT_GT(r.rows.size(), 1);
    for (qsizetype i = 0; i + 1 < r.rows.size(); ++i)
        EXPECT_EQ(r.rows[i].cells[0].toString(), u"Secretaría de Obras Públicas"_s);
    EXPECT_EQ(r.columns[8].title, u"Meta 2029"_s);
    EXPECT_EQ(r.rows.last().kind, report::RowKind::Total);
    // Every goal of the plan appears once in the all-offices plan.
    const report::Report all = report::buildActionPlanReport(*s_plan, yearContext());
    EXPECT_EQ(all.rows.size(), s_plan->indicators.size() + 1);
}

TEST_F(Documents, BadOptionsAndFormatsAreRefusedAndWriteNothing)
{
    const QString out = m_dir.path(u"x.pdf"_s);
    report::ReportContext c;
    c.office = u"Secretaría de Marina"_s;
    auto s = exportDocument(*s_plan, u"plan-accion"_s, u"csv"_s, out, c);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(s.error().message.contains(u"Secretaría de Marina"_s)) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(u"Secretaría de Salud"_s));
    c = {};
    c.year = 2040;
    s = exportDocument(*s_plan, u"plan-accion"_s, u"csv"_s, out, c);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"2040"_s));
    s = exportDocument(*s_plan, u"pdt"_s, u"csv"_s, out);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(u"odt"_s)) << s.error().message.toStdString();
    s = exportDocument(*s_plan, u"lineas"_s, u"odt"_s, out);
    ASSERT_FALSE(s.ok());
    EXPECT_FALSE(QFile::exists(out));
    auto all = exportAll(*s_plan, m_dir.path(u"no/such/folder"_s));
    ASSERT_FALSE(all.ok());
    EXPECT_EQ(all.error().kind, Error::Kind::Io);
}

TEST_F(Documents, CancelledExportLeavesNoFile)
{
    ExportOptions options;
    int calls = 0;
    options.progress = [&calls](int, int) { return ++calls < 3; };
    auto all = exportAll(*s_plan, m_dir.root(), {}, options);
    ASSERT_FALSE(all.ok());
    EXPECT_EQ(all.error().kind, Error::Kind::Cancelled);
    EXPECT_EQ(QDir(m_dir.root()).entryList(QDir::Files).size(), 2); // the two files before the cancel
}

TEST_F(Documents, XlsxOfEachDocumentReadsBackAsTheReport)
{
    for (const QString &doc : TableDocuments) {
        SCOPED_TRACE(doc.toStdString());
        const report::Report r = *report::buildReport(doc, *s_plan, yearContext());
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const DocumentHeader header = DocumentHeader::fromPlan(*s_plan, r, QDate(2028, 6, 15));
        ASSERT_TRUE(XlsxExporter().writeDocument(r, header, out).ok());
        auto book = XlsxReader::readBytes(out.data(), u"x.xlsx"_s);
        ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
        const XlsxSheet &sheet = book->sheets().first();
        const int top = XlsxExporter::headerRow(header);
        for (int c = 0; c < r.columns.size(); ++c)
            EXPECT_EQ(sheet.cell(top, c).text(), r.columns[c].title);
        // The totals of the whole table (closingTotals) stand after a blank row, out of the filter.
        const int closing = r.closingTotals;
        const bool blank = closing > 0 && closing < r.rows.size();
        ASSERT_EQ(sheet.rowCount(), top + 1 + r.rows.size() + (blank ? 1 : 0));
        for (int i = 0; i < r.rows.size(); ++i) {
            const int at = top + 1 + i + (blank && i >= r.rows.size() - closing ? 1 : 0);
            for (int c = 0; c < r.columns.size(); ++c) {
                const QVariant expected = r.rows[i].cells.value(c);
                const XlsxCell got = sheet.cell(at, c);
                if (expected.isNull()) {
                    EXPECT_TRUE(got.isEmpty() || got.text().isEmpty());
                } else if (r.columns[c].type == ColumnType::Text || expected.typeId() == QMetaType::QString) {
                    EXPECT_EQ(got.value.toString(), expected.toString());
                } else {
                    ASSERT_EQ(got.type, XlsxCellType::Number) << i << "," << c;
                    const double factor = r.columns[c].type == ColumnType::Percent ? 100.0 : 1.0;
                    EXPECT_DOUBLE_EQ(got.value.toDouble() * factor, expected.toDouble()) << i << "," << c;
                }
            }
        }
    }
}

// PDFs through planea-cli, as users write them (fonts need the GUI layer planea-cli loads).
TEST_F(Documents, PdfOfEachDocumentHasHeaderAndFooterOnEveryPage)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString &doc : TableDocuments + QStringList { u"pdt"_s }) {
        SCOPED_TRACE(doc.toStdString());
        const QString out = m_dir.path(doc + u".pdf"_s);
        const CliResult r = runCli({ u"export"_s, s_planPath, u"--doc"_s, doc, u"--format"_s, u"pdf"_s, u"-o"_s, out,
                                     u"--year"_s, u"2029"_s });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QStringList pages = pdfPageTexts(out);
        ASSERT_FALSE(pages.isEmpty());
        // The pdt's cover, like the ODT's, has no running header or footer: it names the entity
        // and says itself whether the plan is a draft or adopted; it still counts as page 1.
        const bool hasCover = doc == u"pdt"_s;
        if (hasCover) {
            EXPECT_TRUE(pages[0].contains(u"Buenavista"_s));
            EXPECT_TRUE(pages[0].contains(u"Adoptado por Acuerdo 006 de 2028 (ficticio) · sin huella"_s));
            EXPECT_FALSE(pages[0].contains(u"Página"_s));
            EXPECT_FALSE(pages[0].contains(u"Fecha:"_s));
        }
        for (qsizetype i = hasCover ? 1 : 0; i < pages.size(); ++i) {
            EXPECT_TRUE(pages[i].contains(u"Buenavista (Quindío)"_s)) << i;
            EXPECT_TRUE(pages[i].contains(u"Página %1 de %2"_s.arg(i + 1).arg(pages.size()))) << i;
            EXPECT_TRUE(pages[i].contains(u"Adoptado por Acuerdo 006 de 2028 (ficticio) · sin huella"_s)) << i;
        }
    }
}

TEST_F(Documents, PdtPdfAndOdtHoldEveryLineAndEveryIndicatorCode)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString pdf = m_dir.path(u"pdt.pdf"_s);
    ASSERT_EQ(runCli({ u"export"_s, s_planPath, u"--doc"_s, u"pdt"_s, u"--format"_s, u"pdf"_s, u"-o"_s, pdf }).exitCode,
              0);
    const QString pdfText = squeezed(pdfPageTexts(pdf).join(u"\n"_s));
    for (const ProductIndicator &ind : s_plan->indicators)
        EXPECT_TRUE(pdfText.contains(ind.code)) << ind.code.toStdString();
    for (const StrategicLine &line : s_plan->lines)
        EXPECT_TRUE(pdfText.contains(squeezed(line.name))) << line.name.toStdString();

    const QString odt = m_dir.path(u"pdt.odt"_s);
    const CliResult r
        = runCli({ u"export"_s, s_planPath, u"--doc"_s, u"pdt"_s, u"--format"_s, u"odt"_s, u"-o"_s, odt });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readBytes(odt).startsWith("PK"));
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-p"_s, odt, u"content.xml"_s });
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QByteArray xml = unzip.readAllStandardOutput();
    ASSERT_FALSE(xml.isEmpty()) << "unzip could not read content.xml";
    QXmlStreamReader reader(xml);
    QString text;
    int tables = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
        if (reader.isStartElement() && reader.qualifiedName() == u"table:table"_s)
            ++tables;
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_GE(tables, 3);
    for (const StrategicLine &line : s_plan->lines)
        EXPECT_TRUE(text.contains(line.name)) << line.name.toStdString();
    for (const ProductIndicator &ind : s_plan->indicators)
        EXPECT_TRUE(text.contains(ind.code)) << ind.code.toStdString();
    EXPECT_TRUE(text.contains(s_plan->info.governmentProgramText.left(40)));

    // Every page of the ODT has the header and footer of the PDF: the default page style
    // ("Standard", letter paper) in styles.xml, listed in the manifest, with the entity, the
    // document and the date above, and the page number and count (fields), the version and the
    // plan's name below.
    const auto part = [&](const QString &name) {
        QProcess p;
        p.start(u"unzip"_s, { u"-p"_s, odt, name });
        EXPECT_TRUE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString styles = part(u"styles.xml"_s);
    QXmlStreamReader stylesReader(styles);
    QString headerText;
    QString footerText;
    QString *into = nullptr;
    bool pageNumber = false;
    bool pageCount = false;
    bool standardPage = false;
    while (!stylesReader.atEnd()) {
        stylesReader.readNext();
        const QStringView name = stylesReader.qualifiedName();
        if (stylesReader.isStartElement()) {
            if (name == u"style:master-page"_s)
                standardPage = stylesReader.attributes().value(u"style:name"_s) == u"Standard"_s;
            if (name == u"style:header"_s)
                into = &headerText;
            if (name == u"style:footer"_s)
                into = &footerText;
            pageNumber = pageNumber || (into == &footerText && name == u"text:page-number"_s);
            pageCount = pageCount || (into == &footerText && name == u"text:page-count"_s);
        } else if (stylesReader.isEndElement() && (name == u"style:header"_s || name == u"style:footer"_s)) {
            into = nullptr;
        } else if (stylesReader.isCharacters() && into) {
            *into += stylesReader.text();
        }
    }
    ASSERT_FALSE(stylesReader.hasError()) << stylesReader.errorString().toStdString();
    EXPECT_TRUE(standardPage);
    EXPECT_TRUE(styles.contains(u"fo:page-width=\"21.59cm\""_s));
    EXPECT_TRUE(headerText.contains(u"Buenavista (Quindío)"_s)) << headerText.toStdString();
    EXPECT_TRUE(headerText.contains(u"Plan de Desarrollo Territorial"_s)) << headerText.toStdString();
    EXPECT_TRUE(headerText.contains(u"Fecha: "_s)) << headerText.toStdString();
    EXPECT_TRUE(headerText.contains(u"PLAN DE DEMOSTRACIÓN"_s)) << headerText.toStdString();
    EXPECT_TRUE(pageNumber);
    EXPECT_TRUE(pageCount);
    EXPECT_TRUE(footerText.contains(u"Página "_s)) << footerText.toStdString();
    EXPECT_TRUE(footerText.contains(u"Adoptado por Acuerdo 006 de 2028 (ficticio) · sin huella"_s))
        << footerText.toStdString();
    EXPECT_TRUE(footerText.contains(s_plan->info.planName)) << footerText.toStdString();
    EXPECT_TRUE(part(u"META-INF/manifest.xml"_s).contains(u"manifest:full-path=\"styles.xml\""_s));
    // Table and column widths in ODF's terms (Qt writes "100pt" and "52%", which Word and
    // LibreOffice ignore: equal columns, amounts broken over lines).
    const QString content = part(u"content.xml"_s);
    EXPECT_FALSE(content.contains(QRegularExpression(u"style:column-width=\"\\d+%\""_s)));
    EXPECT_TRUE(content.contains(u"style:rel-column-width=\""_s));
    EXPECT_FALSE(content.contains(u"style:width=\"100pt\""_s));
    // ODF: the mimetype is the first entry, stored uncompressed, so the file is recognised.
    EXPECT_EQ(readBytes(odt).mid(30, 47), QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
}

TEST_F(Documents, ApprovedPdtOdtCarriesVersionAndFingerprintInItsFooter)
{
    const QString plan = m_dir.path(u"approved.planea"_s);
    ASSERT_TRUE(QFile::copy(s_planPath, plan));
    ASSERT_EQ(
        runCli({ u"approve"_s, plan, u"--act"_s, u"Acuerdo 006 de 2028 (ficticio)"_s, u"--date"_s, u"2028-05-26"_s })
            .exitCode,
        0);
    const PlanData approved = loadPlan(plan);
    const QString odt = m_dir.path(u"pdt.odt"_s);
    ASSERT_EQ(runCli({ u"export"_s, plan, u"--doc"_s, u"pdt"_s, u"--format"_s, u"odt"_s, u"-o"_s, odt }).exitCode, 0);
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-p"_s, odt, u"styles.xml"_s });
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QString styles = QString::fromUtf8(unzip.readAllStandardOutput());
    const QString fingerprint = approved.info.fingerprint;
    const QString shortForm = fingerprint.left(3) + u'-' + fingerprint.mid(3, 3) + u'-' + fingerprint.mid(6, 3) + u'-'
        + fingerprint.mid(9, 3);
    EXPECT_TRUE(styles.contains(u"Versión 1 · Huella "_s + shortForm + u" · Acuerdo 006 de 2028 (ficticio)"_s))
        << styles.toStdString();
}

TEST_F(Documents, ExportAllWritesEveryDocumentInEveryFormat)
{
    const QString folder = m_dir.path(u"todo"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const CliResult r = runCli({ u"export"_s, s_planPath, u"--all"_s, u"-o"_s, folder });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList expected;
    for (const QString &doc : exportableDocuments()) {
        for (const QString &format : formatsOf(doc))
            expected.append(exportFileName(doc, format));
    }
    for (const QString &name : { u"estado.pdf"_s, u"pdt.odt"_s, u"plan-accion.xlsx"_s, u"ppi.csv"_s })
        EXPECT_TRUE(expected.contains(name)) << name.toStdString();
    QStringList written = QDir(folder).entryList(QDir::Files);
    written.sort();
    expected.sort();
    EXPECT_EQ(written, expected);
    for (const QString &name : written)
        EXPECT_GT(QFileInfo(QDir(folder).filePath(name)).size(), 100) << name.toStdString();
    // --all and --doc together are refused.
    EXPECT_EQ(runCli({ u"export"_s, s_planPath, u"--all"_s, u"--doc"_s, u"ppi"_s, u"-o"_s, folder }).exitCode, 2);
}

TEST_F(Documents, ApprovedPlanDocumentsCarryTheSignatureBlock)
{
    if (!havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString plan = m_dir.path(u"approved.planea"_s);
    ASSERT_TRUE(QFile::copy(s_planPath, plan));
    const CliResult approve
        = runCli({ u"approve"_s, plan, u"--act"_s, u"Acuerdo 006 de 2028 (ficticio)"_s, u"--date"_s, u"2028-05-26"_s });
    ASSERT_EQ(approve.exitCode, 0) << approve.err.toStdString() << approve.out.toStdString();
    const PlanData approved = loadPlan(plan);
    for (const QString &doc : { u"plan-indicativo"_s, u"ppi"_s, u"pdt"_s, u"lineas"_s }) {
        SCOPED_TRACE(doc.toStdString());
        const QString out = m_dir.path(doc + u".pdf"_s);
        ASSERT_EQ(runCli({ u"export"_s, plan, u"--doc"_s, doc, u"--format"_s, u"pdf"_s, u"-o"_s, out }).exitCode, 0);
        const QStringList pages = pdfPageTexts(out);
        const QString last = squeezed(pages.mid(pages.size() - 2).join(u"\n"_s)); // the closing block
        const bool signs = doc != u"lineas"_s;
        EXPECT_EQ(last.contains(u"Alcalde"_s), signs);
        EXPECT_EQ(last.contains(u"AndrésFelipeDemostraciónRuiz"_s), signs);
        EXPECT_TRUE(last.contains(approved.info.fingerprint)) << last.toStdString();
    }
}
