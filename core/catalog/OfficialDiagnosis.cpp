#include "catalog/OfficialDiagnosis.h"

#include "util/CsvReader.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

/// The methodology of docs/CALCULATIONS.md «Diagnóstico: departamento y nación»: counts add up;
/// a rate is averaged with the population its own definition divides by, where the shipped data
/// has that population. Every other indicator has no department or nation figure.
struct Method
{
    QStringView code;
    OfficialAggregation aggregation;
    QStringView weight;
};

constexpr Method Methods[] = {
    { u"POB_TOTAL", OfficialAggregation::Sum, u"" },
    { u"POB_CABECERA", OfficialAggregation::Sum, u"" },
    { u"POB_RURAL", OfficialAggregation::Sum, u"" },
    { u"EDU_POBLACION_5_16", OfficialAggregation::Sum, u"" },
    { u"SEG_HOMICIDIOS", OfficialAggregation::Sum, u"" },
    { u"IPM_TOTAL", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"IPM_CABECERA", OfficialAggregation::WeightedMean, u"POB_CABECERA" },
    { u"IPM_RURAL", OfficialAggregation::WeightedMean, u"POB_RURAL" },
    { u"NBI_TOTAL", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"NBI_CABECERA", OfficialAggregation::WeightedMean, u"POB_CABECERA" },
    { u"NBI_RURAL", OfficialAggregation::WeightedMean, u"POB_RURAL" },
    { u"MISERIA_TOTAL", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"NBI_COMP_VIVIENDA", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"NBI_COMP_SERVICIOS", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"NBI_COMP_HACINAMIENTO", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"NBI_COMP_INASISTENCIA", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"NBI_COMP_DEPENDENCIA", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"EDU_COB_BRUTA", OfficialAggregation::WeightedMean, u"EDU_POBLACION_5_16" },
    { u"EDU_COB_NETA", OfficialAggregation::WeightedMean, u"EDU_POBLACION_5_16" },
    { u"EDU_TASA_MATRICULACION_5_16", OfficialAggregation::WeightedMean, u"EDU_POBLACION_5_16" },
    { u"SALUD_COB_AFILIACION", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"SERV_PENETRACION_BANDA_ANCHA", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"SEG_TASA_HOMICIDIOS_10K", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"SEG_TASA_HURTOS_10K", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
    { u"SEG_TASA_VIF_10K", OfficialAggregation::WeightedMean, u"POB_TOTAL" },
};

Result<QByteArray> gunzip(const QByteArray &data, const QString &name)
{
    z_stream z {};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return Error::internal(
            QCoreApplication::translate("planea::OfficialDiagnosis", "The file «%1» cannot be decompressed.")
                .arg(name));
    QByteArray out;
    out.reserve(data.size() * 7);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    char buffer[1 << 16];
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return Error::internal(
            QCoreApplication::translate("planea::OfficialDiagnosis", "The file «%1» is damaged (decompression failed).")
                .arg(name));
    return out;
}

bool isDaneCode(QStringView code)
{
    return code.size() == 5 && std::all_of(code.begin(), code.end(), [](QChar ch) { return ch.isDigit(); });
}

Result<QList<OfficialIndicator>> parseIndicators(const QByteArray &indicatorsCsv, const QString &sourceName)
{
    QList<OfficialIndicator> result;
    auto table = CsvReader::parse(indicatorsCsv, sourceName, QChar(u','));
    if (!table)
        return table.error();
    if (Status counts = CsvReader::checkFieldCounts(*table, sourceName); !counts)
        return counts.error();
    const QStringList columns { u"codigo"_s,    u"nombre"_s,          u"unidad"_s, u"fuente"_s,
                                u"dimension"_s, u"sentido_deseado"_s, u"nota"_s };
    QList<qsizetype> at;
    for (const QString &column : columns) {
        at.append(table->header.indexOf(column));
        if (at.last() < 0)
            return Error::badInput(
                QCoreApplication::translate("planea::OfficialDiagnosis", "%1: the indicator list has no column «%2».")
                    .arg(sourceName, column));
    }
    for (const QStringList &row : table->rows) {
        OfficialIndicator i { row.at(at[0]), row.at(at[1]), row.at(at[2]), row.at(at[3]),
                              row.at(at[4]), row.at(at[5]), row.at(at[6]), OfficialAggregation::None,
                              QString() };
        for (const Method &m : Methods) {
            if (m.code == i.code) {
                i.aggregation = m.aggregation;
                i.weightCode = m.weight.toString();
            }
        }
        result.append(i);
    }

    return result;
}

} // namespace

