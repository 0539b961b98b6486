// What one accepted row of a spreadsheet adds: items of a new plan, or progress values for an
// existing plan's indicators. See MatrixImport.cpp for how rows are read.
#include "calc/AccumulationRules.h"
#include "catalog/Catalog.h"
#include "exchange/MatrixReader.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::matrix::detail {

void Reader::acceptNewPlanRow(RowData &d)
{
    const QString indicatorCode = d.indicatorCode;
    QString productCode = d.productCode;
    if (productCode.isEmpty() && isDigits(indicatorCode) && indicatorCode.size() >= 9)
        productCode = indicatorCode.left(7);
    QString programCode = d.programCode;
    if (programCode.isEmpty() && isDigits(productCode) && productCode.size() >= 7)
        programCode = productCode.left(4);
    if (productCode.isEmpty())
        d.problems.append(MatrixImport::tr("no product code (map \"codigo_producto\" or use 9-digit indicator codes)"));
    if (programCode.isEmpty())
        d.problems.append(MatrixImport::tr("no program code (map \"codigo_programa\" or use 7-digit product codes)"));
    if (d.lineCode.isEmpty() && d.lineName.isEmpty())
        d.problems.append(MatrixImport::tr("no strategic line"));
    if (isDigits(indicatorCode) && isDigits(productCode) && indicatorCode.size() == 9 && productCode.size() == 7
        && !indicatorCode.startsWith(productCode))
        d.problems.append(
            MatrixImport::tr("the indicator %1 does not belong to the product %2").arg(indicatorCode, productCode));
    if (isDigits(productCode) && isDigits(programCode) && productCode.size() == 7 && programCode.size() == 4
        && !productCode.startsWith(programCode))
        d.problems.append(
            MatrixImport::tr("the product %1 does not belong to the program %2").arg(productCode, programCode));
    if (d.termTarget.kind == NumberCell::NotProgrammed)
        d.problems.append(MatrixImport::tr("the four-year target cannot be «NP»"));

    QString unit = d.unit;
    if (unit.isEmpty() && m_catalog) {
        if (const CatalogProductIndicator *known = m_catalog->productIndicator(indicatorCode))
            unit = known->unit;
    }
    const bool percent = isPercentUnit(unit);
    const auto weight = [&](const NumberCell &n) -> std::optional<double> {
        if (n.kind != NumberCell::Value)
            return std::nullopt;
        const double v = n.percentSign || m_mapping.percentScale == PercentScale::Hundred ? n.value : n.value * 100.0;
        if (v < 0.0 || v > 100.0) {
            d.problems.append(MatrixImport::tr("the weight %1 is not between 0 and 100 %").arg(v));
            return std::nullopt;
        }
        return v;
    };
    const auto lineWeight = weight(d.lineWeight);
    const auto programWeight = weight(d.programWeight);
    const auto indicatorWeight = weight(d.indicatorWeight);
    QList<std::pair<std::pair<int, QString>, Money>> money;
    for (const auto &[resource, n] : d.resources) {
        if (n.kind != NumberCell::Value)
            continue;
        const double pesos = std::round(n.value * m_mapping.resourcesMultiplier);
        if (pesos < 0.0 || pesos > 9e15) {
            d.problems.append(MatrixImport::tr("the amount %1 (%2 %3) is not a valid amount of pesos")
                                  .arg(n.value)
                                  .arg(resource.sourceCode)
                                  .arg(resource.year));
            continue;
        }
        money.append({ { resource.year, resource.sourceCode }, Money(pesos) });
    }

    // Real plans put one MGA product under several lines or programs, and several goals on one MGA
    // indicator: each row is its own goal, and a product is one per program.
    const QString lineKey = d.lineCode.isEmpty() ? u"#"_s + fold(d.lineName) : d.lineCode;
    const qint64 knownLine = m_lineIds.value(lineKey);
    const qint64 knownProgram = knownLine ? m_programIds.value(u"%1:%2"_s.arg(knownLine).arg(programCode)) : 0;
    if (!d.problems.isEmpty())
        return;

    PlanData &plan = m_result.plan;
    qint64 lineId = knownLine;
    if (!lineId) {
        StrategicLine line;
        line.id = lineId = m_nextId++;
        line.sortOrder = int(plan.lines.size()) + 1;
        line.name = d.lineName.isEmpty() ? MatrixImport::tr("Line %1").arg(d.lineCode) : d.lineName;
        plan.lines.append(line);
        m_lineIds.insert(lineKey, lineId);
    }
    // The line's sectors are those of its programs (the first two digits of an MGA program code).
    for (StrategicLine &l : plan.lines) {
        if (l.id != lineId)
            continue;
        if (lineWeight && !l.weight)
            l.weight = lineWeight;
        if (isDigits(programCode) && programCode.size() == 4 && !l.sectorCodes.contains(programCode.left(2)))
            l.sectorCodes.append(programCode.left(2));
    }
    qint64 programId = knownProgram;
    if (!programId) {
        BudgetProgram program;
        program.id = programId = m_nextId++;
        program.lineId = lineId;
        program.code = programCode;
        const CatalogProgram *known = m_catalog ? m_catalog->program(programCode) : nullptr;
        program.name = !d.programName.isEmpty() ? d.programName : known ? known->name : programCode;
        program.isOwn = m_catalog && !known;
        program.sortOrder = int(plan.programs.size()) + 1;
        plan.programs.append(program);
        m_programIds.insert(u"%1:%2"_s.arg(lineId).arg(programCode), programId);
    }
    if (programWeight) {
        for (BudgetProgram &p : plan.programs) {
            if (p.id == programId && !p.weight)
                p.weight = programWeight;
        }
    }
    const QString productKey = u"%1:%2"_s.arg(programId).arg(productCode);
    qint64 productId = m_productIds.value(productKey);
    if (!productId) {
        Product product;
        product.id = productId = m_nextId++;
        product.programId = programId;
        product.code = productCode;
        const CatalogProduct *known = m_catalog ? m_catalog->product(productCode) : nullptr;
        product.name = !d.productName.isEmpty() ? d.productName
            : known && !known->name.isEmpty()   ? known->name
                                                : productCode;
        product.isOwn = m_catalog && !known;
        product.sortOrder = int(plan.products.size()) + 1;
        plan.products.append(product);
        m_productIds.insert(productKey, productId);
    }
    std::optional<qint64> officeId;
    if (!d.office.isEmpty()) {
        const QString key = fold(d.office);
        if (!m_officeIds.contains(key)) {
            plan.offices.append({ m_nextId, d.office });
            m_officeIds.insert(key, m_nextId++);
        }
        officeId = m_officeIds.value(key);
    }

    ProductIndicator ind;
    ind.id = m_nextId++;
    ind.productId = productId;
    ind.code = indicatorCode;
    ind.goalCode = d.goalCode;
    const CatalogProductIndicator *known = m_catalog ? m_catalog->productIndicator(indicatorCode) : nullptr;
    ind.name = !d.indicatorName.isEmpty() ? d.indicatorName
        : known                           ? known->name
        : !d.productName.isEmpty()        ? d.productName
                                          : indicatorCode;
    ind.unit = unit;
    ind.isOwn = m_catalog && !known;
    if (known)
        ind.isMain = known->isMain;
    ind.baseline = scaled(d.baseline, percent);
    ind.accumulation = d.accumulation.value_or(AccumulationType::Cumulative);
    if (d.trend)
        ind.trend = *d.trend;
    else if (ind.accumulation == AccumulationType::Reduction || ind.accumulation == AccumulationType::AnnualReduction)
        ind.trend = Trend::Decrease;
    else if (ind.accumulation == AccumulationType::Maintenance)
        ind.trend = Trend::Maintain;
    ind.responsibleOfficeId = officeId;
    ind.weight = indicatorWeight;
    for (const auto &[year, n] : d.targets) {
        if (n.kind == NumberCell::NotProgrammed)
            ind.annualTargets.append({ year, std::nullopt, true });
        else if (n.kind == NumberCell::Value)
            ind.annualTargets.append({ year, scaled(n, percent), false });
    }
    m_result.summary.annualTargets += int(ind.annualTargets.size());
    if (const auto target = scaled(d.termTarget, percent)) {
        ind.termTarget = *target;
    } else {
        ind.termTarget = calc::AccumulationRules::standard().impliedTermTarget(ind).value_or(0.0);
        ++m_impliedTargets;
    }
    plan.indicators.append(ind);
    if (!indicatorCode.isEmpty() && !m_seenIndicators.contains(indicatorCode))
        m_seenIndicators.insert(indicatorCode, { d.sheet, d.row });
    else if (!indicatorCode.isEmpty())
        ++m_sharedIndicatorGoals;

    for (const auto &[year, n] : d.progress) {
        if (n.kind == NumberCell::Value)
            plan.progress.append({ ind.id, year, 0, scaled(n, percent), d.evidence, {} });
    }
    for (const auto &[year, quarters] : d.quarters) {
        QList<ProgressReport> reports;
        for (int i = 0; i < 4; ++i) {
            if (quarters[i].kind == NumberCell::Value)
                reports.append({ ind.id, year, i + 1, scaled(quarters[i], percent), d.evidence, {} });
        }
        if (reports.isEmpty())
            continue;
        if (m_keepQuarters)
            plan.progress.append(reports);
        else
            plan.progress.append({ ind.id,
                                   year,
                                   0,
                                   calc::AccumulationRules::standard().achievedValue(ind, reports, year),
                                   d.evidence,
                                   {} });
    }
    for (const auto &[key, amount] : money)
        m_investments[{ productId, key }] += amount;
}

