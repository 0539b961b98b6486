#include "PlanWriter.h"

#include "PlanRows.h"

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> PlanWriter::office(const QString &name)
{
    const QString trimmed = name.trimmed();
    auto existing = m_store.select(u"SELECT id FROM office WHERE name = ?"_s, { trimmed });
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->first().value(0).toLongLong();
    return m_store.insert(Table::Office, { { u"name"_s, trimmed } });
}

Result<qint64> PlanWriter::addTeamMember(const TeamMember &m)
{
    return m_store.insert(Table::TeamMember,
                          { { u"name"_s, m.name },
                            { u"position"_s, m.position },
                            { u"office"_s, m.office },
                            { u"role"_s, m.role },
                            { u"email"_s, m.email },
                            { u"phone"_s, m.phone },
                            { u"is_leader"_s, m.isLeader ? 1 : 0 },
                            { u"sort_order"_s, m.sortOrder } });
}

Result<qint64> PlanWriter::addChecklistItem(const ChecklistItem &item)
{
    return m_store.insert(Table::ChecklistItem,
                          { { u"code"_s, item.code },
                            { u"text"_s, item.text },
                            { u"done"_s, item.done ? 1 : 0 },
                            { u"evidence"_s, item.evidence },
                            { u"sort_order"_s, item.sortOrder } });
}

Status PlanWriter::setMilestone(const MilestoneRecord &m)
{
    return m_store.transaction([&]() -> Status {
        if (auto s = m_store.removeWhere(Table::Milestone, { { u"kind"_s, m.kind } }); !s)
            return s;
        auto id = m_store.insert(
            Table::Milestone,
            { { u"kind"_s, m.kind }, { u"actual_date"_s, date(m.actualDate) }, { u"note"_s, m.note } });
        if (!id)
            return id.error();
        return {};
    });
}

