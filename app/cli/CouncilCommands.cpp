// planea-cli council-package: the read-only copy of the approved plan, with its progress, that
// the Consejo Territorial de Planeación opens in Planea.
#include "Cli.h"
#include "council/CouncilPackage.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace planea::cli {

namespace {

int councilPackage(const Context &c, const Arguments &a)
{
    QString output = a.value(u"-o"_s);
    if (output.isEmpty())
        output = a.value(u"--output"_s);
    if (output.isEmpty()) {
        c.err << QCoreApplication::translate("Cli",
                                             "council-package needs -o OUT.planea: the file to write the package to.")
              << Qt::endl;
        return BadInput;
    }
    // The plan is only read: the package is a copy.
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(a.positional.value(0), options);
    if (!store)
        return fail(c, store.error());
    if (!(*store)->recoveryNotice().isEmpty())
        c.err << (*store)->recoveryNotice() << Qt::endl;
    auto fingerprint = council::writePackage(**store, output, a.has(u"--force"_s));
    if (!fingerprint)
        return fail(c, fingerprint.error());
    c.out << QCoreApplication::translate("Cli", "Council package written to «%1» (read-only).")
                 .arg(QDir::toNativeSeparators(output))
          << u"\n"_s << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(*fingerprint) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> councilCommands()
{
    return {
        { u"council-package"_s,
          QCoreApplication::translate("Cli", "council-package PLAN -o OUT.planea [--force]"),
          QCoreApplication::translate(
              "Cli", "Writes a read-only copy of the approved plan with its progress for the planning council."),
          { u"-o"_s, u"--output"_s },
          { u"--force"_s },
          1,
          1,
          councilPackage },
    };
}

} // namespace planea::cli
