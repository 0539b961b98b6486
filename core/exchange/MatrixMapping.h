#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace planea::matrix {

/// The Planea fields one column of a plan or follow-up spreadsheet can fill (one value per row).
/// Year-indexed fields (annual targets, progress, resources) are listed apart in MatrixMapping.
enum class Field {
    LineCode,
    LineName,
    ProgramCode,
    ProgramName,
    ProductCode,
    ProductName,
    IndicatorCode,
    IndicatorName,
    GoalCode, ///< the entity's own code for the goal («COD META PRODUCTO»), apart from the MGA code
    Unit,
    Accumulation, ///< tipo de acumulación ("Acumulado", "Flujo"… or the code)
    Trend, ///< tendencia ("Aumentar", "Mantener", "Disminuir")
    Baseline,
    TermTarget, ///< meta del cuatrienio
    Office, ///< dependencia responsable
    LineWeight,
    ProgramWeight,
    IndicatorWeight,
    Evidence ///< evidencia de avance (progress mode)
};

/// Every field, in the order an assistant shows them.
const QList<Field> &allFields();
/// The JSON key ("codigo_indicador"…): stable, never translated.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString &key);
/// The field in the user's words (translated).
QString fieldLabel(Field field);

/// How percentage indicators (unit "%" or "Porcentaje") are written in the spreadsheet.
enum class PercentScale {
    Hundred, ///< 0–100: 45 means 45 % (Planea's own scale)
    Fraction ///< 0–1: 0.45 means 45 %; multiplied by 100 on import
};

/// How numbers stored as text are read.
enum class DecimalSeparator {
    Auto, ///< es-CO first: "1.234,5" and "1.234" are thousands with a decimal comma; "1234.5" is decimal
    Comma, ///< "1.234,5": point groups thousands, comma is decimal
    Point ///< "1,234.5": comma groups thousands, point is decimal
};

/// What to do with quarterly progress columns.
enum class QuarterMode {
    Auto, ///< keep the quarters when the plan reports by quarter, else one year value by the accumulation rule
    Keep, ///< always store the quarters (periods 1–4)
    Year ///< always store one year value (quarters summed or the last level, per the accumulation type)
};

/// A column reference as written in the mapping: a header text (compared without case, accents or
/// extra spaces; a multi-row header is its rows joined by one space) or "#F" for column F.
using ColumnRef = QString;

struct ResourceColumn
{
    int year = 0;
    QString sourceCode; ///< funding source code (fuentes_financiacion.csv), e.g. "SGP_LD"
    ColumnRef column;
    bool operator==(const ResourceColumn &) const = default;
};

struct QuarterColumns
{
    int year = 0;
    QList<ColumnRef> columns; ///< exactly four: T1..T4 (an empty reference skips that quarter)
    bool operator==(const QuarterColumns &) const = default;
};

/// What the plan is when the spreadsheet makes a new plan ("nuevo plan" mode).
struct MappingPlanInfo
{
    int startYear = 0; ///< first year of the term; required for a new plan
    QString daneCode;
    QString entityName;
    QString departmentName;
    QString planName;
    bool operator==(const MappingPlanInfo &) const = default;
};

/// How a spreadsheet's columns become Planea's fields: saved as JSON (docs/IMPORT_MAPPING.md) and
/// reused for the next quarter's file.
struct MatrixMapping
{
    Q_DECLARE_TR_FUNCTIONS(planea::matrix::MatrixMapping)

public:
    static constexpr int FormatVersion = 1;

    QString name; ///< free text shown to the user
    QStringList sheets; ///< sheet names to read; empty = every sheet (ignored for CSV)
    int headerRow = 1; ///< 1-based row of the (first) header row
    int headerRowCount = 1; ///< header rows joined into one title per column
    std::optional<QChar> csvSeparator; ///< detected when absent
    PercentScale percentScale = PercentScale::Hundred;
    DecimalSeparator decimalSeparator = DecimalSeparator::Auto;
    QuarterMode quarterMode = QuarterMode::Auto;
    double resourcesMultiplier = 1.0; ///< 1 = pesos, 1000 = miles, 1000000 = millones de pesos
    bool fillDown = true; ///< empty line/program/product cells repeat the row above (same sheet)
    bool sheetIsOffice = false; ///< the sheet name is the responsible office when no office column
    bool sheetIsLine = false; ///< the sheet name is the strategic line when a row has no line
    int lineTitleRow = 0; ///< 1-based row above the header whose title (often merged) is the line; 0: none
    QMap<Field, ColumnRef> columns;
    QMap<int, ColumnRef> targets; ///< year → annual target column
    QMap<int, ColumnRef> progress; ///< year → annual progress column
    QList<QuarterColumns> quarterlyProgress;
    QList<ResourceColumn> resources;
    /// The entity's own words for accumulation types and trends ("sinonimos"), beyond the built-in
    /// ones: the word as written → the type. Compared without case, accents, dots or extra spaces.
    QMap<QString, AccumulationType> accumulationSynonyms;
    QMap<QString, Trend> trendSynonyms;
    MappingPlanInfo plan;

    /// Parses and validates; the message names `sourceName` and the JSON key that is wrong.
    static Result<MatrixMapping> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<MatrixMapping> load(const QString &path);
    QByteArray toJson() const;
    /// Writes atomically.
    Status save(const QString &path) const;

    /// Checks the values (header row ≥ 1, four quarter columns, years, multiplier…); the message
    /// names the JSON key. fromJson() already calls it.
    Status validate() const;

    bool hasAnyProgress() const { return !progress.isEmpty() || !quarterlyProgress.isEmpty(); }
    bool operator==(const MatrixMapping &) const = default;
};

/// A first mapping for a header's column titles, what an assistant proposes before the person
/// corrects it: fields by their usual titles ("Código indicador", "Línea base", "Meta cuatrienio",
/// "Dependencia responsable"…), "Meta 2024" as an annual target, "Avance 2024" / "Ejecutado 2024" as
/// annual progress, "Avance 2024 T1" / "Trimestre 1 2024" / "I trim 2024" as quarters. Each field takes
/// the first title that fits; references are the titles themselves. Sheets, header rows, options
/// and the plan are left at their defaults.
MatrixMapping suggestMapping(const QStringList &titles);

/// Parses a number written by a person: "1.234,5", "1234.5", "1 234", "$ 1.234", "45%", "(12)" is
/// not accepted. nullopt when it is not a number.
std::optional<double> parseNumberText(const QString &text, DecimalSeparator separator = DecimalSeparator::Auto);

/// A code as typed: spaces, line breaks and non-breaking spaces removed anywhere ("2201 001\n" → "2201001"),
/// a trailing ".0" of a number stored as text removed.
QString cleanCode(const QString &text);

} // namespace planea::matrix
