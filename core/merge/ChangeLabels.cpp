#include "ChangeLabels.h"

#include "audit/AuditReport.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace planea::merge {
namespace {

constexpr const char *Ctx = "planea::merge";

QString translated(const char *text)
{
    return QCoreApplication::translate(Ctx, text);
}

QString shortened(const QString &text, int max = 48)
{
    const QString t = text.simplified();
    return t.size() > max ? t.left(max - 1).trimmed() + u"…"_s : t;
}

bool isFlag(const QString &column)
{
    return column.startsWith(u"is_"_s) || column == u"not_programmed"_s || column == u"done"_s;
}

} // namespace

QVariantMap parseKey(const QString &key)
{
    QVariantMap m;
    for (const QString &part : key.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            m.insert(part.left(eq), part.mid(eq + 1));
    }
    return m;
}

ChangeLabels::ChangeLabels(const PlanStore &mine, const PlanStore *copy)
    : m_mine(mine)
    , m_copy(copy)
{
}

QVariantMap ChangeLabels::row(Table table, qint64 id) const
{
    const QString cacheKey = schema::tableName(table) + u'|' + QString::number(id);
    if (auto it = m_rows.constFind(cacheKey); it != m_rows.cend())
        return *it;
    QVariantMap result;
    for (const PlanStore *store : { &m_mine, m_copy }) {
        if (!store)
            continue;
        auto cols = store->select(u"SELECT name FROM pragma_table_info('%1')"_s.arg(schema::tableName(table)));
        if (!cols || cols->isEmpty())
            continue;
        QStringList names;
        for (const QVariantList &c : *cols)
            names << c.value(0).toString();
        auto rows = store->select(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(names.join(u','), schema::tableName(table)),
                                  { id });
        if (!rows || rows->isEmpty())
            continue;
        for (int i = 0; i < names.size(); ++i)
            result.insert(names[i], rows->first().value(i));
        break;
    }
    m_rows.insert(cacheKey, result);
    return result;
}

QString ChangeLabels::idItem(Table table, qint64 id) const
{
    const QVariantMap r = row(table, id);
    const QString code = r.value(u"code"_s).toString();
    auto named = [&](const char *withCode, const char *withoutCode, const QString &name) {
        return code.isEmpty() ? translated(withoutCode).arg(shortened(name))
                              : translated(withCode).arg(code, shortened(name));
    };
    switch (table) {
    case Table::Plan:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "The plan"));
    case Table::ProductIndicator: {
        const QString goal = r.value(u"goal_code"_s).toString();
        const QString label = r.value(u"custom_label"_s).toString();
        const QString name = label.isEmpty() ? r.value(u"name"_s).toString() : label;
        if (r.isEmpty())
            return translated(QT_TRANSLATE_NOOP("planea::merge", "Goal (id %1)")).arg(id);
        return translated(QT_TRANSLATE_NOOP("planea::merge", "Goal %1 “%2”"))
            .arg(goal.isEmpty() ? code : goal, shortened(name));
    }
    case Table::Product:
        return r.isEmpty() ? translated(QT_TRANSLATE_NOOP("planea::merge", "Product (id %1)")).arg(id)
                           : named(QT_TRANSLATE_NOOP("planea::merge", "Product %1 “%2”"),
                                   QT_TRANSLATE_NOOP("planea::merge", "Product “%1”"), r.value(u"name"_s).toString());
    case Table::Program:
        return r.isEmpty() ? translated(QT_TRANSLATE_NOOP("planea::merge", "Program (id %1)")).arg(id)
                           : named(QT_TRANSLATE_NOOP("planea::merge", "Program %1 “%2”"),
                                   QT_TRANSLATE_NOOP("planea::merge", "Program “%1”"), r.value(u"name"_s).toString());
    case Table::StrategicLine:
        return r.isEmpty() ? translated(QT_TRANSLATE_NOOP("planea::merge", "Strategic line (id %1)")).arg(id)
                           : translated(QT_TRANSLATE_NOOP("planea::merge", "Strategic line “%1”"))
                                 .arg(shortened(r.value(u"name"_s).toString()));
    case Table::WellbeingIndicator:
        return r.isEmpty() ? translated(QT_TRANSLATE_NOOP("planea::merge", "Wellbeing indicator (id %1)")).arg(id)
                           : translated(QT_TRANSLATE_NOOP("planea::merge", "Wellbeing indicator “%1”"))
                                 .arg(shortened(r.value(u"name"_s).toString()));
    case Table::RoyaltiesInitiative:
        return r.isEmpty() ? translated(QT_TRANSLATE_NOOP("planea::merge", "Royalties initiative (id %1)")).arg(id)
                           : named(QT_TRANSLATE_NOOP("planea::merge", "Royalties initiative %1 “%2”"),
                                   QT_TRANSLATE_NOOP("planea::merge", "Royalties initiative “%1”"),
                                   r.value(u"description"_s).toString());
    default:
        break;
    }
    const QString kind = audit::tableTitle(schema::tableName(table));
    for (const char *c : { "name", "title", "text", "problem", "description", "act", "kind" }) {
        const QString text = r.value(QString::fromLatin1(c)).toString();
        if (!text.isEmpty())
            return code.isEmpty() ? u"%1 “%2”"_s.arg(kind, shortened(text))
                                  : u"%1 %2 “%3”"_s.arg(kind, code, shortened(text));
    }
    return u"%1 (id %2)"_s.arg(kind).arg(id);
}

