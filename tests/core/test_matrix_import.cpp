// Any plan or follow-up spreadsheet imported with a JSON mapping (issue 6): golden imports of a
// plan matrix (new plan) and of a one-sheet-per-secretaría follow-up matrix with quarterly
// columns (progress into that plan), with the tricky cells (codes with spaces and line breaks,
// numbers as text in both notations, 0–1 percentages, empty versus zero, NP, totals rows, repeated
// headers, merged cells); the dry run's exact list of bad rows; all or nothing; every bad input.
#include "SamplePlans.h"
#include "TempDir.h"
#include "XlsxCells.h"
#include "backup/BackupManager.h"
#include "catalog/Catalog.h"
#include "exchange/MatrixImport.h"
#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"
#include "xlsx/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::matrix;
using namespace planea::test;

// Streams QString into assertion messages.
std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << text.toStdString();
}

namespace {

using namespace planea::test::cells;

/// A plan matrix as a secretaría of planeación keeps it: one header row, the line merged down
/// over its rows, percentages as 0–1, money in millions, a totals row.
void writePlanMatrix(const QString &path)
{
    XlsxWriter w;
    const int s = w.addSheet(u"Plan indicativo"_s);
    w.appendRow(s,
                { t(u"Línea estratégica"_s), t(u"Cód. programa"_s), t(u"Código producto"_s), t(u"Producto"_s),
                  t(u"Código indicador"_s), t(u"Indicador de producto"_s), t(u"Unidad"_s), t(u"Tipo de acumulación"_s),
                  t(u"Línea base"_s), t(u"Meta cuatrienio"_s), t(u"Meta 2024"_s), t(u"Meta 2025"_s), t(u"Meta 2026"_s),
                  t(u"Meta 2027"_s), t(u"SGP 2024"_s), t(u"Propios 2024"_s), t(u"Dependencia responsable"_s),
                  t(u"Peso"_s) });
    // Rows 2-4: line "Buen gobierno" merged A2:A4.
    w.appendRow(s,
                { t(u"Buen gobierno"_s), t(u"4501"_s), n(4501010), t(u"Servicio de asistencia técnica"_s),
                  t(u" 450101 001\n"_s), t(u"Asistencias técnicas realizadas"_s), t(u"Número"_s), t(u"Acumulado"_s),
                  n(0), n(20), n(5), n(5), n(5), n(5), n(1000), t(u"250,5"_s), t(u"Secretaría de Gobierno"_s),
                  n(0.5) });
    w.appendRow(s,
                { none(), t(u"4501"_s), n(4501010), t(u"Servicio de asistencia técnica"_s), n(450101002),
                  t(u"Cobertura de asistencia"_s), t(u"Porcentaje"_s), t(u"Stock"_s), t(u"0,1"_s), t(u"0.6"_s), n(0.3),
                  n(0.4), n(0.5), n(0.6), none(), none(), t(u"Secretaría de Gobierno"_s), n(0.3) });
    w.appendRow(s,
                { none(), t(u"4501"_s), n(4501010), t(u"Servicio de asistencia técnica"_s), n(450101003),
                  t(u"Jornadas realizadas"_s), t(u"Número"_s), t(u"Acumulado"_s), none(), none(), t(u"NP"_s), n(0),
                  n(5), n(5), none(), none(), t(u"Secretaría de Gobierno"_s), n(0.2) });
    w.merge(s, { 1, 0, 3, 0 });
    w.appendRow(s,
                { t(u"Total Buen gobierno"_s), none(), none(), none(), none(), none(), none(), none(), none(), none(),
                  none(), none(), none(), none(), n(1000), n(250.5) });
    w.appendRow(s,
                { t(u"Salud para todos"_s), t(u"1901"_s), t(u"1901010"_s), t(u"Servicio de salud pública"_s),
                  t(u"190101001"_s), t(u"Campañas realizadas"_s), t(u"Número"_s), t(u"Capacidad"_s), n(0), n(100),
                  n(25), n(25), n(25), n(25), t(u"1.500"_s), t(u"200"_s), t(u"Secretaría de Salud"_s), n(1) });
    // The header repeated (a second table pasted under the first).
    w.appendRow(s,
                { t(u"Línea estratégica"_s), t(u"Cód. programa"_s), t(u"Código producto"_s), t(u"Producto"_s),
                  t(u"Código indicador"_s), t(u"Indicador de producto"_s), t(u"Unidad"_s),
                  t(u"Tipo de acumulación"_s) });
    w.appendRow(s,
                { none(), t(u"1901"_s), t(u"1901010"_s), t(u"Servicio de salud pública"_s), t(u"190101002"_s),
                  t(u"Tasa de mortalidad"_s), t(u"Número"_s), t(u"Reducción"_s), n(50), n(30), n(45), n(40), n(35),
                  n(30), none(), none(), t(u"Secretaría de Salud"_s), none() });
    ASSERT_TRUE(w.writeFile(path));
}

MatrixMapping planMapping()
{
    MatrixMapping m;
    m.name = u"Plan indicativo del municipio"_s;
    m.sheets = { u"Plan indicativo"_s };
    m.percentScale = PercentScale::Fraction;
    m.resourcesMultiplier = 1e6;
    m.columns = { { Field::LineName, u"Línea estratégica"_s },
                  { Field::ProgramCode, u"Cód. programa"_s },
                  { Field::ProductCode, u"codigo producto"_s }, // no accents, any case
                  { Field::ProductName, u"#D"_s },
                  { Field::IndicatorCode, u"Código indicador"_s },
                  { Field::IndicatorName, u"Indicador de producto"_s },
                  { Field::Unit, u"Unidad"_s },
                  { Field::Accumulation, u"Tipo de acumulación"_s },
                  { Field::Baseline, u"Línea base"_s },
                  { Field::TermTarget, u"Meta cuatrienio"_s },
                  { Field::Office, u"Dependencia responsable"_s },
                  { Field::IndicatorWeight, u"Peso"_s } };
    for (int y = 2024; y <= 2027; ++y)
        m.targets.insert(y, u"Meta %1"_s.arg(y));
    m.resources = { { 2024, u"SGP_LD"_s, u"SGP 2024"_s }, { 2024, u"RP"_s, u"Propios 2024"_s } };
    m.plan = { 2024, u"63272"_s, u"Filandia"_s, u"Quindío"_s, {} };
    return m;
}

/// A follow-up matrix with one sheet per secretaría; two header rows, "Avance 2024" merged over
/// its four quarter columns, the code title merged down over both header rows.
void writeFollowUpMatrix(const QString &path)
{
    XlsxWriter w;
    const auto header = [&](int s) {
        w.appendRow(s, { t(u"SEGUIMIENTO PLAN INDICATIVO 2024"_s) });
        w.appendRow(s,
                    { t(u"Código indicador"_s), t(u"Indicador"_s), t(u"Avance 2024"_s), none(), none(), none(),
                      t(u"Evidencia"_s) });
        w.appendRow(s, { none(), none(), t(u"T1"_s), t(u"T2"_s), t(u"T3"_s), t(u"T4"_s), none() });
        w.merge(s, { 1, 0, 2, 0 });
        w.merge(s, { 1, 1, 2, 1 });
        w.merge(s, { 1, 2, 1, 5 });
        w.merge(s, { 1, 6, 2, 6 });
    };
    const int gob = w.addSheet(u"Gobierno"_s);
    header(gob);
    // Row 4: code with stray spaces and a line break; quarters 1, 2, (empty), 3 → year 6 (Acumulado).
    w.appendRow(gob, { t(u"450101 001 \n"_s), t(u"Asistencias"_s), n(1), n(2), none(), n(3), t(u"Actas"_s) });
    // Row 5: totals row.
    w.appendRow(gob, { none(), t(u"TOTAL SECRETARÍA"_s), n(6), n(2) });
    // Row 6: the header repeated.
    w.appendRow(gob, { t(u"Código indicador"_s), t(u"Indicador"_s), t(u"T1"_s), t(u"T2"_s), t(u"T3"_s), t(u"T4"_s) });
    // Row 7: a Stock percentage written 0–1 as text in both notations: the last quarter (50 %).
    w.appendRow(gob, { n(450101002), t(u"Cobertura"_s), t(u"0,25"_s), t(u"0.5"_s), none(), none() });
    // Row 8: NP and zero: zero is a value, NP is no data → year 0, not "no data".
    w.appendRow(gob, { t(u"450101003"_s), t(u"Jornadas"_s), t(u"NP"_s), n(0), none(), none() });
    // Row 9: a totals row that writes "TOTAL" in the code column itself.
    w.appendRow(gob, { t(u"TOTAL"_s), none(), n(1), n(2), none(), n(3) });
    const int salud = w.addSheet(u"Salud"_s);
    header(salud);
    // Row 4: numbers as text "1.234,5" and "1234.5" → 2469 (Capacidad sums quarters).
    w.appendRow(salud, { t(u"190101001"_s), t(u"Campañas"_s), t(u"1.234,5"_s), t(u"1234.5"_s) });
    // Row 5: not a number.
    w.appendRow(salud, { t(u"190101002"_s), t(u"Mortalidad"_s), t(u"abc"_s) });
    // Row 6: an indicator the plan does not have.
    w.appendRow(salud, { t(u"999999999"_s), t(u"Otro"_s), n(1) });
    const int notes = w.addSheet(u"Instrucciones"_s);
    w.appendRow(notes, { t(u"Diligencie una hoja por secretaría."_s) });
    ASSERT_TRUE(w.writeFile(path));
}

MatrixMapping followUpMapping()
{
    MatrixMapping m;
    m.headerRow = 2;
    m.headerRowCount = 2;
    m.percentScale = PercentScale::Fraction;
    m.quarterMode = QuarterMode::Year;
    m.columns = { { Field::IndicatorCode, u"Código indicador"_s }, { Field::Evidence, u"Evidencia"_s } };
    m.quarterlyProgress
        = { { 2024, { u"Avance 2024 T1"_s, u"Avance 2024 T2"_s, u"Avance 2024 T3"_s, u"Avance 2024 T4"_s } } };
    return m;
}

const ProductIndicator *indicatorByCode(const PlanData &plan, const QString &code)
{
    for (const ProductIndicator &i : plan.indicators) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

std::optional<double> progressOf(const PlanData &plan, const QString &code, int year, int period = 0)
{
    const ProductIndicator *ind = indicatorByCode(plan, code);
    if (!ind)
        return std::nullopt;
    for (const ProgressReport &r : plan.progress) {
        if (r.indicatorId == ind->id && r.year == year && r.period == period)
            return r.value;
    }
    return std::nullopt;
}

PlanData load(const QString &path)
{
    auto store = PlanStore::open(path);
    EXPECT_TRUE(store) << (store ? QString() : store.error().message);
    if (!store)
        return {};
    auto plan = (*store)->load();
    return plan ? *plan : PlanData {};
}

/// The plan matrix imported as a new plan at `path`.
void makePlan(const TempDir &dir, const QString &path)
{
    const QString book = dir.path(u"plan.xlsx"_s);
    writePlanMatrix(book);
    auto outcome = MatrixImport::importToNewPlan(book, planMapping(), path, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
}

/// The follow-up CSV `bytes` (a «Código» column and «Avance 2024») read as progress for the plan at `plan`.
Result<MatrixReadResult> readCodeProgressCsv(const TempDir &dir, const QString &plan, const QByteArray &bytes)
{
    const QString csv = dir.path(u"avance.csv"_s);
    writeBytes(csv, bytes);
    MatrixMapping m;
    m.columns = { { Field::IndicatorCode, u"código"_s } };
    m.progress = { { 2024, u"Avance 2024"_s } };
    const PlanData existing = load(plan);
    auto source = MatrixSource::open(csv);
    if (!source)
        return source.error();
    EXPECT_TRUE(source->isCsv());
    return MatrixImport::read(*source, m, ImportMode::Progress, &existing);
}

} // namespace

TEST(MatrixNumbers, TextNumbersInBothNotationsCodesAndPercentSigns)
{
    EXPECT_EQ(parseNumberText(u"1.234,5"_s), 1234.5);
    EXPECT_EQ(parseNumberText(u"1234.5"_s), 1234.5);
    EXPECT_EQ(parseNumberText(u"1.234"_s), 1234.0); // es-CO thousands
    EXPECT_EQ(parseNumberText(u"0.125"_s), 0.125);
    EXPECT_EQ(parseNumberText(u"1,5"_s), 1.5);
    EXPECT_EQ(parseNumberText(u"1,234,567.25"_s), 1234567.25);
    EXPECT_EQ(parseNumberText(u"$ 1.500.000"_s), 1500000.0);
    EXPECT_EQ(parseNumberText(u"45%"_s), 45.0);
    EXPECT_EQ(parseNumberText(u"-3"_s), -3.0);
    EXPECT_EQ(parseNumberText(u"1.234"_s, DecimalSeparator::Point), 1.234);
    EXPECT_EQ(parseNumberText(u"1,234"_s, DecimalSeparator::Point), 1234.0);
    EXPECT_FALSE(parseNumberText(u"abc"_s));
    EXPECT_FALSE(parseNumberText(u"1.2.3,4,5"_s));
    EXPECT_FALSE(parseNumberText(u"12,34,5"_s));
    EXPECT_FALSE(parseNumberText(u""_s));
    EXPECT_EQ(cleanCode(u" 2201 001\n05 "_s), u"220100105"_s);
    EXPECT_EQ(cleanCode(u"4501010.0"_s), u"4501010"_s);
    EXPECT_EQ(cleanCode(u"\u00a04501\u00a0"_s), u"4501"_s);
}

TEST(MatrixMapping, JsonRoundTripAndDocumentedExampleLoads)
{
    MatrixMapping m = planMapping();
    m.quarterlyProgress = { { 2025, { u"T1"_s, u"T2"_s, QString(), u"#K"_s } } };
    m.csvSeparator = u';';
    auto back = MatrixMapping::fromJson(m.toJson(), u"m.json"_s);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, m);

    // The full example of docs/IMPORT_MAPPING.md is a valid mapping.
    QFile doc(QStringLiteral(PLANEA_TEST_DATA_DIR) + u"/../../docs/IMPORT_MAPPING.md"_s);
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(u"```json\n"_s);
    ASSERT_GE(start, 0);
    const qsizetype end = text.indexOf(u"```"_s, start + 8);
    auto example = MatrixMapping::fromJson(text.mid(start + 8, end - start - 8).toUtf8(), u"ejemplo"_s);
    EXPECT_TRUE(example) << example.error().message;
}

TEST(MatrixMapping, SuggestionFromTheHeaderTitles)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.xlsx"_s);
    writePlanMatrix(plan);
    auto planSource = MatrixSource::open(plan);
    ASSERT_TRUE(planSource);
    const MatrixMapping p = suggestMapping(planSource->headers(0, 1, 1));
    const QMap<Field, ColumnRef> expected { { Field::LineName, u"Línea estratégica"_s },
                                            { Field::ProgramCode, u"Cód. programa"_s },
                                            { Field::ProductCode, u"Código producto"_s },
                                            { Field::ProductName, u"Producto"_s },
                                            { Field::IndicatorCode, u"Código indicador"_s },
                                            { Field::IndicatorName, u"Indicador de producto"_s },
                                            { Field::Unit, u"Unidad"_s },
                                            { Field::Accumulation, u"Tipo de acumulación"_s },
                                            { Field::Baseline, u"Línea base"_s },
                                            { Field::TermTarget, u"Meta cuatrienio"_s },
                                            { Field::Office, u"Dependencia responsable"_s },
                                            { Field::IndicatorWeight, u"Peso"_s } };
    EXPECT_EQ(p.columns, expected);
    EXPECT_EQ(p.targets.keys(), (QList<int> { 2024, 2025, 2026, 2027 }));
    EXPECT_EQ(p.targets.value(2026), u"Meta 2026"_s);
    EXPECT_TRUE(p.resources.isEmpty()); // the source of "SGP 2024" is for the person to say