Result<qint64> PlanWriter::addLine(const StrategicLine &line)
{
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto inserted = m_store.insert(Table::StrategicLine,
                                       { { u"sort_order"_s, line.sortOrder },
                                         { u"name"_s, line.name },
                                         { u"description"_s, line.description },
                                         { u"weight"_s, opt(line.weight) } });
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (const QString &sector : line.sectorCodes) {
            if (auto s = m_store.upsert(Table::LineSector, { { u"line_id"_s, id }, { u"sector_code"_s, sector } }); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Result<qint64> PlanWriter::addWellbeingIndicator(const WellbeingIndicator &w)
{
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto inserted = m_store.insert(Table::WellbeingIndicator,
                                       { { u"line_id"_s, opt(w.lineId) },
                                         { u"name"_s, w.name },
                                         { u"unit"_s, w.unit },
                                         { u"sector_code"_s, w.sectorCode },
                                         { u"source"_s, w.source },
                                         { u"official_code"_s, w.officialCode },
                                         { u"direction"_s, toCode(w.direction) },
                                         { u"sdg"_s, opt(w.sdg) },
                                         { u"pnd_code"_s, opt(w.pndCode) },
                                         { u"is_prioritized"_s, w.isPrioritized ? 1 : 0 },
                                         { u"is_own"_s, w.isOwn ? 1 : 0 },
                                         { u"baseline"_s, opt(w.baseline) },
                                         { u"baseline_year"_s, opt(w.baselineYear) },
                                         { u"target"_s, opt(w.target) },
                                         { u"sort_order"_s, w.sortOrder } });
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (const IndicatorValue &v : w.values) {
            if (auto s = setIndicatorValue(id, v); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status PlanWriter::setIndicatorValue(qint64 indicatorId, const IndicatorValue &v)
{
    return m_store.upsert(Table::IndicatorValue,
                          { { u"indicator_id"_s, indicatorId },
                            { u"year"_s, v.year },
                            { u"value"_s, v.value },
                            { u"source"_s, v.source },
                            { u"department_value"_s, opt(v.departmentValue) },
                            { u"nation_value"_s, opt(v.nationValue) } });
}

Result<qint64> PlanWriter::addProblem(const ProblemAnalysis &p)
{
    return m_store.insert(Table::Problem,
                          { { u"line_id"_s, opt(p.lineId) },
                            { u"sector_code"_s, p.sectorCode },
                            { u"problem"_s, p.problem },
                            { u"causes"_s, p.causes },
                            { u"effects"_s, p.effects },
                            { u"affected_population"_s, p.affectedPopulation },
                            { u"location"_s, p.location } });
}

Result<qint64> PlanWriter::addCharacterization(const CharacterizationNote &n)
{
    return m_store.insert(Table::Characterization,
                          { { u"kind"_s, toCode(n.kind) }, { u"title"_s, n.title }, { u"content"_s, n.content } });
}

Status PlanWriter::setFinancialRecord(const FinancialRecord &r)
{
    return m_store.upsert(Table::FinancialRecord,
                          { { u"source_code"_s, r.sourceCode },
                            { u"year"_s, r.year },
                            { u"kind"_s, toCode(r.kind) },
                            { u"amount"_s, r.amount } });
}

Result<qint64> PlanWriter::addProgram(const BudgetProgram &p)
{
    return m_store.insert(Table::Program, rows::of(p));
}

Result<qint64> PlanWriter::addProduct(const Product &p)
{
    return m_store.insert(Table::Product, rows::of(p));
}

Result<qint64> PlanWriter::addIndicator(const ProductIndicator &i)
{
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto inserted = m_store.insert(Table::ProductIndicator, rows::of(i));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (const AnnualTarget &t : i.annualTargets) {
            if (auto s = setAnnualTarget(id, t); !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status PlanWriter::setAnnualTarget(qint64 indicatorId, const AnnualTarget &t)
{
    return m_store.upsert(Table::AnnualTarget,
                          { { u"indicator_id"_s, indicatorId },
                            { u"year"_s, t.year },
                            { u"value"_s, opt(t.value) },
                            { u"not_programmed"_s, t.notProgrammed ? 1 : 0 } });
}

Status PlanWriter::setInvestment(const InvestmentAmount &c)
{
    return m_store.upsert(Table::Investment,
                          { { u"product_id"_s, c.productId },
                            { u"year"_s, c.year },
                            { u"source_code"_s, c.sourceCode },
                            { u"amount"_s, c.amount } });
}

Status PlanWriter::setProgress(const ProgressReport &r)
{
    return m_store.upsert(Table::Progress,
                          { { u"indicator_id"_s, r.indicatorId },
                            { u"year"_s, r.year },
                            { u"period"_s, r.period },
                            { u"value"_s, opt(r.value) },
                            { u"evidence"_s, r.evidence },
                            { u"evidence_link"_s, r.evidenceLink } });
}

Status PlanWriter::setExecution(const BudgetExecution &e)
{
    return m_store.upsert(Table::BudgetExecution,
                          { { u"product_id"_s, e.productId },
                            { u"year"_s, e.year },
                            { u"source_code"_s, e.sourceCode },
                            { u"appropriation"_s, e.appropriation },
                            { u"commitments"_s, e.commitments },
                            { u"obligations"_s, e.obligations },
                            { u"payments"_s, e.payments } });
}

Result<qint64> PlanWriter::addRoyaltiesInitiative(const RoyaltiesInitiative &r)
{
    qint64 id = 0;
    auto status = m_store.transaction([&]() -> Status {
        auto inserted = m_store.insert(Table::RoyaltiesInitiative,
                                       { { u"code"_s, r.code },
                                         { u"line_id"_s, opt(r.lineId) },
                                         { u"kind"_s, r.kind },
                                         { u"sector_code"_s, r.sectorCode },
                                         { u"description"_s, r.description },
                                         { u"indicative_amount"_s, r.indicativeAmount },
                                         { u"bpin"_s, r.bpin } });
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (const BienniumAmount &b : r.programming) {
            if (auto s = m_store.upsert(
                    Table::RoyaltiesProgramming,
                    { { u"initiative_id"_s, id }, { u"start_year"_s, b.startYear }, { u"amount"_s, b.amount } });
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

} // namespace planea
