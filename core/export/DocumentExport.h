#pragma once

#include "CsvOptions.h"
#include "report/ReportContext.h"
#include "util/Result.h"

namespace planea {
struct PlanData;
}

namespace planea::exporting {

/// Computes document `documentCode` from the plan and writes it in `formatCode` to `path`
/// atomically: the file ends up complete or is left as it was. A document or format this version
/// does not offer is a BadInput error that says so.
Status exportDocument(const PlanData &plan, const QString &documentCode, const QString &formatCode, const QString &path,
                      const report::ReportContext &context = {});

} // namespace planea::exporting
