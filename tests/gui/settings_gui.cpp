// The application's settings (ui/Settings): kept in a small JSON file written through
// safe::writeFile. What they hold survives a restart, a damaged file reads as the defaults without a
// crash, and a disk that refuses the write keeps the previous file whole (QSettings on Qt 6.4 left
// 0 bytes there, issue 19).
#include "GuiTestSupport.h"
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea::ui;

class SettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"config/settings.json"_s);
        QFile::remove(m_file);
        Settings::useFile(m_file);
    }

    void valuesSurviveARestart()
    {
        const QString plan = m_dir.filePath(u"buenavista.planea"_s);
        QFile touch(plan);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        Settings::addRecentPlan(plan);
        Settings::setLastActor(plan, u"Luz Marina Ospina"_s);
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00binario", 16);
        QVERIFY(Settings::setValue(Settings::Key::MainWindowGeometry, geometry));
        QVERIFY(QFile::exists(m_file));

        Settings::useFile(m_file); // as a new start of Planea reads it
        QCOMPARE(Settings::recentPlans().value(0), QFileInfo(plan).absoluteFilePath());
        QCOMPARE(Settings::value(Settings::Key::LastFolder).toString(), QFileInfo(plan).absolutePath());
        QCOMPARE(Settings::lastActor(plan), u"Luz Marina Ospina"_s);
        QCOMPARE(Settings::value(Settings::Key::MainWindowGeometry).toByteArray(), geometry);
    }

    void aDamagedFileReadsAsTheDefaultsAndIsReplacedOnTheNextChange()
    {
        for (const QByteArray &damaged : { QByteArray(), "{\"recent/plans\": [\"a\","_ba, QByteArray(5000, '\0'),
                                           "[1, 2, 3]"_ba, "{\"recent/plans\": 7, \"recent/lastFolder\": []}"_ba }) {
            QDir().mkpath(QFileInfo(m_file).absolutePath());
            QFile file(m_file);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
            file.close();
            Settings::useFile(m_file);
            QVERIFY(!Settings::recentPlans().contains(u"a"_s));
            QCOMPARE(Settings::value(Settings::Key::LastFolder).toString(), QDir::homePath());
            QVERIFY(Settings::setValue(Settings::Key::LastFolder, m_dir.path()));
            Settings::useFile(m_file);
            QCOMPARE(Settings::value(Settings::Key::LastFolder).toString(), m_dir.path());
        }
    }

    void aDiskThatRefusesTheWriteKeepsThePreviousSettings()
    {
        QVERIFY(Settings::setValue(Settings::Key::LastFolder, m_dir.path()));
        QFile before(m_file);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray kept = before.readAll();
        before.close();
        QVERIFY(!kept.isEmpty());
        // RLIMIT_FSIZE makes write() fail with EFBIG past a size, as ENOSPC does on a full disk.
        rlimit old {};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const bool written = Settings::setValue(Settings::Key::LastFolder, QString(500, u'x'));
        QVERIFY(setrlimit(RLIMIT_FSIZE, &old) == 0);
        QVERIFY(!written);
        QFile after(m_file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), kept);
        // Nothing else is left in the folder (no temporary file).
        QCOMPARE(QDir(QFileInfo(m_file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { u"settings.json"_s });
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

int main(int argc, char **argv)
{
    SettingsTest tests;
    return planea::guitest::runTests(argc, argv, &tests);
}

#include "settings_gui.moc"
