// Reading a plan or follow-up spreadsheet with a MatrixMapping: the dry run (sheets, columns,
// rows). What an accepted row adds is in MatrixImportRows.cpp; writing in MatrixImportWrite.cpp.
#include "calc/AccumulationRules.h"
#include "catalog/Catalog.h"
#include "catalog/ShippedCsv.h"
#include "exchange/MatrixReader.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::matrix::detail {

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

bool isNotProgrammed(const QString &folded)
{
    static const QSet<QString> words { u"np"_s,        u"n.p."_s,          u"n.p"_s,
                                       u"n/p"_s,       u"no programado"_s, u"no programada"_s,
                                       u"no aplica"_s, u"n/a"_s,           u"na"_s };
    return words.contains(folded);
}

bool isPercentUnit(const QString &unit)
{
    const QString f = fold(unit);
    return f.contains(u'%') || f.startsWith(u"porcentaje"_s) || f == u"tasa"_s;
}

QString synonymKey(const QString &text)
{
    // «Acum.», «I.», «Red. anual»: people abbreviate with dots; «Reducción_anual» with underscores.
    QString f = fold(text);
    f.replace(u'.', u' ').replace(u'_', u' ');
    return f.simplified();
}

std::optional<AccumulationType> accumulationFromText(const QString &text, const QMap<QString, AccumulationType> &extra)
{
    const QString f = synonymKey(text);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (synonymKey(it.key()) == f)
            return it.value();
    }
    // The words and abbreviations municipalities write (docs/IMPORT_MAPPING.md, «Sinónimos»). A
    // «tipo de meta» column says Incremento / Mantenimiento / Reducción: an increase goal adds up.
    static const QList<std::pair<QStringList, AccumulationType>> names {
        { { u"acumulado"_s, u"acumulada"_s, u"acumulativo"_s, u"acumulativa"_s, u"acum"_s, u"ac"_s, u"a"_s, u"suma"_s,
            u"sumatoria"_s, u"incremento"_s, u"incremental"_s, u"i"_s },
          AccumulationType::Cumulative },
        { { u"capacidad"_s, u"cap"_s, u"c"_s }, AccumulationType::Capacity },
        { { u"flujo"_s, u"fl"_s, u"f"_s, u"anual"_s, u"no acumulado"_s, u"no acumulativo"_s }, AccumulationType::Flow },
        { { u"stock"_s, u"st"_s, u"s"_s, u"nivel"_s }, AccumulationType::Stock },
        { { u"mantenimiento"_s, u"mantener"_s, u"mant"_s, u"m"_s }, AccumulationType::Maintenance },
        { { u"reduccion anual"_s, u"red anual"_s, u"ra"_s }, AccumulationType::AnnualReduction },
        { { u"reduccion"_s, u"reducir"_s, u"red"_s, u"r"_s, u"disminucion"_s, u"disminuir"_s, u"d"_s },
          AccumulationType::Reduction },
    };
    for (const auto &[words, type] : names) {
        if (words.contains(f))
            return type;
    }
    return accumulationTypeFromCode(text.trimmed().toUpper().replace(u' ', u'_'));
}

std::optional<Trend> trendFromText(const QString &text, const QMap<QString, Trend> &extra)
{
    const QString f = synonymKey(text);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (synonymKey(it.key()) == f)
            return it.value();
    }
    static const QList<std::pair<QStringList, Trend>> names {
        { { u"i"_s, u"inc"_s, u"incr"_s, u"a"_s, u"aum"_s, u"+"_s, u"↑"_s, u"ascendente"_s, u"positiva"_s },
          Trend::Increase },
        { { u"m"_s, u"mant"_s, u"="_s, u"constante"_s, u"sostener"_s, u"sostenimiento"_s }, Trend::Maintain },
        { { u"d"_s, u"r"_s, u"dism"_s, u"red"_s, u"-"_s, u"↓"_s, u"descendente"_s, u"negativa"_s }, Trend::Decrease },
    };
    for (const auto &[words, trend] : names) {
        if (words.contains(f))
            return trend;
    }
    if (f.startsWith(u"aument"_s) || f.startsWith(u"increment"_s) || f.startsWith(u"crec"_s))
        return Trend::Increase;
    if (f.startsWith(u"manten"_s) || f.startsWith(u"estable"_s))
        return Trend::Maintain;
    if (f.startsWith(u"dismin"_s) || f.startsWith(u"reduc"_s) || f.startsWith(u"decrec"_s))
        return Trend::Decrease;
    return trendFromCode(text.trimmed().toUpper());
}

