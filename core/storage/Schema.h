#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace planea {

/// The tables of a plan file. Their names are written here once; SQL elsewhere uses tableName().
enum class Table {
    Meta,
    Plan,
    Office,
    TeamMember,
    ChecklistItem,
    Milestone,
    StrategicLine,
    LineSector,
    WellbeingIndicator,
    IndicatorValue,
    Problem,
    Characterization,
    FinancialRecord,
    Program,
    Product,
    ProductIndicator,
    AnnualTarget,
    Investment,
    Progress,
    BudgetExecution,
    RoyaltiesInitiative,
    RoyaltiesProgramming,
    Amendment
};

namespace schema {

/// The schema version this Planea writes. Stored in PRAGMA user_version.
inline constexpr int CurrentVersion = 1;

/// "PLNA": marks a SQLite file as a Planea plan (PRAGMA application_id).
inline constexpr int ApplicationId = 0x504C4E41;

QString tableName(Table table);
std::optional<Table> tableFromName(const QString &name);
QList<Table> allTables();

/// True for tables keyed by an INTEGER id; the others are keyed by their natural key columns.
bool hasIntegerId(Table table);

/// The key columns of a composite-key table (empty for id tables).
QStringList keyColumns(Table table);

/// The statements that create schema version `version` from nothing (for tests of migrations,
/// every past version stays here).
QStringList createStatements(int version);

} // namespace schema
} // namespace planea
