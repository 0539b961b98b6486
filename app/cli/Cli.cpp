#include "Cli.h"

#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "storage/PlanStore.h"
#include "util/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

QString helpText()
{
    QString text = QCoreApplication::translate("Cli",
                                               "Usage: planea-cli [--data-dir FOLDER] COMMAND [OPTIONS]\n"
                                               "Planea without a window: plans, catalogs and documents.\n\n"
                                               "Commands:\n");
    for (const Command &command : allCommands())
        text += u"  "_s + command.usage + u"\n      "_s + command.summary + u"\n"_s;
    text += QCoreApplication::translate(
        "Cli",
        "\nGlobal options:\n"
        "  --data-dir FOLDER   where imported catalogs and user data live\n"
        "  --help              shows this help\n"
        "  --version           shows the version\n\n"
        "Exit codes: 0 success; 1 the plan has errors or a check failed; 2 bad input (unreadable or "
        "damaged file, wrong arguments); 3 internal error.\n");
    return text;
}

int usageError(QTextStream &err, const QString &message)
{
    err << message << Qt::endl
        << QCoreApplication::translate("Cli", "Run «planea-cli --help» to see the commands and options.") << Qt::endl;
    return BadInput;
}

} // namespace

int fail(const Context &context, const Error &error)
{
    context.err << error.message << Qt::endl;
    return error.kind == Error::Kind::Internal ? InternalError : BadInput;
}

bool refuseExisting(const Context &context, const Arguments &arguments, const QStringList &targets)
{
    if (arguments.has(u"--force"_s))
        return false;
    QStringList existing;
    for (const QString &path : targets) {
        if (QFileInfo::exists(path))
            existing.append(QDir::toNativeSeparators(path));
    }
    if (existing.isEmpty())
        return false;
    context.err << QCoreApplication::translate("Cli",
                                               "%n file(s) already exist and were not replaced: %1. Use --force to "
                                               "replace them.",
                                               nullptr, int(existing.size()))
                       .arg(existing.size() > 3 ? existing.mid(0, 3).join(u", "_s) + u", …"_s : existing.join(u", "_s))
                << Qt::endl;
    return true;
}

std::unique_ptr<PlanDocument> openForEditing(const Context &context, const QString &path, int &exitCode)
{
    auto doc = PlanDocument::open(path);
    if (!doc) {
        exitCode = fail(context, doc.error());
        return nullptr;
    }
    PlanStore &store = (*doc)->store();
    if (!context.actor.isEmpty())
        store.setActor(context.actor);
    if (store.isReadOnly()) {
        context.err << store.openNotice() << Qt::endl;
        exitCode = BadInput;
        return nullptr;
    }
    return std::move(*doc);
}

Result<PlanData> loadPlan(const Context &context, const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(path, options);
    if (!store)
        return store.error();
    if (!(*store)->recoveryNotice().isEmpty())
        context.err << (*store)->recoveryNotice() << Qt::endl;
    return (*store)->load();
}

Result<std::shared_ptr<const Catalog>> loadCatalog(const Context &context)
{
    return Catalog::load(context.dataDir);
}

QString demoBanner()
{
    return QCoreApplication::translate("Cli", "DEMONSTRATION PLAN");
}

std::optional<quint32> seedOption(const Context &context, const Arguments &arguments)
{
    if (!arguments.values.contains(u"--seed"_s))
        return 1;
    bool ok = false;
    const quint32 seed = arguments.value(u"--seed"_s).toUInt(&ok);
    if (!ok) {
        context.err << QCoreApplication::translate("Cli", "--seed needs a whole number (got «%1»).")
                           .arg(arguments.value(u"--seed"_s))
                    << Qt::endl;
        return std::nullopt;
    }
    return seed;
}

