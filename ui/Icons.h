#pragma once

#include <QIcon>

namespace planea::ui {

/// Planea's icons, from the PNGs rendered from resources/icons/*.svg (PNG so that no SVG
/// plugin is needed at run time on any platform).
QIcon appIcon();
QIcon moduleIcon(int module);
/// "new", "open", "demo".
QIcon actionIcon(const char *name);

} // namespace planea::ui
