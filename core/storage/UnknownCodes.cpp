// Codes in the file outside their column's table: found on every read, reported by validation
// (issue 19 item 7: a bit-flipped «AUMMNTAR» used to read silently as AUMENTAR).
#include "PartialReload.h"
#include "PlanStore.h"
#include "domain/Enums.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

struct CodeColumn
{
    unsigned part; ///< the plan_part whose re-read rescans it
    QString table;
    QString column;
    QString item; ///< SQL giving what the row is, for the message
    QStringList (*allowed)();
    std::function<bool(const QString &)> known;
    QString readAs; ///< the default the reader uses for an unknown code
};

const QList<CodeColumn> &codeColumns()
{
    using namespace plan_part;
    static const QList<CodeColumn> columns {
        { Info, u"plan"_s, u"entity_type"_s, u"entity_name"_s, entityTypeCodes,
          [](const QString &c) { return entityTypeFromCode(c).has_value(); }, toCode(EntityType::Municipality) },
        { Info, u"plan"_s, u"workflow_state"_s, u"entity_name"_s, workflowStateCodes,
          [](const QString &c) { return workflowStateFromCode(c).has_value(); }, toCode(WorkflowState::Draft) },
        { Info, u"plan"_s, u"progress_period"_s, u"entity_name"_s, progressPeriodUnitCodes,
          [](const QString &c) { return progressPeriodUnitFromCode(c).has_value(); },
          toCode(ProgressPeriodUnit::Annual) },
        { Indicators, u"product_indicator"_s, u"accumulation"_s, u"code"_s, accumulationTypeCodes,
          [](const QString &c) { return accumulationTypeFromCode(c).has_value(); },
          toCode(AccumulationType::Cumulative) },
        { Indicators, u"product_indicator"_s, u"trend"_s, u"code"_s, trendCodes,
          [](const QString &c) { return trendFromCode(c).has_value(); }, toCode(Trend::Increase) },
        { Wellbeing, u"wellbeing_indicator"_s, u"direction"_s, u"name"_s, directionCodes,
          [](const QString &c) { return directionFromCode(c).has_value(); }, toCode(Direction::Increase) },
        { Characterization, u"characterization"_s, u"kind"_s, u"title"_s, characterizationKindCodes,
          [](const QString &c) { return characterizationKindFromCode(c).has_value(); },
          toCode(CharacterizationKind::Other) },
    };
    return columns;
}

} // namespace

Status readUnknownCodes(const PlanStore &store, PlanData &data, unsigned parts)
{
    for (const CodeColumn &c : codeColumns()) {
        if (!(parts & c.part))
            continue;
        data.unknownCodes.removeIf(
            [&c](const PlanData::UnknownCode &u) { return u.table == c.table && u.column == c.column; });
        // Only the rows whose code is not already exact are brought back (usually none).
        QStringList placeholders;
        QVariantList allowed;
        for (const QString &code : c.allowed()) {
            placeholders.append(u"?"_s);
            allowed.append(code);
        }
        auto rows = store.select(u"SELECT id, %1, %2 FROM %3 WHERE %2 NOT IN (%4) ORDER BY id"_s.arg(
                                     c.item, c.column, c.table, placeholders.join(u", "_s)),
                                 allowed);
        if (!rows)
            return rows.error();
        for (const QVariantList &r : *rows) {
            const QString value = r[2].toString();
            if (c.known(value))
                continue; // lower case or spaces: read correctly
            data.unknownCodes.append(
                { c.table, r[0].toLongLong(), r[1].toString(), c.column, value, c.readAs, c.allowed() });
        }
    }
    return {};
}

} // namespace planea
