#include "DocumentsPage.h"

#include "calc/Completeness.h"
#include "catalog/Catalog.h"
#include "document/PlanDocument.h"
#include "models/FindingsModel.h"
#include "validation/Validator.h"
#include "widgets/BackgroundExport.h"
#include "widgets/ExportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

DocumentsPage::DocumentsPage(PlanDocument *document, QWidget *parent)
    : ModulePage(document, 7, parent)
    , m_documents(new QTableWidget)
    , m_completeness(new QTableWidget)
    , m_overall(new QLabel)
    , m_findings(new FindingsModel(this))
    , m_findingsView(new QTableView)
    , m_findingsSummary(new QLabel)
{
    setHelp(tr("Here you see how far the plan has come: each module's progress and what it still lacks, and the "
               "checks Planea runs on the whole plan. Errors must be fixed before the plan goes to the planning "
               "council; warnings deserve a look. Double-click a finding to go to the item. In «Documents» you "
               "export, preview and print what the council and the planning council read."));

    // The documents, with a button per format and print preview / print.
    auto *docs = new QWidget;
    auto *dl = new QVBoxLayout(docs);
    m_documents->setObjectName(u"documentsTable"_s);
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->verticalHeader()->hide();
    m_documents->setColumnCount(3);
    m_documents->setHorizontalHeaderLabels({ tr("Document"), tr("Formats"), tr("What it holds") });
    m_documents->setColumnWidth(0, 230);
    m_documents->setColumnWidth(1, 120);
    m_documents->horizontalHeader()->setStretchLastSection(true);
    m_documents->setWordWrap(true);
    const QStringList codes = exporting::exportableDocuments();
    m_documents->setRowCount(int(codes.size()));
    for (int r = 0; r < codes.size(); ++r) {
        auto *name = new QTableWidgetItem(documentName(codes[r]));
        name->setData(Qt::UserRole, codes[r]);
        m_documents->setItem(r, 0, name);
        m_documents->setItem(r, 1, new QTableWidgetItem(exporting::formatsOf(codes[r]).join(u", "_s).toUpper()));
        m_documents->setItem(r, 2, new QTableWidgetItem(documentDescription(codes[r])));
    }
    m_documents->resizeRowsToContents();
    dl->addWidget(m_documents);
    auto *buttons = new QHBoxLayout;
    const struct
    {
        QString format;
        QString label;
        QString tip;
    } formats[] = {
        { u"pdf"_s, tr("PDF…"), tr("The selected document as a letter-size PDF to print or send to the council.") },
        { u"xlsx"_s, tr("Excel (XLSX)…"), tr("The selected document as an Excel workbook with typed numbers.") },
        { u"csv"_s, tr("CSV…"), tr("The selected document as a CSV file that Excel opens in Spanish.") },
        { u"odt"_s, tr("Writer (ODT)…"),
          tr("The selected document as a text document to keep editing in Word or LibreOffice.") },
    };
    for (const auto &[format, label, tip] : formats) {
        auto *button = new QPushButton(label);
        button->setObjectName(u"export_"_s + format);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, format] { exportSelected(format); });
        buttons->addWidget(button);
        m_formatButtons.append({ format, button });
    }
    buttons->addSpacing(16);
    m_previewButton = new QPushButton(tr("Print preview"));
    m_previewButton->setObjectName(u"printPreview"_s);
    m_previewButton->setToolTip(tr("Shows the pages exactly as they will be printed."));
    connect(m_previewButton, &QPushButton::clicked, this, &DocumentsPage::previewSelected);
    buttons->addWidget(m_previewButton);
    m_printButton = new QPushButton(tr("Print…"));
    m_printButton->setObjectName(u"print"_s);
    m_printButton->setToolTip(tr("Prints the selected document (Ctrl+P)."));
    m_printButton->setShortcut(QKeySequence::Print);
    connect(m_printButton, &QPushButton::clicked, this, &DocumentsPage::printSelected);
    buttons->addWidget(m_printButton);
    buttons->addStretch();
    auto *all = new QPushButton(tr("Export everything…"));
    all->setObjectName(u"exportAll"_s);
    all->setToolTip(tr("Every document in every format, into a folder."));
    connect(all, &QPushButton::clicked, this, &DocumentsPage::exportEverything);
    buttons->addWidget(all);
    dl->addLayout(buttons);
    m_exportResult = new QLabel;
    m_exportResult->setObjectName(u"exportResult"_s);
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dl->addWidget(m_exportResult);
    connect(m_documents, &QTableWidget::itemSelectionChanged, this, &DocumentsPage::updateDocumentButtons);
    m_documents->selectRow(0);
    updateDocumentButtons();
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
    tabs()->addTab(docs, tr("Documents"));
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

