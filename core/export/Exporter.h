#pragma once

#include "DocumentHeader.h"
#include "report/Report.h"
#include "util/Result.h"

class QIODevice;

namespace planea::exporting {

/// Renders a computed report into one file format. Exporters never compute: every number comes
/// from the Report.
class Exporter
{
public:
    virtual ~Exporter() = default;
    /// Stable code used on the command line and in settings, e.g. "csv".
    virtual QString formatCode() const = 0;
    virtual QString fileSuffix() const = 0;
    virtual Status write(const report::Report &report, QIODevice &device) const = 0;
    /// Writes the report with the plan's header (entity, date, version, fingerprint). Formats
    /// that have no place for it (CSV) write the bare table.
    virtual Status writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const
    {
        Q_UNUSED(header);
        return write(report, device);
    }
};

} // namespace planea::exporting
