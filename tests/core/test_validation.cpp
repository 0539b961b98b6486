// Validation engine: each rule triggered by a small in-memory plan, and not triggered by the
// clean one. Messages are asserted in the Spanish users read.

#include "CalcPlanBuilder.h"
#include "validation/Validator.h"

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;
using planea::testing::CalcPlanBuilder;
using T = AccumulationType;

namespace {

// Two lines; each with one program, one product, one indicator; an investment plan equal to
// the costs and within the projection; a prioritised wellbeing target with its baseline.
CalcPlanBuilder cleanBuilder()
{
    CalcPlanBuilder b;
    b.line(10, 1, QStringLiteral("Educación de calidad"), { QStringLiteral("22") })
        .line(20, 2, QStringLiteral("Desarrollo económico"), { QStringLiteral("35") })
        .program(100, 10, QStringLiteral("2201"))
        .program(200, 20, QStringLiteral("3502"))
        .product(1000, 100, QStringLiteral("2201021"), 200'000'000)
        .product(2000, 200, QStringLiteral("3502020"), 100'000'000)
        .indicator(1, 1000, QStringLiteral("220102100"), T::Cumulative, 4, { 1, 1, 1, 1 }, 0)
        .indicator(2, 2000, QStringLiteral("350202000"), T::Cumulative, 40, { 10, 10, 10, 10 }, 0)
        .invest(1000, 2024, QStringLiteral("RP"), 100'000'000)
        .invest(1000, 2025, QStringLiteral("SGP_EDU"), 100'000'000)
        .invest(2000, 2025, QStringLiteral("RP"), 100'000'000)
        .project(QStringLiteral("RP"), 2024, 500'000'000)
        .project(QStringLiteral("RP"), 2025, 500'000'000)
        .project(QStringLiteral("SGP_EDU"), 2025, 200'000'000);
    PlanData &p = b.plan();
    p.offices.append({ 1, QStringLiteral("Secretaría de Planeación") });
    for (auto &ind : p.indicators)
        ind.responsibleOfficeId = 1;
    WellbeingIndicator w;
    w.id = 7;
    w.lineId = 20;
    w.name = QStringLiteral("Tasa de desempleo");
    w.isPrioritized = true;
    w.baseline = 20;
    w.baselineYear = 2022;
    w.target = 17;
    p.wellbeingIndicators.append(w);
    return b;
}

QList<Finding> findingsOf(const QList<Finding> &all, const QString &rule)
{
    QList<Finding> out;
    for (const auto &f : all) {
        if (f.ruleCode == rule)
            out.append(f);
    }
    return out;
}

QList<Finding> run(CalcPlanBuilder &b, const ValidationOptions &options = {})
{
    return validate(b.build(), options);
}

} // namespace

TEST(Validation, CleanPlanHasNoFindings)
{
    auto b = cleanBuilder();
    const auto findings = run(b);
    for (const auto &f : findings)
        ADD_FAILURE() << qPrintable(f.ruleCode + u": " + f.location + u": " + f.message);
    EXPECT_TRUE(findings.isEmpty());
}

TEST(Validation, ProductWithoutIndicator)
{
    auto b = cleanBuilder();
    b.plan().indicators.removeLast();
    const auto found = findingsOf(run(b), QStringLiteral("PRODUCTO_SIN_INDICADOR"));
    ASSERT_EQ(found.size(), 1);
    const Finding &f = found.first();
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_EQ(severityCode(f.severity), QStringLiteral("ERROR"));
    EXPECT_EQ(f.module, 4);
    EXPECT_EQ(f.moduleName, QStringLiteral("Plan estratégico"));
    EXPECT_EQ(f.location, QStringLiteral("Línea 2 «Desarrollo económico» › Programa 3502 › Producto 3502020"));
    EXPECT_EQ(f.message, QStringLiteral("El producto no tiene indicador de producto."));
    EXPECT_EQ(f.table, Table::Product);
    EXPECT_EQ(f.itemId, 2000);
}

