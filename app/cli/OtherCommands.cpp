// planea-cli commands that write plans (demo, generate) and the catalog commands.
#include "Cli.h"
#include "catalog/Catalog.h"
#include "demo/DemoPlan.h"
#include "demo/PlanGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

QList<Command> planCommands();
QList<Command> importCommands();
QList<Command> approvalCommands();
QList<Command> councilCommands();
QList<Command> auditCommands();
QList<Command> backupCommands();
QList<Command> diagnosisCommands();
QList<Command> followupCommands();
QList<Command> mergeCommands();
QList<Command> portfolioCommands();

namespace {

int demo(const Context &c, const Arguments &a)
{
    const QString path = a.positional.value(0);
    if (auto s = demo::writeDemoPlan(path, a.has(u"--force"_s)); !s)
        return fail(c, s.error());
    c.out << demoBanner() << u"\n"_s << QCoreApplication::translate("Cli", "Demonstration plan written: %1").arg(path)
          << Qt::endl;
    return Success;
}

int generate(const Context &c, const Arguments &a)
{
    bool ok = false;
    const int products = a.value(u"--products"_s).toInt(&ok);
    if (!ok || products < 1 || products > 200000) {
        c.err << QCoreApplication::translate("Cli", "--products needs a whole number between 1 and 200000 (got «%1»).")
                     .arg(a.value(u"--products"_s))
              << Qt::endl;
        return BadInput;
    }
    const std::optional<quint32> seed = seedOption(c, a);
    if (!seed)
        return BadInput;
    const QString path = a.positional.value(0);
    QElapsedTimer timer;
    timer.start();
    if (auto s = demo::generatePlan(path, products, *seed, a.has(u"--force"_s)); !s)
        return fail(c, s.error());
    c.out << QCoreApplication::translate("Cli", "Synthetic plan with %1 product indicators written: %2")
                 .arg(products)
                 .arg(path)
          << Qt::endl;
    c.err << QCoreApplication::translate("Cli", "Time: %1 ms").arg(timer.elapsed()) << Qt::endl;
    return Success;
}

int catalogSearch(const Context &c, const Arguments &a)
{
    std::optional<CatalogKind> kind;
    if (a.values.contains(u"--kind"_s)) {
        kind = catalogKindFromCode(a.value(u"--kind"_s));
        if (!kind) {
            c.err << QCoreApplication::translate(
                         "Cli",
                         "Unknown kind «%1». Kinds: departamento, municipio, sector, programa, producto, "
                         "indicador_producto, indicador_bienestar, ods, pnd, fuente.")
                         .arg(a.value(u"--kind"_s))
                  << Qt::endl;
            return BadInput;
        }
    }
    int limit = 50;
    if (a.values.contains(u"--limit"_s)) {
        bool ok = false;
        limit = a.value(u"--limit"_s).toInt(&ok);
        if (!ok || limit < 1) {
            c.err << QCoreApplication::translate("Cli", "--limit needs a positive whole number (got «%1»).")
                         .arg(a.value(u"--limit"_s))
                  << Qt::endl;
            return BadInput;
        }
    }
    auto catalog = loadCatalog(c);
    if (!catalog)
        return fail(c, catalog.error());
    // The MGA tables are parsed here, when first needed; a damaged file is reported now.
    if (Status mga = (*catalog)->mgaStatus(); !mga)
        return fail(c, mga.error());
    const QList<CatalogHit> hits = (*catalog)->search(a.positional.value(0), kind, limit);
    if (a.has(u"--json"_s)) {
        QJsonArray list;
        for (const CatalogHit &hit : hits) {
            list.append(QJsonObject { { u"tipo"_s, catalogKindCode(hit.kind) },
                                      { u"codigo"_s, hit.code },
                                      { u"nombre"_s, hit.name },
                                      { u"detalle"_s, hit.detail } });
        }
        printJson(c, { { u"resultados"_s, list } });
        return Success;
    }
    for (const CatalogHit &hit : hits) {
        c.out << catalogKindDisplayName(hit.kind) << u"\t"_s << hit.code << u"\t"_s << hit.name;
        if (!hit.detail.isEmpty())
            c.out << u" ("_s << hit.detail << u")"_s;
        c.out << u"\n"_s;
    }
    c.out.flush();
    c.err << QCoreApplication::translate("Cli", "%n result(s).", nullptr, int(hits.size())) << Qt::endl;
    return Success;
}

int catalogStats(const Context &c, const Arguments &a)
{
    auto catalog = loadCatalog(c);
    if (!catalog)
        return fail(c, catalog.error());
    // The MGA tables are parsed here, when first needed; a damaged file is reported now.
    if (Status mga = (*catalog)->mgaStatus(); !mga)
        return fail(c, mga.error());
    const CatalogStats s = (*catalog)->stats();
    if (a.has(u"--json"_s)) {
        printJson(c,
                  { { u"departamentos"_s, s.departments },
                    { u"municipios"_s, s.municipalities },
                    { u"islas"_s, s.islands },
                    { u"areas_no_municipalizadas"_s, s.nonMunicipalizedAreas },
                    { u"sectores"_s, s.sectors },
                    { u"programas"_s, s.programs },
                    { u"productos"_s, s.products },
                    { u"indicadores_producto"_s, s.productIndicators },
                    { u"indicadores_bienestar"_s, s.wellbeingIndicators },
                    { u"ods"_s, s.sdgs },
                    { u"pnd"_s, s.pndItems },
                    { u"fuentes"_s, s.fundingSources },
                    { u"version"_s, (*catalog)->version() } });
        return Success;
    }
    c.out << QCoreApplication::translate("Cli", "Catalog version: %1").arg((*catalog)->version()) << u"\n"_s
          << QCoreApplication::translate("Cli", "Departments: %1").arg(s.departments) << u"\n"_s
          << QCoreApplication::translate("Cli", "Municipalities: %1").arg(s.municipalities) << u"\n"_s
          << QCoreApplication::translate("Cli", "Non-municipalised areas: %1").arg(s.nonMunicipalizedAreas) << u"\n"_s
          << QCoreApplication::translate("Cli", "Sectors: %1").arg(s.sectors) << u"\n"_s
          << QCoreApplication::translate("Cli", "Programs: %1").arg(s.programs) << u"\n"_s
          << QCoreApplication::translate("Cli", "Products: %1").arg(s.products) << u"\n"_s
          << QCoreApplication::translate("Cli", "Product indicators: %1").arg(s.productIndicators) << u"\n"_s
          << QCoreApplication::translate("Cli", "Wellbeing indicators: %1").arg(s.wellbeingIndicators) << u"\n"_s
          << QCoreApplication::translate("Cli", "SDGs: %1").arg(s.sdgs) << u"\n"_s
          << QCoreApplication::translate("Cli", "Funding sources: %1").arg(s.fundingSources) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> allCommands()
{
    QList<Command> commands {
        { u"demo"_s,
          QCoreApplication::translate("Cli", "demo OUT.planea [--force]"),
          QCoreApplication::translate("Cli", "Writes the demonstration plan (Buenavista, Quindío, 2028–2031)."),
          {},
          { u"--force"_s },
          1,
          1,
          demo },
        { u"generate"_s,
          QCoreApplication::translate("Cli", "generate OUT.planea --products N [--seed S] [--force]"),
          QCoreApplication::translate("Cli", "Writes a synthetic plan with N product indicators, for benchmarks."),
          { u"--products"_s, u"--seed"_s },
          { u"--force"_s },
          1,
          1,
          generate },
        { u"catalog search"_s,
          QCoreApplication::translate("Cli", "catalog search TEXT [--kind K] [--limit N] [--json]"),
          QCoreApplication::translate("Cli", "Accent- and case-insensitive search over every catalog."),
          { u"--kind"_s, u"--limit"_s },
          { u"--json"_s },
          1,
          1,
          catalogSearch },
        { u"catalog stats"_s,
          QCoreApplication::translate("Cli", "catalog stats [--json]"),
          QCoreApplication::translate("Cli", "How many entries each catalog has."),
          {},
          { u"--json"_s },
          0,
          0,
          catalogStats },
    };
    commands.append(diagnosisCommands());
    commands.append(planCommands());
    commands.append(importCommands());
    commands.append(followupCommands());
    commands.append(mergeCommands());
    commands.append(approvalCommands());
    commands.append(councilCommands());
    commands.append(portfolioCommands());
    commands.append(auditCommands());
    commands.append(backupCommands());
    return commands;
}

} // namespace planea::cli