Result<QList<OfficialIndicator>> OfficialDiagnosis::shippedIndicators()
{
    const QString name = u"diagnostico_indicadores.csv"_s;
    QFile file(u":/planea/catalogs/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(tr("The official diagnosis figures shipped with Planea are missing."));
    auto list = parseIndicators(file.readAll(), name);
    if (!list)
        return Error::internal(list.error().message);
    return list;
}

Result<std::shared_ptr<const OfficialDiagnosis>> OfficialDiagnosis::loadShipped()
{
    const QString indicatorsName = u"diagnostico_indicadores.csv"_s;
    const QString valuesName = u"diagnostico_valores.csv.gz"_s;
    QFile indicators(u":/planea/catalogs/"_s + indicatorsName);
    QFile values(u":/planea/catalogs/"_s + valuesName);
    if (!indicators.open(QIODevice::ReadOnly) || !values.open(QIODevice::ReadOnly))
        return Error::internal(tr("The official diagnosis figures shipped with Planea are missing."));
    auto csv = gunzip(values.readAll(), valuesName);
    if (!csv)
        return csv.error();
    auto loaded = parse(indicators.readAll(), *csv, valuesName);
    if (!loaded)
        return Error::internal(loaded.error().message);
    return loaded;
}

Result<std::shared_ptr<const OfficialDiagnosis>>
OfficialDiagnosis::parse(const QByteArray &indicatorsCsv, const QByteArray &valuesCsv, const QString &sourceName)
{
    std::shared_ptr<OfficialDiagnosis> d(new OfficialDiagnosis);

    auto indicators = parseIndicators(indicatorsCsv, sourceName);
    if (!indicators)
        return indicators.error();
    d->m_indicators = *indicators;
    for (qsizetype i = 0; i < d->m_indicators.size(); ++i)
        d->m_indicatorIndex.insert(d->m_indicators[i].code, i);

    // codigo_dane,codigo_indicador,anio,valor — 234,016 rows: read as bytes, not through the
    // general CSV reader (no quotes in this file; a quote is a bad row).
    QList<int> years;
    const QByteArrayView all(valuesCsv);
    qsizetype start = 0;
    for (int n = 0; start < all.size(); ++n) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (n == 0) {
            if (line != "codigo_dane,codigo_indicador,anio,valor")
                return Error::badInput(
                    tr("%1: the first line must be «codigo_dane,codigo_indicador,anio,valor».").arg(sourceName));
            continue;
        }
        QList<QByteArrayView> f;
        for (qsizetype from = 0;;) {
            const qsizetype comma = line.indexOf(',', from);
            f.append(line.sliced(from, (comma < 0 ? line.size() : comma) - from));
            if (comma < 0)
                break;
            from = comma + 1;
        }
        const auto bad = [&](const QString &why) {
            return Error::badInput(tr("%1, line %2: %3").arg(sourceName).arg(n + 1).arg(why));
        };
        if (f.size() != 4)
            return bad(tr("4 fields expected, %1 found.").arg(f.size()));
        const QString code = QString::fromLatin1(f[0]);
        if (!isDaneCode(code))
            return bad(tr("«%1» is not a 5-digit DANE code.").arg(code));
        const auto indicator = d->m_indicatorIndex.constFind(QString::fromUtf8(f[1]));
        if (indicator == d->m_indicatorIndex.cend())
            return bad(tr("unknown indicator «%1».").arg(QString::fromUtf8(f[1])));
        bool yearOk = false, valueOk = false;
        const int year = f[2].toInt(&yearOk);
        const double value = f[3].toDouble(&valueOk);
        if (!yearOk || year < 1900 || year > 2100)
            return bad(tr("«%1» is not a year.").arg(QString::fromUtf8(f[2])));
        if (!valueOk || !std::isfinite(value))
            return bad(tr("«%1» is not a number.").arg(QString::fromUtf8(f[3])));
        auto muni = d->m_municipalityIndex.constFind(code);
        if (muni == d->m_municipalityIndex.cend()) {
            muni = d->m_municipalityIndex.insert(code, d->m_municipalities.size());
            d->m_municipalities.append(code);
        }
        const quint64 k = key(*muni, *indicator, year);
        if (d->m_values.contains(k))
            return bad(tr("a second value for %1, %2, %3.").arg(code, QString::fromUtf8(f[1])).arg(year));
        d->m_values.insert(k, value);
        if (!years.contains(year))
            years.append(year);
    }
    std::sort(years.begin(), years.end());
    d->m_years = years;
    return std::shared_ptr<const OfficialDiagnosis>(d);
}

