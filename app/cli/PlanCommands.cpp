// planea-cli commands that read a plan: info, validate, check, export, efficacy.
#include "Cli.h"
#include "calc/Efficacy.h"
#include "catalog/Catalog.h"
#include "export/DocumentExport.h"
#include "storage/Schema.h"
#include "validation/Validator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QString percentText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) + u" %"_s : QCoreApplication::translate("Cli", "no information");
}

int sourceCount(const PlanData &plan)
{
    QSet<QString> sources;
    for (const auto &cell : plan.investments)
        sources.insert(cell.sourceCode);
    for (const auto &record : plan.financialRecords)
        sources.insert(record.sourceCode);
    return int(sources.size());
}

int info(const Context &c, const Arguments &a)
{
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    const PlanData &p = *plan;
    Money totalCost = 0;
    for (const Product &product : p.products)
        totalCost += product.cost;
    int wellbeing = 0;
    for (const auto &w : p.wellbeingIndicators)
        wellbeing += w.isPrioritized ? 1 : 0;
    if (a.has(u"--json"_s)) {
        const QJsonObject entity { { u"codigo_dane"_s, p.info.entity.daneCode },
                                   { u"nombre"_s, p.info.entity.name },
                                   { u"departamento"_s, p.info.entity.departmentName },
                                   { u"categoria"_s, p.info.entity.category } };
        const QJsonObject counts { { u"lineas"_s, int(p.lines.size()) },
                                   { u"indicadores_bienestar"_s, wellbeing },
                                   { u"programas"_s, int(p.programs.size()) },
                                   { u"productos"_s, int(p.products.size()) },
                                   { u"indicadores_producto"_s, int(p.indicators.size()) },
                                   { u"fuentes"_s, sourceCount(p) } };
        printJson(c,
                  { { u"entidad"_s, entity },
                    { u"nombre_plan"_s, p.info.planName },
                    { u"periodo"_s,
                      QJsonObject { { u"inicio"_s, p.info.term.startYear }, { u"fin"_s, p.info.term.endYear() } } },
                    { u"estado"_s, toCode(p.info.state) },
                    { u"conteos"_s, counts },
                    { u"costo_total"_s, QJsonValue(double(totalCost)) },
                    { u"version_esquema"_s, schema::CurrentVersion },
                    { u"version_catalogo"_s, p.info.catalogVersion },
                    { u"huella"_s,
                      p.info.fingerprint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.info.fingerprint) },
                    { u"demo"_s, p.info.isDemo } });
        return Success;
    }
    QTextStream &o = c.out;
    const QLocale locale;
    if (p.info.isDemo)
        o << demoBanner() << u"\n"_s;
    o << QCoreApplication::translate("Cli", "Plan: %1").arg(p.info.planName) << u"\n"_s
      << QCoreApplication::translate("Cli", "Entity: %1 (%2), DANE code %3, category %4")
             .arg(p.info.entity.name, p.info.entity.departmentName, p.info.entity.daneCode, p.info.entity.category)
      << u"\n"_s
      << QCoreApplication::translate("Cli", "Period: %1–%2").arg(p.info.term.startYear).arg(p.info.term.endYear())
      << u"\n"_s << QCoreApplication::translate("Cli", "State: %1").arg(displayName(p.info.state)) << u"\n"_s
      << QCoreApplication::translate("Cli", "Strategic lines: %1").arg(p.lines.size()) << u"\n"_s
      << QCoreApplication::translate("Cli", "Prioritised wellbeing indicators: %1").arg(wellbeing) << u"\n"_s
      << QCoreApplication::translate("Cli", "Programs: %1").arg(p.programs.size()) << u"\n"_s
      << QCoreApplication::translate("Cli", "Products: %1").arg(p.products.size()) << u"\n"_s
      << QCoreApplication::translate("Cli", "Product indicators: %1").arg(p.indicators.size()) << u"\n"_s
      << QCoreApplication::translate("Cli", "Funding sources: %1").arg(sourceCount(p)) << u"\n"_s
      << QCoreApplication::translate("Cli", "Total cost: $ %1").arg(locale.toString(totalCost)) << u"\n"_s
      << QCoreApplication::translate("Cli", "File format version: %1").arg(schema::CurrentVersion) << u"\n"_s
      << QCoreApplication::translate("Cli", "Catalog version: %1")
             .arg(p.info.catalogVersion.isEmpty() ? QCoreApplication::translate("Cli", "not recorded")
                                                  : p.info.catalogVersion)
      << u"\n"_s
      << QCoreApplication::translate("Cli", "Fingerprint: %1")
             .arg(p.info.fingerprint.isEmpty() ? QCoreApplication::translate("Cli", "none (not approved)")
                                               : p.info.fingerprint)
      << Qt::endl;
    return Success;
}

