#include "Efficacy.h"

#include "PlanTree.h"
#include "domain/PlanData.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

/// One child in an average: its value (nullopt: not evaluable) and its ponderación.
struct Child
{
    std::optional<double> value;
    std::optional<double> weight;
};

// Weighted average of the evaluable children. If any sibling has a weight, weights are used
// (an unset one counts 0); if none has one, all weigh the same (DOMAIN.md §5.2). Children that
// cannot be evaluated drop out and the rest are renormalised.
std::optional<double> weightedAverage(const QList<Child> &children)
{
    const bool anyWeight
        = std::any_of(children.cbegin(), children.cend(), [](const Child &c) { return c.weight.has_value(); });
    double sumW = 0.0;
    double sumWV = 0.0;
    double sum = 0.0;
    int n = 0;
    for (const Child &c : children) {
        if (!c.value)
            continue;
        const double w = anyWeight ? std::max(0.0, c.weight.value_or(0.0)) : 1.0;
        sumW += w;
        sumWV += w * *c.value;
        sum += *c.value;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    if (sumW <= 0.0) // only weightless children could be evaluated: fall back to equal weights
        return sum / n;
    return sumWV / sumW;
}

std::optional<double> plainAverage(const QList<std::optional<double>> &values);
void averageTermCapped(GroupEfficacy &group, const QList<const GoalEfficacy *> &goals);

// Shares of siblings in their parent (0–1), by the rule of weightedAverage: the ponderaciones
// when any sibling has one (an unset one counts 0), equal shares otherwise or when they add to 0.
QList<double> shares(const QList<std::optional<double>> &weights)
{
    QList<double> out;
    if (weights.isEmpty())
        return out;
    const bool anyWeight
        = std::any_of(weights.cbegin(), weights.cend(), [](const std::optional<double> &w) { return w.has_value(); });
    double sum = 0.0;
    for (const auto &w : weights)
        sum += anyWeight ? std::max(0.0, w.value_or(0.0)) : 1.0;
    for (const auto &w : weights) {
        if (sum <= 0.0)
            out.append(1.0 / double(weights.size()));
        else
            out.append((anyWeight ? std::max(0.0, w.value_or(0.0)) : 1.0) / sum);
    }
    return out;
}

// Average of goals weighted by their share of the plan (sectors and offices cut across the tree,
// so the ponderaciones within a parent do not apply directly).
void averageByPlanShare(GroupEfficacy &group, const QList<const GoalEfficacy *> &goals, AggregationMethod method)
{
    if (method == AggregationMethod::FourYearCapped) {
        averageTermCapped(group, goals);
    } else if (method == AggregationMethod::Simple) {
        QList<std::optional<double>> eff;
        QList<std::optional<double>> term;
        for (const GoalEfficacy *g : goals) {
            eff.append(g->efficacy ? std::optional<double>(g->efficacy->capped) : std::nullopt);
            term.append(g->termProgress ? std::optional<double>(g->termProgress->capped) : std::nullopt);
        }
        group.efficacy = plainAverage(eff);
        group.termProgress = plainAverage(term);
    } else {
        QList<Child> eff;
        QList<Child> term;
        for (const GoalEfficacy *g : goals) {
            eff.append({ g->efficacy ? std::optional<double>(g->efficacy->capped) : std::nullopt, g->planShare });
            term.append(
                { g->termProgress ? std::optional<double>(g->termProgress->capped) : std::nullopt, g->planShare });
        }
        group.efficacy = weightedAverage(eff);
        group.termProgress = weightedAverage(term);
    }
}

std::optional<double> plainAverage(const QList<std::optional<double>> &values)
{
    double sum = 0.0;
    int n = 0;
    for (const auto &v : values) {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

std::optional<double> cappedOf(const std::optional<Percent> &p)
{
    return p ? std::optional<double>(p->capped) : std::nullopt;
}

// Counters and over-achievement of a set of goals.
void countGoals(GroupEfficacy &group, const QList<const GoalEfficacy *> &goals)
{
    for (const GoalEfficacy *g : goals) {
        if (!g->programmed)
            continue;
        ++group.goalsProgrammed;
        if (g->reported)
            ++group.goalsReported;
        else
            ++group.goalsWithoutReport;
        if (g->efficacy)
            group.overAchievement = std::max(group.overAchievement, g->efficacy->overAchievement);
    }
}

// FourYearCapped: the eficacia of a group is the plain average of its goals' capped four-year
// progress (the matrices' "mean over the goals of min(Σ achieved / four-year goal, 1)").
void averageTermCapped(GroupEfficacy &group, const QList<const GoalEfficacy *> &goals)
{
    QList<std::optional<double>> values;
    for (const GoalEfficacy *g : goals)
        values.append(g->termCapped);
    group.efficacy = plainAverage(values);
    group.termProgress = group.efficacy;
}

void averageGoals(GroupEfficacy &group, const QList<const GoalEfficacy *> &goals, AggregationMethod method)
{
    if (method == AggregationMethod::FourYearCapped) {
        averageTermCapped(group, goals);
    } else if (method == AggregationMethod::Weighted) {
        QList<Child> eff;
        QList<Child> term;
        for (const GoalEfficacy *g : goals) {
            eff.append({ cappedOf(g->efficacy), g->weight });
            term.append({ cappedOf(g->termProgress), g->weight });
        }
        group.efficacy = weightedAverage(eff);
        group.termProgress = weightedAverage(term);
    } else {
        QList<std::optional<double>> eff;
        QList<std::optional<double>> term;
        for (const GoalEfficacy *g : goals) {
            eff.append(cappedOf(g->efficacy));
            term.append(cappedOf(g->termProgress));
        }
        group.efficacy = plainAverage(eff);
        group.termProgress = plainAverage(term);
    }
    countGoals(group, goals);
}

} // namespace

QList<AggregationMethod> aggregationMethods()
{
    return { AggregationMethod::Weighted, AggregationMethod::Simple, AggregationMethod::FourYearCapped };
}

QString methodCode(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::Simple:
        return u"promedio"_s;
    case AggregationMethod::FourYearCapped:
        return u"cuatrienio-tope"_s;
    case AggregationMethod::Weighted:
        break;
    }
    return u"ponderado"_s;
}

std::optional<AggregationMethod> methodFromCode(const QString &code)
{
    for (AggregationMethod m : aggregationMethods()) {
        if (methodCode(m) == code)
            return m;
    }
    return std::nullopt;
}

AggregationMethod planMethod(const PlanData &plan)
{
    return methodFromCode(plan.info.efficacyMethod).value_or(AggregationMethod::Weighted);
}

QString methodName(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::Simple:
        return QCoreApplication::translate("Efficacy", "simple mean of the goals' capped compliance");
    case AggregationMethod::FourYearCapped:
        return QCoreApplication::translate("Efficacy", "four-year progress capped at 100 % per goal");
    case AggregationMethod::Weighted:
        break;
    }
    return QCoreApplication::translate("Efficacy", "weighted by the ponderaciones");
}

