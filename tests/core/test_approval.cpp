// The approved plan's fingerprint: canonical serialization, approve / verify / amend, edits refused
// after approval, and the planea-cli commands.
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/Approval.h"
#include "approval/CanonicalPlan.h"
#include "domain/PlanData.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::test;

namespace {

/// The expected canonical text of smallPlan(), written out by hand from docs/APPROVAL.md.
const char *const GoldenText = "PLANEA-HUELLA|1\n"
                               "PLAN|63272|Filandia|63|Quindío|MUNICIPIO|6|Plan de prueba|2028||Alcaldesa de prueba\n"
                               "APROBACION|||0\n"
                               "OFICINA|Secretaría de Educación\n"
                               "OFICINA|Secretaría de Salud\n"
                               "LINEA|1|Educación de calidad|Desc\\|con barra|60|22\n"
                               "LINEA|2|Salud para todos||40|19\n"
                               "BIENESTAR|1|Tasa de cobertura neta|%|22|MEN|AUMENTAR|4||1|0|85.5|2027|90\n"
                               "PROGRAMA|1|2201|Calidad educativa||0|100\n"
                               "PRODUCTO|2201006|Servicio de alimentación escolar|0|150000000\n"
                               "INVERSION|2028|SGP|100000000\n"
                               "INVERSION|2029|PROPIOS|50000000\n"
                               "INDICADOR|220100600|Beneficiarios atendidos||Número|0|1|1200|1500|ACUMULADO|"
                               "INCREMENTO|2|Secretaría de Educación|100|1|\n"
                               "META|2028|1300|0\n"
                               "META|2029|1400|0\n"
                               "META|2030||1\n"
                               "META|2031|1500|0\n";

/// SHA-256 of GoldenText, computed independently (Python hashlib), so the fingerprint can be
/// recomputed by a third party from the documented text alone.
const char *const GoldenFingerprint = "b91ecdcbb7617de9b4ecdac7e434a67e67028cd62becea70c1f59f6e441f63f0";

PlanData smallPlan()
{
    PlanData p;
    p.info = sampleInfo();
    p.offices = { { 7, u"Secretaría de Salud"_s }, { 3, u"Secretaría de Educación"_s } };
    StrategicLine health { 20, 2, u"Salud para todos"_s, {}, 40.0, { u"19"_s } };
    StrategicLine education { 10, 1, u"Educación de calidad"_s, u"Desc|con barra"_s, 60.0, { u"22"_s } };
    p.lines = { health, education };
    WellbeingIndicator w;
    w.id = 5;
    w.lineId = 10;
    w.name = u"Tasa de cobertura neta"_s;
    w.unit = u"%"_s;
    w.sectorCode = u"22"_s;
    w.source = u"MEN"_s;
    w.sdg = 4;
    w.isPrioritized = true;
    w.baseline = 85.5;
    w.baselineYear = 2027;
    w.target = 90.0;
    p.wellbeingIndicators = { w };
    BudgetProgram program;
    program.id = 100;
    program.lineId = 10;
    program.code = u"2201"_s;
    program.name = u"Calidad educativa"_s;
    program.weight = 100.0;
    p.programs = { program };
    Product product;
    product.id = 1000;
    product.programId = 100;
    product.code = u"2201006"_s;
    product.name = u"Servicio de alimentación escolar"_s;
    product.cost = 150'000'000;
    product.bpin = u"2028630001"_s;
    p.products = { product };
    ProductIndicator ind;
    ind.id = 9000;
    ind.productId = 1000;
    ind.code = u"220100600"_s;
    ind.name = u"Beneficiarios atendidos"_s;
    ind.unit = u"Número"_s;
    ind.baseline = 1200.0;
    ind.termTarget = 1500.0;
    ind.sdg = 2;
    ind.responsibleOfficeId = 3;
    ind.weight = 100.0;
    ind.wellbeingIndicatorId = 5;
    ind.annualTargets
        = { { 2028, 1300.0, false }, { 2029, 1400.0, false }, { 2030, {}, true }, { 2031, 1500.0, false } };
    p.indicators = { ind };
    p.investments = { { 1000, 2029, u"PROPIOS"_s, 50'000'000 },
                      { 1000, 2028, u"SGP"_s, 100'000'000 },
                      { 1000, 2030, u"SGP"_s, 0 } };
    p.reindex();
    return p;
}

/// Writes smallPlan() to a plan file through the storage layer, as the application does.
void writeSmallPlan(const QString &path)
{
    const PlanData p = smallPlan();
    auto status = writeNewPlanFile(path, p.info, [&](PlanStore &store) -> Status {
        PlanWriter w(store);
        QHash<qint64, qint64> ids;
        for (const Office &o : p.offices) {
            auto id = w.office(o.name);
            if (!id)
                return id.error();
            ids.insert(o.id, *id);
        }
        QHash<qint64, qint64> lineIds;
        for (const StrategicLine &l : p.lines) {
            auto id = w.addLine(l);
            if (!id)
                return id.error();
            lineIds.insert(l.id, *id);
        }
        WellbeingIndicator wi = p.wellbeingIndicators.first();
        wi.lineId = lineIds.value(*wi.lineId);
        auto wid = w.addWellbeingIndicator(wi);
        if (!wid)
            return wid.error();
        BudgetProgram pr = p.programs.first();
        pr.lineId = lineIds.value(pr.lineId);
        auto pid = w.addProgram(pr);
        if (!pid)
            return pid.error();
        Product prod = p.products.first();
        prod.programId = *pid;
        auto prodId = w.addProduct(prod);
        if (!prodId)
            return prodId.error();
        ProductIndicator ind = p.indicators.first();
        ind.productId = *prodId;
        ind.responsibleOfficeId = ids.value(3);
        ind.wellbeingIndicatorId = *wid;
        auto indId = w.addIndicator(ind);
        if (!indId)
            return indId.error();
        for (const AnnualTarget &t : ind.annualTargets) {
            if (auto s = w.setAnnualTarget(*indId, t); !s)
                return s;
        }
        for (InvestmentAmount cell : p.investments) {
            cell.productId = *prodId;
            if (auto s = w.setInvestment(cell); !s)
                return s;
        }
        return {};
    });
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
}

PlanData loadFile(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(path, options);
    EXPECT_TRUE(store.ok());
    auto plan = (*store)->load();
    EXPECT_TRUE(plan.ok());
    return *plan;
}

/// Changes the file with plain SQLite, as someone might behind Planea's back.
void tamper(const QString &path, const QString &sql)
{
    const QString connection = u"tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST(CanonicalDecimal, FixedRuleWithSixDecimalsAndNoTrailingZeros)
{
    EXPECT_EQ(approval::canonicalDecimal(100.0), u"100"_s);
    EXPECT_EQ(approval::canonicalDecimal(85.5), u"85.5"_s);
    EXPECT_EQ(approval::canonicalDecimal(0.1 + 0.2), u"0.3"_s); // 0.30000000000000004 rounds to 0.3
    EXPECT_EQ(approval::canonicalDecimal(1234.5678), u"1234.5678"_s);
    EXPECT_EQ(approval::canonicalDecimal(-3.25), u"-3.25"_s);
    EXPECT_EQ(approval::canonicalDecimal(1e-7), u"0"_s);
    EXPECT_EQ(approval::canonicalDecimal(-0.0000004), u"0"_s); // never "-0"
    EXPECT_EQ(approval::canonicalDecimal(0.0000015), u"0.000002"_s); // half away from zero
    EXPECT_EQ(approval::canonicalDecimal(33.333333333), u"33.333333"_s);
}

TEST(Fingerprint, GoldenTextAndFingerprintOfASmallPlan)
{
    const QByteArray text = approval::canonicalSerialization(smallPlan());
    EXPECT_EQ(text.toStdString(), std::string(GoldenText));
    EXPECT_EQ(approval::computeFingerprint(smallPlan()), QString::fromLatin1(GoldenFingerprint));
    EXPECT_EQ(approval::shortFingerprint(QString::fromLatin1(GoldenFingerprint)), u"b91-ecd-cbb-761"_s);
}

TEST(Fingerprint, SameContentThroughThePlanFileGivesTheGoldenFingerprint)
{
    TempDir dir;
    writeSmallPlan(dir.path(u"p.planea"_s));
    EXPECT_EQ(approval::computeFingerprint(loadFile(dir.path(u"p.planea"_s))), QString::fromLatin1(GoldenFingerprint));
}

TEST(Fingerprint, UnaffectedByRowIdsListOrderProgressAndVolatileData)
{
    PlanData p = smallPlan();
    // Other ids, lists in another order.
    std::reverse(p.lines.begin(), p.lines.end());
    std::reverse(p.offices.begin(), p.offices.end());
    std::reverse(p.investments.begin(), p.investments.end());
    std::reverse(p.indicators.first().annualTargets.begin(), p.indicators.first().annualTargets.end());
    p.offices[0].id = 70;
    p.indicators[0].responsibleOfficeId = 70; // Secretaría de Educación, now with id 70
    // Follow-up, diagnosis, team, route state, BPIN, display order of programs: not approved content.
    p.progress.append({ 9000, 2028, 0, 1290.0, u"Informe"_s, {} });
    p.executions.append({ 1000, 2028, u"SGP"_s, 100, 90, 80, 70 });
    p.team.append({ 1, u"Ana"_s, u"Jefe"_s, {}, {}, {}, {}, true, 1 });
    p.info.state = WorkflowState::InExecution;
    p.info.catalogVersion = u"2025-01"_s;
    p.products[0].bpin = u"otro"_s;
    p.programs[0].sortOrder = 9;
    p.reindex();
    EXPECT_EQ(approval::computeFingerprint(p), QString::fromLatin1(GoldenFingerprint));
}

TEST(Fingerprint, ChangesWithAnyContentChange)
{
    const QString golden = QString::fromLatin1(GoldenFingerprint);
    const auto changed = [&](const std::function<void(PlanData &)> &edit) {
        PlanData p = smallPlan();
        edit(p);
        p.reindex();
        return approval::computeFingerprint(p);
    };
    EXPECT_NE(changed([](PlanData &p) { p.products[0].name += u"s"_s; }), golden) << "a name";
    EXPECT_NE(changed([](PlanData &p) { p.indicators[0].annualTargets[1].value = 1401.0; }), golden) << "a target";
    EXPECT_NE(changed([](PlanData &p) { p.indicators[0].termTarget = 1500.5; }), golden) << "the four-year target";
    EXPECT_NE(changed([](PlanData &p) { p.investments[1].amount += 1; }), golden) << "one peso in a money cell";
    EXPECT_NE(changed([](PlanData &p) { p.lines[0].weight = 41.0; }), golden) << "a weight";
    EXPECT_NE(changed([](PlanData &p) { p.indicators[0].responsibleOfficeId = 7; }), golden) << "the office";
    EXPECT_NE(changed([](PlanData &p) { p.indicators[0].goalCode = u"17"_s; }), golden) << "the goal's own code";
    EXPECT_NE(changed([](PlanData &p) { p.info.adoptionAct = u"Acuerdo 1"_s; }), golden) << "the act";
    // Same characters, composed differently (NFD "é"): the same text for people, the same fingerprint.
    EXPECT_EQ(changed([](PlanData &p) {
                  p.lines[1].name = u"Educación de calidad"_s.normalized(QString::NormalizationForm_D);
              }),
              golden);
}

TEST(Approval, ApproveStoresActDateVersionStateAndFingerprintThenVerifies)
{
    TempDir dir;
    const QString path = dir.path(u"p.planea"_s);
    writeSmallPlan(path);
    QString fingerprint;
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok());
        int backups = 0;
        auto result = approval::approve(**store, u"Acuerdo 012 de 2028"_s, QDate(2028, 5, 30),
                                        [&](PlanStore &, BackupReason reason) -> Status {
                                            EXPECT_EQ(reason, BackupReason::Approval);
                                            ++backups;
                                            return {};
                                        });
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
        EXPECT_EQ(backups, 1);
        fingerprint = *result;
    }
    const PlanData p = loadFile(path);
    EXPECT_EQ(p.info.adoptionAct, u"Acuerdo 012 de 2028"_s);
    EXPECT_EQ(p.info.adoptionDate, QDate(2028, 5, 30));
    EXPECT_EQ(p.info.version, 1);
    EXPECT_EQ(p.info.state, WorkflowState::Approved);
    EXPECT_EQ(p.info.fingerprint, fingerprint);
    EXPECT_NE(fingerprint, QString::fromLatin1(GoldenFingerprint)); // the act is part of it
    const approval::Verification v = approval::verify(p);
    EXPECT_TRUE(v.approved);
    EXPECT_TRUE(v.matches);