/// A number cell as read: no data, "no programado", a value, or something unreadable.
NumberCell readNumber(const XlsxCell &cell, DecimalSeparator separator)
{
    NumberCell n;
    switch (cell.type) {
    case XlsxCellType::Empty:
        return n;
    case XlsxCellType::Number:
        n.kind = NumberCell::Value;
        n.value = cell.value.toDouble();
        return n;
    case XlsxCellType::String: {
        n.text = cell.value.toString();
        const QString f = fold(n.text);
        if (f.isEmpty() || f == u"-"_s || f == u"—"_s || f == u"–"_s)
            return n;
        if (isNotProgrammed(f)) {
            n.kind = NumberCell::NotProgrammed;
            return n;
        }
        if (const auto v = parseNumberText(n.text, separator)) {
            n.kind = NumberCell::Value;
            n.value = *v;
            n.percentSign = n.text.contains(u'%');
            return n;
        }
        n.kind = NumberCell::Bad;
        return n;
    }
    case XlsxCellType::Boolean:
    case XlsxCellType::Date:
    case XlsxCellType::Error:
        n.kind = NumberCell::Bad;
        n.text = cell.text();
        return n;
    }
    return n;
}

bool isCodeShape(const QString &code)
{
    static const QRegularExpression re(u"^[0-9A-Za-z][0-9A-Za-z._-]*$"_s);
    return re.match(code).hasMatch();
}

bool isDigits(const QString &code)
{
    static const QRegularExpression re(u"^[0-9]+$"_s);
    return re.match(code).hasMatch();
}

/// The columns of one sheet for every reference of the mapping.
int resolveColumn(const ColumnRef &ref, const QStringList &titles)
{
    if (ref.startsWith(u'#')) {
        int row = 0;
        int column = 0;
        if (parseCellReference(QString(ref.mid(1) + u"1"_s), &row, &column))
            return column;
        return -1;
    }
    const QString wanted = fold(ref);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        if (fold(titles[i]) == wanted)
            return int(i);
    }
    // Two columns with one title (two «META», two «L.B»): "META@2" is the second, counted from the left.
    static const QRegularExpression nth(u"^(.*\\S)\\s*@([1-9][0-9]?)$"_s);
    if (const auto m = nth.match(ref); m.hasMatch()) {
        const QString base = fold(m.captured(1));
        int seen = 0;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            if (fold(titles[i]) == base && ++seen == m.captured(2).toInt())
                return int(i);
        }
    }
    return -1;
}

/// One data row, parsed but not yet accepted.

