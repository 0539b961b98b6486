#include "exchange/MatrixMapping.h"

#include "exchange/MatrixReader.h"
#include "util/SafeWrite.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace planea::matrix {

namespace {

const QString FormatMark = u"planea-mapeo-matriz"_s;

struct FieldInfo
{
    Field field;
    QString key;
    const char *label;
};

const QList<FieldInfo> &fieldInfos()
{
    static const QList<FieldInfo> infos {
        { Field::LineCode, u"codigo_linea"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Line code") },
        { Field::LineName, u"linea"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Strategic line") },
        { Field::ProgramCode, u"codigo_programa"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Program code") },
        { Field::ProgramName, u"programa"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Program") },
        { Field::ProductCode, u"codigo_producto"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Product code") },
        { Field::ProductName, u"producto"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Product") },
        { Field::IndicatorCode, u"codigo_indicador"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Product indicator code") },
        { Field::IndicatorName, u"indicador"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Product indicator") },
        { Field::GoalCode, u"codigo_meta"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Goal code") },
        { Field::Unit, u"unidad"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Unit of measure") },
        { Field::Accumulation, u"tipo_acumulacion"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Accumulation type") },
        { Field::Trend, u"tendencia"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Trend") },
        { Field::Baseline, u"linea_base"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Baseline") },
        { Field::TermTarget, u"meta_cuatrienio"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Four-year target") },
        { Field::Office, u"dependencia"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Responsible office") },
        { Field::LineWeight, u"peso_linea"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Line weight") },
        { Field::ProgramWeight, u"peso_programa"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Program weight") },
        { Field::IndicatorWeight, u"peso_indicador"_s,
          QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Indicator weight") },
        { Field::Evidence, u"evidencia"_s, QT_TRANSLATE_NOOP("planea::matrix::MatrixMapping", "Progress evidence") },
    };
    return infos;
}

const QStringList &topKeys()
{
    static const QStringList keys { u"formato"_s,       u"version"_s,         u"nombre"_s,
                                    u"hojas"_s,         u"fila_encabezado"_s, u"filas_encabezado"_s,
                                    u"separador_csv"_s, u"opciones"_s,        u"columnas"_s,
                                    u"metas_anuales"_s, u"avance_anual"_s,    u"avance_trimestral"_s,
                                    u"recursos"_s,      u"sinonimos"_s,       u"plan"_s };
    return keys;
}

const QStringList &optionKeys()
{
    static const QStringList keys { u"porcentajes"_s,     u"separador_decimal"_s,    u"trimestres"_s,
                                    u"unidad_recursos"_s, u"rellenar_hacia_abajo"_s, u"hoja_es_dependencia"_s,
                                    u"hoja_es_linea"_s,   u"fila_titulo_linea"_s };
    return keys;
}

const QStringList &planKeys()
{
    static const QStringList keys { u"inicio"_s, u"codigo_dane"_s, u"entidad"_s, u"departamento"_s, u"nombre"_s };
    return keys;
}

/// Collects the first error while parsing, naming the JSON key path.
class Parser
{
public:
    explicit Parser(QString source)
        : m_source(std::move(source))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const { return Error::badInput(m_error); }

    void fail(const QString &key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = MatrixMapping::tr("%1: key \"%2\": %3").arg(m_source, key, what);
    }

    void checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &prefix)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(prefix + it.key(), MatrixMapping::tr("unknown key (see docs/IMPORT_MAPPING.md)"));
        }
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(path, MatrixMapping::tr("must be text"));
            return {};
        }
        return v.toString();
    }

    std::optional<int> integer(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        // Beyond int's range (1e75) is no row, year or count either, and converting it would be
        // undefined behaviour (found by fuzz_mapping_json).
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < double(std::numeric_limits<int>::min())
            || d > double(std::numeric_limits<int>::max())) {
            fail(path, MatrixMapping::tr("must be a whole number"));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<bool> boolean(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(path, MatrixMapping::tr("must be true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<int> year(const QString &text, const QString &path)
    {
        bool ok = false;
        const int y = text.toInt(&ok);
        if (!ok || y < 1990 || y > 2100) {
            fail(path, MatrixMapping::tr("\"%1\" is not a year (e.g. \"2024\")").arg(text));
            return std::nullopt;
        }
        return y;
    }

    QString column(const QJsonValue &v, const QString &path)
    {
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(path, MatrixMapping::tr("must be a column title or \"#\" and a column letter, e.g. \"#F\""));
            return {};
        }
        return v.toString().trimmed();
    }

private:
    QString m_source;
    QString m_error;
};

QString percentCode(PercentScale s)
{
    return s == PercentScale::Fraction ? u"0-1"_s : u"0-100"_s;
}

QString decimalCode(DecimalSeparator s)
{
    switch (s) {
    case DecimalSeparator::Comma:
        return u"coma"_s;
    case DecimalSeparator::Point:
        return u"punto"_s;
    case DecimalSeparator::Auto:
        break;
    }
    return u"auto"_s;
}

QString quarterCode(QuarterMode m)
{
    switch (m) {
    case QuarterMode::Keep:
        return u"conservar"_s;
    case QuarterMode::Year:
        return u"anual"_s;
    case QuarterMode::Auto:
        break;
    }
    return u"auto"_s;
}

bool isColumnLetterRef(const QString &ref)
{
    static const QRegularExpression re(u"^#[A-Za-z]{1,3}$"_s);
    return re.match(ref).hasMatch();
}

} // namespace

const QList<Field> &allFields()
{
    static const QList<Field> fields = [] {
        QList<Field> list;
        for (const FieldInfo &i : fieldInfos())
            list.append(i.field);
        return list;
    }();
    return fields;
}

QString fieldKey(Field field)
{
    for (const FieldInfo &i : fieldInfos()) {
        if (i.field == field)
            return i.key;
    }
    return {};
}

std::optional<Field> fieldFromKey(const QString &key)
{
    for (const FieldInfo &i : fieldInfos()) {
        if (i.key == key)
            return i.field;
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    for (const FieldInfo &i : fieldInfos()) {
        if (i.field == field)
            return MatrixMapping::tr(i.label);
    }
    return {};
}

Result<MatrixMapping> MatrixMapping::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset is in bytes; people count lines.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error::badInput(
            tr("%1 is not valid JSON (line %2: %3).").arg(sourceName).arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::badInput(tr("%1: a mapping is a JSON object ({ … }).").arg(sourceName));
    const QJsonObject root = doc.object();
    Parser p(sourceName);
    p.checkKeys(root, topKeys(), {});

    MatrixMapping m;
    const QString format = p.string(root, u"formato"_s, u"formato"_s);
    if (!format.isEmpty() && format != FormatMark)
        p.fail(u"formato"_s, tr("must be \"%1\"").arg(FormatMark));
    if (auto v = p.integer(root.value(u"version"_s), u"version"_s); v && *v > FormatVersion)
        p.fail(u"version"_s,
               tr("version %1 was written by a newer Planea (this one reads version %2)").arg(*v).arg(FormatVersion));
    m.name = p.string(root, u"nombre"_s, u"nombre"_s);

    const QJsonValue sheets = root.value(u"hojas"_s);
    if (sheets.isString()) {
        if (sheets.toString() != u"*"_s && !sheets.toString().isEmpty())
            m.sheets.append(sheets.toString());
    } else if (sheets.isArray()) {
        const QJsonArray list = sheets.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString() || list[i].toString().isEmpty())
                p.fail(u"hojas[%1]"_s.arg(i), tr("must be a sheet name"));
            else
                m.sheets.append(list[i].toString());
        }
    } else if (!sheets.isUndefined() && !sheets.isNull()) {
        p.fail(u"hojas"_s, tr("must be a list of sheet names, or \"*\" for every sheet"));
    }

    if (auto v = p.integer(root.value(u"fila_encabezado"_s), u"fila_encabezado"_s))
        m.headerRow = *v;
    if (auto v = p.integer(root.value(u"filas_encabezado"_s), u"filas_encabezado"_s))
        m.headerRowCount = *v;
    const QString sep = p.string(root, u"separador_csv"_s, u"separador_csv"_s);
    if (sep == u"\\t"_s || sep == u"tab"_s || sep == u"\t"_s)
        m.csvSeparator = u'\t';
    else if (sep.size() == 1)
        m.csvSeparator = sep.at(0);
    else if (!sep.isEmpty())
        p.fail(u"separador_csv"_s, tr("must be one character: \";\", \",\" or \"tab\""));

    const QJsonValue optionsValue = root.value(u"opciones"_s);
    if (!optionsValue.isUndefined() && !optionsValue.isObject())
        p.fail(u"opciones"_s, tr("must be an object"));
    const QJsonObject options = optionsValue.toObject();
    p.checkKeys(options, optionKeys(), u"opciones."_s);
    const QString percent = p.string(options, u"porcentajes"_s, u"opciones.porcentajes"_s);
    if (percent == u"0-1"_s)
        m.percentScale = PercentScale::Fraction;
    else if (percent.isEmpty() || percent == u"0-100"_s)
        m.percentScale = PercentScale::Hundred;
    else
        p.fail(u"opciones.porcentajes"_s, tr("must be \"0-100\" or \"0-1\""));
    const QString decimal = p.string(options, u"separador_decimal"_s, u"opciones.separador_decimal"_s);
    if (decimal.isEmpty() || decimal == u"auto"_s)
        m.decimalSeparator = DecimalSeparator::Auto;
    else if (decimal == u"coma"_s || decimal == u","_s)
        m.decimalSeparator = DecimalSeparator::Comma;
    else if (decimal == u"punto"_s || decimal == u"."_s)
        m.decimalSeparator = DecimalSeparator::Point;
    else
        p.fail(u"opciones.separador_decimal"_s, tr("must be \"auto\", \"coma\" or \"punto\""));
    const QString quarters = p.string(options, u"trimestres"_s, u"opciones.trimestres"_s);
    if (quarters.isEmpty() || quarters == u"auto"_s)
        m.quarterMode = QuarterMode::Auto;
    else if (quarters == u"conservar"_s)
        m.quarterMode = QuarterMode::Keep;
    else if (quarters == u"anual"_s)
        m.quarterMode = QuarterMode::Year;
    else
        p.fail(u"opciones.trimestres"_s, tr("must be \"auto\", \"conservar\" or \"anual\""));
    const QJsonValue unit = options.value(u"unidad_recursos"_s);
    if (unit.isString()) {
        const QString u = unit.toString();
        if (u == u"pesos"_s)
            m.resourcesMultiplier = 1.0;
        else if (u == u"miles"_s)
            m.resourcesMultiplier = 1e3;
        else if (u == u"millones"_s)
            m.resourcesMultiplier = 1e6;
        else
            p.fail(u"opciones.unidad_recursos"_s, tr("must be \"pesos\", \"miles\", \"millones\" or a number"));
    } else if (unit.isDouble()) {
        m.resourcesMultiplier = unit.toDouble();
    } else if (!unit.isUndefined() && !unit.isNull()) {
        p.fail(u"opciones.unidad_recursos"_s, tr("must be \"pesos\", \"miles\", \"millones\" or a number"));
    }
    if (auto v = p.boolean(options.value(u"rellenar_hacia_abajo"_s), u"opciones.rellenar_hacia_abajo"_s))
        m.fillDown = *v;
    if (auto v = p.boolean(options.value(u"hoja_es_dependencia"_s), u"opciones.hoja_es_dependencia"_s))
        m.sheetIsOffice = *v;
    if (auto v = p.boolean(options.value(u"hoja_es_linea"_s), u"opciones.hoja_es_linea"_s))
        m.sheetIsLine = *v;
    if (auto v = p.integer(options.value(u"fila_titulo_linea"_s), u"opciones.fila_titulo_linea"_s))
        m.lineTitleRow = *v;

    const QJsonValue columnsValue = root.value(u"columnas"_s);
    if (!columnsValue.isUndefined() && !columnsValue.isObject())
        p.fail(u"columnas"_s, tr("must be an object: field → column"));
    const QJsonObject columns = columnsValue.toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        const QString path = u"columnas."_s + it.key();
        if (!field) {
            p.fail(path, tr("is not a Planea field (see docs/IMPORT_MAPPING.md)"));
            continue;
        }
        m.columns.insert(*field, p.column(it.value(), path));
    }

    const auto yearColumns = [&](const QString &key, QMap<int, ColumnRef> &out) {
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isObject()) {
            p.fail(key, tr("must be an object: year → column"));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = key + u"."_s + it.key();
            if (auto y = p.year(it.key(), path))
                out.insert(*y, p.column(it.value(), path));
        }
    };
    yearColumns(u"metas_anuales"_s, m.targets);
    yearColumns(u"avance_anual"_s, m.progress);

    const QJsonValue quarterValue = root.value(u"avance_trimestral"_s);
    if (!quarterValue.isUndefined() && !quarterValue.isNull()) {
        if (!quarterValue.isObject()) {
            p.fail(u"avance_trimestral"_s, tr("must be an object: year → [T1, T2, T3, T4]"));
        } else {
            const QJsonObject o = quarterValue.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString path = u"avance_trimestral."_s + it.key();
                const auto y = p.year(it.key(), path);
                if (!it.value().isArray() || it.value().toArray().size() != 4) {
                    p.fail(path, tr("must be a list of four columns (T1, T2, T3, T4); use \"\" for a missing quarter"));
                    continue;
                }
                QuarterColumns q;
                q.year = y.value_or(0);
                const QJsonArray list = it.value().toArray();
                for (qsizetype i = 0; i < 4; ++i) {
                    if (list[i].isString() && list[i].toString().trimmed().isEmpty())
                        q.columns.append(QString());
                    else
                        q.columns.append(p.column(list[i], u"%1[%2]"_s.arg(path).arg(i)));
                }
                m.quarterlyProgress.append(q);
            }
        }
    }

    const QJsonValue resourcesValue = root.value(u"recursos"_s);
    if (!resourcesValue.isUndefined() && !resourcesValue.isNull()) {
        if (!resourcesValue.isArray()) {
            p.fail(u"recursos"_s, tr("must be a list of { \"anio\", \"fuente\", \"columna\" }"));
        } else {
            const QJsonArray list = resourcesValue.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString path = u"recursos[%1]"_s.arg(i);
                if (!list[i].isObject()) {
                    p.fail(path, tr("must be an object { \"anio\", \"fuente\", \"columna\" }"));
                    continue;
                }
                const QJsonObject o = list[i].toObject();
                p.checkKeys(o, { u"anio"_s, u"fuente"_s, u"columna"_s }, path + u"."_s);
                ResourceColumn r;
                const QJsonValue yearValue = o.value(u"anio"_s);
                if (yearValue.isDouble())
                    r.year = p.year(QString::number(yearValue.toInt()), path + u".anio"_s).value_or(0);
                else
                    p.fail(path + u".anio"_s, tr("must be a year, e.g. 2024"));
                r.sourceCode = p.string(o, u"fuente"_s, path + u".fuente"_s).trimmed();
                if (r.sourceCode.isEmpty())
                    p.fail(path + u".fuente"_s, tr("must be a funding source code, e.g. \"SGP_LD\""));
                r.column = p.column(o.value(u"columna"_s), path + u".columna"_s);
                m.resources.append(r);
            }
        }
    }

    // The entity's own words for accumulation types and trends: word → a built-in word or code.
    const QJsonValue synonymsValue = root.value(u"sinonimos"_s);
    if (!synonymsValue.isUndefined() && !synonymsValue.isNull() && !synonymsValue.isObject())
        p.fail(u"sinonimos"_s, tr("must be an object: { \"tipo_acumulacion\": { … }, \"tendencia\": { … } }"));
    const QJsonObject synonyms = synonymsValue.toObject();
    p.checkKeys(synonyms, { u"tipo_acumulacion"_s, u"tendencia"_s }, u"sinonimos."_s);
    const auto synonymTable = [&](const QString &key, const auto &resolve, auto &out, const QString &expected) {
        const QJsonValue v = synonyms.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const QString path = u"sinonimos."_s + key;
        if (!v.isObject()) {
            p.fail(path, tr("must be an object: the word as written → what it means"));
            return;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString wordPath = path + u"."_s + it.key();
            if (detail::synonymKey(it.key()).isEmpty()) {
                p.fail(wordPath, tr("the word cannot be empty"));
                continue;
            }
            const auto meaning = it.value().isString() ? resolve(it.value().toString()) : std::nullopt;
            if (!meaning)
                p.fail(wordPath, tr("must be one of %1").arg(expected));
            else
                out.insert(it.key(), *meaning);
        }
    };
    synonymTable(
        u"tipo_acumulacion"_s, [](const QString &t) { return detail::accumulationFromText(t); }, m.accumulationSynonyms,
        u"Acumulado, Capacidad, Flujo, Stock, Mantenimiento, Reducción, Reducción anual"_s);
    synonymTable(
        u"tendencia"_s, [](const QString &t) { return detail::trendFromText(t); }, m.trendSynonyms,
        u"Incremento, Mantenimiento, Reducción"_s);

    const QJsonValue planValue = root.value(u"plan"_s);
    if (!planValue.isUndefined() && !planValue.isObject())
        p.fail(u"plan"_s, tr("must be an object"));
    const QJsonObject plan = planValue.toObject();
    p.checkKeys(plan, planKeys(), u"plan."_s);
    if (auto v = p.integer(plan.value(u"inicio"_s), u"plan.inicio"_s))
        m.plan.startYear = *v;
    m.plan.daneCode = p.string(plan, u"codigo_dane"_s, u"plan.codigo_dane"_s).trimmed();
    m.plan.entityName = p.string(plan, u"entidad"_s, u"plan.entidad"_s).trimmed();
    m.plan.departmentName = p.string(plan, u"departamento"_s, u"plan.departamento"_s).trimmed();
    m.plan.planName = p.string(plan, u"nombre"_s, u"plan.nombre"_s).trimmed();

    if (p.failed())
        return p.error();
    if (auto s = m.validate(); !s)
        return Error::badInput(u"%1: %2"_s.arg(sourceName, s.error().message));
    return m;
}

Status MatrixMapping::validate() const
{
    const auto fail
        = [](const QString &key, const QString &what) { return Error::badInput(tr("key \"%1\": %2").arg(key, what)); };
    if (headerRow < 1 || headerRow > 1'048'576)
        return fail(u"fila_encabezado"_s, tr("must be a row number from 1 (the first row of the sheet)"));
    if (headerRowCount < 1 || headerRowCount > 10)
        return fail(u"filas_encabezado"_s, tr("must be between 1 and 10"));
    if (lineTitleRow < 0 || (lineTitleRow > 0 && lineTitleRow >= headerRow))
        return fail(u"opciones.fila_titulo_linea"_s,
                    tr("must be a row above the header (fila_encabezado %1), counted from 1").arg(headerRow));
    if (!(resourcesMultiplier > 0.0) || resourcesMultiplier > 1e9)
        return fail(u"opciones.unidad_recursos"_s, tr("must be a positive number"));
    const auto checkRef = [&](const QString &key, const QString &ref) -> Status {
        if (ref.trimmed().isEmpty())
            return fail(key, tr("must be a column title or \"#\" and a column letter, e.g. \"#F\""));
        if (ref.startsWith(u'#') && !isColumnLetterRef(ref))
            return fail(key, tr("\"%1\" is not a column letter (e.g. \"#F\", \"#AB\")").arg(ref));
        return {};
    };
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (auto s = checkRef(u"columnas."_s + fieldKey(it.key()), it.value()); !s)
            return s;
    }
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (auto s = checkRef(u"metas_anuales.%1"_s.arg(it.key()), it.value()); !s)
            return s;
    }
    for (auto it = progress.cbegin(); it != progress.cend(); ++it) {
        if (auto s = checkRef(u"avance_anual.%1"_s.arg(it.key()), it.value()); !s)
            return s;
    }
    QList<int> quarterYears;
    for (const QuarterColumns &q : quarterlyProgress) {
        const QString key = u"avance_trimestral.%1"_s.arg(q.year);
        if (q.columns.size() != 4)
            return fail(key, tr("must be a list of four columns (T1, T2, T3, T4); use \"\" for a missing quarter"));
        if (quarterYears.contains(q.year))
            return fail(key, tr("the year appears twice"));
        quarterYears.append(q.year);
        bool any = false;
        for (int i = 0; i < 4; ++i) {
            if (q.columns[i].isEmpty())
                continue;
            any = true;
            if (auto s = checkRef(u"%1[%2]"_s.arg(key).arg(i), q.columns[i]); !s)
                return s;
        }
        if (!any)
            return fail(key, tr("names no column"));
        if (progress.contains(q.year))
            return fail(key, tr("the year also has an annual progress column (avance_anual); choose one"));
    }
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString key = u"recursos[%1]"_s.arg(i);
        if (resources[i].sourceCode.isEmpty())
            return fail(key + u".fuente"_s, tr("must be a funding source code, e.g. \"SGP_LD\""));
        if (auto s = checkRef(key + u".columna"_s, resources[i].column); !s)
            return s;
    }
    if (plan.startYear != 0 && (plan.startYear < 1990 || plan.startYear > 2100))
        return fail(u"plan.inicio"_s, tr("must be a year, e.g. 2024"));
    if (columns.isEmpty() && targets.isEmpty() && progress.isEmpty() && quarterlyProgress.isEmpty())
        return fail(u"columnas"_s, tr("the mapping names no column"));
    return {};
}

Result<MatrixMapping> MatrixMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read the mapping %1: %2").arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return Error::badInput(tr("%1 is too large to be a mapping (more than 4 MB).").arg(path));
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

QByteArray MatrixMapping::toJson() const
{
    QJsonObject root;
    root.insert(u"formato"_s, FormatMark);
    root.insert(u"version"_s, FormatVersion);
    if (!name.isEmpty())
        root.insert(u"nombre"_s, name);
    if (sheets.isEmpty())
        root.insert(u"hojas"_s, u"*"_s);
    else
        root.insert(u"hojas"_s, QJsonArray::fromStringList(sheets));
    root.insert(u"fila_encabezado"_s, headerRow);
    root.insert(u"filas_encabezado"_s, headerRowCount);
    if (csvSeparator)
        root.insert(u"separador_csv"_s, *csvSeparator == u'\t' ? u"tab"_s : QString(*csvSeparator));
    QJsonObject options;
    options.insert(u"porcentajes"_s, percentCode(percentScale));
    options.insert(u"separador_decimal"_s, decimalCode(decimalSeparator));
    options.insert(u"trimestres"_s, quarterCode(quarterMode));
    if (resourcesMultiplier == 1.0)
        options.insert(u"unidad_recursos"_s, u"pesos"_s);
    else if (resourcesMultiplier == 1e3)
        options.insert(u"unidad_recursos"_s, u"miles"_s);
    else if (resourcesMultiplier == 1e6)
        options.insert(u"unidad_recursos"_s, u"millones"_s);
    else
        options.insert(u"unidad_recursos"_s, resourcesMultiplier);
    options.insert(u"rellenar_hacia_abajo"_s, fillDown);
    options.insert(u"hoja_es_dependencia"_s, sheetIsOffice);
    if (sheetIsLine)
        options.insert(u"hoja_es_linea"_s, true);
    if (lineTitleRow > 0)
        options.insert(u"fila_titulo_linea"_s, lineTitleRow);
    root.insert(u"opciones"_s, options);
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(fieldKey(it.key()), it.value());
    root.insert(u"columnas"_s, cols);
    const auto yearObject = [](const QMap<int, ColumnRef> &map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(QString::number(it.key()), it.value());
        return o;
    };
    if (!targets.isEmpty())
        root.insert(u"metas_anuales"_s, yearObject(targets));
    if (!progress.isEmpty())
        root.insert(u"avance_anual"_s, yearObject(progress));
    if (!quarterlyProgress.isEmpty()) {
        QJsonObject o;
        for (const QuarterColumns &q : quarterlyProgress)
            o.insert(QString::number(q.year), QJsonArray::fromStringList(q.columns));
        root.insert(u"avance_trimestral"_s, o);
    }
    if (!resources.isEmpty()) {
        QJsonArray list;
        for (const ResourceColumn &r : resources)
            list.append(
                QJsonObject { { u"anio"_s, r.year }, { u"fuente"_s, r.sourceCode }, { u"columna"_s, r.column } });
        root.insert(u"recursos"_s, list);
    }
    QJsonObject synonymsObject;
    if (!accumulationSynonyms.isEmpty()) {
        QJsonObject o;
        for (auto it = accumulationSynonyms.cbegin(); it != accumulationSynonyms.cend(); ++it)
            o.insert(it.key(), toCode(it.value()));
        synonymsObject.insert(u"tipo_acumulacion"_s, o);
    }
    if (!trendSynonyms.isEmpty()) {
        QJsonObject o;
        for (auto it = trendSynonyms.cbegin(); it != trendSynonyms.cend(); ++it)
            o.insert(it.key(), toCode(it.value()));
        synonymsObject.insert(u"tendencia"_s, o);
    }
    if (!synonymsObject.isEmpty())
        root.insert(u"sinonimos"_s, synonymsObject);
    QJsonObject planObject;
    if (plan.startYear != 0)
        planObject.insert(u"inicio"_s, plan.startYear);
    if (!plan.daneCode.isEmpty())
        planObject.insert(u"codigo_dane"_s, plan.daneCode);
    if (!plan.entityName.isEmpty())
        planObject.insert(u"entidad"_s, plan.entityName);
    if (!plan.departmentName.isEmpty())
        planObject.insert(u"departamento"_s, plan.departmentName);
    if (!plan.planName.isEmpty())
        planObject.insert(u"nombre"_s, plan.planName);
    if (!planObject.isEmpty())
        root.insert(u"plan"_s, planObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status MatrixMapping::save(const QString &path) const
{
    if (auto s = validate(); !s)
        return s;
    return safe::writeFile(path, toJson());
}

} // namespace planea::matrix