    const QString followUp = dir.path(u"seguimiento.xlsx"_s);
    writeFollowUpMatrix(followUp);
    auto source = MatrixSource::open(followUp);
    ASSERT_TRUE(source);
    const MatrixMapping f = suggestMapping(source->headers(0, 2, 2));
    EXPECT_EQ(f.columns.value(Field::IndicatorCode), u"Código indicador"_s);
    EXPECT_EQ(f.columns.value(Field::IndicatorName), u"Indicador"_s);
    EXPECT_EQ(f.columns.value(Field::Evidence), u"Evidencia"_s);
    EXPECT_EQ(f.quarterlyProgress, followUpMapping().quarterlyProgress);
    const MatrixMapping other
        = suggestMapping({ u"I trim 2025"_s, u"2do trim. 2025"_s, u"Trimestre 3 2025"_s, u"Ejecutado 2024"_s });
    ASSERT_EQ(other.quarterlyProgress.size(), 1);
    EXPECT_EQ(other.quarterlyProgress.first().columns,
              (QStringList { u"I trim 2025"_s, u"2do trim. 2025"_s, u"Trimestre 3 2025"_s, QString() }));
    EXPECT_EQ(other.progress.value(2024), u"Ejecutado 2024"_s);
}

TEST(MatrixMapping, BadMappingsNameTheKeyInSpanish)
{
    const auto message = [](const char *json) {
        auto m = MatrixMapping::fromJson(QByteArray(json), u"mapeo.json"_s);
        EXPECT_FALSE(m);
        return m ? QString() : m.error().message;
    };
    EXPECT_TRUE(message("{ \"columnas\": { \"codigo_indicador\": \"A\" },\n  \"hojas\": [ \"x\" ")
                    .contains(u"no es un JSON válido (línea 2"_s));
    EXPECT_TRUE(message("[1, 2]").contains(u"un mapeo es un objeto JSON"_s));
    EXPECT_EQ(message("{ \"fila_encabezado\": \"tres\", \"columnas\": { \"indicador\": \"A\" } }"),
              u"mapeo.json: clave \"fila_encabezado\": debe ser un número entero"_s);
    // Found by fuzz_mapping_json: a number beyond int's range was converted (undefined behaviour).
    EXPECT_EQ(message("{ \"fila_encabezado\": 8.9e74, \"columnas\": { \"indicador\": \"A\" } }"),
              u"mapeo.json: clave \"fila_encabezado\": debe ser un número entero"_s);
    EXPECT_TRUE(message("{ \"columnass\": {} }").contains(u"clave \"columnass\": clave desconocida"_s));
    EXPECT_TRUE(message("{ \"columnas\": { \"codigo_indicadr\": \"A\" } }")
                    .contains(u"clave \"columnas.codigo_indicadr\": no es un campo de Planea"_s));
    EXPECT_TRUE(message("{ \"columnas\": { \"indicador\": \"A\" }, \"opciones\": { \"porcentajes\": \"1-100\" } }")
                    .contains(u"clave \"opciones.porcentajes\": debe ser \"0-100\" o \"0-1\""_s));
    EXPECT_TRUE(message("{ \"avance_trimestral\": { \"2024\": [\"A\", \"B\"] } }")
                    .contains(u"clave \"avance_trimestral.2024\": debe ser una lista de cuatro columnas"_s));
    EXPECT_TRUE(message("{ \"metas_anuales\": { \"veinte\": \"A\" } }")
                    .contains(u"clave \"metas_anuales.veinte\": \"veinte\" no es un año"_s));
    EXPECT_TRUE(message("{ \"fila_encabezado\": 0, \"columnas\": { \"indicador\": \"A\" } }")
                    .contains(u"clave \"fila_encabezado\": debe ser un número de fila desde 1"_s));
    EXPECT_TRUE(message("{ \"columnas\": { \"indicador\": \"#A1\" } }")
                    .contains(u"clave \"columnas.indicador\": \"#A1\" no es una letra de columna"_s));
    EXPECT_TRUE(message("{ \"recursos\": [ { \"anio\": 2024, \"columna\": \"X\" } ] }")
                    .contains(u"clave \"recursos[0].fuente\""_s));
}

