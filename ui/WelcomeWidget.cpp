#include "WelcomeWidget.h"

#include "Icons.h"
#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget)
{
    setObjectName(u"welcome"_s);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 4);
    outer->addStretch(1);

    column->addStretch(1);
    auto *header = new QHBoxLayout;
    auto *logo = new QLabel;
    logo->setPixmap(appIcon().pixmap(64, 64));
    header->addWidget(logo);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Planea"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.2);
    tf.setBold(true);
    title->setFont(tf);
    title->setStyleSheet(u"color: #1F4E79;"_s);
    titles->addWidget(title);
    auto *subtitle = new QLabel(tr("Territorial development plan, from the first step to the follow-up. Works "
                                   "without internet; every change is saved at once."));
    subtitle->setWordWrap(true);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    column->addLayout(header);
    column->addSpacing(16);

    auto *buttons = new QHBoxLayout;
    auto *newPlan = new QPushButton(actionIcon("new"), tr("New plan…"));
    newPlan->setObjectName(u"newPlanButton"_s);
    auto *open = new QPushButton(actionIcon("open"), tr("Open…"));
    open->setObjectName(u"openPlanButton"_s);
    auto *demo = new QPushButton(actionIcon("demo"), tr("Open the demonstration plan"));
    demo->setObjectName(u"openDemoButton"_s);
    auto *importKpt = new QPushButton(actionIcon("open"), tr("Import a KPT workbook…"));
    importKpt->setObjectName(u"importKptButton"_s);
    importKpt->setToolTip(tr("Bring the plan you already have in the KPT 2024-2027 Excel workbook."));
    for (auto *b : { newPlan, open, importKpt, demo }) {
        b->setMinimumHeight(40);
        b->setIconSize(QSize(22, 22));
        buttons->addWidget(b);
    }
    column->addLayout(buttons);
    column->addSpacing(16);
    auto *recentLabel = new QLabel(tr("Recent plans"));
    QFont rf = recentLabel->font();
    rf.setBold(true);
    recentLabel->setFont(rf);
    column->addWidget(recentLabel);
    m_recent->setObjectName(u"recentPlans"_s);
    m_recent->setMinimumHeight(180);
    column->addWidget(m_recent);
    column->addStretch(2);

    connect(newPlan, &QPushButton::clicked, this, &WelcomeWidget::newPlanRequested);
    connect(open, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomeWidget::openDemoRequested);
    connect(importKpt, &QPushButton::clicked, this, &WelcomeWidget::importKptRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item->data(Qt::UserRole).toString().isEmpty())
            emit openPathRequested(item->data(Qt::UserRole).toString());
    });
    refreshRecent();
}

void WelcomeWidget::refreshRecent()
{
    m_recent->clear();
    const QStringList recent = Settings::recentPlans();
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent plans. Create a new one or open the demonstration plan to "
                                            "see how Planea works."));
        item->setFlags(Qt::NoItemFlags);
        m_recent->addItem(item);
        return;
    }
    for (const QString &path : recent) {
        const QFileInfo info(path);
        auto *item
            = new QListWidgetItem(appIcon(), tr("%1\n%2").arg(info.completeBaseName(), QDir::toNativeSeparators(path)));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        m_recent->addItem(item);
    }
}

} // namespace planea::ui