const QList<GroupEfficacy> &EfficacyReport::groups(GroupLevel level) const
{
    switch (level) {
    case GroupLevel::Line:
        return lines;
    case GroupLevel::Program:
        return programs;
    case GroupLevel::Product:
        return products;
    case GroupLevel::Sector:
        return sectors;
    case GroupLevel::Office:
        return offices;
    case GroupLevel::Plan:
    case GroupLevel::Indicator:
        break;
    }
    return indicators;
}

EfficacyReport computeEfficacy(const PlanData &plan, int year, const EfficacyOptions &options)
{
    const AccumulationRules &rules = options.rules ? *options.rules : AccumulationRules::standard();
    const EfficacyScale &scale = options.scale ? *options.scale : EfficacyScale::standard();
    const AggregationMethod method = options.method;
    const bool weighted = method == AggregationMethod::Weighted;
    const ProgressIndex progress(plan);
    const PlanTree tree(plan);

    EfficacyReport report;
    report.year = year;
    report.method = options.method;
    // Thousands of groups fall in a handful of bands: make each band's category (texts) once.
    QHash<std::pair<int, bool>, EfficacyCategory> categories;
    const auto categorize = [&](std::optional<double> percent) {
        const std::pair<int, bool> key = scale.bandKey(percent);
        auto it = categories.constFind(key);
        if (it == categories.cend())
            it = categories.insert(key, scale.category(key));
        return *it;
    };

    QHash<qint64, Money> appropriation;
    QHash<qint64, Money> commitments;
    QHash<qint64, Money> obligations;
    QHash<qint64, Money> payments;
    for (const BudgetExecution &e : plan.executions) {
        if (e.year == year) {
            appropriation[e.productId] += e.appropriation;
            commitments[e.productId] += e.commitments;
            obligations[e.productId] += e.obligations;
            payments[e.productId] += e.payments;
        }
    }

    // Each goal's share of the plan: line share × program share × indicator share.
    QHash<qint64, double> share;
    {
        QList<std::optional<double>> lineWeights;
        for (const StrategicLine &line : plan.lines)
            lineWeights.append(line.weight);
        const QList<double> lineShares = shares(lineWeights);
        for (qsizetype l = 0; l < plan.lines.size(); ++l) {
            const QList<const BudgetProgram *> programs = tree.programsOf(plan.lines[l].id);
            QList<std::optional<double>> programWeights;
            for (const BudgetProgram *prog : programs)
                programWeights.append(prog->weight);
            const QList<double> programShares = shares(programWeights);
            for (qsizetype p = 0; p < programs.size(); ++p) {
                QList<const ProductIndicator *> indicators;
                for (const Product *product : tree.productsOf(programs[p]->id))
                    indicators.append(tree.indicatorsOf(product->id));
                QList<std::optional<double>> indicatorWeights;
                for (const ProductIndicator *ind : indicators)
                    indicatorWeights.append(ind->weight);
                const QList<double> indicatorShares = shares(indicatorWeights);
                for (qsizetype i = 0; i < indicators.size(); ++i)
                    share.insert(indicators[i]->id, lineShares[l] * programShares[p] * indicatorShares[i]);
            }
        }
    }

    report.goals.reserve(plan.indicators.size());
    for (const ProductIndicator &ind : plan.indicators) {
        GoalEfficacy g;
        g.indicatorId = ind.id;
        g.productId = ind.productId;
        if (const Product *p = plan.product(ind.productId)) {
            g.programId = p->programId;
            if (const BudgetProgram *prog = plan.program(p->programId)) {
                g.lineId = prog->lineId;
                g.sectorCode = prog->code.left(2);
            }
        }
        g.code = ind.code;
        g.name = ind.displayName();
        g.unit = ind.unit;
        g.officeId = ind.responsibleOfficeId;
        g.accumulation = ind.accumulation;
        g.year = year;
        g.weight = ind.weight;
        g.planShare = share.value(ind.id);

        const QList<ProgressReport> &reports = progress.reportsOf(ind.id);
        const auto c = rules.yearCompliance(ind, reports, year);
        g.programmed = c.has_value();
        g.achieved = rules.achievedValue(ind, reports, year);
        if (c) {
            g.target = c->target;
            g.reported = c->reported;
            g.efficacy = c->percent;
        }
        g.termProgress = rules.termProgress(ind, reports, year);
        if (g.termProgress)
            g.termCapped = g.termProgress->capped;
        else if (std::abs(ind.termTarget) > 1e-9)
            g.termCapped = 0.0; // a four-year goal with nothing achieved yet is at 0 %, as in the matrices

        g.appropriation = appropriation.value(ind.productId);
        g.commitments = commitments.value(ind.productId);
        g.obligations = obligations.value(ind.productId);
        g.payments = payments.value(ind.productId);
        const bool noProgress = !g.achieved || *g.achieved == 0.0;
        g.moneyWithoutProgress = (g.commitments > 0 || g.obligations > 0) && noProgress;
        g.progressWithoutMoney = g.achieved && *g.achieved > 0.0 && g.commitments <= 0;
        g.noReport = g.programmed && !g.reported;
        report.goals.append(std::move(g));
    }

    // Goals by product and by program, in plan order.
    QHash<qint64, QList<const GoalEfficacy *>> goalsOfProduct;
    QHash<qint64, QList<const GoalEfficacy *>> goalsOfProgram;
    QHash<qint64, QList<const GoalEfficacy *>> goalsOfLine;
    QList<const GoalEfficacy *> allGoals;
    for (const GoalEfficacy &g : report.goals) {
        goalsOfProduct[g.productId].append(&g);
        goalsOfProgram[g.programId].append(&g);
        goalsOfLine[g.lineId].append(&g);
        allGoals.append(&g);
    }

    report.indicators.reserve(report.goals.size());
    report.products.reserve(plan.products.size());
    report.programs.reserve(plan.programs.size());
    for (const GoalEfficacy &g : report.goals) {
        GroupEfficacy group;
        group.level = GroupLevel::Indicator;
        group.id = g.indicatorId;
        group.code = g.code;
        group.name = g.name;
        group.weight = g.weight;
        averageGoals(group, { &g }, method);
        group.category = categorize(group.efficacy);
        report.indicators.append(std::move(group));
    }

    for (const Product &p : plan.products) {
        GroupEfficacy group;
        group.level = GroupLevel::Product;
        group.id = p.id;
        group.code = p.code;
        group.name = p.name;
        averageGoals(group, goalsOfProduct.value(p.id), method);
        group.category = categorize(group.efficacy);
        report.products.append(std::move(group));
    }

    // Program: its indicators (ponderación of indicators is within the program).
    QHash<qint64, qsizetype> programIndex;
    for (const BudgetProgram &prog : plan.programs) {
        GroupEfficacy group;
        group.level = GroupLevel::Program;
        group.id = prog.id;
        group.code = prog.code;
        group.name = prog.name;
        group.weight = prog.weight;
        averageGoals(group, goalsOfProgram.value(prog.id), method);
        group.category = categorize(group.efficacy);
        programIndex.insert(prog.id, report.programs.size());
        report.programs.append(std::move(group));
    }

    // Line: weighted by its programs, or the plain average of every goal under it.
    QList<Child> lineEff;
    QList<Child> lineTerm;
    for (const StrategicLine &line : plan.lines) {
        GroupEfficacy group;
        group.level = GroupLevel::Line;
        group.id = line.id;
        group.code = QString::number(line.sortOrder);
        group.name = line.name;
        group.weight = line.weight;
        const QList<const GoalEfficacy *> goals = goalsOfLine.value(line.id);
        if (weighted) {
            QList<Child> eff;
            QList<Child> term;
            for (const BudgetProgram *prog : tree.programsOf(line.id)) {
                const GroupEfficacy &pg = report.programs.at(programIndex.value(prog->id));
                eff.append({ pg.efficacy, prog->weight });
                term.append({ pg.termProgress, prog->weight });
            }
            group.efficacy = weightedAverage(eff);
            group.termProgress = weightedAverage(term);
            countGoals(group, goals);
        } else {
            averageGoals(group, goals, method);
        }
        group.category = categorize(group.efficacy);
        lineEff.append({ group.efficacy, line.weight });
        lineTerm.append({ group.termProgress, line.weight });
        report.lines.append(group);
    }

    // Sectors and offices, in the order they first appear in the plan.
    QList<QString> sectorOrder;
    QHash<QString, QList<const GoalEfficacy *>> goalsOfSector;
    QList<qint64> officeOrder;
    QHash<qint64, QList<const GoalEfficacy *>> goalsOfOffice;
    for (const GoalEfficacy &g : report.goals) {
        if (!goalsOfSector.contains(g.sectorCode))
            sectorOrder.append(g.sectorCode);
        goalsOfSector[g.sectorCode].append(&g);
        const qint64 office = g.officeId && plan.office(*g.officeId) ? *g.officeId : 0;
        if (!goalsOfOffice.contains(office))
            officeOrder.append(office);
        goalsOfOffice[office].append(&g);
    }
    std::sort(sectorOrder.begin(), sectorOrder.end());
    for (const QString &code : sectorOrder) {
        GroupEfficacy group;
        group.level = GroupLevel::Sector;
        group.code = code;
        group.name = code;
        averageByPlanShare(group, goalsOfSector.value(code), method);
        countGoals(group, goalsOfSector.value(code));
        group.category = categorize(group.efficacy);
        report.sectors.append(group);
    }
    QList<qint64> officesInPlanOrder;
    for (const Office &o : plan.offices) {
        if (goalsOfOffice.contains(o.id))
            officesInPlanOrder.append(o.id);
    }
    if (goalsOfOffice.contains(0))
        officesInPlanOrder.append(0);
    for (qint64 id : officesInPlanOrder) {
        GroupEfficacy group;
        group.level = GroupLevel::Office;
        group.id = id;
        if (const Office *o = id ? plan.office(id) : nullptr)
            group.name = o->name;
        else
            group.name = QCoreApplication::translate("Efficacy", "No responsible office");
        averageByPlanShare(group, goalsOfOffice.value(id), method);
        countGoals(group, goalsOfOffice.value(id));
        group.category = categorize(group.efficacy);
        report.offices.append(group);
    }

    GroupEfficacy &total = report.plan;
    total.level = GroupLevel::Plan;
    total.name = plan.info.planName;
    if (weighted) {
        total.efficacy = weightedAverage(lineEff);
        total.termProgress = weightedAverage(lineTerm);
        countGoals(total, allGoals);
    } else {
        averageGoals(total, allGoals, method);
    }
    total.category = categorize(total.efficacy);
    if (total.goalsProgrammed > 0)
        report.informationIntegrity = 100.0 * total.goalsReported / total.goalsProgrammed;
    return report;
}