Status Reader::checkMode()
{
    const auto need = [](const QString &key, const QString &why) {
        return Error::badInput(MatrixImport::tr("The mapping needs key \"%1\": %2").arg(key, why));
    };
    if (!m_mapping.columns.contains(Field::IndicatorCode)
        && (m_mode == ImportMode::NewPlan || !m_mapping.columns.contains(Field::ProductCode)))
        return need(u"columnas.codigo_indicador"_s, MatrixImport::tr("rows are identified by the indicator code"));
    if (m_mode == ImportMode::NewPlan) {
        if (!m_mapping.columns.contains(Field::LineName) && !m_mapping.columns.contains(Field::LineCode)
            && !m_mapping.sheetIsLine && m_mapping.lineTitleRow == 0)
            return need(u"columnas.linea"_s, MatrixImport::tr("a new plan needs the strategic line of each row"));
        if (m_mapping.plan.daneCode.isEmpty())
            return need(u"plan.codigo_dane"_s,
                        MatrixImport::tr("a new plan needs the entity's DANE code (or --dane in the CLI)"));
        if (!m_mapping.resources.isEmpty()) {
            auto sources = ShippedCsv::read(u"fuentes_financiacion.csv"_s, { u"codigo"_s });
            if (!sources)
                return sources.error();
            QStringList codes;
            for (const ShippedCsv::Row &row : *sources)
                codes.append(row.value(0));
            for (qsizetype i = 0; i < m_mapping.resources.size(); ++i) {
                if (!codes.contains(m_mapping.resources[i].sourceCode))
                    return Error::badInput(MatrixImport::tr("Key \"recursos[%1].fuente\": «%2» is not a funding source "
                                                            "code. Codes: %3.")
                                               .arg(i)
                                               .arg(m_mapping.resources[i].sourceCode, codes.join(u", "_s)));
            }
        }
    } else {
        if (!m_existing)
            return Error::internal(MatrixImport::tr("Importing progress needs the open plan."));
        if (!m_mapping.hasAnyProgress())
            return need(u"avance_anual"_s,
                        MatrixImport::tr("importing progress needs annual (avance_anual) or quarterly "
                                         "(avance_trimestral) progress columns"));
    }
    return {};
}

Status Reader::checkYears()
{
    QList<std::pair<QString, int>> years;
    for (auto it = m_mapping.targets.cbegin(); it != m_mapping.targets.cend(); ++it)
        years.append({ u"metas_anuales.%1"_s.arg(it.key()), it.key() });
    for (auto it = m_mapping.progress.cbegin(); it != m_mapping.progress.cend(); ++it)
        years.append({ u"avance_anual.%1"_s.arg(it.key()), it.key() });
    for (const QuarterColumns &q : m_mapping.quarterlyProgress)
        years.append({ u"avance_trimestral.%1"_s.arg(q.year), q.year });
    for (qsizetype i = 0; i < m_mapping.resources.size(); ++i)
        years.append({ u"recursos[%1].anio"_s.arg(i), m_mapping.resources[i].year });

    if (m_mode == ImportMode::Progress) {
        m_startYear = m_existing->info.term.startYear;
    } else {
        m_startYear = m_mapping.plan.startYear;
        if (m_startYear == 0) {
            for (const auto &[key, year] : years)
                m_startYear = m_startYear == 0 ? year : std::min(m_startYear, year);
            if (m_startYear == 0)
                return Error::badInput(MatrixImport::tr("The mapping needs key \"plan.inicio\": the first year of "
                                                        "the term (or --inicio in the CLI)."));
            m_result.notes.append(
                MatrixImport::tr("The term starts in %1 (the first year in the mapping).").arg(m_startYear));
        }
    }
    for (const auto &[key, year] : years) {
        if (year < m_startYear || year > m_startYear + 3)
            return Error::badInput(MatrixImport::tr("Key \"%1\": %2 is outside the plan's term %3-%4.")
                                       .arg(key)
                                       .arg(year)
                                       .arg(m_startYear)
                                       .arg(m_startYear + 3));
    }
    return {};
}

