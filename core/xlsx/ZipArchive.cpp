#include "xlsx/ZipArchive.h"

#include <QtEndian>

#include <zlib.h>

namespace planea {

namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64End = 0x06064b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kChunk = 64 * 1024;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}
quint64 u64(const QByteArray &b, qsizetype at)
{
    return at + 8 <= b.size() ? qFromLittleEndian<quint64>(b.constData() + at) : 0;
}

QByteArray readAt(QIODevice *device, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || offset > device->size() || !device->seek(offset))
        return {};
    return device->read(qMin(size, device->size() - offset));
}

} // namespace

bool ZipArchive::open(QIODevice *device)
{
    m_device = device;
    m_entries.clear();
    m_byName.clear();
    const qint64 size = device->size();
    if (size < 22)
        return false;
    // The end-of-directory record is in the last 64 KiB + 22 bytes (after an optional comment).
    const qint64 tailStart = qMax<qint64>(0, size - (65535 + 22));
    const QByteArray tail = readAt(device, tailStart, size - tailStart);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail, i) == kEndOfDirectory) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return false;
    quint64 count = u16(tail, eocd + 10);
    quint64 directorySize = u32(tail, eocd + 12);
    quint64 directoryOffset = u32(tail, eocd + 16);
    if (eocd >= 20 && u32(tail, eocd - 20) == kZip64Locator) {
        const QByteArray end64 = readAt(device, qint64(u64(tail, eocd - 20 + 8)), 56);
        if (u32(end64, 0) != kZip64End)
            return false;
        count = u64(end64, 32);
        directorySize = u64(end64, 40);
        directoryOffset = u64(end64, 48);
    }
    if (directoryOffset > quint64(size) || directorySize > quint64(size) - directoryOffset
        || count > directorySize / 46)
        return false;
    const QByteArray dir = readAt(device, qint64(directoryOffset), qint64(directorySize));
    if (quint64(dir.size()) != directorySize)
        return false;
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (u32(dir, at) != kDirectoryEntry || at + 46 > dir.size())
            return false;
        Entry e;
        const quint16 flags = u16(dir, at + 8);
        e.encrypted = (flags & 1) != 0;
        e.method = u16(dir, at + 10);
        e.crc = u32(dir, at + 16);
        e.compressedSize = u32(dir, at + 20);
        e.uncompressedSize = u32(dir, at + 24);
        const quint16 nameLength = u16(dir, at + 28);
        const quint16 extraLength = u16(dir, at + 30);
        const quint16 commentLength = u16(dir, at + 32);
        e.localHeaderOffset = u32(dir, at + 42);
        if (at + 46 + nameLength + extraLength + commentLength > dir.size())
            return false;
        const QByteArray rawName = dir.mid(at + 46, nameLength);
        e.name = (flags & 0x800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        // Zip64 extra field: the 64-bit values of the fields saturated at 0xFFFFFFFF, in order.
        qsizetype x = at + 46 + nameLength;
        const qsizetype extraEnd = x + extraLength;
        while (x + 4 <= extraEnd) {
            const quint16 id = u16(dir, x);
            const quint16 length = u16(dir, x + 2);
            if (id == 0x0001) {
                qsizetype p = x + 4;
                const qsizetype end = qMin<qsizetype>(x + 4 + length, extraEnd);
                if (e.uncompressedSize == 0xFFFFFFFFu && p + 8 <= end) {
                    e.uncompressedSize = u64(dir, p);
                    p += 8;
                }
                if (e.compressedSize == 0xFFFFFFFFu && p + 8 <= end) {
                    e.compressedSize = u64(dir, p);
                    p += 8;
                }
                if (e.localHeaderOffset == 0xFFFFFFFFu && p + 8 <= end)
                    e.localHeaderOffset = u64(dir, p);
            }
            x += 4 + length;
        }
        at = extraEnd + commentLength;
        m_byName.insert(e.name.toLower(), m_entries.size());
        m_entries.append(e);
    }
    return true;
}

