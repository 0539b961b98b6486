#include "catalog/MgaCatalogImport.h"

#include "catalog/Catalog.h"
#include "catalog/MgaVersionStore.h"
#include "util/CsvReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace planea {

/// Translation context of the import's messages.
class MgaCatalogImport
{
    Q_DECLARE_TR_FUNCTIONS(planea::MgaCatalogImport)
};

namespace {

enum Column {
    ColSector,
    ColProgram,
    ColProduct,
    ColProductDescription,
    ColProductUnit,
    ColProductActive,
    ColIndicatorCode,
    ColIndicatorName,
    ColIndicatorUnit,
    ColIndicatorMain,
    ColIndicatorActive,
    ColumnCount
};

struct ColumnSpec
{
    QStringView displayName; ///< DNP's column name, shown in messages
    QStringView key; ///< normalised name (see headerKey)
    QStringView alias;
    bool required;
};

// Column names are DNP's (Spanish in every language of the interface).
constexpr std::array<ColumnSpec, ColumnCount> kColumns { {
    { u"sector", u"sector", u"codigosector", true },
    { u"programa", u"programa", u"codigoprograma", true },
    { u"producto", u"producto", u"codigoproducto", true },
    { u"descripción del producto", u"descripcionproducto", u"descripcion", false },
    { u"unidad de medida del producto", u"unidadmedidaproducto", u"unidadproducto", false },
    { u"producto activo", u"productoactivo", u"productoactivo", true },
    { u"código del indicador", u"codigoindicador", u"codigoindicadorproducto", true },
    { u"indicador de producto", u"indicadorproducto", u"nombreindicador", true },
    { u"unidad de medida del indicador", u"unidadmedidaindicador", u"unidadindicador", true },
    { u"indicador principal", u"indicadorprincipal", u"principal", true },
    { u"indicador activo", u"indicadoractivo", u"activo", true },
} };

QString foldAccents(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toLower();
}

/// "Código del Indicador" -> "codigoindicador": case, accents, spaces and the words de/del/la
/// do not matter, so DNP's headers match in any of the spellings its files have used.
QString headerKey(const QString &header)
{
    const QStringList words = foldAccents(header).split(QRegularExpression(u"[^a-z0-9]+"_s), Qt::SkipEmptyParts);
    QString key;
    for (const QString &w : words) {
        if (w != u"de"_s && w != u"del"_s && w != u"la"_s && w != u"el"_s)
            key += w;
    }
    return key;
}

struct CodeCell
{
    QString code;
    QString name;
};

/// "2201021 - Infraestructura educativa construida" or just "2201021".
CodeCell splitCodeCell(const QString &cell)
{
    const QString text = cell.trimmed();
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        return { text, {} };
    return { text.left(dash).trimmed(), text.mid(dash + 1).trimmed() };
}

std::optional<bool> parseFlag(const QString &cell)
{
    const QString v = foldAccents(cell.trimmed());
    if (v == u"si"_s || v == u"s"_s)
        return true;
    if (v == u"no"_s || v == u"n"_s)
        return false;
    return std::nullopt;
}

QString levelName(int digits)
{
    switch (digits) {
    case 2:
        return MgaCatalogImport::tr("sector");
    case 4:
        return MgaCatalogImport::tr("program");
    case 7:
        return MgaCatalogImport::tr("product");
    default:
        return MgaCatalogImport::tr("indicator");
    }
}

class RowChecker
{
public:
    RowChecker(QString fileName, const std::array<qsizetype, ColumnCount> &positions)
        : m_fileName(std::move(fileName))
        , m_positions(positions)
    {
    }

    void setRow(const QStringList *fields, int line)
    {
        m_fields = fields;
        m_line = line;
    }

    QString cell(Column column) const
    {
        const qsizetype at = m_positions[column];
        return at >= 0 && at < m_fields->size() ? m_fields->at(at).trimmed() : QString();
    }

    Error error(Column column, const QString &what) const
    {
        return Error::badInput(MgaCatalogImport::tr("«%1», row %2, column «%3»: %4")
                                   .arg(m_fileName)
                                   .arg(m_line)
                                   .arg(kColumns[column].displayName.toString(), what));
    }

