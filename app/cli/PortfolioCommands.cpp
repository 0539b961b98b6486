// planea-cli generate-portfolio and portfolio: a department's plans read together (issue 22).
#include "Cli.h"
#include "catalog/Catalog.h"
#include "export/CsvExporter.h"
#include "export/DocumentHeader.h"
#include "export/PdfExporter.h"
#include "export/XlsxExporter.h"
#include "portfolio/Portfolio.h"
#include "portfolio/PortfolioGenerator.h"
#include "portfolio/PortfolioReport.h"
#include "util/SafeWrite.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

/// Goals per generated plan: a small municipality's plan indicativo has one to two hundred.
constexpr int GeneratedIndicators = 120;

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QString percentText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) + u" %"_s : QCoreApplication::translate("Cli", "no information");
}

QString moneyText(Money m)
{
    return u"$ "_s + QLocale().toString(m);
}

int generatePortfolio(const Context &c, const Arguments &a)
{
    const QString code = a.value(u"--departamento"_s);
    if (code.isEmpty()) {
        c.err << QCoreApplication::translate("Cli",
                                             "generate-portfolio needs --departamento with the department's two-digit "
                                             "DANE code, e.g. --departamento 05.")
              << Qt::endl;
        return BadInput;
    }
    auto catalog = loadCatalog(c);
    if (!catalog)
        return fail(c, catalog.error());
    const CatalogDepartment *department = (*catalog)->department(code);
    if (!department) {
        c.err << QCoreApplication::translate("Cli", "There is no department with DANE code «%1» in DIVIPOLA.").arg(code)
              << Qt::endl;
        return BadInput;
    }
    QList<CatalogMunicipality> municipalities;
    for (const CatalogMunicipality &m : (*catalog)->municipalitiesOf(code)) {
        if (m.type == MunicipalityType::Municipality)
            municipalities.append(m);
    }
    bool ok = false;
    const int count = a.value(u"--municipios"_s).toInt(&ok);
    if (!ok || count < 1 || count > municipalities.size()) {
        c.err << QCoreApplication::translate("Cli",
                                             "%1 has %2 municipalities: --municipios needs a whole number between 1 "
                                             "and %2 (got «%3»).")
                     .arg(department->displayName)
                     .arg(municipalities.size())
                     .arg(a.value(u"--municipios"_s))
              << Qt::endl;
        return BadInput;
    }
    const std::optional<quint32> seed = seedOption(c, a);
    if (!seed)
        return BadInput;
    const QString folder = a.positional.value(0);
    QElapsedTimer timer;
    timer.start();
    auto written = portfolio::generatePortfolio(folder, municipalities.mid(0, count), department->displayName,
                                                GeneratedIndicators, *seed);
    if (!written)
        return fail(c, written.error());
    c.out << demoBanner() << u"\n"_s
          << QCoreApplication::translate("Cli", "%1 synthetic plans of %2 written in «%3».")
                 .arg(written->size())
                 .arg(department->displayName, QDir::toNativeSeparators(folder))
          << Qt::endl;
    c.err << QCoreApplication::translate("Cli", "Time: %1 ms").arg(timer.elapsed()) << Qt::endl;
    return Success;
}

QJsonObject sectorJson(const portfolio::SectorFigures &s, const std::shared_ptr<const Catalog> &catalog,
                       bool department)
{
    const CatalogSector *known = catalog ? catalog->sector(s.code) : nullptr;
    QJsonObject o { { u"codigo"_s, s.code },
                    { u"nombre"_s, known ? known->name : QString() },
                    { u"eficacia"_s, number(s.efficacy) },
                    { u"metas_programadas"_s, s.goalsProgrammed },
                    { u"metas_reportadas"_s, s.goalsReported },
                    { u"recursos_programados"_s, double(s.planned) },
                    { u"recursos_obligados"_s, double(s.obligations) } };
    if (department)
        o.insert(u"municipios"_s, s.municipalities);
    return o;
}