TEST(MatrixImport, PlanMatrixBecomesACompleteNewPlan)
{
    TempDir dir;
    const QString path = dir.path(u"nuevo.planea"_s);
    makePlan(dir, path);
    const PlanData plan = load(path);
    EXPECT_EQ(plan.info.entity.daneCode, u"63272"_s);
    EXPECT_EQ(plan.info.term.startYear, 2024);
    ASSERT_EQ(plan.lines.size(), 2);
    EXPECT_EQ(plan.lines[0].name, u"Buen gobierno"_s);
    EXPECT_EQ(plan.lines[1].name, u"Salud para todos"_s);
    ASSERT_EQ(plan.programs.size(), 2);
    ASSERT_EQ(plan.products.size(), 2);
    ASSERT_EQ(plan.indicators.size(), 5);
    EXPECT_EQ(plan.offices.size(), 2);

    // The code with a stray space and a line break, under the merged line cell.
    const ProductIndicator *a = indicatorByCode(plan, u"450101001"_s);
    ASSERT_TRUE(a);
    EXPECT_EQ(plan.lineIdOfProduct(a->productId), plan.lines[0].id);
    EXPECT_EQ(a->termTarget, 20.0);
    EXPECT_EQ(a->baseline, 0.0);
    EXPECT_EQ(a->weight, 50.0); // 0.5 on the 0–1 scale
    ASSERT_TRUE(a->responsibleOfficeId);
    EXPECT_EQ(plan.office(*a->responsibleOfficeId)->name, u"Secretaría de Gobierno"_s);

    // A percentage indicator written 0–1 is stored 0–100; text "0,1" and "0.6" both read.
    const ProductIndicator *b = indicatorByCode(plan, u"450101002"_s);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->accumulation, AccumulationType::Stock);
    EXPECT_DOUBLE_EQ(*b->baseline, 10.0);
    EXPECT_DOUBLE_EQ(b->termTarget, 60.0);
    ASSERT_TRUE(b->target(2025));
    EXPECT_DOUBLE_EQ(*b->target(2025)->value, 40.0);

    // NP is "not programmed", 0 is a target of zero, empty baseline is no baseline, and the empty
    // four-year target is computed from the annual targets (Acumulado: 0 + 5 + 5).
    const ProductIndicator *c = indicatorByCode(plan, u"450101003"_s);
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->target(2024));
    EXPECT_TRUE(c->target(2024)->notProgrammed);
    EXPECT_FALSE(c->target(2024)->value);
    ASSERT_TRUE(c->target(2025));
    EXPECT_FALSE(c->target(2025)->notProgrammed);
    EXPECT_EQ(c->target(2025)->value, 0.0);
    EXPECT_FALSE(c->baseline);
    EXPECT_EQ(c->termTarget, 10.0);

    // The line filled down from the row above (not merged) and the trend from "Reducción".
    const ProductIndicator *e = indicatorByCode(plan, u"190101002"_s);
    ASSERT_TRUE(e);
    EXPECT_EQ(plan.lineIdOfProduct(e->productId), plan.lines[1].id);
    EXPECT_EQ(e->trend, Trend::Decrease);

    // Money in millions; "1.500" is 1500 millions; the totals row is not counted.
    const Product *gob = nullptr;
    for (const Product &p : plan.products) {
        if (p.code == u"4501010"_s)
            gob = &p;
    }
    ASSERT_TRUE(gob);
    EXPECT_EQ(gob->name, u"Servicio de asistencia técnica"_s);
    EXPECT_EQ(plan.investmentTotal(gob->id), Money(1'250'500'000));
    Money all = 0;
    for (const InvestmentAmount &inv : plan.investments)
        all += inv.amount;
    EXPECT_EQ(all, Money(1'250'500'000) + Money(1'700'000'000));
}

TEST(MatrixImport, NamesAndUnitsTheMatrixLeavesEmptyComeFromTheMgaCatalog)
{
    TempDir dir;
    auto catalog = Catalog::load(dir.path(u"datos"_s));
    ASSERT_TRUE(catalog) << catalog.error().message;
    auto source = MatrixSource::fromCsvBytes(
        "Linea;Indicador;Meta 2024\nSeguridad;450102800;4\nSeguridad;450101001;2\n"_ba, u"plan.csv"_s);
    ASSERT_TRUE(source) << source.error().message;
    MatrixMapping m;
    m.columns = { { Field::LineName, u"Linea"_s }, { Field::IndicatorCode, u"Indicador"_s } };
    m.targets = { { 2024, u"Meta 2024"_s } };
    m.plan.daneCode = u"63272"_s;
    auto r = MatrixImport::read(*source, m, ImportMode::NewPlan, nullptr, catalog->get());
    ASSERT_TRUE(r) << r.error().message;
    const ProductIndicator *known = indicatorByCode(r->plan, u"450102800"_s);
    ASSERT_TRUE(known);
    EXPECT_EQ(known->name, u"Cámaras de seguridad instaladas"_s);
    EXPECT_EQ(known->unit, u"Número"_s);
    EXPECT_FALSE(known->isOwn);
    EXPECT_EQ(r->plan.program(r->plan.product(known->productId)->programId)->name,
              (*catalog)->program(u"4501"_s)->name);
    EXPECT_EQ(r->plan.lines.first().sectorCodes, QStringList { u"45"_s });
    const ProductIndicator *own = indicatorByCode(r->plan, u"450101001"_s);
    ASSERT_TRUE(own);
    EXPECT_TRUE(own->isOwn);
    EXPECT_EQ(r->plan.info.catalogVersion, (*catalog)->version());
}

TEST(MatrixImport, DryRunOfThePlanMatrixSkipsTotalsAndRepeatedHeaders)
{
    TempDir dir;
    const QString book = dir.path(u"plan.xlsx"_s);
    writePlanMatrix(book);
    auto source = MatrixSource::open(book);
    ASSERT_TRUE(source) << source.error().message;
    auto r = MatrixImport::read(*source, planMapping(), ImportMode::NewPlan);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->problems.isEmpty());
    EXPECT_FALSE(r->notes.join(u'\n').contains(u"opciones.porcentajes"_s));
    EXPECT_EQ(r->summary.rowsRead, 5);
    EXPECT_EQ(r->summary.totalRows, 1);
    EXPECT_EQ(r->summary.repeatedHeaderRows, 1);
    EXPECT_EQ(r->summary.indicators, 5);
    EXPECT_EQ(r->summary.annualTargets, 20);
    const QStringList lines = MatrixImport::summaryLines(*r);
    EXPECT_TRUE(lines.join(u'\n').contains(u"Plan nuevo: 2 líneas, 2 programas, 2 productos, 5 indicadores"_s))
        << lines.join(u'\n');
    EXPECT_FALSE(QFileInfo::exists(dir.path(u"nuevo.planea"_s)));

    // The same file read as if its percentages were 0–100 values written 0–1 is flagged.
    MatrixMapping wrong = planMapping();
    auto bad = MatrixSource::fromCsvBytes("Linea;Indicador;Unidad;Meta 2024\nA;450101001;%;45\n"_ba, u"x.csv"_s);
    ASSERT_TRUE(bad);
    wrong.sheets.clear();
    wrong.resources.clear();
    wrong.columns
        = { { Field::LineName, u"Linea"_s }, { Field::IndicatorCode, u"Indicador"_s }, { Field::Unit, u"Unidad"_s } };
    wrong.targets = { { 2024, u"Meta 2024"_s } };
    auto flagged = MatrixImport::read(*bad, wrong, ImportMode::NewPlan);
    ASSERT_TRUE(flagged) << flagged.error().message;
    EXPECT_TRUE(flagged->notes.join(u'\n').contains(
        u"1 valor en porcentaje es mayor que 1,5 aunque el mapeo dice que los porcentajes se escriben de 0 a 1"_s))
        << flagged->notes.join(u'\n');
}

