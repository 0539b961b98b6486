#include "DemoPlan.h"

#include "DemoPlanData.h"
#include "DemoPlanNarrative.h"
#include "catalog/Catalog.h"
#include "storage/PlanWriter.h"

#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::demo {

namespace {

constexpr Money Million = 1'000'000;
constexpr int FirstYear = 2028;

/// Budget execution rates (per mille of the appropriation) for the two years with follow-up:
/// commitments ≥ obligations ≥ payments, lower in the year still closing.
struct ExecutionRates
{
    int year;
    int commitments;
    int obligations;
    int payments;
};
constexpr ExecutionRates Rates[] = { { 2028, 960, 920, 880 }, { 2029, 930, 850, 760 } };

/// Where each prioritised result indicator stood in the two years with follow-up, as the fraction
/// of the way from its baseline to its target (negative: it moved the wrong way). NaN: the
/// source has not published the year yet (DANE's IPM and DNP's MDM come out late).
struct ResultPath
{
    QStringView key;
    double fraction[2]; ///< 2028, 2029
};
const ResultPath ResultPaths[] = {
    { u"PENTA", { 0.30, 0.55 } },  { u"FEC", { 0.20, 0.40 } },   { u"RSUB", { 0.50, 0.80 } },
    { u"DESER", { 0.25, -0.15 } }, { u"MEDIA", { 0.15, 0.35 } }, { u"CULT", { 0.40, 0.70 } },
    { u"DEP", { 0.30, 0.60 } },    { u"IPM", { 0.10, NAN } },    { u"DESJ", { 0.20, 0.30 } },
    { u"HURTO", { -0.20, 0.10 } }, { u"VIF", { 0.25, 0.45 } },   { u"IDF", { 0.40, 0.50 } },
    { u"MDM", { 0.30, NAN } },     { u"IDI", { 0.35, 0.60 } },   { u"VIAS", { 0.20, 0.50 } },
    { u"ACUE", { 0.30, 0.60 } },   { u"ALCA", { 0.15, 0.30 } },  { u"IRCA", { 0.50, 0.75 } },
    { u"DEFOR", { 0.20, 0.40 } },  { u"ECOS", { 0.25, 0.50 } },
};

Status fill(PlanStore &store)
{
    PlanWriter writer(store);

    QHash<QString, qint64> offices;
    for (const auto &office : narrative::offices()) {
        auto id = writer.office(office.name.toString());
        if (!id)
            return id.error();
        offices.insert(office.key.toString(), *id);
    }
    for (const TeamMember &member : narrative::team()) {
        if (auto r = writer.addTeamMember(member); !r)
            return r.error();
    }
    for (const ChecklistItem &item : narrative::checklist()) {
        if (auto r = writer.addChecklistItem(item); !r)
            return r.error();
    }
    for (const MilestoneRecord &milestone : narrative::milestones()) {
        if (auto s = writer.setMilestone(milestone); !s)
            return s;
    }

    QList<qint64> lineIds;
    int order = 0;
    for (const auto &spec : narrative::lines()) {
        StrategicLine line;
        line.sortOrder = ++order;
        line.name = spec.name.toString();
        line.description = spec.description.toString();
        line.weight = spec.weight;
        for (QStringView sector : spec.sectors)
            line.sectorCodes.append(sector.toString());
        auto id = writer.addLine(line);
        if (!id)
            return id.error();
        lineIds.append(*id);
    }

    QHash<QString, qint64> wellbeing;
    order = 0;
    for (const auto &spec : narrative::wellbeing()) {
        WellbeingIndicator w;
        if (spec.line > 0)
            w.lineId = lineIds.value(spec.line - 1);
        w.name = spec.name.toString();
        w.unit = spec.unit.toString();
        w.sectorCode = spec.sector.toString();
        w.source = spec.source.toString();
        w.direction = spec.increase ? Direction::Increase : Direction::Decrease;
        w.sdg = spec.sdg;
        w.isPrioritized = spec.line > 0;
        w.sortOrder = ++order;
        for (int i = 0; i < 8; ++i)
            w.values.append({ 2019 + i, spec.values[i], w.source });
        if (w.isPrioritized) {
            w.baselineYear = spec.baselineYear;
            w.baseline = spec.values[spec.baselineYear - 2019];
            w.target = spec.target;
            // The follow-up years: rounded like the series (whole numbers stay whole).
            for (const ResultPath &path : ResultPaths) {
                if (path.key != spec.key)
                    continue;
                const bool whole = std::floor(*w.baseline) == *w.baseline && std::floor(*w.target) == *w.target;
                for (int i = 0; i < 2; ++i) {
                    if (std::isnan(path.fraction[i]))
                        continue;
                    const double raw = *w.baseline + (*w.target - *w.baseline) * path.fraction[i];
                    const double value = whole ? std::round(raw) : std::round(raw * 10.0) / 10.0;
                    w.values.append({ FirstYear + i, value, w.source });
                }
            }
        }
        auto id = writer.addWellbeingIndicator(w);
        if (!id)
            return id.error();
        wellbeing.insert(spec.key.toString(), *id);
    }
    for (const ProblemAnalysis &problem : narrative::problems(lineIds)) {
        if (auto r = writer.addProblem(problem); !r)
            return r.error();
    }
    for (const CharacterizationNote &note : narrative::characterization()) {
        if (auto r = writer.addCharacterization(note); !r)
            return r.error();
    }
    for (const auto &finance : data::finance()) {
        for (int i = 0; i < 4; ++i) {
            if (auto s = writer.setFinancialRecord({ finance.source.toString(), 2024 + i,
                                                     FinancialRecordKind::Historical, finance.history[i] * Million });
                !s)
                return s;
            if (auto s
                = writer.setFinancialRecord({ finance.source.toString(), FirstYear + i, FinancialRecordKind::Projection,
                                              finance.projection[i] * Million });
                !s)
                return s;
        }
    }

    QHash<QString, qint64> programs;
    order = 0;
    for (const auto &spec : narrative::programs()) {
        BudgetProgram program;
        program.lineId = lineIds.value(spec.line - 1);
        program.code = spec.code.toString();
        program.name = spec.name.toString();
        program.objective = spec.objective.toString();
        program.weight = spec.weight;
        program.sortOrder = ++order;
        auto id = writer.addProgram(program);
        if (!id)
            return id.error();
        programs.insert(program.code, *id);
    }

    // Products: the cost is spread over years and sources by whole percentages, so every
    // investment-plan cell is an exact number of pesos and the cells add up to the cost.
    QHash<QString, qint64> products;
    QHash<qint64, QList<InvestmentAmount>> cellsOf;
    order = 0;
    for (const auto &spec : data::products()) {
        Product product;
        product.programId = programs.value(spec.program.toString());
        product.code = spec.code.toString();
        product.name = spec.name.toString();
        product.isOwn = spec.isOwn;
        product.cost = spec.costMillions * Million;
        product.bpin = u"2028631110"_s + spec.code.right(3);
        product.sortOrder = ++order;
        auto id = writer.addProduct(product);
        if (!id)
            return id.error();
        products.insert(product.code, *id);
        for (int i = 0; i < 4; ++i) {
            if (spec.yearShares[i] == 0)
                continue;
            for (const auto &[source, share] : spec.sourceShares) {
                const Money amount = Money(spec.costMillions) * 100 * spec.yearShares[i] * share;
                InvestmentAmount cell { *id, FirstYear + i, source.toString(), amount };
                if (auto s = writer.setInvestment(cell); !s)
                    return s;
                cellsOf[*id].append(cell);
            }
        }
    }

    order = 0;
    for (const auto &spec : data::indicators()) {
        ProductIndicator indicator;
        indicator.productId = products.value(spec.product.toString());
        indicator.code = spec.code.toString();
        indicator.name = spec.name.toString();
        indicator.unit = spec.unit.toString();
        indicator.isOwn = spec.code.mid(4, 1) == u"9"_s; // own products are numbered 9xx
        indicator.baseline = spec.baseline;
        indicator.accumulation = accumulationTypeFromCode(spec.accumulation.toString()).value();
        switch (indicator.accumulation) {
        case AccumulationType::Maintenance:
            indicator.trend = Trend::Maintain;
            break;
        case AccumulationType::Reduction:
        case AccumulationType::AnnualReduction:
            indicator.trend = Trend::Decrease;
            break;
        default:
            indicator.trend = Trend::Increase;
        }
        double sum = 0;
        double last = 0;
        for (int i = 0; i < 4; ++i) {
            AnnualTarget target { FirstYear + i, std::nullopt, false };
            if (std::isnan(spec.targets[i])) {
                target.notProgrammed = true;
            } else {
                target.value = spec.targets[i];
                sum += spec.targets[i];
                last = spec.targets[i];
            }
            indicator.annualTargets.append(target);
        }
        const bool adds = indicator.accumulation == AccumulationType::Cumulative
            || indicator.accumulation == AccumulationType::Capacity;
        indicator.termTarget = adds ? sum : last;
        indicator.sdg = spec.sdg;
        indicator.responsibleOfficeId = offices.value(spec.office.toString());
        indicator.weight = spec.weight;
        if (!spec.wellbeing.isEmpty() && wellbeing.contains(spec.wellbeing.toString()))
            indicator.wellbeingIndicatorId = wellbeing.value(spec.wellbeing.toString());
        for (const QString &focus : spec.focus.toString().split(u';', Qt::SkipEmptyParts))
            indicator.populationFocus.append(focus.trimmed());
        auto id = writer.addIndicator(indicator);
        if (!id)
            return id.error();
        for (int i = 0; i < 2; ++i) {
            if (std::isnan(spec.achieved[i]))
                continue;
            ProgressReport report;
            report.indicatorId = *id;
            report.year = FirstYear + i;
            report.value = spec.achieved[i];
            QString officeName;
            for (const auto &office : narrative::offices()) {
                if (office.key == spec.office)
                    officeName = office.name.toString();
            }
            report.evidence = spec.achieved[i] == 0
                ? u"Obra contratada; el avance físico se reportará en la siguiente vigencia."_s
                : u"Informe de gestión de la %1, vigencia %2."_s.arg(officeName).arg(FirstYear + i);
            if (auto s = writer.setProgress(report); !s)
                return s;
        }
    }

    // An office that did not report a programmed goal did not report its budget either.
    QSet<QPair<qint64, int>> unreported;
    for (const auto &spec : data::indicators()) {
        for (int i = 0; i < 2; ++i) {
            if (!std::isnan(spec.targets[i]) && std::isnan(spec.achieved[i]))
                unreported.insert({ products.value(spec.product.toString()), FirstYear + i });
        }
    }

    // Budget execution of the two years with follow-up, from each product's investment cells.
    for (auto it = cellsOf.cbegin(); it != cellsOf.cend(); ++it) {
        for (const InvestmentAmount &cell : it.value()) {
            for (const ExecutionRates &rate : Rates) {
                if (cell.year != rate.year || unreported.contains({ cell.productId, cell.year }))
                    continue;
                BudgetExecution execution;
                execution.productId = cell.productId;
                execution.year = cell.year;
                execution.sourceCode = cell.sourceCode;
                execution.appropriation = cell.amount;
                execution.commitments = cell.amount / 1000 * rate.commitments;
                execution.obligations = cell.amount / 1000 * rate.obligations;
                execution.payments = cell.amount / 1000 * rate.payments;
                if (auto s = writer.setExecution(execution); !s)
                    return s;
            }
        }
    }

    for (const RoyaltiesInitiative &initiative : narrative::royalties(lineIds)) {
        if (auto r = writer.addRoyaltiesInitiative(initiative); !r)
            return r.error();
    }
    return {};
}

} // namespace

