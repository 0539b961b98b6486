#pragma once

// Shared helpers for the GUI tests (header-only: each *_gui.cpp is its own executable).

#include "demo/DemoPlan.h"
#include "i18n/Translations.h"
#include "storage/PlanStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace planea::guitest {

/// A QApplication speaking es-CO (as users see it), with settings isolated from the real user's.
inline int runTests(int argc, char **argv, QObject *tests)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlaneaTests"));
    QApplication::setApplicationName(QStringLiteral("PlaneaGuiTests"));
    planea::installTranslations(app);
    return QTest::qExec(tests, argc, argv);
}

/// Runs `act` on the next modal widget of type T once it is shown: polls the event loop every
/// 20 ms (up to 20 s) while the code under test sits in exec(). No sleeps.
template<typename T> void onNextModal(std::function<void(T *)> act)
{
    auto poll = std::make_shared<std::function<void(int)>>();
    *poll = [act, poll](int remaining) {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            act(w);
            QTimer::singleShot(0, [poll] { *poll = nullptr; }); // break the self-reference
            return;
        }
        if (remaining > 0)
            QTimer::singleShot(20, [poll, remaining] { (*poll)(remaining - 1); });
        else
            QTimer::singleShot(0, [poll] { *poll = nullptr; });
    };
    QTimer::singleShot(0, [poll] { (*poll)(1000); });
}

/// Saves a picture of \a widget as NAME.png in the folder named by PLANEA_GUI_SHOTS, when set,
/// so a developer can look at a dialog as the user sees it (`PLANEA_GUI_SHOTS=/tmp/shots ctest -R _gui`).
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("PLANEA_GUI_SHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

/// Arms a one-shot handler for the next modal message box: records its text and closes it, so
/// a test can call code that shows a QMessageBox::exec() without blocking.
class MessageBoxCatcher
{
public:
    MessageBoxCatcher() { arm(); }

    QString text() const { return m_state->text; }
    QString title() const { return m_state->title; }
    bool seen() const { return m_state->seen; }

private:
    struct State
    {
        QString text;
        QString title;
        bool seen = false;
    };

    void arm()
    {
        auto state = m_state;
        // Poll: the box appears once the code under test reaches exec().
        auto poll = std::make_shared<std::function<void(int)>>();
        *poll = [state, poll](int remaining) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                state->text = box->text();
                state->title = box->windowTitle();
                state->seen = true;
                if (QAbstractButton *ok = box->button(QMessageBox::Ok))
                    ok->click();
                else
                    box->reject();
                // Break the self-reference once this call is over.
                QTimer::singleShot(0, [poll] { *poll = nullptr; });
                return;
            }
            if (remaining > 0)
                QTimer::singleShot(20, [poll, remaining] { (*poll)(remaining - 1); });
            else
                QTimer::singleShot(0, [poll] { *poll = nullptr; });
        };
        QTimer::singleShot(0, [poll] { (*poll)(250); });
    }

    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace planea::guitest
