#pragma once

#include "domain/PlanInfo.h"
#include "util/Result.h"

namespace planea::demo {

/// The demonstration plan's identity: Buenavista (Quindío, DANE 63111), category 6, 2028–2031,
/// marked isDemo and named as a demonstration.
PlanInfo demoPlanInfo();

/// Writes the demonstration plan to `path`: a complete, realistic small-municipality plan (lines,
/// diagnosis, strategic plan, investment plan within the financial projection, team, checklist,
/// and two years of follow-up). Atomic: afterwards `path` is either the complete plan or as it was.
Status writeDemoPlan(const QString &path, bool overwrite = false);

} // namespace planea::demo
