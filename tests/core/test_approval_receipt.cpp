// Issue 19 item 6: a fingerprint kept only inside the plan file proves nothing against someone who
// can edit the file — storing the hash that `verify` prints «re-seals» a tampered plan. These tests
// prove that a reference kept outside the file (the approval receipt, or the fingerprint typed from
// the adopted document) catches that, and that bad references are refused and change nothing.
#include "CliTest.h"
#include "approval/Approval.h"
#include "approval/ApprovalReceipt.h"
#include "approval/CanonicalPlan.h"
#include "storage/PlanStore.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::CliResult;
using planea::test::readBytes;
using planea::test::writeBytes;

namespace {

OpenOptions readOnlyOptions()
{
    OpenOptions o;
    o.readOnly = true;
    return o;
}

const QString DemoAct = u"Acuerdo 006 de 2028 (ficticio)"_s;

/// Runs SQL on the plan file directly, as someone editing it outside Planea would.
void editOutsidePlanea(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuera"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fuera"_s);
}

QString fingerprintNowFrom(const CliResult &verify)
{
    static const QRegularExpression now(u"Huella del contenido actual: ([0-9a-f]{64})"_s);
    return now.match(verify.out).captured(1);
}

} // namespace

class ApprovalReceipt : public planea::test::CliTest
{
protected:
    /// The demo plan approved under its act, with its receipt beside it.
    void approveWithReceipt()
    {
        m_plan = demoPath();
        m_receipt = m_dir.path(u"recibo.txt"_s);
        const CliResult r = cli(
            { u"approve"_s, m_plan, u"--act"_s, DemoAct, u"--date"_s, u"2028-05-26"_s, u"--receipt"_s, m_receipt });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(u"Recibo de aprobación escrito"_s)) << r.out.toStdString();
        ASSERT_TRUE(QFile::exists(m_receipt));
    }
    QString m_plan;
    QString m_receipt;
};

TEST_F(ApprovalReceipt, TheReceiptSaysWhatWasApprovedAndVerifiesTheUntouchedPlan)
{
    approveWithReceipt();
    const QString text = QString::fromUtf8(readBytes(m_receipt));
    auto plan = PlanStore::open(m_plan, readOnlyOptions());
    ASSERT_TRUE(plan.ok());
    auto data = (*plan)->load();
    ASSERT_TRUE(data.ok());
    plan->reset();
    // In Spanish, for the council: the entity, the act and its date, the version, both fingerprints.
    EXPECT_TRUE(text.contains(u"RECIBO DEL PLAN DE DESARROLLO APROBADO"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"(DANE 63111)"_s));
    EXPECT_TRUE(text.contains(DemoAct + u" del 2028-05-26"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Versión: 1"_s));
    EXPECT_TRUE(text.contains(data->info.fingerprint));
    EXPECT_TRUE(text.contains(approval::shortFingerprint(data->info.fingerprint)));

    const CliResult ok = cli({ u"verify"_s, m_plan, u"--receipt"_s, m_receipt });
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(u"es el plan que aprobó el Concejo"_s)) << ok.out.toStdString();
    // The full fingerprint and the short one, typed as printed (dashes, upper case, spaces).
    EXPECT_EQ(cli({ u"verify"_s, m_plan, u"--fingerprint"_s, data->info.fingerprint.toUpper() }).exitCode, 0);
    const CliResult shortOne
        = cli({ u"verify"_s, m_plan, u"--fingerprint"_s, u" "_s + approval::shortFingerprint(data->info.fingerprint) });
    EXPECT_EQ(shortOne.exitCode, 0) << shortOne.err.toStdString();
    EXPECT_TRUE(shortOne.out.contains(u"12 dígitos"_s)) << shortOne.out.toStdString();
}

TEST_F(ApprovalReceipt, ATamperedPlanResealedWithItsNewFingerprintIsCaughtByTheReceipt)
{
    approveWithReceipt();
    const QString approvedFingerprint = approval::readReceipt(m_receipt)->fingerprint;
    // Someone changes a goal's target and stores the fingerprint verify prints for the new content.
    editOutsidePlanea(m_plan,
                      { u"UPDATE product_indicator SET term_target = term_target + 1 WHERE id = (SELECT min(id) FROM "
                        u"product_indicator)"_s });
    const CliResult broken = cli({ u"verify"_s, m_plan });
    ASSERT_EQ(broken.exitCode, 1);
    const QString resealed = fingerprintNowFrom(broken);
    ASSERT_EQ(resealed.size(), 64) << broken.out.toStdString();
    editOutsidePlanea(m_plan, { u"UPDATE plan SET fingerprint = '%1'"_s.arg(resealed) });

    // The fingerprint inside the file now agrees with the tampered content: that is the limit…
    const CliResult fooled = cli({ u"verify"_s, m_plan });
    EXPECT_EQ(fooled.exitCode, 0) << fooled.err.toStdString();
    EXPECT_TRUE(fooled.out.contains(u"--receipt"_s)) << "verify alone must say what it cannot prove";
    // …and what the council holds is not fooled.
    for (const QStringList &args :
         { QStringList { u"--receipt"_s, m_receipt }, QStringList { u"--fingerprint"_s, approvedFingerprint },
           QStringList { u"--fingerprint"_s, approval::shortFingerprint(approvedFingerprint) } }) {
        const CliResult r = cli(QStringList { u"verify"_s, m_plan } + args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"NO coincide"_s)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(resealed)) << r.err.toStdString();
    }
}

