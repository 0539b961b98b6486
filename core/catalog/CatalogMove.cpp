#include "CatalogMove.h"

#include "catalog/Catalog.h"
#include "catalog/MgaVersionStore.h"
#include "storage/PlanStore.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

struct CatalogEntry
{
    QString name;
    bool active = true;
};

struct Lookup
{
    QHash<QString, CatalogEntry> programs;
    QHash<QString, CatalogEntry> products;
    QHash<QString, CatalogEntry> indicators;
};

Lookup lookupOf(const MgaCatalogTable &t)
{
    Lookup l;
    for (const CatalogProgram &p : t.programs)
        l.programs.insert(p.code, { p.name, true });
    for (const CatalogProduct &p : t.products)
        l.products.insert(p.code, { p.name, p.active });
    for (const CatalogProductIndicator &i : t.indicators)
        l.indicators.insert(i.code, { i.name, i.active });
    return l;
}

// Compares one plan item with the catalog: renamed when the catalog has a (non-empty) name that
// differs, deactivated when the code is inactive or absent.
void compareItem(QList<CatalogMoveChange> &out, const QHash<QString, CatalogEntry> &catalog, CatalogKind kind,
                 Table table, qint64 id, const QString &code, const QString &name, bool isOwn)
{
    if (isOwn || code.trimmed().isEmpty())
        return;
    const auto it = catalog.constFind(code.trimmed());
    if (it == catalog.constEnd() || !it->active) {
        out.append({ CatalogMoveChange::Kind::Deactivated, kind, table, id, code, name, {} });
        return;
    }
    if (!it->name.isEmpty() && it->name.simplified() != name.simplified())
        out.append({ CatalogMoveChange::Kind::Renamed, kind, table, id, code, name, it->name });
}

} // namespace

int CatalogMove::count(CatalogMoveChange::Kind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(), [kind](const auto &c) { return c.kind == kind; }));
}

Result<QList<CatalogVersionInfo>> CatalogMover::versions(const QString &dataDir)
{
    QList<CatalogVersionInfo> list;
    CatalogVersionInfo seed;
    seed.id = Catalog::shippedVersion();
    list.append(seed);
    auto imported = MgaVersionStore::list(dataDir);
    if (!imported)
        return imported.error();
    list.append(*imported);
    return list;
}

Result<MgaCatalogTable> CatalogMover::table(const QString &dataDir, const QString &id)
{
    auto all = versions(dataDir);
    if (!all)
        return all.error();
    QStringList ids;
    for (const CatalogVersionInfo &v : *all) {
        if (v.id == id)
            return v.fileName.isEmpty() ? MgaVersionStore::readSeed() : MgaVersionStore::read(dataDir, v);
        ids.append(v.id);
    }
    return Error::badInput(
        tr("There is no catalog version «%1». The versions available are: %2.").arg(id, ids.join(u"; "_s)));
}

CatalogMove CatalogMover::compare(const PlanData &plan, const MgaCatalogTable &target, const QString &targetVersion)
{
    CatalogMove move;
    move.fromVersion = plan.info.catalogVersion;
    move.toVersion = targetVersion;
    const Lookup l = lookupOf(target);
    for (const BudgetProgram &p : plan.programs)
        compareItem(move.changes, l.programs, CatalogKind::Program, Table::Program, p.id, p.code, p.name, p.isOwn);
    for (const Product &p : plan.products)
        compareItem(move.changes, l.products, CatalogKind::Product, Table::Product, p.id, p.code, p.name, p.isOwn);
    for (const ProductIndicator &i : plan.indicators)
        compareItem(move.changes, l.indicators, CatalogKind::ProductIndicator, Table::ProductIndicator, i.id, i.code,
                    i.name, i.isOwn);
    return move;
}

Result<CatalogMove> CatalogMover::planMove(const PlanData &plan, const QString &dataDir, const QString &targetVersion)
{
    QString id = targetVersion;
    if (id.isEmpty()) {
        auto all = versions(dataDir);
        if (!all)
            return all.error();
        id = all->last().id;
    }
    auto t = table(dataDir, id);
    if (!t)
        return t.error();
    return compare(plan, *t, id);
}

QList<CatalogMoveChange> CatalogMover::touchedBy(const PlanData &plan, const CatalogDiff &diff)
{
    QHash<QString, CatalogDiff::Renamed> renamed;
    QHash<QString, CatalogDiff::Entry> deactivated;
    auto key = [](CatalogKind kind, const QString &code) -> QString { return catalogKindCode(kind) + u":"_s + code; };
    for (const CatalogDiff::Renamed &r : diff.renamed)
        renamed.insert(key(r.kind, r.code), r);
    for (const CatalogDiff::Entry &e : diff.deactivated)
        deactivated.insert(key(e.kind, e.code), e);
    QList<CatalogMoveChange> out;
    auto check = [&](CatalogKind kind, Table table, qint64 id, const QString &code, const QString &name, bool own) {
        if (own)
            return;
        const QString k = key(kind, code.trimmed());
        if (const auto r = renamed.constFind(k); r != renamed.constEnd())
            out.append({ CatalogMoveChange::Kind::Renamed, kind, table, id, code, name, r->newName });
        else if (deactivated.contains(k))
            out.append({ CatalogMoveChange::Kind::Deactivated, kind, table, id, code, name, {} });
    };
    for (const BudgetProgram &p : plan.programs)
        check(CatalogKind::Program, Table::Program, p.id, p.code, p.name, p.isOwn);
    for (const Product &p : plan.products)
        check(CatalogKind::Product, Table::Product, p.id, p.code, p.name, p.isOwn);
    for (const ProductIndicator &i : plan.indicators)
        check(CatalogKind::ProductIndicator, Table::ProductIndicator, i.id, i.code, i.name, i.isOwn);
    return out;
}

QString CatalogMover::kindText(CatalogMoveChange::Kind kind)
{
    return kind == CatalogMoveChange::Kind::Renamed ? tr("renamed") : tr("deactivated");
}

} // namespace planea