QJsonObject sdgJson(const portfolio::SectorFigures &s, bool department)
{
    QJsonObject o { { u"ods"_s, s.code.toInt() },
                    { u"eficacia"_s, number(s.efficacy) },
                    { u"metas_programadas"_s, s.goalsProgrammed },
                    { u"metas_reportadas"_s, s.goalsReported } };
    if (department)
        o.insert(u"municipios"_s, s.municipalities);
    return o;
}

QJsonObject portfolioJson(const portfolio::PortfolioResult &r, const std::shared_ptr<const Catalog> &catalog)
{
    QJsonArray municipalities;
    for (const portfolio::MunicipalityFigures &m : r.municipalities) {
        QJsonArray sectors;
        for (const portfolio::SectorFigures &s : m.sectors)
            sectors.append(sectorJson(s, catalog, false));
        QJsonArray sdgs;
        for (const portfolio::SectorFigures &s : m.sdgs)
            sdgs.append(sdgJson(s, false));
        municipalities.append(QJsonObject { { u"puesto"_s, m.rank },
                                            { u"codigo_dane"_s, m.daneCode },
                                            { u"nombre"_s, m.name },
                                            { u"archivo"_s, m.file },
                                            { u"categoria_ley617"_s, m.category },
                                            { u"eficacia"_s, number(m.efficacy) },
                                            { u"metodo"_s, calc::methodCode(m.method) },
                                            { u"categoria"_s, m.ediCategory.name },
                                            { u"avance_cuatrienio"_s, number(m.termProgress) },
                                            { u"integridad"_s, number(m.integrity) },
                                            { u"metas_programadas"_s, m.goalsProgrammed },
                                            { u"metas_reportadas"_s, m.goalsReported },
                                            { u"completitud"_s, m.completeness },
                                            { u"recursos_programados"_s, double(m.planned) },
                                            { u"apropiacion"_s, double(m.appropriation) },
                                            { u"compromisos"_s, double(m.commitments) },
                                            { u"obligaciones"_s, double(m.obligations) },
                                            { u"sectores"_s, sectors },
                                            { u"ods"_s, sdgs } });
    }
    const portfolio::DepartmentFigures &d = r.department;
    QJsonArray sectors;
    for (const portfolio::SectorFigures &s : d.sectors)
        sectors.append(sectorJson(s, catalog, true));
    QJsonArray sdgs;
    for (const portfolio::SectorFigures &s : d.sdgs)
        sdgs.append(sdgJson(s, true));
    QJsonArray unread;
    for (const portfolio::UnreadFile &u : r.unread) {
        unread.append(QJsonObject { { u"archivo"_s, u.file },
                                    { u"motivo_codigo"_s, portfolio::reasonCode(u.reason) },
                                    { u"motivo"_s, u.message } });
    }
    return { { u"anio"_s, r.year },
             { u"municipios"_s, municipalities },
             { u"departamento"_s,
               QJsonObject { { u"codigo"_s, d.code },
                             { u"nombre"_s, d.name },
                             { u"municipios_leidos"_s, d.municipalities },
                             { u"eficacia"_s, number(d.efficacy) },
                             { u"categoria"_s, d.ediCategory.name },
                             { u"avance_cuatrienio"_s, number(d.termProgress) },
                             { u"integridad"_s, number(d.integrity) },
                             { u"metas_programadas"_s, d.goalsProgrammed },
                             { u"metas_reportadas"_s, d.goalsReported },
                             { u"recursos_programados"_s, double(d.planned) },
                             { u"apropiacion"_s, double(d.appropriation) },
                             { u"compromisos"_s, double(d.commitments) },
                             { u"obligaciones"_s, double(d.obligations) },
                             { u"sectores"_s, sectors },
                             { u"ods"_s, sdgs } } },
             { u"no_leidos"_s, unread } };
}

