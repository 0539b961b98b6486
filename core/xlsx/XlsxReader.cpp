#include "xlsx/XlsxReader.h"

#include "xlsx/ZipArchive.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;
constexpr qint64 kMaxFilledMergeArea = 10'000;
constexpr qint64 kMaxFilledMergeWork = 1'000'000;

bool isXmlTrue(QStringView v)
{
    return v == u"1"_s || v == u"true"_s;
}

/// Date formats: the built-in ids 14–22 and custom codes with day, month or year letters
/// outside quoted text and [colour]/[$-locale] brackets ("m" alone with h or s is minutes).
bool isDateFormat(int id, const QString &code)
{
    if (id >= 14 && id <= 22)
        return true;
    if (code.isEmpty())
        return false;
    QString bare;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'[')
            ++bracket;
        else if (c == u']')
            bracket = qMax(0, bracket - 1);
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i; // the next character is literal or padding
        else if (bracket == 0)
            bare.append(c.toLower());
    }
    if (bare.contains(u'y') || bare.contains(u'd'))
        return true;
    return bare.contains(u'm') && !bare.contains(u'h') && !bare.contains(u's');
}

} // namespace

struct XlsxSheetEntry
{
    QString name;
    QString relationId;
};

/// One reading of one workbook: the zip, the shared strings and styles, the limits used so far.
class XlsxReaderSession
{
public:
    XlsxReaderSession(QIODevice *device, ZipArchive &zip, QString fileName, const XlsxReadOptions &options)
        : m_device(device)
        , m_zip(zip)
        , m_file(std::move(fileName))
        , m_options(options)
    {
    }

    Result<XlsxWorkbook> run();

private:
    using Body = std::function<Status(QXmlStreamReader &)>;

    QString partName(const QString &path) const
    {
        const ZipArchive::Entry *entry = m_zip.find(path);
        return entry ? entry->name : QString();
    }
    Status parsePart(const QString &path, const Body &body);
    Status readEntries();
    Status readWorkbook(QList<XlsxSheetEntry> &sheets);
    Status readRelationships(QHash<QString, QString> &targets, QString &sharedStrings, QString &styles);
    Status readSharedStrings(const QString &path);
    Status readStyles(const QString &path);
    Status readSheet(const QString &path, XlsxSheet &sheet);
    Error sheetError(const XlsxSheet &sheet, const QString &what) const
    {
        return Error::badInput(XlsxReader::tr("«%1», sheet «%2»: %3").arg(m_file, sheet.m_name, what));
    }
    Error cellError(const XlsxSheet &sheet, const QString &cell, const QString &what) const
    {
        return Error::badInput(XlsxReader::tr("«%1», sheet «%2», cell %3: %4").arg(m_file, sheet.m_name, cell, what));
    }
    Status store(XlsxSheet &sheet, int row, int column, XlsxCell cell);
    Status fillMerged(XlsxSheet &sheet);
    XlsxCell toDate(double serial) const;

    QIODevice *m_device;
    ZipArchive &m_zip;
    QString m_file;
    XlsxReadOptions m_options;
    qint64 m_used = 0;
    qint64 m_slots = 0;
    bool m_date1904 = false;
    QList<QString> m_sharedStrings;
    QList<bool> m_dateStyles; ///< per cellXfs index
};

Status XlsxReaderSession::readEntries()
{
    quint64 total = 0;
    for (const ZipArchive::Entry &e : m_zip.entries()) {
        if (e.uncompressedSize > quint64(m_options.maxPartBytes)) {
            return Error::badInput(XlsxReader::tr("«%1»: the part %2 is too large (%3 MB uncompressed; the limit is "
                                                  "%4 MB).")
                                       .arg(m_file, e.name)
                                       .arg((e.uncompressedSize + quint64(kMegabyte) - 1) / quint64(kMegabyte))
                                       .arg(m_options.maxPartBytes / kMegabyte));
        }
        total += e.uncompressedSize;
    }
    if (total > quint64(m_options.maxTotalBytes)) {
        return Error::badInput(XlsxReader::tr("«%1» is too large: its parts add up to more than %2 MB uncompressed.")
                                   .arg(m_file)
                                   .arg(m_options.maxTotalBytes / kMegabyte));
    }
    return {};
}

