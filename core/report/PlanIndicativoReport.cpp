#include "PlanIndicativoReport.h"

#include "domain/PlanData.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea::report {

namespace {

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

Report buildPlanIndicativoReport(const PlanData &plan, const ReportContext &context)
{
    Report report;
    report.code = u"plan-indicativo"_s;
    report.title = QCoreApplication::translate("PlanIndicativoReport", "Plan Indicativo");
    report.subtitle = QCoreApplication::translate("PlanIndicativoReport", "%1 (%2), %3–%4")
                          .arg(plan.info.entity.name, plan.info.entity.departmentName)
                          .arg(plan.info.term.startYear)
                          .arg(plan.info.term.endYear());

    const QList<int> years = plan.info.term.years();
    report.columns = {
        { u"linea"_s, QCoreApplication::translate("PlanIndicativoReport", "Strategic line"), ColumnType::Text },
        { u"cod_sector"_s, QCoreApplication::translate("PlanIndicativoReport", "Sector code"), ColumnType::Text },
        { u"sector"_s, QCoreApplication::translate("PlanIndicativoReport", "Sector"), ColumnType::Text },
        { u"cod_programa"_s, QCoreApplication::translate("PlanIndicativoReport", "Program code"), ColumnType::Text },
        { u"programa"_s, QCoreApplication::translate("PlanIndicativoReport", "Program"), ColumnType::Text },
        { u"cod_producto"_s, QCoreApplication::translate("PlanIndicativoReport", "Product code"), ColumnType::Text },
        { u"producto"_s, QCoreApplication::translate("PlanIndicativoReport", "Product"), ColumnType::Text },
        { u"cod_indicador"_s, QCoreApplication::translate("PlanIndicativoReport", "Indicator code"), ColumnType::Text },
        { u"indicador"_s, QCoreApplication::translate("PlanIndicativoReport", "Product indicator"), ColumnType::Text },
        { u"unidad"_s, QCoreApplication::translate("PlanIndicativoReport", "Unit"), ColumnType::Text },
        { u"linea_base"_s, QCoreApplication::translate("PlanIndicativoReport", "Baseline"), ColumnType::Decimal },
        { u"meta_cuatrienio"_s, QCoreApplication::translate("PlanIndicativoReport", "Four-year target"),
          ColumnType::Decimal },
        { u"tipo_acumulacion"_s, QCoreApplication::translate("PlanIndicativoReport", "Accumulation type"),
          ColumnType::Text },
    };
    // The entity's own goal numbers («COD META PRODUCTO»), when the plan has them: several goals may
    // share one MGA indicator code, and this is the number the municipality knows them by.
    const bool goalCodes = std::any_of(plan.indicators.cbegin(), plan.indicators.cend(),
                                       [](const ProductIndicator &i) { return !i.goalCode.isEmpty(); });
    if (goalCodes)
        report.columns.insert(
            report.columnIndex(u"cod_indicador"_s),
            { u"cod_meta"_s, QCoreApplication::translate("PlanIndicativoReport", "Goal code"), ColumnType::Text });
    for (int year : years)
        report.columns.append({ u"meta_%1"_s.arg(year),
                                QCoreApplication::translate("PlanIndicativoReport", "Target %1").arg(year),
                                ColumnType::Decimal });
    report.columns.append(
        { u"ponderacion"_s, QCoreApplication::translate("PlanIndicativoReport", "Weight (%)"), ColumnType::Percent });
    report.columns.append({ u"responsable"_s, QCoreApplication::translate("PlanIndicativoReport", "Responsible office"),
                            ColumnType::Text });
    report.columns.append(
        { u"costo"_s, QCoreApplication::translate("PlanIndicativoReport", "Product cost"), ColumnType::Money });
    for (int year : years)
        report.columns.append({ u"recursos_%1"_s.arg(year),
                                QCoreApplication::translate("PlanIndicativoReport", "Resources %1").arg(year),
                                ColumnType::Money });

    // On paper the line, the sector and the program head the rows they hold, and codes go with
    // their names: 17 columns instead of 24 on a letter page, so that no word is cut in two.
    report.paper.groups = {
        { { u"linea"_s }, QCoreApplication::translate("PlanIndicativoReport", "Strategic line: %1") },
        { { u"cod_sector"_s, u"sector"_s, u"cod_programa"_s, u"programa"_s },
          QCoreApplication::translate("PlanIndicativoReport", "Sector %1 %2 · Program %3 %4") },
    };
    report.paper.joined = { { u"cod_producto"_s, u"producto"_s }, { u"cod_indicador"_s, u"indicador"_s } };
    report.paper.printedOnce = { u"producto"_s };
    report.shortTitles.insert(u"tipo_acumulacion"_s,
                              QCoreApplication::translate("PlanIndicativoReport", "Accumulation"));

    // Money per product and year, from the investment plan.
    QHash<qint64, QHash<int, Money>> money;
    for (const InvestmentAmount &cell : plan.investments)
        money[cell.productId][cell.year] += cell.amount;

    Money totalCost = 0;
    QHash<int, Money> totalByYear;
    const QString notProgrammed = QCoreApplication::translate("PlanIndicativoReport", "NP");
    for (const StrategicLine &line : plan.lines) {
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            const QString sectorCode = program->code.left(2);
            for (const Product *product : plan.productsOf(program->id)) {
                bool first = true;
                // A product without indicators still gets a row, so that its money is not lost.
                QList<const ProductIndicator *> indicators = plan.indicatorsOf(product->id);
                if (indicators.isEmpty())
                    indicators.append(nullptr);
                for (const ProductIndicator *indicator : indicators) {
                    ReportRow row;
                    row.cells = { line.name,     sectorCode,   context.sector(sectorCode), program->code, program->name,
                                  product->code, product->name };
                    if (indicator) {
                        if (goalCodes)
                            row.cells << indicator->goalCode;
                        row.cells << indicator->code << indicator->displayName() << indicator->unit
                                  << optionalNumber(indicator->baseline) << indicator->termTarget
                                  << displayName(indicator->accumulation);
                        for (int year : years) {
                            const AnnualTarget *target = indicator->target(year);
                            if (!target)
                                row.cells.append(QVariant());
                            else if (target->notProgrammed)
                                row.cells.append(notProgrammed);
                            else
                                row.cells.append(optionalNumber(target->value));
                        }
                        row.cells.append(optionalNumber(indicator->weight));
                        const Office *office
                            = indicator->responsibleOfficeId ? plan.office(*indicator->responsibleOfficeId) : nullptr;
                        row.cells.append(office ? office->name : QString());
                    } else {
                        while (row.cells.size() < report.columnIndex(u"costo"_s))
                            row.cells.append(QVariant());
                    }
                    if (first) {
                        row.cells.append(product->cost);
                        totalCost += product->cost;
                        for (int year : years) {
                            const Money m = money.value(product->id).value(year);
                            row.cells.append(m);
                            totalByYear[year] += m;
                        }
                    } else {
                        for (int i = 0; i <= years.size(); ++i)
                            row.cells.append(QVariant());
                    }
                    first = false;
                    report.rows.append(row);
                }
            }
        }
    }

    ReportRow total;
    total.kind = RowKind::Total;
    total.cells.append(QCoreApplication::translate("PlanIndicativoReport", "Total"));
    while (total.cells.size() < report.columnIndex(u"costo"_s))
        total.cells.append(QVariant());
    total.cells.append(totalCost);
    for (int year : years)
        total.cells.append(totalByYear.value(year));
    report.rows.append(total);
    if (std::any_of(report.rows.cbegin(), report.rows.cend(),
                    [&](const ReportRow &row) { return row.cells.contains(QVariant(notProgrammed)); }))
        report.tableNote
            = QCoreApplication::translate("PlanIndicativoReport", "NP: goal not programmed for that year.");
    report.closingTotals = 1;
    return report;
}

} // namespace planea::report
