// planea-cli commands that bring in files entities already have: DNP's MGA catalog (CSV or XLSX), the
// KPT 2024-2027 workbook, any other plan or follow-up spreadsheet (with a JSON mapping).
#include "Cli.h"
#include "backup/BackupManager.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogMove.h"
#include "document/PlanDocument.h"
#include "exchange/KptWorkbook.h"
#include "exchange/MatrixImport.h"
#include "storage/PlanStore.h"
#include "xlsx/MgaCatalogXlsx.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

/// Why import-matrix wrote nothing: some rows could not be read and skipping was not asked for.
QString refusalText(int badRows)
{
    return QCoreApplication::translate("Cli",
                                       "%n row(s) cannot be read: nothing was imported. Correct them in the "
                                       "spreadsheet, or use --skip-bad-rows to import the other rows.",
                                       nullptr, badRows);
}

QJsonArray entriesJson(const QList<CatalogDiff::Entry> &entries)
{
    QJsonArray list;
    for (const CatalogDiff::Entry &e : entries)
        list.append(
            QJsonObject { { u"tipo"_s, catalogKindCode(e.kind) }, { u"codigo"_s, e.code }, { u"nombre"_s, e.name } });
    return list;
}

/// The text report lists at most this many items of each change; --json lists them all.
constexpr qsizetype kListedEntries = 20;

void printEntries(const Context &c, const QString &mark, const QList<CatalogDiff::Entry> &entries)
{
    if (entries.size() > kListedEntries) {
        // A partial catalog leaves thousands of base items out: say how many of each kind first.
        QList<CatalogKind> kinds;
        QHash<CatalogKind, int> counts;
        for (const CatalogDiff::Entry &e : entries) {
            if (!counts.contains(e.kind))
                kinds.append(e.kind);
            ++counts[e.kind];
        }
        QStringList parts;
        for (const CatalogKind kind : kinds)
            parts.append(catalogKindDisplayName(kind) + u": "_s + QString::number(counts.value(kind)));
        c.out << u"  "_s << mark << u" "_s << parts.join(u"; "_s) << u"\n"_s;
    }
    for (qsizetype i = 0; i < entries.size() && i < kListedEntries; ++i) {
        const CatalogDiff::Entry &e = entries.at(i);
        c.out << u"  "_s << mark << u" "_s << catalogKindDisplayName(e.kind) << u" "_s << e.code << u" "_s << e.name
              << u"\n"_s;
    }
    if (entries.size() > kListedEntries) {
        c.out << u"  "_s << mark << u" "_s
              << QCoreApplication::translate("Cli", "… and %1 more (--json lists them all).")
                     .arg(entries.size() - kListedEntries)
              << u"\n"_s;
    }
}

int importCatalog(const Context &c, const Arguments &a)
{
    auto result = MgaCatalogXlsx::import(a.positional.value(0), c.dataDir, a.value(u"--sheet"_s));
    if (!result)
        return fail(c, result.error());
    const MgaImportResult &r = *result;
    const bool unchanged = r.version.id == r.previousVersion;
    if (a.has(u"--json"_s)) {
        QJsonArray renamed;
        for (const CatalogDiff::Renamed &e : r.diff.renamed) {
            renamed.append(QJsonObject { { u"tipo"_s, catalogKindCode(e.kind) },
                                         { u"codigo"_s, e.code },
                                         { u"nombre_anterior"_s, e.oldName },
                                         { u"nombre_nuevo"_s, e.newName } });
        }
        printJson(c,
                  { { u"version"_s, r.version.id },
                    { u"version_anterior"_s, r.previousVersion },
                    { u"archivo"_s, r.version.sourceName },
                    { u"sin_cambios"_s, unchanged },
                    { u"filas"_s, r.rows },
                    { u"productos"_s, r.version.products },
                    { u"indicadores_producto"_s, r.version.productIndicators },
                    { u"agregados"_s, entriesJson(r.diff.added) },
                    { u"renombrados"_s, renamed },
                    { u"desactivados"_s, entriesJson(r.diff.deactivated) } });
        return Success;
    }
    if (unchanged) {
        c.out << QCoreApplication::translate("Cli", "This catalog is already the newest version (%1): nothing changed.")
                     .arg(r.version.id)
              << Qt::endl;
        return Success;
    }
    c.out << QCoreApplication::translate("Cli", "Catalog version imported: %1 (from %2)")
                 .arg(r.version.id, r.version.sourceName)
          << u"\n"_s << QCoreApplication::translate("Cli", "Previous version: %1").arg(r.previousVersion) << u"\n"_s
          << QCoreApplication::translate("Cli", "Rows: %1; products: %2; product indicators: %3")
                 .arg(r.rows)
                 .arg(r.version.products)
                 .arg(r.version.productIndicators)
          << u"\n"_s
          << QCoreApplication::translate("Cli", "Added: %1; renamed: %2; deactivated: %3")
                 .arg(r.diff.added.size())
                 .arg(r.diff.renamed.size())
                 .arg(r.diff.deactivated.size())
          << u"\n"_s;
    printEntries(c, u"+"_s, r.diff.added);
    for (const CatalogDiff::Renamed &e : r.diff.renamed)
        c.out << u"  ~ "_s << catalogKindDisplayName(e.kind) << u" "_s << e.code << u" "_s << e.oldName << u" → "_s
              << e.newName << u"\n"_s;
    printEntries(c, u"-"_s, r.diff.deactivated);
    c.out << QCoreApplication::translate("Cli",
                                         "Plans keep the catalog version they were built with until you move them "
                                         "to this one.")
          << Qt::endl;
    return Success;
}

