#include "Schema.h"

#include <QFile>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace planea::schema {

namespace {

constexpr std::array tables {
    std::pair { Table::Meta, QStringView(u"meta") },
    std::pair { Table::Plan, QStringView(u"plan") },
    std::pair { Table::Office, QStringView(u"office") },
    std::pair { Table::TeamMember, QStringView(u"team_member") },
    std::pair { Table::ChecklistItem, QStringView(u"checklist_item") },
    std::pair { Table::Milestone, QStringView(u"milestone") },
    std::pair { Table::StrategicLine, QStringView(u"strategic_line") },
    std::pair { Table::LineSector, QStringView(u"line_sector") },
    std::pair { Table::WellbeingIndicator, QStringView(u"wellbeing_indicator") },
    std::pair { Table::IndicatorValue, QStringView(u"indicator_value") },
    std::pair { Table::Problem, QStringView(u"problem") },
    std::pair { Table::Characterization, QStringView(u"characterization") },
    std::pair { Table::FinancialRecord, QStringView(u"financial_record") },
    std::pair { Table::Program, QStringView(u"program") },
    std::pair { Table::Product, QStringView(u"product") },
    std::pair { Table::ProductIndicator, QStringView(u"product_indicator") },
    std::pair { Table::AnnualTarget, QStringView(u"annual_target") },
    std::pair { Table::Investment, QStringView(u"investment") },
    std::pair { Table::Progress, QStringView(u"progress") },
    std::pair { Table::BudgetExecution, QStringView(u"budget_execution") },
    std::pair { Table::RoyaltiesInitiative, QStringView(u"royalties_initiative") },
    std::pair { Table::RoyaltiesProgramming, QStringView(u"royalties_programming") },
    std::pair { Table::Amendment, QStringView(u"amendment") },
};

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const auto lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

QString tableName(Table table)
{
    for (const auto &[t, name] : tables) {
        if (t == table)
            return name.toString();
    }
    return {};
}

std::optional<Table> tableFromName(const QString &name)
{
    for (const auto &[t, n] : tables) {
        if (n == name)
            return t;
    }
    return std::nullopt;
}

QList<Table> allTables()
{
    QList<Table> out;
    for (const auto &entry : tables)
        out.append(entry.first);
    return out;
}

bool hasIntegerId(Table table)
{
    return keyColumns(table).isEmpty();
}

QStringList keyColumns(Table table)
{
    switch (table) {
    case Table::Meta:
        return { u"key"_s };
    case Table::LineSector:
        return { u"line_id"_s, u"sector_code"_s };
    case Table::IndicatorValue:
        return { u"indicator_id"_s, u"year"_s };
    case Table::FinancialRecord:
        return { u"source_code"_s, u"year"_s, u"kind"_s };
    case Table::AnnualTarget:
        return { u"indicator_id"_s, u"year"_s };
    case Table::Investment:
        return { u"product_id"_s, u"year"_s, u"source_code"_s };
    case Table::Progress:
        return { u"indicator_id"_s, u"year"_s, u"period"_s };
    case Table::BudgetExecution:
        return { u"product_id"_s, u"year"_s, u"source_code"_s };
    case Table::RoyaltiesProgramming:
        return { u"initiative_id"_s, u"start_year"_s };
    default:
        return {};
    }
}

namespace {

QStringList statementsOf(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitStatements(QString::fromUtf8(file.readAll()));
}

} // namespace

QStringList createStatements(int version)
{
    if (version < 1 || version > CurrentVersion)
        return {};
    QStringList statements = statementsOf(u":/planea/schema/schema_v1.sql"_s);
    for (int v = 2; v <= version && !statements.isEmpty(); ++v) {
        const QStringList delta = migrationStatements(v);
        if (delta.isEmpty())
            return {};
        statements += delta;
    }
    return statements;
}

QStringList migrationStatements(int version)
{
    if (version < 2 || version > CurrentVersion)
        return {};
    return statementsOf(u":/planea/schema/schema_v%1_delta.sql"_s.arg(version));
}

QString auditTableName()
{
    return u"audit_log"_s;
}

} // namespace planea::schema
