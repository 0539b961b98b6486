// Core operations on generated plans of 800 and 5,000 product indicators: opening, one saved
// edit, validation, investment totals, eficacia, catalog search. Figures are reported as they
// are; bench/RESULTS.md compares them with the budgets as ratios within the same run.
#include "calc/Efficacy.h"
#include "calc/InvestmentTotals.h"
#include "catalog/Catalog.h"
#include "demo/PlanGenerator.h"
#include "storage/PlanStore.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <map>

#include <benchmark/benchmark.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

// The generated plan of a size, made once per run.
QString planOfSize(int indicators)
{
    static std::map<int, QString> plans;
    auto it = plans.find(indicators);
    if (it != plans.end())
        return it->second;
    const QString path = workDir().filePath(u"plan-%1.planea"_s.arg(indicators));
    if (auto s = demo::generatePlan(path, indicators, 7, true); !s)
        qFatal("generate: %s", qPrintable(s.error().message));
    plans.emplace(indicators, path);
    return path;
}

PlanData loadedPlan(int indicators)
{
    auto store = PlanStore::open(planOfSize(indicators));
    if (!store)
        qFatal("open: %s", qPrintable(store.error().message));
    auto data = (*store)->load();
    if (!data)
        qFatal("load: %s", qPrintable(data.error().message));
    return *data;
}

void BM_OpenAndLoad(benchmark::State &state)
{
    const QString path = planOfSize(int(state.range(0)));
    for (auto _ : state) {
        auto store = PlanStore::open(path);
        auto data = (*store)->load();
        benchmark::DoNotOptimize(data.ok());
    }
}
BENCHMARK(BM_OpenAndLoad)->Arg(800)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_OneSavedEdit(benchmark::State &state)
{
    auto store = PlanStore::open(planOfSize(int(state.range(0))));
    auto ids = (*store)->select(u"SELECT id FROM product_indicator LIMIT 1"_s);
    const qint64 id = ids->first().value(0).toLongLong();
    double value = 1.0;
    for (auto _ : state) {
        auto s = (*store)->update(Table::ProductIndicator, id, u"term_target"_s, value);
        value += 1.0;
        benchmark::DoNotOptimize(s.ok());
    }
}
BENCHMARK(BM_OneSavedEdit)->Arg(800)->Unit(benchmark::kMillisecond);

void BM_Validate(benchmark::State &state)
{
    const PlanData plan = loadedPlan(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(calc::validate(plan).size());
}
BENCHMARK(BM_Validate)->Arg(800)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_InvestmentTotals(benchmark::State &state)
{
    const PlanData plan = loadedPlan(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(calc::computeInvestmentTotals(plan));
}
BENCHMARK(BM_InvestmentTotals)->Arg(800)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_Efficacy(benchmark::State &state)
{
    const PlanData plan = loadedPlan(int(state.range(0)));
    const int year = plan.info.term.startYear + 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(calc::computeEfficacy(plan, year));
}
BENCHMARK(BM_Efficacy)->Arg(800)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_CatalogSearch(benchmark::State &state)
{
    auto catalog = Catalog::load(workDir().filePath(u"data"_s));
    if (!catalog)
        qFatal("catalog: %s", qPrintable(catalog.error().message));
    const QStringList queries = { u"edu"_s, u"salud publica"_s, u"buenav"_s, u"4501"_s, u"vias terc"_s, u"agua"_s };
    qsizetype i = 0;
    for (auto _ : state) {
        auto hits = (*catalog)->search(queries[i++ % queries.size()]);
        benchmark::DoNotOptimize(hits.size());
    }
}
BENCHMARK(BM_CatalogSearch)->Unit(benchmark::kMicrosecond);

// Part of every program start: the shipped catalogs read from the resources and indexed.
void BM_CatalogLoad(benchmark::State &state)
{
    for (auto _ : state) {
        auto catalog = Catalog::load(workDir().filePath(u"data"_s));
        if (!catalog)
            qFatal("catalog: %s", qPrintable(catalog.error().message));
        benchmark::DoNotOptimize(catalog->get());
    }
}
BENCHMARK(BM_CatalogLoad)->Unit(benchmark::kMillisecond);

// The first search of a session also builds the index over every product (see Catalog::search).
void BM_CatalogLoadAndFirstSearch(benchmark::State &state)
{
    for (auto _ : state) {
        auto catalog = Catalog::load(workDir().filePath(u"data"_s));
        if (!catalog)
            qFatal("catalog: %s", qPrintable(catalog.error().message));
        benchmark::DoNotOptimize((*catalog)->search(u"alimentacion escolar"_s).size());
    }
}
BENCHMARK(BM_CatalogLoadAndFirstSearch)->Unit(benchmark::kMillisecond);

// As one types a product's words: each prefix is a query (one letter is the worst case).
void BM_CatalogSearchAsYouType(benchmark::State &state)
{
    auto catalog = Catalog::load(workDir().filePath(u"data"_s));
    if (!catalog)
        qFatal("catalog: %s", qPrintable(catalog.error().message));
    QStringList queries;
    const QString typed = u"servicio apoyo permanencia alimentacion"_s;
    for (qsizetype n = 1; n <= typed.size(); ++n)
        queries.append(typed.left(n));
    (*catalog)->search(queries.first()); // builds the index outside the timing
    qsizetype i = 0;
    for (auto _ : state) {
        auto hits = (*catalog)->search(queries[i++ % queries.size()]);
        benchmark::DoNotOptimize(hits.size());
    }
}
BENCHMARK(BM_CatalogSearchAsYouType)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
