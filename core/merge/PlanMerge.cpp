#include "PlanMerge.h"

#include "ChangeLabels.h"
#include "approval/Approval.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>
#include <QUndoCommand>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace planea::merge {
namespace {

struct TableRows
{
    QStringList columns;
    QMap<QString, QVariantMap> rows; // key → column → value
};

QString rowKey(Table table, const QVariantMap &row)
{
    QStringList parts;
    const QStringList keys = schema::hasIntegerId(table) ? QStringList { u"id"_s } : schema::keyColumns(table);
    for (const QString &k : keys)
        parts << k + u'=' + row.value(k).toString();
    return parts.join(u',');
}

Result<TableRows> readTable(const PlanStore &store, Table table)
{
    TableRows t;
    const QString name = schema::tableName(table);
    auto cols = store.select(u"SELECT name FROM pragma_table_info('%1')"_s.arg(name));
    if (!cols)
        return cols.error();
    for (const QVariantList &r : *cols)
        t.columns << r.value(0).toString();
    if (t.columns.isEmpty())
        return t;
    auto rows = store.select(u"SELECT %1 FROM %2"_s.arg(t.columns.join(u','), name));
    if (!rows)
        return rows.error();
    for (const QVariantList &r : *rows) {
        QVariantMap m;
        for (int i = 0; i < t.columns.size(); ++i)
            m.insert(t.columns[i], r.value(i).isNull() ? QVariant() : r.value(i)); // NULL stays NULL when written back
        t.rows.insert(rowKey(table, m), m);
    }
    return t;
}

/// Foreign keys of `table`: column → referenced table.
QHash<QString, Table> foreignKeys(const PlanStore &store, Table table)
{
    QHash<QString, Table> fks;
    auto r = store.select(
        u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1')"_s.arg(schema::tableName(table)));
    if (r)
        for (const QVariantList &row : *r)
            if (auto t = schema::tableFromName(row.value(1).toString()))
                fks.insert(row.value(0).toString(), *t);
    return fks;
}

bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

/// Who made each change on the copy: its audit entries written after the split (the base holds
/// the trail as it was then), by "table|key|field" and "table|key|" for a whole row.
class Authors
{
public:
    Authors(const PlanStore &base, const PlanStore &copy)
    {
        qint64 split = 0;
        if (auto r = base.select(u"SELECT max(id) FROM audit_log"_s); r && !r->isEmpty())
            split = r->first().value(0).toLongLong();
        auto entries = copy.auditEntries();
        QStringList everyone;
        if (entries) {
            for (const AuditEntry &e : std::as_const(*entries)) {
                if (e.id <= split || e.actor.isEmpty())
                    continue;
                const QString key = e.rowId ? u"id=%1"_s.arg(*e.rowId) : QString(e.rowKey).replace(u';', u',');
                m_byChange.insert(e.table + u'|' + key + u'|' + e.field, e.actor);
                if (!e.field.isEmpty())
                    m_byChange.insert(e.table + u'|' + key + u"|*"_s, e.actor);
                if (!everyone.contains(e.actor))
                    everyone << e.actor;
            }
        }
        m_everyone
            = everyone.isEmpty() ? QCoreApplication::translate("PlanMerge", "(unknown)") : everyone.join(u", "_s);
    }
    /// The last person who changed `field` of the row (any field of it when `field` is empty and
    /// the row has no whole-row entry), else everyone who edited the copy after the split.
    QString of(Table table, const QString &key, const QString &field) const
    {
        const QString prefix = schema::tableName(table) + u'|' + key + u'|';
        if (auto it = m_byChange.constFind(prefix + field); it != m_byChange.cend())
            return *it;
        if (field.isEmpty())
            if (auto it = m_byChange.constFind(prefix + u"*"_s); it != m_byChange.cend())
                return *it;
        return m_everyone;
    }

private:
    QHash<QString, QString> m_byChange;
    QString m_everyone;
};

Status applyRow(PlanStore &mine, Table table, const QVariantMap &row, bool exists)
{
    if (schema::hasIntegerId(table)) {
        if (!exists) {
            auto r = mine.insert(table, row);
            return r ? Status {} : Status { r.error() };
        }
        const qint64 id = row.value(u"id"_s).toLongLong();
        for (auto it = row.begin(); it != row.end(); ++it)
            if (it.key() != u"id"_s)
                if (auto s = mine.update(table, id, it.key(), it.value()); !s)
                    return s;
        return {};
    }
    return mine.upsert(table, row);
}

Status removeRow(PlanStore &mine, Table table, const QVariantMap &row)
{
    if (schema::hasIntegerId(table)) {
        auto still
            = mine.select(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(schema::tableName(table)), { row.value(u"id"_s) });
        if (still && still->isEmpty())
            return {}; // already gone with its parent (ON DELETE CASCADE)
        return mine.remove(table, row.value(u"id"_s).toLongLong());
    }
    QVariantMap match;
    for (const QString &k : schema::keyColumns(table))
        match.insert(k, row.value(k));
    return mine.removeWhere(table, match);
}

} // namespace

QString conflictId(const Change &change)
{
    return schema::tableName(change.table) + u'|' + change.key + u'|' + change.field;
}

Status makeCopy(const PlanStore &store, const QString &copyPath)
{
    if (auto s = store.copyTo(copyPath); !s)
        return s;
    QFile f(copyPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("PlanMerge", "The copy %1 could not be read back.").arg(copyPath));
    const QByteArray base = f.readAll();
    f.close();
    auto copy = PlanStore::open(copyPath);
    if (!copy)
        return copy.error();
    return (*copy)->transaction([&]() -> Status {
        if (auto s = (*copy)->setMeta(u"merge_split_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)); !s)
            return s;
        if (auto s = (*copy)->setMeta(u"merge_source_uuid"_s, store.meta(u"plan_uuid"_s)); !s)
            return s;
        return (*copy)->setMeta(u"merge_base"_s, QString::fromLatin1(qCompress(base, 9).toBase64()));
    });
}

Result<MergeResult> mergeCopy(PlanStore &mine, const QString &copyPath, const Choices &choices, bool dryRun,
                              const EditCheck &check)
{
    OpenOptions ro;
    ro.readOnly = true;
    ro.leaveFilesAsTheyAre = true;
    auto theirs = PlanStore::open(copyPath, ro);
    if (!theirs)
        return Error::badInput(QCoreApplication::translate("PlanMerge", "The copy %1 cannot be read: %2")
                                   .arg(copyPath, theirs.error().message));
    const QString source = (*theirs)->meta(u"merge_source_uuid"_s);
    const QByteArray packed = QByteArray::fromBase64((*theirs)->meta(u"merge_base"_s).toLatin1());
    if (packed.isEmpty())
        return Error::badInput(
            QCoreApplication::translate(
                "PlanMerge", "%1 is not a working copy made with «Save a copy to work apart» (it has no base).")
                .arg(copyPath));
    if (source != mine.meta(u"plan_uuid"_s))
        return Error::badInput(
            QCoreApplication::translate("PlanMerge", "%1 is a copy of another plan: it cannot be merged into this one.")
                .arg(copyPath));
    const QByteArray baseBytes = qUncompress(packed);
    if (baseBytes.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("PlanMerge", "The base kept in the copy %1 is damaged.").arg(copyPath));
    QTemporaryDir tmp;
    const QString basePath = tmp.filePath(u"base.planea"_s);
    {
        QFile f(basePath);
        if (!f.open(QIODevice::WriteOnly) || f.write(baseBytes) != baseBytes.size())
            return Error::io(QCoreApplication::translate(
                "PlanMerge", "The base of the copy could not be written to a temporary file."));
    }
    auto base = PlanStore::open(basePath, ro);
    if (!base)
        return Error::badInput(QCoreApplication::translate("PlanMerge", "The base kept in the copy %1 is damaged: %2")
                                   .arg(copyPath, base.error().message));
    const Authors authors(**base, **theirs);
    const ChangeLabels labels(mine, theirs->get());
    auto takesTheirs = [&](const Change &c) {
        const QString id = conflictId(c);
        return choices.theirs.contains(id) || (!choices.mine.contains(id) && choices.rest == Take::Theirs);
    };

    MergeResult result;
    struct Op
    {
        Table table;
        QVariantMap row;
        bool exists;
        bool remove;
        QString author;
        QStringList columns = {}; // the columns an update changes
    };
    QList<Op> ops;
    QHash<Table, QHash<qint64, qint64>> idMap; // theirs' colliding new ids → fresh ids
    for (Table table : schema::allTables()) {
        if (table == Table::Meta)
            continue;
        auto b = readTable(**base, table);
        auto m = readTable(mine, table);
        auto t = readTable(**theirs, table);
        if (!b || !m || !t)
            return !b ? b.error() : !m ? m.error() : t.error();
        const QHash<QString, Table> fks = foreignKeys(mine, table);
        // Theirs: point foreign keys at remapped rows, give colliding inserts fresh ids.
        qint64 nextId = 0;
        if (schema::hasIntegerId(table)) {
            for (const auto *rows : { &b->rows, &m->rows, &t->rows })
                for (const QVariantMap &r : *rows)
                    nextId = std::max(nextId, r.value(u"id"_s).toLongLong());
        }
        QMap<QString, QVariantMap> theirsRows;
        QHash<QString, QString> copyKey; // key in the merge → the row's key in the copy (its audit trail)
        for (QVariantMap r : std::as_const(t->rows)) {
            const QString originalKey = rowKey(table, r);
            for (auto it = fks.begin(); it != fks.end(); ++it) {
                const QVariant v = r.value(it.key());
                if (!v.isNull() && idMap[it.value()].contains(v.toLongLong()))
                    r[it.key()] = idMap[it.value()].value(v.toLongLong());
            }
            if (schema::hasIntegerId(table)) {
                const QString k = rowKey(table, r);
                if (!b->rows.contains(k) && m->rows.contains(k)) {
                    const qint64 fresh = ++nextId;
                    idMap[table].insert(r.value(u"id"_s).toLongLong(), fresh);
                    r[u"id"_s] = fresh;
                    ++result.remappedRows;
                }
            }
            theirsRows.insert(rowKey(table, r), r);
            copyKey.insert(rowKey(table, r), originalKey);
        }
        QStringList keys = b->rows.keys() + m->rows.keys() + theirsRows.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const bool inB = b->rows.contains(key), inM = m->rows.contains(key), inT = theirsRows.contains(key);
            const QVariantMap br = b->rows.value(key), mr = m->rows.value(key), tr = theirsRows.value(key);
            auto rowsDiffer = [&](const QVariantMap &x, const QVariantMap &y) {
                for (const QString &c : std::as_const(t->columns))
                    if (!same(x.value(c), y.value(c)))
                        return true;
                return false;
            };
            const QString keyInCopy = copyKey.value(key, key);
            Change c;
            c.table = table;
            c.key = key;
            c.author = authors.of(table, keyInCopy, {});
            c.description = labels.describe(c);
            if (inB && inM && inT) {
                QVariantMap merged = mr;
                QStringList changed;
                QString lastAuthor;
                for (const QString &col : std::as_const(t->columns)) {
                    if (same(tr.value(col), br.value(col)))
                        continue;
                    c.kind = Change::Kind::Update;
                    c.field = col;
                    c.base = br.value(col);
                    c.mine = mr.value(col);
                    c.theirs = tr.value(col);
                    c.author = authors.of(table, keyInCopy, col);
                    c.description = labels.describe(c);
                    if (same(mr.value(col), br.value(col))) {
                        result.applied << c;
                    } else if (same(mr.value(col), tr.value(col))) {
                        continue; // both made the same change
                    } else {
                        result.conflicts << c;
                        if (!takesTheirs(c))
                            continue;
                    }
                    merged[col] = tr.value(col);
                    changed << col;
                    lastAuthor = c.author;
                    if (schema::hasIntegerId(table)) // one write per value, credited to its author
                        ops << Op { table,    { { u"id"_s, mr.value(u"id"_s) }, { col, tr.value(col) } },
                                    true,     false,
                                    c.author, { col } };
                }
                if (!changed.isEmpty() && !schema::hasIntegerId(table))
                    ops << Op { table, merged, true, false, lastAuthor, changed };
            } else if (inB && inM && !inT) { // deleted on the copy
                c.kind = rowsDiffer(br, mr) ? Change::Kind::DeleteVsEdit : Change::Kind::Delete;
                c.base = QVariant(br);
                c.mine = QVariant(mr);
                if (c.kind == Change::Kind::Delete) {
                    result.applied << c;
                    ops << Op { table, mr, true, true, c.author };
                } else {
                    result.conflicts << c;
                    if (takesTheirs(c))
                        ops << Op { table, mr, true, true, c.author };
                }
            } else if (inB && !inM && inT) { // deleted here
                if (rowsDiffer(br, tr)) {
                    c.kind = Change::Kind::DeleteVsEdit;
                    c.base = QVariant(br);
                    c.theirs = QVariant(tr);
                    result.conflicts << c;
                    if (takesTheirs(c))
                        ops << Op { table, tr, false, false, c.author };
                }
            } else if (!inB && inT && !inM) { // inserted on the copy
                c.kind = Change::Kind::Insert;
                c.theirs = QVariant(tr);
                result.applied << c;
                ops << Op { table, tr, false, false, c.author };
            } else if (!inB && inT && inM && rowsDiffer(mr, tr)) { // composite key inserted on both sides
                c.kind = Change::Kind::Update;
                c.mine = QVariant(mr);
                c.theirs = QVariant(tr);
                result.conflicts << c;
                if (takesTheirs(c))
                    ops << Op { table, tr, true, false, c.author };
            }
        }
    }
    // Choices name conflicts of this copy only: a stale or mistyped one is refused, not ignored.
    QSet<QString> ids;
    bool unsettled = false;
    for (const Change &c : std::as_const(result.conflicts)) {
        const QString id = conflictId(c);
        ids.insert(id);
        if (!choices.theirs.contains(id) && !choices.mine.contains(id) && choices.rest == Take::Ask)
            unsettled = true;
    }
    for (const QSet<QString> *chosen : { &choices.theirs, &choices.mine })
        for (const QString &id : *chosen) {
            if (!ids.contains(id))
                return Error::badInput(
                    QCoreApplication::translate("PlanMerge",
                                                "The choice %1 is not one of the conflicts of this copy: nothing "
                                                "was merged. Look at the conflicts again.")
                        .arg(id));
            if (chosen == &choices.theirs && choices.mine.contains(id))
                return Error::badInput(QCoreApplication::translate(
                                           "PlanMerge", "The conflict %1 was settled both ways: nothing was merged.")
                                           .arg(id));
        }
    if (dryRun || unsettled || ops.isEmpty())
        return result;
    // An approved plan's frozen part is never changed by a merge (like any other edit).
    auto info = mine.load();
    if (!info)
        return info.error();
    for (const Op &op : std::as_const(ops)) {
        const QStringList cols = op.columns.isEmpty() ? QStringList { QString() } : op.columns;
        for (const QString &col : cols)
            if (auto st = check ? check(op.table, col) : approval::checkEdit(info->info, op.table, col); !st)
                return Error::badInput(
                    QCoreApplication::translate("PlanMerge", "The copy changes the approved part of the plan (%1): %2")
                        .arg(schema::tableName(op.table), st.error().message));
    }
    // Each edit is recorded in the audit trail as "<who merges> (copia de <who made it>)".
    const QString actor = mine.actor();
    auto credit = [&](const Op &op) {
        mine.setActor(QCoreApplication::translate("PlanMerge", "%1 (copy of %2)").arg(actor, op.author));
    };
    auto s = mine.transaction([&]() -> Status {
        for (const Op &op : std::as_const(ops))
            if (!op.remove) {
                credit(op);
                if (auto st = applyRow(mine, op.table, op.row, op.exists); !st)
                    return st;
            }
        for (auto it = ops.crbegin(); it != ops.crend(); ++it)
            if (it->remove) {
                credit(*it);
                if (auto st = removeRow(mine, it->table, it->row); !st)
                    return st;
            }
        return {};
    });
    mine.setActor(actor);
    if (!s)
        return s.error();
    return result;
}

Status syncTo(PlanStore &store, const QString &snapshotPath)
{
    OpenOptions ro;
    ro.readOnly = true;
    ro.leaveFilesAsTheyAre = true;
    auto target = PlanStore::open(snapshotPath, ro);
    if (!target)
        return target.error();
    QList<Table> tables = schema::allTables();
    tables.removeAll(Table::Meta);
    return store.transaction([&]() -> Status {
        // Rows the target does not have go first, children before parents.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            auto now = readTable(store, *it);
            auto want = readTable(**target, *it);
            if (!now || !want)
                return !now ? now.error() : want.error();
            for (auto r = now->rows.cbegin(); r != now->rows.cend(); ++r)
                if (!want->rows.contains(r.key()))
                    if (auto st = removeRow(store, *it, r.value()); !st)
                        return st;
        }
        // Then parents before children: what differs is set, what is missing is inserted.
        for (Table table : std::as_const(tables)) {
            auto now = readTable(store, table);
            auto want = readTable(**target, table);
            if (!now || !want)
                return !now ? now.error() : want.error();
            for (auto r = want->rows.cbegin(); r != want->rows.cend(); ++r) {
                const auto found = now->rows.constFind(r.key());
                if (found == now->rows.cend()) {
                    if (auto st = applyRow(store, table, r.value(), false); !st)
                        return st;
                    continue;
                }
                QVariantMap diff;
                for (auto c = r.value().cbegin(); c != r.value().cend(); ++c)
                    if (!same(c.value(), found->value(c.key())))
                        diff.insert(c.key(), c.value());
                if (diff.isEmpty())
                    continue;
                if (schema::hasIntegerId(table)) {
                    diff.insert(u"id"_s, r.value().value(u"id"_s));
                    if (auto st = applyRow(store, table, diff, true); !st)
                        return st;
                } else if (auto st = applyRow(store, table, r.value(), true); !st) {
                    return st;
                }
            }
        }
        return {};
    });
}

namespace {

/// A merge as one undo step: the plan before and after, kept as snapshots; undo and redo make the
/// storage tables hold one or the other.
class MergeCommand final : public QUndoCommand
{
public:
    MergeCommand(PlanDocument *document, std::shared_ptr<QTemporaryDir> dir, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_dir(std::move(dir))
    {
    }
    void undo() override { run(m_dir->filePath(u"before.planea"_s)); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_dir->filePath(u"after.planea"_s));
    }

private:
    void run(const QString &snapshot)
    {
        if (auto s = syncTo(m_document->store(), snapshot); !s)
            emit m_document->editFailed(s.error().message);
        m_document->refresh();
    }
    PlanDocument *m_document;
    std::shared_ptr<QTemporaryDir> m_dir;
    bool m_first = true;
};

} // namespace

Result<MergeResult> mergeIntoDocument(PlanDocument &document, const QString &copyPath, const Choices &choices,
                                      bool dryRun, BackupManager *backups)
{
    PlanStore &store = document.store();
    const EditCheck check = [&](Table t, const QString &c) { return document.checkEdit(t, c); };
    auto preview = mergeCopy(store, copyPath, choices, true, check);
    if (!preview || dryRun)
        return preview;
    bool writes = !preview->applied.isEmpty();
    for (const Change &c : std::as_const(preview->conflicts)) {
        const QString id = conflictId(c);
        if (!choices.theirs.contains(id) && !choices.mine.contains(id) && choices.rest == Take::Ask)
            return preview; // a conflict stands: nothing is written
        if (choices.theirs.contains(id) || (!choices.mine.contains(id) && choices.rest == Take::Theirs))
            writes = true;
    }
    if (!writes)
        return preview;
    if (store.isReadOnly())
        return Error::badInput(
            QCoreApplication::translate("PlanMerge", "The plan is open read-only: the copy was not merged."));
    if (backups)
        if (auto b = backups->backup(store, BackupReason::Import); !b)
            return b.error();
    auto dir = std::make_shared<QTemporaryDir>();
    if (!dir->isValid())
        return Error::io(QCoreApplication::translate("PlanMerge", "No temporary folder for the merge."));
    if (auto s = store.copyTo(dir->filePath(u"before.planea"_s)); !s)
        return s.error();
    auto done = mergeCopy(store, copyPath, choices, false, check);
    if (!done)
        return done;
    if (auto s = store.copyTo(dir->filePath(u"after.planea"_s)); !s)
        return s.error();
    document.undoStack()->push(
        new MergeCommand(&document, dir, QCoreApplication::translate("PlanMerge", "Bring back the changes of a copy")));
    document.refresh();
    return done;
}

} // namespace planea::merge
