#pragma once

#include <QList>
#include <QString>

namespace planea {
class PlanDocument;
}

namespace planea::ui {

struct FundingSourceItem
{
    QString code;
    QString name;
};

/// The funding sources the PPI grid shows: the 14 KPT 2024 columns from the catalog, then any
/// other source the plan already uses (so no peso is ever hidden).
QList<FundingSourceItem> fundingSourcesFor(const PlanDocument &document);

} // namespace planea::ui
