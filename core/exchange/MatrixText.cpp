// Reading what people write in spreadsheets: numbers stored as text, codes with stray spaces, and
// column titles (a first mapping for the assistant).
#include "exchange/MatrixMapping.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::matrix {

namespace {

/// Lowercase, no accents, single spaces, "." and ":" as spaces: how titles are compared.
QString foldTitle(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        out += ch == u'.' || ch == u':' || ch == u'_' ? u' ' : ch.toLower();
    }
    return out.simplified();
}

std::optional<Field> fieldForTitle(const QString &f)
{
    const auto has = [&](const char16_t *word) { return f.contains(QStringView(word)); };
    const bool code = has(u"codigo") || f.startsWith(u"cod "_s) || f.contains(u" cod "_s) || f == u"cod"_s;
    if (has(u"linea base") || f == u"lb"_s)
        return Field::Baseline;
    if (has(u"peso") || has(u"ponderacion")) {
        if (has(u"linea") || has(u"eje"))
            return Field::LineWeight;
        if (has(u"programa"))
            return Field::ProgramWeight;
        return Field::IndicatorWeight;
    }
    if (code) {
        // «COD META», «CÓDIGO META PRODUCTO»: the entity's number for the goal, not the MGA code.
        if (has(u"meta") && !has(u"indicador"))
            return Field::GoalCode;
        if (has(u"indicador"))
            return Field::IndicatorCode;
        if (has(u"producto"))
            return Field::ProductCode;
        if (has(u"programa"))
            return Field::ProgramCode;
        if (has(u"linea") || has(u"eje"))
            return Field::LineCode;
        return std::nullopt;
    }
    if (has(u"meta") && (has(u"cuatrienio") || has(u"total") || has(u"plan") || f == u"meta"_s))
        return Field::TermTarget;
    if (has(u"unidad"))
        return Field::Unit;
    if (has(u"acumulacion") || has(u"tipo de meta") || has(u"tipo meta"))
        return Field::Accumulation;
    if (has(u"tendencia"))
        return Field::Trend;
    if (has(u"dependencia") || has(u"responsable") || has(u"secretaria"))
        return Field::Office;
    if (has(u"evidencia") || has(u"soporte") || has(u"verificacion"))
        return Field::Evidence;
    if (has(u"indicador"))
        return Field::IndicatorName;
    if (has(u"producto"))
        return Field::ProductName;
    if (has(u"programa"))
        return Field::ProgramName;
    if (has(u"linea") || has(u"eje") || has(u"pilar") || has(u"dimension"))
        return Field::LineName;
    return std::nullopt;
}

} // namespace

MatrixMapping suggestMapping(const QStringList &titles)
{
    static const QRegularExpression yearRe(u"\\b(19[9][0-9]|20[0-9][0-9])\\b"_s);
    static const QRegularExpression quarterRe(
        u"(?:^|\\s)(?:t|trim|trimestre|q)\\s?([1-4])\\b|\\b([1-4])\\s?(?:er|do|ro|to|o)?\\s?trim|\\b(iv|iii|ii|i)\\s?trim"_s);
    MatrixMapping m;
    QMap<int, QStringList> quarters;
    for (const QString &title : titles) {
        const QString f = foldTitle(title);
        if (f.isEmpty())
            continue;
        const auto yearMatch = yearRe.match(f);
        const bool progressWord = f.contains(u"avance"_s) || f.contains(u"ejecutado"_s) || f.contains(u"logro"_s)
            || f.contains(u"ejecucion"_s) || f.contains(u"reportado"_s);
        if (yearMatch.hasMatch() && !f.contains(u"linea base"_s)) {
            const int year = yearMatch.captured(1).toInt();
            const auto q = quarterRe.match(f);
            if (q.hasMatch()) {
                int quarter = 0;
                if (!q.captured(1).isEmpty())
                    quarter = q.captured(1).toInt();
                else if (!q.captured(2).isEmpty())
                    quarter = q.captured(2).toInt();
                else
                    quarter = QStringList { u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s }.indexOf(q.captured(3)) + 1;
                // Quarter columns of planned values ("Programado T1") are not progress.
                if (quarter >= 1 && !f.contains(u"program"_s) && !f.contains(u"meta"_s)) {
                    QStringList &cols = quarters[year];
                    cols.resize(4);
                    if (cols[quarter - 1].isEmpty())
                        cols[quarter - 1] = title;
                }
                continue;
            }
            if (f.contains(u"meta"_s) || f.contains(u"programad"_s)) {
                if (!m.targets.contains(year))
                    m.targets.insert(year, title);
                continue;
            }
            if (progressWord) {
                if (!m.progress.contains(year))
                    m.progress.insert(year, title);
                continue;
            }
            continue; // money or other yearly columns: resources need a source, left to the person
        }
        if (const auto field = fieldForTitle(f); field && !m.columns.contains(*field))
            m.columns.insert(*field, title);
    }
    for (auto it = quarters.cbegin(); it != quarters.cend(); ++it) {
        if (m.progress.contains(it.key()))
            m.progress.remove(it.key()); // the quarters say more than a year total
        m.quarterlyProgress.append({ it.key(), it.value() });
    }
    return m;
}