TEST_F(ApprovalReceipt, AReceiptOfAnEarlierVersionSaysTheAmendmentAndProvesNothing)
{
    approveWithReceipt();
    {
        auto store = PlanStore::open(m_plan);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        auto amended = approval::amend(**store, u"Acuerdo 011 de 2029"_s, QDate(2029, 3, 2), u"Ajuste de metas"_s);
        ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();
    }
    const CliResult old = cli({ u"verify"_s, m_plan, u"--receipt"_s, m_receipt });
    EXPECT_EQ(old.exitCode, 1);
    EXPECT_TRUE(old.err.contains(u"versión 1"_s) && old.err.contains(u"versión 2"_s)) << old.err.toStdString();
    EXPECT_TRUE(old.err.contains(u"Acuerdo 011 de 2029"_s)) << old.err.toStdString();
    // The receipt of the amendment verifies it.
    const QString second = m_dir.path(u"recibo-v2.txt"_s);
    const CliResult written = cli({ u"receipt"_s, m_plan, u"-o"_s, second });
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(readBytes(second)).contains(u"Acuerdo 011 de 2029"_s));
    EXPECT_EQ(cli({ u"verify"_s, m_plan, u"--receipt"_s, second }).exitCode, 0);
}

TEST_F(ApprovalReceipt, AReceiptOfAnotherEntityIsRefusedByName)
{
    approveWithReceipt();
    QByteArray bytes = readBytes(m_receipt);
    bytes.replace("dane: 63111", "dane: 05001");
    const QString other = m_dir.path(u"otro.txt"_s);
    writeBytes(other, bytes);
    const CliResult r = cli({ u"verify"_s, m_plan, u"--receipt"_s, other });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"otra entidad"_s) && r.err.contains(u"05001"_s)) << r.err.toStdString();
}

