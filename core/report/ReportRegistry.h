#pragma once

#include "Report.h"
#include "ReportContext.h"

#include <QStringList>

#include <optional>

namespace planea {
struct PlanData;
}

namespace planea::report {

/// Every document code of the route (DESIGN.md, planea-cli export), whether or not this version
/// can build it yet.
QStringList allDocumentCodes();

/// The documents this version can compute as a table.
QStringList availableDocumentCodes();

/// The report for `documentCode`, or nothing if that document is not available as a table.
std::optional<Report> buildReport(const QString &documentCode, const PlanData &plan, const ReportContext &context = {});

} // namespace planea::report
