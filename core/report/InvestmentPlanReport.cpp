#include "InvestmentPlanReport.h"

#include "domain/PlanData.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea::report {

namespace {

using Key = QPair<int, QString>; // year, source

/// Appends one money row: a label, the year (or none), one amount per source and their total.
ReportRow moneyRow(RowKind kind, const QVariantList &leading, const QStringList &sources,
                   const QHash<QString, Money> &bySource)
{
    ReportRow row;
    row.kind = kind;
    row.cells = leading;
    Money total = 0;
    for (const QString &source : sources) {
        const Money m = bySource.value(source);
        row.cells.append(m);
        total += m;
    }
    row.cells.append(total);
    return row;
}

/// Paper headers for the sources whose names are too long for a narrow money column; the
/// report's table note says what the abbreviations stand for.
QString shortSourceName(const QString &code)
{
    static const QHash<QString, QString> names {
        { u"SGP_PAE"_s, u"SGP PAE"_s },        { u"SGP_APSB"_s, u"SGP APSB"_s },
        { u"SGP_RIB"_s, u"SGP Ribereños"_s },  { u"SGP_LD"_s, u"SGP Libre dest."_s },
        { u"SGP_RES"_s, u"SGP Resguardos"_s }, { u"COF_DEP"_s, u"Cofin. Depto."_s },
        { u"COF_NAC"_s, u"Cofin. Nación"_s },
    };
    return names.value(code);
}

} // namespace

QStringList orderedSourceCodes(const QStringList &usedCodes)
{
    static const QStringList kptOrder = { u"RP"_s,     u"SGP_EDU"_s, u"SGP_SAL"_s, u"SGP_DEP"_s, u"SGP_CUL"_s,
                                          u"SGP_LI"_s, u"SGP_LD"_s,  u"SGP_PAE"_s, u"SGP_RIB"_s, u"SGP_APSB"_s,
                                          u"CRED"_s,   u"COF_DEP"_s, u"COF_NAC"_s, u"OTROS"_s,   u"SGP_RES"_s };
    const QSet<QString> used(usedCodes.cbegin(), usedCodes.cend());
    QStringList out;
    for (const QString &code : kptOrder) {
        if (used.contains(code))
            out.append(code);
    }
    QStringList others;
    for (const QString &code : used) {
        if (!kptOrder.contains(code))
            others.append(code);
    }
    std::sort(others.begin(), others.end());
    return out + others;
}

