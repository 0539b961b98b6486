#include "AuditReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace planea::audit {

namespace {

constexpr const char *Context = "planea::audit";

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

struct TableInfo
{
    const char *table;
    int module;
    const char *title;
};

constexpr std::array tableInfo {
    TableInfo { "plan", 1, QT_TRANSLATE_NOOP("planea::audit", "Plan") },
    TableInfo { "office", 1, QT_TRANSLATE_NOOP("planea::audit", "Office") },
    TableInfo { "team_member", 1, QT_TRANSLATE_NOOP("planea::audit", "Team member") },
    TableInfo { "checklist_item", 1, QT_TRANSLATE_NOOP("planea::audit", "Checklist item") },
    TableInfo { "milestone", 1, QT_TRANSLATE_NOOP("planea::audit", "Milestone") },
    TableInfo { "strategic_line", 2, QT_TRANSLATE_NOOP("planea::audit", "Strategic line") },
    TableInfo { "line_sector", 2, QT_TRANSLATE_NOOP("planea::audit", "Sector of a line") },
    TableInfo { "wellbeing_indicator", 3, QT_TRANSLATE_NOOP("planea::audit", "Wellbeing indicator") },
    TableInfo { "indicator_value", 3, QT_TRANSLATE_NOOP("planea::audit", "Indicator value") },
    TableInfo { "problem", 3, QT_TRANSLATE_NOOP("planea::audit", "Problem") },
    TableInfo { "characterization", 3, QT_TRANSLATE_NOOP("planea::audit", "Characterization") },
    TableInfo { "financial_record", 3, QT_TRANSLATE_NOOP("planea::audit", "Financial record") },
    TableInfo { "program", 4, QT_TRANSLATE_NOOP("planea::audit", "Program") },
    TableInfo { "product", 4, QT_TRANSLATE_NOOP("planea::audit", "Product") },
    TableInfo { "product_indicator", 4, QT_TRANSLATE_NOOP("planea::audit", "Product indicator") },
    TableInfo { "investment", 5, QT_TRANSLATE_NOOP("planea::audit", "Investment") },
    TableInfo { "royalties_initiative", 5, QT_TRANSLATE_NOOP("planea::audit", "Royalties initiative") },
    TableInfo { "royalties_programming", 5, QT_TRANSLATE_NOOP("planea::audit", "Royalties programming") },
    TableInfo { "annual_target", 6, QT_TRANSLATE_NOOP("planea::audit", "Annual target") },
    TableInfo { "progress", 6, QT_TRANSLATE_NOOP("planea::audit", "Progress") },
    TableInfo { "budget_execution", 6, QT_TRANSLATE_NOOP("planea::audit", "Budget execution") },
    TableInfo { "amendment", 7, QT_TRANSLATE_NOOP("planea::audit", "Amendment") },
};

constexpr std::array fieldInfo {
    std::pair { "name", QT_TRANSLATE_NOOP("planea::audit", "name") },
    std::pair { "code", QT_TRANSLATE_NOOP("planea::audit", "code") },
    std::pair { "text", QT_TRANSLATE_NOOP("planea::audit", "text") },
    std::pair { "title", QT_TRANSLATE_NOOP("planea::audit", "title") },
    std::pair { "description", QT_TRANSLATE_NOOP("planea::audit", "description") },
    std::pair { "objective", QT_TRANSLATE_NOOP("planea::audit", "objective") },
    std::pair { "weight", QT_TRANSLATE_NOOP("planea::audit", "weight") },
    std::pair { "sort_order", QT_TRANSLATE_NOOP("planea::audit", "order") },
    std::pair { "position", QT_TRANSLATE_NOOP("planea::audit", "position") },
    std::pair { "office", QT_TRANSLATE_NOOP("planea::audit", "office") },
    std::pair { "role", QT_TRANSLATE_NOOP("planea::audit", "role") },
    std::pair { "email", QT_TRANSLATE_NOOP("planea::audit", "email") },
    std::pair { "phone", QT_TRANSLATE_NOOP("planea::audit", "phone") },
    std::pair { "is_leader", QT_TRANSLATE_NOOP("planea::audit", "leader") },
    std::pair { "done", QT_TRANSLATE_NOOP("planea::audit", "done") },
    std::pair { "evidence", QT_TRANSLATE_NOOP("planea::audit", "evidence") },
    std::pair { "evidence_link", QT_TRANSLATE_NOOP("planea::audit", "evidence link") },
    std::pair { "actual_date", QT_TRANSLATE_NOOP("planea::audit", "date") },
    std::pair { "date", QT_TRANSLATE_NOOP("planea::audit", "date") },
    std::pair { "note", QT_TRANSLATE_NOOP("planea::audit", "note") },
    std::pair { "unit", QT_TRANSLATE_NOOP("planea::audit", "unit") },
    std::pair { "sector_code", QT_TRANSLATE_NOOP("planea::audit", "sector") },
    std::pair { "source", QT_TRANSLATE_NOOP("planea::audit", "source") },
    std::pair { "source_code", QT_TRANSLATE_NOOP("planea::audit", "funding source") },
    std::pair { "baseline", QT_TRANSLATE_NOOP("planea::audit", "baseline") },
    std::pair { "baseline_year", QT_TRANSLATE_NOOP("planea::audit", "baseline year") },
    std::pair { "target", QT_TRANSLATE_NOOP("planea::audit", "target") },
    std::pair { "term_target", QT_TRANSLATE_NOOP("planea::audit", "four-year target") },
    std::pair { "value", QT_TRANSLATE_NOOP("planea::audit", "value") },
    std::pair { "not_programmed", QT_TRANSLATE_NOOP("planea::audit", "not programmed") },
    std::pair { "amount", QT_TRANSLATE_NOOP("planea::audit", "amount") },
    std::pair { "cost", QT_TRANSLATE_NOOP("planea::audit", "cost") },
    std::pair { "year", QT_TRANSLATE_NOOP("planea::audit", "year") },
    std::pair { "period", QT_TRANSLATE_NOOP("planea::audit", "period") },
    std::pair { "problem", QT_TRANSLATE_NOOP("planea::audit", "problem") },
    std::pair { "causes", QT_TRANSLATE_NOOP("planea::audit", "causes") },
    std::pair { "effects", QT_TRANSLATE_NOOP("planea::audit", "effects") },
    std::pair { "content", QT_TRANSLATE_NOOP("planea::audit", "content") },
    std::pair { "accumulation", QT_TRANSLATE_NOOP("planea::audit", "accumulation") },
    std::pair { "appropriation", QT_TRANSLATE_NOOP("planea::audit", "appropriation") },
    std::pair { "commitments", QT_TRANSLATE_NOOP("planea::audit", "commitments") },
    std::pair { "obligations", QT_TRANSLATE_NOOP("planea::audit", "obligations") },
    std::pair { "payments", QT_TRANSLATE_NOOP("planea::audit", "payments") },
    std::pair { "plan_name", QT_TRANSLATE_NOOP("planea::audit", "plan name") },
    std::pair { "head_of_government", QT_TRANSLATE_NOOP("planea::audit", "mayor or governor") },
    std::pair { "workflow_state", QT_TRANSLATE_NOOP("planea::audit", "state") },
    std::pair { "adoption_act", QT_TRANSLATE_NOOP("planea::audit", "adoption act") },
    std::pair { "adoption_date", QT_TRANSLATE_NOOP("planea::audit", "adoption date") },
    std::pair { "fingerprint", QT_TRANSLATE_NOOP("planea::audit", "fingerprint") },
    std::pair { "version", QT_TRANSLATE_NOOP("planea::audit", "version") },
};

bool isIdColumn(const QString &column)
{
    return column == u"id"_s || column.endsWith(u"_id"_s);
}

} // namespace