int importKpt(const Context &c, const Arguments &a)
{
    QString output = a.value(u"-o"_s);
    if (output.isEmpty())
        output = a.value(u"--output"_s);
    if (output.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "import-kpt needs -o NEW.planea.") << Qt::endl;
        return BadInput;
    }
    kpt::ImportOptions options;
    options.daneCode = a.value(u"--dane"_s).trimmed();
    options.entityName = a.value(u"--entidad"_s).trimmed();
    if (a.values.contains(u"--inicio"_s)) {
        bool ok = false;
        options.startYear = a.value(u"--inicio"_s).toInt(&ok);
        if (!ok || options.startYear < 1990 || options.startYear > 2100) {
            c.err << QCoreApplication::translate("Cli", "--inicio must be a year, e.g. 2028.") << Qt::endl;
            return BadInput;
        }
    }
    auto result = kpt::importToNewPlan(a.positional.value(0), output, options);
    if (!result)
        return fail(c, result.error());
    const PlanData &plan = result->plan;
    if (a.has(u"--json"_s)) {
        QJsonArray notes;
        for (const QString &n : result->notes)
            notes.append(n);
        printJson(c,
                  { { u"plan"_s, output },
                    { u"entidad"_s, plan.info.entity.name },
                    { u"codigo_dane"_s, plan.info.entity.daneCode },
                    { u"inicio"_s, plan.info.term.startYear },
                    { u"lineas"_s, plan.lines.size() },
                    { u"programas"_s, plan.programs.size() },
                    { u"productos"_s, plan.products.size() },
                    { u"indicadores_producto"_s, plan.indicators.size() },
                    { u"iniciativas_sgr"_s, plan.royalties.size() },
                    { u"hoja_planea"_s, result->hadPlaneaSheet },
                    { u"notas"_s, notes } });
        return Success;
    }
    c.out << QCoreApplication::translate("Cli", "New plan written: %1").arg(output) << u"\n"_s
          << QCoreApplication::translate("Cli", "%1 (%2), %3-%4")
                 .arg(plan.info.entity.name, plan.info.entity.daneCode)
                 .arg(plan.info.term.startYear)
                 .arg(plan.info.term.endYear())
          << u"\n"_s
          << QCoreApplication::translate(
                 "Cli", "Lines: %1; programs: %2; products: %3; product indicators: %4; SGR initiatives: %5")
                 .arg(plan.lines.size())
                 .arg(plan.programs.size())
                 .arg(plan.products.size())
                 .arg(plan.indicators.size())
                 .arg(plan.royalties.size())
          << u"\n"_s;
    for (const QString &n : result->notes)
        c.out << u"  · "_s << n << u"\n"_s;
    c.out.flush();
    return Success;
}

