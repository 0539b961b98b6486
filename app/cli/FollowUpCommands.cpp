// planea-cli commands for the follow-up forms of issue 21: followup forms (one XLSX per office with
// its goals for a year or quarter) and followup collect (the filled forms read back, checked and
// written as one step with a backup first).
#include "Cli.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "followup/FollowUpForms.h"
#include "followup/FormCollector.h"
#include "followup/FormSignature.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

/// The plan read-only, with its identity: reading forms never opens it for writing.
struct ReadPlan
{
    PlanData data;
    QString id;
};

Result<ReadPlan> readPlan(const Context &c, const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(path, options);
    if (!store)
        return store.error();
    if (!(*store)->recoveryNotice().isEmpty())
        c.err << (*store)->recoveryNotice() << Qt::endl;
    auto data = (*store)->load();
    if (!data)
        return data.error();
    const QString id = followup::planIdentity(**store, *data);
    return ReadPlan { std::move(*data), id };
}

int followupForms(const Context &c, const Arguments &a)
{
    bool ok = false;
    const int year = a.value(u"--year"_s).toInt(&ok);
    if (!ok)
        return fail(c,
                    Error::badInput(QCoreApplication::translate("Cli", "The option --year needs a year, e.g. 2029.")));
    int quarter = 0;
    if (!a.value(u"--quarter"_s).isEmpty()) {
        quarter = a.value(u"--quarter"_s).toInt(&ok);
        if (!ok || quarter < 1 || quarter > 4)
            return fail(c,
                        Error::badInput(QCoreApplication::translate(
                                            "Cli", "The option --quarter must be 1, 2, 3 or 4 (it was «%1»).")
                                            .arg(a.value(u"--quarter"_s))));
    }
    const QString folder = a.value(u"-o"_s).isEmpty() ? a.value(u"--output"_s) : a.value(u"-o"_s);
    if (folder.isEmpty())
        return fail(c,
                    Error::badInput(
                        QCoreApplication::translate("Cli", "Say in which folder to write the forms with -o FOLDER.")));
    auto plan = readPlan(c, a.positional.value(0));
    if (!plan)
        return fail(c, plan.error());
    followup::FormRequest request { year, quarter, {}, a.value(u"--group"_s).trimmed() };
    if (a.values.contains(u"--group"_s) && request.group.isEmpty())
        return fail(
            c,
            Error::badInput(QCoreApplication::translate(
                "Cli", "The option --group needs the name of the form, e.g. --group \"Gobierno y Hacienda\".")));
    // --offices "Secretaría de Salud;Secretaría de Gobierno": names (any case) or ids, split by «;».
    for (const QString &part : a.value(u"--offices"_s).split(u';', Qt::SkipEmptyParts)) {
        const QString wanted = part.trimmed();
        if (wanted.isEmpty())
            continue;
        qint64 found = 0;
        for (const Office &o : plan->data.offices) {
            if (o.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(o.id) == wanted)
                found = o.id;
        }
        if (found == 0) {
            QStringList names;
            for (const followup::OfficeGoals &o : followup::FollowUpForms::officesWithGoals(plan->data))
                names.append(o.officeName);
            return fail(c,
                        Error::badInput(
                            QCoreApplication::translate("Cli", "The plan has no office «%1». Offices with goals: %2.")
                                .arg(wanted, names.join(u"; "_s))));
        }
        if (!request.offices.contains(found))
            request.offices.append(found);
    }
    auto written = followup::FollowUpForms::write(plan->data, plan->id, request, folder);
    if (!written)
        return fail(c, written.error());
    if (a.has(u"--json"_s)) {
        QJsonArray files;
        for (const followup::FormFile &f : written->files)
            files.append(QJsonObject { { u"dependencia"_s, f.officeName },
                                       { u"dependencias"_s, QJsonArray::fromStringList(f.officeNames) },
                                       { u"archivo"_s, QDir::toNativeSeparators(f.path) },
                                       { u"metas"_s, f.goals } });
        printJson(c,
                  { { u"anio"_s, year },
                    { u"trimestre"_s, quarter },
                    { u"formatos"_s, files },
                    { u"metas_sin_dependencia"_s, written->goalsWithoutOffice } });
        return Success;
    }
    for (const followup::FormFile &f : written->files) {
        c.out << QCoreApplication::translate("Cli", "%1: %2 goal(s) → %3")
                     .arg(f.officeName)
                     .arg(f.goals)
                     .arg(QDir::toNativeSeparators(f.path))
              << u"\n"_s;
        if (f.officeId == 0)
            c.out << QCoreApplication::translate("Cli", "  offices in this form: %1").arg(f.officeNames.join(u"; "_s))
                  << u"\n"_s;
    }
    if (written->goalsWithoutOffice > 0)
        c.out << QCoreApplication::translate("Cli", "Goals without a responsible office (in no form): %1")
                     .arg(written->goalsWithoutOffice)
              << u"\n"_s;
    c.out.flush();
    return Success;
}