QString ChangeLabels::item(Table table, const QString &key) const
{
    const QVariantMap k = parseKey(key);
    switch (table) {
    case Table::AnnualTarget:
    case Table::Progress:
        return idItem(Table::ProductIndicator, k.value(u"indicator_id"_s).toLongLong());
    case Table::Investment:
    case Table::BudgetExecution:
        return idItem(Table::Product, k.value(u"product_id"_s).toLongLong());
    case Table::IndicatorValue:
        return idItem(Table::WellbeingIndicator, k.value(u"indicator_id"_s).toLongLong());
    case Table::LineSector:
        return idItem(Table::StrategicLine, k.value(u"line_id"_s).toLongLong());
    case Table::RoyaltiesProgramming:
        return idItem(Table::RoyaltiesInitiative, k.value(u"initiative_id"_s).toLongLong());
    case Table::FinancialRecord:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "Funding source %1"))
            .arg(k.value(u"source_code"_s).toString());
    default:
        break;
    }
    if (schema::hasIntegerId(table))
        return idItem(table, k.value(u"id"_s).toLongLong());
    return audit::tableTitle(schema::tableName(table)) + u' ' + key;
}

QString ChangeLabels::field(Table table, const QString &key, const QString &column) const
{
    const QVariantMap k = parseKey(key);
    const QString year = k.value(u"year"_s).toString();
    const QString source = k.value(u"source_code"_s).toString();
    switch (table) {
    case Table::AnnualTarget:
        if (column == u"not_programmed"_s)
            return translated(QT_TRANSLATE_NOOP("planea::merge", "not programmed in %1")).arg(year);
        if (column.isEmpty())
            return translated(QT_TRANSLATE_NOOP("planea::merge", "annual goal %1")).arg(year);
        return translated(QT_TRANSLATE_NOOP("planea::merge", "programmed value %1")).arg(year);
    case Table::Progress: {
        const int period = k.value(u"period"_s).toInt();
        const QString when = period > 0
            ? translated(QT_TRANSLATE_NOOP("planea::merge", "%1, quarter %2")).arg(year).arg(period)
            : year;
        if (column == u"evidence"_s)
            return translated(QT_TRANSLATE_NOOP("planea::merge", "evidence of the progress %1")).arg(when);
        if (column == u"evidence_link"_s)
            return translated(QT_TRANSLATE_NOOP("planea::merge", "evidence link of the progress %1")).arg(when);
        return translated(QT_TRANSLATE_NOOP("planea::merge", "progress %1")).arg(when);
    }
    case Table::Investment:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "investment %1, source %2")).arg(year, source);
    case Table::BudgetExecution:
        return column.isEmpty()
            ? translated(QT_TRANSLATE_NOOP("planea::merge", "budget execution %1, source %2")).arg(year, source)
            : translated(QT_TRANSLATE_NOOP("planea::merge", "%1 %2, source %3"))
                  .arg(audit::fieldTitle(column), year, source);
    case Table::IndicatorValue:
        return column == u"source"_s
            ? translated(QT_TRANSLATE_NOOP("planea::merge", "source of the value %1")).arg(year)
            : translated(QT_TRANSLATE_NOOP("planea::merge", "value %1")).arg(year);
    case Table::LineSector:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "sector %1")).arg(k.value(u"sector_code"_s).toString());
    case Table::RoyaltiesProgramming:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "royalties programmed from %1"))
            .arg(k.value(u"start_year"_s).toString());
    case Table::FinancialRecord:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "%1 %2"))
            .arg(k.value(u"kind"_s).toString() == u"HISTORICO"_s
                     ? translated(QT_TRANSLATE_NOOP("planea::merge", "historical amount"))
                     : translated(QT_TRANSLATE_NOOP("planea::merge", "projected amount")),
                 year);
    default:
        break;
    }
    if (column.isEmpty())
        return {};
    if (table == Table::ProductIndicator && column == u"term_target"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "four-year goal"));
    if (column == u"custom_label"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "own label"));
    if (column == u"responsible_office_id"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "responsible office"));
    if (column == u"wellbeing_indicator_id"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "wellbeing indicator"));
    if (column == u"line_id"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "strategic line"));
    if (column == u"program_id"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "program"));
    if (column == u"product_id"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "product"));
    if (column == u"is_own"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "own item"));
    if (column == u"is_main"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "main goal"));
    if (column == u"trend"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "trend"));
    if (column == u"bpin"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "BPIN"));
    if (column == u"goal_code"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "goal code"));
    if (column == u"population_focus"_s)
        return translated(QT_TRANSLATE_NOOP("planea::merge", "population focus"));
    return audit::fieldTitle(column);
}

