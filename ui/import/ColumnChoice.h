#pragma once

#include "exchange/MatrixMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace planea::ui {

/// What one spreadsheet column becomes in the import assistant: nothing, a Planea field, or a
/// year-indexed value (annual target, annual or quarterly progress, resources of a source).
struct ColumnChoice
{
    enum class Kind { None, Field, Target, Progress, Quarter, Resource };
    Kind kind = Kind::None;
    matrix::Field field = matrix::Field::IndicatorCode;
    int year = 0;
    int quarter = 0; ///< 1..4
    QString sourceCode; ///< Resource

    /// A stable key for combo data ("f:codigo_indicador", "t:2024", "q:2024:3", "r:2024:SGP_LD").
    QString key() const;
    static ColumnChoice fromKey(const QString &key);
    /// In the user's words ("Meta 2025", "Avance 2025 T3", "Recursos 2025 – SGP Libre destinación").
    QString label(const QString &sourceName = {}) const;
    bool operator==(const ColumnChoice &) const = default;

    /// A guess from a column title ("Código indicador", "Meta 2025", "Avance T3 2025", "SGP 2024"…):
    /// accents, case and extra spaces ignored. `sources` are (code, name) pairs of funding sources.
    static ColumnChoice guess(const QString &header, const QList<std::pair<QString, QString>> &sources);
};

} // namespace planea::ui
