#pragma once

#include <QString>

#include <functional>

namespace planea::report {

/// Names that live outside the plan (in the catalogs). Reports ask for them through these
/// functions so that they can be built with or without a loaded catalog; an unset function, or
/// one that returns an empty string, leaves the code itself.
struct ReportContext
{
    std::function<QString(const QString &code)> sectorName;
    std::function<QString(const QString &code)> sourceName;

    /// Documents for one year (plan-accion, seguimiento); 0: the document's default year.
    int year = 0;
    /// plan-accion for one office (its name, matched without case or accents); empty: all.
    QString office;
    /// The short name of an ODS (1–17), e.g. "Salud y bienestar" (the KPT workbook's "ODS" column).
    std::function<QString(int number)> sdgName;

    QString sector(const QString &code) const
    {
        const QString name = sectorName ? sectorName(code) : QString();
        return name.isEmpty() ? code : name;
    }
    QString source(const QString &code) const
    {
        const QString name = sourceName ? sourceName(code) : QString();
        return name.isEmpty() ? code : name;
    }
};

} // namespace planea::report