int followupCollect(const Context &c, const Arguments &a)
{
    const QString path = a.positional.value(0);
    const QStringList forms = a.positional.mid(1);
    const bool dryRun = a.has(u"--dry-run"_s);
    auto plan = readPlan(c, path);
    if (!plan)
        return fail(c, plan.error());
    followup::Collection collection = followup::FormCollector::collect(plan->data, plan->id, forms);
    int written = 0;
    int executionsWritten = 0;
    if (!dryRun && (!collection.answers.isEmpty() || !collection.executions.isEmpty())) {
        int exitCode = Success;
        auto doc = openForEditing(c, path, exitCode);
        if (!doc)
            return exitCode;
        PlanStore &store = doc->store();
        // Checked again against the plan now held for writing (another program may have changed it).
        collection = followup::FormCollector::collect(doc->data(), followup::planIdentity(store, doc->data()), forms);
        BackupManager backups(c.dataDir);
        if (auto s = followup::FormCollector::apply(*doc, collection, &backups); !s)
            return fail(c, s.error());
        written = int(collection.answers.size());
        executionsWritten = int(collection.executions.size());
    }
    const bool nothing = collection.answers.isEmpty() && collection.executions.isEmpty();
    const int code = collection.rejections.isEmpty() ? Success : nothing ? BadInput : PlanHasErrors;
    if (a.has(u"--json"_s)) {
        QJsonArray accepted;
        for (const QString &f : std::as_const(collection.acceptedForms))
            accepted.append(f);
        QJsonArray rejected;
        for (const followup::Rejection &r : std::as_const(collection.rejections))
            rejected.append(QJsonObject { { u"formato"_s, r.form }, { u"fila"_s, r.row }, { u"motivo"_s, r.reason } });
        QJsonArray offices;
        for (const followup::OfficeSummary &s : std::as_const(collection.offices))
            offices.append(QJsonObject { { u"dependencia"_s, s.officeName },
                                         { u"formatos"_s, QJsonArray::fromStringList(s.forms) },
                                         { u"valores"_s, s.values },
                                         { u"rechazados"_s, s.rejected },
                                         { u"recursos_ejecutados"_s, double(s.money) } });
        printJson(c,
                  { { u"plan"_s, path },
                    { u"simulacion"_s, dryRun },
                    { u"aceptados"_s, accepted },
                    { u"rechazados"_s, rejected },
                    { u"valores_aceptados"_s, int(collection.answers.size()) },
                    { u"valores_escritos"_s, written },
                    { u"ejecuciones_escritas"_s, executionsWritten },
                    { u"dependencias"_s, offices },
                    { u"avisos"_s, QJsonArray::fromStringList(collection.warnings) } });
        return code;
    }
    for (const followup::OfficeSummary &s : std::as_const(collection.offices))
        c.out << QCoreApplication::translate("Cli", "%1: %2 value(s) accepted, %3 row(s) rejected (%4).")
                     .arg(s.officeName)
                     .arg(s.values)
                     .arg(s.rejected)
                     .arg(s.forms.join(u", "_s))
              << u"\n"_s;
    for (const followup::Rejection &r : std::as_const(collection.rejections)) {
        if (r.row > 0)
            c.out << QCoreApplication::translate("Cli", "«%1», row %2: %3").arg(r.form).arg(r.row).arg(r.reason)
                  << u"\n"_s;
        else
            c.out << u"«%1»: %2"_s.arg(r.form, r.reason) << u"\n"_s;
    }
    for (const QString &w : std::as_const(collection.warnings))
        c.out << w << u"\n"_s;
    if (dryRun)
        c.out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << u"\n"_s;
    else if (written > 0)
        c.out << QCoreApplication::translate("Cli", "%1 value(s) written into %2 (a backup was made first).")
                     .arg(written)
                     .arg(path)
              << u"\n"_s;
    else if (executionsWritten == 0)
        c.out << QCoreApplication::translate("Cli", "No value was written.") << u"\n"_s;
    if (!dryRun && executionsWritten > 0)
        c.out << QCoreApplication::translate("Cli", "Executed resources written into %n budget execution row(s).",
                                             nullptr, executionsWritten)
              << u"\n"_s;
    c.out.flush();
    if (code == BadInput)
        c.err << QCoreApplication::translate("Cli", "No form could be taken: nothing was written.") << Qt::endl;
    return code;
}

} // namespace

QList<Command> followupCommands()
{
    return {
        { u"followup forms"_s,
          QCoreApplication::translate("Cli",
                                      "followup forms PLAN --year YEAR [--quarter Q] [--offices \"A;B\"] "
                                      "[--group NAME] -o FOLDER [--json]"),
          QCoreApplication::translate("Cli",
                                      "Writes one follow-up form (.xlsx) per responsible office with only its goals "
                                      "for the year or quarter: planned values locked, the cells to fill unlocked "
                                      "and validated, and a hidden signature of the plan. --offices limits the "
                                      "forms to those offices (names or ids, separated by «;»); --group NAME makes "
                                      "one form, named so, for all of them together."),
          { u"--year"_s, u"--quarter"_s, u"--offices"_s, u"--group"_s, u"-o"_s, u"--output"_s },
          { u"--json"_s },
          1,
          1,
          followupForms },
        { u"followup collect"_s,
          QCoreApplication::translate("Cli", "followup collect PLAN FORM.xlsx… [--dry-run] [--json]"),
          QCoreApplication::translate("Cli",
                                      "Reads filled follow-up forms, checks each against the plan, shows a summary "
                                      "per office and the rejected rows, and writes the accepted values as one "
                                      "step (a backup of the plan is made first). Exit 1 when something was "
                                      "rejected, 2 when nothing could be taken."),
          {},
          { u"--dry-run"_s, u"--json"_s },
          2,
          10000,
          followupCollect },
    };
}

} // namespace planea::cli