Status Reader::resolveSheets()
{
    const QStringList names = m_source.sheetNames();
    QList<int> wanted;
    const bool allSheets = m_mapping.sheets.isEmpty() || m_source.isCsv();
    if (m_source.isCsv() && !m_mapping.sheets.isEmpty())
        m_result.notes.append(MatrixImport::tr("A CSV file has one sheet: key \"hojas\" is ignored."));
    if (allSheets) {
        for (int i = 0; i < names.size(); ++i)
            wanted.append(i);
    } else {
        for (const QString &name : m_mapping.sheets) {
            const int index = m_source.sheetIndex(name);
            if (index < 0)
                return Error::badInput(MatrixImport::tr("%1: there is no sheet «%2» (key \"hojas\"). Sheets: %3.")
                                           .arg(m_source.fileName(), name, names.join(u", "_s)));
            wanted.append(index);
        }
    }

    for (int index : wanted) {
        SheetColumns c;
        c.sheet = index;
        c.name = names.value(index);
        c.titles = m_source.headers(index, m_mapping.headerRow, m_mapping.headerRowCount);
        c.headerWords.resize(c.titles.size());
        for (qsizetype col = 0; col < c.titles.size(); ++col) {
            c.headerWords[col].insert(fold(c.titles[col]));
            for (int r = 0; r < m_mapping.headerRowCount; ++r) {
                const QString part = fold(m_source.cell(index, m_mapping.headerRow - 1 + r, int(col)).text());
                if (!part.isEmpty())
                    c.headerWords[col].insert(part);
            }
        }
        QStringList missing;
        int found = 0;
        const auto resolve = [&](const QString &key, const ColumnRef &ref) {
            const int column = resolveColumn(ref, c.titles);
            if (column < 0) {
                missing.append(MatrixImport::tr("«%1» (key \"%2\")").arg(ref, key));
                return column;
            }
            ++found;
            // A title that several columns have: the first is used, and the dry run says how to take another.
            if (!ref.startsWith(u'#')) {
                int same = 0;
                for (const QString &title : std::as_const(c.titles))
                    same += fold(title) == fold(ref) ? 1 : 0;
                if (same > 1)
                    m_result.notes.append(MatrixImport::tr("Sheet «%1»: %2 columns are titled «%3»; key \"%4\" takes "
                                                           "the first (%5). «%3@2» names the second.")
                                              .arg(c.name)
                                              .arg(same)
                                              .arg(ref, key, columnName(column)));
            }
            return column;
        };
        for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it)
            c.fields.insert(it.key(), resolve(u"columnas."_s + fieldKey(it.key()), it.value()));
        for (auto it = m_mapping.targets.cbegin(); it != m_mapping.targets.cend(); ++it)
            c.targets.insert(it.key(), resolve(u"metas_anuales.%1"_s.arg(it.key()), it.value()));
        for (auto it = m_mapping.progress.cbegin(); it != m_mapping.progress.cend(); ++it)
            c.progress.insert(it.key(), resolve(u"avance_anual.%1"_s.arg(it.key()), it.value()));
        for (const QuarterColumns &q : m_mapping.quarterlyProgress) {
            std::array<int, 4> cols { -1, -1, -1, -1 };
            for (int i = 0; i < 4; ++i) {
                if (!q.columns[i].isEmpty())
                    cols[i] = resolve(u"avance_trimestral.%1[%2]"_s.arg(q.year).arg(i), q.columns[i]);
            }
            c.quarters.append({ q.year, cols });
        }
        for (qsizetype i = 0; i < m_mapping.resources.size(); ++i)
            c.resources.append(
                { m_mapping.resources[i], resolve(u"recursos[%1].columna"_s.arg(i), m_mapping.resources[i].column) });
        if (!missing.isEmpty()) {
            // Reading every sheet, a sheet with none of the columns (instructions, a chart) is not data.
            if (allSheets && found == 0 && names.size() > 1) {
                m_result.notes.append(
                    MatrixImport::tr("Sheet «%1» skipped: its header (row %2) has none of the mapping's columns.")
                        .arg(c.name)
                        .arg(m_mapping.headerRow));
                continue;
            }
            return Error::badInput(MatrixImport::tr("%1, sheet «%2»: the header (row %3) has no column %4.")
                                       .arg(m_source.fileName(), c.name)
                                       .arg(m_mapping.headerRow)
                                       .arg(missing.join(u", "_s)));
        }
        QSet<int> mapped;
        for (int col : std::as_const(c.fields))
            mapped.insert(col);
        for (int col : std::as_const(c.targets))
            mapped.insert(col);
        for (int col : std::as_const(c.progress))
            mapped.insert(col);
        for (const auto &[year, cols] : c.quarters) {
            for (int col : cols) {
                if (col >= 0)
                    mapped.insert(col);
            }
        }
        for (const auto &[r, col] : c.resources)
            mapped.insert(col);
        c.mapped = QList<int>(mapped.begin(), mapped.end());
        std::sort(c.mapped.begin(), c.mapped.end());
        // The line of a sheet without a line column: a title row above the table (often merged
        // across it, «LÍNEA 1: SEGURIDAD Y CONVIVENCIA»), or the sheet's name.
        if (m_mapping.lineTitleRow > 0) {
            const auto &rows = m_source.rows(index);
            if (m_mapping.lineTitleRow <= rows.size()) {
                for (const XlsxCell &cell : rows.at(m_mapping.lineTitleRow - 1)) {
                    c.lineTitle = cell.text().simplified();
                    if (!c.lineTitle.isEmpty())
                        break;
                }
            }
            if (c.lineTitle.isEmpty())
                return Error::badInput(MatrixImport::tr("%1, sheet «%2»: row %3 has no title to be the strategic line "
                                                        "(key \"opciones.fila_titulo_linea\").")
                                           .arg(m_source.fileName(), c.name)
                                           .arg(m_mapping.lineTitleRow));
        } else if (m_mapping.sheetIsLine) {
            c.lineTitle = c.name.simplified();
        }
        m_sheets.append(c);
    }
    if (m_sheets.isEmpty())
        return Error::badInput(MatrixImport::tr("%1: no sheet has the mapping's columns in row %2 (key "
                                                "\"fila_encabezado\").")
                                   .arg(m_source.fileName())
                                   .arg(m_mapping.headerRow));
    return {};
}

