#include "FundingSources.h"

#include "catalog/Catalog.h"
#include "document/PlanDocument.h"

#include <QSet>

namespace planea::ui {

QList<FundingSourceItem> fundingSourcesFor(const PlanDocument &document)
{
    QList<FundingSourceItem> result;
    QSet<QString> seen;
    const Catalog *catalog = document.catalog();
    if (catalog) {
        for (const CatalogFundingSource &s : catalog->kptFundingSources()) {
            result.append({ s.code, s.name });
            seen.insert(s.code);
        }
    }
    auto addUsed = [&](const QString &code) {
        if (code.isEmpty() || seen.contains(code))
            return;
        seen.insert(code);
        const CatalogFundingSource *s = catalog ? catalog->fundingSource(code) : nullptr;
        result.append({ code, s ? s->name : code });
    };
    const PlanData &d = document.data();
    for (const InvestmentAmount &i : d.investments)
        addUsed(i.sourceCode);
    for (const FinancialRecord &r : d.financialRecords)
        addUsed(r.sourceCode);
    return result;
}

} // namespace planea::ui
