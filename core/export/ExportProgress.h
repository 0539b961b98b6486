#pragma once

#include <functional>

namespace planea::exporting {

/// Called while a document is written with the work done so far out of `total` (rows, pages or
/// files). Returning false cancels: the exporter stops and reports a Cancelled error; nothing is
/// left at the target path. An empty function never cancels.
using ProgressCallback = std::function<bool(int done, int total)>;

inline bool reportProgress(const ProgressCallback &progress, int done, int total)
{
    return !progress || progress(done, total);
}

} // namespace planea::exporting