std::optional<double> Reader::scaled(const NumberCell &n, bool percentIndicator)
{
    if (n.kind != NumberCell::Value)
        return std::nullopt;
    if (percentIndicator && !n.percentSign && m_mapping.percentScale == PercentScale::Fraction) {
        // 45 where 0.45 was expected: most likely the option is wrong for this file; say so.
        if (std::abs(n.value) > 1.5)
            ++m_suspectFractions;
        return n.value * 100.0;
    }
    return n.value;
}

std::optional<RowData> Reader::parseRow(const SheetColumns &c, int r, QHash<Field, QString> &carry)
{
    const auto &row = m_source.rows(c.sheet).at(r);
    const auto at = [&](int column) { return column >= 0 && column < row.size() ? row.at(column) : XlsxCell(); };

    // Nothing in the mapped columns: an empty row (or notes far to the right).
    bool anyMapped = false;
    for (int col : c.mapped) {
        if (!at(col).isEmpty() && !at(col).text().trimmed().isEmpty()) {
            anyMapped = true;
            break;
        }
    }
    if (!anyMapped) {
        ++m_result.summary.emptyRows;
        return std::nullopt;
    }

    // The header repeated inside the data (a sheet pasted under another, a printed page header).
    int matches = 0;
    int nonEmpty = 0;
    for (int col : c.mapped) {
        const QString f = fold(at(col).text());
        if (f.isEmpty())
            continue;
        ++nonEmpty;
        if (col < c.headerWords.size() && c.headerWords[col].contains(f))
            ++matches;
    }
    if (matches >= std::min(2, int(c.mapped.size())) && matches * 2 >= nonEmpty) {
        ++m_result.summary.repeatedHeaderRows;
        return std::nullopt;
    }

    const auto text = [&](Field f) -> QString {
        const int col = c.fields.value(f, -1);
        return col < 0 ? QString() : at(col).text().simplified();
    };
    const auto code = [&](Field f) -> QString {
        const int col = c.fields.value(f, -1);
        return col < 0 ? QString() : cleanCode(at(col).text());
    };

    const Field keyField = c.fields.contains(Field::IndicatorCode) ? Field::IndicatorCode : Field::ProductCode;
    const QString key = code(keyField);
    if (key.isEmpty() || fold(key).contains(u"total"_s)) {
        // A totals row: no code and a label that says so.
        for (const XlsxCell &cell : row) {
            if (cell.type == XlsxCellType::String && fold(cell.value.toString()).contains(u"total"_s)) {
                ++m_result.summary.totalRows;
                return std::nullopt;
            }
        }
    }

    RowData d;
    d.sheet = c.name;
    d.row = r + 1;

    // Hierarchy cells: a value given starts a new group (and clears the levels under it); an empty
    // one repeats the row above when fillDown is on (the "one title per group" layout).
    static const QList<Field> hierarchy { Field::LineCode,    Field::LineName,    Field::ProgramCode,
                                          Field::ProgramName, Field::ProductCode, Field::ProductName };
    QHash<Field, QString> values;
    for (qsizetype i = 0; i < hierarchy.size(); ++i) {
        const Field f = hierarchy[i];
        const bool isCode = f == Field::LineCode || f == Field::ProgramCode || f == Field::ProductCode;
        values.insert(f, isCode ? code(f) : text(f));
    }
    if (m_mapping.fillDown) {
        for (qsizetype i = 0; i < hierarchy.size(); ++i) {
            const Field f = hierarchy[i];
            if (!values.value(f).isEmpty()) {
                if (values.value(f) != carry.value(f)) {
                    // Levels below this one belong to the previous group: forget them (pairs code/name).
                    for (qsizetype j = (i / 2 + 1) * 2; j < hierarchy.size(); ++j)
                        carry.remove(hierarchy[j]);
                }
                carry.insert(f, values.value(f));
            }
        }
        for (const Field f : hierarchy) {
            if (values.value(f).isEmpty())
                values.insert(f, carry.value(f));
        }
    }
    d.lineCode = values.value(Field::LineCode);
    d.lineName = values.value(Field::LineName);
    if (d.lineCode.isEmpty() && d.lineName.isEmpty())
        d.lineName = c.lineTitle;
    d.programCode = values.value(Field::ProgramCode);
    d.programName = values.value(Field::ProgramName);
    d.productCode = values.value(Field::ProductCode);
    d.productName = values.value(Field::ProductName);
    d.indicatorCode = code(Field::IndicatorCode);
    d.indicatorName = text(Field::IndicatorName);
    d.goalCode = code(Field::GoalCode);
    d.unit = text(Field::Unit);
    d.office = text(Field::Office);
    if (d.office.isEmpty() && m_mapping.sheetIsOffice && !c.fields.contains(Field::Office))
        d.office = c.name.simplified();
    d.evidence = text(Field::Evidence);

    if (key.isEmpty()) {
        // A row with only titles above the indicator (a line or program heading): kept as the
        // group of the rows below it.
        bool indicatorData = !d.indicatorName.isEmpty();
        for (const auto &[year, col] : c.targets.asKeyValueRange())
            indicatorData = indicatorData || !at(col).isEmpty();
        for (const auto &[year, col] : c.progress.asKeyValueRange())
            indicatorData = indicatorData || !at(col).isEmpty();
        for (const auto &[year, cols] : c.quarters) {
            for (int col : cols)
                indicatorData = indicatorData || (col >= 0 && !at(col).isEmpty());
        }
        if (!indicatorData) {
            ++m_result.summary.sectionRows;
            return std::nullopt;
        }
        d.problems.append(MatrixImport::tr("no %1 in column %2")
                              .arg(fieldLabel(keyField).toLower(), cellTitle(c, c.fields.value(keyField))));
        return d;
    }
    if (!isCodeShape(key))
        d.problems.append(
            MatrixImport::tr("the code «%1» in column %2 has characters a code cannot have")
                .arg(at(c.fields.value(keyField)).text().simplified(), cellTitle(c, c.fields.value(keyField))));

    const auto number = [&](int col) {
        NumberCell n = readNumber(at(col), m_mapping.decimalSeparator);
        if (n.kind == NumberCell::Bad)
            d.problems.append(
                MatrixImport::tr("«%1» in column %2 is not a number").arg(n.text.simplified(), cellTitle(c, col)));
        return n;
    };
    const auto fieldNumber = [&](Field f) {
        const int col = c.fields.value(f, -1);
        return col < 0 ? NumberCell() : number(col);
    };

    if (const QString a = text(Field::Accumulation); !a.isEmpty()) {
        d.accumulation = accumulationFromText(a, m_mapping.accumulationSynonyms);
        if (!d.accumulation)
            d.problems.append(MatrixImport::tr("«%1» in column %2 is not an accumulation type (Acumulado, Capacidad, "
                                               "Flujo, Stock, Mantenimiento, Reducción, Reducción anual, or A, C, F, "
                                               "S, M, R, RA, I); another word can be added under "
                                               "\"sinonimos.tipo_acumulacion\" in the mapping")
                                  .arg(a, cellTitle(c, c.fields.value(Field::Accumulation))));
    }
    if (const QString t = text(Field::Trend); !t.isEmpty()) {
        d.trend = trendFromText(t, m_mapping.trendSynonyms);
        if (!d.trend)
            d.problems.append(MatrixImport::tr("«%1» in column %2 is not a trend (Aumentar/Incremento, Mantener, "
                                               "Disminuir/Reducción, or I, M, D, R); another word can be added "
                                               "under \"sinonimos.tendencia\" in the mapping")
                                  .arg(t, cellTitle(c, c.fields.value(Field::Trend))));
    }
    d.baseline = fieldNumber(Field::Baseline);
    d.termTarget = fieldNumber(Field::TermTarget);
    d.lineWeight = fieldNumber(Field::LineWeight);
    d.programWeight = fieldNumber(Field::ProgramWeight);
    d.indicatorWeight = fieldNumber(Field::IndicatorWeight);
    for (const auto &[year, col] : c.targets.asKeyValueRange())
        d.targets.append({ year, number(col) });
    for (const auto &[year, col] : c.progress.asKeyValueRange())
        d.progress.append({ year, number(col) });
    for (const auto &[year, cols] : c.quarters) {
        std::array<NumberCell, 4> q;
        for (int i = 0; i < 4; ++i)
            q[i] = cols[i] < 0 ? NumberCell() : number(cols[i]);
        d.quarters.append({ year, q });
    }
    for (const auto &[resource, col] : c.resources)
        d.resources.append({ resource, number(col) });
    return d;
}