    // Approving again is refused and changes nothing.
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    auto again = approval::approve(**store, u"Acuerdo 099"_s, QDate(2028, 6, 1));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"ya fue aprobado"_s)) << again.error().message.toStdString();
    EXPECT_EQ((*store)->load()->info.adoptionAct, u"Acuerdo 012 de 2028"_s);
}

TEST(Approval, EmptyActOrInvalidDateIsRefusedAndChangesNothing)
{
    TempDir dir;
    const QString path = dir.path(u"p.planea"_s);
    writeSmallPlan(path);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    auto empty = approval::approve(**store, u"   "_s, QDate(2028, 5, 30));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(u"está vacío"_s)) << empty.error().message.toStdString();
    auto badDate = approval::approve(**store, u"Acuerdo 1"_s, QDate());
    ASSERT_FALSE(badDate.ok());
    EXPECT_TRUE(badDate.error().message.contains(u"AAAA-MM-DD"_s)) << badDate.error().message.toStdString();
    const PlanData p = *(*store)->load();
    EXPECT_EQ(p.info.version, 0);
    EXPECT_TRUE(p.info.fingerprint.isEmpty());
    EXPECT_EQ(p.info.state, WorkflowState::Draft);
}

TEST(Approval, TamperingWithTheFileIsDetected)
{
    TempDir dir;
    const QString path = dir.path(u"p.planea"_s);
    writeSmallPlan(path);
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(approval::approve(**store, u"Acuerdo 012 de 2028"_s, QDate(2028, 5, 30)).ok());
    }
    // Progress is follow-up, not approved content: still the approved plan.
    tamper(path,
           u"INSERT INTO progress (indicator_id, year, period, value) SELECT id, 2028, 0, 1290 FROM "
           "product_indicator"_s);
    EXPECT_TRUE(approval::verify(loadFile(path)).matches);
    // One peso more in the investment plan, written with raw SQL.
    tamper(path, u"UPDATE investment SET amount = amount + 1 WHERE year = 2029"_s);
    const approval::Verification v = approval::verify(loadFile(path));
    EXPECT_TRUE(v.approved);
    EXPECT_FALSE(v.matches);
    EXPECT_NE(v.stored, v.computed);
}

