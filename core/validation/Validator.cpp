#include "Validator.h"

#include "calc/Completeness.h"
#include "calc/InvestmentTotals.h"
#include "calc/NumberText.h"
#include "calc/PlanLocation.h"
#include "calc/PlanTree.h"
#include "domain/PlanData.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

bool allDigits(const QString &code, qsizetype length)
{
    if (code.size() != length)
        return false;
    for (QChar c : code) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

/// Collects findings per module so the result comes out ordered by module, then plan order.
class Collector
{
public:
    void add(Severity severity, int module, const QString &location, const QString &message, const char *rule,
             Table table, qint64 itemId)
    {
        Finding f;
        f.severity = severity;
        f.module = module;
        f.moduleName = moduleName(module);
        f.location = location;
        f.message = message;
        f.ruleCode = QString::fromLatin1(rule);
        f.table = table;
        f.itemId = itemId;
        m_byModule[std::clamp(module, 0, 7)].append(f);
    }

    QList<Finding> result() const
    {
        QList<Finding> out;
        for (const auto &list : m_byModule)
            out += list;
        return out;
    }

private:
    std::array<QList<Finding>, 8> m_byModule;
};

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    Validation(const PlanData &plan, const ValidationOptions &options)
        : m_plan(plan)
        , m_options(options)
        , m_rules(options.rules ? *options.rules : AccumulationRules::standard())
        , m_where(plan)
        , m_tree(plan)
    {
        for (const QString &code : options.knownSourceCodes)
            m_sources.insert(code.trimmed().toUpper());
    }

    QList<Finding> run()
    {
        checkLines();
        checkFinancialRecords();
        checkWellbeing();
        checkStrategicTree();
        checkInvestmentPlan();
        checkIndicativePlan();
        checkStoredCodes();
        return m_out.result();
    }

private:
    bool knownSource(const QString &code) const { return m_sources.contains(code.trimmed().toUpper()); }

    void checkWeights(const QList<std::optional<double>> &weights, int module, const QString &location,
                      const QString &what, Table table, qint64 id)
    {
        bool any = false;
        double sum = 0.0;
        for (const auto &w : weights) {
            any = any || w.has_value();
            sum += w.value_or(0.0);
        }
        if (any && std::abs(sum - 100.0) > m_options.weightTolerance) {
            m_out.add(Severity::Error, module, location,
                      tr("The weights of %1 add up to %2 % and must add up to 100 %.").arg(what, formatNumber(sum)),
                      "PONDERACION_NO_SUMA_100", table, id);
        }
    }

    // `where` is a callable: locations are built only when there is something to report.
    template<typename Where>
    void negativeMoney(Money amount, int module, const Where &where, const char *what, Table table, qint64 id)
    {
        if (amount < 0) {
            m_out.add(
                Severity::Error, module, where(),
                tr("%1: negative value (%2); amounts of money cannot be negative.").arg(tr(what), formatMoney(amount)),
                "DINERO_NEGATIVO", table, id);
        }
    }

    template<typename Where>
    void unknownSource(const QString &code, int module, const Where &where, Table table, qint64 id)
    {
        if (!knownSource(code)) {
            m_out.add(Severity::Error, module, where(),
                      tr("The funding source «%1» is not in the list of funding sources.").arg(code),
                      "FUENTE_DESCONOCIDA", table, id);
        }
    }

    // Module 2: lines.
    void checkLines()
    {
        QList<std::optional<double>> weights;
        for (const StrategicLine &line : m_plan.lines) {
            weights.append(line.weight);
            if (line.sectorCodes.isEmpty()) {
                m_out.add(Severity::Warning, 2, m_where.line(line), tr("The line has no associated sectors."),
                          "LINEA_SIN_SECTORES", Table::StrategicLine, line.id);
            }
        }
        checkWeights(weights, 2, tr("Strategic lines"), tr("the strategic lines in the plan"), Table::StrategicLine, 0);
    }

    // Module 3: revenue history and projection.
    void checkFinancialRecords()
    {
        for (const FinancialRecord &r : m_plan.financialRecords) {
            const auto where
                = [&] { return QString(tr("Financial diagnosis › Source %1 › %2").arg(r.sourceCode).arg(r.year)); };
            unknownSource(r.sourceCode, 3, where, Table::FinancialRecord, 0);
            negativeMoney(r.amount, 3, where, QT_TR_NOOP("Amount"), Table::FinancialRecord, 0);
        }
    }

    // Module 4: prioritised wellbeing indicators.
    void checkWellbeing()
    {
        for (const WellbeingIndicator &w : m_plan.wellbeingIndicators) {
            if (!w.isPrioritized)
                continue;
            QStringList lacking;
            if (!w.baseline)
                lacking << tr("baseline");
            if (!w.baselineYear)
                lacking << tr("baseline year");
            if (!lacking.isEmpty()) {
                m_out.add(Severity::Error, 4, m_where.wellbeing(w),
                          tr("The prioritised wellbeing target lacks: %1.").arg(lacking.join(u", "_s)),
                          "BIENESTAR_SIN_LINEA_BASE", Table::WellbeingIndicator, w.id);
            }
        }
    }

    // Module 4: programs, products and indicators in plan order.
    void checkStrategicTree()
    {
        QHash<qint64, int> indicatorsPerProduct;
        for (const ProductIndicator &ind : m_plan.indicators)
            ++indicatorsPerProduct[ind.productId];

        for (const StrategicLine &line : m_plan.lines) {
            QList<std::optional<double>> programWeights;
            for (const BudgetProgram *prog : m_tree.programsOf(line.id)) {
                programWeights.append(prog->weight);
                checkProgram(line, *prog);
                for (const Product *product : m_tree.productsOf(prog->id)) {
                    checkProduct(*prog, *product, indicatorsPerProduct.value(product->id));
                    for (const ProductIndicator *ind : m_tree.indicatorsOf(product->id))
                        checkIndicatorCode(*product, *ind);
                }
            }
            checkWeights(programWeights, 4, m_where.line(line), tr("the programs in this line"), Table::StrategicLine,
                         line.id);
        }
    }

    void checkProgram(const StrategicLine &line, const BudgetProgram &prog)
    {
        if (prog.isOwn)
            return;
        const auto where = [&] { return QString(m_where.program(prog.id)); };
        if (!allDigits(prog.code, 4)) {
            m_out.add(Severity::Error, 4, where(),
                      tr("The program code «%1» must have 4 digits: the 2 of its sector and 2 more.").arg(prog.code),
                      "CODIGO_NO_ANIDADO", Table::Program, prog.id);
        } else if (!line.sectorCodes.isEmpty() && !line.sectorCodes.contains(prog.code.left(2))) {
            m_out.add(Severity::Warning, 4, where(),
                      tr("The program belongs to sector %1, which is not among the sectors of its line (%2).")
                          .arg(prog.code.left(2), line.sectorCodes.join(u", "_s)),
                      "PROGRAMA_SECTOR_FUERA_DE_LINEA", Table::Program, prog.id);
        }
    }

    void checkProduct(const BudgetProgram &prog, const Product &product, int indicatorCount)
    {
        const auto where = [&] { return QString(m_where.product(product.id)); };
        if (!product.isOwn && (!allDigits(product.code, 7) || !product.code.startsWith(prog.code))) {
            m_out.add(Severity::Error, 4, where(),
                      tr("The product code «%1» must have 7 digits: the 4 of its program (%2) and 3 more.")
                          .arg(product.code, prog.code),
                      "CODIGO_NO_ANIDADO", Table::Product, product.id);
        }
        if (indicatorCount == 0) {
            m_out.add(Severity::Error, 4, where(), tr("The product has no product indicator."),
                      "PRODUCTO_SIN_INDICADOR", Table::Product, product.id);
        }
        negativeMoney(product.cost, 4, where, QT_TR_NOOP("Product cost"), Table::Product, product.id);
    }

    /// Codes in the file outside their column's table (a damaged or hand-edited file).
    void checkStoredCodes()
    {
        for (const PlanData::UnknownCode &u : m_plan.unknownCodes) {
            const Table table = schema::tableFromName(u.table).value_or(Table::Plan);
            int module = 1;
            QString location = u.item;
            if (table == Table::ProductIndicator) {
                module = 4;
                location = m_where.indicator(u.id);
            } else if (table == Table::WellbeingIndicator) {
                module = 3;
                if (const WellbeingIndicator *w = m_plan.wellbeingIndicator(u.id))
                    location = m_where.wellbeing(*w);
            } else if (table == Table::Characterization) {
                module = 3;
            }
            m_out.add(Severity::Error, module, location,
                      tr("The field «%1» holds «%2», which is not one of its codes (%3); it is read as «%4» until "
                         "it is corrected. The file may be damaged: check it against a backup copy.")
                          .arg(u.column, u.value, u.allowed.join(u", "_s), u.readAs),
                      "CODIGO_FUERA_DE_TABLA", table, u.id);
        }
    }

    void checkIndicatorCode(const Product &product, const ProductIndicator &ind)
    {
        if (ind.isOwn)
            return;
        const auto where = [&] { return QString(m_where.indicator(ind.id)); };
        if (!allDigits(ind.code, 9) || !ind.code.startsWith(product.code)) {
            m_out.add(Severity::Error, 4, where(),
                      tr("The indicator code «%1» must have 9 digits: the 7 of its product (%2) and 2 more.")
                          .arg(ind.code, product.code),
                      "CODIGO_NO_ANIDADO", Table::ProductIndicator, ind.id);
        } else if (m_options.isKnownCatalogCode && !m_options.isKnownCatalogCode(ind.code)) {
            m_out.add(Severity::Warning, 4, where(),
                      tr("The indicator %1 is not in the loaded MGA catalog; correct the code or mark it as "
                         "the entity's own.")
                          .arg(ind.code),
                      "INDICADOR_FUERA_DE_CATALOGO", Table::ProductIndicator, ind.id);
        }
    }

    // Module 5: the investment plan.
    void checkInvestmentPlan()
    {
        const InvestmentTotals totals = computeInvestmentTotals(m_plan);

        for (const StrategicLine &line : m_plan.lines) {
            for (const BudgetProgram *prog : m_tree.programsOf(line.id)) {
                for (const Product *product : m_tree.productsOf(prog->id)) {
                    const Money ppi = totals.byProduct.value(product->id);
                    if (ppi != product->cost) {
                        m_out.add(Severity::Error, 5, m_where.product(product->id),
                                  tr("The product cost (%1) differs from its investment plan total (%2) by %3.")
                                      .arg(formatMoney(product->cost), formatMoney(ppi),
                                           formatMoney(std::abs(product->cost - ppi))),
                                  "COSTO_DIFERENTE_PPI", Table::Product, product->id);
                    }
                }
            }
        }

        for (const InvestmentAmount &cell : m_plan.investments) {
            const auto where = [&] {
                return QString(m_where.product(cell.productId) + u" › "_s
                               + tr("Investment %1, source %2").arg(QString::number(cell.year), cell.sourceCode));
            };
            if (!m_plan.info.term.contains(cell.year)) {
                m_out.add(Severity::Error, 5, where(),
                          tr("The year %1 is outside the government term %2–%3.")
                              .arg(QString::number(cell.year), QString::number(m_plan.info.term.startYear),
                                   QString::number(m_plan.info.term.endYear())),
                          "ANIO_FUERA_DE_PERIODO", Table::Product, cell.productId);
            }
            unknownSource(cell.sourceCode, 5, where, Table::Product, cell.productId);
            negativeMoney(cell.amount, 5, where, QT_TR_NOOP("Amount"), Table::Product, cell.productId);
        }

        if (!totals.hasProjection) {
            if (totals.grandTotal != 0) {
                m_out.add(Severity::Warning, 5, tr("Multi-year investment plan"),
                          tr("There is no financial projection, so the investment plan cannot be checked against "
                             "the expected revenue."),
                          "PPI_SIN_PROYECCION", Table::FinancialRecord, 0);
            }
            return;
        }
        for (const EnvelopeRow &row : totals.envelope) {
            if (row.planned > row.projected.value_or(0)) {
                m_out.add(Severity::Error, 5,
                          tr("Multi-year investment plan › Source %1 › %2").arg(row.sourceCode).arg(row.year),
                          tr("The investment plan assigns %1 from this source in %2, above its financial projection "
                             "(%3) by %4.")
                              .arg(formatMoney(row.planned), QString::number(row.year),
                                   formatMoney(row.projected.value_or(0)), formatMoney(-row.difference)),
                          "PPI_SUPERA_PROYECCION", Table::FinancialRecord, 0);
            }
        }
    }

    // Module 6: annual targets, weights, responsible offices, execution.
    void checkIndicativePlan()
    {
        for (const StrategicLine &line : m_plan.lines) {
            for (const BudgetProgram *prog : m_tree.programsOf(line.id)) {
                QList<std::optional<double>> weights;
                for (const Product *product : m_tree.productsOf(prog->id)) {
                    for (const ProductIndicator *ind : m_tree.indicatorsOf(product->id)) {
                        weights.append(ind->weight);
                        checkIndicator(*ind);
                    }
                }
                checkWeights(weights, 6, m_where.program(prog->id), tr("the indicators in this program"),
                             Table::Program, prog->id);
            }
        }
        for (const BudgetExecution &e : m_plan.executions) {
            const auto where = [&] {
                return QString(m_where.product(e.productId) + u" › "_s
                               + tr("Execution %1, source %2").arg(QString::number(e.year), e.sourceCode));
            };
            unknownSource(e.sourceCode, 6, where, Table::Product, e.productId);
            negativeMoney(e.appropriation, 6, where, QT_TR_NOOP("Final appropriation"), Table::Product, e.productId);
            negativeMoney(e.commitments, 6, where, QT_TR_NOOP("Commitments"), Table::Product, e.productId);
            negativeMoney(e.obligations, 6, where, QT_TR_NOOP("Obligations"), Table::Product, e.productId);
            negativeMoney(e.payments, 6, where, QT_TR_NOOP("Payments"), Table::Product, e.productId);
        }
    }

    void checkIndicator(const ProductIndicator &ind)
    {
        const auto where = [&] { return QString(m_where.indicator(ind.id)); };
        const ConsistencyCheck check = m_rules.checkConsistency(ind);
        if (!check.isConsistent()) {
            m_out.add(Severity::Error, 6, where(), check.explanation, "METAS_INCONSISTENTES", Table::ProductIndicator,
                      ind.id);
        }
        QStringList outside;
        for (const AnnualTarget &t : ind.annualTargets) {
            if (!m_plan.info.term.contains(t.year))
                outside << QString::number(t.year);
        }
        if (!outside.isEmpty()) {
            m_out.add(Severity::Error, 6, where(),
                      tr("Annual targets for years outside the government term %1–%2: %3.")
                          .arg(QString::number(m_plan.info.term.startYear), QString::number(m_plan.info.term.endYear()),
                               outside.join(u", "_s)),
                      "ANIO_FUERA_DE_PERIODO", Table::ProductIndicator, ind.id);
        }
        if (!ind.responsibleOfficeId || !m_plan.office(*ind.responsibleOfficeId)) {
            m_out.add(Severity::Warning, 6, where(), tr("The indicator has no responsible office."),
                      "INDICADOR_SIN_RESPONSABLE", Table::ProductIndicator, ind.id);
        }
    }

    const PlanData &m_plan;
    const ValidationOptions &m_options;
    const AccumulationRules &m_rules;
    PlanLocation m_where;
    PlanTree m_tree;
    QSet<QString> m_sources;
    Collector m_out;
};

} // namespace

QList<Finding> validate(const PlanData &plan, const ValidationOptions &options)
{
    return Validation(plan, options).run();
}

int countFindings(const QList<Finding> &findings, Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

} // namespace planea::calc