TEST(MatrixImport, FollowUpDryRunListsExactlyTheBadRows)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    const QString book = dir.path(u"seguimiento.xlsx"_s);
    writeFollowUpMatrix(book);
    auto source = MatrixSource::open(book);
    ASSERT_TRUE(source);
    // Merged titles over two header rows.
    EXPECT_EQ(source->headers(0, 2, 2),
              (QStringList { u"Código indicador"_s, u"Indicador"_s, u"Avance 2024 T1"_s, u"Avance 2024 T2"_s,
                             u"Avance 2024 T3"_s, u"Avance 2024 T4"_s, u"Evidencia"_s }));
    const PlanData existing = load(plan);
    auto r = MatrixImport::read(*source, followUpMapping(), ImportMode::Progress, &existing);
    ASSERT_TRUE(r) << r.error().message;
    const QList<RowProblem> expected {
        { u"Salud"_s, 5, u"«abc» en la columna Avance 2024 T1 (C) no es un número"_s },
        { u"Salud"_s, 6, u"el indicador 999999999 no está en el plan"_s },
    };
    EXPECT_EQ(r->problems, expected);
    EXPECT_EQ(r->summary.sheetsRead, 2); // "Instrucciones" has none of the columns
    EXPECT_EQ(r->summary.rowsRead, 4);
    EXPECT_EQ(r->summary.totalRows, 2);
    EXPECT_EQ(r->summary.repeatedHeaderRows, 1);
    EXPECT_EQ(r->summary.progressNew, 4);
    EXPECT_TRUE(r->notes.join(u'\n').contains(u"Se omitió la hoja «Instrucciones»"_s));
}