TEST(Approval, EditsToTheApprovedStructureAreRefusedOthersAllowed)
{
    EXPECT_TRUE(approval::isApprovedStructureEdit(Table::ProductIndicator, u"term_target"_s));
    EXPECT_TRUE(approval::isApprovedStructureEdit(Table::AnnualTarget, u"value"_s));
    EXPECT_TRUE(approval::isApprovedStructureEdit(Table::Investment, u"amount"_s));
    EXPECT_TRUE(approval::isApprovedStructureEdit(Table::StrategicLine, u"weight"_s));
    EXPECT_TRUE(approval::isApprovedStructureEdit(Table::Program));
    EXPECT_TRUE(approval::isApprovedStructureEdit(Table::Plan, u"entity_name"_s));
    EXPECT_FALSE(approval::isApprovedStructureEdit(Table::Plan, u"workflow_state"_s));
    EXPECT_FALSE(approval::isApprovedStructureEdit(Table::Progress, u"value"_s));
    EXPECT_FALSE(approval::isApprovedStructureEdit(Table::BudgetExecution, u"payments"_s));
    EXPECT_FALSE(approval::isApprovedStructureEdit(Table::Product, u"bpin"_s));
    EXPECT_FALSE(approval::isApprovedStructureEdit(Table::TeamMember, u"name"_s));

    PlanInfo draft = sampleInfo();
    EXPECT_TRUE(approval::checkEdit(draft, Table::AnnualTarget, u"value"_s).ok());
    PlanInfo approved = draft;
    approved.adoptionAct = u"Acuerdo 012 de 2028"_s;
    approved.version = 1;
    approved.fingerprint = QString::fromLatin1(GoldenFingerprint);
    const Status refused = approval::checkEdit(approved, Table::AnnualTarget, u"value"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"modificación"_s)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"Acuerdo 012 de 2028"_s));
    EXPECT_TRUE(approval::checkEdit(approved, Table::Progress, u"value"_s).ok());
}

