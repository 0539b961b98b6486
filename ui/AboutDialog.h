#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace planea::ui {

/// Help ▸ About Planea: the program's version (from project(VERSION) in CMake), the Qt it was built
/// with and runs on, Planea's own licence (GPL-3.0-or-later) and the licence of every component it
/// is built from or tested with.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    /// One third-party component, with what Planea uses it for and its licence.
    struct Component
    {
        QString name;
        QString use;
        QString licence;
        bool shipped = true; ///< false: used to test or measure Planea, not part of the program
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    /// Every component, in the order the dialog lists them (translated texts).
    static QList<Component> components();
    /// "Version 0.1.0" (translated).
    static QString versionText();
};

} // namespace planea::ui