TEST_F(ApprovalReceipt, BadReferencesAreRefusedInSpanishAndChangeNothing)
{
    approveWithReceipt();
    const QString bad = m_dir.path(u"malo.txt"_s);
    expectRefused({ u"verify"_s, m_plan, u"--receipt"_s, m_dir.path(u"no-existe.txt"_s) }, u"no existe"_s, m_plan);
    writeBytes(bad, "Acta de la sesion del Concejo\nhuella: 1234\n");
    expectRefused({ u"verify"_s, m_plan, u"--receipt"_s, bad }, u"no es un recibo de aprobación de Planea"_s, m_plan);
    QByteArray cut = readBytes(m_receipt);
    cut.truncate(cut.indexOf("-- fin --"));
    writeBytes(bad, cut);
    expectRefused({ u"verify"_s, m_plan, u"--receipt"_s, bad }, u"no es un recibo de aprobación de Planea"_s, m_plan);
    QByteArray garbled = readBytes(m_receipt);
    garbled.replace("huella: ", "huella: zz");
    writeBytes(bad, garbled);
    expectRefused({ u"verify"_s, m_plan, u"--receipt"_s, bad }, u"está dañado"_s, m_plan);
    writeBytes(bad, QByteArray(200000, '\0'));
    expectRefused({ u"verify"_s, m_plan, u"--receipt"_s, bad }, u"no es un recibo"_s, m_plan);
    expectRefused({ u"verify"_s, m_plan, u"--fingerprint"_s, u"a73-a5e"_s }, u"tiene 6 dígitos"_s, m_plan);
    expectRefused({ u"verify"_s, m_plan, u"--fingerprint"_s, u"Acuerdo 006"_s }, u"no es una huella"_s, m_plan);
    expectRefused({ u"verify"_s, m_plan, u"--fingerprint"_s, u""_s }, u"Escriba la huella"_s, m_plan);
    expectRefused({ u"verify"_s, m_plan, u"--receipt"_s, m_receipt, u"--fingerprint"_s, u"abc"_s }, u"no ambos"_s,
                  m_plan);
}

TEST_F(ApprovalReceipt, TheReceiptCommandKeepsItsWordAboutFilesAndApprovals)
{
    const QString plan = demoPath();
    const QString target = m_dir.path(u"recibo.txt"_s);
    // Not approved yet: nothing to give a receipt for.
    const CliResult none = cli({ u"receipt"_s, plan, u"-o"_s, target });
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(u"no ha sido aprobado"_s)) << none.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    // approve --receipt onto an existing file is refused before the plan is approved.
    writeBytes(target, "mío");
    expectRefused({ u"approve"_s, plan, u"--act"_s, DemoAct, u"--date"_s, u"2028-05-26"_s, u"--receipt"_s, target },
                  u"--force"_s, plan);
    EXPECT_EQ(readBytes(target), QByteArray("mío"));
    ASSERT_EQ(cli({ u"approve"_s, plan, u"--act"_s, DemoAct, u"--date"_s, u"2028-05-26"_s }).exitCode, 0);
    expectRefused({ u"receipt"_s, plan, u"-o"_s, target }, u"--force"_s, target);
    const CliResult forced = cli({ u"receipt"_s, plan, u"-o"_s, target, u"--force"_s });
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(cli({ u"verify"_s, plan, u"--receipt"_s, target }).exitCode, 0);
    // A plan whose content no longer matches its record gets no receipt.
    editOutsidePlanea(plan,
                      { u"UPDATE product_indicator SET term_target = term_target + 1 WHERE id = (SELECT min(id) FROM "
                        u"product_indicator)"_s });
    const QString later = m_dir.path(u"recibo-despues.txt"_s);
    const CliResult refused = cli({ u"receipt"_s, plan, u"-o"_s, later });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"no es el plan aprobado"_s)) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(later));
}

TEST(ApprovalReference, TypedFingerprintsAreReadAsPrintedAndOthersRefused)
{
    const QString full = u"a73a5ebb7fece34e14fca74f827f8a1097e088c8ff9a866d05a75c21df4e762e"_s;
    auto spaced
        = approval::parseTypedFingerprint(u" A73A 5EBB-7FEC:E34E14FCA74F827F8A1097E088C8FF9A866D05A75C21DF4E762E "_s);
    ASSERT_TRUE(spaced.ok());
    EXPECT_EQ(spaced->fingerprint, full);
    EXPECT_FALSE(spaced->isShort());
    auto shortOne = approval::parseTypedFingerprint(u"a73-a5e-bb7-fec"_s);
    ASSERT_TRUE(shortOne.ok());
    EXPECT_TRUE(shortOne->isShort());
    EXPECT_FALSE(approval::parseTypedFingerprint(full.left(63)).ok());
    EXPECT_FALSE(approval::parseTypedFingerprint(full + u"0"_s).ok());
    EXPECT_FALSE(approval::parseTypedFingerprint(u"g73-a5e-bb7-fec"_s).ok());
}
