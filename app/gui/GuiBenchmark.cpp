#include "GuiBenchmark.h"

#include "MainWindow.h"
#include "PlanView.h"
#include "document/PlanDocument.h"
#include "pages/ModulePage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Resident and peak resident memory in KiB (Linux /proc; 0 elsewhere).
std::pair<qint64, qint64> residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return { 0, 0 };
    qint64 rss = 0;
    qint64 peak = 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto value = [&line] { return line.simplified().split(' ').value(1).toLongLong(); };
        if (line.startsWith("VmRSS:"))
            rss = value();
        else if (line.startsWith("VmHWM:"))
            peak = value();
    }
    return { rss, peak };
}

/// Runs `step` and then lets the window process and paint what it caused; returns how long the
/// event loop was unavailable to the user, in milliseconds.
template<typename Step> double blockedMs(planea::ui::MainWindow &window, Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QApplication::processEvents();
    window.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int runGuiBenchmark(planea::ui::MainWindow &window, const QString &planPath, qint64 sinceMainNs)
{
    using planea::ui::ModulePage;
    QElapsedTimer clock;
    clock.start();
    window.resize(1366, 768);
    window.show();
    if (!window.openPlan(planPath))
        return 2;
    QApplication::processEvents();
    window.repaint();
    const double startupMs = double(sinceMainNs + clock.nsecsElapsed()) / 1e6;
    const auto [rssAfterOpen, peakAfterOpen] = residentKiB();
    Q_UNUSED(peakAfterOpen);

    QJsonArray pages;
    double worstPage = 0.0;
    QString worstPageName;
    planea::ui::PlanView *view = window.planView();
    for (int module = 1; module <= 7; ++module) {
        const double show = blockedMs(window, [&] { view->showModule(module); });
        ModulePage *page = view->page(module);
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            const double ms = tab == 0 && page->tabs()->currentIndex() == 0
                ? show
                : blockedMs(window, [&] { page->tabs()->setCurrentIndex(tab); });
            const QString name = u"%1.%2 %3"_s.arg(module).arg(tab + 1).arg(page->tabs()->tabText(tab));
            pages.append(QJsonObject { { u"page"_s, name }, { u"ms"_s, ms } });
            if (ms > worstPage) {
                worstPage = ms;
                worstPageName = name;
            }
        }
    }

    // One edit and its undo, on the Plan Indicativo page where derived views refresh.
    view->showModule(6);
    QApplication::processEvents();
    planea::PlanDocument *document = window.document();
    double editMs = 0.0;
    double undoMs = 0.0;
    double editRefreshMs = 0.0;
    double undoRefreshMs = 0.0;
    if (!document->data().indicators.isEmpty()) {
        const auto &indicator = document->data().indicators.constFirst();
        const double newTarget = indicator.termTarget + 1.0;
        editMs = blockedMs(window, [&] {
            document->setValue(planea::Table::ProductIndicator, indicator.id, u"term_target"_s, newTarget);
        });
        // The visible page's derived figures and the route refresh once the burst of edits is over
        // (PlanView's timer): that refresh blocks the loop too, so it is measured on its own.
        editRefreshMs = blockedMs(window, [&] { view->refreshNow(); });
        undoMs = blockedMs(window, [&] { document->undoStack()->undo(); });
        undoRefreshMs = blockedMs(window, [&] { view->refreshNow(); });
    }
    const auto [rss, peak] = residentKiB();

    const QJsonObject result {
        { u"plan"_s, planPath },
        { u"indicators"_s, qint64(document->data().indicators.size()) },
        { u"startup_ms"_s, startupMs },
        { u"rss_after_open_kib"_s, rssAfterOpen },
        { u"rss_kib"_s, rss },
        { u"peak_rss_kib"_s, peak },
        { u"worst_page_ms"_s, worstPage },
        { u"worst_page"_s, worstPageName },
        { u"edit_ms"_s, editMs },
        { u"undo_ms"_s, undoMs },
        { u"edit_refresh_ms"_s, editRefreshMs },
        { u"undo_refresh_ms"_s, undoRefreshMs },
        { u"max_blocked_ms"_s, std::max({ worstPage, editMs, undoMs, editRefreshMs, undoRefreshMs }) },
        { u"pages"_s, pages },
    };
    std::fprintf(stdout, "%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    window.closePlan();
    return 0;
}
