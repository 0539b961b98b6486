#include "PlanView.h"

#include "Icons.h"
#include "approval/Approval.h"
#include "calc/Completeness.h"
#include "council/CouncilPackage.h"
#include "document/PlanDocument.h"
#include "pages/DiagnosisPage.h"
#include "pages/DocumentsPage.h"
#include "pages/IndicativePlanPage.h"
#include "pages/InvestmentPage.h"
#include "pages/LinesPage.h"
#include "pages/ReadinessPage.h"
#include "pages/StrategicPlanPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

/// Holds the page stack inside the scroll area and asks for the size of the page shown only.
/// (The stack itself asks for the largest page's size, and its pages' word-wrapped help texts make
/// it report a height-for-width that QScrollArea honours with the *preferred* height: either way a
/// page would scroll on a screen where it fits.)
class PageHolder final : public QWidget
{
public:
    explicit PageHolder(QStackedWidget *pages)
        : m_pages(pages)
    {
        pages->setParent(this);
        QObject::connect(pages, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
    }

    QSize minimumSizeHint() const override
    {
        const QWidget *page = m_pages->currentWidget();
        return page ? page->minimumSizeHint() : QSize();
    }
    QSize sizeHint() const override { return minimumSizeHint(); }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            updateGeometry(); // a page's needs changed: let the scroll area look again
        return QWidget::event(event);
    }

    void resizeEvent(QResizeEvent *) override { m_pages->setGeometry(rect()); }

private:
    QStackedWidget *m_pages;
};

} // namespace

PlanView::PlanView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_banner(new QLabel)
    , m_councilBanner(new QLabel)
    , m_route(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_previous(new QPushButton(tr("← Previous")))
    , m_next(new QPushButton(tr("Next →")))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"planView"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner->setObjectName(u"demoBanner"_s);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setText(tr("DEMONSTRATION PLAN — imaginary figures to learn how Planea works; do not use them as data"));
    m_banner->setStyleSheet(u"QLabel { background: #C07A12; color: white; font-weight: bold; padding: 4px; }"_s);
    m_banner->setVisible(document->data().info.isDemo);
    outer->addWidget(m_banner);
    m_councilBanner->setObjectName(u"councilBanner"_s);
    m_councilBanner->setAlignment(Qt::AlignCenter);
    m_councilBanner->setWordWrap(true);
    m_councilBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_councilBanner);
    updateCouncilBanner();

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    outer->addLayout(body, 1);

    m_route->setObjectName(u"routeList"_s);
    m_route->setFixedWidth(265);
    m_route->setIconSize(QSize(24, 24));
    m_route->setSpacing(2);
    m_route->setStyleSheet(u"QListWidget { background: #F2F5F8; border: none; border-right: 1px solid #D5DEE7; }"
                           " QListWidget::item { padding: 6px 4px; color: #1E2B37; }"
                           " QListWidget::item:selected { background: #1F4E79; color: white; }"_s);
    body->addWidget(m_route);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 6);
    body->addLayout(right, 1);
    // The pages scroll as a whole when the window is smaller than the largest page needs (a
    // 1366×768 laptop at 125 % leaves about 1093×560 points), instead of pushing the window
    // past the screen's edge.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"pageScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(new PageHolder(m_pages));
    right->addWidget(scroll, 1);
    auto *nav = new QHBoxLayout;
    nav->setContentsMargins(12, 0, 12, 0);
    m_previous->setObjectName(u"previousButton"_s);
    m_next->setObjectName(u"nextButton"_s);
    nav->addWidget(m_previous);
    nav->addStretch();
    nav->addWidget(m_next);
    right->addLayout(nav);

    m_modulePages = { new ReadinessPage(document),     new LinesPage(document),      new DiagnosisPage(document),
                      new StrategicPlanPage(document), new InvestmentPage(document), new IndicativePlanPage(document),
                      new DocumentsPage(document) };
    for (ModulePage *p : m_modulePages) {
        m_pages->addWidget(p);
        auto *item = new QListWidgetItem(moduleIcon(p->module()), QString());
        m_route->addItem(item);
        m_stale.append(false);
    }
    connect(static_cast<DocumentsPage *>(m_modulePages.last()), &DocumentsPage::navigateRequested, this,
            &PlanView::navigateTo);

    connect(m_route, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (m_stale.value(row)) {
            m_stale[row] = false;
            m_modulePages.at(row)->refresh();
        }
        updateButtons();
    });
    // Ctrl+PgUp / Ctrl+PgDown walk the route like the buttons; Ctrl+1 … Ctrl+7 jump to a module.
    // (QShortcut, not the buttons' own shortcut: their text changes with the module, which resets it.)
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated, this, [this] {
        if (currentModule() > 1)
            showModule(currentModule() - 1);
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated, this, [this] {
        if (currentModule() < int(m_modulePages.size()))
            showModule(currentModule() + 1);
    });
    m_previous->setToolTip(tr("The previous module of the route (Ctrl+PgUp)"));
    m_next->setToolTip(tr("The next module of the route (Ctrl+PgDown)"));
    for (int module = 1; module <= int(m_modulePages.size()); ++module) {
        auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + module)), this);
        connect(jump, &QShortcut::activated, this, [this, module] { showModule(module); });
        m_route->item(module - 1)->setToolTip(tr("%1. %2 (Ctrl+%1)").arg(module).arg(moduleTitle(module)));
    }
    connect(m_previous, &QPushButton::clicked, this, [this] { showModule(currentModule() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showModule(currentModule() + 1); });

    // Typing fires many changes: refresh calculated views once the burst is over.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &PlanView::refreshNow);
    connect(document, &PlanDocument::changed, this, &PlanView::scheduleRefresh);

    updateRoute();
    m_route->setCurrentRow(0);
    // A consejero lands on the dashboard: how each line is doing this year, and why.
    if (document->isCouncilPackage()) {
        showModule(6);
        page(6)->tabs()->setCurrentIndex(IndicativePlanPage::DashboardTab);
    }
}