int validatePlan(const Context &c, const Arguments &a)
{
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    const QList<calc::Finding> findings = calc::validate(*plan);
    const int errors = calc::countFindings(findings, calc::Severity::Error);
    if (a.has(u"--json"_s)) {
        QJsonArray list;
        for (const calc::Finding &f : findings) {
            list.append(QJsonObject { { u"severidad"_s, calc::severityCode(f.severity) },
                                      { u"modulo"_s, f.moduleName },
                                      { u"ubicacion"_s, f.location },
                                      { u"mensaje"_s, f.message },
                                      { u"regla"_s, f.ruleCode } });
        }
        printJson(c, { { u"hallazgos"_s, list }, { u"demo"_s, plan->info.isDemo } });
    } else {
        if (plan->info.isDemo)
            c.out << demoBanner() << u"\n"_s;
        for (const calc::Finding &f : findings) {
            c.out << calc::severityCode(f.severity) << u" | "_s << f.moduleName << u" | "_s << f.location << u" | "_s
                  << f.message << u"\n"_s;
        }
        c.out.flush();
        c.err << QCoreApplication::translate("Cli", "%1, %2.")
                     .arg(QCoreApplication::translate("Cli", "%n error(s)", nullptr, int(errors)),
                          QCoreApplication::translate("Cli", "%n warning(s)", nullptr, int(findings.size() - errors)))
              << Qt::endl;
    }
    return errors > 0 ? PlanHasErrors : Success;
}

/// Domain invariants the schema cannot express.
QStringList domainProblems(const PlanData &p)
{
    QStringList problems;
    const GovernmentTerm &term = p.info.term;
    for (const ProductIndicator &i : p.indicators) {
        for (const AnnualTarget &target : i.annualTargets) {
            if (!term.contains(target.year))
                problems << QCoreApplication::translate(
                                "Cli", "Indicator %1 has an annual target for %2, outside the period %3–%4.")
                                .arg(i.code)
                                .arg(target.year)
                                .arg(term.startYear)
                                .arg(term.endYear());
            if (target.notProgrammed && target.value)
                problems << QCoreApplication::translate("Cli", "Indicator %1 has a value for %2 and is also marked NP.")
                                .arg(i.code)
                                .arg(target.year);
        }
    }
    for (const ProgressReport &r : p.progress) {
        const ProductIndicator *i = p.indicator(r.indicatorId);
        if (!term.contains(r.year))
            problems << QCoreApplication::translate(
                            "Cli", "Indicator %1 has progress reported for %2, outside the period %3–%4.")
                            .arg(i ? i->code : QString::number(r.indicatorId))
                            .arg(r.year)
                            .arg(term.startYear)
                            .arg(term.endYear());
    }
    for (const Product &product : p.products) {
        if (product.cost < 0)
            problems << QCoreApplication::translate("Cli", "Product %1 has a negative cost.").arg(product.code);
    }
    for (const InvestmentAmount &cell : p.investments) {
        if (cell.amount < 0)
            problems << QCoreApplication::translate("Cli", "The investment of a product in %1 (%2) is negative.")
                            .arg(cell.year)
                            .arg(cell.sourceCode);
        if (!term.contains(cell.year))
            problems << QCoreApplication::translate("Cli", "The investment plan has money for %1, outside the period.")
                            .arg(cell.year);
    }
    for (const BudgetExecution &e : p.executions) {
        if (e.appropriation < 0 || e.commitments < 0 || e.obligations < 0 || e.payments < 0)
            problems << QCoreApplication::translate("Cli", "The budget execution of %1 (%2) has a negative amount.")
                            .arg(e.year)
                            .arg(e.sourceCode);
    }
    for (const PlanData::UnknownCode &u : p.unknownCodes)
        problems << QCoreApplication::translate("Cli",
                                                "Row %1 of table %2 («%3»): the field %4 holds «%5», which is not one "
                                                "of its codes (%6); it is read as «%7».")
                        .arg(u.id)
                        .arg(u.table, u.item, u.column, u.value, u.allowed.join(u", "_s), u.readAs);
    for (const FinancialRecord &r : p.financialRecords) {
        if (r.amount < 0)
            problems << QCoreApplication::translate("Cli", "The revenue of %1 in %2 is negative.")
                            .arg(r.sourceCode)
                            .arg(r.year);
    }
    return problems;
}

