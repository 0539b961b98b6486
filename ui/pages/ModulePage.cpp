#include "ModulePage.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

QString moduleTitle(int module)
{
    switch (module) {
    case 1:
        return QCoreApplication::translate("planea::ui::ModulePage", "Readiness");
    case 2:
        return QCoreApplication::translate("planea::ui::ModulePage", "Strategic lines");
    case 3:
        return QCoreApplication::translate("planea::ui::ModulePage", "Diagnosis");
    case 4:
        return QCoreApplication::translate("planea::ui::ModulePage", "Strategic plan");
    case 5:
        return QCoreApplication::translate("planea::ui::ModulePage", "Multi-year investment plan");
    case 6:
        return QCoreApplication::translate("planea::ui::ModulePage", "Indicative plan and follow-up");
    case 7:
        return QCoreApplication::translate("planea::ui::ModulePage", "Documents and status");
    default:
        return {};
    }
}

ModulePage::ModulePage(PlanDocument *document, int module, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_module(module)
    , m_help(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"modulePage%1"_s.arg(module));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *title = new QLabel(tr("%1. %2").arg(module).arg(moduleTitle(module)), this);
    title->setObjectName(u"pageTitle"_s);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    title->setFont(f);
    title->setStyleSheet(u"color: #1F4E79;"_s);
    layout->addWidget(title);
    m_help->setObjectName(u"pageHelp"_s);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    m_help->setStyleSheet(u"QLabel { background: #EEF3F8; border: 1px solid #C9D6E3; border-radius: 3px;"
                          " padding: 6px; color: #243746; }"_s);
    auto *helpRow = new QHBoxLayout;
    helpRow->addWidget(m_help, 1);
    auto *more = new QToolButton(this);
    more->setObjectName(u"moreHelpButton"_s);
    more->setText(tr("More…"));
    more->setToolTip(tr("Support contents: the help of every step, the legal references and the entity's "
                        "documents (F1)"));
    more->setAutoRaise(true);
    connect(more, &QToolButton::clicked, this, [this] { emit supportRequested(m_module); });
    helpRow->addWidget(more, 0, Qt::AlignTop);
    layout->addLayout(helpRow);
    m_tabs->setObjectName(u"moduleTabs"_s);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
}

QString ModulePage::helpText() const
{
    return m_help->text();
}

void ModulePage::setHelp(const QString &text)
{
    m_help->setText(text);
}

} // namespace planea::ui