Report buildInvestmentPlanReport(const PlanData &plan, const ReportContext &context)
{
    Report report;
    report.code = u"ppi"_s;
    report.title = QCoreApplication::translate("InvestmentPlanReport", "Plan Plurianual de Inversiones");
    report.subtitle = QCoreApplication::translate("InvestmentPlanReport", "%1 (%2), %3–%4")
                          .arg(plan.info.entity.name, plan.info.entity.departmentName)
                          .arg(plan.info.term.startYear)
                          .arg(plan.info.term.endYear());
    const QList<int> years = plan.info.term.years();

    QHash<qint64, QHash<Key, Money>> cells;
    QStringList used;
    for (const InvestmentAmount &cell : plan.investments) {
        if (!plan.info.term.contains(cell.year))
            continue;
        cells[cell.productId][{ cell.year, cell.sourceCode }] += cell.amount;
        if (!used.contains(cell.sourceCode))
            used.append(cell.sourceCode);
    }
    const QStringList sources = orderedSourceCodes(used);

    report.columns = {
        { u"linea"_s, QCoreApplication::translate("InvestmentPlanReport", "Strategic line"), ColumnType::Text },
        { u"cod_programa"_s, QCoreApplication::translate("InvestmentPlanReport", "Program code"), ColumnType::Text },
        { u"programa"_s, QCoreApplication::translate("InvestmentPlanReport", "Program"), ColumnType::Text },
        { u"cod_producto"_s, QCoreApplication::translate("InvestmentPlanReport", "Product code"), ColumnType::Text },
        { u"producto"_s, QCoreApplication::translate("InvestmentPlanReport", "Product"), ColumnType::Text },
        { u"anio"_s, QCoreApplication::translate("InvestmentPlanReport", "Year"), ColumnType::Integer },
    };
    for (const QString &source : sources) {
        report.columns.append({ u"fuente_"_s + source, context.source(source), ColumnType::Money });
        if (const QString brief = shortSourceName(source); !brief.isEmpty())
            report.shortTitles.insert(u"fuente_"_s + source, brief);
    }
    // The paper headers' abbreviations, only those the table uses.
    QStringList abbreviations;
    if (sources.contains(u"SGP_PAE"_s))
        abbreviations << QCoreApplication::translate("InvestmentPlanReport", "PAE: school meals");
    if (sources.contains(u"SGP_APSB"_s))
        abbreviations << QCoreApplication::translate("InvestmentPlanReport",
                                                     "APSB: drinking water and basic sanitation");
    if (sources.contains(u"COF_DEP"_s) || sources.contains(u"COF_NAC"_s))
        abbreviations << QCoreApplication::translate("InvestmentPlanReport", "Cofin.: co-financing transfers");
    if (sources.contains(u"COF_DEP"_s))
        abbreviations << QCoreApplication::translate("InvestmentPlanReport", "Depto.: department");
    if (!abbreviations.isEmpty())
        report.tableNote = abbreviations.join(u"; "_s) + u"."_s;
    report.columns.append(
        { u"total"_s, QCoreApplication::translate("InvestmentPlanReport", "Total"), ColumnType::Money });

    // On paper the line and the program head their products, and each product is named once
    // above its four years.
    report.paper.groups = {
        { { u"linea"_s }, QCoreApplication::translate("InvestmentPlanReport", "Strategic line: %1") },
        { { u"cod_programa"_s, u"programa"_s }, QCoreApplication::translate("InvestmentPlanReport", "Program %1 %2") },
    };
    report.paper.joined = { { u"cod_producto"_s, u"producto"_s } };
    report.paper.printedOnce = { u"producto"_s };

    // The four years' sums say so in the year column ("2028–2031"), not with an empty cell.
    const QString term = u"%1–%2"_s.arg(plan.info.term.startYear).arg(plan.info.term.endYear());
    QHash<int, QHash<QString, Money>> planByYear;
    QHash<QString, Money> planTotal;
    for (const StrategicLine &line : plan.lines) {
        QHash<int, QHash<QString, Money>> lineByYear;
        QHash<QString, Money> lineTotal;
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            for (const Product *product : plan.productsOf(program->id)) {
                const QHash<Key, Money> productCells = cells.value(product->id);
                for (int year : years) {
                    QHash<QString, Money> bySource;
                    bool any = false;
                    for (const QString &source : sources) {
                        const Money m = productCells.value({ year, source });
                        bySource[source] = m;
                        any = any || m != 0;
                        lineByYear[year][source] += m;
                        lineTotal[source] += m;
                        planByYear[year][source] += m;
                        planTotal[source] += m;
                    }
                    // A year without money is no row of dashes: the product's rows are its funded years.
                    if (!any)
                        continue;
                    report.rows.append(moneyRow(
                        RowKind::Data, { line.name, program->code, program->name, product->code, product->name, year },
                        sources, bySource));
                }
            }
        }
        for (int year : years) {
            const QHash<QString, Money> yearTotals = lineByYear.value(year);
            if (std::all_of(yearTotals.cbegin(), yearTotals.cend(), [](Money m) { return m == 0; }))
                continue;
            report.rows.append(
                moneyRow(RowKind::Total,
                         { QCoreApplication::translate("InvestmentPlanReport", "Total %1").arg(line.name), QVariant(),
                           QVariant(), QVariant(), QVariant(), year },
                         sources, yearTotals));
        }
        report.rows.append(moneyRow(RowKind::Total,
                                    { QCoreApplication::translate("InvestmentPlanReport", "Total %1").arg(line.name),
                                      QVariant(), QVariant(), QVariant(), QVariant(), term },
                                    sources, lineTotal));
    }
    for (int year : years) {
        report.rows.append(moneyRow(RowKind::Total,
                                    { QCoreApplication::translate("InvestmentPlanReport", "Plan total"), QVariant(),
                                      QVariant(), QVariant(), QVariant(), year },
                                    sources, planByYear.value(year)));
    }
    report.rows.append(moneyRow(RowKind::Total,
                                { QCoreApplication::translate("InvestmentPlanReport", "Plan total"), QVariant(),
                                  QVariant(), QVariant(), QVariant(), term },
                                sources, planTotal));
    report.closingTotals = int(years.size()) + 1; // the plan's total of each year and of the term
    return report;
}

} // namespace planea::report
