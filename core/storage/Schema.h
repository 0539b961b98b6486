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
inline constexpr int CurrentVersion = 4;

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
/// every past version stays here): schema_v1.sql followed by the deltas up to `version`.
QStringList createStatements(int version);

/// The statements that take a file from version `version - 1` to `version`
/// (schema_v<version>_delta.sql); empty when there is no such step.
QStringList migrationStatements(int version);

/// The audit trail's table (schema version 2). Not a Table: it is not plan content, and code that
/// walks every table of the plan (documents, fingerprint) must not see it.
QString auditTableName();

} // namespace schema
} // namespace planea
