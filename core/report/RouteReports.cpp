#include "RouteReports.h"

#include "calc/Completeness.h"
#include "domain/PlanData.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::report {

namespace {

QString subtitleOf(const PlanData &plan)
{
    return QCoreApplication::translate("RouteReports", "%1 (%2), %3–%4")
        .arg(plan.info.entity.name, plan.info.entity.departmentName)
        .arg(plan.info.term.startYear)
        .arg(plan.info.term.endYear());
}

Report start(const PlanData &plan, const QString &code, const QString &title)
{
    Report r;
    r.code = code;
    r.title = title;
    r.subtitle = subtitleOf(plan);
    return r;
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString lineLabel(const StrategicLine &line)
{
    return QCoreApplication::translate("RouteReports", "%1. %2").arg(line.sortOrder).arg(line.name);
}

/// Lower case without accents, for matching names typed on a command line.
QString folded(const QString &text)
{
    const QString decomposed = text.trimmed().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

/// "No errors or warnings", "1 error and 3 warnings"…
QString findingsText(qsizetype errors, qsizetype warnings)
{
    if (errors == 0 && warnings == 0)
        return QCoreApplication::translate("RouteReports", "No errors or warnings");
    const QString e = errors == 1 ? QCoreApplication::translate("RouteReports", "1 error")
                                  : QCoreApplication::translate("RouteReports", "%1 errors").arg(errors);
    const QString w = warnings == 1 ? QCoreApplication::translate("RouteReports", "1 warning")
                                    : QCoreApplication::translate("RouteReports", "%1 warnings").arg(warnings);
    if (warnings == 0)
        return e;
    if (errors == 0)
        return w;
    return QCoreApplication::translate("RouteReports", "%1 and %2").arg(e, w);
}

} // namespace

Report buildChecklistReport(const PlanData &plan, const ReportContext &)
{
    Report r = start(plan, u"alistamiento"_s, QCoreApplication::translate("RouteReports", "Readiness checklist"));
    r.columns = { { u"codigo"_s, QCoreApplication::translate("RouteReports", "Code"), ColumnType::Text },
                  { u"item"_s, QCoreApplication::translate("RouteReports", "Item"), ColumnType::Text },
                  { u"estado"_s, QCoreApplication::translate("RouteReports", "State"), ColumnType::Text },
                  { u"evidencia"_s, QCoreApplication::translate("RouteReports", "Evidence"), ColumnType::Text } };
    // The item codes are Planea's keys (PROGRAMA_GOBIERNO): useful in a spreadsheet, not on paper.
    r.paper.hidden = { u"codigo"_s };
    int done = 0;
    for (const ChecklistItem &item : plan.checklist) {
        r.rows.append({ RowKind::Data,
                        { item.code, item.text,
                          item.done ? QCoreApplication::translate("RouteReports", "Done")
                                    : QCoreApplication::translate("RouteReports", "Pending"),
                          item.evidence } });
        done += item.done ? 1 : 0;
    }
    if (!plan.checklist.isEmpty()) {
        r.rows.append(
            { RowKind::Total,
              { QCoreApplication::translate("RouteReports", "Total"),
                QCoreApplication::translate("RouteReports", "%1 of %2 items done").arg(done).arg(plan.checklist.size()),
                QVariant(), QVariant() } });
        r.closingTotals = 1;
    }
    return r;
}

Report buildTeamReport(const PlanData &plan, const ReportContext &)
{
    Report r = start(plan, u"equipo"_s, QCoreApplication::translate("RouteReports", "Territorial team"));
    r.columns = { { u"nombre"_s, QCoreApplication::translate("RouteReports", "Name"), ColumnType::Text },
                  { u"cargo"_s, QCoreApplication::translate("RouteReports", "Position"), ColumnType::Text },
                  { u"dependencia"_s, QCoreApplication::translate("RouteReports", "Office"), ColumnType::Text },
                  { u"rol"_s, QCoreApplication::translate("RouteReports", "Role"), ColumnType::Text },
                  { u"lider"_s, QCoreApplication::translate("RouteReports", "Leader"), ColumnType::Text },
                  { u"correo"_s, QCoreApplication::translate("RouteReports", "E-mail"), ColumnType::Text },
                  { u"telefono"_s, QCoreApplication::translate("RouteReports", "Phone"), ColumnType::Text } };
    for (const TeamMember &m : plan.team) {
        r.rows.append(
            { RowKind::Data,
              { m.name, m.position, m.office, m.role,
                m.isLeader ? QCoreApplication::translate("RouteReports", "Yes") : QString(), m.email, m.phone } });
    }
    return r;
}

Report buildLinesReport(const PlanData &plan, const ReportContext &context)
{
    Report r = start(plan, u"lineas"_s, QCoreApplication::translate("RouteReports", "Strategic lines"));
    r.columns = { { u"orden"_s, QCoreApplication::translate("RouteReports", "No."), ColumnType::Integer },
                  { u"linea"_s, QCoreApplication::translate("RouteReports", "Strategic line"), ColumnType::Text },
                  { u"descripcion"_s, QCoreApplication::translate("RouteReports", "Description"), ColumnType::Text },
                  { u"sectores"_s, QCoreApplication::translate("RouteReports", "Sectors"), ColumnType::Text },
                  { u"ponderacion"_s, QCoreApplication::translate("RouteReports", "Weight (%)"), ColumnType::Percent },
                  { u"programas"_s, QCoreApplication::translate("RouteReports", "Programs"), ColumnType::Integer },
                  { u"productos"_s, QCoreApplication::translate("RouteReports", "Products"), ColumnType::Integer },
                  { u"metas"_s, QCoreApplication::translate("RouteReports", "Product goals"), ColumnType::Integer },
                  { u"inversion"_s, QCoreApplication::translate("RouteReports", "Investment of the term"),
                    ColumnType::Money } };
    qint64 programs = 0, products = 0, goals = 0;
    Money money = 0;
    double weight = 0.0;
    for (const StrategicLine &line : plan.lines) {
        QStringList sectors;
        for (const QString &code : line.sectorCodes)
            sectors.append(context.sector(code));
        qint64 lp = 0, lprod = 0, lg = 0;
        Money lm = 0;
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            ++lp;
            for (const Product *product : plan.productsOf(program->id)) {
                ++lprod;
                lg += plan.indicatorsOf(product->id).size();
                lm += plan.investmentTotal(product->id);
            }
        }
        r.rows.append({ RowKind::Data,
                        { line.sortOrder, line.name, line.description, sectors.join(u", "_s),
                          optionalNumber(line.weight), lp, lprod, lg, lm } });
        programs += lp;
        products += lprod;
        goals += lg;
        money += lm;
        weight += line.weight.value_or(0.0);
    }
    r.rows.append({ RowKind::Total,
                    { QVariant(), QCoreApplication::translate("RouteReports", "Total"), QVariant(), QVariant(), weight,
                      programs, products, goals, money } });
    r.closingTotals = 1;
    return r;
}

Report buildDiagnosisReport(const PlanData &plan, const ReportContext &context)
{
    Report r
        = start(plan, u"diagnostico"_s, QCoreApplication::translate("RouteReports", "Diagnosis: wellbeing indicators"));
    r.sheetName = QCoreApplication::translate("RouteReports", "Diagnosis");
    // The situation before the term: every year from the first one with a value to the year
    // before the term starts (a year without values is shown empty, not skipped), at most ten.
    // Values of the term's years are follow-up, printed by the seguimiento.
    int first = 0;
    int last = 0;
    for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
        for (const IndicatorValue &v : w.values) {
            if (v.year >= plan.info.term.startYear)
                continue;
            first = first == 0 ? v.year : std::min(first, v.year);
            last = std::max(last, v.year);
        }
    }
    QList<int> years;
    if (first != 0) {
        last = std::max(last, plan.info.term.startYear - 1);
        for (int year = std::max(first, last - 9); year <= last; ++year)
            years.append(year);
        r.tableNote = QCoreApplication::translate("RouteReports",
                                                  "Values up to %1, the year before the term; the values of the "
                                                  "term's years are in the follow-up report.")
                          .arg(last);
    }
    r.columns
        = { { u"linea"_s, QCoreApplication::translate("RouteReports", "Strategic line"), ColumnType::Text },
            { u"sector"_s, QCoreApplication::translate("RouteReports", "Sector"), ColumnType::Text },
            { u"indicador"_s, QCoreApplication::translate("RouteReports", "Wellbeing indicator"), ColumnType::Text },
            { u"unidad"_s, QCoreApplication::translate("RouteReports", "Unit"), ColumnType::Text },
            { u"fuente"_s, QCoreApplication::translate("RouteReports", "Source"), ColumnType::Text },
            { u"ods"_s, QCoreApplication::translate("RouteReports", "SDG"), ColumnType::Integer } };
    for (int year : years)
        r.columns.append({ u"valor_%1"_s.arg(year), QString::number(year), ColumnType::Decimal });
    r.columns.append({ u"priorizado"_s, QCoreApplication::translate("RouteReports", "Prioritised"), ColumnType::Text });