    /// The code of a code cell, checked: digits only, `digits` long, starting with `parent`.
    Result<CodeCell> code(Column column, int digits, const QString &parent) const
    {
        const QString raw = cell(column);
        if (raw.isEmpty())
            return error(column, MgaCatalogImport::tr("the value is missing."));
        CodeCell c = splitCodeCell(raw);
        static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
        if (!digitsOnly.match(c.code).hasMatch())
            return error(column, MgaCatalogImport::tr("«%1» is not a code: it must have digits only.").arg(raw));
        if (c.code.size() != digits) {
            return error(
                column,
                MgaCatalogImport::tr("«%1» is not a %2-digit %3 code.").arg(c.code).arg(digits).arg(levelName(digits)));
        }
        if (!parent.isEmpty() && !c.code.startsWith(parent)) {
            return error(column,
                         MgaCatalogImport::tr("«%1» does not belong to %2 %3: its first %4 digits must be %3.")
                             .arg(c.code, levelName(int(parent.size())), parent)
                             .arg(parent.size()));
        }
        return c;
    }

    Result<bool> flag(Column column) const
    {
        const QString raw = cell(column);
        const auto value = parseFlag(raw);
        if (!value) {
            if (raw.isEmpty())
                return error(column, MgaCatalogImport::tr("the value is missing: write «Sí» or «No»."));
            return error(column, MgaCatalogImport::tr("«%1» is not a valid answer: write «Sí» or «No».").arg(raw));
        }
        return *value;
    }

    int line() const { return m_line; }

private:
    QString m_fileName;
    std::array<qsizetype, ColumnCount> m_positions;
    const QStringList *m_fields = nullptr;
    int m_line = 0;
};

template<typename T> QHash<QString, const T *> byCode(const QList<T> &list)
{
    QHash<QString, const T *> map;
    for (const T &item : list)
        map.insert(item.code, &item);
    return map;
}

template<typename T> void diffLevel(CatalogKind kind, const QList<T> &before, const QList<T> &after, CatalogDiff &diff)
{
    const auto old = byCode(before);
    const auto now = byCode(after);
    auto isActive = [](const T &item) {
        if constexpr (std::is_same_v<T, CatalogProgram>)
            return true;
        else
            return item.active;
    };
    for (const T &item : after) {
        const T *previous = old.value(item.code);
        if (!previous) {
            diff.added.append({ kind, item.code, item.name });
            continue;
        }
        if (!previous->name.isEmpty() && !item.name.isEmpty() && previous->name != item.name)
            diff.renamed.append({ kind, item.code, previous->name, item.name });
        if (isActive(*previous) && !isActive(item))
            diff.deactivated.append({ kind, item.code, item.name });
    }
    for (const T &item : before) {
        if (!now.contains(item.code) && isActive(item))
            diff.deactivated.append({ kind, item.code, item.name });
    }
}

} // namespace

Result<MgaCatalogTable> parseMgaCatalogRows(const QString &fileName, const QList<QStringList> &rows,
                                            const QList<int> &lineNumbers)
{
    if (rows.isEmpty())
        return Error::badInput(MgaCatalogImport::tr("«%1» is empty: it has no header row.").arg(fileName));

    std::array<qsizetype, ColumnCount> positions;
    positions.fill(-1);
    const QStringList &header = rows.first();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = headerKey(header.at(i));
        for (int c = 0; c < ColumnCount; ++c) {
            if (positions[c] < 0 && (key == kColumns[c].key || key == kColumns[c].alias)) {
                positions[c] = i;
                break;
            }
        }
    }
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c) {
        if (kColumns[c].required && positions[c] < 0)
            missing.append(u"«"_s + kColumns[c].displayName.toString() + u"»"_s);
    }
    if (!missing.isEmpty()) {
        return Error::badInput(
            MgaCatalogImport::tr("«%1» is not an MGA catalog: the header (line %2) lacks the column(s) %3.")
                .arg(fileName)
                .arg(lineNumbers.value(0, 1))
                .arg(missing.join(u", "_s)));
    }
    if (rows.size() < 2)
        return Error::badInput(MgaCatalogImport::tr("«%1» has a header but no catalog rows.").arg(fileName));

    MgaCatalogTable table;
    QHash<QString, qsizetype> programIndex, productIndex;
    QHash<QString, int> indicatorLine;
    RowChecker check(fileName, positions);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        check.setRow(&rows.at(r), lineNumbers.value(r, int(r) + 1));
        if (rows.at(r).size() != header.size()) {
            return Error::badInput(
                MgaCatalogImport::tr("«%1», row %2: %3 fields expected (as in the header), %4 found.")
                    .arg(fileName)
                    .arg(check.line())
                    .arg(header.size())
                    .arg(rows.at(r).size()));
        }
        auto sector = check.code(ColSector, 2, {});
        if (!sector)
            return sector.error();
        auto program = check.code(ColProgram, 4, sector->code);
        if (!program)
            return program.error();
        auto product = check.code(ColProduct, 7, program->code);
        if (!product)
            return product.error();
        auto productActive = check.flag(ColProductActive);
        if (!productActive)
            return productActive.error();
        auto indicator = check.code(ColIndicatorCode, 9, product->code);
        if (!indicator)
            return indicator.error();
        const QString indicatorName = check.cell(ColIndicatorName);
        if (indicatorName.isEmpty())
            return check.error(ColIndicatorName, MgaCatalogImport::tr("the value is missing."));
        auto isMain = check.flag(ColIndicatorMain);
        if (!isMain)
            return isMain.error();
        auto indicatorActive = check.flag(ColIndicatorActive);
        if (!indicatorActive)
            return indicatorActive.error();
        if (const int first = indicatorLine.value(indicator->code); first > 0) {
            return check.error(ColIndicatorCode,
                               MgaCatalogImport::tr("indicator «%1» is repeated (it is already on row %2).")
                                   .arg(indicator->code)
                                   .arg(first));
        }
        indicatorLine.insert(indicator->code, check.line());

        // Product and program cells repeat on every indicator row: the first naming wins.
        if (auto it = programIndex.constFind(program->code); it == programIndex.constEnd()) {
            programIndex.insert(program->code, table.programs.size());
            table.programs.append({ program->code, program->name, sector->code, {} });
        } else if (table.programs[it.value()].name.isEmpty()) {
            table.programs[it.value()].name = program->name;
        }
        if (!productIndex.contains(product->code)) {
            productIndex.insert(product->code, table.products.size());
            table.products.append({ product->code, product->name, check.cell(ColProductDescription),
                                    check.cell(ColProductUnit), program->code, *productActive });
        }
        table.indicators.append(
            { indicator->code, indicatorName, check.cell(ColIndicatorUnit), product->code, *isMain, *indicatorActive });
    }
    return table;
}

