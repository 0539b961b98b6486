// Copies of a plan merged (issue 21): a working copy carries its base; the copy's changes are
// brought back three-way on the row ids and columns, conflicts reported and settled, inserts on
// both sides under the same id remapped with their foreign keys, another plan's copy and damaged
// copies refused with the plan unchanged, dry runs write nothing.
#include "CliTest.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "approval/Approval.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "merge/PlanMerge.h"
#include "storage/PlanStore.h"
#include "storage/Schema.h"

#include <QFile>
#include <QJsonArray>

#include <random>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using planea::test::TempDir;

namespace {

struct Pair
{
    TempDir dir;
    QString plan = dir.path(u"plan.planea"_s);
    QString copy = dir.path(u"copia.planea"_s);
    std::unique_ptr<PlanStore> mine;
    Pair()
    {
        test::writeDemoPlan(plan);
        {
            OpenOptions ro;
            ro.readOnly = true;
            auto s = PlanStore::open(plan, ro);
            EXPECT_TRUE(s.ok());
            auto st = merge::makeCopy(**s, copy);
            EXPECT_TRUE(st.ok()) << (st ? "" : st.error().message.toStdString());
        }
        mine = std::move(PlanStore::open(plan).value());
    }
    std::unique_ptr<PlanStore> openCopy(const QString &actor = u"Ana Gómez"_s)
    {
        auto s = PlanStore::open(copy);
        EXPECT_TRUE(s.ok()) << (s ? "" : s.error().message.toStdString());
        (*s)->setActor(actor);
        return std::move(s.value());
    }
};

QString text(const PlanStore &s, Table t, qint64 id, const QString &col)
{
    auto v = s.value(t, id, col);
    return v ? v->toString() : u"<error>"_s;
}

} // namespace

TEST(PlanMerge, NonConflictingEditsOfBothSidesAreAllInTheResult)
{
    Pair p;
    ASSERT_TRUE(p.mine->update(Table::Program, 1, u"name"_s, u"Mía"_s).ok());
    {
        auto c = p.openCopy();
        ASSERT_TRUE(c->update(Table::Program, 2, u"name"_s, u"De la copia"_s).ok());
        ASSERT_TRUE(c->update(Table::Product, 3, u"cost"_s, 12345).ok());
    }
    auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Ask, false);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->conflicts.isEmpty());
    EXPECT_EQ(r->applied.size(), 2);
    EXPECT_EQ(text(*p.mine, Table::Program, 1, u"name"_s), u"Mía"_s);
    EXPECT_EQ(text(*p.mine, Table::Program, 2, u"name"_s), u"De la copia"_s);
    EXPECT_EQ(text(*p.mine, Table::Product, 3, u"cost"_s), u"12345"_s);
    for (const merge::Change &ch : std::as_const(r->applied))
        EXPECT_TRUE(ch.author.contains(u"Ana Gómez"_s)) << ch.author.toStdString();
}

TEST(PlanMerge, TrueConflictIsReportedAndSettledBothWays)
{
    for (merge::Take take : { merge::Take::Ask, merge::Take::Mine, merge::Take::Theirs }) {
        Pair p;
        ASSERT_TRUE(p.mine->update(Table::Program, 1, u"name"_s, u"Mía"_s).ok());
        {
            auto c = p.openCopy();
            ASSERT_TRUE(c->update(Table::Program, 1, u"name"_s, u"Suya"_s).ok());
        }
        auto r = merge::mergeCopy(*p.mine, p.copy, take, false);
        ASSERT_TRUE(r.ok());
        ASSERT_EQ(r->conflicts.size(), 1);
        EXPECT_EQ(r->conflicts[0].field, u"name"_s);
        EXPECT_EQ(r->conflicts[0].mine.toString(), u"Mía"_s);
        EXPECT_EQ(r->conflicts[0].theirs.toString(), u"Suya"_s);
        EXPECT_EQ(text(*p.mine, Table::Program, 1, u"name"_s), take == merge::Take::Theirs ? u"Suya"_s : u"Mía"_s);
    }
}

TEST(PlanMerge, DeleteAgainstEditIsAConflict)
{
    Pair p;
    ASSERT_TRUE(p.mine->remove(Table::Product, 5).ok());
    {
        auto c = p.openCopy();
        ASSERT_TRUE(c->update(Table::Product, 5, u"name"_s, u"Editado"_s).ok());
    }
    auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Ask, false);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->conflicts.size(), 1);
    EXPECT_EQ(r->conflicts[0].kind, merge::Change::Kind::DeleteVsEdit);
    auto t = merge::mergeCopy(*p.mine, p.copy, merge::Take::Theirs, false);
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(text(*p.mine, Table::Product, 5, u"name"_s), u"Editado"_s);
}