void Reader::acceptProgressRow(RowData &d)
{
    const ProductIndicator *ind = nullptr;
    if (!d.indicatorCode.isEmpty()) {
        // Several goals of a plan may use one MGA indicator: a row that names only the code cannot
        // say which goal it reports, and guessing would put one goal's progress on another.
        // The goal's own code, when the row has one, tells them apart.
        const auto goals = m_indicatorsByCode.value(d.indicatorCode);
        QList<const ProductIndicator *> byGoalCode;
        if (!d.goalCode.isEmpty()) {
            for (const ProductIndicator *goal : goals) {
                if (cleanCode(goal->goalCode) == d.goalCode)
                    byGoalCode.append(goal);
            }
        }
        if (goals.isEmpty())
            d.problems.append(MatrixImport::tr("the indicator %1 is not in the plan").arg(d.indicatorCode));
        else if (byGoalCode.size() == 1)
            ind = byGoalCode.first();
        else if (goals.size() == 1 && (d.goalCode.isEmpty() || goals.first()->goalCode.isEmpty()))
            ind = goals.first();
        else if (!d.goalCode.isEmpty() && byGoalCode.isEmpty())
            d.problems.append(MatrixImport::tr("no goal of the plan with indicator %1 has the goal code %2")
                                  .arg(d.indicatorCode, d.goalCode));
        else if (!d.goalCode.isEmpty())
            d.problems.append(MatrixImport::tr("the goal code %1 is used by %2 goals of the plan with indicator %3: "
                                               "this row does not say which one it reports")
                                  .arg(d.goalCode)
                                  .arg(byGoalCode.size())
                                  .arg(d.indicatorCode));
        else
            d.problems.append(MatrixImport::tr("the indicator %1 is used by %2 goals of the plan: this row "
                                               "does not say which one it reports (map the goal code, "
                                               "\"codigo_meta\", to tell them apart)")
                                  .arg(d.indicatorCode)
                                  .arg(goals.size()));
    } else {
        const auto list = m_indicatorsByProductCode.value(d.productCode);
        if (list.size() == 1)
            ind = list.first();
        else if (list.isEmpty())
            d.problems.append(MatrixImport::tr("the product %1 is not in the plan").arg(d.productCode));
        else
            d.problems.append(MatrixImport::tr("the product %1 has %2 indicators: map the indicator code "
                                               "(\"codigo_indicador\") to tell them apart")
                                  .arg(d.productCode)
                                  .arg(list.size()));
    }
    if (!ind || !d.problems.isEmpty())
        return;

    const bool percent = isPercentUnit(ind->unit);
    QList<ProgressReport> reports;
    for (const auto &[year, n] : d.progress) {
        if (n.kind == NumberCell::Value)
            reports.append({ ind->id, year, 0, scaled(n, percent), {}, {} });
    }
    for (const auto &[year, quarters] : d.quarters) {
        QList<ProgressReport> q;
        for (int i = 0; i < 4; ++i) {
            if (quarters[i].kind == NumberCell::Value)
                q.append({ ind->id, year, i + 1, scaled(quarters[i], percent), {}, {} });
        }
        if (q.isEmpty())
            continue;
        if (m_keepQuarters)
            reports.append(q);
        else
            reports.append(
                { ind->id, year, 0, calc::AccumulationRules::standard().achievedValue(*ind, q, year), {}, {} });
    }
    const QString here = MatrixImport::tr("sheet «%1», row %2").arg(d.sheet).arg(d.row);
    for (const ProgressReport &r : std::as_const(reports)) {
        if (const auto seen = m_seenReports.constFind({ r.indicatorId, r.year * 10 + r.period });
            seen != m_seenReports.cend())
            d.problems.append(MatrixImport::tr("the progress of %1 for %2 was already read (%3)")
                                  .arg(ind->code)
                                  .arg(r.year)
                                  .arg(*seen));
    }
    if (!d.problems.isEmpty())
        return;
    m_touched.insert(ind->id);
    for (ProgressReport r : std::as_const(reports)) {
        m_seenReports.insert({ r.indicatorId, r.year * 10 + r.period }, here);
        ++m_result.summary.progressValues;
        const auto old = m_existingReports.constFind({ r.indicatorId, r.year * 10 + r.period });
        // Evidence already recorded stays unless the spreadsheet brings new evidence.
        if (old != m_existingReports.cend()) {
            r.evidence = d.evidence.isEmpty() ? old->evidence : d.evidence;
            r.evidenceLink = old->evidenceLink;
            const bool same
                = old->value && r.value && std::abs(*old->value - *r.value) < 1e-9 && old->evidence == r.evidence;
            if (same) {
                ++m_result.summary.progressUnchanged;
                continue;
            }
            ++m_result.summary.progressChanged;
        } else {
            r.evidence = d.evidence;
            ++m_result.summary.progressNew;
        }
        m_result.progress.append(r);
    }
}

} // namespace planea::matrix::detail
