// Completeness per module ("Ver avance", "Estado de nuestro plan"): percent of criteria met and
// the Spanish list of what is missing.

#include "CalcPlanBuilder.h"
#include "calc/Completeness.h"

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;
using planea::testing::CalcPlanBuilder;

TEST(Completeness, EmptyPlanListsWhatIsMissing)
{
    const auto modules = computeCompleteness(PlanData {});
    ASSERT_EQ(modules.size(), 7);
    EXPECT_EQ(modules[0].module, 1);
    EXPECT_EQ(modules[0].name, QStringLiteral("Alistamiento"));
    EXPECT_EQ(modules[0].percent, 0);
    // entity, term, head of government, team, leader, checklist
    EXPECT_EQ(modules[0].total, 6);
    EXPECT_TRUE(modules[0].missing.contains(QStringLiteral("El equipo territorial no tiene líder.")));
    EXPECT_EQ(modules[1].missing, QStringList { QStringLiteral("No hay líneas estratégicas.") });
    // documents: no validation errors (1 of 3 criteria met) → 33 %
    EXPECT_EQ(modules[6].percent, 33);
    EXPECT_EQ(modules[6].name, QStringLiteral("Documentos"));
}

TEST(Completeness, ReadinessCountsItsCriteria)
{
    PlanData plan;
    plan.info.entity.daneCode = QStringLiteral("05001");
    plan.info.entity.name = QStringLiteral("Medellín");
    plan.info.term.startYear = 2024;
    plan.info.headOfGovernment = QStringLiteral("Alcaldesa de prueba");
    TeamMember leader;
    leader.name = QStringLiteral("Ana");
    leader.isLeader = true;
    plan.team.append(leader);
    plan.checklist.append({ 1, QStringLiteral("A"), QStringLiteral("Programa de gobierno"), true, {}, 1 });
    plan.checklist.append({ 2, QStringLiteral("B"), QStringLiteral("CTP conformado"), false, {}, 2 });
    const ModuleCompleteness m = computeCompleteness(plan).first();
    // 5 of 6 criteria: 500 / 6 = 83 (rounded down)
    EXPECT_EQ(m.done, 5);
    EXPECT_EQ(m.percent, 83);
    EXPECT_EQ(m.missing,
              QStringList { QStringLiteral("Lista de chequeo del alistamiento: 1 de 2 puntos pendientes.") });
}

TEST(Completeness, InvestmentPlanModule)
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Educación"), { QStringLiteral("22") })
        .program(1, 1, QStringLiteral("2201"))
        .product(1, 1, QStringLiteral("2201021"), 100)
        .product(2, 1, QStringLiteral("2201022"), 50)
        .invest(1, 2024, QStringLiteral("RP"), 100)
        .invest(2, 2024, QStringLiteral("RP"), 50)
        .project(QStringLiteral("RP"), 2024, 1000);
    auto modules = computeCompleteness(b.build());
    // products exist, both products add up, projection exists, within projection: 5 / 5
    EXPECT_EQ(modules[4].percent, 100);
    EXPECT_TRUE(modules[4].missing.isEmpty());

    b.plan().products[1].cost = 60;
    modules = computeCompleteness(b.build());
    // 4 / 5 = 80 %
    EXPECT_EQ(modules[4].percent, 80);
    EXPECT_EQ(modules[4].missing,
              QStringList { QStringLiteral("Línea 1 «Educación» › Programa 2201 › Producto 2201022: el plan de "
                                           "inversiones no suma el costo del producto.") });
}

TEST(Completeness, StrategicLinesModule)
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Educación"), { QStringLiteral("22") }).line(2, 2, QStringLiteral("Economía"), {});
    const auto m = computeCompleteness(b.build())[1];
    // ≥ 1 line, 2 descriptions, 1 of 2 with sectors: 4 / 5 = 80 %
    EXPECT_EQ(m.percent, 80);
    EXPECT_EQ(m.missing, QStringList { QStringLiteral("Línea 2 «Economía»: no tiene sectores asociados.") });
}

TEST(Completeness, OverallIsTheAverageOfTheModules)
{
    QList<ModuleCompleteness> modules(7);
    for (int i = 0; i < 7; ++i)
        modules[i].percent = i < 3 ? 100 : 50;
    // (3 × 100 + 4 × 50) / 7 = 500 / 7 = 71
    EXPECT_EQ(overallCompleteness(modules), 71);
    EXPECT_EQ(moduleName(5), QStringLiteral("Plan plurianual de inversiones"));
    EXPECT_TRUE(moduleName(8).isEmpty());
}