    for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
        const StrategicLine *line = w.lineId ? plan.line(*w.lineId) : nullptr;
        ReportRow row;
        row.cells = { line ? lineLabel(*line) : QString(),
                      w.sectorCode.isEmpty() ? QString() : context.sector(w.sectorCode),
                      w.name,
                      w.unit,
                      w.source,
                      w.sdg ? QVariant(*w.sdg) : QVariant() };
        for (int year : years) {
            QVariant value;
            for (const IndicatorValue &v : w.values) {
                if (v.year == year)
                    value = v.value;
            }
            row.cells.append(value);
        }
        row.cells.append(w.isPrioritized ? QCoreApplication::translate("RouteReports", "Yes")
                                         : QCoreApplication::translate("RouteReports", "No"));
        r.rows.append(row);
    }
    return r;
}

Report buildStrategicPlanReport(const PlanData &plan, const ReportContext &)
{
    Report r = start(plan, u"plan-estrategico"_s, QCoreApplication::translate("RouteReports", "Strategic part"));
    r.columns
        = { { u"linea"_s, QCoreApplication::translate("RouteReports", "Strategic line"), ColumnType::Text },
            { u"tipo"_s, QCoreApplication::translate("RouteReports", "Element"), ColumnType::Text },
            { u"codigo"_s, QCoreApplication::translate("RouteReports", "Code"), ColumnType::Text },
            { u"nombre"_s, QCoreApplication::translate("RouteReports", "Name"), ColumnType::Text },
            { u"detalle"_s, QCoreApplication::translate("RouteReports", "Unit or objective"), ColumnType::Text },
            { u"linea_base"_s, QCoreApplication::translate("RouteReports", "Baseline"), ColumnType::Decimal },
            { u"meta"_s, QCoreApplication::translate("RouteReports", "Four-year target"), ColumnType::Decimal },
            { u"ponderacion"_s, QCoreApplication::translate("RouteReports", "Weight (%)"), ColumnType::Percent } };
    // On paper each line heads its own row, its wellbeing indicators and its programs, and the
    // kind of element is named once above the elements of that kind.
    r.paper.groups = { { { u"linea"_s }, QCoreApplication::translate("RouteReports", "Strategic line %1") } };
    r.paper.totalsOpenGroups = true;
    r.paper.printedOnce = { u"tipo"_s };
    for (const StrategicLine &line : plan.lines) {
        const QString label = lineLabel(line);
        r.rows.append({ RowKind::Total,
                        { label, QCoreApplication::translate("RouteReports", "Strategic line"), QVariant(), line.name,
                          line.description, QVariant(), QVariant(), optionalNumber(line.weight) } });
        for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
            if (!w.isPrioritized || w.lineId != line.id)
                continue;
            QString detail = w.unit;
            if (w.baselineYear)
                detail += QCoreApplication::translate("RouteReports", " (baseline %1)").arg(*w.baselineYear);
            r.rows.append({ RowKind::Data,
                            { label, QCoreApplication::translate("RouteReports", "Wellbeing indicator"), QVariant(),
                              w.name, detail, optionalNumber(w.baseline), optionalNumber(w.target), QVariant() } });
        }
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            r.rows.append(
                { RowKind::Data,
                  { label, QCoreApplication::translate("RouteReports", "Budget program"), program->code, program->name,
                    program->objective, QVariant(), QVariant(), optionalNumber(program->weight) } });
        }
    }
    return r;
}

