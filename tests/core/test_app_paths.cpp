// Portable mode: portable.txt next to the executable keeps the user's data beside the program
// (a USB stick); without it, the per-user location.
#include "TempDir.h"
#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

void writeFile(const QString &path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Planea portátil\n");
}

} // namespace

TEST(AppPaths, InstalledUsesThePerUserLocationSharedByGuiAndCli)
{
    planea::test::TempDir dir;
    const auto location = planea::dataLocation(dir.root());
    EXPECT_FALSE(location.portable);
    // The GUI is Planea/Planea; whatever this executable is called, the folder is the GUI's, so a
    // catalog imported with planea-cli is the one the GUI uses.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    EXPECT_EQ(location.dataDir, QDir::cleanPath(generic + u"/Planea/Planea"_s));
}

TEST(AppPaths, MarkerNextToTheProgramKeepsDataBesideIt)
{
    planea::test::TempDir dir;
    writeFile(QDir(dir.root()).filePath(u"portable.txt"_s));
    const auto location = planea::dataLocation(dir.root());
    EXPECT_TRUE(location.portable);
    EXPECT_EQ(location.dataDir, QDir::cleanPath(dir.root() + u"/datos"_s));
}

TEST(AppPaths, AFolderNamedLikeTheMarkerDoesNotCount)
{
    planea::test::TempDir dir;
    ASSERT_TRUE(QDir(dir.root()).mkdir(u"portable.txt"_s));
    EXPECT_FALSE(planea::dataLocation(dir.root()).portable);
}

TEST(AppPaths, EmptyOrMissingProgramFolderIsNotPortable)
{
    EXPECT_FALSE(planea::dataLocation(QString()).portable);
    EXPECT_FALSE(planea::dataLocation(u"/no/such/folder/planea"_s).portable);
}

TEST(AppPaths, PortableSettingsGoToAnIniFileInTheDataFolder)
{
    planea::test::TempDir dir;
    const QString dataDir = QDir(dir.root()).filePath(u"datos"_s);
    QCoreApplication::setOrganizationName(u"Planea"_s);
    QCoreApplication::setApplicationName(u"Planea"_s);
    planea::usePortableSettings(dataDir);
    QString fileName;
    {
        QSettings settings; // as ui/Settings makes them: the default format
        settings.setValue(u"probe"_s, 42);
        settings.sync();
        fileName = settings.fileName();
        EXPECT_EQ(settings.status(), QSettings::NoError);
    }
    EXPECT_TRUE(fileName.startsWith(dataDir + u"/config/"_s)) << fileName.toStdString();
    EXPECT_TRUE(QFile::exists(fileName));
    QSettings::setDefaultFormat(QSettings::NativeFormat);
}
