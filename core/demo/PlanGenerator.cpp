#include "PlanGenerator.h"

#include "storage/PlanWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::demo {

namespace {

constexpr Money Million = 1'000'000;
constexpr int FirstYear = 2028;

struct ProgramSeed
{
    int line;
    QStringView code;
    QStringView name;
    QStringView source; ///< the source that pays most of its products, with RP
};

constexpr std::array<ProgramSeed, 13> Programs { {
    { 1, u"1905", u"Salud pública", u"SGP_SAL" },
    { 1, u"1906", u"Aseguramiento y prestación integral de servicios de salud", u"SGP_SAL" },
    { 1, u"2201", u"Calidad, cobertura y fortalecimiento de la educación inicial, prescolar, básica y media",
      u"SGP_EDU" },
    { 1, u"3301", u"Promoción y acceso efectivo a procesos culturales y artísticos", u"SGP_CUL" },
    { 1, u"4301", u"Fomento a la recreación, la actividad física y el deporte", u"SGP_DEP" },
    { 2, u"1702", u"Inclusión productiva de pequeños productores rurales", u"SGP_LI" },
    { 2, u"3502", u"Productividad y competitividad de las empresas colombianas", u"COF_DEP" },
    { 3, u"4501", u"Fortalecimiento de la convivencia y la seguridad ciudadana", u"SGP_LI" },
    { 3, u"4599", u"Fortalecimiento a la gestión y dirección de la administración pública territorial", u"SGP_LI" },
    { 4, u"2402", u"Infraestructura red vial regional", u"COF_NAC" },
    { 4, u"4102", u"Desarrollo integral de los niños, niñas, adolescentes y sus familias", u"COF_NAC" },
    { 5, u"3202", u"Conservación de la biodiversidad y sus servicios ecosistémicos", u"COF_DEP" },
    { 5, u"4003", u"Acceso de la población a los servicios de agua potable y saneamiento básico", u"SGP_APSB" },
} };

constexpr std::array<QStringView, 5> LineNames { u"Tejido social", u"Desarrollo económico",
                                                 u"Fortalecimiento institucional", u"Integración regional",
                                                 u"Sostenibilidad y gestión ambiental" };

constexpr std::array<AccumulationType, 6> Types { AccumulationType::Cumulative,  AccumulationType::Flow,
                                                  AccumulationType::Maintenance, AccumulationType::Stock,
                                                  AccumulationType::Reduction,   AccumulationType::Capacity };

/// Weights that add up to exactly 100 with two decimals.
QList<double> evenWeights(int n)
{
    QList<double> out;
    double sum = 0;
    for (int i = 0; i < n - 1; ++i) {
        const double w = std::floor(10000.0 / n) / 100.0;
        out.append(w);
        sum += w;
    }
    out.append(std::round((100.0 - sum) * 100.0) / 100.0);
    return out;
}

ProductIndicator makeIndicator(QRandomGenerator &random, AccumulationType type)
{
    ProductIndicator i;
    i.accumulation = type;
    i.unit = u"Número"_s;
    std::array<double, 4> t {};
    const double base = 10 + random.bounded(90);
    switch (type) {
    case AccumulationType::Cumulative:
    case AccumulationType::Capacity:
        i.baseline = base;
        for (double &v : t)
            v = 1 + random.bounded(20);
        i.termTarget = t[0] + t[1] + t[2] + t[3];
        i.trend = Trend::Increase;
        break;
    case AccumulationType::Flow:
        i.baseline = base;
        for (int k = 0; k < 4; ++k)
            t[k] = base + 5 * (k + 1);
        i.termTarget = t[3];
        i.trend = Trend::Increase;
        break;
    case AccumulationType::Maintenance:
        i.baseline = base;
        t.fill(base);
        i.termTarget = base;
        i.trend = Trend::Maintain;
        break;
    case AccumulationType::Stock:
        i.unit = u"Porcentaje"_s;
        i.baseline = 40 + random.bounded(20);
        for (int k = 0; k < 4; ++k)
            t[k] = *i.baseline + 5 * (k + 1);
        i.termTarget = t[3];
        i.trend = Trend::Increase;
        break;
    case AccumulationType::Reduction:
    case AccumulationType::AnnualReduction:
        i.unit = u"Tasa por 1.000"_s;
        i.baseline = 50 + random.bounded(30);
        for (int k = 0; k < 4; ++k)
            t[k] = *i.baseline - 4 * (k + 1);
        i.termTarget = t[3];
        i.trend = Trend::Decrease;
        break;
    }
    for (int k = 0; k < 4; ++k)
        i.annualTargets.append({ FirstYear + k, t[k], false });
    return i;
}

} // namespace

Status generatePlan(const QString &path, int productIndicators, quint32 seed, bool overwrite)
{
    TerritorialEntity entity;
    entity.daneCode = u"63111"_s;
    entity.name = u"Municipio sintético"_s;
    entity.departmentCode = u"63"_s;
    entity.departmentName = u"Quindío"_s;
    entity.category = u"6"_s;
    return generatePlan(path, productIndicators, seed, overwrite, entity);
}