Status XlsxReaderSession::parsePart(const QString &path, const Body &body)
{
    const ZipArchive::Entry *entry = m_zip.find(path);
    if (!entry)
        return Error::badInput(
            XlsxReader::tr("«%1» is not a valid Excel workbook: the part %2 is missing.").arg(m_file, path));
    const qint64 budget = qMax<qint64>(0, qMin(m_options.maxPartBytes, m_options.maxTotalBytes - m_used));
    ZipArchive::EntryDevice part(m_device, *entry, budget);
    part.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&part);
    Status status = body(xml);
    m_used += part.produced();
    if (part.exceeded()) {
        if (budget == m_options.maxPartBytes) {
            return Error::badInput(XlsxReader::tr("«%1»: the part %2 inflates to more than %3 MB; it is refused.")
                                       .arg(m_file, path)
                                       .arg(m_options.maxPartBytes / kMegabyte));
        }
        return Error::badInput(XlsxReader::tr("«%1» is too large: its parts add up to more than %2 MB uncompressed.")
                                   .arg(m_file)
                                   .arg(m_options.maxTotalBytes / kMegabyte));
    }
    if (part.unsupported()) {
        return Error::badInput(
            XlsxReader::tr("«%1»: the part %2 cannot be opened (the file is damaged or protected with a password).")
                .arg(m_file, path));
    }
    if (part.damaged())
        return Error::badInput(XlsxReader::tr("«%1»: the part %2 is damaged and cannot be read.").arg(m_file, path));
    if (!status)
        return status;
    if (xml.hasError()) {
        return Error::badInput(XlsxReader::tr("«%1», part %2, line %3: the XML is malformed (%4).")
                                   .arg(m_file, path)
                                   .arg(xml.lineNumber())
                                   .arg(xml.errorString()));
    }
    return {};
}

/// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" absolute.
static QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(u"xl/"_s + target);
}

Status XlsxReaderSession::readWorkbook(QList<XlsxSheetEntry> &sheets)
{
    return parsePart(u"xl/workbook.xml"_s, [&](QXmlStreamReader &xml) -> Status {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr"_s) {
                m_date1904 = isXmlTrue(xml.attributes().value(u"date1904"_s));
            } else if (xml.name() == u"sheet"_s) {
                XlsxSheetEntry entry;
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == u"name"_s && a.namespaceUri().isEmpty())
                        entry.name = a.value().toString();
                    else if (a.name() == u"id"_s && !a.namespaceUri().isEmpty())
                        entry.relationId = a.value().toString();
                }
                if (entry.name.isEmpty() || entry.relationId.isEmpty()) {
                    return Error::badInput(XlsxReader::tr("«%1», part xl/workbook.xml, line %2: a sheet lacks its name "
                                                          "or its relationship.")
                                               .arg(m_file)
                                               .arg(xml.lineNumber()));
                }
                sheets.append(entry);
            }
        }
        return {};
    });
}

Status XlsxReaderSession::readRelationships(QHash<QString, QString> &targets, QString &sharedStrings, QString &styles)
{
    return parsePart(u"xl/_rels/workbook.xml.rels"_s, [&](QXmlStreamReader &xml) -> Status {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship"_s)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value(u"TargetMode"_s) == u"External"_s)
                continue;
            const QString target = resolveTarget(a.value(u"Target"_s).toString());
            const QStringView type = a.value(u"Type"_s);
            targets.insert(a.value(u"Id"_s).toString(), target);
            if (type.endsWith(u"/sharedStrings"_s))
                sharedStrings = target;
            else if (type.endsWith(u"/styles"_s))
                styles = target;
        }
        return {};
    });
}

/// The text of a <si> or <is>: its <t>, or the <t> of each rich-text run; phonetic guides
/// (<rPh>) are not part of the value.
static QString readStringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh"_s)
                ++phonetic;
            else if (xml.name() == u"t"_s) {
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (phonetic == 0)
                    text += t;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh"_s)
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Status XlsxReaderSession::readSharedStrings(const QString &path)
{
    return parsePart(path, [&](QXmlStreamReader &xml) -> Status {
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si"_s)
                m_sharedStrings.append(readStringItem(xml));
        }
        return {};
    });
}

