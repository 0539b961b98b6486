#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace planea {

/// A zip archive built in memory (QuaZip seeks back over what it wrote), with its parts in the
/// order given: the container of the .xlsx and .odt files Planea writes.
struct ZippedParts
{
    QByteArray bytes;
    int error = 0; ///< QuaZip's error code; 0: the archive is complete
};

/// Zips `parts` (name, bytes), deflated, except `storedPart`, which is stored uncompressed (ODF
/// requires it of its "mimetype", which must also come first).
ZippedParts zipParts(const QList<std::pair<QString, QByteArray>> &parts, const QString &storedPart = {});

} // namespace planea
