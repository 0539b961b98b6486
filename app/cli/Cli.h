#pragma once

#include "domain/PlanData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace planea {
class Catalog;
class PlanDocument;
} // namespace planea

namespace planea::cli {

/// The exit codes of DESIGN.md "Headless use".
enum ExitCode { Success = 0, PlanHasErrors = 1, BadInput = 2, InternalError = 3 };

/// A command's arguments after parsing: positionals, options with a value, and flags.
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &option) const { return values.value(option); }
};

struct Context
{
    QString dataDir;
    QTextStream &out;
    QTextStream &err;
    /// Who edits (global option --as NAME); empty: the operating system's user name.
    QString actor = {};
};

/// One command: its name ("catalog search"), its Spanish usage and summary, the options it
/// accepts, and what it does.
struct Command
{
    QString name;
    QString usage;
    QString summary;
    QStringList valueOptions; ///< e.g. "--year"
    QStringList flagOptions; ///< e.g. "--json"
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(const Context &, const Arguments &)> run;
};

/// Everything planea-cli can do, in the order --help lists it.
QList<Command> allCommands();

/// Runs planea-cli with `arguments` (without the program name); returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// --- Helpers shared by the commands. -------------------------------------------------------------

/// Prints the error on stderr and returns its exit code (bad input and disk problems: 2;
/// internal failures: 3).
int fail(const Context &context, const Error &error);

/// Refuses to replace existing files without --force, as every command that writes: when any of
/// `targets` exists and --force was not given, says which on stderr (the first three) and returns
/// true (the command then exits with BadInput before writing anything).
bool refuseExisting(const Context &context, const Arguments &arguments, const QStringList &targets);

/// Opens the plan for an edit through the core document, as every command that writes: the edits
/// carry --actor's name; a plan that can only be read is said on stderr. Null, with `exitCode` set,
/// when it cannot be opened for writing.
std::unique_ptr<PlanDocument> openForEditing(const Context &context, const QString &path, int &exitCode);

/// Opens the plan read-only (the file is never changed, except that a save cut off by a crash is
/// undone, which is said on stderr) and loads it.
Result<PlanData> loadPlan(const Context &context, const QString &path);

Result<std::shared_ptr<const Catalog>> loadCatalog(const Context &context);

/// The line that marks a demonstration plan in text output.
QString demoBanner();

/// Prints a JSON object on stdout (UTF-8, indented).
void printJson(const Context &context, const class QJsonObject &object);

/// The `--seed S` of the generating commands (1 when absent). A value that is not a whole number
/// is said on stderr and gives no value: the command then exits with BadInput.
std::optional<quint32> seedOption(const Context &context, const Arguments &arguments);

} // namespace planea::cli
