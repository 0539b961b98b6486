#include "KptWorkbook.h"

#include "storage/PlanStore.h"
#include "storage/PlanWriter.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/XlsxWorkbook.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::kpt {

namespace {

using Cell = XlsxWriter::Cell;

constexpr int ColDane = 0, ColEntity = 1, ColPlan = 2, ColLineCode = 3, ColPlanCode = 4, ColLine = 5, ColSectorCode = 6,
              ColSector = 7, ColProgramCode = 8, ColProgram = 9, ColProductCode = 10, ColProduct = 11,
              ColIndicatorCode = 12, ColIndicator = 13, ColCustom = 14, ColUnit = 15, ColTarget = 16, ColMain = 17,
              ColSdgCode = 18, ColSdg = 19, ColAccumulation = 20, ColYears = 21, ColMoney = 25, ColBpin = 85;
constexpr int SourcesPerYear = 15; // 14 sources and their total
/// Columns of the product sheets whose long names wrap (line, sector, program, product, indicator
/// and its personalisation).
const QList<int> NameColumns { ColLine, ColSector, ColProgram, ColProduct, ColIndicator, ColCustom };
/// Widths of the product sheets' first 21 columns (to "Tipo de acumulación"), in characters.
const QList<double> ProductWidths { 10, 18, 30, 10, 13, 24, 8, 22, 10, 30, 10, 32, 12, 32, 26, 14, 10, 10, 8, 20, 14 };

const QString PlaneaMark = u"PLANEA-KPT"_s;
constexpr int PlaneaFormat = 1;

/// Accumulation types as the KPT writes them.
const QList<std::pair<AccumulationType, QString>> &accumulationNames()
{
    static const QList<std::pair<AccumulationType, QString>> names {
        { AccumulationType::Cumulative, u"Acumulado"_s },
        { AccumulationType::Capacity, u"Capacidad"_s },
        { AccumulationType::Flow, u"Flujo"_s },
        { AccumulationType::Stock, u"Stock"_s },
        { AccumulationType::Maintenance, u"Mantenimiento"_s },
        { AccumulationType::Reduction, u"Reducción"_s },
        { AccumulationType::AnnualReduction, u"Reducción anual"_s },
    };
    return names;
}

QString accumulationName(AccumulationType type)
{
    for (const auto &[t, name] : accumulationNames()) {
        if (t == type)
            return name;
    }
    return {};
}

/// Lowercase, no accents, single spaces: how names and headers are compared.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch.toLower();
    }
    return out.simplified();
}

std::optional<AccumulationType> accumulationFromText(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty())
        return {};
    for (const auto &[t, name] : accumulationNames()) {
        if (fold(name) == f)
            return t;
    }
    if (f.startsWith(u"acumulado"_s) || f == u"suma"_s)
        return AccumulationType::Cumulative;
    if (auto code = accumulationTypeFromCode(text.trimmed().toUpper()))
        return code;
    return {};
}

QString yesNo(bool v)
{
    return v ? u"Sí"_s : u"No"_s;
}