QString DocumentsPage::documentName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        { u"alistamiento"_s, QT_TR_NOOP("Readiness checklist") },
        { u"equipo"_s, QT_TR_NOOP("Territorial team") },
        { u"lineas"_s, QT_TR_NOOP("Strategic lines") },
        { u"diagnostico"_s, QT_TR_NOOP("Diagnosis") },
        { u"plan-estrategico"_s, QT_TR_NOOP("Strategic part") },
        { u"ppi"_s, QT_TR_NOOP("Plan Plurianual de Inversiones") },
        { u"plan-indicativo"_s, QT_TR_NOOP("Plan Indicativo") },
        { u"plan-accion"_s, QT_TR_NOOP("Action plan") },
        { u"estado"_s, QT_TR_NOOP("Status of our plan") },
        { u"seguimiento"_s, QT_TR_NOOP("Follow-up") },
        { u"pdt"_s, QT_TR_NOOP("Full plan document (PDT)") },
        { u"kpt"_s, QT_TR_NOOP("KPT 2024-2027 workbook") },
    };
    const char *name = names.value(code);
    return name ? tr(name) : code;
}

QString DocumentsPage::documentDescription(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        { u"alistamiento"_s, QT_TR_NOOP("The readiness checklist with the evidence of each item.") },
        { u"equipo"_s, QT_TR_NOOP("Who formulates the plan: position, office, role and contact.") },
        { u"lineas"_s, QT_TR_NOOP("Each strategic line with its weight, sectors, programs, goals and investment.") },
        { u"diagnostico"_s, QT_TR_NOOP("The wellbeing indicators with their values by year.") },
        { u"plan-estrategico"_s,
          QT_TR_NOOP("Per line, its prioritised wellbeing indicators and its budget programs.") },
        { u"ppi"_s, QT_TR_NOOP("Money per product, year and funding source, with totals.") },
        { u"plan-indicativo"_s, QT_TR_NOOP("Every product goal with its annual targets, office and resources.") },
        { u"plan-accion"_s, QT_TR_NOOP("The goals of one year for one office (or all), with their resources.") },
        { u"estado"_s, QT_TR_NOOP("How complete each module and line is, and everything that is pending.") },
        { u"seguimiento"_s, QT_TR_NOOP("Progress and eficacia by line, program and product for a year.") },
        { u"pdt"_s,
          QT_TR_NOOP("Diagnosis, strategic part, investment plan and indicative plan summary, to keep "
                     "editing in Word or LibreOffice (ODT) or to print (PDF).") },
        { u"kpt"_s,
          QT_TR_NOOP("The plan in the layout of DNP's Kit de Planeación Territorial workbook (lines, result "
                     "indicators, SGR initiatives, Plan Indicativo with its 86 columns); Planea imports it back.") },
    };
    const char *text = texts.value(code);
    return text ? tr(text) : QString();
}