int check(const Context &c, const Arguments &a)
{
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    const QStringList problems = domainProblems(*plan);
    if (plan->info.isDemo)
        c.out << demoBanner() << u"\n"_s;
    if (problems.isEmpty()) {
        c.out << QCoreApplication::translate("Cli", "Storage and domain checks passed: no problems found.") << Qt::endl;
        return Success;
    }
    for (const QString &problem : problems)
        c.out << problem << u"\n"_s;
    c.out.flush();
    c.err << QCoreApplication::translate("Cli", "%n problem(s) found.", nullptr, int(problems.size())) << Qt::endl;
    return PlanHasErrors;
}

int exportDoc(const Context &c, const Arguments &a)
{
    const QString doc = a.value(u"--doc"_s);
    const QString format = a.value(u"--format"_s);
    QString output = a.value(u"-o"_s);
    if (output.isEmpty())
        output = a.value(u"--output"_s);
    const bool all = a.has(u"--all"_s);
    if (all && (!doc.isEmpty() || !format.isEmpty())) {
        c.err << QCoreApplication::translate("Cli", "export --all writes every document: leave out --doc and --format.")
              << Qt::endl;
        return BadInput;
    }
    if (all ? output.isEmpty() : (doc.isEmpty() || format.isEmpty() || output.isEmpty())) {
        c.err << QCoreApplication::translate("Cli", "export needs --doc, --format and -o, or --all and -o FOLDER.")
              << Qt::endl;
        return BadInput;
    }
    report::ReportContext context;
    if (a.values.contains(u"--year"_s)) {
        bool ok = false;
        context.year = a.value(u"--year"_s).toInt(&ok);
        if (!ok || context.year <= 0) {
            c.err << QCoreApplication::translate("Cli", "--year needs a year, e.g. --year 2029.") << Qt::endl;
            return BadInput;
        }
    }
    context.office = a.value(u"--office"_s);
    // An existing file is replaced only when asked (docs/CLI.md): check every file before writing any.
    QStringList targets;
    if (all) {
        for (const QString &name : exporting::exportAllFileNames())
            targets.append(QDir(output).filePath(name));
    } else {
        targets.append(output);
    }
    if (refuseExisting(c, a, targets))
        return BadInput;
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    if (auto catalog = loadCatalog(c)) {
        std::shared_ptr<const Catalog> cat = *catalog;
        context.sectorName = [cat](const QString &code) {
            const CatalogSector *s = cat->sector(code);
            return s ? s->name : QString();
        };
        context.sourceName = [cat](const QString &code) {
            const CatalogFundingSource *s = cat->fundingSource(code);
            return s ? s->name : QString();
        };
        context.sdgName = [cat](int number) {
            const std::optional<CatalogSdg> s = cat->sdg(number);
            return s ? s->shortName : QString();
        };
    }
    if (all) {
        auto written = exporting::exportAll(*plan, output, context);
        if (!written)
            return fail(c, written.error());
        if (plan->info.isDemo)
            c.out << demoBanner() << u"\n"_s;
        for (const QString &name : *written)
            c.out << QCoreApplication::translate("Cli", "Written: %1").arg(QDir(output).filePath(name)) << u"\n"_s;
        c.out.flush();
        return Success;
    }
    if (auto s = exporting::exportDocument(*plan, doc, format, output, context); !s)
        return fail(c, s.error());
    if (plan->info.isDemo)
        c.out << demoBanner() << u"\n"_s;
    c.out << QCoreApplication::translate("Cli", "Written: %1").arg(output) << Qt::endl;
    return Success;
}