void printJson(const Context &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString dataDir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--data-dir"_s) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(u"--"_s))
                return usageError(err, QCoreApplication::translate("Cli", "The option --data-dir needs a folder."));
            dataDir = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(u"--data-dir="_s)) {
            dataDir = args[i].mid(11);
            args.remove(i);
            break;
        }
    }
    QString actor; // --as NAME: the person recorded in the plan's audit trail for edits
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--as"_s) {
            if (i + 1 >= args.size() || args[i + 1].trimmed().isEmpty() || args[i + 1].startsWith(u"--"_s))
                return usageError(err, QCoreApplication::translate("Cli", "The option --as needs a person's name."));
            actor = args[i + 1].simplified();
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(u"--as="_s)) {
            actor = args[i].mid(5).simplified();
            if (actor.isEmpty())
                return usageError(err, QCoreApplication::translate("Cli", "The option --as needs a person's name."));
            args.remove(i);
            break;
        }
    }
    if (dataDir.isEmpty()) // portable.txt next to the program: its datos/ folder (util/AppPaths.h)
        dataDir = dataLocation(QCoreApplication::applicationDirPath()).dataDir;

    if (args.isEmpty()) {
        err << helpText();
        return BadInput;
    }
    if (args.first() == u"--version"_s || args.first() == u"-v"_s) {
        out << u"planea-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (args.first() == u"--help"_s || args.first() == u"-h"_s || args.first() == u"help"_s) {
        out << helpText();
        return Success;
    }

    const QList<Command> commands = allCommands();
    const Command *command = nullptr;
    int words = 0;
    for (const Command &candidate : commands) {
        const QStringList name = candidate.name.split(u' ');
        if (args.size() >= name.size() && args.mid(0, name.size()) == name && name.size() > words) {
            command = &candidate;
            words = int(name.size());
        }
    }
    if (!command) {
        // "catalog" alone, or with an unknown subcommand: show the subcommands it has.
        QStringList usages;
        for (const Command &candidate : commands) {
            if (candidate.name.startsWith(args.first() + u" "_s))
                usages.append(u"planea-cli "_s + candidate.usage);
        }
        if (!usages.isEmpty()) {
            return usageError(
                err, QCoreApplication::translate("Cli", "Wrong arguments. Usage: %1").arg(usages.join(u"  |  "_s)));
        }
        if (args.first().startsWith(u"-"_s))
            return usageError(err, QCoreApplication::translate("Cli", "Unknown option «%1».").arg(args.first()));
        return usageError(err, QCoreApplication::translate("Cli", "Unknown command «%1».").arg(args.first()));
    }

    Arguments parsed;
    const QStringList rest = args.mid(words);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &arg = rest[i];
        if (arg == u"--help"_s || arg == u"-h"_s) {
            out << QCoreApplication::translate("Cli", "Usage: planea-cli %1").arg(command->usage) << u"\n"_s
                << command->summary << Qt::endl;
            return Success;
        }
        if (arg.startsWith(u"-"_s) && arg.size() > 1) {
            QString name = arg;
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = arg.indexOf(u'='); eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
                inlineValue = true;
            }
            if (command->valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= rest.size())
                        return usageError(err,
                                          QCoreApplication::translate("Cli", "The option %1 needs a value.").arg(name));
                    value = rest[++i];
                }
                parsed.values.insert(name, value);
            } else if (command->flagOptions.contains(name) && !inlineValue) {
                parsed.flags.insert(name);
            } else {
                return usageError(
                    err, QCoreApplication::translate("Cli", "Unknown option «%1» for «%2».").arg(arg, command->name));
            }
        } else {
            parsed.positional.append(arg);
        }
    }
    if (parsed.positional.size() < command->minPositional || parsed.positional.size() > command->maxPositional) {
        return usageError(
            err, QCoreApplication::translate("Cli", "Wrong arguments. Usage: planea-cli %1").arg(command->usage));
    }
    const Context context { dataDir, out, err, actor };
    return command->run(context, parsed);
}

} // namespace planea::cli
