#include "Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("planea-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANEA_VERSION_STRING));
    planea::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Nothing may escape as a crash: an unexpected exception is an internal error (exit 3).
    try {
        const int code = planea::cli::run(app.arguments().mid(1), out, err);
        out.flush();
        err.flush();
        return code;
    } catch (const std::exception &e) {
        err << QCoreApplication::translate("Cli", "Internal error: %1").arg(QString::fromLocal8Bit(e.what()))
            << Qt::endl;
    } catch (...) {
        err << QCoreApplication::translate("Cli", "Internal error.") << Qt::endl;
    }
    return planea::cli::InternalError;
}
