#include "DocumentExport.h"

#include "CsvExporter.h"
#include "ExporterRegistry.h"
#include "PdfExporter.h"
#include "PdtDocument.h"
#include "domain/PlanData.h"
#include "exchange/KptWorkbook.h"
#include "report/ReportRegistry.h"
#include "report/RouteReports.h"
#include "util/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

const QString Pdt = u"pdt"_s;
const QString Kpt = u"kpt"_s; ///< the KPT 2024-2027 workbook (exchange/KptWorkbook.h), not a report

/// Checks the per-office and per-year options against the plan.
Status checkContext(const PlanData &plan, const QString &doc, const report::ReportContext &context)
{
    if (context.year != 0 && !plan.info.term.contains(context.year)) {
        return Error::badInput(
            QCoreApplication::translate("DocumentExport", "The year %1 is not in the plan's term (%2–%3).")
                .arg(context.year)
                .arg(plan.info.term.startYear)
                .arg(plan.info.term.endYear()));
    }
    if (doc == u"plan-accion"_s && !context.office.trimmed().isEmpty() && !report::findOffice(plan, context.office)) {
        QStringList names;
        for (const Office &o : plan.offices)
            names.append(o.name);
        return Error::badInput(
            QCoreApplication::translate("DocumentExport", "The plan has no office «%1». Offices: %2.")
                .arg(context.office.trimmed(), names.join(u"; "_s)));
    }
    return {};
}

DocumentHeader pdtHeader(const PlanData &plan)
{
    report::Report pdt;
    pdt.code = Pdt;
    pdt.title = QCoreApplication::translate("DocumentExport", "Territorial Development Plan");
    pdt.subtitle = u"%1–%2"_s.arg(plan.info.term.startYear).arg(plan.info.term.endYear());
    return DocumentHeader::fromPlan(plan, pdt, QDate::currentDate());
}

} // namespace

QStringList exportableDocuments()
{
    QStringList out;
    for (const QString &code : report::allDocumentCodes()) {
        if (code == Pdt || code == Kpt || report::availableDocumentCodes().contains(code))
            out.append(code);
    }
    return out;
}

QStringList formatsOf(const QString &documentCode)
{
    const QString doc = documentCode.trimmed().toLower();
    if (doc == Pdt)
        return { u"odt"_s, u"pdf"_s };
    if (doc == Kpt)
        return { u"xlsx"_s };
    if (report::availableDocumentCodes().contains(doc))
        return { u"csv"_s, u"xlsx"_s, u"pdf"_s };
    return {};
}

QString exportFileName(const QString &documentCode, const QString &formatCode)
{
    return documentCode + u"."_s + formatCode;
}

