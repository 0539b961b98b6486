#include "DocumentExport.h"

#include "ExporterRegistry.h"
#include "domain/PlanData.h"
#include "report/ReportRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

Status exportDocument(const PlanData &plan, const QString &documentCode, const QString &formatCode, const QString &path,
                      const report::ReportContext &context)
{
    const QString doc = documentCode.trimmed().toLower();
    if (!report::allDocumentCodes().contains(doc)) {
        return Error::badInput(QCoreApplication::translate("DocumentExport", "Unknown document «%1». Documents: %2.")
                                   .arg(documentCode, report::allDocumentCodes().join(u", "_s)));
    }
    const ExporterRegistry registry = ExporterRegistry::withDefaults();
    const Exporter *exporter = registry.find(formatCode);
    static const QStringList knownFormats = { u"pdf"_s, u"csv"_s, u"xlsx"_s, u"odt"_s };
    if (!exporter) {
        if (knownFormats.contains(formatCode.trimmed().toLower()))
            return Error::badInput(
                QCoreApplication::translate(
                    "DocumentExport",
                    "The format «%1» is not available yet in this version of Planea. Available formats: %2.")
                    .arg(formatCode, registry.formats().join(u", "_s)));
        return Error::badInput(QCoreApplication::translate("DocumentExport", "Unknown format «%1». Formats: %2.")
                                   .arg(formatCode, knownFormats.join(u", "_s)));
    }
    const std::optional<report::Report> report = report::buildReport(doc, plan, context);
    if (!report) {
        return Error::badInput(
            QCoreApplication::translate(
                "DocumentExport",
                "The document «%1» is not available yet in this version of Planea. Available documents: %2.")
                .arg(doc, report::availableDocumentCodes().join(u", "_s)));
    }

    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::io(QCoreApplication::translate("DocumentExport", "The folder «%1» does not exist.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Error::badInput(QCoreApplication::translate("DocumentExport", "«%1» is a folder, not a file.")
                                   .arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(QCoreApplication::translate("DocumentExport", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const DocumentHeader header = DocumentHeader::fromPlan(plan, *report, QDate::currentDate());
    if (auto status = exporter->writeDocument(*report, header, file); !status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit()) {
        return Error::io(QCoreApplication::translate("DocumentExport", "Could not write «%1»: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace planea::exporting