std::optional<bool> yesNoFromText(const QString &text)
{
    const QString f = fold(text);
    if (f == u"si"_s || f == u"s"_s || f == u"x"_s || f == u"1"_s || f == u"true"_s || f == u"verdadero"_s)
        return true;
    if (f == u"no"_s || f == u"n"_s || f == u"0"_s || f == u"false"_s || f == u"falso"_s)
        return false;
    return {};
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optionalNumber(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

const QStringList &kptSourceCodes()
{
    static const QStringList codes { u"RP"_s,     u"SGP_EDU"_s, u"SGP_SAL"_s, u"SGP_DEP"_s, u"SGP_CUL"_s,
                                     u"SGP_LI"_s, u"SGP_LD"_s,  u"SGP_PAE"_s, u"SGP_RIB"_s, u"SGP_APSB"_s,
                                     u"CRED"_s,   u"COF_DEP"_s, u"COF_NAC"_s, u"OTROS"_s };
    return codes;
}

namespace {

const QStringList &kptSourceTitles()
{
    static const QStringList titles {
        u"Recursos propios"_s,
        u"SGP Educación"_s,
        u"SGP Salud"_s,
        u"SGP Deporte"_s,
        u"SGP Cultura"_s,
        u"SGP Libre inversión"_s,
        u"SGP Libre destinación"_s,
        u"SGP Alimentación escolar"_s,
        u"SGP Municipios río Magdalena"_s,
        u"SGP APSB"_s,
        u"Crédito"_s,
        u"Transferencias de cofinanciación - Departamento"_s,
        u"Transferencias de cofinanciación - Nación"_s,
        u"Otros"_s,
    };
    return titles;
}

} // namespace

QStringList productColumnTitles(int startYear)
{
    QStringList t {
        u"Código DANE"_s,
        u"Entidad territorial"_s,
        u"Nombre del plan"_s,
        u"Código línea estratégica"_s,
        u"Código indicador de producto"_s,
        u"Línea estratégica"_s,
        u"Código sector"_s,
        u"Sector MGA"_s,
        u"Código programa"_s,
        u"Programa MGA"_s,
        u"Código producto"_s,
        u"Producto MGA"_s,
        u"Código indicador de producto MGA"_s,
        u"Indicador de producto MGA"_s,
        u"Personalización del indicador"_s,
        u"Unidad de medida"_s,
        u"Meta cuatrienio"_s,
        u"Principal"_s,
        u"Código ODS"_s,
        u"ODS"_s,
        u"Tipo de acumulación"_s,
    };
    for (int i = 0; i < 4; ++i)
        t.append(u"Programación %1"_s.arg(startYear + i));
    for (int i = 0; i < 4; ++i) {
        for (const QString &source : kptSourceTitles())
            t.append(u"%1 %2"_s.arg(source).arg(startYear + i));
        t.append(u"Total %1"_s.arg(startYear + i));
    }
    t.append(u"BPIN"_s);
    return t;
}

// ------------------------------------------------------------------------------------------------
// Export
// ------------------------------------------------------------------------------------------------

XlsxWriter buildWorkbook(const PlanData &plan, const ExportOptions &options)
{
    const PlanInfo &info = plan.info;
    const int startYear = info.term.startYear;
    XlsxWriter book;

    // Line ordinals: the lines' priority order, as the rest of the workbook refers to them.
    QList<const StrategicLine *> lines;
    for (const StrategicLine &l : plan.lines)
        lines.append(&l);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const StrategicLine *a, const StrategicLine *b) { return a->sortOrder < b->sortOrder; });
    QHash<qint64, int> lineOrdinal;
    for (qsizetype i = 0; i < lines.size(); ++i)
        lineOrdinal.insert(lines[i]->id, int(i + 1));
    const auto lineOf = [&](std::optional<qint64> id) -> QVariant {
        if (!id || !lineOrdinal.contains(*id))
            return {};
        return lineOrdinal.value(*id);
    };

    const int linesSheet = book.addSheet(LinesSheet);
    const int wellbeingSheet = book.addSheet(WellbeingSheet);
    const int royaltiesSheet = book.addSheet(RoyaltiesSheet);
    const int productsSheet = book.addSheet(ProductsSheet);
    const int royaltyProductsSheet = book.addSheet(RoyaltiesProductsSheet);
    const int planeaSheet = book.addSheet(PlaneaSheet, true);

    const auto header = [&](int sheet, const QStringList &titles, const QList<double> &widths) {
        QList<Cell> cells;
        for (const QString &t : titles)
            cells.append({ t, XlsxWriter::Header });
        book.appendRow(sheet, cells);
        book.setFrozenRows(sheet, book.rowCount(sheet));
        book.setPrintTitleRow(sheet, 0);
        for (qsizetype i = 0; i < widths.size(); ++i)
            book.setColumnWidth(sheet, int(i), widths[i]);
    };
    // Data rows of the visible sheets: texts indented a little (a number right-aligned in the
    // column before never touches them) and, in the columns of long names, wrapped. Styles only:
    // the values are the KPT's.
    const auto appendData = [&](int sheet, QList<Cell> cells, const QList<int> &wrapped) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells[c].style != XlsxWriter::Plain || cells[c].value.isNull())
                continue;
            if (cells[c].value.typeId() == QMetaType::QString)
                cells[c].style = wrapped.contains(int(c)) ? XlsxWriter::Wrap : XlsxWriter::Text;
            else
                cells[c].style = XlsxWriter::Decimal; // general, as Plain, but aligned to the top
        }
        book.appendRow(sheet, cells);
    };

    // Hidden sheet: a version mark, then one record per row.
    book.appendValues(planeaSheet, { PlaneaMark, PlaneaFormat });
    book.appendValues(planeaSheet,
                      { u"PLAN"_s, info.entity.daneCode, info.entity.name, info.entity.departmentCode,
                        info.entity.departmentName, toCode(info.entity.type), info.entity.category, info.planName,
                        info.term.startYear,
                        info.term.startDate.isValid() ? info.term.startDate.toString(Qt::ISODate) : QString(),
                        info.headOfGovernment, info.catalogVersion, toCode(info.progressPeriod), info.adoptionAct,
                        info.adoptionDate.isValid() ? info.adoptionDate.toString(Qt::ISODate) : QString(), info.version,
                        info.isDemo ? 1 : 0, toCode(info.state) });
    QStringList officeNames;
    QHash<qint64, QString> officeName;
    for (const Office &o : plan.offices) {
        officeNames.append(o.name);
        officeName.insert(o.id, o.name);
    }
    for (const QString &name : officeNames)
        book.appendValues(planeaSheet, { u"OFICINA"_s, name });

    // LÍNEAS ESTRATÉGICAS
    header(linesSheet,
           { u"Código DANE"_s, u"Entidad territorial"_s, u"Nombre del plan"_s, u"Código línea estratégica"_s,
             u"Línea estratégica"_s, u"Descripción"_s },
           { 12, 24, 40, 12, 45, 80 });
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const StrategicLine *l = lines[i];
        appendData(linesSheet,
                   { { info.entity.daneCode },
                     { info.entity.name },
                     { info.planName },
                     { int(i + 1) },
                     { l->name },
                     { l->description, XlsxWriter::Wrap } },
                   { 4 });
        book.appendValues(
            planeaSheet,
            { u"LINEA"_s, int(i + 1), optionalNumber(l->weight), l->sectorCodes.join(u','), l->sortOrder });
    }

    // INDICADORES DE RESULTADO: the prioritised ones; Planea's sheet keeps all of them.
    header(wellbeingSheet,
           { u"Código DANE"_s, u"Entidad territorial"_s, u"Línea estratégica"_s, u"Consecutivo"_s,
             u"Indicador de resultado"_s, u"Unidad de medida"_s, u"Línea base"_s, u"Año línea base"_s,
             u"Meta cuatrienio"_s, u"Fuente"_s, u"Está en el PND"_s, u"Transformación PND"_s, u"Código ODS"_s },
           { 12, 24, 40, 12, 50, 21, 12, 12, 12, 30, 10, 14, 10 });
    QList<const WellbeingIndicator *> wellbeing;
    for (const WellbeingIndicator &w : plan.wellbeingIndicators)
        wellbeing.append(&w);
    QHash<qint64, int> wellbeingOrdinal;
    for (qsizetype i = 0; i < wellbeing.size(); ++i) {
        const WellbeingIndicator *w = wellbeing[i];
        const int ordinal = int(i + 1);
        wellbeingOrdinal.insert(w->id, ordinal);
        if (w->isPrioritized) {
            const StrategicLine *line = w->lineId ? plan.line(*w->lineId) : nullptr;
            appendData(wellbeingSheet,
                       { { info.entity.daneCode },
                         { info.entity.name },
                         { line ? line->name : QString() },
                         { ordinal },
                         { w->name },
                         { w->unit },
                         { optionalNumber(w->baseline) },
                         { optionalNumber(w->baselineYear) },
                         { optionalNumber(w->target) },
                         { w->source },
                         { yesNo(w->pndCode.has_value()) },
                         { optionalNumber(w->pndCode) },
                         { optionalNumber(w->sdg) } },
                       { 2, 4, 9 });
        }
        book.appendValues(planeaSheet,
                          { u"BIENESTAR"_s, ordinal, lineOf(w->lineId), w->name, w->unit, w->sectorCode, w->source,
                            toCode(w->direction), optionalNumber(w->sdg), optionalNumber(w->pndCode),
                            w->isPrioritized ? 1 : 0, w->isOwn ? 1 : 0, optionalNumber(w->baseline),
                            optionalNumber(w->baselineYear), optionalNumber(w->target) });
    }

    // INICIATIVAS SGR
    header(royaltiesSheet,
           { u"Consecutivo"_s, u"Línea estratégica"_s, u"Tipo de iniciativa"_s, u"Sector MGA"_s, u"Iniciativa"_s,
             u"Recursos SGR indicativos"_s, u"BPIN"_s },
           { 12, 40, 24, 30, 60, 18, 16 });
    for (qsizetype i = 0; i < plan.royalties.size(); ++i) {
        const RoyaltiesInitiative &r = plan.royalties[i];
        const StrategicLine *line = r.lineId ? plan.line(*r.lineId) : nullptr;
        const QString sector = r.sectorCode.isEmpty() ? QString() : options.context.sector(r.sectorCode);
        appendData(royaltiesSheet,
                   { { r.code },
                     { line ? line->name : QString() },
                     { r.kind },
                     { sector },
                     { r.description, XlsxWriter::Wrap },
                     { qint64(r.indicativeAmount), XlsxWriter::Money },
                     { r.bpin } },
                   { 1, 3 });
        QStringList programming;
        for (const BienniumAmount &b : r.programming)
            programming.append(u"%1:%2"_s.arg(b.startYear).arg(b.amount));
        book.appendValues(planeaSheet,
                          { u"REGALIAS"_s, int(i + 1), lineOf(r.lineId), r.sectorCode, programming.join(u';') });
    }

    // PLAN INDICATIVO - PRODUCTOS: two header rows, one row per product indicator.
    const QStringList titles = productColumnTitles(startYear);
    {
        QList<Cell> groups(ProductColumnCount);
        groups[0] = { u"META DE PRODUCTO"_s, XlsxWriter::Header };
        groups[ColYears] = { u"PROGRAMACIÓN FÍSICA DE LA META"_s, XlsxWriter::Header };
        for (int y = 0; y < 4; ++y)
            groups[ColMoney + y * SourcesPerYear] = { u"RECURSOS %1 (PESOS)"_s.arg(startYear + y), XlsxWriter::Header };
        groups[ColBpin] = { u"PROYECTO"_s, XlsxWriter::Header };
        for (Cell &c : groups) {
            if (c.value.isNull())
                c = { QString(), XlsxWriter::Header };
        }
        book.appendRow(productsSheet, groups);
        book.merge(productsSheet, { 0, 0, 0, ColAccumulation });
        book.merge(productsSheet, { 0, ColYears, 0, ColMoney - 1 });
        for (int y = 0; y < 4; ++y)
            book.merge(productsSheet,
                       { 0, ColMoney + y * SourcesPerYear, 0, ColMoney + y * SourcesPerYear + SourcesPerYear - 1 });
        QList<Cell> names;
        for (const QString &t : titles)
            names.append({ t, XlsxWriter::Header });
        book.appendRow(productsSheet, names);
        book.setFrozenRows(productsSheet, ProductHeaderRows);
        book.setPrintTitleRows(productsSheet, 0, ProductHeaderRows - 1);
        for (qsizetype c = 0; c < ProductWidths.size(); ++c)
            book.setColumnWidth(productsSheet, int(c), ProductWidths[c]);
        for (int c = ColYears; c < ColBpin; ++c)
            book.setColumnWidth(productsSheet, c, c < ColMoney ? 12 : 15);
        book.setColumnWidth(productsSheet, ColBpin, 16);
    }

    QHash<qint64, QHash<QPair<int, QString>, Money>> money; // product → (year, source) → amount
    for (const InvestmentAmount &inv : plan.investments)
        money[inv.productId][{ inv.year, inv.sourceCode }] += inv.amount;

    QList<const BudgetProgram *> programs;
    for (const BudgetProgram &p : plan.programs)
        programs.append(&p);
    std::stable_sort(programs.begin(), programs.end(), [&](const BudgetProgram *a, const BudgetProgram *b) {
        return lineOrdinal.value(a->lineId, INT_MAX) < lineOrdinal.value(b->lineId, INT_MAX);
    });

    int dataRow = 0; // 1-based ordinal of the data row, as Planea's sheet refers to it
    int planCode = 0;
    for (const BudgetProgram *program : programs) {
        const StrategicLine *line = plan.line(program->lineId);
        book.appendValues(planeaSheet,
                          { u"PROGRAMA"_s, lineOf(program->lineId), program->code, program->name, program->objective,
                            program->isOwn ? 1 : 0, optionalNumber(program->weight) });
        const QString sectorCode = program->code.left(2);
        for (const Product *product : plan.productsOf(program->id)) {
            QList<const ProductIndicator *> indicators = plan.indicatorsOf(product->id);
            if (indicators.isEmpty())
                indicators.append(nullptr); // the product still gets its row (and its money)
            bool first = true;
            for (const ProductIndicator *ind : indicators) {
                ++dataRow;
                QList<Cell> row(ProductColumnCount);
                row[ColDane] = { info.entity.daneCode };
                row[ColEntity] = { info.entity.name };
                row[ColPlan] = { info.planName };
                row[ColLineCode] = { lineOf(program->lineId) };
                row[ColLine] = { line ? line->name : QString() };
                row[ColSectorCode] = { sectorCode };
                row[ColSector] = { options.context.sector(sectorCode) };
                row[ColProgramCode] = { program->code };
                row[ColProgram] = { program->name };
                row[ColProductCode] = { product->code };
                row[ColProduct] = { product->name };
                if (ind) {
                    row[ColPlanCode] = { u"MP-%1"_s.arg(++planCode, 3, 10, QChar(u'0')) };
                    row[ColIndicatorCode] = { ind->code };
                    row[ColIndicator] = { ind->name };
                    row[ColCustom] = { ind->customLabel };
                    row[ColUnit] = { ind->unit };
                    row[ColTarget] = { ind->termTarget, XlsxWriter::Decimal };
                    row[ColMain] = { yesNo(ind->isMain) };
                    row[ColSdgCode] = { optionalNumber(ind->sdg) };
                    if (ind->sdg && options.sdgName)
                        row[ColSdg] = { options.sdgName(*ind->sdg) };
                    row[ColAccumulation] = { accumulationName(ind->accumulation) };
                    for (int y = 0; y < 4; ++y) {
                        const AnnualTarget *t = ind->target(startYear + y);
                        if (!t)
                            continue;
                        if (t->notProgrammed)
                            row[ColYears + y] = { u"NP"_s };
                        else if (t->value)
                            row[ColYears + y] = { *t->value, XlsxWriter::Decimal };
                    }
                    book.appendValues(
                        planeaSheet,
                        { u"INDICADOR"_s, dataRow, ind->isOwn ? 1 : 0, optionalNumber(ind->baseline),
                          toCode(ind->trend),
                          ind->responsibleOfficeId ? officeName.value(*ind->responsibleOfficeId) : QString(),
                          optionalNumber(ind->weight),
                          ind->wellbeingIndicatorId ? QVariant(wellbeingOrdinal.value(*ind->wellbeingIndicatorId))
                                                    : QVariant(),
                          ind->populationFocus.join(u';') });
                    // Years outside the term, or an empty year the KPT cannot tell from an absent one.
                    for (const AnnualTarget &t : ind->annualTargets) {
                        if (!info.term.contains(t.year) || (!t.value && !t.notProgrammed))
                            book.appendValues(
                                planeaSheet,
                                { u"META"_s, dataRow, t.year, optionalNumber(t.value), t.notProgrammed ? 1 : 0 });
                    }
                }
                if (first) {
                    // The product's money goes on its first row only.
                    const auto &cells = money.value(product->id);
                    for (int y = 0; y < 4; ++y) {
                        Money total = 0;
                        for (int s = 0; s < kptSourceCodes().size(); ++s) {
                            const Money amount = cells.value({ startYear + y, kptSourceCodes()[s] });
                            total += amount;
                            row[ColMoney + y * SourcesPerYear + s] = { qint64(amount), XlsxWriter::Money };
                        }
                        row[ColMoney + y * SourcesPerYear + SourcesPerYear - 1] = { qint64(total), XlsxWriter::Money };
                    }
                    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                        if (!info.term.contains(it.key().first) || !kptSourceCodes().contains(it.key().second))
                            book.appendValues(
                                planeaSheet,
                                { u"INVERSION"_s, dataRow, it.key().first, it.key().second, qint64(it.value()) });
                    }
                    book.appendValues(planeaSheet,
                                      { u"PRODUCTO"_s, dataRow, product->isOwn ? 1 : 0, qint64(product->cost) });
                    row[ColBpin] = { product->bpin };
                }
                first = false;
                appendData(productsSheet, row, NameColumns);
            }
        }
    }

    // PLAN INDICATIVO SGR: the product columns, then the SGR initiative and the bienniums. Planea
    // programs SGR money by initiative, not by product, so this sheet carries its headers only.
    {
        QStringList sgrTitles = titles.mid(0, ColYears);
        sgrTitles.append(u"Iniciativa SGR"_s);
        sgrTitles.append(u"Cofinanciado con presupuesto ordinario"_s);
        for (int b = 0; b < 3; ++b) {
            const int from = startYear - 1 + 2 * b;
            sgrTitles.append(u"Programación bienio %1-%2"_s.arg(from).arg(from + 1));
            sgrTitles.append(u"Recursos SGR bienio %1-%2"_s.arg(from).arg(from + 1));
        }
        sgrTitles.append(u"BPIN"_s);
        QList<Cell> groups(sgrTitles.size());
        for (Cell &c : groups)
            c = { QString(), XlsxWriter::Header };
        groups[0] = { u"META DE PRODUCTO FINANCIADA CON REGALÍAS"_s, XlsxWriter::Header };
        book.appendRow(royaltyProductsSheet, groups);
        book.merge(royaltyProductsSheet, { 0, 0, 0, int(sgrTitles.size()) - 1 });
        QList<Cell> names;
        for (const QString &t : sgrTitles)
            names.append({ t, XlsxWriter::Header });
        book.appendRow(royaltyProductsSheet, names);
        book.setFrozenRows(royaltyProductsSheet, ProductHeaderRows);
        book.setPrintTitleRows(royaltyProductsSheet, 0, ProductHeaderRows - 1);
        for (qsizetype c = 0; c < ProductWidths.size(); ++c)
            book.setColumnWidth(royaltyProductsSheet, int(c), ProductWidths[c]);
        book.setColumnWidth(royaltyProductsSheet, ColYears, 30); // the initiative
        for (int c = ColYears + 1; c < int(sgrTitles.size()); ++c)
            book.setColumnWidth(royaltyProductsSheet, c, c == int(sgrTitles.size()) - 1 ? 16 : 15);
    }

    // Printing: landscape letter, the header rows on every page, the entity and the sheet above,
    // the page number below. The three narrow sheets fit the page's width; the product sheets (86
    // and 31 columns) print across as many pages as keep them at 55 % or more, instead of one
    // page at a scale nobody can read.
    XlsxWriter::PageSetup page;
    page.header = u"&L"_s + XlsxWriter::headerFooterText(info.entity.name) + u"&C&A&R"_s
        + XlsxWriter::headerFooterText(info.planName);
    page.footer = u"&R"_s + XlsxWriter::pageNumberFooter();
    for (int sheet : { linesSheet, wellbeingSheet, royaltiesSheet, productsSheet, royaltyProductsSheet }) {
        book.setPageSetup(sheet, page);
        if (sheet == productsSheet || sheet == royaltyProductsSheet) {
            page.fitToWidth = int(std::ceil(0.55 / book.printScale(sheet)));
            book.setPageSetup(sheet, page);
            page.fitToWidth = 1;
        }
    }
    return book;
}