Status exportDocument(const PlanData &plan, const QString &documentCode, const QString &formatCode, const QString &path,
                      const report::ReportContext &context, const ExportOptions &options)
{
    const QString doc = documentCode.trimmed().toLower();
    const QString format = formatCode.trimmed().toLower();
    if (!report::allDocumentCodes().contains(doc)) {
        return Error::badInput(QCoreApplication::translate("DocumentExport", "Unknown document «%1». Documents: %2.")
                                   .arg(documentCode, report::allDocumentCodes().join(u", "_s)));
    }
    static const QStringList knownFormats = { u"pdf"_s, u"csv"_s, u"xlsx"_s, u"odt"_s };
    if (!knownFormats.contains(format)) {
        return Error::badInput(QCoreApplication::translate("DocumentExport", "Unknown format «%1». Formats: %2.")
                                   .arg(formatCode, knownFormats.join(u", "_s)));
    }
    const QStringList formats = formatsOf(doc);
    if (formats.isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate(
                "DocumentExport",
                "The document «%1» is not available yet in this version of Planea. Available documents: %2.")
                .arg(doc, exportableDocuments().join(u", "_s)));
    }
    if (!formats.contains(format)) {
        return Error::badInput(
            QCoreApplication::translate("DocumentExport", "The document «%1» cannot be written as %2. Its formats: %3.")
                .arg(doc, format, formats.join(u", "_s)));
    }
    if (auto s = checkContext(plan, doc, context); !s)
        return s;

    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::io(QCoreApplication::translate("DocumentExport", "The folder «%1» does not exist.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Error::badInput(QCoreApplication::translate("DocumentExport", "«%1» is a folder, not a file.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (doc == Pdt && !haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    // Built in memory, then written, synced, checked and renamed in one place (safe::writeFile).
    return safe::writeFile(path, [&](QIODevice &file) -> Status {
        if (doc == Kpt) {
            kpt::ExportOptions kptOptions;
            kptOptions.context = context;
            kptOptions.sdgName = context.sdgName;
            return kpt::buildWorkbook(plan, kptOptions).write(file);
        }
        if (doc == Pdt) {
            std::unique_ptr<QTextDocument> document = buildPdtDocument(plan, context);
            if (format == u"odt"_s)
                return writePdtOdt(*document, pdtHeader(plan), file);
            return writePdtPdf(*document, pdtHeader(plan), file, options.progress);
        }
        const std::optional<report::Report> report = report::buildReport(doc, plan, context);
        const DocumentHeader header = DocumentHeader::fromPlan(plan, *report, QDate::currentDate());
        if (format == u"csv"_s)
            return CsvExporter(options.csv).writeDocument(*report, header, file);
        if (format == u"pdf"_s)
            return PdfExporter().writeDocument(*report, header, file, options.progress);
        const ExporterRegistry registry = ExporterRegistry::withDefaults();
        const Exporter *exporter = registry.find(format);
        return exporter
            ? exporter->writeDocument(*report, header, file)
            : Status(Error::internal(
                QCoreApplication::translate("DocumentExport", "No writer for the format «%1».").arg(format)));
    });
}

QStringList exportAllFileNames()
{
    QStringList names;
    for (const QString &doc : exportableDocuments()) {
        for (const QString &format : formatsOf(doc))
            names.append(exportFileName(doc, format));
    }
    return names;
}

Result<QStringList> exportAll(const PlanData &plan, const QString &folder, const report::ReportContext &context,
                              const ExportOptions &options)
{
    if (!QFileInfo(folder).isDir())
        return Error::io(QCoreApplication::translate("DocumentExport", "The folder «%1» does not exist.")
                             .arg(QDir::toNativeSeparators(folder)));
    report::ReportContext allOffices = context;
    allOffices.office.clear();
    if (auto s = checkContext(plan, QString(), allOffices); !s)
        return s.error();

    QList<QPair<QString, QString>> jobs;
    for (const QString &doc : exportableDocuments()) {
        for (const QString &format : formatsOf(doc))
            jobs.append({ doc, format });
    }
    const int total = int(jobs.size());
    QStringList written;
    for (int i = 0; i < total; ++i) {
        if (!reportProgress(options.progress, i, total))
            return Error::cancelled(QCoreApplication::translate("PdfExporter", "The export was cancelled."));
        ExportOptions one = options;
        if (options.progress) {
            // Inside one file, only cancellation matters to the caller.
            one.progress = [&options, i, total](int, int) { return options.progress(i, total); };
        }
        const QString name = exportFileName(jobs[i].first, jobs[i].second);
        if (auto s = exportDocument(plan, jobs[i].first, jobs[i].second, QDir(folder).filePath(name), allOffices, one);
            !s)
            return s.error();
        written.append(name);
    }
    reportProgress(options.progress, total, total);
    return written;
}

Status printDocument(const PlanData &plan, const QString &documentCode, QPagedPaintDevice &device,
                     const report::ReportContext &context, const ProgressCallback &progress)
{
    const QString doc = documentCode.trimmed().toLower();
    if (!formatsOf(doc).contains(u"pdf"_s)) {
        return Error::badInput(
            QCoreApplication::translate(
                "DocumentExport",
                "The document «%1» is not available yet in this version of Planea. Available documents: %2.")
                .arg(doc, exportableDocuments().join(u", "_s)));
    }
    if (auto s = checkContext(plan, doc, context); !s)
        return s;
    if (doc == Pdt) {
        std::unique_ptr<QTextDocument> document = buildPdtDocument(plan, context);
        device.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(20, 15, 20, 15),
                                         QPageLayout::Millimeter));
        return renderPdt(*document, pdtHeader(plan), device, progress);
    }
    const std::optional<report::Report> report = report::buildReport(doc, plan, context);
    device.setPageLayout(PdfExporter::pageLayoutFor(*report));
    return PdfExporter::render(*report, DocumentHeader::fromPlan(plan, *report, QDate::currentDate()), device,
                               progress);
}

} // namespace planea::exporting