Result<MgaImportResult> storeMgaCatalogVersion(const MgaCatalogTable &table, const QString &sourceName,
                                               const QString &dataDir)
{
    auto versions = MgaVersionStore::list(dataDir);
    if (!versions)
        return versions.error();
    MgaImportResult result;
    result.rows = int(table.indicators.size());

    MgaCatalogTable previous;
    if (versions->isEmpty()) {
        auto seed = MgaVersionStore::readSeed();
        if (!seed)
            return seed.error();
        previous = *seed;
        result.previousVersion = Catalog::shippedVersion();
    } else {
        auto newest = MgaVersionStore::read(dataDir, versions->constLast());
        if (!newest)
            return newest.error();
        previous = *newest;
        result.previousVersion = versions->constLast().id;
    }

    const QString hash = MgaVersionStore::fingerprint(table);
    if (!versions->isEmpty() && versions->constLast().contentHash == hash) {
        // The same catalog again: nothing to store, nothing changed.
        result.version = versions->constLast();
        return result;
    }

    const QDateTime now = QDateTime::currentDateTime();
    CatalogVersionInfo info;
    info.id = u"MGA %1 (%2)"_s.arg(now.toString(u"yyyy-MM-dd HH:mm:ss"_s), hash.left(8));
    info.fileName = u"mga-%1-%2.csv"_s.arg(now.toString(u"yyyyMMdd'T'HHmmss"_s), hash.left(8));
    info.sourceName = sourceName;
    info.importedAt = now.toString(Qt::ISODate);
    info.products = int(table.products.size());
    info.productIndicators = int(table.indicators.size());
    info.contentHash = hash;
    if (Status stored = MgaVersionStore::append(dataDir, table, info); !stored)
        return stored.error();

    diffLevel(CatalogKind::Program, previous.programs, table.programs, result.diff);
    diffLevel(CatalogKind::Product, previous.products, table.products, result.diff);
    diffLevel(CatalogKind::ProductIndicator, previous.indicators, table.indicators, result.diff);
    result.version = info;
    return result;
}

Result<MgaImportResult> importMgaCatalog(const QString &csvPath, const QString &dataDir)
{
    const QString fileName = QFileInfo(csvPath).fileName();
    auto csv = CsvReader::readFile(csvPath);
    if (!csv)
        return csv.error();
    QList<QStringList> rows { csv->header };
    rows.append(csv->rows);
    QList<int> lines { csv->headerLine };
    lines.append(csv->lineNumbers);
    auto table = parseMgaCatalogRows(fileName, rows, lines);
    if (!table)
        return table.error();
    return storeMgaCatalogVersion(*table, fileName, dataDir);
}

} // namespace planea