Status XlsxReaderSession::readStyles(const QString &path)
{
    return parsePart(path, [&](QXmlStreamReader &xml) -> Status {
        QHash<int, QString> custom;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"numFmt"_s) {
                    custom.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                                  xml.attributes().value(u"formatCode"_s).toString());
                } else if (xml.name() == u"cellXfs"_s) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == u"xf"_s) {
                    const int id = xml.attributes().value(u"numFmtId"_s).toInt();
                    m_dateStyles.append(isDateFormat(id, custom.value(id)));
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs"_s) {
                inCellXfs = false;
            }
        }
        return {};
    });
}

XlsxCell XlsxReaderSession::toDate(double serial) const
{
    // Excel's 1900 system counts 1900-02-29, a day that never was (Lotus compatibility): serials
    // from 61 on are one day ahead, and 60 itself is no date at all.
    QDate base;
    if (m_date1904)
        base = QDate(1904, 1, 1);
    else if (serial >= 61)
        base = QDate(1899, 12, 30);
    else if (serial >= 1 && serial < 60)
        base = QDate(1899, 12, 31);
    if (!base.isValid() || serial < 0 || serial > 2958465) // 9999-12-31
        return { serial, XlsxCellType::Number };
    const qint64 days = qint64(serial);
    const QDate date = base.addDays(days);
    const qint64 ms = qRound64((serial - double(days)) * 86400000.0);
    if (ms == 0)
        return { date, XlsxCellType::Date };
    return { QDateTime(date, QTime(0, 0).addMSecs(int(qMin<qint64>(ms, 86399999)))), XlsxCellType::Date };
}

Status XlsxReaderSession::store(XlsxSheet &sheet, int row, int column, XlsxCell cell)
{
    if (cell.isEmpty())
        return {};
    if (row >= sheet.m_rows.size()) {
        // Empty rows cost memory too (a cell in row 1,048,576 makes a million of them).
        m_slots += row + 1 - sheet.m_rows.size();
        if (m_slots > m_options.maxCells) {
            return sheetError(
                sheet,
                XlsxReader::tr("the workbook is too large: it has more than %L1 cells.").arg(m_options.maxCells));
        }
        sheet.m_rows.resize(row + 1);
    }
    QList<XlsxCell> &cells = sheet.m_rows[row];
    if (column >= cells.size()) {
        m_slots += column + 1 - cells.size();
        if (m_slots > m_options.maxCells) {
            return sheetError(
                sheet,
                XlsxReader::tr("the workbook is too large: it has more than %L1 cells.").arg(m_options.maxCells));
        }
        cells.resize(column + 1);
        sheet.m_columnCount = qMax(sheet.m_columnCount, column + 1);
    }
    cells[column] = std::move(cell);
    return {};
}

