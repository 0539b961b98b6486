#include "PlanDocument.h"

#include "commands/ChangeValueCommand.h"
#include "commands/InsertRowCommand.h"
#include "commands/RemoveRowCommand.h"
#include "commands/SetCellCommand.h"

namespace planea::ui {

Result<std::unique_ptr<PlanDocument>> PlanDocument::open(const QString &path, std::shared_ptr<const Catalog> catalog)
{
    auto store = PlanStore::open(path);
    if (!store)
        return store.error();
    auto loaded = store.value()->load();
    if (!loaded)
        return loaded.error();
    auto doc = std::make_unique<PlanDocument>(std::move(store.value()), std::move(catalog));
    doc->m_data = std::move(loaded.value());
    return doc;
}

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> store, std::shared_ptr<const Catalog> catalog)
    : m_store(std::move(store))
    , m_catalog(std::move(catalog))
{
    // Connected before any model, so the cache is stale before a model asks for data.
    connect(m_store.get(), &PlanStore::rowInserted, this, &PlanDocument::invalidate);
    connect(m_store.get(), &PlanStore::valueChanged, this, &PlanDocument::invalidate);
    connect(m_store.get(), &PlanStore::rowRemoved, this, &PlanDocument::invalidate);
    connect(m_store.get(), &PlanStore::tableChanged, this, &PlanDocument::invalidate);
}

PlanDocument::~PlanDocument()
{
    // Commands refer to the document; drop them before the store goes.
    m_undoStack.clear();
}

void PlanDocument::invalidate()
{
    m_data.reset();
    emit changed();
}

const PlanData &PlanDocument::data() const
{
    if (!m_data) {
        auto loaded = m_store->load();
        m_data = loaded ? std::move(loaded.value()) : PlanData();
    }
    return *m_data;
}

bool PlanDocument::setValue(Table table, qint64 id, const QString &column, const QVariant &value, const QString &text)
{
    auto before = m_store->value(table, id, column);
    if (!before) {
        emit editFailed(before.error().message);
        return false;
    }
    if (before.value() == value && before.value().isNull() == value.isNull())
        return true;
    if (auto s = m_store->update(table, id, column, value); !s) {
        emit editFailed(s.error().message);
        return false;
    }
    m_undoStack.push(new ChangeValueCommand(this, table, id, column, before.value(), value, text));
    return true;
}

qint64 PlanDocument::insertRow(Table table, const QVariantMap &values, const QString &text)
{
    auto id = m_store->insert(table, values);
    if (!id) {
        emit editFailed(id.error().message);
        return 0;
    }
    m_undoStack.push(new InsertRowCommand(this, table, id.value(), values, text));
    return id.value();
}

bool PlanDocument::removeRow(Table table, qint64 id, const QVariantMap &snapshot, const QString &text)
{
    if (auto s = m_store->remove(table, id); !s) {
        emit editFailed(s.error().message);
        return false;
    }
    m_undoStack.push(new RemoveRowCommand(this, table, id, snapshot, text));
    return true;
}

std::optional<QVariantMap> PlanDocument::cell(Table table, const QVariantMap &key, const QStringList &columns) const
{
    // Composite-key rows are looked up in the loaded plan: the UI never reads SQL.
    const PlanData &d = data();
    auto matches = [&](const QVariantMap &row) {
        for (auto it = key.begin(); it != key.end(); ++it) {
            if (row.value(it.key()) != it.value())
                return false;
        }
        return true;
    };
    auto pick = [&](const QVariantMap &row) -> std::optional<QVariantMap> {
        if (!matches(row))
            return std::nullopt;
        QVariantMap result;
        for (const QString &c : columns)
            result.insert(c, row.value(c));
        return result;
    };
    using namespace Qt::Literals::StringLiterals;
    switch (table) {
    case Table::Investment:
        for (const auto &i : d.investments) {
            if (auto r = pick({ { u"product_id"_s, i.productId },
                                { u"year"_s, i.year },
                                { u"source_code"_s, i.sourceCode },
                                { u"amount"_s, i.amount } }))
                return r;
        }
        break;
    case Table::AnnualTarget:
        for (const auto &ind : d.indicators) {
            for (const auto &t : ind.annualTargets) {
                if (auto r = pick({ { u"indicator_id"_s, ind.id },
                                    { u"year"_s, t.year },
                                    { u"value"_s, t.value ? QVariant(*t.value) : QVariant() },
                                    { u"not_programmed"_s, t.notProgrammed ? 1 : 0 } }))
                    return r;
            }
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool PlanDocument::setCell(Table table, const QVariantMap &key, const std::optional<QVariantMap> &values,
                           const QString &text)
{
    QStringList columns = values ? values->keys() : QStringList();
    if (columns.isEmpty()) {
        if (table == Table::Investment)
            columns = { QStringLiteral("amount") };
        else if (table == Table::AnnualTarget)
            columns = { QStringLiteral("value"), QStringLiteral("not_programmed") };
    }
    const auto before = cell(table, key, columns);
    if (before == values)
        return true;
    auto command = std::make_unique<SetCellCommand>(this, table, key, before, values, text);
    if (auto s = command->apply(values); !s) {
        emit editFailed(s.error().message);
        return false;
    }
    m_undoStack.push(command.release());
    return true;
}

} // namespace planea::ui
