#include "ExporterRegistry.h"

#include "CsvExporter.h"
#include "PdfExporter.h"
#include "XlsxExporter.h"

namespace planea::exporting {

ExporterRegistry ExporterRegistry::withDefaults()
{
    ExporterRegistry registry;
    registry.add(std::make_unique<CsvExporter>());
    registry.add(std::make_unique<XlsxExporter>());
    registry.add(std::make_unique<PdfExporter>());
    return registry;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    if (exporter)
        m_exporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::find(const QString &formatCode) const
{
    const QString wanted = formatCode.trimmed().toLower();
    for (const auto &exporter : m_exporters) {
        if (exporter->formatCode() == wanted)
            return exporter.get();
    }
    return nullptr;
}

QStringList ExporterRegistry::formats() const
{
    QStringList out;
    for (const auto &exporter : m_exporters)
        out.append(exporter->formatCode());
    return out;
}

} // namespace planea::exporting