void printRanking(const Context &c, const portfolio::PortfolioResult &r)
{
    const portfolio::DepartmentFigures &d = r.department;
    if (std::any_of(r.municipalities.cbegin(), r.municipalities.cend(),
                    [](const portfolio::MunicipalityFigures &m) { return m.isDemo; }))
        c.out << demoBanner() << u"\n"_s;
    c.out << QCoreApplication::translate("Cli", "Portfolio of plans, follow-up %1: %2 (%3)")
                 .arg(r.year)
                 .arg(d.name, d.code)
          << u"\n\n"_s;
    const QStringList headers {
        QCoreApplication::translate("Cli", "Rank"),         QCoreApplication::translate("Cli", "DANE"),
        QCoreApplication::translate("Cli", "Municipality"), QCoreApplication::translate("Cli", "Ley 617"),
        QCoreApplication::translate("Cli", "Eficacia"),     QCoreApplication::translate("Cli", "Category"),
        QCoreApplication::translate("Cli", "Method"),       QCoreApplication::translate("Cli", "Four-year"),
        QCoreApplication::translate("Cli", "Integrity")
    };
    QList<QStringList> rows { headers };
    for (const portfolio::MunicipalityFigures &m : r.municipalities) {
        rows.append({ QString::number(m.rank), m.daneCode, m.name, m.category, percentText(m.efficacy),
                      m.ediCategory.name, calc::methodCode(m.method), percentText(m.termProgress),
                      percentText(m.integrity) });
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row[i].leftJustified(widths[i] + 2);
        c.out << line.trimmed() << u"\n"_s;
    }
    c.out
        << u"\n"_s
        << QCoreApplication::translate("Cli", "Department eficacia (plain average of %1 municipalities): %2 · %3")
               .arg(d.municipalities)
               .arg(percentText(d.efficacy), d.ediCategory.name)
        << u"\n"_s
        << QCoreApplication::translate("Cli", "Four-year progress (plain average): %1").arg(percentText(d.termProgress))
        << u"\n"_s
        << QCoreApplication::translate("Cli", "Information integrity: %1 (%2 of %3 goals programmed reported)")
               .arg(percentText(d.integrity), QLocale().toString(d.goalsReported),
                    QLocale().toString(d.goalsProgrammed))
        << u"\n"_s
        << QCoreApplication::translate("Cli", "Money of the year: %1 planned, %2 committed, %3 in obligations")
               .arg(moneyText(d.planned), moneyText(d.commitments), moneyText(d.obligations))
        << u"\n"_s;
    if (!r.unread.isEmpty()) {
        c.out << u"\n"_s << QCoreApplication::translate("Cli", "Files not read (%1):").arg(r.unread.size()) << u"\n"_s;
        for (const portfolio::UnreadFile &u : r.unread)
            c.out << u"  "_s << u.file << u": "_s << u.message << u"\n"_s;
    }
    c.out.flush();
}