TEST(MatrixImport, FollowUpProgressLandsWhereExpectedAfterSkippingBadRows)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    const QString book = dir.path(u"seguimiento.xlsx"_s);
    writeFollowUpMatrix(book);
    BackupManager backups(dir.path(u"datos"_s));
    {
        auto store = PlanStore::open(plan);
        ASSERT_TRUE(store);
        (*store)->setActor(u"Planeación"_s);
        auto outcome = MatrixImport::importProgress(book, followUpMapping(), **store, &backups, false, true);
        ASSERT_TRUE(outcome) << outcome.error().message;
        EXPECT_TRUE(outcome->written);
        // Edits are in the audit trail like any other edit, with who made them.
        auto audit = (*store)->auditEntries({ u"progress"_s, {}, {}, {}, {}, {} });
        ASSERT_TRUE(audit);
        ASSERT_EQ(audit->size(), 4);
        EXPECT_EQ(audit->first().actor, u"Planeación"_s);
    }
    EXPECT_EQ(backups.list(plan).size(), 1);
    EXPECT_EQ(backups.list(plan).first().reason, u"import"_s);
    const PlanData p = load(plan);
    EXPECT_EQ(progressOf(p, u"450101001"_s, 2024), 6.0); // Acumulado: 1 + 2 + 3
    EXPECT_EQ(progressOf(p, u"450101002"_s, 2024), 50.0); // Stock: last quarter, 0.5 → 50 %
    EXPECT_EQ(progressOf(p, u"450101003"_s, 2024), 0.0); // NP, 0 → zero, not "no data"
    EXPECT_EQ(progressOf(p, u"190101001"_s, 2024), 2469.0); // "1.234,5" + "1234.5"
    EXPECT_FALSE(progressOf(p, u"190101002"_s, 2024)); // the bad row wrote nothing
    for (const ProgressReport &r : p.progress) {
        if (r.indicatorId == indicatorByCode(p, u"450101001"_s)->id) {
            EXPECT_EQ(r.evidence, u"Actas"_s);
        }
    }
}