Status exportWorkbook(const PlanData &plan, const QString &path, const ExportOptions &options)
{
    if (plan.info.term.startYear <= 0)
        return Error::badInput(
            QCoreApplication::translate("KptWorkbook", "The plan has no government term: the KPT workbook needs it."));
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::io(QCoreApplication::translate("KptWorkbook", "The folder «%1» does not exist.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    return buildWorkbook(plan, options).writeFile(path);
}

// ------------------------------------------------------------------------------------------------
// Import
// ------------------------------------------------------------------------------------------------

namespace {

/// A cell's text with line breaks and repeated spaces folded into one space.
QString textAt(const XlsxSheet &sheet, int row, int column)
{
    return sheet.cell(row, column).text().simplified();
}

/// The characters a regular expression's \s matches (ASCII white space; not U+00A0).
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

/// A code: digits and letters only; stray spaces and line breaks inside are dropped.
QString codeAt(const XlsxSheet &sheet, int row, int column)
{
    QString text = sheet.cell(row, column).text();
    text.removeIf(isAsciiSpace);
    return text;
}

/// A number written as a number or as text ("1.234,5", "1234.5", "$ 1.000"); nullopt when empty.
/// *ok is false when the cell holds something else.
std::optional<double> numberAt(const XlsxSheet &sheet, int row, int column, bool *ok)
{
    *ok = true;
    const XlsxCell cell = sheet.cell(row, column);
    if (cell.isEmpty())
        return {};
    if (cell.type == XlsxCellType::Number) {
        const double v = cell.value.toDouble();
        if (!std::isfinite(v)) {
            *ok = false;
            return {};
        }
        return v;
    }
    if (cell.type == XlsxCellType::Boolean) {
        *ok = false;
        return {};
    }
    QString text = cell.text();
    text.removeIf([](QChar c) { return isAsciiSpace(c) || c == u'$' || c == QChar(0x00A0); });
    if (text.isEmpty())
        return {};
    const qsizetype comma = text.lastIndexOf(u',');
    const qsizetype dot = text.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        if (comma > dot) { // 1.234,5
            text.remove(u'.');
            text.replace(u',', u'.');
        } else { // 1,234.5
            text.remove(u',');
        }
    } else if (comma >= 0) {
        if (text.count(u',') > 1)
            text.remove(u',');
        else
            text.replace(u',', u'.');
    } else if (text.count(u'.') > 1) {
        text.remove(u'.');
    } else if (static const QRegularExpression thousands(u"^[-+]?[1-9]\\d{0,2}\\.\\d{3}$"_s);
               thousands.match(text).hasMatch()) {
        text.remove(u'.'); // "1.200" written in Colombia is one thousand two hundred
    }
    bool parsed = false;
    const double v = text.toDouble(&parsed);
    if (!parsed || !std::isfinite(v)) {
        *ok = false;
        return {};
    }
    return v;
}

Error rowError(const QString &sheet, int row, const QString &reason)
{
    return Error::badInput(
        QCoreApplication::translate("KptWorkbook", "Sheet «%1», row %2: %3").arg(sheet).arg(row + 1).arg(reason));
}

struct PlaneaRecords
{
    QStringList plan;
    QStringList offices;
    QHash<int, QStringList> lines; // ordinal → record
    QList<QStringList> wellbeing;
    QList<QStringList> programs;
    QHash<int, QStringList> products; // data row → record
    QHash<int, QStringList> indicators; // data row → record
    QMultiHash<int, QStringList> targets; // data row → META records
    QMultiHash<int, QStringList> investments; // data row → INVERSION records
    QHash<int, QStringList> royalties; // ordinal → record
};

Result<PlaneaRecords> readPlaneaSheet(const XlsxSheet &sheet)
{
    PlaneaRecords r;
    if (textAt(sheet, 0, 0) != PlaneaMark)
        return rowError(sheet.name(), 0,
                        QCoreApplication::translate("KptWorkbook", "this is not Planea's sheet (mark missing)."));
    bool ok = false;
    const int format = textAt(sheet, 0, 1).toInt(&ok);
    if (!ok || format > PlaneaFormat)
        return rowError(
            sheet.name(), 0,
            QCoreApplication::translate("KptWorkbook", "made by a newer version of Planea (format %1).").arg(format));
    for (int row = 1; row < sheet.rowCount(); ++row) {
        const QStringList v = sheet.rowTexts(row, 20);
        const QString kind = v.value(0);
        const int key = v.value(1).toInt();
        if (kind == u"PLAN"_s)
            r.plan = v;
        else if (kind == u"OFICINA"_s)
            r.offices.append(v.value(1));
        else if (kind == u"LINEA"_s)
            r.lines.insert(key, v);
        else if (kind == u"BIENESTAR"_s)
            r.wellbeing.append(v);
        else if (kind == u"PROGRAMA"_s)
            r.programs.append(v);
        else if (kind == u"PRODUCTO"_s)
            r.products.insert(key, v);
        else if (kind == u"INDICADOR"_s)
            r.indicators.insert(key, v);
        else if (kind == u"META"_s)
            r.targets.insert(key, v);
        else if (kind == u"INVERSION"_s)
            r.investments.insert(key, v);
        else if (kind == u"REGALIAS"_s)
            r.royalties.insert(key, v);
        else if (!kind.isEmpty())
            return rowError(sheet.name(), row,
                            QCoreApplication::translate("KptWorkbook", "unknown record «%1».").arg(kind));
    }
    return r;
}

std::optional<double> optionalDouble(const QString &text)
{
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<int> optionalInt(const QString &text)
{
    if (text.isEmpty())
        return {};
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

/// The first year in a header text ("Programación 2028" → 2028); 0 when none.
int yearIn(const QString &text)
{
    static const QRegularExpression year(u"(19|20)\\d\\d"_s);
    const auto m = year.match(text);
    return m.hasMatch() ? m.captured(0).toInt() : 0;
}

} // namespace

Result<ImportResult> readWorkbook(const XlsxWorkbook &book, const ImportOptions &options)
{
    ImportResult result;
    PlanData &plan = result.plan;
    const XlsxSheet *products = book.sheet(ProductsSheet);
    if (!products) {
        // Tolerate the sheet name with other spacing or case.
        for (const XlsxSheet &s : book.sheets()) {
            if (fold(s.name()).remove(u' ') == fold(ProductsSheet).remove(u' '))
                products = &s;
        }
    }
    if (!products)
        return Error::badInput(
            QCoreApplication::translate("KptWorkbook",
                                        "«%1» is not a KPT workbook: it has no sheet «%2». "
                                        "Its sheets are: %3.")
                .arg(QFileInfo(book.fileName()).fileName(), ProductsSheet, book.sheetNames().join(u", "_s)));

    // The header: the second row names the 86 columns.
    const int headerRow = ProductHeaderRows - 1;
    const auto headerIs
        = [&](int column, const QString &word) { return fold(textAt(*products, headerRow, column)).contains(word); };
    if (products->columnCount() < ColBpin || !headerIs(ColDane, u"dane"_s) || !headerIs(ColProductCode, u"producto"_s)
        || !headerIs(ColTarget, u"meta"_s) || !headerIs(ColAccumulation, u"acumulaci"_s)) {
        return Error::badInput(QCoreApplication::translate("KptWorkbook",
                                                           "Sheet «%1»: the columns are not those of the KPT "
                                                           "2024-2027 layout (row 2 should name %2 columns: "
                                                           "«Código DANE», …, «Código producto», …, «Meta "
                                                           "cuatrienio», …, «Tipo de acumulación», …, «BPIN»).")
                                   .arg(products->name())
                                   .arg(ProductColumnCount));
    }

    PlaneaRecords hidden;
    if (const XlsxSheet *p = book.sheet(PlaneaSheet)) {
        auto records = readPlaneaSheet(*p);
        if (!records)
            return records.error();
        hidden = *records;
        result.hadPlaneaSheet = true;
    }

    // Plan identity.
    PlanInfo &info = plan.info;
    int startYear = yearIn(textAt(*products, headerRow, ColYears));
    if (startYear == 0)
        startYear = yearIn(textAt(*products, 0, ColMoney));
    if (startYear == 0)
        startYear = options.startYear;
    if (!hidden.plan.isEmpty()) {
        const QStringList &p = hidden.plan;
        info.entity.daneCode = p.value(1);
        info.entity.name = p.value(2);
        info.entity.departmentCode = p.value(3);
        info.entity.departmentName = p.value(4);
        info.entity.type = entityTypeFromCode(p.value(5)).value_or(EntityType::Municipality);
        info.entity.category = p.value(6);
        info.planName = p.value(7);
        startYear = p.value(8).toInt();
        info.term.startDate = QDate::fromString(p.value(9), Qt::ISODate);
        info.headOfGovernment = p.value(10);
        info.catalogVersion = p.value(11);
        info.progressPeriod = progressPeriodUnitFromCode(p.value(12)).value_or(ProgressPeriodUnit::Annual);
        info.adoptionAct = p.value(13);
        info.adoptionDate = QDate::fromString(p.value(14), Qt::ISODate);
        info.version = p.value(15).toInt();
        info.isDemo = p.value(16) == u"1"_s;
        info.state = workflowStateFromCode(p.value(17)).value_or(WorkflowState::Draft);
    } else {
        info.entity.daneCode = codeAt(*products, ProductHeaderRows, ColDane);
        info.entity.name = textAt(*products, ProductHeaderRows, ColEntity);
        info.planName = textAt(*products, ProductHeaderRows, ColPlan);
        info.catalogVersion = options.catalogVersion;
    }
    if (!options.daneCode.isEmpty())
        info.entity.daneCode = options.daneCode;
    if (!options.entityName.isEmpty())
        info.entity.name = options.entityName;
    if (info.entity.departmentName.isEmpty())
        info.entity.departmentName = options.departmentName;
    if (info.entity.departmentCode.isEmpty() && info.entity.daneCode.size() >= 2)
        info.entity.departmentCode = info.entity.daneCode.left(2);
    if (options.startYear > 0)
        startYear = options.startYear;
    if (startYear < 1990 || startYear > 2100)
        return Error::badInput(QCoreApplication::translate("KptWorkbook",
                                                           "Sheet «%1»: the term's first year cannot be read from "
                                                           "the column «Programación …»; give it with --inicio.")
                                   .arg(products->name()));
    info.term.startYear = startYear;
    if (info.entity.daneCode.isEmpty())
        return Error::badInput(QCoreApplication::translate("KptWorkbook",
                                                           "Sheet «%1»: no DANE code in column A; give it with "
                                                           "--dane.")
                                   .arg(products->name()));
    if (info.planName.isEmpty())
        info.planName = QCoreApplication::translate("KptWorkbook", "Development plan %1 %2-%3")
                            .arg(info.entity.name)
                            .arg(startYear)
                            .arg(startYear + 3);

    qint64 nextId = 1;
    for (const QString &name : hidden.offices) {
        if (!name.isEmpty())
            plan.offices.append({ nextId++, name });
    }
    QHash<QString, qint64> officeIds;
    for (const Office &o : plan.offices)
        officeIds.insert(o.name, o.id);

    // Lines: from their sheet, then any named only in the products sheet.
    QHash<QString, qint64> lineByKey; // "#<ordinal>" or folded name
    QHash<int, qint64> lineByOrdinal;
    const auto addLine = [&](const QString &name, const QString &description, std::optional<int> ordinal) {
        StrategicLine line;
        line.id = nextId++;
        line.sortOrder = int(plan.lines.size() + 1);
        line.name = name;
        line.description = description;
        const int key = ordinal.value_or(line.sortOrder);
        if (hidden.lines.contains(key)) {
            const QStringList &h = hidden.lines.value(key);
            line.weight = optionalDouble(h.value(2));
            line.sectorCodes = h.value(3).split(u',', Qt::SkipEmptyParts);
            if (const auto order = optionalInt(h.value(4)))
                line.sortOrder = *order;
        }
        plan.lines.append(line);
        if (ordinal)
            lineByOrdinal.insert(*ordinal, line.id);
        if (!name.isEmpty())
            lineByKey.insert(fold(name), line.id);
        return line.id;
    };
    if (const XlsxSheet *s = book.sheet(LinesSheet)) {
        for (int row = 1; row < s->rowCount(); ++row) {
            const QString name = textAt(*s, row, 4);
            if (name.isEmpty())
                continue;
            const QString ordinalText = codeAt(*s, row, 3);
            bool ok = false;
            const int ordinal = ordinalText.toInt(&ok);
            addLine(name, s->cell(row, 5).text().trimmed(), ok ? std::optional<int>(ordinal) : std::nullopt);
        }
    } else {
        result.notes.append(QCoreApplication::translate("KptWorkbook",
                                                        "The workbook has no sheet «%1»: the lines are taken from "
                                                        "the products sheet, without descriptions.")
                                .arg(LinesSheet));
    }
    const auto lineFor = [&](const QString &ordinalText, const QString &name) -> std::optional<qint64> {
        bool ok = false;
        const int ordinal = ordinalText.toInt(&ok);
        if (ok && lineByOrdinal.contains(ordinal))
            return lineByOrdinal.value(ordinal);
        if (!name.isEmpty() && lineByKey.contains(fold(name)))
            return lineByKey.value(fold(name));
        if (name.isEmpty())
            return std::nullopt;
        return addLine(name, QString(), ok ? std::optional<int>(ordinal) : std::nullopt);
    };

    // Wellbeing indicators: Planea's sheet has all of them; otherwise the prioritised ones.
    QHash<int, qint64> wellbeingByOrdinal;
    if (!hidden.wellbeing.isEmpty()) {
        for (const QStringList &h : hidden.wellbeing) {
            WellbeingIndicator w;
            w.id = nextId++;
            w.lineId = lineFor(h.value(2), QString());
            w.name = h.value(3);
            w.unit = h.value(4);
            w.sectorCode = h.value(5);
            w.source = h.value(6);
            w.direction = directionFromCode(h.value(7)).value_or(Direction::Increase);
            w.sdg = optionalInt(h.value(8));
            w.pndCode = optionalInt(h.value(9));
            w.isPrioritized = h.value(10) == u"1"_s;
            w.isOwn = h.value(11) == u"1"_s;
            w.baseline = optionalDouble(h.value(12));
            w.baselineYear = optionalInt(h.value(13));
            w.target = optionalDouble(h.value(14));
            w.sortOrder = int(plan.wellbeingIndicators.size());
            wellbeingByOrdinal.insert(h.value(1).toInt(), w.id);
            plan.wellbeingIndicators.append(w);
        }
    } else if (const XlsxSheet *s = book.sheet(WellbeingSheet)) {
        for (int row = 1; row < s->rowCount(); ++row) {
            const QString name = textAt(*s, row, 4);
            if (name.isEmpty())
                continue;
            WellbeingIndicator w;
            w.id = nextId++;
            w.lineId = lineFor(QString(), textAt(*s, row, 2));
            w.name = name;
            w.unit = textAt(*s, row, 5);
            bool ok = true;
            w.baseline = numberAt(*s, row, 6, &ok);
            if (!ok)
                return rowError(s->name(), row,
                                QCoreApplication::translate("KptWorkbook", "the baseline is not a number."));
            const auto year = numberAt(*s, row, 7, &ok);
            if (year)
                w.baselineYear = int(*year);
            w.target = numberAt(*s, row, 8, &ok);
            if (!ok)
                return rowError(s->name(), row,
                                QCoreApplication::translate("KptWorkbook", "the four-year target is not a number."));
            w.source = textAt(*s, row, 9);
            const auto pnd = numberAt(*s, row, 11, &ok);
            if (pnd)
                w.pndCode = int(*pnd);
            const auto sdg = numberAt(*s, row, 12, &ok);
            if (sdg)
                w.sdg = int(*sdg);
            w.isPrioritized = true;
            w.sortOrder = int(plan.wellbeingIndicators.size());
            bool ordinalOk = false;
            const int ordinal = codeAt(*s, row, 3).toInt(&ordinalOk);
            if (ordinalOk)
                wellbeingByOrdinal.insert(ordinal, w.id);
            plan.wellbeingIndicators.append(w);
        }
    }

    // Programs declared in Planea's sheet (also those without products).
    QHash<QString, qint64> programByKey; // line id + code
    const auto programKey
        = [](qint64 lineId, const QString &code) -> QString { return QString::number(lineId) + u'|' + code; };
    for (const QStringList &h : hidden.programs) {
        BudgetProgram p;
        p.id = nextId++;
        p.lineId = lineFor(h.value(1), QString()).value_or(0);
        if (p.lineId == 0 || h.value(2).isEmpty())
            return Error::badInput(
                QCoreApplication::translate("KptWorkbook", "Sheet «%1»: the program «%2» has no strategic line.")
                    .arg(PlaneaSheet, h.value(2)));
        p.code = h.value(2);
        p.name = h.value(3);
        p.objective = h.value(4);
        p.isOwn = h.value(5) == u"1"_s;
        p.weight = optionalDouble(h.value(6));
        p.sortOrder = int(plan.programs.size());
        programByKey.insert(programKey(p.lineId, p.code), p.id);
        plan.programs.append(p);
    }

    // PLAN INDICATIVO - PRODUCTOS, row by row.
    QHash<QString, qint64> productByKey; // program id + code + name
    QHash<qint64, QHash<QPair<int, QString>, Money>> investments;
    QHash<qint64, Money> costs;
    int dataRow = 0;
    for (int row = ProductHeaderRows; row < products->rowCount(); ++row) {
        const QString productCode = codeAt(*products, row, ColProductCode);
        const QString productName = textAt(*products, row, ColProduct);
        const QString indicatorCode = codeAt(*products, row, ColIndicatorCode);
        const QString indicatorName = textAt(*products, row, ColIndicator);
        bool totalsRow = false;
        if (indicatorCode.isEmpty() && indicatorName.isEmpty()) {
            for (int c = 0; c < ColTarget && !totalsRow; ++c)
                totalsRow = fold(textAt(*products, row, c)).startsWith(u"total"_s);
        }
        if (totalsRow
            || (productCode.isEmpty() && productName.isEmpty() && indicatorCode.isEmpty() && indicatorName.isEmpty())) {
            bool any = false;
            for (int c = 0; c < ProductColumnCount && !any; ++c)
                any = !products->cell(row, c).isEmpty();
            if (any)
                result.notes.append(
                    QCoreApplication::translate("KptWorkbook",
                                                "Sheet «%1», row %2: no product or indicator (a totals row?); skipped.")
                        .arg(products->name())
                        .arg(row + 1));
            continue;
        }
        ++dataRow;
        if (productCode.isEmpty() && productName.isEmpty())
            return rowError(products->name(), row,
                            QCoreApplication::translate("KptWorkbook", "the indicator has no product (column K)."));
        const QString programCode = codeAt(*products, row, ColProgramCode);
        if (programCode.isEmpty())
            return rowError(products->name(), row,
                            QCoreApplication::translate("KptWorkbook", "the program code (column I) is empty."));
        const std::optional<qint64> lineId
            = lineFor(codeAt(*products, row, ColLineCode), textAt(*products, row, ColLine));
        if (!lineId)
            return rowError(products->name(), row,
                            QCoreApplication::translate("KptWorkbook", "the strategic line (column F) is empty."));

        qint64 programId = programByKey.value(programKey(*lineId, programCode));
        if (programId == 0) {
            BudgetProgram p;
            p.id = nextId++;
            p.lineId = *lineId;
            p.code = programCode;
            p.name = textAt(*products, row, ColProgram);
            p.sortOrder = int(plan.programs.size());
            programByKey.insert(programKey(p.lineId, p.code), p.id);
            plan.programs.append(p);
            programId = p.id;
        }

        const QString productKey = QString::number(programId) + u'|' + productCode + u'|' + fold(productName);
        qint64 productId = productByKey.value(productKey);
        if (productId == 0) {
            Product p;
            p.id = nextId++;
            p.programId = programId;
            p.code = productCode;
            p.name = productName;
            p.bpin = codeAt(*products, row, ColBpin);
            p.sortOrder = int(plan.products.size());
            if (hidden.products.contains(dataRow)) {
                const QStringList &h = hidden.products.value(dataRow);
                p.isOwn = h.value(2) == u"1"_s;
                costs.insert(p.id, Money(h.value(3).toLongLong()));
            }
            productByKey.insert(productKey, p.id);
            plan.products.append(p);
            productId = p.id;
        }
        for (const QStringList &h : hidden.investments.values(dataRow))
            investments[productId][{ h.value(2).toInt(), h.value(3) }] += h.value(4).toLongLong();

        // Money: 14 sources × 4 years; the Total column is checked, not trusted.
        for (int y = 0; y < 4; ++y) {
            Money sum = 0;
            for (int s = 0; s < kptSourceCodes().size(); ++s) {
                const int column = ColMoney + y * SourcesPerYear + s;
                bool ok = true;
                const auto amount = numberAt(*products, row, column, &ok);
                if (!ok)
                    return rowError(products->name(), row,
                                    QCoreApplication::translate("KptWorkbook", "column %1 («%2») is not an amount.")
                                        .arg(columnName(column), textAt(*products, headerRow, column)));
                if (!amount || *amount == 0)
                    continue;
                if (*amount < 0 || *amount > 1e15)
                    return rowError(
                        products->name(), row,
                        QCoreApplication::translate("KptWorkbook", "column %1 («%2»): the amount %3 is out of range.")
                            .arg(columnName(column), textAt(*products, headerRow, column))
                            .arg(*amount, 0, 'f', 0));
                const Money m = Money(std::llround(*amount));
                investments[productId][{ startYear + y, kptSourceCodes()[s] }] += m;
                sum += m;
            }
            bool ok = true;
            const int totalColumn = ColMoney + y * SourcesPerYear + SourcesPerYear - 1;
            const auto total = numberAt(*products, row, totalColumn, &ok);
            if (ok && total && Money(std::llround(*total)) != sum)
                result.notes.append(QCoreApplication::translate("KptWorkbook",
                                                                "Sheet «%1», row %2: the total of %3 (%4) is not the "
                                                                "sum of its sources (%5); the sources are kept.")
                                        .arg(products->name())
                                        .arg(row + 1)
                                        .arg(startYear + y)
                                        .arg(qint64(std::llround(*total)))
                                        .arg(qint64(sum)));
        }

        if (indicatorCode.isEmpty() && indicatorName.isEmpty())
            continue; // a product row without an indicator
        ProductIndicator ind;
        ind.id = nextId++;
        ind.productId = productId;
        ind.code = indicatorCode;
        ind.name = indicatorName;
        ind.customLabel = textAt(*products, row, ColCustom);
        ind.unit = textAt(*products, row, ColUnit);
        bool ok = true;
        const auto target = numberAt(*products, row, ColTarget, &ok);
        if (!ok)
            return rowError(
                products->name(), row,
                QCoreApplication::translate("KptWorkbook", "the four-year target (column Q) is not a number: «%1».")
                    .arg(textAt(*products, row, ColTarget)));
        ind.termTarget = target.value_or(0.0);
        const QString main = textAt(*products, row, ColMain);
        if (!main.isEmpty()) {
            const auto flag = yesNoFromText(main);
            if (!flag)
                return rowError(
                    products->name(), row,
                    QCoreApplication::translate("KptWorkbook", "«Principal» (column R) must be Sí or No, not «%1».")
                        .arg(main));
            ind.isMain = *flag;
        }
        const auto sdg = numberAt(*products, row, ColSdgCode, &ok);
        if (!ok || (sdg && (*sdg < 1 || *sdg > 17)))
            return rowError(products->name(), row,
                            QCoreApplication::translate("KptWorkbook", "the ODS code (column S) must be 1 to 17."));
        if (sdg)
            ind.sdg = int(*sdg);
        const QString accumulation = textAt(*products, row, ColAccumulation);
        if (!accumulation.isEmpty()) {
            const auto type = accumulationFromText(accumulation);
            if (!type)
                return rowError(products->name(), row,
                                QCoreApplication::translate("KptWorkbook",
                                                            "unknown accumulation type «%1» (column U); expected "
                                                            "Acumulado, Capacidad, Flujo, Stock, Mantenimiento, "
                                                            "Reducción or Reducción anual.")
                                    .arg(accumulation));
            ind.accumulation = *type;
        }
        for (int y = 0; y < 4; ++y) {
            const int column = ColYears + y;
            const QString text = textAt(*products, row, column);
            if (text.isEmpty())
                continue;
            AnnualTarget t;
            t.year = startYear + y;
            if (fold(text) == u"np"_s || fold(text) == u"no programado"_s) {
                t.notProgrammed = true;
            } else {
                t.value = numberAt(*products, row, column, &ok);
                if (!ok)
                    return rowError(products->name(), row,
                                    QCoreApplication::translate("KptWorkbook",
                                                                "the target for %1 (column %2) is not a number or "
                                                                "NP: «%3».")
                                        .arg(startYear + y)
                                        .arg(columnName(column), text));
            }
            ind.annualTargets.append(t);
        }
        if (hidden.indicators.contains(dataRow)) {
            const QStringList &h = hidden.indicators.value(dataRow);
            ind.isOwn = h.value(2) == u"1"_s;
            ind.baseline = optionalDouble(h.value(3));
            ind.trend = trendFromCode(h.value(4)).value_or(Trend::Increase);
            if (!h.value(5).isEmpty()) {
                if (!officeIds.contains(h.value(5))) {
                    plan.offices.append({ nextId, h.value(5) });
                    officeIds.insert(h.value(5), nextId++);
                }
                ind.responsibleOfficeId = officeIds.value(h.value(5));
            }
            ind.weight = optionalDouble(h.value(6));
            if (const auto w = optionalInt(h.value(7)); w && wellbeingByOrdinal.contains(*w))
                ind.wellbeingIndicatorId = wellbeingByOrdinal.value(*w);
            ind.populationFocus = h.value(8).split(u';', Qt::SkipEmptyParts);
        }
        for (const QStringList &h : hidden.targets.values(dataRow)) {
            AnnualTarget t;
            t.year = h.value(2).toInt();
            t.value = optionalDouble(h.value(3));
            t.notProgrammed = h.value(4) == u"1"_s;
            ind.annualTargets.append(t);
        }
        std::sort(ind.annualTargets.begin(), ind.annualTargets.end(),
                  [](const AnnualTarget &a, const AnnualTarget &b) { return a.year < b.year; });
        plan.indicators.append(ind);
    }
    result.productRows = dataRow;
    if (dataRow == 0)
        result.notes.append(
            QCoreApplication::translate("KptWorkbook", "Sheet «%1» has no product rows.").arg(products->name()));

    for (auto it = investments.cbegin(); it != investments.cend(); ++it) {
        for (auto cell = it.value().cbegin(); cell != it.value().cend(); ++cell) {
            if (cell.value() != 0)
                plan.investments.append({ it.key(), cell.key().first, cell.key().second, cell.value() });
        }
    }
    std::sort(plan.investments.begin(), plan.investments.end(),
              [](const InvestmentAmount &a, const InvestmentAmount &b) {
                  return std::tie(a.productId, a.year, a.sourceCode) < std::tie(b.productId, b.year, b.sourceCode);
              });
    for (Product &p : plan.products) {
        if (costs.contains(p.id)) {
            p.cost = costs.value(p.id);
        } else {
            Money sum = 0;
            for (const auto &amount : investments.value(p.id))
                sum += amount;
            p.cost = sum;
        }
    }

    // INICIATIVAS SGR
    if (const XlsxSheet *s = book.sheet(RoyaltiesSheet)) {
        int ordinal = 0;
        for (int row = 1; row < s->rowCount(); ++row) {
            const QString code = codeAt(*s, row, 0);
            const QString description = s->cell(row, 4).text().trimmed();
            if (code.isEmpty() && description.isEmpty())
                continue;
            ++ordinal;
            RoyaltiesInitiative r;
            r.id = nextId++;
            r.code = code;
            r.kind = textAt(*s, row, 2);
            r.description = description;
            bool ok = true;
            const auto amount = numberAt(*s, row, 5, &ok);
            if (!ok || (amount && *amount < 0))
                return rowError(s->name(), row,
                                QCoreApplication::translate("KptWorkbook",
                                                            "«Recursos SGR indicativos» (column F) is not an amount."));
            r.indicativeAmount = amount ? Money(std::llround(*amount)) : 0;
            r.bpin = codeAt(*s, row, 6);
            if (hidden.royalties.contains(ordinal)) {
                const QStringList &h = hidden.royalties.value(ordinal);
                r.lineId = lineFor(h.value(2), QString());
                r.sectorCode = h.value(3);
                for (const QString &b : h.value(4).split(u';', Qt::SkipEmptyParts)) {
                    const QStringList parts = b.split(u':');
                    r.programming.append({ parts.value(0).toInt(), Money(parts.value(1).toLongLong()) });
                }
            } else {
                r.lineId = lineFor(QString(), textAt(*s, row, 1));
                static const QRegularExpression leadingCode(u"^\\s*(\\d{2})\\b"_s);
                const auto m = leadingCode.match(textAt(*s, row, 3));
                if (m.hasMatch())
                    r.sectorCode = m.captured(1);
            }
            plan.royalties.append(r);
        }
    }

    if (!result.hadPlaneaSheet)
        result.notes.append(QCoreApplication::translate("KptWorkbook",
                                                        "The workbook does not come from Planea: baselines, trends, "
                                                        "weights, responsible offices and program objectives are not "
                                                        "in the KPT layout; complete them in Planea."));
    plan.reindex();
    return result;
}

Result<ImportResult> readFile(const QString &path, const ImportOptions &options)
{
    XlsxReadOptions read;
    read.onlySheets = { LinesSheet, WellbeingSheet, RoyaltiesSheet, ProductsSheet, PlaneaSheet };
    auto book = XlsxReader::read(path, read);
    if (!book)
        return book.error();
    return readWorkbook(*book, options);
}

Status writePlanContent(PlanStore &store, const PlanData &plan)
{
    return store.transaction([&]() -> Status {
        PlanWriter writer(store);
        QHash<qint64, qint64> ids; // local id → id in the file
        for (const Office &o : plan.offices) {
            auto id = writer.office(o.name);
            if (!id)
                return id.error();
            ids.insert(o.id, *id);
        }
        const auto mapped = [&](std::optional<qint64> id) -> std::optional<qint64> {
            if (!id || !ids.contains(*id))
                return std::nullopt;
            return ids.value(*id);
        };
        for (StrategicLine line : plan.lines) {
            const qint64 local = line.id;
            line.id = 0;
            auto id = writer.addLine(line);
            if (!id)
                return id.error();
            ids.insert(local, *id);
        }
        for (WellbeingIndicator w : plan.wellbeingIndicators) {
            const qint64 local = w.id;
            w.id = 0;
            w.lineId = mapped(w.lineId);
            auto id = writer.addWellbeingIndicator(w);
            if (!id)
                return id.error();
            ids.insert(local, *id);
        }
        for (BudgetProgram p : plan.programs) {
            const qint64 local = p.id;
            p.id = 0;
            p.lineId = ids.value(p.lineId);
            auto id = writer.addProgram(p);
            if (!id)
                return id.error();
            ids.insert(local, *id);
        }
        for (Product p : plan.products) {
            const qint64 local = p.id;
            p.id = 0;
            p.programId = ids.value(p.programId);
            auto id = writer.addProduct(p);
            if (!id)
                return id.error();
            ids.insert(local, *id);
        }
        for (ProductIndicator ind : plan.indicators) {
            ind.productId = ids.value(ind.productId);
            ind.responsibleOfficeId = mapped(ind.responsibleOfficeId);
            ind.wellbeingIndicatorId = mapped(ind.wellbeingIndicatorId);
            const qint64 local = ind.id;
            ind.id = 0;
            auto id = writer.addIndicator(ind);
            if (!id)
                return id.error();
            ids.insert(local, *id);
        }
        // Progress follows its goal by the goal's own id: several goals may share an MGA code.
        for (ProgressReport report : plan.progress) {
            if (!ids.contains(report.indicatorId))
                continue;
            report.indicatorId = ids.value(report.indicatorId);
            if (auto s = writer.setProgress(report); !s)
                return s;
        }
        for (InvestmentAmount cell : plan.investments) {
            cell.productId = ids.value(cell.productId);
            if (auto s = writer.setInvestment(cell); !s)
                return s;
        }
        for (RoyaltiesInitiative r : plan.royalties) {
            r.id = 0;
            r.lineId = mapped(r.lineId);
            if (auto id = writer.addRoyaltiesInitiative(r); !id)
                return id.error();
        }
        return {};
    });
}

Result<ImportResult> importToNewPlan(const QString &workbookPath, const QString &planPath, const ImportOptions &options,
                                     bool overwrite)
{
    auto read = readFile(workbookPath, options);
    if (!read)
        return read.error();
    if (auto s = writeNewPlanFile(
            planPath, read->plan.info, [&](PlanStore &store) { return writePlanContent(store, read->plan); },
            overwrite);
        !s)
        return s.error();
    return read;
}

} // namespace planea::kpt
