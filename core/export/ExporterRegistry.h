#pragma once

#include "Exporter.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace planea::exporting {

/// The file formats Planea can write. The UI and the CLI pick an exporter from here by its code;
/// a new format is one more registration, not a change in its callers.
class ExporterRegistry
{
public:
    /// Every format this build can write.
    static ExporterRegistry withDefaults();

    void add(std::unique_ptr<Exporter> exporter);
    /// nullptr when the format is not available.
    const Exporter *find(const QString &formatCode) const;
    QStringList formats() const;

private:
    std::vector<std::shared_ptr<const Exporter>> m_exporters;
};

} // namespace planea::exporting
