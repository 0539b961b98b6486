#include "DocumentsPage.h"

#include "PlanDocument.h"
#include "calc/Completeness.h"
#include "models/FindingsModel.h"
#include "validation/Validator.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

DocumentsPage::DocumentsPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 7, parent)
    , m_completeness(new QTableWidget)
    , m_overall(new QLabel)
    , m_findings(new FindingsModel(this))
    , m_findingsView(new QTableView)
    , m_findingsSummary(new QLabel)
{
    setHelp(tr("Here you see how far the plan has come: each module's progress and what it still lacks, and the "
               "checks Planea runs on the whole plan. Errors must be fixed before the plan goes to the planning "
               "council; warnings deserve a look. Double-click a finding to go to the item."));
    auto *status = new QWidget;
    auto *sl = new QVBoxLayout(status);
    m_overall->setObjectName(u"overallCompleteness"_s);
    QFont f = m_overall->font();
    f.setBold(true);
    m_overall->setFont(f);
    sl->addWidget(m_overall);
    m_completeness->setObjectName(u"completenessTable"_s);
    m_completeness->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_completeness->verticalHeader()->hide();
    m_completeness->setColumnCount(3);
    m_completeness->setHorizontalHeaderLabels({ tr("Module"), tr("Progress"), tr("What is missing") });
    m_completeness->setColumnWidth(0, 270);
    m_completeness->setColumnWidth(1, 150);
    m_completeness->horizontalHeader()->setStretchLastSection(true);
    m_completeness->setWordWrap(true);
    sl->addWidget(m_completeness);
    tabs()->addTab(status, tr("Status of the plan"));

    auto *checks = new QWidget;
    auto *cl = new QVBoxLayout(checks);
    m_findingsSummary->setObjectName(u"findingsSummary"_s);
    cl->addWidget(m_findingsSummary);
    m_findingsView->setObjectName(u"findingsView"_s);
    m_findingsView->setModel(m_findings);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setWordWrap(true);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setColumnWidth(FindingsModel::Severity, 95);
    m_findingsView->setColumnWidth(FindingsModel::Module, 190);
    m_findingsView->setColumnWidth(FindingsModel::Location, 330);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    cl->addWidget(m_findingsView);
    tabs()->addTab(checks, tr("Checks"));
    connect(m_findingsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit navigateRequested(index.data(FindingsModel::ModuleRole).toInt(),
                               Table(index.data(FindingsModel::TableRole).toInt()),
                               index.data(FindingsModel::ItemIdRole).toLongLong());
    });
    refresh();
}

void DocumentsPage::refresh()
{
    const PlanData &d = document()->data();
    const QList<calc::ModuleCompleteness> modules = calc::computeCompleteness(d);
    m_overall->setText(tr("The plan is %1 % complete.").arg(calc::overallCompleteness(modules)));
    m_completeness->setRowCount(int(modules.size()));
    for (int r = 0; r < modules.size(); ++r) {
        const calc::ModuleCompleteness &m = modules.at(r);
        m_completeness->setItem(r, 0, new QTableWidgetItem(tr("%1. %2").arg(m.module).arg(moduleTitle(m.module))));
        auto *bar = qobject_cast<QProgressBar *>(m_completeness->cellWidget(r, 1));
        if (!bar) {
            bar = new QProgressBar;
            bar->setRange(0, 100);
            bar->setFormat(u"%p %"_s);
            m_completeness->setCellWidget(r, 1, bar);
        }
        bar->setValue(m.percent);
        auto *missing = new QTableWidgetItem(m.missing.isEmpty() ? tr("Nothing: complete.") : m.missing.join(u"\n"_s));
        m_completeness->setItem(r, 2, missing);
    }
    m_completeness->resizeRowsToContents();

    const QList<calc::Finding> all = calc::validate(d);
    m_findings->setFindings(all);
    const int errors = calc::countFindings(all, calc::Severity::Error);
    const int warnings = calc::countFindings(all, calc::Severity::Warning);
    m_findingsSummary->setText(errors + warnings == 0 ? tr("No problems found.")
                                                      : tr("%1 error(s) and %2 warning(s).").arg(errors).arg(warnings));
    m_findingsView->resizeRowsToContents();
}

} // namespace planea::ui