Status XlsxReaderSession::readSheet(const QString &path, XlsxSheet &sheet)
{
    return parsePart(path, [&](QXmlStreamReader &xml) -> Status {
        int row = -1;
        int column = -1;
        bool inSheetData = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData"_s)
                inSheetData = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"sheetData"_s) {
                inSheetData = true;
            } else if (inSheetData && name == u"row"_s) {
                const QStringView r = xml.attributes().value(u"r"_s);
                if (r.isEmpty()) {
                    ++row;
                } else {
                    bool ok = false;
                    const int number = r.toInt(&ok);
                    if (!ok || number < 1 || number > 1048576) {
                        return sheetError(sheet,
                                          XlsxReader::tr("the row number «%1» (line %2 of %3) is not valid.")
                                              .arg(r.toString())
                                              .arg(xml.lineNumber())
                                              .arg(path));
                    }
                    row = number - 1;
                }
                column = -1;
            } else if (inSheetData && name == u"c"_s) {
                const QXmlStreamAttributes a = xml.attributes();
                const QString reference = a.value(u"r"_s).toString();
                const QString type = a.value(u"t"_s).toString();
                const int style = a.value(u"s"_s).toInt();
                if (reference.isEmpty()) {
                    row = qMax(row, 0);
                    ++column;
                    if (column > 16383)
                        return sheetError(sheet, XlsxReader::tr("row %1 has more than 16,384 cells.").arg(row + 1));
                } else if (!parseCellReference(reference, &row, &column)) {
                    return sheetError(sheet,
                                      XlsxReader::tr("the cell reference «%1» (line %2 of %3) is not valid.")
                                          .arg(reference)
                                          .arg(xml.lineNumber())
                                          .arg(path));
                }
                QString value;
                QString inlineText;
                bool hasInline = false;
                while (!xml.atEnd()) {
                    const auto t = xml.readNext();
                    if (t == QXmlStreamReader::EndElement && xml.name() == u"c"_s)
                        break;
                    if (t != QXmlStreamReader::StartElement)
                        continue;
                    if (xml.name() == u"v"_s) {
                        value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    } else if (xml.name() == u"is"_s) {
                        inlineText = readStringItem(xml);
                        hasInline = true;
                    } else {
                        xml.skipCurrentElement(); // <f> formulas and <extLst>: only cached values matter
                    }
                }
                if (xml.hasError())
                    return {};
                const auto here = [row, column] { return cellName(row, column); }; // only for messages
                XlsxCell cell;
                if (type == u"s"_s) {
                    bool ok = false;
                    const int index = value.trimmed().toInt(&ok);
                    if (!ok || index < 0 || index >= m_sharedStrings.size()) {
                        return cellError(sheet, here(),
                                         XlsxReader::tr("the shared string «%1» does not exist (the workbook has %2).")
                                             .arg(value)
                                             .arg(m_sharedStrings.size()));
                    }
                    cell = { m_sharedStrings.at(index), XlsxCellType::String };
                } else if (type == u"inlineStr"_s) {
                    cell = { hasInline ? inlineText : value, XlsxCellType::String };
                } else if (type == u"str"_s) {
                    cell = { value, XlsxCellType::String };
                } else if (type == u"b"_s) {
                    cell = { value.trimmed() == u"1"_s || value.trimmed() == u"true"_s, XlsxCellType::Boolean };
                } else if (type == u"e"_s) {
                    cell = { value, XlsxCellType::Error };
                } else if (type == u"d"_s) {
                    const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODate);
                    if (dt.isValid() && dt.time() != QTime(0, 0))
                        cell = { dt, XlsxCellType::Date };
                    else if (const QDate d = QDate::fromString(value.trimmed().left(10), Qt::ISODate); d.isValid())
                        cell = { d, XlsxCellType::Date };
                    else if (!value.trimmed().isEmpty())
                        return cellError(sheet, here(), XlsxReader::tr("«%1» is not a date.").arg(value));
                } else if (type.isEmpty() || type == u"n"_s) {
                    if (!value.trimmed().isEmpty()) {
                        bool ok = false;
                        const double number = value.trimmed().toDouble(&ok);
                        if (!ok || !qIsFinite(number))
                            return cellError(sheet, here(), XlsxReader::tr("«%1» is not a number.").arg(value));
                        if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style))
                            cell = toDate(number);
                        else
                            cell = { number, XlsxCellType::Number };
                    }
                } else {
                    return cellError(sheet, here(), XlsxReader::tr("the cell type «%1» is unknown.").arg(type));
                }
                if (Status s = store(sheet, row, column, std::move(cell)); !s)
                    return s;
            } else if (name == u"mergeCell"_s) {
                const QString ref = xml.attributes().value(u"ref"_s).toString();
                const QStringList ends = ref.split(u':');
                XlsxRange range;
                bool ok = ends.size() <= 2 && parseCellReference(ends.first(), &range.firstRow, &range.firstColumn);
                range.lastRow = range.firstRow;
                range.lastColumn = range.firstColumn;
                if (ok && ends.size() == 2)
                    ok = parseCellReference(ends.last(), &range.lastRow, &range.lastColumn);
                if (!ok || range.lastRow < range.firstRow || range.lastColumn < range.firstColumn) {
                    return sheetError(sheet, XlsxReader::tr("the merged area «%1» is not valid.").arg(ref));
                }
                sheet.m_merged.append(range);
            }
        }
        return {};
    });
}