TEST(PlanMerge, InsertsOnBothSidesWithTheSameIdAreRemappedWithTheirForeignKeys)
{
    Pair p;
    const QVariantMap program { { u"line_id"_s, 1 }, { u"code"_s, u"9901"_s }, { u"name"_s, u"Programa mío"_s } };
    auto mineId = p.mine->insert(Table::Program, program);
    ASSERT_TRUE(mineId.ok());
    qint64 theirsId = 0;
    {
        auto c = p.openCopy();
        QVariantMap other = program;
        other[u"name"_s] = u"Programa de la copia"_s;
        auto id = c->insert(Table::Program, other);
        ASSERT_TRUE(id.ok());
        theirsId = *id;
        auto prod = c->insert(
            Table::Product,
            { { u"program_id"_s, theirsId }, { u"code"_s, u"990101"_s }, { u"name"_s, u"Producto nuevo"_s } });
        ASSERT_TRUE(prod.ok()) << prod.error().message.toStdString();
    }
    ASSERT_EQ(*mineId, theirsId);
    auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Ask, false);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->conflicts.isEmpty());
    EXPECT_EQ(r->remappedRows, 1);
    EXPECT_EQ(text(*p.mine, Table::Program, *mineId, u"name"_s), u"Programa mío"_s);
    auto rows = p.mine->select(
        u"SELECT p.name FROM product d JOIN program p ON p.id = d.program_id WHERE d.code = '990101'"_s);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).value(0).toString(), u"Programa de la copia"_s);
}

TEST(PlanMerge, RandomEditsAreNeverSilentlyDropped)
{
    std::mt19937 rng(2126);
    Pair p;
    auto c = p.openCopy();
    // Whole rounds on one pair of plans: each round edits program names and product costs on both sides.
    for (int round = 0; round < 40; ++round) {
        // a fresh split each round: the copy is remade from the merged plan
        c.reset();
        QFile::remove(p.copy);
        ASSERT_TRUE(merge::makeCopy(*p.mine, p.copy).ok());
        c = p.openCopy();
        std::map<std::pair<int, int>, std::pair<QString, QString>> edits; // (table, id) → (mine, theirs)
        std::uniform_int_distribution<int> pick(1, 14), n(1, 6), side(0, 2);
        for (int i = 0, k = n(rng); i < k; ++i) {
            const int id = pick(rng);
            const int s = side(rng);
            const QString v = u"r%1-%2-%3"_s.arg(round).arg(i).arg(s);
            if (s != 1) {
                ASSERT_TRUE(p.mine->update(Table::Program, id, u"name"_s, v).ok());
                edits[{ 0, id }].first = v;
            }
            if (s != 0) {
                ASSERT_TRUE(c->update(Table::Program, id, u"name"_s, QString(v + u"c"_s)).ok());
                edits[{ 0, id }].second = QString(v + u"c"_s);
            }
        }
        c.reset();
        auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Mine, false);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        int expectedConflicts = 0;
        for (const auto &[k, e] : edits) {
            const QString now = text(*p.mine, Table::Program, k.second, u"name"_s);
            if (!e.first.isEmpty() && !e.second.isEmpty()) {
                ++expectedConflicts;
                EXPECT_EQ(now, e.first);
            } else if (!e.second.isEmpty()) {
                EXPECT_EQ(now, e.second) << "round " << round;
            } else {
                EXPECT_EQ(now, e.first);
            }
        }
        EXPECT_EQ(r->conflicts.size(), expectedConflicts) << "round " << round;
        c = p.openCopy();
    }
}

TEST(PlanMerge, CopyOfAnotherPlanIsRefused)
{
    Pair p;
    Pair other;
    auto r = merge::mergeCopy(*p.mine, other.copy, merge::Take::Theirs, false);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"otro plan"_s) || r.error().message.contains(u"another plan"_s))
        << r.error().message.toStdString();
}

TEST(PlanMerge, DamagedCopyIsRefusedAndThePlanIsUnchanged)
{
    Pair p;
    p.mine.reset();
    const QByteArray before = test::readBytes(p.plan);
    QByteArray bytes = test::readBytes(p.copy);
    test::writeBytes(p.copy, bytes.left(bytes.size() / 3));
    p.mine = std::move(PlanStore::open(p.plan).value());
    auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Theirs, false);
    EXPECT_FALSE(r.ok());
    p.mine.reset();
    EXPECT_EQ(test::readBytes(p.plan), before);
}

