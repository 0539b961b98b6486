#include "catalog/CatalogTypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

constexpr std::array kKindCodes {
    std::pair { CatalogKind::Department, QStringView(u"departamento") },
    std::pair { CatalogKind::Municipality, QStringView(u"municipio") },
    std::pair { CatalogKind::Sector, QStringView(u"sector") },
    std::pair { CatalogKind::Program, QStringView(u"programa") },
    std::pair { CatalogKind::Product, QStringView(u"producto") },
    std::pair { CatalogKind::ProductIndicator, QStringView(u"indicador_producto") },
    std::pair { CatalogKind::WellbeingIndicator, QStringView(u"indicador_bienestar") },
    std::pair { CatalogKind::Sdg, QStringView(u"ods") },
    std::pair { CatalogKind::Pnd, QStringView(u"pnd") },
    std::pair { CatalogKind::FundingSource, QStringView(u"fuente") },
};

constexpr std::array kMunicipalityTypeCodes {
    std::pair { MunicipalityType::Municipality, QStringView(u"MUNICIPIO") },
    std::pair { MunicipalityType::Island, QStringView(u"ISLA") },
    std::pair { MunicipalityType::NonMunicipalizedArea, QStringView(u"AREA_NO_MUNICIPALIZADA") },
};

} // namespace

QString catalogKindCode(CatalogKind kind)
{
    for (const auto &[k, code] : kKindCodes) {
        if (k == kind)
            return code.toString();
    }
    return {};
}

std::optional<CatalogKind> catalogKindFromCode(const QString &code)
{
    for (const auto &[k, c] : kKindCodes) {
        if (c.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString catalogKindDisplayName(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Department:
        return QCoreApplication::translate("planea::CatalogKind", "Department");
    case CatalogKind::Municipality:
        return QCoreApplication::translate("planea::CatalogKind", "Municipality");
    case CatalogKind::Sector:
        return QCoreApplication::translate("planea::CatalogKind", "Sector");
    case CatalogKind::Program:
        return QCoreApplication::translate("planea::CatalogKind", "Budget program");
    case CatalogKind::Product:
        return QCoreApplication::translate("planea::CatalogKind", "Product");
    case CatalogKind::ProductIndicator:
        return QCoreApplication::translate("planea::CatalogKind", "Product indicator");
    case CatalogKind::WellbeingIndicator:
        return QCoreApplication::translate("planea::CatalogKind", "Wellbeing indicator");
    case CatalogKind::Sdg:
        return QCoreApplication::translate("planea::CatalogKind", "SDG");
    case CatalogKind::Pnd:
        return QCoreApplication::translate("planea::CatalogKind", "National Development Plan");
    case CatalogKind::FundingSource:
        return QCoreApplication::translate("planea::CatalogKind", "Funding source");
    }
    return {};
}

QString toCode(MunicipalityType type)
{
    for (const auto &[t, code] : kMunicipalityTypeCodes) {
        if (t == type)
            return code.toString();
    }
    return {};
}

std::optional<MunicipalityType> municipalityTypeFromCode(const QString &code)
{
    for (const auto &[t, c] : kMunicipalityTypeCodes) {
        if (c == code)
            return t;
    }
    return std::nullopt;
}

} // namespace planea
