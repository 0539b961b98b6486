// gtest main for Planea's core tests: a QCoreApplication with the es-CO translation, as users
// get it, so tests assert the Spanish messages people read.
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    planea::installTranslations(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
