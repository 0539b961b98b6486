#include "SeguimientoReport.h"

#include "calc/Efficacy.h"
#include "calc/NumberText.h"
#include "calc/PlanTree.h"
#include "calc/ResultFollowUp.h"
#include "domain/PlanData.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea::report {

namespace {

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString percentText(const std::optional<double> &v)
{
    return v ? calc::formatPercent(*v) : QCoreApplication::translate("SeguimientoReport", "no information");
}

QString officeName(const PlanData &plan, const std::optional<qint64> &id)
{
    const Office *office = id ? plan.office(*id) : nullptr;
    return office ? office->name : QString();
}

/// commitments / appropriation, in percent; nothing without an appropriation.
QVariant financialExecution(Money commitments, Money appropriation)
{
    if (appropriation <= 0)
        return {};
    return 100.0 * double(commitments) / double(appropriation);
}

QString levelName(calc::GroupLevel level)
{
    switch (level) {
    case calc::GroupLevel::Plan:
        return QCoreApplication::translate("SeguimientoReport", "Plan");
    case calc::GroupLevel::Line:
        return QCoreApplication::translate("SeguimientoReport", "Line");
    case calc::GroupLevel::Program:
        return QCoreApplication::translate("SeguimientoReport", "Program");
    case calc::GroupLevel::Sector:
        return QCoreApplication::translate("SeguimientoReport", "Sector");
    case calc::GroupLevel::Office:
        return QCoreApplication::translate("SeguimientoReport", "Office");
    case calc::GroupLevel::Product:
    case calc::GroupLevel::Indicator:
        break;
    }
    return QCoreApplication::translate("SeguimientoReport", "Goal");
}

/// An aggregate row (plan, line, program) of the main table.
ReportRow groupRow(const calc::GroupEfficacy &g, qsizetype columns, qsizetype eficaciaAt)
{
    ReportRow row;
    row.kind = RowKind::Total;
    row.cells = { levelName(g.level), g.code, g.name };
    while (row.cells.size() < eficaciaAt)
        row.cells.append(QVariant());
    // Over-achievement is a goal's: for a line or a program the largest of its goals read as if
    // the whole group had over-delivered, so it is left empty there.
    row.cells << optional(g.efficacy) << g.category.name << QVariant() << optional(g.termProgress);
    while (row.cells.size() < columns)
        row.cells.append(QVariant());
    return row;
}

QString scaleText()
{
    QStringList bands;
    for (const calc::EfficacyBand &band : calc::EfficacyScale::standard().bands()) {
        if (!band.from && !band.to)
            continue;
        bands << calc::EfficacyScale::standard().categorize(band.from ? *band.from : 0.0).text;
    }
    return QCoreApplication::translate("SeguimientoReport", "Eficacia scale (EDI): %1.").arg(bands.join(u"; "_s));
}

} // namespace

int seguimientoYear(const PlanData &plan, int requested)
{
    if (requested != 0)
        return requested;
    int latest = 0;
    for (const ProgressReport &r : plan.progress) {
        if (r.value && plan.info.term.contains(r.year))
            latest = std::max(latest, r.year);
    }
    return latest != 0 ? latest : plan.info.term.startYear;
}