double expectedTermProgress(const GovernmentTerm &term, const QDate &cutoff)
{
    const QDate start = term.effectiveStartDate();
    const QDate end(term.endYear(), 12, 31);
    if (!cutoff.isValid() || !start.isValid() || cutoff < start)
        return 0.0;
    if (cutoff >= end)
        return 100.0;
    // Days elapsed including the cut-off day, over the days of the term.
    return 100.0 * double(start.daysTo(cutoff) + 1) / double(start.daysTo(end) + 1);
}

namespace {

// Calendar quarters from (fromYear, Q1) ended on or before `cutoff`.
int quartersEnded(int fromYear, const QDate &cutoff)
{
    if (!cutoff.isValid() || cutoff.year() < fromYear)
        return 0;
    int quarters = (cutoff.year() - fromYear) * 4;
    // A quarter has ended once its last day is reached: 31 Mar, 30 Jun, 30 Sep, 31 Dec.
    for (int q = 1; q <= 4; ++q) {
        const QDate end = QDate(cutoff.year(), q * 3, 1).addMonths(1).addDays(-1);
        if (cutoff >= end)
            ++quarters;
    }
    return quarters;
}

} // namespace

double expectedTermProgress(const GovernmentTerm &term, const QDate &cutoff, ExpectedProgressRule rule)
{
    if (rule == ExpectedProgressRule::Linear)
        return expectedTermProgress(term, cutoff);
    return std::min(100.0, 100.0 * quartersEnded(term.startYear, cutoff) / 16.0);
}

double expectedYearProgress(int year, const QDate &cutoff, ExpectedProgressRule rule)
{
    if (rule == ExpectedProgressRule::Linear)
        return expectedYearProgress(year, cutoff);
    return std::min(100.0, 25.0 * quartersEnded(year, cutoff));
}

QStringList flagTexts(const GoalEfficacy &goal)
{
    QStringList out;
    if (goal.noReport)
        out << QCoreApplication::translate("Efficacy", "No report");
    if (goal.moneyWithoutProgress)
        out << QCoreApplication::translate("Efficacy", "Money spent, no progress");
    if (goal.progressWithoutMoney)
        out << QCoreApplication::translate("Efficacy", "Progress, no money committed");
    return out;
}

double expectedYearProgress(int year, const QDate &cutoff)
{
    if (!cutoff.isValid() || cutoff.year() < year)
        return 0.0;
    if (cutoff.year() > year)
        return 100.0;
    return 100.0 * cutoff.dayOfYear() / cutoff.daysInYear();
}

} // namespace planea::calc