void Reader::readSheet(const SheetColumns &c)
{
    ++m_result.summary.sheetsRead;
    QHash<Field, QString> carry;
    const int rowCount = int(m_source.rows(c.sheet).size());
    for (int r = m_mapping.headerRow - 1 + m_mapping.headerRowCount; r < rowCount; ++r) {
        auto parsed = parseRow(c, r, carry);
        if (!parsed)
            continue;
        if (m_mode == ImportMode::NewPlan)
            acceptNewPlanRow(*parsed);
        else
            acceptProgressRow(*parsed);
        if (parsed->problems.isEmpty()) {
            ++m_result.summary.rowsRead;
        } else {
            ++m_result.summary.badRows;
            addProblem(parsed->sheet, parsed->row, parsed->problems.join(u"; "_s));
        }
    }
}

Result<MatrixReadResult> Reader::run()
{
    if (auto s = m_mapping.validate(); !s)
        return s.error();
    if (auto s = checkMode(); !s)
        return s.error();
    if (auto s = checkYears(); !s)
        return s.error();
    if (auto s = resolveSheets(); !s)
        return s.error();

    if (m_mode == ImportMode::Progress) {
        m_keepQuarters = m_mapping.quarterMode == QuarterMode::Keep
            || (m_mapping.quarterMode == QuarterMode::Auto
                && m_existing->info.progressPeriod == ProgressPeriodUnit::Quarterly);
        for (const ProductIndicator &ind : m_existing->indicators) {
            m_indicatorsByCode[cleanCode(ind.code)].append(&ind);
            if (const Product *p = m_existing->product(ind.productId))
                m_indicatorsByProductCode[cleanCode(p->code)].append(&ind);
        }
        for (const ProgressReport &r : m_existing->progress)
            m_existingReports.insert({ r.indicatorId, r.year * 10 + r.period }, r);
    } else {
        m_keepQuarters = m_mapping.quarterMode != QuarterMode::Year;
    }
    if (!m_mapping.quarterlyProgress.isEmpty()) {
        m_result.notes.append(m_keepQuarters
                                  ? MatrixImport::tr("Quarterly progress is kept by quarter (periods 1 to 4).")
                                  : MatrixImport::tr("Quarterly progress becomes one value per year: quarters are "
                                                     "summed, or the last quarter is taken, according to each "
                                                     "indicator's accumulation type."));
    }
    if (m_mode == ImportMode::Progress && !m_mapping.resources.isEmpty())
        m_result.notes.append(MatrixImport::tr("Resource columns are only read when making a new plan; they were "
                                               "ignored."));

    for (const SheetColumns &c : std::as_const(m_sheets))
        readSheet(c);

    if (m_suspectFractions > 0)
        m_result.notes.append(MatrixImport::tr("%n percentage value(s) are above 1.5 although the mapping says "
                                               "percentages are written from 0 to 1: check \"opciones.porcentajes\".",
                                               nullptr, m_suspectFractions));
    if (m_mode == ImportMode::NewPlan) {
        PlanData &plan = m_result.plan;
        for (auto it = m_investments.cbegin(); it != m_investments.cend(); ++it)
            plan.investments.append({ it.key().first, it.key().second.first, it.key().second.second, it.value() });
        std::sort(plan.investments.begin(), plan.investments.end(), [](const auto &a, const auto &b) {
            return std::tie(a.productId, a.year, a.sourceCode) < std::tie(b.productId, b.year, b.sourceCode);
        });
        m_result.summary.resourceCells = int(plan.investments.size());
        for (Product &p : plan.products) {
            p.cost = 0;
            for (const InvestmentAmount &a : plan.investments) {
                if (a.productId == p.id)
                    p.cost += a.amount;
            }
        }
        TerritorialEntity &e = plan.info.entity;
        e.daneCode = m_mapping.plan.daneCode;
        e.name = m_mapping.plan.entityName;
        e.departmentName = m_mapping.plan.departmentName;
        if (e.daneCode.size() >= 2)
            e.departmentCode = e.daneCode.left(2);
        if (e.daneCode.size() == 2)
            e.type = EntityType::Department;
        plan.info.term.startYear = m_startYear;
        if (m_catalog)
            plan.info.catalogVersion = m_catalog->version();
        plan.info.planName = m_mapping.plan.planName;
        if (plan.info.planName.isEmpty())
            plan.info.planName
                = MatrixImport::tr("Development plan %1 %2-%3").arg(e.name).arg(m_startYear).arg(m_startYear + 3);
        if (m_keepQuarters && !m_mapping.quarterlyProgress.isEmpty())
            plan.info.progressPeriod = ProgressPeriodUnit::Quarterly;
        if (m_impliedTargets > 0)
            m_result.notes.append(
                MatrixImport::tr("%n four-year target(s) were empty and were computed from the annual "
                                 "targets.",
                                 nullptr, m_impliedTargets));
        if (m_sharedIndicatorGoals > 0)
            m_result.notes.append(
                MatrixImport::tr("%n goal(s) use an MGA indicator that another goal of the plan also uses: "
                                 "each row is kept as its own goal.",
                                 nullptr, m_sharedIndicatorGoals));
        m_result.summary.lines = int(plan.lines.size());
        m_result.summary.programs = int(plan.programs.size());
        m_result.summary.products = int(plan.products.size());
        m_result.summary.indicators = int(plan.indicators.size());
        m_result.summary.progressValues = int(plan.progress.size());
        m_result.summary.progressNew = int(plan.progress.size());
        plan.reindex();
    } else {
        m_result.summary.progressValues = int(m_result.progress.size());
        m_result.summary.indicatorsTouched = int(m_touched.size());
    }
    return std::move(m_result);
}

} // namespace planea::matrix::detail

namespace planea::matrix {

Result<MatrixReadResult> MatrixImport::read(const MatrixSource &source, const MatrixMapping &mapping, ImportMode mode,
                                            const PlanData *existing, const Catalog *catalog)
{
    detail::Reader reader(source, mapping, mode, existing, catalog);
    return reader.run();
}

} // namespace planea::matrix