Report buildSeguimientoReport(const PlanData &plan, const ReportContext &context)
{
    const int year = seguimientoYear(plan, context.year);
    calc::EfficacyOptions options;
    options.method = calc::planMethod(plan); // the method chosen for the plan, named below
    const calc::EfficacyReport eff = calc::computeEfficacy(plan, year, options);
    const QString methodText = calc::methodName(eff.method);
    const QList<calc::ResultFollowUp> results = calc::computeResultFollowUp(plan, year, &eff);
    const calc::PlanTree tree(plan);
    const QString yearText = QString::number(year);

    Report report;
    report.code = u"seguimiento"_s;
    report.title = QCoreApplication::translate("SeguimientoReport", "Follow-up report of the development plan");
    report.sheetName = QCoreApplication::translate("SeguimientoReport", "Follow-up %1").arg(yearText);
    report.subtitle = QCoreApplication::translate("SeguimientoReport", "Year %1 · %2 (%3), %4–%5")
                          .arg(yearText, plan.info.entity.name, plan.info.entity.departmentName)
                          .arg(plan.info.term.startYear)
                          .arg(plan.info.term.endYear());

    // --- Summary -----------------------------------------------------------------------------
    int moneyNoProgress = 0;
    int progressNoMoney = 0;
    int noReport = 0;
    for (const calc::GoalEfficacy &g : eff.goals) {
        moneyNoProgress += g.moneyWithoutProgress ? 1 : 0;
        progressNoMoney += g.progressWithoutMoney ? 1 : 0;
        noReport += g.noReport ? 1 : 0;
    }
    const double expected = calc::expectedTermProgress(plan.info.term, QDate(year, 12, 31));
    if (eff.method == calc::AggregationMethod::FourYearCapped)
        report.summary
            << QCoreApplication::translate(
                   "SeguimientoReport",
                   "Eficacia of the plan in %1: %2 — %3. Method: %4: each goal's four-year progress up to "
                   "%1, at most 100 %, averaged over the goals; a goal with nothing reported yet counts 0 %.")
                   .arg(yearText, percentText(eff.plan.efficacy), eff.plan.category.text, methodText);
    else
        report.summary << QCoreApplication::translate(
                              "SeguimientoReport",
                              "Eficacia of the plan in %1: %2 — %3. Method: %4; goals without a target in %1 (NP) "
                              "are left out, not counted as zero.")
                              .arg(yearText, percentText(eff.plan.efficacy), eff.plan.category.text, methodText);
    report.summary << QCoreApplication::translate(
                          "SeguimientoReport",
                          "Four-year progress at 31 December %1: %2 (expected if progress were proportional to time: "
                          "%3).")
                          .arg(yearText, percentText(eff.plan.termProgress), calc::formatPercent(expected));
    report.summary << QCoreApplication::translate(
                          "SeguimientoReport",
                          "Goals programmed in %1: %2; with a report: %3; without a report: %4 (information "
                          "integrity: %5).")
                          .arg(yearText)
                          .arg(eff.plan.goalsProgrammed)
                          .arg(eff.plan.goalsReported)
                          .arg(eff.plan.goalsWithoutReport)
                          .arg(percentText(eff.informationIntegrity));
    report.summary << QCoreApplication::translate(
                          "SeguimientoReport",
                          "Flags: %1 with money spent and no progress; %2 with progress and no money committed; %3 "
                          "without a report.")
                          .arg(moneyNoProgress)
                          .arg(progressNoMoney)
                          .arg(noReport);
    report.summary << scaleText();

    // --- Charts ------------------------------------------------------------------------------
    ReportChart efficacyChart;
    efficacyChart.title = QCoreApplication::translate("SeguimientoReport", "Eficacia %1 by strategic line (%2)")
                              .arg(yearText, methodText);
    ReportChart progressChart;
    progressChart.title
        = QCoreApplication::translate("SeguimientoReport", "Four-year progress at the end of %1 by strategic line")
              .arg(yearText);
    progressChart.reference = expected;
    progressChart.referenceLabel
        = QCoreApplication::translate("SeguimientoReport", "Expected: %1").arg(calc::formatPercent(expected));
    for (const calc::GroupEfficacy &line : eff.lines) {
        const QString label = line.code + u". "_s + line.name;
        efficacyChart.labels << label;
        efficacyChart.values << line.efficacy;
        efficacyChart.colors << line.category.color;
        efficacyChart.valueTexts << (line.efficacy ? calc::formatPercent(*line.efficacy) + u" · "_s + line.category.name
                                                   : line.category.name);
        progressChart.labels << label;
        progressChart.values << line.termProgress;
        progressChart.colors << QColor(0x4A, 0x6F, 0xA5);
        progressChart.valueTexts << percentText(line.termProgress);
    }
    report.charts << efficacyChart << progressChart;

    // --- Main table: plan → line → program → goal --------------------------------------------
    report.columns = {
        { u"nivel"_s, QCoreApplication::translate("SeguimientoReport", "Level"), ColumnType::Text },
        { u"codigo"_s, QCoreApplication::translate("SeguimientoReport", "Code"), ColumnType::Text },
        { u"nombre"_s, QCoreApplication::translate("SeguimientoReport", "Name"), ColumnType::Text },
        { u"unidad"_s, QCoreApplication::translate("SeguimientoReport", "Unit"), ColumnType::Text },
        { u"responsable"_s, QCoreApplication::translate("SeguimientoReport", "Responsible office"), ColumnType::Text },
        { u"meta_anio"_s, QCoreApplication::translate("SeguimientoReport", "Target %1").arg(yearText),
          ColumnType::Decimal },
        { u"logro_anio"_s, QCoreApplication::translate("SeguimientoReport", "Achieved %1").arg(yearText),
          ColumnType::Decimal },
        { u"eficacia"_s, QCoreApplication::translate("SeguimientoReport", "Eficacia %1 (%)").arg(yearText),
          ColumnType::Percent },
        // The category grades the eficacia: it stands beside it.
        { u"categoria"_s, QCoreApplication::translate("SeguimientoReport", "Category"), ColumnType::Text },
        { u"sobrecumplimiento"_s, QCoreApplication::translate("SeguimientoReport", "Over-achievement (%)"),
          ColumnType::Percent },
        { u"avance_cuatrienio"_s, QCoreApplication::translate("SeguimientoReport", "Four-year progress (%)"),
          ColumnType::Percent },
        { u"compromisos"_s, QCoreApplication::translate("SeguimientoReport", "Commitments %1").arg(yearText),
          ColumnType::Money },
        { u"ejecucion_financiera"_s,
          QCoreApplication::translate("SeguimientoReport", "Commitments / appropriation (%)"), ColumnType::Percent },
        { u"alertas"_s, QCoreApplication::translate("SeguimientoReport", "Flags"), ColumnType::Text },
    };
    // The plan, line and program rows head their goals: on paper they are not left at the foot
    // of a page.
    report.paper.totalsOpenGroups = true;
    const qsizetype columns = report.columns.size();
    const qsizetype eficaciaAt = report.columnIndex(u"eficacia"_s);

    QHash<qint64, const calc::GroupEfficacy *> lineGroup;
    for (const calc::GroupEfficacy &g : eff.lines)
        lineGroup.insert(g.id, &g);
    QHash<qint64, const calc::GroupEfficacy *> programGroup;
    for (const calc::GroupEfficacy &g : eff.programs)
        programGroup.insert(g.id, &g);
    QHash<qint64, const calc::GoalEfficacy *> goalOf;
    for (const calc::GoalEfficacy &g : eff.goals)
        goalOf.insert(g.indicatorId, &g);

    calc::GroupEfficacy planGroup = eff.plan;
    planGroup.code.clear();
    report.rows.append(groupRow(planGroup, columns, eficaciaAt));
    const QString notProgrammed = QCoreApplication::translate("SeguimientoReport", "NP");
    const QString noReportMark = QCoreApplication::translate("SeguimientoReport", "No report");
    for (const StrategicLine &line : plan.lines) {
        if (const calc::GroupEfficacy *g = lineGroup.value(line.id))
            report.rows.append(groupRow(*g, columns, eficaciaAt));
        for (const BudgetProgram *program : tree.programsOf(line.id)) {
            if (const calc::GroupEfficacy *g = programGroup.value(program->id))
                report.rows.append(groupRow(*g, columns, eficaciaAt));
            for (const Product *product : tree.productsOf(program->id)) {
                for (const ProductIndicator *indicator : tree.indicatorsOf(product->id)) {
                    const calc::GoalEfficacy *g = goalOf.value(indicator->id);
                    if (!g)
                        continue;
                    ReportRow row;
                    row.cells = { QCoreApplication::translate("SeguimientoReport", "Goal"), g->code, g->name, g->unit,
                                  officeName(plan, g->officeId) };
                    row.cells << (g->programmed ? QVariant(*g->target) : QVariant(notProgrammed));
                    if (g->achieved)
                        row.cells << *g->achieved;
                    else
                        row.cells << (g->noReport ? QVariant(noReportMark) : QVariant());
                    row.cells << (g->efficacy ? QVariant(g->efficacy->capped) : QVariant());
                    if (!g->programmed)
                        row.cells << QCoreApplication::translate("SeguimientoReport", "Not programmed");
                    else if (g->noReport)
                        row.cells << noReportMark;
                    else if (g->efficacy)
                        row.cells << calc::EfficacyScale::standard().categorize(g->efficacy->capped).name;
                    else
                        row.cells << QVariant();
                    row.cells << (g->efficacy && g->efficacy->overAchievement > 0
                                      ? QVariant(g->efficacy->overAchievement)
                                      : QVariant())
                              << (g->termProgress ? QVariant(g->termProgress->capped) : QVariant());
                    row.cells << (g->commitments != 0 || g->appropriation != 0 ? QVariant(g->commitments) : QVariant())
                              << financialExecution(g->commitments, g->appropriation)
                              << calc::flagTexts(*g).join(u"; "_s);
                    report.rows.append(row);
                }
            }
        }
    }

    // --- Result indicators -------------------------------------------------------------------
    ReportSection resultSection;
    resultSection.title = QCoreApplication::translate("SeguimientoReport", "Result (wellbeing) indicators");
    resultSection.note = QCoreApplication::translate(
        "SeguimientoReport",
        "Values of the term against the baseline and the four-year target; progress = "
        "(value − baseline) / (target − baseline), in the desired direction, with the latest value "
        "reported up to the year of the report. The product goals are those linked to the indicator "
        "in the strategic plan, or every goal of its line when none is.");
    resultSection.emptyNote
        = QCoreApplication::translate("SeguimientoReport", "The plan has no prioritised wellbeing indicators.");
    resultSection.paper.groups
        = { { { u"linea"_s }, QCoreApplication::translate("SeguimientoReport", "Strategic line: %1") } };
    resultSection.columns = {
        { u"linea"_s, QCoreApplication::translate("SeguimientoReport", "Strategic line"), ColumnType::Text },
        { u"indicador"_s, QCoreApplication::translate("SeguimientoReport", "Result indicator"), ColumnType::Text },
        { u"unidad"_s, QCoreApplication::translate("SeguimientoReport", "Unit"), ColumnType::Text },
        { u"sentido"_s, QCoreApplication::translate("SeguimientoReport", "Desired direction"), ColumnType::Text },
        { u"linea_base"_s, QCoreApplication::translate("SeguimientoReport", "Baseline"), ColumnType::Decimal },
        { u"anio_linea_base"_s, QCoreApplication::translate("SeguimientoReport", "Baseline year"), ColumnType::Text },
        { u"meta_cuatrienio"_s, QCoreApplication::translate("SeguimientoReport", "Four-year target"),
          ColumnType::Decimal },
    };
    QList<int> valueYears;
    for (int y : plan.info.term.years()) {
        if (y <= year) {
            valueYears << y;
            resultSection.columns.append({ u"valor_%1"_s.arg(y),
                                           QCoreApplication::translate("SeguimientoReport", "Value %1").arg(y),
                                           ColumnType::Decimal });
        }
    }
    resultSection.columns
        << ReportColumn { u"avance"_s, QCoreApplication::translate("SeguimientoReport", "Progress (%)"),
                          ColumnType::Percent }
        << ReportColumn { u"categoria"_s, QCoreApplication::translate("SeguimientoReport", "Category"),
                          ColumnType::Text }
        << ReportColumn { u"metas"_s, QCoreApplication::translate("SeguimientoReport", "Product goals"),
                          ColumnType::Text }
        << ReportColumn {
               u"eficacia_metas"_s,
               QCoreApplication::translate("SeguimientoReport", "Eficacia of the goals %1 (%)").arg(yearText),
               ColumnType::Percent
           };
    QHash<qint64, QString> codeOf;
    for (const ProductIndicator &i : plan.indicators)
        codeOf.insert(i.id, i.code);
    for (const calc::ResultFollowUp &r : results) {
        ReportRow row;
        row.cells = { r.lineName,
                      r.name,
                      r.unit,
                      displayName(r.direction),
                      optional(r.baseline),
                      r.baselineYear ? QVariant(QString::number(*r.baselineYear)) : QVariant(),
                      optional(r.target) };
        for (int y : valueYears) {
            QVariant cell = QCoreApplication::translate("SeguimientoReport", "No data");
            for (const calc::ResultYear &ry : r.years) {
                if (ry.year == y && ry.value)
                    cell = *ry.value;
            }
            row.cells << cell;
        }
        row.cells << (r.progress ? QVariant(r.progress->capped) : QVariant());
        QString category = r.category.name;
        if (r.improving && !*r.improving)
            category += QCoreApplication::translate("SeguimientoReport", " (moving the wrong way)");
        row.cells << category;
        QStringList codes;
        for (qint64 id : r.linkedIndicatorIds)
            codes << codeOf.value(id);
        QString goals = codes.join(u", "_s);
        if (r.linkedByLine)
            goals = QCoreApplication::translate("SeguimientoReport", "Every goal of the line (%1)").arg(codes.size());
        row.cells << goals << optional(r.linkedEfficacy);
        resultSection.rows.append(row);
    }
    report.sections << resultSection;

    // --- By office and by sector -------------------------------------------------------------
    auto groupSection = [&](const QString &title, const QString &nameTitle, const QList<calc::GroupEfficacy> &groups,
                            bool sectors) {
        ReportSection s;
        s.title = title;
        s.note = QCoreApplication::translate(
            "SeguimientoReport",
            "Goals weighted by their share of the plan (the weights of line, program and goal multiplied).");
        s.columns
            = { { u"nombre"_s, nameTitle, ColumnType::Text },
                { u"metas_programadas"_s,
                  QCoreApplication::translate("SeguimientoReport", "Goals programmed %1").arg(yearText),
                  ColumnType::Integer },
                { u"metas_sin_reporte"_s, QCoreApplication::translate("SeguimientoReport", "Without a report"),
                  ColumnType::Integer },
                { u"eficacia"_s, QCoreApplication::translate("SeguimientoReport", "Eficacia %1 (%)").arg(yearText),
                  ColumnType::Percent },
                { u"categoria"_s, QCoreApplication::translate("SeguimientoReport", "Category"), ColumnType::Text },
                { u"avance_cuatrienio"_s, QCoreApplication::translate("SeguimientoReport", "Four-year progress (%)"),
                  ColumnType::Percent } };
        for (const calc::GroupEfficacy &g : groups) {
            QString name = g.name;
            if (sectors) // "22 Educación" when the catalog names it, else the code alone
                name = context.sector(g.code) == g.code ? g.code : g.code + u" "_s + context.sector(g.code);
            s.rows.append({ RowKind::Data,
                            { name, qint64(g.goalsProgrammed), qint64(g.goalsWithoutReport), optional(g.efficacy),
                              g.category.name, optional(g.termProgress) } });
        }
        return s;
    };
    report.sections << groupSection(QCoreApplication::translate("SeguimientoReport", "Eficacia by responsible office"),
                                    QCoreApplication::translate("SeguimientoReport", "Responsible office"), eff.offices,
                                    false);
    report.sections << groupSection(QCoreApplication::translate("SeguimientoReport", "Eficacia by sector"),
                                    QCoreApplication::translate("SeguimientoReport", "Sector"), eff.sectors, true);

    // --- Flags -------------------------------------------------------------------------------
    ReportSection flags;
    flags.title = QCoreApplication::translate("SeguimientoReport", "Flags of %1").arg(yearText);
    flags.note = QCoreApplication::translate(
        "SeguimientoReport",
        "Money spent, no progress: commitments or obligations of the product in the year and nothing "
        "achieved. Progress, no money: something achieved and no commitments. No report: a goal "
        "programmed for the year with no value reported.");
    flags.columns
        = { { u"codigo"_s, QCoreApplication::translate("SeguimientoReport", "Code"), ColumnType::Text },
            { u"meta"_s, QCoreApplication::translate("SeguimientoReport", "Goal"), ColumnType::Text },
            { u"responsable"_s, QCoreApplication::translate("SeguimientoReport", "Responsible office"),
              ColumnType::Text },
            { u"alerta"_s, QCoreApplication::translate("SeguimientoReport", "Flag"), ColumnType::Text },
            { u"logro"_s, QCoreApplication::translate("SeguimientoReport", "Achieved %1").arg(yearText),
              ColumnType::Decimal },
            { u"compromisos"_s, QCoreApplication::translate("SeguimientoReport", "Commitments %1").arg(yearText),
              ColumnType::Money },
            { u"obligaciones"_s, QCoreApplication::translate("SeguimientoReport", "Obligations %1").arg(yearText),
              ColumnType::Money } };
    // One row per goal, with all its flags: a goal without a report and with money spent was
    // listed twice.
    for (const calc::GoalEfficacy &g : eff.goals) {
        const QStringList goalFlags = calc::flagTexts(g);
        if (goalFlags.isEmpty())
            continue;
        flags.rows.append({ RowKind::Data,
                            { g.code, g.name, officeName(plan, g.officeId), goalFlags.join(u"; "_s),
                              optional(g.achieved), g.commitments, g.obligations } });
    }
    if (flags.rows.isEmpty())
        flags.rows.append({ RowKind::Data,
                            { QVariant(), QCoreApplication::translate("SeguimientoReport", "No flags this year."),
                              QVariant(), QVariant(), QVariant(), QVariant(), QVariant() } });
    report.sections << flags;
    return report;
}

} // namespace planea::report
