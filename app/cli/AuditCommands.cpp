// planea-cli audit: the plan's change log (who changed what and when), as text, JSON or CSV.
#include "Cli.h"
#include "audit/AuditReport.h"
#include "export/CsvExporter.h"
#include "storage/PlanStore.h"
#include "util/SafeWrite.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

QJsonValue jsonText(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

int auditLog(const Context &c, const Arguments &a)
{
    OpenOptions options;
    options.readOnly = true; // reading the log never changes the file
    auto store = PlanStore::open(a.positional.value(0), options);
    if (!store)
        return fail(c, store.error());
    if (!(*store)->recoveryNotice().isEmpty())
        c.err << (*store)->recoveryNotice() << Qt::endl;
    auto entries = (*store)->auditEntries();
    if (!entries)
        return fail(c, entries.error());
    auto plan = (*store)->load();
    if (!plan)
        return fail(c, plan.error());

    if (a.values.contains(u"--csv"_s)) {
        const QString target = a.value(u"--csv"_s);
        if (refuseExisting(c, a, { target }))
            return BadInput;
        const report::Report report = audit::changeLogReport(*entries, plan->info.planName);
        if (auto s
            = safe::writeFile(target, [&](QIODevice &file) { return exporting::CsvExporter().write(report, file); });
            !s)
            return fail(c, s.error());
        c.out << QCoreApplication::translate("Cli", "%n change(s) written to «%1».", nullptr, int(entries->size()))
                     .arg(QDir::toNativeSeparators(target))
              << Qt::endl;
        return Success;
    }

    if (a.has(u"--json"_s)) {
        QJsonArray list;
        for (const AuditEntry &e : *entries) {
            list.append(QJsonObject {
                { u"id"_s, double(e.id) },
                { u"fecha"_s, e.at.toString(Qt::ISODateWithMs) },
                { u"persona"_s, e.actor },
                { u"accion"_s, auditActionCode(e.action) },
                { u"tabla"_s, e.table },
                { u"fila"_s, e.rowId ? QJsonValue(double(*e.rowId)) : QJsonValue(QJsonValue::Null) },
                { u"clave"_s, e.rowKey },
                { u"campo"_s, e.field },
                { u"valor_anterior"_s, jsonText(e.oldValue) },
                { u"valor_nuevo"_s, jsonText(e.newValue) },
                { u"elemento"_s, audit::itemText(e) },
                { u"modulo"_s, audit::moduleName(audit::moduleOfTable(e.table)) },
            });
        }
        printJson(c,
                  { { u"plan"_s, plan->info.planName },
                    { u"historial_disponible"_s, (*store)->hasAuditLog() },
                    { u"cambios"_s, list } });
        return Success;
    }

    if (!(*store)->hasAuditLog()) {
        c.out << QCoreApplication::translate("Cli",
                                             "This plan was saved by an older Planea and has no change history yet; "
                                             "it starts when the plan is opened for editing.")
              << Qt::endl;
        return Success;
    }
    if (entries->isEmpty()) {
        c.out << QCoreApplication::translate("Cli", "No changes recorded.") << Qt::endl;
        return Success;
    }
    for (const AuditEntry &e : *entries) {
        QString line
            = u"%1  %2  %3  %4"_s.arg(audit::displayTime(e), e.actor, audit::actionTitle(e.action), audit::itemText(e));
        if (e.action == AuditAction::Update) {
            line += u"  "_s
                + QCoreApplication::translate("Cli", "%1: «%2» → «%3»")
                      .arg(audit::fieldTitle(e.field), audit::displayValue(e, e.oldValue),
                           audit::displayValue(e, e.newValue));
        }
        c.out << line << u"\n"_s;
    }
    c.out << QCoreApplication::translate("Cli", "%n change(s).", nullptr, int(entries->size())) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        { u"audit"_s,
          QCoreApplication::translate("Cli", "audit PLAN [--csv OUT [--force]] [--json]"),
          QCoreApplication::translate("Cli",
                                      "The plan's change log: who changed what and when, with the old and new "
                                      "values. Edits made with planea-cli are recorded under --as NAME (a "
                                      "global option) or the system user name."),
          { u"--csv"_s },
          { u"--json"_s, u"--force"_s },
          1,
          1,
          auditLog },
    };
}

} // namespace planea::cli