TEST(Approval, AmendmentsRaiseTheVersionAndGiveANewFingerprint)
{
    TempDir dir;
    const QString path = dir.path(u"p.planea"_s);
    writeSmallPlan(path);
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok());
    PlanStore &s = **store;
    auto notYet = approval::amend(s, u"Acuerdo 2"_s, QDate(2029, 3, 1), u"x"_s);
    ASSERT_FALSE(notYet.ok());
    EXPECT_TRUE(notYet.error().message.contains(u"aún no ha sido aprobado"_s));

    auto v1 = approval::approve(s, u"Acuerdo 012 de 2028"_s, QDate(2028, 5, 30));
    ASSERT_TRUE(v1.ok());
    const qint64 indicatorId = s.load()->indicators.first().id;
    auto v2 = approval::amend(s, u"Acuerdo 004 de 2029"_s, QDate(2029, 3, 1), u"Meta 2029 ajustada"_s, [&]() {
        return s.upsert(Table::AnnualTarget,
                        { { u"indicator_id"_s, indicatorId }, { u"year"_s, 2029 }, { u"value"_s, 1450.0 } });
    });
    ASSERT_TRUE(v2.ok()) << v2.error().message.toStdString();
    EXPECT_NE(*v2, *v1);

    const PlanData p = *s.load();
    EXPECT_EQ(p.info.version, 2);
    EXPECT_EQ(p.info.fingerprint, *v2);
    EXPECT_EQ(p.info.adoptionAct, u"Acuerdo 012 de 2028"_s); // the adoption act stays
    ASSERT_EQ(p.amendments.size(), 1);
    EXPECT_EQ(p.amendments[0].version, 2);
    EXPECT_EQ(p.amendments[0].act, u"Acuerdo 004 de 2029"_s);
    EXPECT_EQ(p.amendments[0].date, QDate(2029, 3, 1));
    EXPECT_EQ(p.amendments[0].fingerprint, *v2);
    EXPECT_EQ(p.indicators.first().target(2029)->value.value_or(-1), 1450.0);
    EXPECT_TRUE(approval::verify(p).matches);

    // A failing edit inside the amendment leaves the plan as it was.
    auto failed = approval::amend(s, u"Acuerdo 5"_s, QDate(2029, 4, 1), {},
                                  []() -> Status { return Error::badInput(u"no"_s); });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(s.load()->info.version, 2);
    EXPECT_EQ(s.load()->amendments.size(), 1);
}

