#pragma once

#include <QLocale>

class QCoreApplication;

namespace planea {

/// Installs Planea's Spanish (Colombia) translation and Qt's own, and makes es-CO the default
/// locale for numbers, money and dates. Called by both executables and the test runners.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale(QLocale::Spanish, QLocale::Colombia));

} // namespace planea
