#pragma once

#include "domain/PlanData.h"
#include "report/ReportContext.h"
#include "util/Result.h"
#include "xlsx/XlsxWriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace planea {
class PlanStore;
class XlsxWorkbook;
} // namespace planea

namespace planea::kpt {

/// The KPT 2024-2027 workbook (DNP's Kit de Planeación Territorial export; DOMAIN.md §3.1, §4.1,
/// §7): sheets "LÍNEAS ESTRATÉGICAS", "INDICADORES DE RESULTADO", "INICIATIVAS SGR",
/// "PLAN INDICATIVO - PRODUCTOS" (two header rows, 86 columns, one row per product indicator) and
/// "PLAN INDICATIVO SGR". Planea adds a hidden sheet "PLANEA" with what the KPT layout cannot
/// carry (weights, baselines, trends, offices, links…), so that a plan exported and imported again
/// is the same plan; a workbook without it (made by the KPT itself) imports with defaults for
/// those fields. docs/KPT.md lists every column and field.

inline const QString LinesSheet = QStringLiteral("LÍNEAS ESTRATÉGICAS");
inline const QString WellbeingSheet = QStringLiteral("INDICADORES DE RESULTADO");
inline const QString RoyaltiesSheet = QStringLiteral("INICIATIVAS SGR");
inline const QString ProductsSheet = QStringLiteral("PLAN INDICATIVO - PRODUCTOS");
inline const QString RoyaltiesProductsSheet = QStringLiteral("PLAN INDICATIVO SGR");
inline const QString PlaneaSheet = QStringLiteral("PLANEA");

inline constexpr int ProductColumnCount = 86;
inline constexpr int ProductHeaderRows = 2;

/// The 14 funding sources of the KPT columns, in column order (fuentes_financiacion.csv codes).
const QStringList &kptSourceCodes();

/// Titles of the 86 columns of "PLAN INDICATIVO - PRODUCTOS" (second header row) for a term
/// starting in `startYear`.
QStringList productColumnTitles(int startYear);

struct ExportOptions
{
    report::ReportContext context; ///< sector and source names
    std::function<QString(int)> sdgName; ///< ODS name; empty leaves the column blank
};

XlsxWriter buildWorkbook(const PlanData &plan, const ExportOptions &options = {});
/// Writes the workbook to `path` atomically.
Status exportWorkbook(const PlanData &plan, const QString &path, const ExportOptions &options = {});

struct ImportOptions
{
    /// Used when the workbook does not say (a KPT export without Planea's sheet always gives the
    /// entity and the plan name; the term comes from the year columns).
    int startYear = 0;
    QString daneCode;
    QString entityName;
    QString departmentName; ///< only when the workbook does not give it
    QString catalogVersion;
};

struct ImportResult
{
    PlanData plan; ///< ids are local to this result
    QStringList notes; ///< what was assumed or skipped, in Spanish, one per line
    bool hadPlaneaSheet = false;
    int productRows = 0;
};

/// Reads a workbook already loaded. BadInput with sheet, row and reason when it is not a KPT workbook
/// or a row cannot be read; nothing is half read.
Result<ImportResult> readWorkbook(const XlsxWorkbook &book, const ImportOptions &options = {});
Result<ImportResult> readFile(const QString &path, const ImportOptions &options = {});

/// Writes `plan` (as readWorkbook or MatrixImport::read give it: local ids) into an empty, open plan
/// store, in one transaction; progress reports follow their goal by its local id.
Status writePlanContent(PlanStore &store, const PlanData &plan);

/// Reads the workbook and writes a new plan file at `planPath` (atomic: absent or complete).
Result<ImportResult> importToNewPlan(const QString &workbookPath, const QString &planPath,
                                     const ImportOptions &options = {}, bool overwrite = false);

} // namespace planea::kpt