TEST(ApprovalCli, ApproveVerifyAndTamper)
{
    TempDir dir;
    const QString path = dir.path(u"p.planea"_s);
    writeSmallPlan(path);

    CliResult notApproved = runCli({ u"verify"_s, path });
    EXPECT_EQ(notApproved.exitCode, 1);
    EXPECT_TRUE(notApproved.err.contains(u"no ha sido aprobado"_s)) << notApproved.err.toStdString();

    CliResult badDate = runCli({ u"approve"_s, path, u"--act"_s, u"Acuerdo 012"_s, u"--date"_s, u"30/05/2028"_s });
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(u"AAAA-MM-DD"_s)) << badDate.err.toStdString();
    CliResult noAct = runCli({ u"approve"_s, path, u"--date"_s, u"2028-05-30"_s });
    EXPECT_EQ(noAct.exitCode, 2);
    EXPECT_TRUE(noAct.err.contains(u"--act"_s)) << noAct.err.toStdString();

    CliResult ok = runCli({ u"approve"_s, path, u"--act"_s, u"Acuerdo 012 de 2028"_s, u"--date"_s, u"2028-05-30"_s });
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const QString fingerprint = loadFile(path).info.fingerprint;
    EXPECT_EQ(fingerprint.size(), 64);
    EXPECT_TRUE(ok.out.contains(fingerprint)) << ok.out.toStdString();

    CliResult twice = runCli({ u"approve"_s, path, u"--act"_s, u"Otro"_s, u"--date"_s, u"2028-06-30"_s });
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(u"ya fue aprobado"_s)) << twice.err.toStdString();

    CliResult verified = runCli({ u"verify"_s, path });
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(u"La huella coincide"_s)) << verified.out.toStdString();

    CliResult info = runCli({ u"info"_s, path, u"--json"_s });
    EXPECT_TRUE(info.out.contains(fingerprint)) << info.out.toStdString();

    tamper(path, u"UPDATE product SET name = 'Servicio de alimentacion escolar' WHERE code = '2201006'"_s);
    CliResult tampered = runCli({ u"verify"_s, path });
    EXPECT_EQ(tampered.exitCode, 1);
    EXPECT_TRUE(tampered.err.contains(u"NO coincide"_s)) << tampered.err.toStdString();
}

