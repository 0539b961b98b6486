#include "EfficacyScale.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

// The same bands as catalogs/rangos_eficacia.csv, used only if the resource cannot be read.
QList<EfficacyBand> builtInBands()
{
    return {
        { u"Sobresaliente"_s, 80.0, std::nullopt, QColor(u"#1b7837"_s) },
        { u"Satisfactorio"_s, 70.0, 80.0, QColor(u"#5aae61"_s) },
        { u"Medio"_s, 60.0, 70.0, QColor(u"#fee08b"_s) },
        { u"Bajo"_s, 40.0, 60.0, QColor(u"#fc8d59"_s) },
        { u"Crítico"_s, 0.0, 40.0, QColor(u"#d73027"_s) },
        { u"Sin información"_s, std::nullopt, std::nullopt, QColor(u"#bdbdbd"_s) },
    };
}

QString percentText(double v)
{
    return QLocale(QLocale::Spanish, QLocale::Colombia).toString(v, 'g', 6);
}

QString bandText(const EfficacyBand &band)
{
    if (band.from && band.to) {
        return QCoreApplication::translate("EfficacyScale", "%1 (from %2 % to less than %3 %)")
            .arg(band.name, percentText(*band.from), percentText(*band.to));
    }
    if (band.from) {
        return QCoreApplication::translate("EfficacyScale", "%1 (%2 % or more)")
            .arg(band.name, percentText(*band.from));
    }
    if (band.to) {
        return QCoreApplication::translate("EfficacyScale", "%1 (less than %2 %)")
            .arg(band.name, percentText(*band.to));
    }
    return QCoreApplication::translate("EfficacyScale", "%1 (no goal could be evaluated)").arg(band.name);
}

} // namespace

EfficacyScale::EfficacyScale(QList<EfficacyBand> bands)
    : m_bands(std::move(bands))
{
}

const EfficacyScale &EfficacyScale::standard()
{
    static const EfficacyScale scale = [] {
        QFile file(u":/planea/catalogs/rangos_eficacia.csv"_s);
        if (file.open(QIODevice::ReadOnly)) {
            auto parsed = fromCsv(file.readAll());
            if (parsed.ok())
                return parsed.value();
        }
        return EfficacyScale(builtInBands());
    }();
    return scale;
}

Result<EfficacyScale> EfficacyScale::fromCsv(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        return Error::badInput(QCoreApplication::translate("EfficacyScale", "The eficacia scale file is empty."));
    }
    const QStringList header = lines.first().split(u',');
    const qsizetype nameCol = header.indexOf(u"categoria"_s);
    const qsizetype fromCol = header.indexOf(u"desde_incluido"_s);
    const qsizetype toCol = header.indexOf(u"hasta_excluido"_s);
    const qsizetype colorCol = header.indexOf(u"color_sugerido"_s);
    if (nameCol < 0 || fromCol < 0 || toCol < 0 || colorCol < 0) {
        return Error::badInput(QCoreApplication::translate("EfficacyScale",
                                                           "The eficacia scale file lacks one of the columns "
                                                           "categoria, desde_incluido, hasta_excluido, "
                                                           "color_sugerido."));
    }
    QList<EfficacyBand> bands;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        const auto cell = [&](qsizetype col) { return col < cells.size() ? cells[col].trimmed() : QString(); };
        const auto number = [&](qsizetype col, bool *ok) -> std::optional<double> {
            *ok = true;
            if (cell(col).isEmpty())
                return std::nullopt;
            return cell(col).toDouble(ok);
        };
        EfficacyBand band;
        band.name = cell(nameCol);
        bool okFrom = true;
        bool okTo = true;
        band.from = number(fromCol, &okFrom);
        band.to = number(toCol, &okTo);
        band.color = QColor(cell(colorCol));
        if (band.name.isEmpty() || !okFrom || !okTo || (band.from && band.to && *band.from >= *band.to)) {
            return Error::badInput(QCoreApplication::translate("EfficacyScale",
                                                               "The eficacia scale file has an invalid band on "
                                                               "line %1: «%2».")
                                       .arg(i + 1)
                                       .arg(lines[i]));
        }
        if (!band.color.isValid())
            band.color = QColor(Qt::gray);
        bands.append(band);
    }
    return EfficacyScale(bands);
}

std::pair<int, bool> EfficacyScale::bandKey(std::optional<double> percent) const
{
    if (percent) {
        for (int i = 0; i < m_bands.size(); ++i) {
            const EfficacyBand &band = m_bands[i];
            if (!band.from && !band.to)
                continue;
            if ((!band.from || *percent >= *band.from) && (!band.to || *percent < *band.to))
                return { i, true };
        }
    }
    for (int i = 0; i < m_bands.size(); ++i) {
        if (!m_bands[i].from && !m_bands[i].to)
            return { i, false };
    }
    return { -1, false };
}

EfficacyCategory EfficacyScale::category(std::pair<int, bool> key) const
{
    const EfficacyBand band = key.first >= 0 && key.first < m_bands.size() ? m_bands[key.first] : builtInBands().last();
    return { band.name, band.color, bandText(band), key.second };
}

EfficacyCategory EfficacyScale::categorize(std::optional<double> percent) const
{
    return category(bandKey(percent));
}

} // namespace planea::calc