QString DocumentsPage::selectedDocument() const
{
    const QList<QTableWidgetItem *> items = m_documents->selectedItems();
    if (items.isEmpty())
        return QString();
    const QTableWidgetItem *first = m_documents->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

void DocumentsPage::updateDocumentButtons()
{
    const QStringList formats = exporting::formatsOf(selectedDocument());
    const bool idle = m_export == nullptr;
    for (const auto &[format, button] : m_formatButtons)
        button->setEnabled(idle && formats.contains(format));
    m_previewButton->setEnabled(formats.contains(u"pdf"_s));
    m_printButton->setEnabled(formats.contains(u"pdf"_s));
}

report::ReportContext DocumentsPage::catalogContext() const
{
    // Names resolved now, on the UI thread, so the export thread never touches the catalog.
    report::ReportContext context;
    const Catalog *catalog = document()->catalog();
    if (!catalog)
        return context;
    QHash<QString, QString> sectors;
    QHash<QString, QString> sources;
    const PlanData &d = document()->data();
    auto addSector = [&](const QString &code) {
        if (const CatalogSector *s = catalog->sector(code))
            sectors.insert(code, s->name);
    };
    for (const StrategicLine &l : d.lines) {
        for (const QString &code : l.sectorCodes)
            addSector(code);
    }
    for (const BudgetProgram &p : d.programs)
        addSector(p.code.left(2));
    for (const WellbeingIndicator &w : d.wellbeingIndicators)
        addSector(w.sectorCode);
    for (const InvestmentAmount &a : d.investments) {
        if (!sources.contains(a.sourceCode)) {
            if (const CatalogFundingSource *s = catalog->fundingSource(a.sourceCode))
                sources.insert(a.sourceCode, s->name);
        }
    }
    QHash<int, QString> sdgs;
    for (const CatalogSdg &s : catalog->sdgs())
        sdgs.insert(s.number, s.shortName);
    context.sectorName = [sectors](const QString &code) { return sectors.value(code); };
    context.sourceName = [sources](const QString &code) { return sources.value(code); };
    context.sdgName = [sdgs](int number) { return sdgs.value(number); };
    return context;
}

void DocumentsPage::exportSelected(const QString &format)
{
    exportDocument(selectedDocument(), format);
}

void DocumentsPage::exportDocument(const QString &doc, const QString &format)
{
    if (doc.isEmpty() || !exporting::formatsOf(doc).contains(format))
        return;
    const QString folder = QFileInfo(document()->path()).absolutePath();
    ExportDialog dialog(document()->data(), doc, format, QDir(folder).filePath(exporting::exportFileName(doc, format)),
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report::ReportContext context = catalogContext();
    context.office = dialog.context().office;
    context.year = dialog.context().year;
    exporting::ExportOptions options;
    options.csv = dialog.csvOptions();
    startExport(doc, format, dialog.path(), context, options);
}

void DocumentsPage::startExport(const QString &documentCode, const QString &format, const QString &path,
                                const report::ReportContext &context, const exporting::ExportOptions &options)
{
    const PlanData plan = document()->data(); // a copy: the plan may change while the export runs
    runInBackground(
        tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
        [plan, documentCode, format, path, context, options](const exporting::ProgressCallback &progress) {
            exporting::ExportOptions o = options;
            o.progress = progress;
            return exporting::exportDocument(plan, documentCode, format, path, context, o);
        },
        tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentsPage::exportEverything()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for every document"),
                                                             QFileInfo(document()->path()).absolutePath());
    if (folder.isEmpty())
        return;
    const PlanData plan = document()->data();
    const report::ReportContext context = catalogContext();
    exporting::ExportOptions options;
    options.csv = ExportDialog::defaultCsvOptions();
    runInBackground(
        tr("Writing every document into %1…").arg(QDir::toNativeSeparators(folder)),
        [plan, folder, context, options](const exporting::ProgressCallback &progress) -> Status {
            exporting::ExportOptions o = options;
            o.progress = progress;
            auto written = exporting::exportAll(plan, folder, context, o);
            if (!written)
                return written.error();
            return {};
        },
        tr("Every document was written into %1.").arg(QDir::toNativeSeparators(folder)));
}

void DocumentsPage::runInBackground(const QString &label,
                                    std::function<Status(const exporting::ProgressCallback &)> job,
                                    const QString &doneMessage)
{
    if (m_export)
        return;
    m_export = new BackgroundExport(std::move(job), this);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &BackgroundExport::cancel);
    connect(m_export, &BackgroundExport::progressChanged, m_progress, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(std::min(done, total));
    });
    connect(m_export, &BackgroundExport::finished, this, [this, doneMessage] {
        const Status status = m_export->status();
        m_export->deleteLater();
        m_export = nullptr;
        m_progress->deleteLater();
        m_progress = nullptr;
        updateDocumentButtons();
        const QString message = status.ok() ? doneMessage : status.error().message;
        m_exportResult->setText(message);
        emit exportFinished(status.ok(), message);
        if (!status.ok() && status.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(this, tr("Export"), message);
    });
    updateDocumentButtons();
    m_export->start();
}

void DocumentsPage::previewSelected()
{
    const QString doc = selectedDocument();
    if (!exporting::formatsOf(doc).contains(u"pdf"_s))
        return;
    QPrinter printer(QPrinter::HighResolution);
    // The PDF's resolution: text is measured the same way, so the pages break where they do in
    // the PDF file.
    printer.setResolution(300);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(documentName(doc)));
    const report::ReportContext context = catalogContext();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, doc, context](QPrinter *p) {
        // The same painter code as the PDF file, so the preview shows exactly what prints.
        if (auto s = exporting::printDocument(document()->data(), doc, *p, context); !s)
            QMessageBox::warning(this, tr("Print preview"), s.error().message);
    });
    preview.exec();
}

void DocumentsPage::printSelected()
{
    const QString doc = selectedDocument();
    if (!exporting::formatsOf(doc).contains(u"pdf"_s))
        return;
    QPrinter printer(QPrinter::HighResolution);
    // The PDF's resolution: text is measured the same way, so the pages break where they do in
    // the PDF file.
    printer.setResolution(300);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print: %1").arg(documentName(doc)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = exporting::printDocument(document()->data(), doc, printer, catalogContext()); !s)
        QMessageBox::warning(this, tr("Print"), s.error().message);
}

} // namespace planea::ui
