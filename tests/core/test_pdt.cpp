// The plan document (pdt) as councils read it: the positions printed under the names of the
// mayor or governor and of the head of planning.
#include "SamplePlans.h"
#include "domain/PlanData.h"
#include "export/DocumentHeader.h"
#include "report/Report.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::exporting;
using namespace planea::test;

TEST(PdtPositions, ThePositionUnderTheNameAgreesWithTheTitleItStartsWith)
{
    PlanData plan;
    plan.info = sampleInfo();
    const auto position = [&](const QString &head, EntityType type) {
        plan.info.headOfGovernment = head;
        plan.info.entity.type = type;
        return DocumentHeader::headOfGovernmentPosition(plan);
    };
    EXPECT_EQ(position(u"Alcaldesa ficticia Mariana Arango"_s, EntityType::Municipality), u"Alcaldesa municipal"_s);
    EXPECT_EQ(position(u"Alcalde Jorge Ramírez"_s, EntityType::Municipality), u"Alcalde municipal"_s);
    EXPECT_EQ(position(u"María Fernanda Gómez"_s, EntityType::Municipality), u"Alcalde(sa) municipal"_s);
    EXPECT_EQ(position(u"ALCALDESA Ana Ruiz"_s, EntityType::District), u"Alcaldesa distrital"_s);
    EXPECT_EQ(position(u"Gobernadora Luz Marina Díaz"_s, EntityType::Department), u"Gobernadora"_s);
    EXPECT_EQ(position(u"Gobernador Pedro Páez"_s, EntityType::Department), u"Gobernador"_s);
    EXPECT_EQ(position(u"Pedro Páez"_s, EntityType::Department), u"Gobernador(a)"_s);
    // Only a title of its own counts.
    EXPECT_EQ(position(u"Alcaldesa"_s, EntityType::Municipality), u"Alcaldesa municipal"_s);
    EXPECT_EQ(position(u"Alcaldestein Ana"_s, EntityType::Municipality), u"Alcalde(sa) municipal"_s);

    // The signature blocks of every approval document print the same position.
    plan.info.headOfGovernment = u"Alcaldesa Ana Ruiz"_s;
    plan.info.entity.type = EntityType::Municipality;
    plan.info.version = 1;
    TeamMember planner;
    planner.name = u"Rosa Gil"_s;
    planner.position = u"Secretaria de Planeación"_s;
    plan.team.append(planner);
    report::Report r;
    r.code = u"plan-indicativo"_s;
    const DocumentHeader header = DocumentHeader::fromPlan(plan, r, QDate(2028, 6, 1));
    ASSERT_FALSE(header.signatories.isEmpty());
    EXPECT_EQ(header.signatories.first().name, u"Alcaldesa Ana Ruiz"_s);
    EXPECT_EQ(header.signatories.first().position, u"Alcaldesa municipal"_s);
    // The head of planning signs under the position the plan gives her.
    ASSERT_EQ(header.signatories.size(), 2);
    EXPECT_EQ(header.signatories[1].name, u"Rosa Gil"_s);
    EXPECT_EQ(header.signatories[1].position, u"Secretaria de Planeación"_s);
}