int moduleOfTable(const QString &table)
{
    for (const TableInfo &t : tableInfo) {
        if (table == QLatin1StringView(t.table))
            return t.module;
    }
    return 0;
}

QString moduleName(int module)
{
    switch (module) {
    case 1:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Readiness"));
    case 2:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Strategic lines"));
    case 3:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Diagnosis"));
    case 4:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Strategic plan"));
    case 5:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Multi-year investment plan"));
    case 6:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Indicative plan and follow-up"));
    case 7:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Documents and status"));
    default:
        return {};
    }
}

QString tableTitle(const QString &table)
{
    for (const TableInfo &t : tableInfo) {
        if (table == QLatin1StringView(t.table))
            return translated(t.title);
    }
    return table;
}

QString fieldTitle(const QString &field)
{
    for (const auto &[column, title] : fieldInfo) {
        if (field == QLatin1StringView(column))
            return translated(title);
    }
    return field;
}

QString actionTitle(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Created"));
    case AuditAction::Delete:
        return translated(QT_TRANSLATE_NOOP("planea::audit", "Deleted"));
    case AuditAction::Update:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("planea::audit", "Changed"));
}

QString itemText(const AuditEntry &entry)
{
    const QString kind = tableTitle(entry.table);
    return entry.label.isEmpty() ? kind : kind + u' ' + entry.label;
}

QString displayValue(const AuditEntry &entry, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (entry.action == AuditAction::Update)
        return value.toString();
    const QJsonObject row = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    QStringList parts;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString text = it.value().toVariant().toString();
        if (isIdColumn(it.key()) || text.isEmpty())
            continue;
        parts.append(u"%1: %2"_s.arg(fieldTitle(it.key()), text));
    }
    return parts.join(u"; "_s);
}

QString displayTime(const AuditEntry &entry)
{
    return entry.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s); // es-CO, as Excel reads it
}

report::Report changeLogReport(const QList<AuditEntry> &entries, const QString &planName)
{
    using report::ColumnType;
    report::Report r;
    r.code = u"registro-cambios"_s;
    r.title = translated(QT_TRANSLATE_NOOP("planea::audit", "Change log"));
    r.subtitle = planName;
    r.columns = {
        { u"fecha"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Date and time")), ColumnType::Text },
        { u"persona"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Person")), ColumnType::Text },
        { u"modulo"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Module")), ColumnType::Text },
        { u"elemento"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Item")), ColumnType::Text },
        { u"accion"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Action")), ColumnType::Text },
        { u"campo"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Field")), ColumnType::Text },
        { u"valor_anterior"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "Old value")), ColumnType::Text },
        { u"valor_nuevo"_s, translated(QT_TRANSLATE_NOOP("planea::audit", "New value")), ColumnType::Text },
    };
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &e = *it;
        r.rows.append({ report::RowKind::Data,
                        { displayTime(e), e.actor, moduleName(moduleOfTable(e.table)), itemText(e),
                          actionTitle(e.action), e.field.isEmpty() ? QString() : fieldTitle(e.field),
                          displayValue(e, e.oldValue), displayValue(e, e.newValue) } });
    }
    return r;
}

} // namespace planea::audit