TEST(PlanMerge, DryRunChangesNothing)
{
    Pair p;
    {
        auto c = p.openCopy();
        ASSERT_TRUE(c->update(Table::Program, 2, u"name"_s, u"De la copia"_s).ok());
    }
    const QString before = text(*p.mine, Table::Program, 2, u"name"_s);
    auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Theirs, true);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->applied.size(), 1);
    EXPECT_EQ(text(*p.mine, Table::Program, 2, u"name"_s), before);
}

TEST(PlanMerge, ApprovedPartOfThePlanIsNeverChangedByAMerge)
{
    Pair p;
    auto approved = approval::approve(*p.mine, u"Acuerdo 006 de 2028 (ficticio)"_s, QDate(2028, 5, 26));
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    {
        auto c = p.openCopy();
        ASSERT_TRUE(c->update(Table::Product, 3, u"name"_s, u"Cambiado en la copia"_s).ok());
    }
    const QString before = text(*p.mine, Table::Product, 3, u"name"_s);
    auto r = merge::mergeCopy(*p.mine, p.copy, merge::Take::Theirs, false);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_EQ(text(*p.mine, Table::Product, 3, u"name"_s), before);
}

namespace {
QString dumpTables(const PlanStore &s)
{
    QString out;
    for (Table t : schema::allTables()) {
        if (t == Table::Meta)
            continue;
        auto rows = s.select(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(schema::tableName(t)));
        EXPECT_TRUE(rows.ok());
        for (const QVariantList &r : *rows) {
            QStringList cells;
            for (const QVariant &v : r)
                cells << (v.isNull() ? u"<null>"_s : v.toString());
            out += schema::tableName(t) + u": "_s + cells.join(u'|') + u'\n';
        }
    }
    return out;
}
} // namespace

TEST(PlanMerge, MergeIsOneUndoStepAndUndoRestoresExactly)
{
    Pair p;
    ASSERT_TRUE(p.mine->update(Table::Program, 1, u"name"_s, u"Mía"_s).ok());
    {
        auto c = p.openCopy();
        ASSERT_TRUE(c->update(Table::Program, 2, u"name"_s, u"De la copia"_s).ok());
        ASSERT_TRUE(c->remove(Table::Product, 7).ok());
        ASSERT_TRUE(
            c->insert(Table::Program, { { u"line_id"_s, 2 }, { u"code"_s, u"9902"_s }, { u"name"_s, u"Nuevo"_s } })
                .ok());
    }
    p.mine.reset();
    auto doc = PlanDocument::open(p.plan);
    ASSERT_TRUE(doc.ok());
    const QString before = dumpTables((*doc)->store());
    TempDir backupsDir;
    BackupManager backups(backupsDir.root());
    auto r = merge::mergeIntoDocument(**doc, p.copy, merge::Take::Ask, false, &backups);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_GE(r->applied.size(), 3); // product 7's removal takes its goals, targets and investment
    EXPECT_EQ((*doc)->undoStack()->count(), 1);
    const QString after = dumpTables((*doc)->store());
    EXPECT_NE(after, before);
    EXPECT_EQ(text((*doc)->store(), Table::Program, 2, u"name"_s), u"De la copia"_s);
    auto audit = (*doc)->store().auditActors();
    EXPECT_TRUE(audit.join(u';').contains(u"Ana Gómez"_s)) << audit.join(u';').toStdString();
    (*doc)->undoStack()->undo();
    const QString undone = dumpTables((*doc)->store());
    EXPECT_EQ(undone.size(), before.size());
    const QStringList a = before.split(u'\n'), b = undone.split(u'\n');
    for (int i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i]) {
            ADD_FAILURE() << "first difference: " << a[i].toStdString() << " / " << b[i].toStdString();
            break;
        }
    (*doc)->undoStack()->redo();
    EXPECT_EQ(dumpTables((*doc)->store()), after);
    EXPECT_FALSE(backups.list((*doc)->store().path()).isEmpty());
}

namespace {
class PlanMergeCli : public planea::test::CliTest
{
};

void renameProgram(const QString &path, const QString &name)
{
    auto s = PlanStore::open(path);
    ASSERT_TRUE(s.ok()) << (s ? "" : s.error().message.toStdString());
    (*s)->setActor(u"Luis Pérez"_s);
    ASSERT_TRUE((*s)->update(Table::Program, 1, u"name"_s, name).ok());
}
} // namespace

