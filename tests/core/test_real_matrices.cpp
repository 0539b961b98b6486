// Plans as municipalities really write them (issue 16): a workbook with one sheet per secretaría,
// several goals on one MGA product indicator, the same MGA product under two lines, and progress of
// each goal landing on that goal and no other. The fixtures reproduce traits of published municipal
// follow-up matrices; every expected figure below is read off the fixture by hand.
#include "TempDir.h"
#include "XlsxCells.h"
#include "exchange/MatrixImport.h"
#include "report/PlanIndicativoReport.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxWriter.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::matrix;
using namespace planea::test;
using namespace planea::test::cells;

std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << text.toStdString();
}

namespace {

/// One sheet per secretaría. Gobierno writes two goals on 450101001 (JAC and víctimas), each with
/// its own target, office wording and 2024 progress; Planeación writes a third goal on the same
/// indicator under another line, so product 4501010 and program 4501 stand under two lines.
void writeSecretariasBook(const QString &path)
{
    XlsxWriter w;
    const QList<XlsxWriter::Cell> header { t(u"Línea"_s),           t(u"Programa"_s),         t(u"Producto"_s),
                                           t(u"Indicador"_s),       t(u"Meta de producto"_s), t(u"Unidad"_s),
                                           t(u"Meta cuatrienio"_s), t(u"Avance 2024"_s),      t(u"Responsable"_s) };
    const int gob = w.addSheet(u"Gobierno"_s);
    w.appendRow(gob, header);
    w.appendRow(gob,
                { t(u"Seguridad y convivencia"_s), t(u"4501"_s), t(u"4501010"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 20 juntas de acción comunal"_s), t(u"Número"_s), n(20), n(5),
                  t(u"Secretaría de Gobierno"_s) });
    w.appendRow(gob,
                { t(u"Seguridad y convivencia"_s), t(u"4501"_s), t(u"4501010"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 10 organizaciones de víctimas"_s), t(u"Número"_s), n(10), n(3),
                  t(u"Secretaría de Gobierno"_s) });
    const int pla = w.addSheet(u"Planeación"_s);
    w.appendRow(pla, header);
    w.appendRow(pla,
                { t(u"Gobierno abierto"_s), t(u"4501"_s), t(u"4501010"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 4 veedurías ciudadanas"_s), t(u"Número"_s), n(4), n(1),
                  t(u"Secretaría de Planeación"_s) });
    ASSERT_TRUE(w.writeFile(path));
}

MatrixMapping secretariasMapping()
{
    MatrixMapping m;
    m.columns = { { Field::LineName, u"Línea"_s },
                  { Field::ProgramCode, u"Programa"_s },
                  { Field::ProductCode, u"Producto"_s },
                  { Field::IndicatorCode, u"Indicador"_s },
                  { Field::IndicatorName, u"Meta de producto"_s },
                  { Field::Unit, u"Unidad"_s },
                  { Field::TermTarget, u"Meta cuatrienio"_s },
                  { Field::Office, u"Responsable"_s } };
    m.progress = { { 2024, u"Avance 2024"_s } };
    m.plan = { 2024, u"63272"_s, u"Filandia"_s, u"Quindío"_s, {} };
    return m;
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

const ProductIndicator *goalNamed(const PlanData &plan, const QString &name)
{
    for (const ProductIndicator &ind : plan.indicators) {
        if (ind.name == name)
            return &ind;
    }
    return nullptr;
}

std::optional<double> yearProgress(const PlanData &plan, qint64 goal, int year)
{
    for (const ProgressReport &r : plan.progress) {
        if (r.indicatorId == goal && r.year == year && r.period == 0)
            return r.value;
    }
    return std::nullopt;
}

} // namespace

TEST(RealMatrices, GoalsSharingAnIndicatorAndAProductUnderTwoLinesAreEachKept)
{
    TempDir dir;
    const QString book = dir.path(u"secretarias.xlsx"_s);
    writeSecretariasBook(book);
    auto dry = MatrixImport::importToNewPlan(book, secretariasMapping(), dir.path(u"x.planea"_s), true, false);
    ASSERT_TRUE(dry) << dry.error().message;
    EXPECT_TRUE(dry->read.problems.isEmpty())
        << (dry->read.problems.isEmpty() ? QString() : dry->read.problems.first().reason);
    // The dry run says that goals share an indicator, and refuses nothing.
    EXPECT_TRUE(dry->read.notes.join(u'\n').contains(u"2 metas usan un indicador MGA que otra meta del plan "
                                                     u"también usa"_s))
        << dry->read.notes.join(u'\n');

    const QString path = dir.path(u"plan.planea"_s);
    auto outcome = MatrixImport::importToNewPlan(book, secretariasMapping(), path, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
    const PlanData plan = load(path);
    ASSERT_EQ(plan.lines.size(), 2);
    ASSERT_EQ(plan.programs.size(), 2); // 4501 under each line
    ASSERT_EQ(plan.products.size(), 2); // 4501010 under each program
    ASSERT_EQ(plan.indicators.size(), 3);
    for (const ProductIndicator &ind : plan.indicators)
        EXPECT_EQ(ind.code, u"450101001"_s);

    const ProductIndicator *jac = goalNamed(plan, u"Asistir técnicamente a 20 juntas de acción comunal"_s);
    const ProductIndicator *vic = goalNamed(plan, u"Asistir técnicamente a 10 organizaciones de víctimas"_s);
    const ProductIndicator *vee = goalNamed(plan, u"Asistir técnicamente a 4 veedurías ciudadanas"_s);
    ASSERT_TRUE(jac && vic && vee);
    // The two Gobierno goals share one product; the Planeación goal has its own, in the other line.
    EXPECT_EQ(jac->productId, vic->productId);
    EXPECT_NE(jac->productId, vee->productId);
    EXPECT_EQ(plan.lineIdOfProduct(jac->productId), plan.lines[0].id);
    EXPECT_EQ(plan.lineIdOfProduct(vee->productId), plan.lines[1].id);
    EXPECT_EQ(jac->termTarget, 20.0);
    EXPECT_EQ(vic->termTarget, 10.0);
    EXPECT_EQ(vee->termTarget, 4.0);
    // Each goal's progress is its own: 5, 3 and 1, not the last row's value on all three.
    EXPECT_EQ(yearProgress(plan, jac->id, 2024), 5.0);
    EXPECT_EQ(yearProgress(plan, vic->id, 2024), 3.0);
    EXPECT_EQ(yearProgress(plan, vee->id, 2024), 1.0);
    ASSERT_TRUE(vee->responsibleOfficeId);
    EXPECT_EQ(plan.office(*vee->responsibleOfficeId)->name, u"Secretaría de Planeación"_s);
    // No goal has its own code: the Plan Indicativo keeps the columns it always had.
    EXPECT_LT(report::buildPlanIndicativoReport(plan, {}).columnIndex(u"cod_meta"_s), 0);
}

namespace {

/// The Plan Indicativo of a municipality that numbers its goals («COD META PRODUCTO» 1…331): three
/// goals on the one MGA indicator 450101001, told apart only by that number.
void writeNumberedGoalsBook(const QString &path)
{
    XlsxWriter w;
    const int s = w.addSheet(u"Plan Indicativo"_s);
    w.appendRow(s,
                { t(u"Línea"_s), t(u"COD META PRODUCTO"_s), t(u"Código indicador"_s), t(u"Meta de producto"_s),
                  t(u"Meta cuatrienio"_s) });
    w.appendRow(s,
                { t(u"Seguridad y convivencia"_s), n(101), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 20 juntas de acción comunal"_s), n(20) });
    w.appendRow(s,
                { t(u"Seguridad y convivencia"_s), n(102), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 10 organizaciones de víctimas"_s), n(10) });
    w.appendRow(s,
                { t(u"Gobierno abierto"_s), t(u"103"_s), t(u"450101001"_s),
                  t(u"Asistir técnicamente a 4 veedurías ciudadanas"_s), n(4) });
    ASSERT_TRUE(w.writeFile(path));
}

/// Its follow-up: the goal number and the shared indicator code on each row; the last row names a
/// goal number the plan does not have, and one row has no goal number at all.
void writeNumberedGoalsFollowUp(const QString &path)
{
    XlsxWriter w;
    const int s = w.addSheet(u"Seguimiento"_s);
    w.appendRow(s, { t(u"COD META PRODUCTO"_s), t(u"Código indicador"_s), t(u"Avance 2024"_s) });
    w.appendRow(s, { n(102), t(u"450101001"_s), n(3) });
    w.appendRow(s, { n(101), t(u"450101001"_s), n(5) });
    w.appendRow(s, { t(u"103"_s), t(u"450101001"_s), n(1) });
    w.appendRow(s, { n(999), t(u"450101001"_s), n(2) });
    w.appendRow(s, { none(), t(u"450101001"_s), n(4) });
    ASSERT_TRUE(w.writeFile(path));
}

} // namespace

TEST(RealMatrices, GoalCodeIsKeptAndTellsGoalsOnOneIndicatorApartInTheFollowUp)
{
    TempDir dir;
    const QString book = dir.path(u"plan.xlsx"_s);
    writeNumberedGoalsBook(book);
    // The assistant's first guess reads «COD META PRODUCTO» as the goal's code, not the MGA code.
    const MatrixMapping guessed = suggestMapping(
        { u"Línea"_s, u"COD META PRODUCTO"_s, u"Código indicador"_s, u"Meta de producto"_s, u"Meta cuatrienio"_s });
    EXPECT_EQ(guessed.columns.value(Field::GoalCode), u"COD META PRODUCTO"_s);
    EXPECT_EQ(guessed.columns.value(Field::IndicatorCode), u"Código indicador"_s);

    MatrixMapping m;
    m.columns = { { Field::LineName, u"Línea"_s },
                  { Field::GoalCode, u"COD META PRODUCTO"_s },
                  { Field::IndicatorCode, u"Código indicador"_s },
                  { Field::IndicatorName, u"Meta de producto"_s },
                  { Field::TermTarget, u"Meta cuatrienio"_s } };
    m.plan = { 2024, u"63272"_s, u"Filandia"_s, u"Quindío"_s, {} };
    // The mapping key is "codigo_meta" and survives the JSON round trip.
    auto again = MatrixMapping::fromJson(m.toJson(), u"mapeo.json"_s);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->columns.value(Field::GoalCode), u"COD META PRODUCTO"_s);
    EXPECT_TRUE(m.toJson().contains("\"codigo_meta\""));

    const QString path = dir.path(u"plan.planea"_s);
    auto outcome = MatrixImport::importToNewPlan(book, m, path, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
    PlanData plan = load(path);
    ASSERT_EQ(plan.indicators.size(), 3);
    const ProductIndicator *jac = goalNamed(plan, u"Asistir técnicamente a 20 juntas de acción comunal"_s);
    const ProductIndicator *vic = goalNamed(plan, u"Asistir técnicamente a 10 organizaciones de víctimas"_s);
    const ProductIndicator *vee = goalNamed(plan, u"Asistir técnicamente a 4 veedurías ciudadanas"_s);
    ASSERT_TRUE(jac && vic && vee);
    EXPECT_EQ(jac->goalCode, u"101"_s); // a number cell, read as the code «101»
    EXPECT_EQ(vic->goalCode, u"102"_s);
    EXPECT_EQ(vee->goalCode, u"103"_s);

    // The follow-up finds each goal by its number although all three share 450101001.
    const QString followUp = dir.path(u"seguimiento.xlsx"_s);
    writeNumberedGoalsFollowUp(followUp);
    MatrixMapping f;
    f.columns = { { Field::GoalCode, u"COD META PRODUCTO"_s }, { Field::IndicatorCode, u"Código indicador"_s } };
    f.progress = { { 2024, u"Avance 2024"_s } };
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store) << store.error().message;
        auto dry = MatrixImport::importProgress(followUp, f, **store, nullptr, true, false);
        ASSERT_TRUE(dry) << dry.error().message;
        ASSERT_EQ(dry->read.problems.size(), 2);
        EXPECT_EQ(dry->read.problems[0].row, 5);
        EXPECT_EQ(dry->read.problems[0].reason,
                  u"ninguna meta del plan con el indicador 450101001 tiene el código de meta 999"_s);
        // Without its number the row is still ambiguous, and the message says how to fix it.
        EXPECT_EQ(dry->read.problems[1].row, 6);
        EXPECT_EQ(dry->read.problems[1].reason,
                  u"el indicador 450101001 lo usan 3 metas del plan: esta fila no dice de cuál de ellas es el avance "
                  u"(asocie la columna del código de la meta, \"codigo_meta\", para distinguirlas)"_s);
        auto written = MatrixImport::importProgress(followUp, f, **store, nullptr, false, true);
        ASSERT_TRUE(written) << written.error().message;
        ASSERT_TRUE(written->written) << written->refusal;
    }
    // The Plan Indicativo document shows the goal's number before the MGA code.
    const report::Report indicativo = report::buildPlanIndicativoReport(plan, {});
    const qsizetype goalColumn = indicativo.columnIndex(u"cod_meta"_s);
    ASSERT_EQ(goalColumn, indicativo.columnIndex(u"cod_indicador"_s) - 1);
    EXPECT_EQ(indicativo.columns[goalColumn].title, u"Código de la meta"_s);
    QStringList goalCodes;
    for (const report::ReportRow &row : indicativo.rows) {
        if (row.kind != report::RowKind::Total)
            goalCodes.append(row.cells.value(goalColumn).toString());
    }
    goalCodes.sort();
    EXPECT_EQ(goalCodes, (QStringList { u"101"_s, u"102"_s, u"103"_s }));

    const qint64 jacId = jac->id;
    const qint64 vicId = vic->id;
    const qint64 veeId = vee->id;
    plan = load(path);
    EXPECT_EQ(yearProgress(plan, jacId, 2024), 5.0);
    EXPECT_EQ(yearProgress(plan, vicId, 2024), 3.0);
    EXPECT_EQ(yearProgress(plan, veeId, 2024), 1.0);
}

namespace {

/// A Plan Indicativo that writes the trend and the accumulation as the municipality abbreviates
/// them: «I», «M», «D», «R.», «Incremento», «Mantenimiento», «Flujo», «Stock», «Acum.»; the last row
/// says «Sube», a word of this entity only.
void writeAbbreviationsBook(const QString &path)
{
    XlsxWriter w;
    const int s = w.addSheet(u"PI"_s);
    w.appendRow(s,
                { t(u"Línea"_s), t(u"Código indicador"_s), t(u"Tendencia"_s), t(u"Tipo de acumulación"_s),
                  t(u"Meta cuatrienio"_s) });
    const QList<std::pair<QString, QString>> rows {
        { u"I"_s, u"Acum."_s }, { u"M"_s, u"Mantenimiento"_s }, { u"D"_s, u"R."_s },   { u"Incremento"_s, u"Flujo"_s },
        { u"i"_s, u"Stock"_s }, { u"R"_s, u"Red. anual"_s },    { u"Sube"_s, u"F"_s },
    };
    int code = 1;
    for (const auto &[trend, accumulation] : rows) {
        w.appendRow(s, { t(u"Buen gobierno"_s), t(u"45010100%1"_s.arg(code++)), t(trend), t(accumulation), n(10) });
    }
    ASSERT_TRUE(w.writeFile(path));
}

QByteArray abbreviationsMapping(const QByteArray &synonyms)
{
    return R"({ "columnas": { "linea": "Línea", "codigo_indicador": "Código indicador",
                "tendencia": "Tendencia", "tipo_acumulacion": "Tipo de acumulación",
                "meta_cuatrienio": "Meta cuatrienio" },
              "plan": { "inicio": 2024, "codigo_dane": "63272" } )"_ba
        + synonyms + "}"_ba;
}

} // namespace

TEST(RealMatrices, TrendAndAccumulationAbbreviationsAreReadAndAnUnknownWordIsRefusedUntilTheMappingNamesIt)
{
    TempDir dir;
    const QString book = dir.path(u"pi.xlsx"_s);
    writeAbbreviationsBook(book);
    auto mapping = MatrixMapping::fromJson(abbreviationsMapping({}), u"mapeo.json"_s);
    ASSERT_TRUE(mapping) << mapping.error().message;
    auto refused = MatrixImport::importToNewPlan(book, *mapping, dir.path(u"x.planea"_s), true, false);
    ASSERT_TRUE(refused) << refused.error().message;
    // Only «Sube» is refused: the sheet, the row and the column with its title and letter.
    ASSERT_EQ(refused->read.problems.size(), 1);
    EXPECT_EQ(refused->read.problems[0].sheet, u"PI"_s);
    EXPECT_EQ(refused->read.problems[0].row, 8);
    EXPECT_EQ(refused->read.problems[0].reason,
              u"«Sube» en la columna Tendencia (C) no es una tendencia (Aumentar/Incremento, Mantener, "
              u"Disminuir/Reducción, o I, M, D, R); otra palabra se puede agregar en \"sinonimos.tendencia\" "
              u"del mapeo"_s);

    // The mapping names the entity's own words; a word that means nothing known is refused by key.
    auto bad = MatrixMapping::fromJson(abbreviationsMapping(R"(, "sinonimos": { "tendencia": { "Sube": "Arriba" } })"),
                                       u"mapeo.json"_s);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().message,
              u"mapeo.json: clave \"sinonimos.tendencia.Sube\": debe ser uno de Incremento, "
              u"Mantenimiento, Reducción"_s);
    mapping = MatrixMapping::fromJson(abbreviationsMapping(R"(, "sinonimos": { "tendencia": { "Sube": "Incremento" },
                                                  "tipo_acumulacion": { "Vigencia": "FLUJO" } })"),
                                      u"mapeo.json"_s);
    ASSERT_TRUE(mapping) << mapping.error().message;
    EXPECT_EQ(mapping->trendSynonyms.value(u"Sube"_s), Trend::Increase);
    auto again = MatrixMapping::fromJson(mapping->toJson(), u"mapeo.json"_s);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(*again, *mapping);

    const QString path = dir.path(u"plan.planea"_s);
    auto outcome = MatrixImport::importToNewPlan(book, *mapping, path, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
    const PlanData plan = load(path);
    ASSERT_EQ(plan.indicators.size(), 7);
    const QList<std::pair<Trend, AccumulationType>> expected {
        { Trend::Increase, AccumulationType::Cumulative }, { Trend::Maintain, AccumulationType::Maintenance },
        { Trend::Decrease, AccumulationType::Reduction },  { Trend::Increase, AccumulationType::Flow },
        { Trend::Increase, AccumulationType::Stock },      { Trend::Decrease, AccumulationType::AnnualReduction },
        { Trend::Increase, AccumulationType::Flow },
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ProductIndicator &ind = plan.indicators[i];
        EXPECT_EQ(ind.code, u"45010100%1"_s.arg(i + 1));
        EXPECT_EQ(ind.trend, expected[i].first) << "row " << i + 2;
        EXPECT_EQ(ind.accumulation, expected[i].second) << "row " << i + 2;
    }
}

namespace {

/// One sheet per line, as a secretaría prints them: a title merged across the table above the
/// header («LÍNEA 1: SEGURIDAD Y CONVIVENCIA»), no line column, and two columns with each of the
/// titles «L.B» (a note, then the number) and «META» (the goal's wording, then the four-year target).
void writeLinePerSheetBook(const QString &path)
{
    XlsxWriter w;
    const QList<XlsxWriter::Cell> header { t(u"Código indicador"_s), t(u"L.B"_s), t(u"L.B"_s), t(u"META"_s),
                                           t(u"META"_s) };
    const int seg = w.addSheet(u"Seguridad"_s);
    w.appendRow(seg, { t(u"LÍNEA 1: SEGURIDAD Y CONVIVENCIA"_s), none(), none(), none(), none() });
    w.merge(seg, { 0, 0, 0, 4 });
    w.appendRow(seg, header);
    w.appendRow(
        seg,
        { t(u"450101001"_s), t(u"Diagnóstico 2023"_s), n(12), t(u"Asistir a 20 juntas de acción comunal"_s), n(20) });
    w.appendRow(seg, { t(u"450101002"_s), t(u"Sin dato previo"_s), n(0), t(u"Formar 4 veedurías"_s), n(4) });
    const int gob = w.addSheet(u"Gobierno abierto"_s);
    w.appendRow(gob, { t(u"LÍNEA 2: GOBIERNO ABIERTO"_s), none(), none(), none(), none() });
    w.merge(gob, { 0, 0, 0, 4 });
    w.appendRow(gob, header);
    w.appendRow(gob, { t(u"450102001"_s), t(u"Informe 2023"_s), n(1), t(u"Rendir cuentas cada año"_s), n(4) });
    ASSERT_TRUE(w.writeFile(path));
}

QByteArray linePerSheetMapping(const QByteArray &lineOption)
{
    return R"({ "fila_encabezado": 2,
              "opciones": { )"_ba
        + lineOption + R"( },
              "columnas": { "codigo_indicador": "Código indicador", "linea_base": "L.B@2",
                            "indicador": "META", "meta_cuatrienio": "META@2" },
              "plan": { "inicio": 2024, "codigo_dane": "63272" } })"_ba;
}

} // namespace

TEST(RealMatrices, RepeatedTitlesByPositionAndTheLineFromATitleRowOrTheSheetName)
{
    TempDir dir;
    const QString book = dir.path(u"lineas.xlsx"_s);
    writeLinePerSheetBook(book);

    // The line from the merged title above each table.
    auto mapping = MatrixMapping::fromJson(linePerSheetMapping(R"("fila_titulo_linea": 1)"), u"mapeo.json"_s);
    ASSERT_TRUE(mapping) << mapping.error().message;
    EXPECT_EQ(mapping->lineTitleRow, 1);
    auto again = MatrixMapping::fromJson(mapping->toJson(), u"mapeo.json"_s);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(*again, *mapping);
    const QString path = dir.path(u"plan.planea"_s);
    auto outcome = MatrixImport::importToNewPlan(book, *mapping, path, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
    // The dry run says which «META» the name came from and how to take the other.
    EXPECT_TRUE(outcome->read.notes.join(u'\n').contains(
        u"Hoja «Seguridad»: 2 columnas se titulan «META»; la clave \"columnas.indicador\" toma la primera (D). "
        u"«META@2» nombra la segunda."_s))
        << outcome->read.notes.join(u'\n');
    PlanData plan = load(path);
    ASSERT_EQ(plan.lines.size(), 2);
    EXPECT_EQ(plan.lines[0].name, u"LÍNEA 1: SEGURIDAD Y CONVIVENCIA"_s);
    EXPECT_EQ(plan.lines[1].name, u"LÍNEA 2: GOBIERNO ABIERTO"_s);
    ASSERT_EQ(plan.indicators.size(), 3);
    const ProductIndicator *jac = goalNamed(plan, u"Asistir a 20 juntas de acción comunal"_s);
    ASSERT_TRUE(jac);
    EXPECT_EQ(jac->baseline, 12.0); // the second «L.B», not the note in the first
    EXPECT_EQ(jac->termTarget, 20.0); // the second «META»
    const ProductIndicator *vee = goalNamed(plan, u"Formar 4 veedurías"_s);
    ASSERT_TRUE(vee);
    EXPECT_EQ(vee->baseline, 0.0);
    EXPECT_EQ(vee->termTarget, 4.0);
    EXPECT_EQ(plan.lineIdOfProduct(goalNamed(plan, u"Rendir cuentas cada año"_s)->productId), plan.lines[1].id);

    // The same workbook with the sheet's name as the line.
    mapping = MatrixMapping::fromJson(linePerSheetMapping(R"("hoja_es_linea": true)"), u"mapeo.json"_s);
    ASSERT_TRUE(mapping) << mapping.error().message;
    const QString bySheet = dir.path(u"por-hoja.planea"_s);
    outcome = MatrixImport::importToNewPlan(book, *mapping, bySheet, false, false);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(outcome->written) << outcome->refusal;
    plan = load(bySheet);
    ASSERT_EQ(plan.lines.size(), 2);
    EXPECT_EQ(plan.lines[0].name, u"Seguridad"_s);
    EXPECT_EQ(plan.lines[1].name, u"Gobierno abierto"_s);

    // A sheet whose title row is empty, or a title row that is not above the header, is refused.
    const QString untitled = dir.path(u"sin-titulo.xlsx"_s);
    {
        XlsxWriter w;
        const int s = w.addSheet(u"Hoja1"_s);
        w.appendRow(s, { none() });
        w.appendRow(s, { t(u"Código indicador"_s), t(u"L.B"_s), t(u"L.B"_s), t(u"META"_s), t(u"META"_s) });
        w.appendRow(s, { t(u"450101001"_s), none(), n(1), t(u"Meta"_s), n(2) });
        ASSERT_TRUE(w.writeFile(untitled));
    }
    mapping = MatrixMapping::fromJson(linePerSheetMapping(R"("fila_titulo_linea": 1)"), u"mapeo.json"_s);
    auto noTitle = MatrixImport::importToNewPlan(untitled, *mapping, dir.path(u"n.planea"_s), true, false);
    ASSERT_FALSE(noTitle);
    EXPECT_EQ(noTitle.error().message,
              u"sin-titulo.xlsx, hoja «Hoja1»: la fila 1 no tiene un título que sirva de "
              u"línea estratégica (clave \"opciones.fila_titulo_linea\")."_s);
    auto below = MatrixMapping::fromJson(linePerSheetMapping(R"("fila_titulo_linea": 2)"), u"mapeo.json"_s);
    ASSERT_FALSE(below);
    EXPECT_EQ(below.error().message,
              u"mapeo.json: clave \"opciones.fila_titulo_linea\": debe ser una fila encima del "
              u"encabezado (fila_encabezado 2), contando desde 1"_s);
}