const Office *findOffice(const PlanData &plan, const QString &name)
{
    const QString wanted = folded(name);
    for (const Office &o : plan.offices) {
        if (folded(o.name) == wanted)
            return &o;
    }
    return nullptr;
}

int actionPlanYear(const PlanData &plan, int requested)
{
    if (requested > 0)
        return requested;
    const int today = QDate::currentDate().year();
    return plan.info.term.contains(today) ? today : plan.info.term.startYear;
}

Report buildActionPlanReport(const PlanData &plan, const ReportContext &context)
{
    const int year = actionPlanYear(plan, context.year);
    const QString wanted = folded(context.office);
    Report r = start(plan, u"plan-accion"_s, QCoreApplication::translate("RouteReports", "Action plan %1").arg(year));
    r.subtitle += u" · "_s
        + (wanted.isEmpty() ? QCoreApplication::translate("RouteReports", "all offices") : context.office.trimmed());
    r.columns = {
        { u"dependencia"_s, QCoreApplication::translate("RouteReports", "Responsible office"), ColumnType::Text },
        { u"linea"_s, QCoreApplication::translate("RouteReports", "Strategic line"), ColumnType::Text },
        { u"cod_programa"_s, QCoreApplication::translate("RouteReports", "Program code"), ColumnType::Text },
        { u"cod_producto"_s, QCoreApplication::translate("RouteReports", "Product code"), ColumnType::Text },
        { u"producto"_s, QCoreApplication::translate("RouteReports", "Product"), ColumnType::Text },
        { u"cod_indicador"_s, QCoreApplication::translate("RouteReports", "Indicator code"), ColumnType::Text },
        { u"indicador"_s, QCoreApplication::translate("RouteReports", "Product indicator"), ColumnType::Text },
        { u"unidad"_s, QCoreApplication::translate("RouteReports", "Unit"), ColumnType::Text },
        { u"meta_anio"_s, QCoreApplication::translate("RouteReports", "Target %1").arg(year), ColumnType::Decimal },
        { u"meta_cuatrienio"_s, QCoreApplication::translate("RouteReports", "Four-year target"), ColumnType::Decimal },
        { u"recursos_anio"_s, QCoreApplication::translate("RouteReports", "Resources %1").arg(year), ColumnType::Money }
    };

    // On paper each office heads its goals, and each line its programs.
    r.paper.groups = {
        { { u"dependencia"_s }, QCoreApplication::translate("RouteReports", "Responsible office: %1") },
        { { u"linea"_s }, QCoreApplication::translate("RouteReports", "Strategic line: %1") },
    };
    r.paper.joined = { { u"cod_producto"_s, u"producto"_s }, { u"cod_indicador"_s, u"indicador"_s } };
    r.paper.printedOnce = { u"producto"_s };
    r.paper.hidden = { u"cod_programa"_s }; // the product code begins with it

    QHash<qint64, Money> money;
    for (const InvestmentAmount &cell : plan.investments) {
        if (cell.year == year)
            money[cell.productId] += cell.amount;
    }
    // Offices in the plan's order, then goals without an office.
    QList<std::optional<qint64>> groups;
    for (const Office &o : plan.offices)
        groups.append(o.id);
    groups.append(std::nullopt);

    Money total = 0;
    const QString notProgrammed = QCoreApplication::translate("RouteReports", "NP");
    for (const std::optional<qint64> &officeId : groups) {
        const Office *office = officeId ? plan.office(*officeId) : nullptr;
        const QString officeName
            = office ? office->name : QCoreApplication::translate("RouteReports", "(no responsible office)");
        if (!wanted.isEmpty() && (!office || folded(office->name) != wanted))
            continue;
        QSet<qint64> productsCounted;
        for (const StrategicLine &line : plan.lines) {
            for (const BudgetProgram *program : plan.programsOf(line.id)) {
                for (const Product *product : plan.productsOf(program->id)) {
                    for (const ProductIndicator *ind : plan.indicatorsOf(product->id)) {
                        if (ind->responsibleOfficeId != officeId)
                            continue;
                        const AnnualTarget *target = ind->target(year);
                        QVariant targetCell;
                        if (target && target->notProgrammed)
                            targetCell = notProgrammed;
                        else if (target)
                            targetCell = optionalNumber(target->value);
                        // A product's money once per office, on its first goal of that office.
                        QVariant moneyCell;
                        if (!productsCounted.contains(product->id)) {
                            productsCounted.insert(product->id);
                            moneyCell = money.value(product->id);
                            total += money.value(product->id);
                        }
                        r.rows.append(
                            { RowKind::Data,
                              { officeName, lineLabel(line), program->code, product->code, product->name, ind->code,
                                ind->displayName(), ind->unit, targetCell, ind->termTarget, moneyCell } });
                    }
                }
            }
        }
    }
    ReportRow totalRow;
    totalRow.kind = RowKind::Total;
    totalRow.cells.append(QCoreApplication::translate("RouteReports", "Total"));
    while (totalRow.cells.size() < r.columns.size() - 1)
        totalRow.cells.append(QVariant());
    totalRow.cells.append(total);
    r.rows.append(totalRow);
    if (std::any_of(r.rows.cbegin(), r.rows.cend(), [&](const ReportRow &row) {
            return row.cells.value(r.columnIndex(u"meta_anio"_s)).toString() == notProgrammed;
        }))
        r.tableNote = QCoreApplication::translate("RouteReports", "NP: goal not programmed for the year.");
    r.closingTotals = 1;
    return r;
}