int efficacy(const Context &c, const Arguments &a)
{
    bool ok = false;
    const int year = a.value(u"--year"_s).toInt(&ok);
    if (!ok) {
        c.err << QCoreApplication::translate("Cli", "efficacy needs --year with a year, e.g. --year 2029.") << Qt::endl;
        return BadInput;
    }
    const QString by = a.values.value(u"--by"_s, u"linea"_s);
    static const QHash<QString, calc::GroupLevel> levels { { u"linea"_s, calc::GroupLevel::Line },
                                                           { u"programa"_s, calc::GroupLevel::Program },
                                                           { u"producto"_s, calc::GroupLevel::Product },
                                                           { u"sector"_s, calc::GroupLevel::Sector },
                                                           { u"dependencia"_s, calc::GroupLevel::Office } };
    if (!levels.contains(by)) {
        c.err << QCoreApplication::translate("Cli", "--by must be linea, programa, producto, sector or dependencia.")
              << Qt::endl;
        return BadInput;
    }
    const calc::GroupLevel level = levels.value(by);
    std::optional<calc::AggregationMethod> method;
    if (a.values.contains(u"--method"_s)) {
        method = calc::methodFromCode(a.value(u"--method"_s));
        if (!method) {
            QStringList codes;
            for (calc::AggregationMethod m : calc::aggregationMethods())
                codes << calc::methodCode(m);
            c.err << QCoreApplication::translate("Cli", "Unknown eficacia method «%1»; --method must be one of: %2.")
                         .arg(a.value(u"--method"_s), codes.join(u", "_s))
                  << Qt::endl;
            return BadInput;
        }
    }
    auto plan = loadPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    // Without --method, the method chosen for the plan (the follow-up view remembers it).
    calc::EfficacyOptions options;
    options.method = method.value_or(calc::planMethod(*plan));
    if (!plan->info.term.contains(year)) {
        c.err << QCoreApplication::translate("Cli", "The year %1 is outside the plan's period %2–%3.")
                     .arg(year)
                     .arg(plan->info.term.startYear)
                     .arg(plan->info.term.endYear())
              << Qt::endl;
        return BadInput;
    }
    const calc::EfficacyReport report = calc::computeEfficacy(*plan, year, options);
    QList<calc::GroupEfficacy> groups = report.groups(level);
    if (level == calc::GroupLevel::Sector) {
        // Sector names live in the catalog; without it the code stands alone.
        if (auto catalog = loadCatalog(c)) {
            for (calc::GroupEfficacy &g : groups) {
                if (const CatalogSector *sector = (*catalog)->sector(g.code))
                    g.name = sector->name;
            }
        }
    }
    if (a.has(u"--json"_s)) {
        QJsonArray list;
        for (const calc::GroupEfficacy &g : groups) {
            list.append(QJsonObject { { u"codigo"_s, g.code },
                                      { u"nombre"_s, g.name },
                                      { u"eficacia"_s, number(g.efficacy) },
                                      { u"avance_cuatrienio"_s, number(g.termProgress) },
                                      { u"categoria"_s, g.category.name },
                                      { u"ponderacion"_s, number(g.weight) },
                                      { u"color"_s, g.category.color.name() },
                                      { u"metas_programadas"_s, g.goalsProgrammed },
                                      { u"metas_reportadas"_s, g.goalsReported },
                                      { u"metas_sin_reporte"_s, g.goalsWithoutReport },
                                      { u"sobrecumplimiento"_s, number(g.overAchievement) } });
        }
        printJson(c,
                  { { u"anio"_s, year },
                    { u"por"_s, by },
                    { u"metodo"_s, calc::methodCode(report.method) },
                    { u"metodo_nombre"_s, calc::methodName(report.method) },
                    { u"plan"_s,
                      QJsonObject { { u"eficacia"_s, number(report.plan.efficacy) },
                                    { u"avance_cuatrienio"_s, number(report.plan.termProgress) },
                                    { u"categoria"_s, report.plan.category.name },
                                    { u"color"_s, report.plan.category.color.name() },
                                    { u"metas_programadas"_s, report.plan.goalsProgrammed },
                                    { u"metas_sin_reporte"_s, report.plan.goalsWithoutReport },
                                    { u"integridad_informacion"_s, number(report.informationIntegrity) } } },
                    { u"grupos"_s, list },
                    { u"demo"_s, plan->info.isDemo } });
        return Success;
    }
    if (plan->info.isDemo)
        c.out << demoBanner() << u"\n"_s;
    c.out << QCoreApplication::translate("Cli", "Eficacia %1: %2 (%3); four-year progress: %4")
                 .arg(year)
                 .arg(percentText(report.plan.efficacy), report.plan.category.name,
                      percentText(report.plan.termProgress))
          << u"\n"_s;
    c.out << QCoreApplication::translate("Cli", "Method: %1 (%2)")
                 .arg(calc::methodCode(report.method), calc::methodName(report.method))
          << u"\n"_s;
    for (const calc::GroupEfficacy &g : groups) {
        c.out << (g.code.isEmpty() ? QString() : g.code + u" "_s) << g.name << u": "_s << percentText(g.efficacy)
              << u" ("_s << g.category.name << u")\n"_s;
    }
    c.out.flush();
    return Success;
}

} // namespace

