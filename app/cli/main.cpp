#include "Cli.h"
#include "PlaneaVersion.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>
#include <memory>

int main(int argc, char **argv)
{
    // Writing documents (PDF) needs fonts, which only a QGuiApplication loads. A command-line tool
    // never opens a window, so it uses the offscreen platform unless told otherwise.
    bool writesDocuments = false;
    bool portfolio = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        writesDocuments = writesDocuments || qstrcmp(argv[i], "export") == 0;
        portfolio = portfolio || qstrcmp(argv[i], "portfolio") == 0;
        pdf = pdf || QByteArray(argv[i]).toLower().endsWith(".pdf");
    }
    // The portfolio loads the fonts only for a PDF report: its ranking alone starts faster.
    writesDocuments = writesDocuments || (portfolio && pdf);
    if (writesDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (writesDocuments)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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