TEST(Validation, ProductCostDifferentFromItsInvestmentPlan)
{
    auto b = cleanBuilder();
    b.plan().products[1].cost = 90'000'000;
    const auto found = findingsOf(run(b), QStringLiteral("COSTO_DIFERENTE_PPI"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().module, 5);
    // |90 M − 100 M| = 10 M
    EXPECT_EQ(found.first().message,
              QStringLiteral("El costo del producto ($ 90.000.000) es diferente del total de su "
                             "plan de inversiones ($ 100.000.000) por $ 10.000.000."));
}

TEST(Validation, SourceYearAboveItsProjection)
{
    auto b = cleanBuilder();
    b.plan().financialRecords[1].amount = 80'000'000; // RP 2025: 100 M planned (product 2000)
    const auto found = findingsOf(run(b), QStringLiteral("PPI_SUPERA_PROYECCION"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().location, QStringLiteral("Plan plurianual de inversiones › Fuente RP › 2025"));
    // 100 M − 80 M = 20 M over
    EXPECT_EQ(found.first().message,
              QStringLiteral("El plan de inversiones asigna $ 100.000.000 de esta fuente en 2025, por encima de su "
                             "proyección financiera ($ 80.000.000) en $ 20.000.000."));

    // a source/year with investment but no projection line counts as a projection of 0
    b = cleanBuilder();
    b.plan().financialRecords.removeLast(); // SGP_EDU 2025
    EXPECT_EQ(findingsOf(run(b), QStringLiteral("PPI_SUPERA_PROYECCION")).size(), 1);
}

TEST(Validation, NoProjectionAtAllGivesOneWarning)
{
    auto b = cleanBuilder();
    b.plan().financialRecords.clear();
    const auto all = run(b);
    EXPECT_TRUE(findingsOf(all, QStringLiteral("PPI_SUPERA_PROYECCION")).isEmpty());
    const auto found = findingsOf(all, QStringLiteral("PPI_SIN_PROYECCION"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_EQ(severityCode(found.first().severity), QStringLiteral("AVISO"));
}

TEST(Validation, AnnualTargetsInconsistentWithTheFourYearTarget)
{
    auto b = cleanBuilder();
    b.plan().indicators[0].termTarget = 5; // 1 + 1 + 1 + 1 = 4
    const auto found = findingsOf(run(b), QStringLiteral("METAS_INCONSISTENTES"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().module, 6);
    EXPECT_EQ(found.first().location,
              QStringLiteral("Línea 1 «Educación de calidad» › Programa 2201 › Producto "
                             "2201021 › Indicador 220102100"));
    EXPECT_EQ(found.first().message,
              QStringLiteral("Las metas anuales suman 4 pero la meta del cuatrienio es 5 (tipo "
                             "«Acumulado (suma)»: la meta del cuatrienio es su suma)."));
    EXPECT_EQ(found.first().table, Table::ProductIndicator);
    EXPECT_EQ(found.first().itemId, 1);
}

TEST(Validation, WeightsMustAddUpTo100WhenAnyIsSet)
{
    auto b = cleanBuilder();
    b.plan().lines[0].weight = 60;
    b.plan().lines[1].weight = 30;
    auto found = findingsOf(run(b), QStringLiteral("PONDERACION_NO_SUMA_100"));
    ASSERT_EQ(found.size(), 1);
    // 60 + 30 = 90
    EXPECT_EQ(found.first().message,
              QStringLiteral("Las ponderaciones de las líneas estratégicas del plan suman 90 % y deben sumar 100 %."));

    b.plan().lines[1].weight = 40; // 60 + 40 = 100
    EXPECT_TRUE(findingsOf(run(b), QStringLiteral("PONDERACION_NO_SUMA_100")).isEmpty());

    b.plan().programs[0].weight = 90; // the only program of line 1
    found = findingsOf(run(b), QStringLiteral("PONDERACION_NO_SUMA_100"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().location, QStringLiteral("Línea 1 «Educación de calidad»"));
    b.plan().programs[0].weight = 100;

    b.plan().indicators[1].weight = 50; // the only indicator of program 3502
    found = findingsOf(run(b), QStringLiteral("PONDERACION_NO_SUMA_100"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().table, Table::Program);
    EXPECT_EQ(found.first().itemId, 200);
    EXPECT_EQ(found.first().message,
              QStringLiteral("Las ponderaciones de los indicadores de este programa suman 50 % y deben sumar 100 %."));
}

TEST(Validation, PrioritisedWellbeingTargetNeedsItsBaseline)
{
    auto b = cleanBuilder();
    b.plan().wellbeingIndicators[0].baselineYear.reset();
    auto found = findingsOf(run(b), QStringLiteral("BIENESTAR_SIN_LINEA_BASE"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().message,
              QStringLiteral("A la meta de bienestar priorizada le falta: año de la línea base."));
    EXPECT_EQ(found.first().location,
              QStringLiteral("Línea 2 «Desarrollo económico» › Indicador de bienestar «Tasa de desempleo»"));

    b.plan().wellbeingIndicators[0].isPrioritized = false; // diagnosis only: no baseline needed
    EXPECT_TRUE(findingsOf(run(b), QStringLiteral("BIENESTAR_SIN_LINEA_BASE")).isEmpty());
}

TEST(Validation, LineWithoutSectorsAndProgramOutsideItsLineSectors)
{
    auto b = cleanBuilder();
    b.plan().lines[0].sectorCodes.clear();
    auto found = findingsOf(run(b), QStringLiteral("LINEA_SIN_SECTORES"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_EQ(found.first().message, QStringLiteral("La línea no tiene sectores asociados."));

    b = cleanBuilder();
    b.plan().programs[1].lineId = 10; // 3502 under a line of sector 22
    found = findingsOf(run(b), QStringLiteral("PROGRAMA_SECTOR_FUERA_DE_LINEA"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_EQ(found.first().message,
              QStringLiteral("El programa pertenece al sector 35, que no está entre los sectores de su línea (22)."));
}

TEST(Validation, CodesMustNest)
{
    auto b = cleanBuilder();
    b.plan().products[0].code = QStringLiteral("2301021"); // not under program 2201
    b.plan().indicators[0].code = QStringLiteral("230102100"); // nests in its (wrong) product
    auto found = findingsOf(run(b), QStringLiteral("CODIGO_NO_ANIDADO"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].table, Table::Product);
    EXPECT_EQ(found[0].message,
              QStringLiteral("El código de producto «2301021» debe tener 7 dígitos: los 4 de su "
                             "programa (2201) y 3 más."));

    b = cleanBuilder();
    b.plan().indicators[1].code = QStringLiteral("35020200"); // 8 digits
    found = findingsOf(run(b), QStringLiteral("CODIGO_NO_ANIDADO"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].table, Table::ProductIndicator);

    b = cleanBuilder();
    b.plan().programs[1].code = QStringLiteral("35A2"); // and so its product no longer nests either
    found = findingsOf(run(b), QStringLiteral("CODIGO_NO_ANIDADO"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].table, Table::Program);
    EXPECT_EQ(found[0].message,
              QStringLiteral("El código de programa «35A2» debe tener 4 dígitos: los 2 de su sector y 2 más."));
    EXPECT_EQ(found[1].table, Table::Product);

    // the entity's own items may use local codes
    b = cleanBuilder();
    b.plan().indicators[1].code = QStringLiteral("MP-LOCAL-1");
    b.plan().indicators[1].isOwn = true;
    EXPECT_TRUE(findingsOf(run(b), QStringLiteral("CODIGO_NO_ANIDADO")).isEmpty());
}

TEST(Validation, YearsOutsideTheTerm)
{
    auto b = cleanBuilder();
    b.invest(2000, 2028, QStringLiteral("RP"), 0);
    b.plan().indicators[0].annualTargets.prepend({ 2023, 0.0, false });
    const auto found = findingsOf(run(b), QStringLiteral("ANIO_FUERA_DE_PERIODO"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].module, 5);
    EXPECT_EQ(found[0].message, QStringLiteral("El año 2028 está fuera del periodo de gobierno 2024–2027."));
    EXPECT_EQ(found[1].module, 6);
    EXPECT_EQ(found[1].message,
              QStringLiteral("Metas anuales para años fuera del periodo de gobierno 2024–2027: 2023."));
}

TEST(Validation, UnknownFundingSource)
{
    auto b = cleanBuilder();
    b.invest(2000, 2025, QStringLiteral("XYZ"), 0);
    auto found = findingsOf(run(b), QStringLiteral("FUENTE_DESCONOCIDA"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().message,
              QStringLiteral("La fuente de financiación «XYZ» no está en la lista de fuentes de financiación."));

    ValidationOptions options;
    options.knownSourceCodes << QStringLiteral("XYZ");
    EXPECT_TRUE(findingsOf(run(b, options), QStringLiteral("FUENTE_DESCONOCIDA")).isEmpty());
    EXPECT_EQ(ValidationOptions::defaultSourceCodes().size(), 16);
}

TEST(Validation, NegativeMoney)
{
    auto b = cleanBuilder();
    b.execute(1000, 2024, QStringLiteral("RP"), 10, 5);
    EXPECT_TRUE(findingsOf(run(b), QStringLiteral("DINERO_NEGATIVO")).isEmpty());
    b.plan().executions.last().payments = -5;
    const auto found = findingsOf(run(b), QStringLiteral("DINERO_NEGATIVO"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().message,
              QStringLiteral("Pagos: valor negativo ($ -5); los valores en dinero no pueden ser negativos."));
}

TEST(Validation, IndicatorWithoutResponsibleOffice)
{
    auto b = cleanBuilder();
    b.plan().indicators[0].responsibleOfficeId.reset();
    b.plan().indicators[1].responsibleOfficeId = 99; // an office that does not exist
    const auto found = findingsOf(run(b), QStringLiteral("INDICADOR_SIN_RESPONSABLE"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.first().severity, Severity::Warning);
    EXPECT_EQ(found.first().message, QStringLiteral("El indicador no tiene dependencia responsable."));
}

TEST(Validation, CatalogHookWarnsAboutUnknownCatalogIndicators)
{
    auto b = cleanBuilder();
    ValidationOptions options;
    options.isKnownCatalogCode = [](const QString &code) { return code == QStringLiteral("220102100"); };
    auto found = findingsOf(run(b, options), QStringLiteral("INDICADOR_FUERA_DE_CATALOGO"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().itemId, 2);
    EXPECT_EQ(found.first().severity, Severity::Warning);

    b.plan().indicators[1].isOwn = true; // own items are not expected in the catalog
    EXPECT_TRUE(findingsOf(run(b, options), QStringLiteral("INDICADOR_FUERA_DE_CATALOGO")).isEmpty());
    EXPECT_TRUE(findingsOf(run(b), QStringLiteral("INDICADOR_FUERA_DE_CATALOGO")).isEmpty()); // no hook
}

TEST(Validation, OrderedByModuleThenPlanOrderAndDeterministic)
{
    auto b = cleanBuilder();
    b.plan().indicators[1].responsibleOfficeId.reset(); // module 6, line 2
    b.plan().indicators[0].responsibleOfficeId.reset(); // module 6, line 1
    b.plan().lines[1].sectorCodes.clear(); // module 2
    b.plan().products[0].cost = 1; // module 5
    const PlanData plan = b.build();
    const auto findings = validate(plan);
    ASSERT_GE(findings.size(), 4);
    for (qsizetype i = 1; i < findings.size(); ++i)
        EXPECT_LE(findings[i - 1].module, findings[i].module);
    const auto offices = findingsOf(findings, QStringLiteral("INDICADOR_SIN_RESPONSABLE"));
    ASSERT_EQ(offices.size(), 2);
    EXPECT_EQ(offices[0].itemId, 1); // line 1 before line 2
    EXPECT_EQ(offices[1].itemId, 2);

    const auto again = validate(plan);
    ASSERT_EQ(again.size(), findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i) {
        EXPECT_EQ(again[i].ruleCode, findings[i].ruleCode);
        EXPECT_EQ(again[i].location, findings[i].location);
    }
    EXPECT_EQ(countFindings(findings, Severity::Error), 1);
}

TEST(Validation, EmptyPlanDoesNotCrash)
{
    EXPECT_TRUE(validate(PlanData {}).isEmpty());
}

TEST(Validation, BrokenChainsDoNotCrash)
{
    // an indicator whose product does not exist and a product whose program does not exist
    auto b = cleanBuilder();
    b.product(3000, 999, QStringLiteral("9999001"), 5);
    b.indicator(9, 4242, QStringLiteral("999900100"), T::Cumulative, 1, { 1 });
    b.invest(4242, 2024, QStringLiteral("RP"), 7);
    const auto findings = run(b);
    for (const auto &f : findings)
        EXPECT_FALSE(f.location.isEmpty());
}