QList<Command> planCommands()
{
    return {
        { u"info"_s,
          QCoreApplication::translate("Cli", "info PLAN [--json]"),
          QCoreApplication::translate("Cli", "Entity, period, state, counts, total cost, versions."),
          {},
          { u"--json"_s },
          1,
          1,
          info },
        { u"validate"_s,
          QCoreApplication::translate("Cli", "validate PLAN [--json]"),
          QCoreApplication::translate(
              "Cli", "Every finding (ERROR / AVISO) with module, location and message; exit 1 if there is an ERROR."),
          {},
          { u"--json"_s },
          1,
          1,
          validatePlan },
        { u"check"_s,
          QCoreApplication::translate("Cli", "check PLAN"),
          QCoreApplication::translate("Cli", "Storage integrity and domain invariants; exit 1 if a problem is found."),
          {},
          {},
          1,
          1,
          check },
        { u"export"_s,
          QCoreApplication::translate("Cli",
                                      "export PLAN --doc DOC --format FORMAT -o OUT [--office OFFICE] [--year YEAR] "
                                      "[--force] | --all -o FOLDER "
                                      "[--force]"),
          QCoreApplication::translate("Cli",
                                      "Writes a document (pdf, xlsx, csv; the pdt as odt or pdf), or with --all every "
                                      "document in every format into a folder. See docs/CLI.md."),
          { u"--doc"_s, u"--format"_s, u"-o"_s, u"--output"_s, u"--office"_s, u"--year"_s },
          { u"--all"_s, u"--force"_s },
          1,
          1,
          exportDoc },
        { u"efficacy"_s,
          QCoreApplication::translate("Cli",
                                      "efficacy PLAN --year YEAR [--by linea|programa|producto|sector|dependencia] "
                                      "[--method ponderado|promedio|cuatrienio-tope] [--json]"),
          QCoreApplication::translate("Cli", "Eficacia and four-year progress with the EDI category."),
          { u"--year"_s, u"--by"_s, u"--method"_s },
          { u"--json"_s },
          1,
          1,
          efficacy },
    };
}

} // namespace planea::cli
