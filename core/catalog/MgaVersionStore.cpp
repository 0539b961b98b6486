#include "catalog/MgaVersionStore.h"

#include "catalog/ShippedCsv.h"
#include "util/CsvReader.h"
#include "util/SafeWrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

const QString kIndexFile = u"mga-versions.json"_s;
const QStringList kVersionHeader { u"nivel"_s,       u"codigo"_s, u"nombre"_s,    u"codigo_padre"_s,
                                   u"descripcion"_s, u"unidad"_s, u"principal"_s, u"activo"_s };

QString yesNo(bool value)
{
    return value ? u"Sí"_s : u"No"_s;
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u'"', u"\"\""_s) + u'"';
    return v.toUtf8();
}

QByteArray serialize(const MgaCatalogTable &table)
{
    QByteArray out = kVersionHeader.join(u',').toUtf8() + '\n';
    auto row = [&out](const QStringList &fields) {
        QList<QByteArray> encoded;
        for (const QString &f : fields)
            encoded.append(csvField(f));
        out += encoded.join(',') + '\n';
    };
    for (const CatalogProgram &p : table.programs)
        row({ u"programa"_s, p.code, p.name, p.sectorCode, QString(), QString(), QString(), u"Sí"_s });
    for (const CatalogProduct &p : table.products)
        row({ u"producto"_s, p.code, p.name, p.programCode, p.description, p.unit, QString(), yesNo(p.active) });
    for (const CatalogProductIndicator &i : table.indicators)
        row({ u"indicador"_s, i.code, i.name, i.productCode, QString(), i.unit, yesNo(i.isMain), yesNo(i.active) });
    return out;
}

} // namespace

QString MgaVersionStore::folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"catalogs"_s);
}

QString MgaVersionStore::indexPath(const QString &dataDir)
{
    return QDir(folder(dataDir)).filePath(kIndexFile);
}

Result<MgaCatalogTable> MgaVersionStore::readSeed()
{
    MgaCatalogTable table;
    auto programs
        = ShippedCsv::read(u"mga_programas.csv"_s, { u"codigo"_s, u"nombre"_s, u"codigo_sector"_s, u"verificacion"_s });
    if (!programs)
        return programs.error();
    table.programs.reserve(programs->size());
    for (const ShippedCsv::Row &r : *programs)
        table.programs.append({ r.at(0), r.at(1), r.at(2), r.at(3) });

    auto products = ShippedCsv::read(
        u"mga_productos.csv"_s,
        { u"codigo"_s, u"nombre"_s, u"codigo_programa"_s, u"descripcion"_s, u"unidad"_s, u"activo"_s });
    if (!products)
        return products.error();
    table.products.reserve(products->size());
    for (const ShippedCsv::Row &r : *products)
        table.products.append({ r.at(0), r.at(1), r.at(3), r.at(4), r.at(2), r.at(5) == u"Sí"_s });

    auto indicators = ShippedCsv::read(
        u"mga_indicadores.csv"_s,
        { u"codigo"_s, u"nombre"_s, u"unidad"_s, u"codigo_producto"_s, u"principal"_s, u"activo"_s });
    if (!indicators)
        return indicators.error();
    for (const ShippedCsv::Row &r : *indicators)
        table.indicators.append({ r.at(0), r.at(1), r.at(2), r.at(3), r.at(4) == u"Sí"_s, r.at(5) == u"Sí"_s });
    return table;
}

Result<QList<CatalogVersionInfo>> MgaVersionStore::list(const QString &dataDir)
{
    QList<CatalogVersionInfo> versions;
    if (dataDir.isEmpty())
        return versions;
    QFile file(indexPath(dataDir));
    if (!file.exists())
        return versions;
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Could not read «%1»: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return Error::badInput(tr("The list of imported catalogs «%1» is damaged (%2). Import the catalog again.")
                                   .arg(file.fileName(), parseError.errorString()));
    }
    for (const QJsonValue &value : doc.object().value(u"versiones"_s).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogVersionInfo info;
        info.id = o.value(u"id"_s).toString();
        info.fileName = o.value(u"archivo"_s).toString();
        info.sourceName = o.value(u"origen"_s).toString();
        info.importedAt = o.value(u"importado"_s).toString();
        info.products = o.value(u"productos"_s).toInt();
        info.productIndicators = o.value(u"indicadores"_s).toInt();
        info.contentHash = o.value(u"sha256"_s).toString();
        // A file name with a path in it would let a damaged index point outside the folder.
        if (info.id.isEmpty() || info.fileName.isEmpty() || info.fileName.contains(u'/')
            || info.fileName.contains(u'\\')) {
            return Error::badInput(
                tr("The list of imported catalogs «%1» is damaged. Import the catalog again.").arg(file.fileName()));
        }
        versions.append(info);
    }
    return versions;
}

Result<MgaCatalogTable> MgaVersionStore::read(const QString &dataDir, const CatalogVersionInfo &version)
{
    const QString path = QDir(folder(dataDir)).filePath(version.fileName);
    auto csv = CsvReader::readFile(path, QChar(u','));
    auto damaged = [&] {
        return Error::badInput(
            tr("The imported catalog «%1» is damaged. Import the catalog again.").arg(QDir::toNativeSeparators(path)));
    };
    if (!csv)
        return csv.error();
    if (csv->header != kVersionHeader || !CsvReader::checkFieldCounts(*csv, version.fileName))
        return damaged();
    MgaCatalogTable table;
    for (const QStringList &r : csv->rows) {
        const bool active = r.at(7) == u"Sí"_s;
        if (r.at(0) == u"programa"_s)
            table.programs.append({ r.at(1), r.at(2), r.at(3), QString() });
        else if (r.at(0) == u"producto"_s)
            table.products.append({ r.at(1), r.at(2), r.at(4), r.at(5), r.at(3), active });
        else if (r.at(0) == u"indicador"_s)
            table.indicators.append({ r.at(1), r.at(2), r.at(5), r.at(3), r.at(6) == u"Sí"_s, active });
        else
            return damaged();
    }
    return table;
}

QString MgaVersionStore::fingerprint(const MgaCatalogTable &table)
{
    return QString::fromLatin1(QCryptographicHash::hash(serialize(table), QCryptographicHash::Sha256).toHex());
}

Status MgaVersionStore::append(const QString &dataDir, const MgaCatalogTable &table, const CatalogVersionInfo &version)
{
    auto versions = list(dataDir);
    if (!versions)
        return versions.error();
    const QString dir = folder(dataDir);
    if (!QDir().mkpath(dir))
        return Error::io(tr("Could not create the folder «%1».").arg(QDir::toNativeSeparators(dir)));

    const QString versionPath = QDir(dir).filePath(version.fileName);
    if (auto s = safe::writeFile(versionPath, serialize(table)); !s)
        return s;

    QJsonArray array;
    versions->append(version);
    for (const CatalogVersionInfo &v : *versions) {
        QJsonObject o { { u"id"_s, v.id },
                        { u"archivo"_s, v.fileName },
                        { u"origen"_s, v.sourceName },
                        { u"importado"_s, v.importedAt },
                        { u"productos"_s, v.products },
                        { u"indicadores"_s, v.productIndicators },
                        { u"sha256"_s, v.contentHash } };
        array.append(o);
    }
    const QByteArray json = QJsonDocument(QJsonObject { { u"versiones"_s, array } }).toJson();
    if (auto s = safe::writeFile(indexPath(dataDir), json); !s) {
        // The version file alone is harmless, but leave the folder as it was.
        QFile::remove(versionPath);
        return s;
    }
    return {};
}

} // namespace planea