TEST(MatrixImport, QuartersAreKeptWhenAskedAndUnchangedValuesAreNotRewritten)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    const QString book = dir.path(u"seguimiento.xlsx"_s);
    writeFollowUpMatrix(book);
    MatrixMapping m = followUpMapping();
    m.quarterMode = QuarterMode::Keep;
    m.sheets = { u"Gobierno"_s };
    auto store = PlanStore::open(plan);
    ASSERT_TRUE(store);
    auto first = MatrixImport::importProgress(book, m, **store, nullptr, false, false);
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_TRUE(first->written) << first->refusal;
    auto p = (*store)->load();
    ASSERT_TRUE(p);
    EXPECT_EQ(progressOf(*p, u"450101001"_s, 2024, 1), 1.0);
    EXPECT_EQ(progressOf(*p, u"450101001"_s, 2024, 4), 3.0);
    EXPECT_FALSE(progressOf(*p, u"450101001"_s, 2024, 3)); // empty: no data
    EXPECT_FALSE(progressOf(*p, u"450101001"_s, 2024, 0));
    EXPECT_FALSE(progressOf(*p, u"450101003"_s, 2024, 1)); // NP: no data
    EXPECT_EQ(progressOf(*p, u"450101003"_s, 2024, 2), 0.0); // zero is a value

    // The same file again: every value unchanged, nothing to write.
    auto again = MatrixImport::importProgress(book, m, **store, nullptr, true, false);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->read.summary.progressNew, 0);
    EXPECT_EQ(again->read.summary.progressChanged, 0);
    EXPECT_EQ(again->read.summary.progressUnchanged, 6);
    EXPECT_TRUE(again->read.progress.isEmpty());
}

TEST(MatrixImport, AllOrNothingRefusedImportLeavesThePlanByteIdentical)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    const QString book = dir.path(u"seguimiento.xlsx"_s);
    writeFollowUpMatrix(book);
    BackupManager backups(dir.path(u"datos"_s));
    QByteArray before;
    {
        auto store = PlanStore::open(plan);
        ASSERT_TRUE(store);
        before = readBytes(plan); // opening for writing records the Planea version: compare after that
        auto outcome = MatrixImport::importProgress(book, followUpMapping(), **store, &backups, false, false);
        ASSERT_TRUE(outcome) << outcome.error().message;
        EXPECT_FALSE(outcome->written);
        EXPECT_EQ(outcome->refusal,
                  u"2 filas no se pueden leer: no se importó nada. Corríjalas en la hoja de "
                  "cálculo, o acepte omitirlas."_s);
        // The result itself is refused too, whoever calls it.
        EXPECT_FALSE(MatrixImport::writeProgress(outcome->read, **store, &backups, false));
    }
    EXPECT_EQ(readBytes(plan), before);
    EXPECT_TRUE(backups.list(plan).isEmpty());

    // A new plan from a matrix with a bad row is not made at all.
    const QString planBook = dir.path(u"plan2.xlsx"_s);
    XlsxWriter w;
    const int s = w.addSheet(u"Plan indicativo"_s);
    w.appendRow(s, { t(u"Línea estratégica"_s), t(u"Código indicador"_s), t(u"Meta 2024"_s) });
    w.appendRow(s, { t(u"Gobierno"_s), t(u"450101001"_s), n(3) });
    w.appendRow(s, { t(u"Gobierno"_s), t(u"450101002"_s), t(u"tres"_s) });
    ASSERT_TRUE(w.writeFile(planBook));
    MatrixMapping m;
    m.columns = { { Field::LineName, u"Línea estratégica"_s }, { Field::IndicatorCode, u"Código indicador"_s } };
    m.targets = { { 2024, u"Meta 2024"_s } };
    m.plan.daneCode = u"63272"_s;
    const QString out = dir.path(u"nuevo.planea"_s);
    auto refused = MatrixImport::importToNewPlan(planBook, m, out, false, false);
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->written);
    ASSERT_EQ(refused->read.problems.size(), 1);
    EXPECT_EQ(refused->read.problems.first().row, 3);
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_EQ(QDir(dir.root()).entryList(QDir::Files | QDir::Hidden).filter(u"planea"_s),
              QStringList { u"plan.planea"_s });
}

