#include "GuiBenchmark.h"
#include "Icons.h"
#include "MainWindow.h"
#include "PlaneaVersion.h"
#include "Settings.h"
#include "catalog/Catalog.h"
#include "demo/DemoPlan.h"
#include "i18n/Translations.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Planea"_s);
    QApplication::setApplicationName(u"Planea"_s);
    QApplication::setApplicationVersion(QStringLiteral(PLANEA_VERSION_STRING));
    // Wayland and the desktop match the window to packaging/linux/co.planea.Planea.desktop.
    QGuiApplication::setDesktopFileName(u"co.planea.Planea"_s);
    QApplication::setWindowIcon(planea::ui::appIcon());
    planea::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Planea: territorial development plans."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
                                        QApplication::translate("main", "Create the demonstration plan and open it."));
    const QCommandLineOption dataDirOption(u"data-dir"_s,
                                           QApplication::translate("main", "User data folder (demo plan, catalogs)."),
                                           QApplication::translate("main", "DIR"));
    const QCommandLineOption tourOption(
        u"screenshot-tour"_s,
        QApplication::translate("main", "Save a PNG of every module page into DIR (of PLAN, or the demo) and exit."),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption benchOption(
        u"bench"_s,
        QApplication::translate("main", "Open PLAN, print start-up time, memory and page timings as JSON, and exit."));
    parser.addOption(demoOption);
    parser.addOption(benchOption);
    parser.addOption(dataDirOption);
    parser.addOption(tourOption);
    parser.addPositionalArgument(u"PLAN"_s, QApplication::translate("main", "Plan file to open."));
    parser.process(app);

    // portable.txt next to planea.exe (the portable ZIP): data and settings stay beside the program.
    const planea::DataLocation location = planea::dataLocation(QApplication::applicationDirPath());
    if (location.portable && !parser.isSet(dataDirOption)) {
        planea::usePortableSettings(location.dataDir); // where an earlier version kept them
        planea::ui::Settings::useFile(QDir(location.dataDir).filePath(u"config/settings.json"_s));
    }
    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption) : location.dataDir;
    QDir().mkpath(dataDir);

    // Without catalogs Planea still opens plans; the wizard then asks for the entity by hand.
    std::shared_ptr<const planea::Catalog> catalog;
    if (auto loaded = planea::Catalog::load(dataDir))
        catalog = loaded.value();
    else
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));

    planea::ui::MainWindow window(catalog, dataDir);
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(benchOption)) {
        if (positional.isEmpty())
            parser.showHelp(2);
        return runGuiBenchmark(window, positional.first(), sinceMain.nsecsElapsed());
    }

    if (parser.isSet(tourOption)) {
        const QString dir = parser.value(tourOption);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        // 1366×768 device pixels, the laptop's screen: at 125 % scaling (QT_SCALE_FACTOR=1.25 or the
        // system setting) that leaves the window 1093×614 logical pixels, which is what must fit.
        const qreal ratio = window.devicePixelRatioF();
        const QSize laptop(qRound(1366 / ratio), qRound(768 / ratio));
        window.saveScreenshots(dir, laptop); // the welcome screen
        const bool opened = positional.isEmpty() ? window.openDemo() : window.openPlan(positional.first());
        if (!opened)
            return 2;
        const int written = window.saveScreenshots(dir, laptop);
        std::fprintf(stdout, "%d\n", written + 1);
        return written > 0 ? 0 : 3;
    }

    window.show();
    if (parser.isSet(demoOption))
        window.openDemo();
    else if (!positional.isEmpty())
        window.openPlan(positional.first());
    return app.exec();
}