Status XlsxReaderSession::fillMerged(XlsxSheet &sheet)
{
    // Bounded work: thousands of overlapping merged areas in a hostile file must not take hours.
    qint64 work = 0;
    for (const XlsxRange &r : std::as_const(sheet.m_merged)) {
        const qint64 area = qint64(r.lastRow - r.firstRow + 1) * (r.lastColumn - r.firstColumn + 1);
        if (area > kMaxFilledMergeArea)
            continue;
        work += area;
        if (work > kMaxFilledMergeWork)
            break;
        const XlsxCell top = sheet.cell(r.firstRow, r.firstColumn);
        if (top.isEmpty())
            continue;
        for (int row = r.firstRow; row <= r.lastRow; ++row) {
            for (int column = r.firstColumn; column <= r.lastColumn; ++column) {
                if (sheet.cell(row, column).isEmpty()) {
                    if (Status s = store(sheet, row, column, top); !s)
                        return s;
                }
            }
        }
    }
    return {};
}

Result<XlsxWorkbook> XlsxReaderSession::run()
{
    if (Status s = readEntries(); !s)
        return s.error();
    if (partName(u"xl/workbook.xml"_s).isEmpty()) {
        return Error::badInput(
            XlsxReader::tr("«%1» is a zip file but not an Excel workbook (.xlsx): it has no part xl/workbook.xml.")
                .arg(m_file));
    }
    QList<XlsxSheetEntry> entries;
    if (Status s = readWorkbook(entries); !s)
        return s.error();
    QHash<QString, QString> targets;
    QString sharedStrings = u"xl/sharedStrings.xml"_s;
    QString styles = u"xl/styles.xml"_s;
    if (Status s = readRelationships(targets, sharedStrings, styles); !s)
        return s.error();
    // Both parts are optional: a workbook without text has no shared strings.
    if (!partName(sharedStrings).isEmpty()) {
        if (Status s = readSharedStrings(sharedStrings); !s)
            return s.error();
    }
    if (!partName(styles).isEmpty()) {
        if (Status s = readStyles(styles); !s)
            return s.error();
    }
    if (entries.isEmpty())
        return Error::badInput(XlsxReader::tr("«%1» has no sheets.").arg(m_file));

    XlsxWorkbook workbook;
    workbook.m_fileName = m_file;
    for (const XlsxSheetEntry &entry : std::as_const(entries)) {
        if (!m_options.onlySheets.isEmpty() && !m_options.onlySheets.contains(entry.name))
            continue;
        XlsxSheet sheet;
        sheet.m_name = entry.name;
        const QString target = targets.value(entry.relationId);
        if (target.isEmpty() || partName(target).isEmpty()) {
            return Error::badInput(XlsxReader::tr("«%1»: the sheet «%2» is listed but its part %3 is missing.")
                                       .arg(m_file, entry.name, target.isEmpty() ? entry.relationId : target));
        }
        if (Status s = readSheet(target, sheet); !s)
            return s.error();
        if (m_options.fillMergedCells) {
            if (Status s = fillMerged(sheet); !s)
                return s.error();
        }
        workbook.m_sheets.append(std::move(sheet));
    }
    return workbook;
}

Result<XlsxWorkbook> XlsxReader::read(QIODevice *device, const QString &displayName, const XlsxReadOptions &options)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return Error::io(tr("«%1» cannot be opened: %2").arg(displayName, device->errorString()));
    const QByteArray magic = device->peek(8);
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: a password-protected .xlsx or an Excel 97–2003 .xls.
        return Error::badInput(tr("«%1» is protected with a password or is an old Excel workbook (.xls): open it in "
                                  "Excel and save it as .xlsx without a password.")
                                   .arg(displayName));
    }
    if (!magic.startsWith("PK")) {
        return Error::badInput(
            tr("«%1» is not an Excel workbook (.xlsx): it is not a zip file or it is damaged.").arg(displayName));
    }
    ZipArchive zip;
    if (!zip.open(device)) {
        return Error::badInput(
            tr("«%1» is not an Excel workbook (.xlsx): it is not a zip file or it is damaged.").arg(displayName));
    }
    XlsxReaderSession session(device, zip, displayName, options);
    return session.run();
}

Result<XlsxWorkbook> XlsxReader::read(const QString &path, const XlsxReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("«%1» cannot be opened: %2").arg(name, file.errorString()));
    return read(&file, name, options);
}

Result<XlsxWorkbook> XlsxReader::readBytes(const QByteArray &bytes, const QString &displayName,
                                           const XlsxReadOptions &options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, displayName, options);
}

} // namespace planea
