#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace planea {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return;

    auto *planea = new QTranslator(&app);
    if (planea->load(locale, u"planea"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(planea);
    else
        delete planea;

    // Qt's own strings (standard dialogs, buttons): shipped beside the program on Windows, in
    // Qt's translations folder on Linux.
    auto *qt = new QTranslator(&app);
    const QStringList folders = { QCoreApplication::applicationDirPath() + u"/translations"_s,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath) };
    bool loaded = false;
    for (const QString &folder : folders) {
        if (qt->load(locale, u"qtbase"_s, u"_"_s, folder)) {
            loaded = true;
            break;
        }
    }
    if (loaded)
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace planea
