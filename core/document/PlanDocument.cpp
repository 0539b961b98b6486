#include "document/PlanDocument.h"

#include "approval/Approval.h"
#include "catalog/CatalogMove.h"
#include "council/CouncilPackage.h"
#include "document/ChangeValueCommand.h"
#include "document/InsertRowCommand.h"
#include "document/ProgressImportCommand.h"
#include "document/RemoveRowCommand.h"
#include "document/SetCellCommand.h"
#include "storage/PartialReload.h"
#include "storage/PlanRows.h"

#include <map>
#include <tuple>

namespace planea {

Result<std::unique_ptr<PlanDocument>> PlanDocument::open(const QString &path, std::shared_ptr<const Catalog> catalog,
                                                         const OpenOptions &options)
{
    // A council package always opens read-only.
    auto store = council::openPlan(path, options);
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
    // Connected before any model, so the cache is marked stale before a model asks for data.
    // Only what changed is read again (on the next data()): one row for a product's or an
    // indicator's field, the changed table's part otherwise; a removal can cascade to other
    // tables, so it re-reads the whole plan.
    connect(m_store.get(), &PlanStore::rowInserted, this,
            [this](Table table, qint64) { invalidate(PlanStore::partsAffectedBy(table)); });
    connect(m_store.get(), &PlanStore::valueChanged, this, [this](Table table, qint64 id, const QString &column) {
        // Many values changed at once (an import, a paste) are cheaper to read as whole parts.
        if (m_staleValues.size() < 64)
            m_staleValues.append({ table, id, column });
        else
            m_stale |= PlanStore::partsAffectedBy(table);
        emit changed();
    });
    connect(m_store.get(), &PlanStore::rowRemoved, this, [this](Table, qint64) { invalidate(plan_part::All); });
    connect(m_store.get(), &PlanStore::tableChanged, this,
            [this](Table table) { invalidate(PlanStore::partsAffectedBy(table)); });
}

PlanDocument::~PlanDocument()
{
    // Commands refer to the document; drop them before the store goes.
    m_undoStack.clear();
}

void PlanDocument::invalidate(unsigned parts)
{
    m_stale |= parts;
    emit changed();
}

void PlanDocument::refresh()
{
    m_data.reset();
    m_stale = 0;
    m_staleValues.clear();
    emit changed();
}

Status PlanDocument::setEfficacyMethod(const QString &code)
{
    if (data().info.efficacyMethod == code)
        return {};
    if (auto s = m_store->setMeta(QStringLiteral("efficacy_method"), code); !s)
        return s;
    invalidate(plan_part::Info);
    return {};
}

bool PlanDocument::isCouncilPackage() const
{
    return council::packageInfo(*m_store).isPackage;
}

const PlanData &PlanDocument::data() const
{
    if (m_data && (m_stale != 0 || !m_staleValues.isEmpty())) {
        // Values that need a whole part join the parts first, so each part is read once.
        for (const StaleValue &v : std::as_const(m_staleValues)) {
            if (!rereadsOneRow(v.table, v.column))
                m_stale |= PlanStore::partsAffectedBy(v.table);
        }
        Status status;
        for (const StaleValue &v : std::as_const(m_staleValues)) {
            const unsigned parts = PlanStore::partsAffectedBy(v.table);
            if (status && rereadsOneRow(v.table, v.column) && (m_stale & parts) != parts)
                status = m_store->reloadValue(*m_data, v.table, v.id, v.column);
        }
        if (status && m_stale != 0)
            status = m_store->reload(*m_data, m_stale);
        if (!status)
            m_data.reset();
        m_stale = 0;
        m_staleValues.clear();
    }
    if (!m_data) {
        auto loaded = m_store->load();
        m_data = loaded ? std::move(loaded.value()) : PlanData();
        m_stale = 0;
        m_staleValues.clear();
    }
    return *m_data;
}

Status PlanDocument::checkEdit(Table table, const QString &column) const
{
    if (m_amending)
        return {};
    if (auto s = approval::checkEdit(data().info, table, column); !s) {
        return Error::badInput(tr("%1 Use “Plan › Modify the plan (amendment)…” to record it.").arg(s.error().message));
    }
    return {};
}

bool PlanDocument::refuse(Table table, const QString &column)
{
    if (auto s = checkEdit(table, column); !s) {
        emit editFailed(s.error().message);
        return true;
    }
    return false;
}

bool PlanDocument::setValue(Table table, qint64 id, const QString &column, const QVariant &value, const QString &text)
{
    if (refuse(table, column))
        return false;
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
    if (refuse(table))
        return 0;
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
    if (refuse(table))
        return false;
    if (auto s = m_store->remove(table, id); !s) {
        emit editFailed(s.error().message);
        return false;
    }
    m_undoStack.push(new RemoveRowCommand(this, table, id, snapshot, text));
    return true;
}

namespace {

/// The goals a removal of `table`/`id` takes, and the products it takes (a program's, or the one).
struct Branch
{
    QList<const ProductIndicator *> indicators;
    QList<const Product *> products;
    const BudgetProgram *program = nullptr;
    QString label;
};

Branch branchOf(const PlanData &d, Table table, qint64 id)
{
    Branch b;
    if (table == Table::ProductIndicator) {
        if (const auto *i = d.indicator(id)) {
            b.indicators.append(i);
            b.label = i->displayName();
        }
        return b;
    }
    if (table == Table::Product) {
        if (const auto *p = d.product(id)) {
            b.products.append(p);
            b.label = p->name;
        }
    } else if (table == Table::Program) {
        if ((b.program = d.program(id))) {
            b.products = d.productsOf(id);
            b.label = b.program->name;
        }
    }
    for (const Product *p : std::as_const(b.products))
        b.indicators.append(d.indicatorsOf(p->id));
    return b;
}

} // namespace

Result<PlanDocument::Removal> PlanDocument::removal(Table table, qint64 id) const
{
    if (table != Table::Program && table != Table::Product && table != Table::ProductIndicator)
        return Error::badInput(tr("Only a program, a product or a goal can be removed here."));
    if (m_store->isReadOnly())
        return Error::badInput(tr("The plan is open read-only; nothing can be removed."));
    if (auto s = checkEdit(table); !s)
        return s.error();
    const PlanData &d = data();
    const Branch b = branchOf(d, table, id);
    if (b.label.isNull() && b.indicators.isEmpty() && b.products.isEmpty() && !b.program)
        return Error::badInput(tr("The item to remove is no longer in the plan."));
    for (const ProductIndicator *i : b.indicators) {
        for (const ProgressReport &p : d.progress) {
            if (p.indicatorId == i->id)
                return Error::badInput(tr("The goal “%1” already has progress reported in the follow-up; it cannot be "
                                          "removed. Set its remaining targets to “not programmed” instead.")
                                           .arg(i->displayName()));
        }
    }
    return Removal { b.label, int(b.indicators.size()) };
}

bool PlanDocument::removeItem(Table table, qint64 id)
{
    const auto allowed = removal(table, id);
    if (!allowed) {
        emit editFailed(allowed.error().message);
        return false;
    }
    const PlanData d = data(); // a copy: each step below marks the cached plan stale
    const Branch b = branchOf(d, table, id);
    // Children first, each with what its undo needs, so one undo restores the whole branch.
    m_undoStack.beginMacro(tr("Remove “%1”").arg(allowed.value().label));
    bool ok = true;
    for (const ProductIndicator *i : b.indicators) {
        for (const AnnualTarget &a : i->annualTargets)
            ok = ok
                && setCell(Table::AnnualTarget,
                           { { QStringLiteral("indicator_id"), i->id }, { QStringLiteral("year"), a.year } },
                           std::nullopt);
        ok = ok && removeRow(Table::ProductIndicator, i->id, rows::of(*i), {});
    }
    for (const Product *p : b.products) {
        for (const InvestmentAmount &inv : d.investments) {
            if (inv.productId == p->id)
                ok = ok
                    && setCell(Table::Investment,
                               { { QStringLiteral("product_id"), p->id },
                                 { QStringLiteral("year"), inv.year },
                                 { QStringLiteral("source_code"), inv.sourceCode } },
                               std::nullopt);
        }
        ok = ok && removeRow(Table::Product, p->id, rows::of(*p), {});
    }
    if (ok && b.program)
        ok = removeRow(Table::Program, b.program->id, rows::of(*b.program), {});
    m_undoStack.endMacro();
    if (!ok && m_undoStack.canUndo())
        m_undoStack.undo();
    return ok;
}

Status PlanDocument::moveToCatalog(const CatalogMove &move)
{
    if (m_store->isReadOnly())
        return Error::badInput(tr("The plan is open read-only: it cannot change its catalog version."));
    if (auto s = checkEdit(Table::Plan, QStringLiteral("catalog_version")); !s)
        return s;
    // The first refusal of a step is the answer; the steps share one transaction, so a refused
    // step leaves the file as it was, and undoing the half-made macro only writes back the same values.
    QString why;
    const auto listening = connect(this, &PlanDocument::editFailed, this, [&why](const QString &message) {
        if (why.isEmpty())
            why = message;
    });
    m_undoStack.beginMacro(tr("Move to catalog version %1").arg(move.toVersion));
    const Status written = m_store->transaction([&]() -> Status {
        bool ok = setValue(Table::Plan, 1, QStringLiteral("catalog_version"), move.toVersion);
        for (const CatalogMoveChange &c : move.changes) {
            if (ok && c.kind == CatalogMoveChange::Kind::Renamed)
                ok = setValue(c.table, c.id, QStringLiteral("name"), c.newName);
        }
        return ok ? Status() : Error::badInput(why);
    });
    m_undoStack.endMacro();
    disconnect(listening);
    if (!written) {
        if (m_undoStack.canUndo())
            m_undoStack.undo();
        refresh();
        return written;
    }
    return {};
}

Status PlanDocument::importProgress(const QList<ProgressReport> &reports, const QString &text,
                                    const QStringList &reporters, const QList<BudgetExecution> &executions)
{
    if (m_store->isReadOnly())
        return Error::badInput(tr("The plan is open read-only: no progress was imported."));
    if (auto s = checkEdit(Table::Progress); !s)
        return s;
    if (!executions.isEmpty()) {
        if (auto s = checkEdit(Table::BudgetExecution); !s)
            return s;
    }
    if (reports.isEmpty() && executions.isEmpty())
        return {};
    // What each report replaces, read once from the plan as it is now.
    std::map<std::tuple<qint64, int, int>, const ProgressReport *> current;
    for (const ProgressReport &p : data().progress)
        current[{ p.indicatorId, p.year, p.period }] = &p;
    QList<ProgressImportCommand::Change> changes;
    changes.reserve(reports.size());
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const ProgressReport &r = reports[i];
        ProgressImportCommand::Change c { r, std::nullopt, reporters.value(i) };
        if (const auto it = current.find({ r.indicatorId, r.year, r.period }); it != current.end())
            c.before = *it->second;
        changes.append(std::move(c));
    }
    QList<ProgressImportCommand::ExecutionChange> executionChanges;
    for (const BudgetExecution &e : executions) {
        ProgressImportCommand::ExecutionChange c { e, std::nullopt };
        for (const BudgetExecution &now : data().executions) {
            if (now.productId == e.productId && now.year == e.year && now.sourceCode == e.sourceCode)
                c.before = now;
        }
        executionChanges.append(std::move(c));
    }
    auto command = std::make_unique<ProgressImportCommand>(this, std::move(changes), text, std::move(executionChanges));
    if (auto s = command->apply(true); !s)
        return s;
    m_undoStack.push(command.release());
    return {};
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
    case Table::Progress:
        for (const auto &p : d.progress) {
            if (auto r = pick({ { u"indicator_id"_s, p.indicatorId },
                                { u"year"_s, p.year },
                                { u"period"_s, p.period },
                                { u"value"_s, p.value ? QVariant(*p.value) : QVariant() },
                                { u"evidence"_s, p.evidence },
                                { u"evidence_link"_s, p.evidenceLink } }))
                return r;
        }
        break;
    case Table::BudgetExecution:
        for (const auto &e : d.executions) {
            if (auto r = pick({ { u"product_id"_s, e.productId },
                                { u"year"_s, e.year },
                                { u"source_code"_s, e.sourceCode },
                                { u"appropriation"_s, e.appropriation },
                                { u"commitments"_s, e.commitments },
                                { u"obligations"_s, e.obligations },
                                { u"payments"_s, e.payments } }))
                return r;
        }
        break;
    case Table::LineSector:
        for (const auto &l : d.lines) {
            for (const QString &sector : l.sectorCodes) {
                if (auto r = pick({ { u"line_id"_s, l.id }, { u"sector_code"_s, sector } }))
                    return r;
            }
        }
        break;
    case Table::FinancialRecord:
        for (const auto &f : d.financialRecords) {
            if (auto r = pick({ { u"source_code"_s, f.sourceCode },
                                { u"year"_s, f.year },
                                { u"kind"_s, toCode(f.kind) },
                                { u"amount"_s, f.amount } }))
                return r;
        }
        break;
    case Table::IndicatorValue:
        for (const auto &w : d.wellbeingIndicators) {
            for (const auto &v : w.values) {
                if (auto r = pick({ { u"indicator_id"_s, w.id },
                                    { u"year"_s, v.year },
                                    { u"value"_s, v.value },
                                    { u"source"_s, v.source } }))
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
    if (refuse(table))
        return false;
    QStringList columns = values ? values->keys() : QStringList();
    if (columns.isEmpty()) {
        if (table == Table::Investment)
            columns = { QStringLiteral("amount") };
        else if (table == Table::AnnualTarget)
            columns = { QStringLiteral("value"), QStringLiteral("not_programmed") };
        else if (table == Table::Progress)
            columns = { QStringLiteral("value"), QStringLiteral("evidence"), QStringLiteral("evidence_link") };
        else if (table == Table::BudgetExecution)
            columns = { QStringLiteral("appropriation"), QStringLiteral("commitments"), QStringLiteral("obligations"),
                        QStringLiteral("payments") };
        else if (table == Table::IndicatorValue)
            columns = { QStringLiteral("value"), QStringLiteral("source") };
        else if (table == Table::FinancialRecord)
            columns = { QStringLiteral("amount") };
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

} // namespace planea
