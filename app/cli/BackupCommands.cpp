// planea-cli commands for the rotating backups of a plan (docs/RELIABILITY.md 3-5): backup list
// (each copy, checked against its recorded SHA-256) and backup restore.
#include "Cli.h"
#include "backup/BackupManager.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The plan need not open (a damaged plan is what one restores), but it must be named plainly.
bool planArgumentIsUsable(const Context &c, const QString &plan)
{
    if (QFileInfo(plan).isDir()) {
        c.err << QCoreApplication::translate("Cli", "«%1» is a folder, not a plan.").arg(native(plan)) << Qt::endl;
        return false;
    }
    return true;
}

int backupList(const Context &c, const Arguments &a)
{
    const QString plan = a.positional.value(0);
    if (!planArgumentIsUsable(c, plan))
        return BadInput;
    BackupManager backups(c.dataDir);
    const QList<BackupInfo> list = backups.list(plan);
    int damaged = 0;
    QJsonArray rows;
    QString text;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const BackupInfo &b = list[i];
        const bool intact = BackupManager::isIntact(b);
        damaged += intact ? 0 : 1;
        QJsonObject o;
        o.insert(u"numero"_s, int(i + 1));
        o.insert(u"archivo"_s, QFileInfo(b.path).fileName());
        o.insert(u"ruta"_s, native(b.path));
        o.insert(u"creada"_s, b.createdAt.toString(Qt::ISODateWithMs));
        o.insert(u"motivo"_s, b.reason);
        o.insert(u"plan"_s, b.planName);
        o.insert(u"lineas"_s, b.lines);
        o.insert(u"metas"_s, b.goals);
        o.insert(u"bytes"_s, double(b.bytes));
        o.insert(u"sha256"_s, b.fingerprint);
        o.insert(u"integra"_s, intact);
        rows.append(o);
        text += QCoreApplication::translate("Cli", "%1. %2  %3 (%4): %5 lines, %6 goals, %7 bytes%8")
                    .arg(i + 1)
                    .arg(b.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), QFileInfo(b.path).fileName(),
                         BackupManager::reasonText(b.reason))
                    .arg(b.lines)
                    .arg(b.goals)
                    .arg(b.bytes)
                    .arg(intact ? QString() : QCoreApplication::translate("Cli", "  — DAMAGED, cannot be restored"))
            + u"\n"_s;
    }
    if (a.has(u"--json"_s)) {
        QJsonObject o;
        o.insert(u"plan"_s, native(QFileInfo(plan).absoluteFilePath()));
        o.insert(u"carpeta"_s, native(backups.folderFor(plan)));
        o.insert(u"copias"_s, rows);
        printJson(c, o);
    } else {
        c.out << text;
        c.out.flush();
    }
    if (list.isEmpty())
        c.err << QCoreApplication::translate("Cli", "«%1» has no backups in «%2».")
                     .arg(native(plan), native(backups.folderFor(plan)))
              << Qt::endl;
    if (damaged > 0)
        c.err << QCoreApplication::translate(
            "Cli", "%n backup(s) no longer match the SHA-256 recorded when they were made.", nullptr, damaged)
              << Qt::endl;
    return Success;
}

int backupRestore(const Context &c, const Arguments &a)
{
    const QString plan = a.positional.value(0);
    const QString wanted = a.positional.value(1);
    if (!planArgumentIsUsable(c, plan))
        return BadInput;
    BackupManager backups(c.dataDir);
    const QList<BackupInfo> list = backups.list(plan);
    // BACKUP: its number in «backup list», its file name, or its path.
    std::optional<BackupInfo> chosen;
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    const QString wantedPath = QFileInfo(wanted).exists() ? QFileInfo(wanted).canonicalFilePath() : QString();
    for (qsizetype i = 0; i < list.size() && !chosen; ++i) {
        const BackupInfo &b = list[i];
        if ((isNumber && number == i + 1) || QFileInfo(b.path).fileName() == wanted
            || (!wantedPath.isEmpty() && QFileInfo(b.path).canonicalFilePath() == wantedPath))
            chosen = b;
    }
    if (!chosen) {
        c.err << QCoreApplication::translate("Cli",
                                             "«%1» is not one of the %n backup(s) of «%2». Run «planea-cli backup "
                                             "list %3» to see them.",
                                             nullptr, int(list.size()))
                     .arg(wanted, native(plan), plan)
              << Qt::endl;
        return BadInput;
    }
    auto previous = backups.restore(plan, *chosen);
    if (!previous)
        return fail(c, previous.error());
    c.out << QCoreApplication::translate("Cli", "Restored «%1» into «%2».")
                 .arg(QFileInfo(chosen->path).fileName(), native(plan))
          << Qt::endl;
    if (!previous->path.isEmpty())
        c.err << QCoreApplication::translate("Cli", "The previous state was kept in «%1».").arg(native(previous->path))
              << Qt::endl;
    return Success;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        { u"backup list"_s,
          QCoreApplication::translate("Cli", "backup list PLAN [--json]"),
          QCoreApplication::translate("Cli",
                                      "The plan's automatic backups, newest first, each checked against its SHA-256."),
          {},
          { u"--json"_s },
          1,
          1,
          backupList },
        { u"backup restore"_s,
          QCoreApplication::translate("Cli", "backup restore PLAN BACKUP"),
          QCoreApplication::translate("Cli",
                                      "Restores a backup (its number in «backup list», its file name or path) over "
                                      "the plan, keeping the current state first."),
          {},
          {},
          2,
          2,
          backupRestore },
    };
}

} // namespace planea::cli