int catalogMove(const Context &c, const Arguments &a)
{
    const QString path = a.positional.value(0);
    const bool dryRun = a.has(u"--dry-run"_s);
    // Planned on a read-only copy of the plan: a dry run or a refused move never touches the file.
    auto plan = loadPlan(c, path);
    if (!plan)
        return fail(c, plan.error());
    auto move = CatalogMover::planMove(*plan, c.dataDir, a.value(u"--version"_s));
    if (!move)
        return fail(c, move.error());
    const int renamed = move->count(CatalogMoveChange::Kind::Renamed);
    const int deactivated = move->count(CatalogMoveChange::Kind::Deactivated);
    bool moved = false;
    if (!dryRun && !move->alreadyThere()) {
        // The same edit as the GUI's: the core document's, in one transaction.
        int exitCode = Success;
        auto doc = openForEditing(c, path, exitCode);
        if (!doc)
            return exitCode;
        PlanStore &store = doc->store();
        // The plan as it was is kept among its backups: the move can be undone by restoring it.
        BackupManager backups(c.dataDir);
        if (auto b = backups.backup(store, u"catalog-move"_s, false); !b)
            return fail(c, b.error());
        if (auto s = doc->moveToCatalog(*move); !s)
            return fail(c, s.error());
        moved = true;
    }
    if (a.has(u"--json"_s)) {
        QJsonArray changes;
        for (const CatalogMoveChange &ch : move->changes) {
            changes.append(QJsonObject {
                { u"cambio"_s, ch.kind == CatalogMoveChange::Kind::Renamed ? u"renombrado"_s : u"desactivado"_s },
                { u"tipo"_s, catalogKindCode(ch.catalogKind) },
                { u"codigo"_s, ch.code },
                { u"nombre_en_el_plan"_s, ch.planName },
                { u"nombre_nuevo"_s, ch.newName } });
        }
        printJson(c,
                  { { u"version_anterior"_s, move->fromVersion },
                    { u"version_nueva"_s, move->toVersion },
                    { u"ya_estaba"_s, move->alreadyThere() },
                    { u"movido"_s, moved },
                    { u"renombrados"_s, renamed },
                    { u"desactivados"_s, deactivated },
                    { u"cambios"_s, changes } });
        return Success;
    }
    if (move->alreadyThere()) {
        c.out << QCoreApplication::translate("Cli", "The plan already uses catalog version %1: nothing to move.")
                     .arg(move->toVersion)
              << Qt::endl;
        return Success;
    }
    c.out << QCoreApplication::translate("Cli", "Catalog version: %1 → %2")
                 .arg(move->fromVersion.isEmpty() ? QCoreApplication::translate("Cli", "not recorded")
                                                  : move->fromVersion,
                      move->toVersion)
          << u"\n"_s
          << QCoreApplication::translate("Cli", "Plan items renamed: %1; deactivated: %2").arg(renamed).arg(deactivated)
          << u"\n"_s;
    for (const CatalogMoveChange &ch : move->changes) {
        if (ch.kind == CatalogMoveChange::Kind::Renamed)
            c.out << u"  ~ "_s << catalogKindDisplayName(ch.catalogKind) << u" "_s << ch.code << u" "_s << ch.planName
                  << u" → "_s << ch.newName << u"\n"_s;
        else
            c.out << u"  - "_s << catalogKindDisplayName(ch.catalogKind) << u" "_s << ch.code << u" "_s << ch.planName
                  << u" "_s << QCoreApplication::translate("Cli", "(inactive in the new version; the plan keeps it)")
                  << u"\n"_s;
    }
    c.out << (dryRun ? QCoreApplication::translate("Cli", "Dry run: the plan was not changed.")
                     : QCoreApplication::translate("Cli",
                                                   "The plan now uses catalog version %1 (a backup of the plan as "
                                                   "it was was made first).")
                           .arg(move->toVersion))
          << Qt::endl;
    return Success;
}

QJsonObject summaryJson(const matrix::MatrixSummary &s)
{
    return { { u"hojas"_s, s.sheetsRead },
             { u"filas_leidas"_s, s.rowsRead },
             { u"filas_con_error"_s, s.badRows },
             { u"filas_vacias"_s, s.emptyRows },
             { u"filas_total"_s, s.totalRows },
             { u"encabezados_repetidos"_s, s.repeatedHeaderRows },
             { u"filas_titulo"_s, s.sectionRows },
             { u"lineas"_s, s.lines },
             { u"programas"_s, s.programs },
             { u"productos"_s, s.products },
             { u"indicadores_producto"_s, s.indicators },
             { u"metas_anuales"_s, s.annualTargets },
             { u"celdas_recursos"_s, s.resourceCells },
             { u"avances"_s, s.progressValues },
             { u"avances_nuevos"_s, s.progressNew },
             { u"avances_cambiados"_s, s.progressChanged },
             { u"avances_sin_cambio"_s, s.progressUnchanged },
             { u"indicadores_con_avance"_s, s.indicatorsTouched } };
}

