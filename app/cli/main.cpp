#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("planea-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANEA_VERSION_STRING));
    planea::installTranslations(app);
    QTextStream(stdout) << QStringLiteral("planea-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