// Schema 3 gives a goal its own code (product_indicator.goal_code). A plan approved with an older
// Planea has no goal codes: migrating it must not change what the council approved. The older file
// is made from an approved plan by taking the column out again, as version 2 had it.
TEST(Approval, PlanApprovedBeforeGoalCodesKeepsItsFingerprintAfterTheMigration)
{
    TempDir dir;
    const QString path = dir.path(u"p.planea"_s);
    writeSmallPlan(path);
    QString fingerprint;
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok());
        auto result = approval::approve(**store, u"Acuerdo 012 de 2028"_s, QDate(2028, 5, 30));
        ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
        fingerprint = *result;
    }
    tamper(path, u"ALTER TABLE product_indicator DROP COLUMN goal_code"_s);
    tamper(path, u"ALTER TABLE wellbeing_indicator DROP COLUMN official_code"_s);
    tamper(path, u"ALTER TABLE indicator_value DROP COLUMN department_value"_s);
    tamper(path, u"ALTER TABLE indicator_value DROP COLUMN nation_value"_s);
    tamper(path, u"PRAGMA user_version = 2"_s);

    // Read-only, the version-2 file is read as it is, and verifies.
    {
        OpenOptions options;
        options.readOnly = true;
        auto store = PlanStore::open(path, options);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_EQ((*store)->schemaVersion(), 2);
        auto v = approval::verify(**store);
        ASSERT_TRUE(v.ok());
        EXPECT_TRUE(v->matches) << v->computed.toStdString();
    }
    // Opened for writing, it is migrated to the current version and still verifies with the same
    // fingerprint.
    auto store = PlanStore::open(path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ((*store)->schemaVersion(), schema::CurrentVersion);
    auto v = approval::verify(**store);
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->approved);
    EXPECT_TRUE(v->matches);
    EXPECT_EQ(v->stored, fingerprint);
    EXPECT_EQ(v->computed, fingerprint);
    const auto loaded = (*store)->load(); // kept: a range-for over a temporary's member would dangle
    ASSERT_TRUE(loaded.ok());
    for (const ProductIndicator &ind : loaded->indicators)
        EXPECT_TRUE(ind.goalCode.isEmpty());
    // Giving a goal its code is an edit of the approved structure: refused outside an amendment.
    EXPECT_FALSE(approval::checkEdit((*store)->load()->info, Table::ProductIndicator, u"goal_code"_s).ok());
}