const OfficialIndicator *OfficialDiagnosis::indicator(const QString &code) const
{
    const auto it = m_indicatorIndex.constFind(code);
    return it == m_indicatorIndex.cend() ? nullptr : &m_indicators[*it];
}

std::optional<double> OfficialDiagnosis::value(const QString &daneCode, const QString &indicatorCode, int year) const
{
    const auto muni = m_municipalityIndex.constFind(daneCode);
    const auto ind = m_indicatorIndex.constFind(indicatorCode);
    if (muni == m_municipalityIndex.cend() || ind == m_indicatorIndex.cend())
        return std::nullopt;
    const auto it = m_values.constFind(key(*muni, *ind, year));
    return it == m_values.cend() ? std::nullopt : std::optional<double>(*it);
}

OfficialDiagnosis::Aggregate OfficialDiagnosis::aggregate(const OfficialIndicator &indicator, int year,
                                                          const QString &prefix) const
{
    Aggregate result;
    if (indicator.aggregation == OfficialAggregation::None)
        return result;
    const qsizetype ind = m_indicatorIndex.value(indicator.code);
    const qsizetype weight = m_indicatorIndex.value(indicator.weightCode, -1);
    double sum = 0.0, weights = 0.0;
    for (qsizetype m = 0; m < m_municipalities.size(); ++m) {
        if (!prefix.isEmpty() && !m_municipalities[m].startsWith(prefix))
            continue;
        const auto v = m_values.constFind(key(m, ind, year));
        if (v == m_values.cend())
            continue;
        if (indicator.aggregation == OfficialAggregation::Sum) {
            sum += *v;
        } else {
            const auto w = m_values.constFind(key(m, weight, year));
            if (w == m_values.cend() || *w <= 0)
                continue;
            sum += *v * *w;
            weights += *w;
        }
        ++result.municipalities;
    }
    if (result.municipalities == 0)
        return result;
    result.value = indicator.aggregation == OfficialAggregation::Sum ? sum : sum / weights;
    return result;
}

Result<QList<OfficialIndicatorFigures>> OfficialDiagnosis::forMunicipality(const QString &daneCode) const
{
    if (!isDaneCode(daneCode))
        return Error::badInput(
            tr("«%1» is not a municipality's DANE code: it has 5 digits, e.g. 63111.").arg(daneCode));
    const auto muni = m_municipalityIndex.constFind(daneCode);
    if (muni == m_municipalityIndex.cend())
        return Error::badInput(tr("There are no official figures for the DANE code %1.").arg(daneCode));
    const QString department = daneCode.left(2);
    QList<OfficialIndicatorFigures> result;
    for (qsizetype i = 0; i < m_indicators.size(); ++i) {
        OfficialIndicatorFigures figures { m_indicators[i], {} };
        for (const int year : m_years) {
            const auto v = m_values.constFind(key(*muni, i, year));
            if (v == m_values.cend())
                continue;
            OfficialFigure f;
            f.year = year;
            f.value = *v;
            const Aggregate dept = aggregate(m_indicators[i], year, department);
            const Aggregate nation = aggregate(m_indicators[i], year, {});
            f.department = dept.value;
            f.departmentMunicipalities = dept.municipalities;
            f.nation = nation.value;
            f.nationMunicipalities = nation.municipalities;
            figures.series.append(f);
        }
        if (!figures.series.isEmpty())
            result.append(figures);
    }
    return result;
}

QList<WellbeingIndicator> OfficialDiagnosis::toWellbeingIndicators(const QList<OfficialIndicatorFigures> &figures)
{
    QList<WellbeingIndicator> result;
    int order = 0;
    for (const OfficialIndicatorFigures &f : figures) {
        WellbeingIndicator w;
        w.name = f.indicator.name;
        w.unit = f.indicator.unit;
        w.source = f.indicator.source;
        w.officialCode = f.indicator.code;
        // The plan's column has no «none»: an indicator whose source declares no desired
        // direction is stored as «aumentar», and the comparison reads the catalog's (empty) one.
        w.direction = f.indicator.desiredDirection == u"disminuir"_s ? Direction::Decrease : Direction::Increase;
        w.sortOrder = ++order;
        for (const OfficialFigure &y : f.series) {
            w.values.append(
                { y.year, y.value, u"%1 (%2)"_s.arg(f.indicator.source).arg(y.year), y.department, y.nation });
        }
        result.append(w);
    }
    return result;
}

} // namespace planea