Status generatePlan(const QString &path, int productIndicators, quint32 seed, bool overwrite,
                    const TerritorialEntity &entity)
{
    if (productIndicators < 1) {
        return Error::badInput(
            QCoreApplication::translate("PlanGenerator", "A plan needs at least one product indicator."));
    }
    PlanInfo info;
    info.entity = entity;
    info.term.startYear = FirstYear;
    info.planName = u"Plan sintético de %1 indicadores de producto (semilla %2) — DEMOSTRACIÓN"_s.arg(productIndicators)
                        .arg(seed);
    info.headOfGovernment = u"Mandatario ficticio"_s;
    info.state = WorkflowState::InExecution;
    info.isDemo = true;

    auto fill = [&](PlanStore &store) -> Status {
        PlanWriter writer(store);
        QRandomGenerator random(seed);
        auto office = writer.office(u"Secretaría de Planeación"_s);
        if (!office)
            return office.error();

        QList<qint64> lines;
        for (qsizetype k = 0; k < qsizetype(LineNames.size()); ++k) {
            StrategicLine line;
            line.sortOrder = int(k + 1);
            line.name = LineNames[k].toString();
            line.weight = 20.0;
            for (const ProgramSeed &p : Programs) {
                if (p.line == k + 1 && !line.sectorCodes.contains(p.code.left(2).toString()))
                    line.sectorCodes.append(p.code.left(2).toString());
            }
            auto id = writer.addLine(line);
            if (!id)
                return id.error();
            lines.append(*id);
        }

        // Indicators per program and per product: products get one indicator until a program
        // would need more than 900 products.
        const int programs = int(Programs.size());
        const int perProduct = std::max(1, int(std::ceil(double(productIndicators) / (programs * 900.0))));
        QHash<QPair<QString, int>, Money> used; // (source, year) → pesos
        QHash<int, int> programsInLine;
        for (const ProgramSeed &p : Programs)
            ++programsInLine[p.line];
        QHash<int, QList<double>> lineWeights;
        QHash<int, int> lineCursor;
        int remaining = productIndicators;
        for (int pi = 0; pi < programs; ++pi) {
            const ProgramSeed &seedProgram = Programs[pi];
            const int count = remaining / (programs - pi);
            remaining -= count;
            if (!lineWeights.contains(seedProgram.line))
                lineWeights[seedProgram.line] = evenWeights(programsInLine[seedProgram.line]);
            BudgetProgram program;
            program.lineId = lines[seedProgram.line - 1];
            program.code = seedProgram.code.toString();
            program.name = seedProgram.name.toString();
            program.weight = lineWeights[seedProgram.line].value(lineCursor[seedProgram.line]++);
            program.sortOrder = pi + 1;
            auto programId = writer.addProgram(program);
            if (!programId)
                return programId.error();
            if (count == 0)
                continue;
            const QList<double> weights = evenWeights(count);
            int made = 0;
            for (int productNumber = 1; made < count; ++productNumber) {
                Product product;
                product.programId = *programId;
                product.code = program.code + u"%1"_s.arg(productNumber, 3, 10, QChar(u'0'));
                product.name = u"Producto sintético %1"_s.arg(product.code);
                product.isOwn = true;
                const Money millions = 100 + random.bounded(1900);
                product.cost = millions * Million;
                product.sortOrder = productNumber;
                auto productId = writer.addProduct(product);
                if (!productId)
                    return productId.error();
                // 25 % a year; 60 % from the program's main source and 40 % from own resources.
                for (int k = 0; k < 4; ++k) {
                    const QList<QPair<QString, Money>> cells { { seedProgram.source.toString(), millions * 150'000 },
                                                               { u"RP"_s, millions * 100'000 } };
                    for (const auto &[source, amount] : cells) {
                        if (auto s = writer.setInvestment({ *productId, FirstYear + k, source, amount }); !s)
                            return s;
                        used[{ source, FirstYear + k }] += amount;
                        if (k < 2) {
                            const Money a = amount / 100;
                            if (auto s = writer.setExecution(
                                    { *productId, FirstYear + k, source, amount, a * 95, a * 88, a * 80 });
                                !s)
                                return s;
                        }
                    }
                }
                for (int n = 0; n < perProduct && made < count; ++n, ++made) {
                    ProductIndicator indicator = makeIndicator(random, Types[(pi + made) % Types.size()]);
                    indicator.productId = *productId;
                    indicator.code = product.code + u"%1"_s.arg(n, 2, 10, QChar(u'0'));
                    indicator.name = u"Indicador sintético %1"_s.arg(indicator.code);
                    indicator.isOwn = true;
                    indicator.responsibleOfficeId = *office;
                    indicator.weight = weights[made];
                    auto indicatorId = writer.addIndicator(indicator);
                    if (!indicatorId)
                        return indicatorId.error();
                    for (int k = 0; k < 2; ++k) {
                        const double target = *indicator.annualTargets[k].value;
                        const double factor = 0.6 + random.bounded(60) / 100.0;
                        const double achieved = indicator.accumulation == AccumulationType::Reduction
                            ? target / factor
                            : std::round(target * factor * 100.0) / 100.0;
                        if (random.bounded(10) == 0)
                            continue; // about one goal in ten has no report
                        if (auto s = writer.setProgress({ *indicatorId, FirstYear + k, 0, achieved, {}, {} }); !s)
                            return s;
                    }
                }
            }
        }
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            const Money projection = (it.value() / 10 * 11 / Million + 1) * Million;
            if (auto s = writer.setFinancialRecord(
                    { it.key().first, it.key().second, FinancialRecordKind::Projection, projection });
                !s)
                return s;
            if (auto s = writer.setFinancialRecord(
                    { it.key().first, it.key().second - 4, FinancialRecordKind::Historical, projection / 100 * 85 });
                !s)
                return s;
        }
        return Status {};
    };
    return writeNewPlanFile(path, info, fill, overwrite);
}

} // namespace planea::demo
