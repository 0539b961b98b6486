// planea-cli commands for the copies of a plan of issue 21: copy (a working copy that carries its
// base) and merge (the copy's changes brought back, three-way, with a backup first).
#include "Cli.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "merge/PlanMerge.h"
#include "storage/PlanStore.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

int planCopy(const Context &c, const Arguments &a)
{
    const QString path = a.positional.value(0);
    const QString target = a.value(u"-o"_s).isEmpty() ? a.value(u"--output"_s) : a.value(u"-o"_s);
    if (target.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "Say where the copy goes with -o COPY.") << Qt::endl;
        return BadInput;
    }
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(path, options);
    if (!store)
        return fail(c, store.error());
    if (auto s = merge::makeCopy(**store, target); !s)
        return fail(c, s.error());
    c.out << QCoreApplication::translate("Cli", "Working copy written to %1.").arg(target) << u"\n"_s;
    c.out.flush();
    return Success;
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QVariantMap)
        return QJsonObject::fromVariantMap(v.toMap());
    return QJsonValue::fromVariant(v);
}

QJsonObject changeJson(const merge::Change &ch)
{
    static const char *kinds[] = { "insercion", "cambio", "borrado", "borrado_contra_cambio" };
    return QJsonObject { { u"tipo"_s, QString::fromLatin1(kinds[int(ch.kind)]) },
                         { u"tabla"_s, schema::tableName(ch.table) },
                         { u"fila"_s, ch.key },
                         { u"campo"_s, ch.field },
                         { u"base"_s, jsonValue(ch.base) },
                         { u"mia"_s, jsonValue(ch.mine) },
                         { u"copia"_s, jsonValue(ch.theirs) },
                         { u"autor"_s, ch.author } };
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QCoreApplication::translate("Cli", "(empty)");
    if (v.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(v.toMap())).toJson(QJsonDocument::Compact));
    return v.toString();
}

int planMerge(const Context &c, const Arguments &a)
{
    const QString path = a.positional.value(0);
    const QStringList copies = a.positional.mid(1);
    const bool dryRun = a.has(u"--dry-run"_s);
    const QString takeText = a.value(u"--take"_s);
    merge::Take take = merge::Take::Ask;
    if (takeText == u"mine"_s)
        take = merge::Take::Mine;
    else if (takeText == u"theirs"_s)
        take = merge::Take::Theirs;
    else if (!takeText.isEmpty() && takeText != u"ask"_s) {
        c.err << QCoreApplication::translate("Cli", "--take is mine, theirs or ask.") << Qt::endl;
        return BadInput;
    }
    int exitCode = Success;
    auto doc = openForEditing(c, path, exitCode);
    if (!doc)
        return exitCode;
    QJsonArray applied, conflicts;
    int unresolved = 0;
    for (const QString &copy : copies) {
        // The backup is made only when something will be written (mergeIntoDocument).
        BackupManager backups(c.dataDir);
        auto done = merge::mergeIntoDocument(*doc, copy, take, dryRun, &backups);
        if (!done)
            return fail(c, done.error());
        const merge::MergeResult result = *done;
        const bool writes = !dryRun
            && (!result.applied.isEmpty() || (!result.conflicts.isEmpty() && take != merge::Take::Ask))
            && (take != merge::Take::Ask || result.conflicts.isEmpty());
        if (take == merge::Take::Ask)
            unresolved += int(result.conflicts.size());
        for (const merge::Change &ch : std::as_const(result.applied))
            applied.append(changeJson(ch));
        for (const merge::Change &ch : std::as_const(result.conflicts))
            conflicts.append(changeJson(ch));
        if (!a.has(u"--json"_s)) {
            c.out << QCoreApplication::translate("Cli", "%1: %2 change(s) of the copy, %3 conflict(s).")
                         .arg(QFileInfo(copy).fileName())
                         .arg(result.applied.size())
                         .arg(result.conflicts.size())
                  << u"\n"_s;
            for (const merge::Change &ch : std::as_const(result.applied))
                c.out << u"  + %1 %2 %3: %4 (%5)\n"_s.arg(schema::tableName(ch.table), ch.key, ch.field,
                                                          valueText(ch.theirs), ch.author);
            for (const merge::Change &ch : std::as_const(result.conflicts))
                c.out << QCoreApplication::translate("Cli", "  ! %1 %2 %3: base %4, mine %5, copy %6 (%7)")
                             .arg(schema::tableName(ch.table), ch.key, ch.field, valueText(ch.base), valueText(ch.mine),
                                  valueText(ch.theirs), ch.author)
                      << u"\n"_s;
            if (dryRun)
                c.out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << u"\n"_s;
            else if (writes)
                c.out << QCoreApplication::translate("Cli",
                                                     "The changes were written into %1 (a backup was made first).")
                             .arg(path)
                      << u"\n"_s;
            else if (!result.conflicts.isEmpty())
                c.out << QCoreApplication::translate(
                    "Cli", "Nothing was written: settle the conflicts with --take mine or --take theirs.")
                      << u"\n"_s;
        }
    }
    if (a.has(u"--json"_s))
        printJson(c,
                  QJsonObject { { u"aplicados"_s, applied },
                                { u"conflictos"_s, conflicts },
                                { u"sin_resolver"_s, unresolved },
                                { u"simulacion"_s, dryRun } });
    c.out.flush();
    return unresolved > 0 ? PlanHasErrors : Success;
}

} // namespace

QList<Command> mergeCommands()
{
    return {
        { u"copy"_s,
          QCoreApplication::translate("Cli", "copy PLAN -o COPY"),
          QCoreApplication::translate("Cli",
                                      "Writes a copy of the plan to work apart on: it keeps the plan as it was "
                                      "when the copy was made, so its changes can be merged back."),
          { u"-o"_s, u"--output"_s },
          {},
          1,
          1,
          planCopy },
        { u"merge"_s,
          QCoreApplication::translate("Cli", "merge PLAN COPY… [--dry-run] [--json] [--take mine|theirs|ask]"),
          QCoreApplication::translate("Cli",
                                      "Brings back what each copy changed since it was made: what does not "
                                      "collide is written (a backup first), conflicts are listed. Exit 1 while "
                                      "conflicts stand; --take mine or --take theirs settles them."),
          { u"--take"_s },
          { u"--dry-run"_s, u"--json"_s },
          2,
          10000,
          planMerge },
    };
}

} // namespace planea::cli