QString ChangeLabels::describe(const Change &change) const
{
    const QString what = item(change.table, change.key);
    const QString f = field(change.table, change.key, change.field);
    return f.isEmpty() ? what : u"%1 — %2"_s.arg(what, f);
}

QString ChangeLabels::value(Table table, const QString &column, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return translated(QT_TRANSLATE_NOOP("planea::merge", "(empty)"));
    if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap row = v.toMap();
        QStringList parts;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (it.key() == u"id"_s || it.key().endsWith(u"_id"_s) || it.key() == u"sort_order"_s)
                continue;
            const QString text = value(table, it.key(), it.value());
            if (it.value().isNull() || it.value().toString().isEmpty())
                continue;
            parts << u"%1: %2"_s.arg(audit::fieldTitle(it.key()), text);
        }
        return parts.join(u"; "_s);
    }
    if (isFlag(column))
        return v.toString() == u"1"_s ? translated(QT_TRANSLATE_NOOP("planea::merge", "yes"))
                                      : translated(QT_TRANSLATE_NOOP("planea::merge", "no"));
    if (v.typeId() == QMetaType::Double)
        return QLocale().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return column.endsWith(u"year"_s) ? v.toString() : QLocale().toString(v.toLongLong());
    const QString text = v.toString();
    return text.isEmpty() ? translated(QT_TRANSLATE_NOOP("planea::merge", "(empty)")) : text;
}

QString ChangeLabels::kindText(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Insert:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "New"));
    case Change::Kind::Delete:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "Deleted"));
    case Change::Kind::DeleteVsEdit:
        return translated(QT_TRANSLATE_NOOP("planea::merge", "Deleted against a change"));
    case Change::Kind::Update:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("planea::merge", "Changed"));
}

} // namespace planea::merge
