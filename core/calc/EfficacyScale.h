#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace planea::calc {

/// One band of the eficacia scale: [from, to) in percent; an open end is nullopt.
struct EfficacyBand
{
    QString name; ///< e.g. "Sobresaliente" (data, already Spanish)
    std::optional<double> from;
    std::optional<double> to;
    QColor color;
};

/// The category a percentage falls in.
struct EfficacyCategory
{
    QString name; ///< "Sobresaliente" … "Sin información"
    QColor color;
    QString text; ///< "Sobresaliente (80 % o más)"
    bool hasInformation = false;
};

/// The EDI eficacia scale (DOMAIN.md §5.3), configurable: the standard one comes from
/// :/planea/catalogs/rangos_eficacia.csv, with a built-in copy if the resource is missing.
class EfficacyScale
{
public:
    /// Bands with neither bound are the "no information" category.
    explicit EfficacyScale(QList<EfficacyBand> bands);

    static const EfficacyScale &standard();
    /// Parses the rangos_eficacia.csv format (header categoria,desde_incluido,hasta_excluido,color_sugerido,...).
    static Result<EfficacyScale> fromCsv(const QByteArray &csv);

    EfficacyCategory categorize(std::optional<double> percent) const;
    /// Which band categorize() picks for `percent`: an index into bands() (or -1 for the
    /// built-in fallback) and whether the value was evaluated. Equal keys give equal categories,
    /// so a caller categorizing thousands of values can make each category once.
    std::pair<int, bool> bandKey(std::optional<double> percent) const;
    /// The category for a key from bandKey().
    EfficacyCategory category(std::pair<int, bool> key) const;
    const QList<EfficacyBand> &bands() const { return m_bands; }

private:
    QList<EfficacyBand> m_bands;
};

} // namespace planea::calc