int importMatrix(const Context &c, const Arguments &a)
{
    const QString output = a.value(u"-o"_s).isEmpty() ? a.value(u"--output"_s) : a.value(u"-o"_s);
    const QString into = a.value(u"--into"_s);
    if (output.isEmpty() == into.isEmpty()) {
        c.err << QCoreApplication::translate("Cli",
                                             "import-matrix needs either -o NEW.planea (a new plan) or --into "
                                             "PLAN.planea (progress into an existing plan).")
              << Qt::endl;
        return BadInput;
    }
    if (a.value(u"--mapping"_s).isEmpty()) {
        c.err << QCoreApplication::translate("Cli",
                                             "import-matrix needs --mapping MAP.json (see docs/IMPORT_MAPPING.md).")
              << Qt::endl;
        return BadInput;
    }
    auto mapping = matrix::MatrixMapping::load(a.value(u"--mapping"_s));
    if (!mapping)
        return fail(c, mapping.error());
    if (!a.value(u"--dane"_s).trimmed().isEmpty())
        mapping->plan.daneCode = a.value(u"--dane"_s).trimmed();
    if (!a.value(u"--entidad"_s).trimmed().isEmpty())
        mapping->plan.entityName = a.value(u"--entidad"_s).trimmed();
    if (a.values.contains(u"--inicio"_s)) {
        bool ok = false;
        mapping->plan.startYear = a.value(u"--inicio"_s).toInt(&ok);
        if (!ok || mapping->plan.startYear < 1990 || mapping->plan.startYear > 2100) {
            c.err << QCoreApplication::translate("Cli", "--inicio must be a year, e.g. 2028.") << Qt::endl;
            return BadInput;
        }
    }
    const bool dryRun = a.has(u"--dry-run"_s);
    const bool skip = a.has(u"--skip-bad-rows"_s);

    Result<matrix::MatrixImport::Outcome> outcome = Error::internal({});
    std::unique_ptr<PlanStore> store;
    if (!output.isEmpty()) {
        // Names and units the spreadsheet leaves empty come from the MGA catalog.
        auto catalog = loadCatalog(c);
        if (!catalog)
            return fail(c, catalog.error());
        if (Status mga = (*catalog)->mgaStatus(); !mga)
            return fail(c, mga.error());
        outcome = matrix::MatrixImport::importToNewPlan(a.positional.value(0), *mapping, output, dryRun, skip, false,
                                                        catalog->get());
        if (outcome && !outcome->refusal.isEmpty())
            outcome->refusal = refusalText(int(outcome->read.problems.size()));
    } else {
        // Read with the plan open read-only: a dry run or a refused import never opens it for
        // writing, so the file stays byte for byte as it was.
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reading = PlanStore::open(into, readOnly);
        if (!reading)
            return fail(c, reading.error());
        outcome = matrix::MatrixImport::importProgress(a.positional.value(0), *mapping, **reading, nullptr, true, skip);
        reading->reset();
        const bool refused = outcome && outcome->read.hasProblems() && !skip;
        if (outcome && !dryRun && !refused) {
            auto opened = PlanStore::open(into);
            if (!opened)
                return fail(c, opened.error());
            store = std::move(*opened);
            if (!c.actor.isEmpty())
                store->setActor(c.actor);
            if (store->isReadOnly()) {
                c.err << store->openNotice() << Qt::endl;
                return BadInput;
            }
            BackupManager backups(c.dataDir);
            // Read again from the plan now held for writing (another program may have changed it).
            outcome
                = matrix::MatrixImport::importProgress(a.positional.value(0), *mapping, *store, &backups, false, skip);
        } else if (outcome && refused && !dryRun) {
            outcome->refusal = refusalText(int(outcome->read.problems.size()));
        }
    }
    if (!outcome)
        return fail(c, outcome.error());
    const matrix::MatrixReadResult &r = outcome->read;
    const int code = outcome->written || (dryRun && !r.hasProblems()) || (dryRun && skip) ? Success : BadInput;

    if (a.has(u"--json"_s)) {
        QJsonArray problems;
        for (const matrix::RowProblem &p : r.problems)
            problems.append(QJsonObject { { u"hoja"_s, p.sheet }, { u"fila"_s, p.row }, { u"motivo"_s, p.reason } });
        QJsonArray notes;
        for (const QString &n : r.notes)
            notes.append(n);
        printJson(c,
                  { { u"modo"_s, output.isEmpty() ? u"avance"_s : u"nuevo_plan"_s },
                    { u"plan"_s, output.isEmpty() ? into : output },
                    { u"simulacion"_s, dryRun },
                    { u"importado"_s, outcome->written },
                    { u"rechazo"_s, outcome->refusal },
                    { u"resumen"_s, summaryJson(r.summary) },
                    { u"filas_con_error"_s, problems },
                    { u"notas"_s, notes } });
        return code;
    }
    for (const matrix::RowProblem &p : r.problems)
        c.out << QCoreApplication::translate("Cli", "Sheet «%1», row %2: %3").arg(p.sheet).arg(p.row).arg(p.reason)
              << u"\n"_s;
    for (const QString &line : matrix::MatrixImport::summaryLines(r))
        c.out << line << u"\n"_s;
    if (dryRun)
        c.out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << u"\n"_s;
    else if (outcome->written && !output.isEmpty())
        c.out << QCoreApplication::translate("Cli", "New plan written: %1").arg(output) << u"\n"_s;
    else if (outcome->written)
        c.out << QCoreApplication::translate("Cli", "Progress imported into %1 (a backup was made first).").arg(into)
              << u"\n"_s;
    c.out.flush();
    if (!outcome->refusal.isEmpty())
        c.err << outcome->refusal << Qt::endl;
    return code;
}

} // namespace