TEST(MatrixImport, ProgressByCodeRefusesAnIndicatorSharedByTwoGoals)
{
    // Real plans write two goals with the same MGA indicator (other wording, office or target). A
    // follow-up row that names only that code must be refused, never put on one of them at random.
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    {
        auto store = PlanStore::open(plan);
        ASSERT_TRUE(store) << store.error().message;
        auto before = (*store)->load();
        ASSERT_TRUE(before);
        const ProductIndicator *first = indicatorByCode(*before, u"450101001"_s);
        ASSERT_TRUE(first);
        ProductIndicator second = *first;
        second.id = 0;
        second.name = u"Segunda meta sobre el mismo indicador"_s;
        second.annualTargets.clear();
        auto added = PlanWriter(**store).addIndicator(second);
        ASSERT_TRUE(added) << added.error().message;
    }
    auto r = readCodeProgressCsv(dir, plan,
                                 "C\xc3\xb3"
                                 "digo;Avance 2024\n450101001;7\n"_ba);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems.first().row, 2);
    EXPECT_EQ(r->problems.first().reason,
              u"el indicador 450101001 lo usan 2 metas del plan: esta fila no dice de cuál de ellas es el avance "
              u"(asocie la columna del código de la meta, \"codigo_meta\", para distinguirlas)"_s);
    EXPECT_TRUE(r->progress.isEmpty());
}

TEST(MatrixImport, CsvFollowUpAndDuplicateRowsAcrossSheets)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    auto r = readCodeProgressCsv(dir, plan,
                                 "C\xc3\xb3"
                                 "digo;Avance 2024\n450101001;\"1.234,5\"\n\n450101001;7\n190101001;\n"_ba);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems.first().sheet, u"avance"_s);
    EXPECT_EQ(r->problems.first().row, 4); // CSV rows are file lines
    EXPECT_EQ(r->problems.first().reason, u"el avance de 450101001 para 2024 ya se leyó (hoja «avance», fila 2)"_s);
    ASSERT_EQ(r->progress.size(), 1);
    EXPECT_EQ(r->progress.first().value, 1234.5);
    EXPECT_EQ(r->summary.emptyRows, 1); // the blank line 3
    // 190101001 with an empty value: no data, not an error, nothing written.
    EXPECT_EQ(r->summary.rowsRead, 2);
}