PlanInfo demoPlanInfo()
{
    PlanInfo info;
    info.entity.daneCode = u"63111"_s;
    info.entity.name = u"Buenavista"_s;
    info.entity.departmentCode = u"63"_s;
    info.entity.departmentName = u"Quindío"_s;
    info.entity.type = EntityType::Municipality;
    info.entity.category = u"6"_s;
    info.term.startYear = FirstYear;
    info.term.startDate = QDate(FirstYear, 1, 1);
    info.planName = u"Plan de Desarrollo «Buenavista, territorio de oportunidades» 2028-2031 (DEMOSTRACIÓN)"_s;
    info.headOfGovernment = u"Alcaldesa ficticia Mariana Demostración Arango (personaje de ejemplo)"_s;
    info.state = WorkflowState::InExecution;
    info.progressPeriod = ProgressPeriodUnit::Annual;
    info.governmentProgramText = narrative::governmentProgramText();
    info.isDemo = true;
    info.catalogVersion = Catalog::shippedVersion();
    info.adoptionAct = u"Acuerdo 006 de 2028 (ficticio)"_s;
    info.adoptionDate = QDate(2028, 5, 26);
    return info;
}

Status writeDemoPlan(const QString &path, bool overwrite)
{
    return writeNewPlanFile(path, demoPlanInfo(), fill, overwrite);
}

} // namespace planea::demo
