// Help ▸ About Planea: the version the user reads is the one CMake's project(VERSION) states, the
// dialog names Planea's licence and every component with its licence, and the Help menu opens it.

#include "AboutDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::ui;

class AboutTest : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCMakeVersionAndQt()
    {
        AboutDialog dialog;
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Acerca de Planea"_s);
        auto *version = dialog.findChild<QLabel *>(u"aboutVersion"_s);
        QVERIFY(version);
        // PLANEA_EXPECTED_VERSION is ${PROJECT_VERSION}, passed by tests/CMakeLists.txt.
        QCOMPARE(version->text(), u"Versión "_s + QStringLiteral(PLANEA_EXPECTED_VERSION));
        auto *qt = dialog.findChild<QLabel *>(u"aboutQtVersion"_s);
        QVERIFY(qt);
        QVERIFY2(qt->text().contains(QLatin1StringView(qVersion())), qPrintable(qt->text()));
        auto *logo = dialog.findChild<QLabel *>(u"aboutLogo"_s);
        QVERIFY(logo && !logo->pixmap().isNull());
        QVERIFY(!dialog.windowIcon().isNull());
    }

    void listsEveryComponentWithItsLicence()
    {
        AboutDialog dialog;
        auto *licence = dialog.findChild<QLabel *>(u"aboutLicence"_s);
        QVERIFY(licence);
        QVERIFY(licence->text().contains(u"GPL-3.0-or-later"_s));

        auto *table = dialog.findChild<QTableWidget *>(u"aboutComponents"_s);
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 3);
        QHash<QString, QString> licences;
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(table->item(row, 0) && table->item(row, 1) && table->item(row, 2));
            QVERIFY(!table->item(row, 1)->text().isEmpty());
            licences.insert(table->item(row, 0)->text(), table->item(row, 2)->text());
        }
        QCOMPARE(licences.value(u"Qt Charts"_s), u"GPL-3.0"_s);
        QCOMPARE(licences.value(u"SQLite"_s), u"Dominio público"_s);
        QCOMPARE(licences.value(u"QuaZip"_s), u"LGPL-2.1 con excepción de enlace estático"_s);
        QCOMPARE(licences.value(u"zlib"_s), u"Licencia zlib"_s);
        QCOMPARE(licences.value(u"GoogleTest"_s), u"BSD-3-Clause"_s);
        QCOMPARE(licences.value(u"Google Benchmark"_s), u"Apache-2.0"_s);
        // Not linked at all (core/CMakeLists.txt says why), so not listed.
        QVERIFY(!licences.contains(u"libxlsxwriter"_s));
        bool qtListed = false;
        for (auto it = licences.cbegin(); it != licences.cend(); ++it)
            qtListed = qtListed || (it.key().startsWith(u"Qt 6"_s) && it.value() == u"LGPL-3.0"_s);
        QVERIFY(qtListed);
        QCOMPARE(table->rowCount(), int(AboutDialog::components().size()));
    }

    void helpMenuOpensIt()
    {
        QTemporaryDir dir;
        MainWindow window(nullptr, dir.path());
        window.show();
        auto *action = window.findChild<QAction *>(u"aboutAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"&Acerca de Planea"_s);
        bool seen = false;
        QTimer::singleShot(0, &window, [&seen] {
            if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                seen = true;
                dialog->reject();
            }
        });
        action->trigger();
        QVERIFY(seen);
    }
};

int main(int argc, char **argv)
{
    AboutTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "about_gui.moc"
