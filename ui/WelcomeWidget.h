#pragma once

#include <QWidget>

class QListWidget;

namespace planea::ui {

/// The first screen: recent plans, and the ways to start (new plan, open, demonstration).
class WelcomeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    /// Re-reads the recent plans from the settings.
    void refreshRecent();

signals:
    void newPlanRequested();
    void openRequested();
    void openDemoRequested();
    void importKptRequested();
    void openPathRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace planea::ui