const ZipArchive::Entry *ZipArchive::find(const QString &name) const
{
    const auto it = m_byName.constFind(name.toLower());
    return it == m_byName.constEnd() ? nullptr : &m_entries[it.value()];
}

struct ZipArchive::EntryDevice::Inflater
{
    z_stream stream {};
    bool initialised = false;
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

ZipArchive::EntryDevice::EntryDevice(QIODevice *archive, const Entry &entry, qint64 limit)
    : m_archive(archive)
    , m_entry(entry)
    , m_limit(limit)
{
}

ZipArchive::EntryDevice::~EntryDevice() = default;

bool ZipArchive::EntryDevice::start()
{
    m_started = true;
    if (m_entry.encrypted || (m_entry.method != 0 && m_entry.method != 8)) {
        m_unsupported = true;
        return false;
    }
    const QByteArray local = readAt(m_archive, qint64(m_entry.localHeaderOffset), 30);
    if (local.size() != 30 || u32(local, 0) != kLocalHeader) {
        m_damaged = true;
        return false;
    }
    m_dataOffset = qint64(m_entry.localHeaderOffset) + 30 + u16(local, 26) + u16(local, 28);
    if (m_dataOffset > m_archive->size() || m_entry.compressedSize > quint64(m_archive->size() - m_dataOffset)) {
        m_damaged = true;
        return false;
    }
    m_crc = quint32(crc32(0, nullptr, 0));
    if (m_entry.method == 8) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->stream, -MAX_WBITS) != Z_OK) {
            m_damaged = true;
            return false;
        }
        m_inflater->initialised = true;
    }
    return true;
}

qint64 ZipArchive::EntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_exceeded || m_damaged || m_unsupported)
        return -1;
    if (!m_started && !start())
        return -1;
    if (m_finished)
        return -1;
    if (maxSize <= 0)
        return 0;
    maxSize = qMin(maxSize, kChunk);
    qint64 produced = 0;
    while (produced == 0 && !m_finished) {
        if (m_input.isEmpty() && m_consumed < m_entry.compressedSize) {
            const qint64 want = qint64(qMin<quint64>(quint64(kChunk), m_entry.compressedSize - m_consumed));
            m_input = readAt(m_archive, m_dataOffset + qint64(m_consumed), want);
            if (m_input.size() != want)
                return fail(m_damaged);
            m_consumed += quint64(want);
        }
        if (m_entry.method == 0) {
            if (m_input.isEmpty()) {
                m_finished = true;
                break;
            }
            produced = qMin<qint64>(maxSize, m_input.size());
            memcpy(data, m_input.constData(), size_t(produced));
            m_input.remove(0, produced);
        } else {
            z_stream &z = m_inflater->stream;
            z.next_in = reinterpret_cast<Bytef *>(m_input.data());
            z.avail_in = uInt(m_input.size());
            z.next_out = reinterpret_cast<Bytef *>(data);
            z.avail_out = uInt(maxSize);
            const int status = inflate(&z, Z_NO_FLUSH);
            m_input.remove(0, m_input.size() - qsizetype(z.avail_in));
            produced = maxSize - qint64(z.avail_out);
            if (status == Z_STREAM_END)
                m_finished = true;
            else if (status != Z_OK && status != Z_BUF_ERROR)
                return fail(m_damaged);
            else if (produced == 0 && m_input.isEmpty() && m_consumed >= m_entry.compressedSize)
                return fail(m_damaged); // the data ends before the deflate stream does
        }
    }
    if (produced > 0) {
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced)));
        m_produced += produced;
        if (m_produced > m_limit)
            return fail(m_exceeded);
        if (quint64(m_produced) > m_entry.uncompressedSize)
            return fail(m_damaged); // more than its header said: a lie, maybe a zip bomb
    }
    if (m_finished && (quint64(m_produced) != m_entry.uncompressedSize || m_crc != m_entry.crc))
        return fail(m_damaged);
    return produced > 0 ? produced : -1;
}

} // namespace planea