TEST_F(PlanMergeCli, CopyThenMergeSaysTheConflictWritesNothingUntilSettledThenTakesTheCopy)
{
    const QString plan = demoPath();
    const QString copy = m_dir.path(u"copia.planea"_s);
    const auto made = cli({ u"copy"_s, plan, u"-o"_s, copy });
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    renameProgram(copy, u"Nombre de la copia"_s);
    renameProgram(plan, u"Nombre mío"_s);
    const QByteArray before = test::readBytes(plan);

    const auto asked = cli({ u"merge"_s, plan, copy, u"--json"_s });
    EXPECT_EQ(asked.exitCode, 1) << asked.err.toStdString();
    const QJsonObject o = json(asked);
    ASSERT_EQ(o.value(u"conflictos"_s).toArray().size(), 1) << asked.out.toStdString();
    const QJsonObject conflict = o.value(u"conflictos"_s).toArray().first().toObject();
    EXPECT_EQ(conflict.value(u"mia"_s).toString(), u"Nombre mío"_s);
    EXPECT_EQ(conflict.value(u"copia"_s).toString(), u"Nombre de la copia"_s);
    EXPECT_TRUE(conflict.value(u"autor"_s).toString().contains(u"Luis Pérez"_s));
    EXPECT_EQ(test::readBytes(plan), before) << "nothing is written while a conflict stands";

    const auto taken = cli({ u"merge"_s, plan, copy, u"--take"_s, u"theirs"_s });
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    OpenOptions ro;
    ro.readOnly = true;
    auto s = PlanStore::open(plan, ro);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(text(**s, Table::Program, 1, u"name"_s), u"Nombre de la copia"_s);
}

TEST_F(PlanMergeCli, APlanThatIsNotACopyAndABadTakeAreRefused)
{
    const QString plan = demoPath();
    const QString other = m_dir.path(u"otro.planea"_s);
    test::writeDemoPlan(other);
    expectRefused({ u"merge"_s, plan, other }, u"copia"_s, plan);
    const QString copy = m_dir.path(u"copia.planea"_s);
    ASSERT_EQ(cli({ u"copy"_s, plan, u"-o"_s, copy }).exitCode, 0);
    expectRefused({ u"merge"_s, plan, copy, u"--take"_s, u"both"_s }, u"--take"_s, plan);
    expectRefused({ u"copy"_s, plan }, u"-o"_s);
}

TEST(PlanMerge, EachConflictIsSettledAsChosenAndAStrangeChoiceIsRefused)
{
    Pair p;
    ASSERT_TRUE(p.mine->update(Table::Program, 1, u"name"_s, u"Mío 1"_s).ok());
    ASSERT_TRUE(p.mine->update(Table::Program, 2, u"name"_s, u"Mío 2"_s).ok());
    {
        auto c = p.openCopy(u"Luis Pérez"_s);
        ASSERT_TRUE(c->update(Table::Program, 1, u"name"_s, u"Copia 1"_s).ok());
    }
    {
        auto c = p.openCopy(u"Ana Gómez"_s);
        ASSERT_TRUE(c->update(Table::Program, 2, u"name"_s, u"Copia 2"_s).ok());
    }
    auto preview = merge::mergeCopy(*p.mine, p.copy, merge::Take::Ask, true);
    ASSERT_TRUE(preview.ok());
    ASSERT_EQ(preview->conflicts.size(), 2);
    // The author is the one who changed that value on the copy, not everyone on it.
    EXPECT_EQ(preview->conflicts[0].author, u"Luis Pérez"_s);
    EXPECT_EQ(preview->conflicts[1].author, u"Ana Gómez"_s);
    EXPECT_TRUE(preview->conflicts[0].description.startsWith(u"Programa 1901"_s))
        << preview->conflicts[0].description.toStdString();

    merge::Choices strange;
    strange.theirs = { u"program|id=99|name"_s };
    strange.mine = { merge::conflictId(preview->conflicts[0]), merge::conflictId(preview->conflicts[1]) };
    auto refused = merge::mergeCopy(*p.mine, p.copy, strange, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"program|id=99|name"_s));
    EXPECT_EQ(text(*p.mine, Table::Program, 1, u"name"_s), u"Mío 1"_s);

    merge::Choices half;
    half.theirs = { merge::conflictId(preview->conflicts[0]) };
    auto standing = merge::mergeCopy(*p.mine, p.copy, half, false);
    ASSERT_TRUE(standing.ok());
    EXPECT_EQ(text(*p.mine, Table::Program, 1, u"name"_s), u"Mío 1"_s) << "one conflict stands: nothing written";

    merge::Choices mixed = half;
    mixed.mine = { merge::conflictId(preview->conflicts[1]) };
    auto done = merge::mergeCopy(*p.mine, p.copy, mixed, false);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(text(*p.mine, Table::Program, 1, u"name"_s), u"Copia 1"_s);
    EXPECT_EQ(text(*p.mine, Table::Program, 2, u"name"_s), u"Mío 2"_s);
    auto audit = p.mine->auditEntries();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->last().actor.endsWith(u"(copia de Luis Pérez)"_s)) << audit->last().actor.toStdString();
}