void PlanView::updateCouncilBanner()
{
    if (!m_document->isCouncilPackage()) {
        m_councilBanner->hide();
        return;
    }
    const council::PackageInfo info = council::packageInfo(m_document->store());
    const approval::Verification v = approval::verify(m_document->data());
    QString fingerprint = v.stored.isEmpty() ? info.fingerprint : v.stored;
    const QString status = v.matches
        ? tr("the content matches the approved plan (version %1, %2)")
              .arg(m_document->data().info.version)
              .arg(m_document->data().info.adoptionAct)
        : tr("WARNING: the content does NOT match the fingerprint: it is not the approved plan");
    m_councilBanner->setText(tr("Package for the Consejo Territorial de Planeación — read only. Fingerprint: %1… — %2")
                                 .arg(fingerprint.left(16), status));
    m_councilBanner->setToolTip(tr("Full fingerprint: %1").arg(fingerprint));
    m_councilBanner->setStyleSheet(
        v.matches ? u"QLabel { background: #1F4E79; color: white; font-weight: bold; padding: 4px; }"_s
                  : u"QLabel { background: #B03A2E; color: white; font-weight: bold; padding: 4px; }"_s);
    m_councilBanner->show();
}

int PlanView::currentModule() const
{
    return m_route->currentRow() + 1;
}

void PlanView::showModule(int module)
{
    if (module >= 1 && module <= m_modulePages.size())
        m_route->setCurrentRow(module - 1);
}

ModulePage *PlanView::page(int module) const
{
    return m_modulePages.value(module - 1);
}

void PlanView::navigateTo(int module, Table table, qint64 id)
{
    showModule(module);
    if (ModulePage *p = page(module))
        p->showItem(table, id);
}

void PlanView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void PlanView::refreshNow()
{
    m_refreshTimer->stop();
    const int current = m_pages->currentIndex();
    for (int i = 0; i < m_modulePages.size(); ++i) {
        if (i == current)
            m_modulePages.at(i)->refresh();
        else
            m_stale[i] = true;
    }
    m_banner->setVisible(m_document->data().info.isDemo);
    updateRoute();
}

void PlanView::updateRoute()
{
    const QList<calc::ModuleCompleteness> modules = calc::computeCompleteness(m_document->data());
    for (int i = 0; i < m_route->count(); ++i) {
        const int module = i + 1;
        int percent = 0;
        for (const calc::ModuleCompleteness &m : modules)
            if (m.module == module)
                percent = m.percent;
        m_route->item(i)->setText(tr("%1. %2\n%3 % complete").arg(module).arg(moduleTitle(module)).arg(percent));
        m_route->item(i)->setData(Qt::UserRole, percent);
    }
    updateButtons();
}

void PlanView::updateButtons()
{
    const int module = currentModule();
    m_previous->setEnabled(module > 1);
    m_next->setEnabled(module < m_modulePages.size());
    m_previous->setText(module > 1 ? tr("← %1").arg(moduleTitle(module - 1)) : tr("← Previous"));
    m_next->setText(module < m_modulePages.size() ? tr("%1 →").arg(moduleTitle(module + 1)) : tr("Next →"));
}

} // namespace planea::ui
