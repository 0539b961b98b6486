#include "ZipWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace planea {

ZippedParts zipParts(const QList<std::pair<QString, QByteArray>> &parts, const QString &storedPart)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return { {}, zip.getZipError() };
        const QDateTime stamp = QDateTime::currentDateTime();
        for (const auto &[name, bytes] : parts) {
            QuaZipFile part(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = stamp;
            const bool stored = !storedPart.isEmpty() && name == storedPart;
            if (!part.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED)
                || part.write(bytes) != bytes.size())
                return { {}, part.getZipError() != 0 ? part.getZipError() : -1 };
            part.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return { {}, zip.getZipError() };
    }
    return { buffer.data(), 0 };
}

} // namespace planea