QList<Command> importCommands()
{
    return {
        { u"import-catalog"_s,
          QCoreApplication::translate("Cli", "import-catalog FILE [--sheet NAME] [--json]"),
          QCoreApplication::translate("Cli",
                                      "Imports DNP's MGA catalog (.xlsx workbook or CSV) as a new catalog version "
                                      "and reports what was added, renamed or deactivated."),
          { u"--sheet"_s },
          { u"--json"_s },
          1,
          1,
          importCatalog },
        { u"import-kpt"_s,
          QCoreApplication::translate("Cli",
                                      "import-kpt BOOK.xlsx -o NEW.planea [--dane CODE] [--entidad NAME] "
                                      "[--inicio YEAR] [--json]"),
          QCoreApplication::translate("Cli",
                                      "Makes a new plan from a KPT 2024-2027 workbook (the file is written "
                                      "complete or not at all)."),
          { u"-o"_s, u"--output"_s, u"--dane"_s, u"--entidad"_s, u"--inicio"_s },
          { u"--json"_s },
          1,
          1,
          importKpt },
        { u"catalog move"_s,
          QCoreApplication::translate("Cli", "catalog move PLAN [--version V] [--dry-run] [--json]"),
          QCoreApplication::translate("Cli",
                                      "Moves the plan to the newest MGA catalog version (or V): shows the plan "
                                      "items renamed or deactivated, takes the new names and records the version. "
                                      "A backup of the plan is made first."),
          { u"--version"_s },
          { u"--dry-run"_s, u"--json"_s },
          1,
          1,
          catalogMove },
        { u"import-matrix"_s,
          QCoreApplication::translate("Cli",
                                      "import-matrix FILE --mapping MAP.json (-o NEW.planea | --into PLAN.planea) "
                                      "[--dry-run] [--skip-bad-rows] [--dane CODE] [--entidad NAME] [--inicio YEAR] "
                                      "[--json]"),
          QCoreApplication::translate("Cli",
                                      "Imports any plan or follow-up spreadsheet (.xlsx or CSV) with a column mapping "
                                      "(docs/IMPORT_MAPPING.md): a new plan, or progress into an existing plan. All "
                                      "or nothing: if a row cannot be read nothing is written, unless "
                                      "--skip-bad-rows. --dry-run lists the rows it cannot read and what would be "
                                      "imported."),
          { u"-o"_s, u"--output"_s, u"--into"_s, u"--mapping"_s, u"--dane"_s, u"--entidad"_s, u"--inicio"_s },
          { u"--json"_s, u"--dry-run"_s, u"--skip-bad-rows"_s },
          1,
          1,
          importMatrix },
    };
}

} // namespace planea::cli