TEST(MatrixImport, BadInputsGiveASpanishMessageAndWriteNothing)
{
    TempDir dir;
    const QString out = dir.path(u"nuevo.planea"_s);
    const auto newPlanError = [&](const QString &book, const MatrixMapping &m) {
        auto r = MatrixImport::importToNewPlan(book, m, out, false, false);
        EXPECT_FALSE(r);
        EXPECT_FALSE(QFileInfo::exists(out));
        return r ? QString() : r.error().message;
    };

    const QString notZip = dir.path(u"falso.xlsx"_s);
    writeBytes(notZip, "esto no es un libro de Excel"_ba);
    EXPECT_FALSE(newPlanError(notZip, planMapping()).isEmpty());

    const QString good = dir.path(u"plan.xlsx"_s);
    writePlanMatrix(good);
    const QByteArray bytes = readBytes(good);
    const QString damaged = dir.path(u"danado.xlsx"_s);
    writeBytes(damaged, bytes.left(bytes.size() / 2));
    EXPECT_FALSE(newPlanError(damaged, planMapping()).isEmpty());

    const QString encrypted = dir.path(u"cifrado.xlsx"_s);
    writeBytes(encrypted, QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
    EXPECT_TRUE(newPlanError(encrypted, planMapping()).contains(u"es un libro cifrado"_s));

    MatrixMapping missingSheet = planMapping();
    missingSheet.sheets = { u"Hacienda"_s };
    EXPECT_EQ(newPlanError(good, missingSheet),
              u"plan.xlsx: no hay una hoja «Hacienda» (clave \"hojas\"). Hojas: Plan indicativo."_s);

    MatrixMapping missingColumn = planMapping();
    missingColumn.columns.insert(Field::Trend, u"Tendencia"_s);
    EXPECT_EQ(newPlanError(good, missingColumn),
              u"plan.xlsx, hoja «Plan indicativo»: el encabezado (fila 1) no tiene la columna «Tendencia» (clave "
              "\"columnas.tendencia\")."_s);

    MatrixMapping outsideTerm = planMapping();
    outsideTerm.targets.insert(2029, u"Meta 2027"_s);
    EXPECT_EQ(newPlanError(good, outsideTerm),
              u"Clave \"metas_anuales.2029\": 2029 está fuera del cuatrienio 2024-2027 del plan."_s);

    MatrixMapping badSource = planMapping();
    badSource.resources[0].sourceCode = u"SGP-LD"_s;
    EXPECT_TRUE(newPlanError(good, badSource)
                    .startsWith(u"Clave \"recursos[0].fuente\": «SGP-LD» no es un código de fuente de financiación. "
                                "Códigos: RP, SGP_EDU"_s));

    MatrixMapping noDane = planMapping();
    noDane.plan.daneCode.clear();
    EXPECT_TRUE(newPlanError(good, noDane).contains(u"plan.codigo_dane"_s));

    const QString badJson = dir.path(u"mapeo.json"_s);
    writeBytes(badJson, "{ \"columnas\": { \"indicador\": \"A\" }"_ba);
    auto m = MatrixMapping::load(badJson);
    ASSERT_FALSE(m);
    EXPECT_TRUE(m.error().message.startsWith(u"mapeo.json no es un JSON válido"_s)) << m.error().message;
}

TEST(MatrixImport, HundredThousandRowCsvIsReadRowByRow)
{
    TempDir dir;
    const QString csv = dir.path(u"grande.csv"_s);
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Linea;Indicador;Meta 2024\n");
        QByteArray chunk;
        for (int i = 0; i < 100'000; ++i) {
            chunk += "L" + QByteArray::number(i / 20'000) + ";" + QByteArray::number(450100000 + i) + ";"
                + QByteArray::number(i % 13) + "\n";
            if (chunk.size() > 1 << 20) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    MatrixMapping m;
    m.columns = { { Field::LineName, u"Linea"_s }, { Field::IndicatorCode, u"Indicador"_s } };
    m.targets = { { 2024, u"Meta 2024"_s } };
    m.plan.daneCode = u"63272"_s;
    auto outcome = MatrixImport::importToNewPlan(csv, m, dir.path(u"grande.planea"_s), true, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_TRUE(outcome->read.problems.isEmpty());
    EXPECT_EQ(outcome->read.summary.indicators, 100'000);
    EXPECT_EQ(outcome->read.summary.lines, 5);
    EXPECT_EQ(outcome->read.summary.products, 1000);
    EXPECT_FALSE(QFileInfo::exists(dir.path(u"grande.planea"_s))); // a dry run
}

TEST(MatrixImport, HundredThousandRowWorkbookIntoAPlanListsEveryBadRow)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    const QString book = dir.path(u"grande.xlsx"_s);
    {
        XlsxWriter w;
        const int s = w.addSheet(u"Avance"_s);
        w.appendRow(s, { t(u"Código indicador"_s), t(u"Avance 2024"_s) });
        for (int i = 0; i < 100'000; ++i)
            w.appendRow(s, { n(900000000 + i), n(i % 10) });
        w.appendRow(s, { t(u"450101001"_s), n(4) });
        ASSERT_TRUE(w.writeFile(book));
    }
    MatrixMapping m;
    m.columns = { { Field::IndicatorCode, u"Código indicador"_s } };
    m.progress = { { 2024, u"Avance 2024"_s } };
    const QByteArray before = readBytes(plan);
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto store = PlanStore::open(plan, readOnly);
        ASSERT_TRUE(store);
        auto outcome = MatrixImport::importProgress(book, m, **store, nullptr, false, false);
        ASSERT_TRUE(outcome) << outcome.error().message;
        EXPECT_FALSE(outcome->written);
        ASSERT_EQ(outcome->read.problems.size(), 100'000);
        EXPECT_EQ(outcome->read.problems.last(),
                  (RowProblem { u"Avance"_s, 100'001, u"el indicador 900099999 no está en el plan"_s }));
        EXPECT_EQ(outcome->read.summary.progressNew, 1);
    }
    EXPECT_EQ(readBytes(plan), before);
}

TEST(MatrixImportCli, DryRunThenImportIntoThePlan)
{
    TempDir dir;
    const QString plan = dir.path(u"plan.planea"_s);
    makePlan(dir, plan);
    const QString book = dir.path(u"seguimiento.xlsx"_s);
    writeFollowUpMatrix(book);
    const QString mapping = dir.path(u"mapeo.json"_s);
    ASSERT_TRUE(followUpMapping().save(mapping));
    const QByteArray before = readBytes(plan);

    const QStringList base {
        u"--data-dir"_s, dir.path(u"datos"_s), u"import-matrix"_s, book, u"--mapping"_s, mapping, u"--into"_s, plan
    };
    const CliResult dry = runCli(base + QStringList { u"--dry-run"_s });
    EXPECT_EQ(dry.exitCode, 2) << dry.err;
    EXPECT_TRUE(dry.out.contains(u"Hoja «Salud», fila 5: «abc» en la columna Avance 2024 T1 (C) no es un número"_s))
        << dry.out;
    EXPECT_TRUE(dry.out.contains(u"Hoja «Salud», fila 6: el indicador 999999999 no está en el plan"_s));
    EXPECT_TRUE(dry.out.contains(u"Simulación: no se escribió nada."_s));

    const CliResult refused = runCli(base);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"no se importó nada"_s)) << refused.err;
    EXPECT_EQ(readBytes(plan), before);

    const CliResult json = runCli(base + QStringList { u"--skip-bad-rows"_s, u"--json"_s });
    EXPECT_EQ(json.exitCode, 0) << json.err;
    EXPECT_TRUE(json.out.contains(u"\"importado\": true"_s)) << json.out;
    EXPECT_TRUE(json.out.contains(u"\"avances_nuevos\": 4"_s));
    EXPECT_EQ(progressOf(load(plan), u"450101001"_s, 2024), 6.0);

    const CliResult neither = runCli({ u"import-matrix"_s, book, u"--mapping"_s, mapping });
    EXPECT_EQ(neither.exitCode, 2);
    EXPECT_TRUE(neither.err.contains(u"import-matrix necesita -o NUEVO.planea"_s));
}
