#pragma once

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace planea {

/// A read-only zip archive (the container of .xlsx files) over a random-access device, with zlib.
/// Not QuaZip: reading with zlib directly gives exact control of the size limits (zip bombs) and
/// CRC checks, and keeps the reader free of minizip's exported symbols.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint64 localHeaderOffset = 0;
        quint32 crc = 0;
        quint16 method = 0; ///< 0 stored, 8 deflated
        bool encrypted = false;
    };

    /// False when the device does not hold a readable zip central directory.
    bool open(QIODevice *device);
    const QList<Entry> &entries() const { return m_entries; }
    /// Case-insensitive lookup (Excel treats part names so); nullptr when absent.
    const Entry *find(const QString &name) const;

    /// A sequential device that inflates `entry` and gives at most `limit` bytes: exceeded() when
    /// the part holds more, damaged() when its data, size or CRC do not match its header.
    class EntryDevice : public QIODevice
    {
    public:
        EntryDevice(QIODevice *archive, const Entry &entry, qint64 limit);
        ~EntryDevice() override;
        bool isSequential() const override { return true; }
        bool exceeded() const { return m_exceeded; }
        bool damaged() const { return m_damaged; }
        bool unsupported() const { return m_unsupported; }
        qint64 produced() const { return m_produced; }

    protected:
        qint64 readData(char *data, qint64 maxSize) override;
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        bool start();
        qint64 fail(bool &flag)
        {
            flag = true;
            return -1;
        }

        QIODevice *m_archive;
        Entry m_entry;
        qint64 m_limit;
        qint64 m_dataOffset = -1;
        quint64 m_consumed = 0; ///< compressed bytes read
        qint64 m_produced = 0;
        quint32 m_crc = 0;
        bool m_started = false;
        bool m_finished = false;
        bool m_exceeded = false;
        bool m_damaged = false;
        bool m_unsupported = false;
        QByteArray m_input;
        struct Inflater;
        std::unique_ptr<Inflater> m_inflater;
    };

private:
    QIODevice *m_device = nullptr;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName; ///< lower-case name -> index
};

} // namespace planea
