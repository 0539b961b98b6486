#include "i18n/Translations.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    planea::installTranslations(app);
    return 0;
}