std::optional<double> parseNumberText(const QString &input, DecimalSeparator separator)
{
    QString t;
    t.reserve(input.size());
    for (QChar ch : input) {
        // "45%" reads 45: the caller knows the sign was there and does not rescale it.
        if (ch.isSpace() || ch == QChar(0x00A0) || ch == QChar(0x202F) || ch == u'$' || ch == u'\'' || ch == u'%')
            continue;
        t += ch;
    }
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression shape(u"^[+-]?[0-9.,]*[0-9][0-9.,]*$"_s);
    if (!shape.match(t).hasMatch())
        return std::nullopt;
    const qsizetype lastDot = t.lastIndexOf(u'.');
    const qsizetype lastComma = t.lastIndexOf(u',');
    QChar decimal;
    if (separator == DecimalSeparator::Comma) {
        decimal = u',';
    } else if (separator == DecimalSeparator::Point) {
        decimal = u'.';
    } else if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? u'.' : u','; // "1.234,5" / "1,234.5": the last one is decimal
    } else if (lastComma >= 0) {
        // es-CO: the comma is decimal, unless it repeats ("1,234,567" groups thousands).
        decimal = t.count(u',') > 1 ? u'.' : u',';
    } else if (lastDot >= 0) {
        // A point repeated, or followed by exactly three digits after a 1–3 digit integer part
        // not starting with 0 ("1.234", "12.500"), groups thousands as es-CO writes them;
        // otherwise it is decimal ("1234.5", "0.125").
        static const QRegularExpression grouped(u"^[+-]?[1-9][0-9]{0,2}(\\.[0-9]{3})+$"_s);
        decimal = grouped.match(t).hasMatch() ? u',' : u'.';
    } else {
        decimal = u'.';
    }
    const QChar group = decimal == u',' ? u'.' : u',';
    if (t.count(decimal) > 1)
        return std::nullopt;
    // Grouping must be in threes when present.
    const qsizetype decimalAt = t.indexOf(decimal);
    const QString integerPart = decimalAt >= 0 ? t.left(decimalAt) : t;
    if (integerPart.contains(group)) {
        static const QRegularExpression groups(u"^[+-]?[0-9]{1,3}([.,][0-9]{3})+$"_s);
        if (!groups.match(integerPart).hasMatch())
            return std::nullopt;
    }
    if (decimalAt >= 0 && t.mid(decimalAt + 1).contains(group))
        return std::nullopt;
    QString plain = integerPart;
    plain.remove(group);
    if (decimalAt >= 0)
        plain += u'.' + t.mid(decimalAt + 1);
    bool ok = false;
    const double v = plain.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString cleanCode(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text) {
        if (!ch.isSpace() && ch != QChar(0x00A0) && ch != QChar(0x202F) && ch != QChar(0x200B))
            out += ch;
    }
    static const QRegularExpression numericWithZero(u"^([0-9]+)\\.0+$"_s);
    if (const auto m = numericWithZero.match(out); m.hasMatch())
        return m.captured(1);
    return out;
}

} // namespace planea::matrix