Report buildStatusReport(const PlanData &plan, const ReportContext &)
{
    Report r = start(plan, u"estado"_s, QCoreApplication::translate("RouteReports", "Status of our plan"));
    r.columns
        = { { u"parte"_s, QCoreApplication::translate("RouteReports", "Part of the plan"), ColumnType::Text },
            { u"avance"_s, QCoreApplication::translate("RouteReports", "Progress (%)"), ColumnType::Percent },
            { u"tipo"_s, QCoreApplication::translate("RouteReports", "Kind"), ColumnType::Text },
            { u"pendiente"_s, QCoreApplication::translate("RouteReports", "What is pending"), ColumnType::Text } };

    r.paper.printedOnce = { u"parte"_s };

    const QList<calc::ModuleCompleteness> modules = calc::computeCompleteness(plan);
    const QList<calc::Finding> findings = calc::validate(plan);
    for (const calc::ModuleCompleteness &m : modules) {
        const QString part = QCoreApplication::translate("RouteReports", "Module %1. %2").arg(m.module).arg(m.name);
        r.rows.append({ RowKind::Total,
                        { part, double(m.percent), QVariant(),
                          m.missing.isEmpty() ? QCoreApplication::translate("RouteReports", "Complete")
                                              : QCoreApplication::translate("RouteReports", "%1 of %2 criteria met")
                                                    .arg(m.done)
                                                    .arg(m.total) } });
        for (const QString &missing : m.missing)
            r.rows.append({ RowKind::Data,
                            { part, QVariant(), QCoreApplication::translate("RouteReports", "Missing"), missing } });
        for (const calc::Finding &f : findings) {
            if (f.module != m.module)
                continue;
            const QString kind = f.severity == calc::Severity::Error
                ? QCoreApplication::translate("RouteReports", "Error")
                : QCoreApplication::translate("RouteReports", "Warning");
            const QString text = f.location.isEmpty() ? f.message : f.location + u": "_s + f.message;
            r.rows.append({ RowKind::Data, { part, QVariant(), kind, text } });
        }
    }

    // Per strategic line: share of its goals that are fully programmed (every year has a target
    // or NP, a responsible office, and money for the product in the investment plan).
    for (const StrategicLine &line : plan.lines) {
        int goals = 0, ready = 0;
        QStringList pending;
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            for (const Product *product : plan.productsOf(program->id)) {
                const QList<const ProductIndicator *> indicators = plan.indicatorsOf(product->id);
                if (indicators.isEmpty())
                    pending.append(
                        QCoreApplication::translate("RouteReports", "Product %1 has no indicator.").arg(product->code));
                for (const ProductIndicator *ind : indicators) {
                    ++goals;
                    bool allYears = true;
                    for (int year : plan.info.term.years()) {
                        const AnnualTarget *t = ind->target(year);
                        if (!t || (!t->notProgrammed && !t->value))
                            allYears = false;
                    }
                    const bool ok = allYears && ind->responsibleOfficeId && plan.investmentTotal(product->id) > 0;
                    if (ok)
                        ++ready;
                    else
                        pending.append(
                            QCoreApplication::translate("RouteReports",
                                                        "Goal %1 lacks annual targets, a responsible office or money.")
                                .arg(ind->code));
                }
            }
        }
        const QString part = QCoreApplication::translate("RouteReports", "Line %1").arg(lineLabel(line));
        const double percent = goals == 0 ? 0.0 : std::floor(100.0 * ready / goals);
        r.rows.append({ RowKind::Total,
                        { part, percent, QVariant(),
                          goals == 0 ? QCoreApplication::translate("RouteReports", "The line has no product goals yet.")
                                     : QCoreApplication::translate("RouteReports", "%1 of %2 goals fully programmed")
                                           .arg(ready)
                                           .arg(goals) } });
        for (const QString &p : pending)
            r.rows.append(
                { RowKind::Data, { part, QVariant(), QCoreApplication::translate("RouteReports", "Missing"), p } });
    }
    r.rows.append({ RowKind::Total,
                    { QCoreApplication::translate("RouteReports", "Whole plan"),
                      double(calc::overallCompleteness(modules)), QVariant(),
                      findingsText(calc::countFindings(findings, calc::Severity::Error),
                                   calc::countFindings(findings, calc::Severity::Warning)) } });
    r.closingTotals = 1;
    return r;
}

} // namespace planea::report
