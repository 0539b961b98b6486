#include "Icons.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

QIcon appIcon()
{
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        icon.addFile(u":/planea/icons/planea-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QIcon moduleIcon(int module)
{
    return QIcon(u":/planea/icons/module-%1.png"_s.arg(module));
}

QIcon actionIcon(const char *name)
{
    return QIcon(u":/planea/icons/%1.png"_s.arg(QLatin1StringView(name)));
}

} // namespace planea::ui