int portfolioCommand(const Context &c, const Arguments &a)
{
    bool ok = false;
    const int year = a.value(u"--year"_s).toInt(&ok);
    if (!ok || year < 1900 || year > 2200) {
        c.err << QCoreApplication::translate("Cli", "portfolio needs --year with a year, e.g. --year 2029.")
              << Qt::endl;
        return BadInput;
    }
    int threads = 0;
    if (a.values.contains(u"--hilos"_s)) {
        threads = a.value(u"--hilos"_s).toInt(&ok);
        if (!ok || threads < 1 || threads > 64) {
            c.err << QCoreApplication::translate("Cli", "--hilos needs a whole number between 1 and 64 (got «%1»).")
                         .arg(a.value(u"--hilos"_s))
                  << Qt::endl;
            return BadInput;
        }
    }
    QString output = a.value(u"-o"_s);
    if (output.isEmpty())
        output = a.value(u"--output"_s);
    const QString format = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && format != u"csv"_s && format != u"xlsx"_s && format != u"pdf"_s) {
        c.err << QCoreApplication::translate("Cli", "The report is written as .csv, .xlsx or .pdf; «%1» ends in «.%2».")
                     .arg(QDir::toNativeSeparators(output), format)
              << Qt::endl;
        return BadInput;
    }
    QStringList files;
    if (a.positional.size() == 1 && !a.positional.first().endsWith(u".planea"_s, Qt::CaseInsensitive)) {
        auto listed = portfolio::portfolioFiles(a.positional.first());
        if (!listed)
            return fail(c, listed.error());
        files = *listed;
    } else {
        for (const QString &file : a.positional) {
            if (!QFileInfo(file).isFile()) {
                c.err << QCoreApplication::translate("Cli", "The file «%1» does not exist.")
                             .arg(QDir::toNativeSeparators(file))
                      << Qt::endl;
                return BadInput;
            }
        }
        files = a.positional;
    }
    if (files.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "The folder «%1» holds no files.")
                     .arg(QDir::toNativeSeparators(a.positional.first()))
              << Qt::endl;
        return BadInput;
    }
    portfolio::PortfolioOptions options;
    options.year = year;
    options.departmentCode = a.value(u"--departamento"_s);
    options.threads = threads;
    QElapsedTimer timer;
    timer.start();
    const portfolio::PortfolioResult result = portfolio::readPortfolio(files, options);
    const qint64 readMs = timer.elapsed();
    std::shared_ptr<const Catalog> catalog;
    if (auto loaded = loadCatalog(c))
        catalog = *loaded;

    if (!output.isEmpty()) {
        const report::Report report = portfolio::portfolioReport(result, [catalog](const QString &code) {
            const CatalogSector *s = catalog ? catalog->sector(code) : nullptr;
            return s ? s->name : QString();
        });
        exporting::DocumentHeader header = exporting::DocumentHeader::fromReport(report);
        header.entity = QCoreApplication::translate("Cli", "Department of %1").arg(result.department.name);
        header.date = QDate::currentDate();
        header.isDemo = std::any_of(result.municipalities.cbegin(), result.municipalities.cend(),
                                    [](const portfolio::MunicipalityFigures &m) { return m.isDemo; });
        const Status written = safe::writeFile(output, [&](QIODevice &device) -> Status {
            if (format == u"csv"_s)
                return exporting::CsvExporter().writeDocument(report, header, device);
            if (format == u"pdf"_s)
                return exporting::PdfExporter().writeDocument(report, header, device);
            return exporting::XlsxExporter().writeDocument(report, header, device);
        });
        if (!written)
            return fail(c, written.error());
    }
    if (a.has(u"--json"_s))
        printJson(c, portfolioJson(result, catalog));
    else
        printRanking(c, result);
    if (!output.isEmpty())
        c.err << QCoreApplication::translate("Cli", "Written: %1").arg(output) << Qt::endl;
    c.err << QCoreApplication::translate("Cli", "%1 files read in %2 ms.").arg(files.size()).arg(readMs) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> portfolioCommands()
{
    return {
        { u"generate-portfolio"_s,
          QCoreApplication::translate("Cli", "generate-portfolio DIR --departamento DD --municipios N [--seed S]"),
          QCoreApplication::translate(
              "Cli", "Writes N synthetic plans of the department's real municipalities, with progress, for tests."),
          { u"--departamento"_s, u"--municipios"_s, u"--seed"_s },
          {},
          1,
          1,
          generatePortfolio },
        { u"portfolio"_s,
          QCoreApplication::translate(
              "Cli", "portfolio DIR|PLAN... --year YEAR [--departamento DD] [--json] [-o REPORT.csv|.xlsx|.pdf]"),
          QCoreApplication::translate("Cli",
                                      "Reads a department's plans read-only and consolidates the year: ranking by "
                                      "eficacia, the department by sector, and the files not read with the reason."),
          { u"--year"_s, u"--departamento"_s, u"-o"_s, u"--output"_s, u"--hilos"_s },
          { u"--json"_s },
          1,
          100000,
          portfolioCommand },
    };
}

} // namespace planea::cli
