#include "ColumnChoice.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out.simplified();
}

bool has(const QString &text, const QString &word)
{
    return text.contains(word);
}

} // namespace

QString ColumnChoice::key() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Field:
        return u"f:"_s + matrix::fieldKey(field);
    case Kind::Target:
        return u"t:%1"_s.arg(year);
    case Kind::Progress:
        return u"p:%1"_s.arg(year);
    case Kind::Quarter:
        return u"q:%1:%2"_s.arg(year).arg(quarter);
    case Kind::Resource:
        return u"r:%1:%2"_s.arg(year).arg(sourceCode);
    }
    return QString();
}

ColumnChoice ColumnChoice::fromKey(const QString &key)
{
    ColumnChoice c;
    const QStringList parts = key.split(u':');
    if (parts.size() < 2)
        return c;
    const QString &k = parts[0];
    if (k == u"f"_s) {
        if (auto f = matrix::fieldFromKey(parts[1])) {
            c.kind = Kind::Field;
            c.field = *f;
        }
    } else if (k == u"t"_s || k == u"p"_s) {
        c.kind = k == u"t"_s ? Kind::Target : Kind::Progress;
        c.year = parts[1].toInt();
    } else if (k == u"q"_s && parts.size() == 3) {
        c.kind = Kind::Quarter;
        c.year = parts[1].toInt();
        c.quarter = parts[2].toInt();
    } else if (k == u"r"_s && parts.size() == 3) {
        c.kind = Kind::Resource;
        c.year = parts[1].toInt();
        c.sourceCode = parts[2];
    }
    return c;
}

QString ColumnChoice::label(const QString &sourceName) const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("planea::ui::ColumnChoice", "(do not import)");
    case Kind::Field:
        return matrix::fieldLabel(field);
    case Kind::Target:
        return QCoreApplication::translate("planea::ui::ColumnChoice", "Target %1").arg(year);
    case Kind::Progress:
        return QCoreApplication::translate("planea::ui::ColumnChoice", "Progress %1").arg(year);
    case Kind::Quarter:
        return QCoreApplication::translate("planea::ui::ColumnChoice", "Progress %1 Q%2").arg(year).arg(quarter);
    case Kind::Resource:
        return QCoreApplication::translate("planea::ui::ColumnChoice", "Resources %1 – %2")
            .arg(year)
            .arg(sourceName.isEmpty() ? sourceCode : sourceName);
    }
    return QString();
}

ColumnChoice ColumnChoice::guess(const QString &header, const QList<std::pair<QString, QString>> &sources)
{
    const QString h = fold(header);
    ColumnChoice c;
    if (h.isEmpty())
        return c;
    auto field = [&](matrix::Field f) {
        c.kind = Kind::Field;
        c.field = f;
        return c;
    };
    static const QRegularExpression yearRe(u"\\b(20\\d\\d)\\b"_s);
    const auto yearMatch = yearRe.match(h);
    const int year = yearMatch.hasMatch() ? yearMatch.captured(1).toInt() : 0;
    const bool code = has(h, u"codigo"_s) || has(h, u"cod."_s) || h.startsWith(u"cod "_s);
    if (year > 0) {
        static const QRegularExpression quarterRe(
            u"\\b(?:t|trim(?:estre)?\\.?\\s*)([1-4])\\b|\\b([1-4])\\s*(?:er|do|ro|to)?\\s*trim"_s);
        const auto q = quarterRe.match(h);
        const bool progress = has(h, u"avance"_s) || has(h, u"ejecucion"_s) || has(h, u"ejecutado"_s)
            || has(h, u"logro"_s) || has(h, u"seguimiento"_s) || has(h, u"reporte"_s);
        if (q.hasMatch() && (progress || !has(h, u"meta"_s))) {
            c.kind = Kind::Quarter;
            c.year = year;
            c.quarter = (q.captured(1).isEmpty() ? q.captured(2) : q.captured(1)).toInt();
            return c;
        }
        if (progress) {
            c.kind = Kind::Progress;
            c.year = year;
            return c;
        }
        if (has(h, u"meta"_s) || has(h, u"programacion"_s) || has(h, u"programado"_s)) {
            c.kind = Kind::Target;
            c.year = year;
            return c;
        }
        for (const auto &[sourceCode, sourceName] : sources) {
            const QString name = fold(sourceName);
            const QString codeWord = fold(sourceCode).replace(u'_', u' ');
            if ((!name.isEmpty() && has(h, name)) || has(h, codeWord)
                || (sourceCode == u"RP"_s && has(h, u"propios"_s))) {
                c.kind = Kind::Resource;
                c.year = year;
                c.sourceCode = sourceCode;
                return c;
            }
        }
        return c;
    }
    if (has(h, u"linea base"_s))
        return field(matrix::Field::Baseline);
    // «COD META», «CÓDIGO META PRODUCTO»: the entity's number for the goal, not an MGA code.
    if (code && has(h, u"meta"_s) && !has(h, u"indicador"_s))
        return field(matrix::Field::GoalCode);
    if (has(h, u"indicador"_s)) {
        if (code)
            return field(matrix::Field::IndicatorCode);
        if (has(h, u"ponderacion"_s) || has(h, u"peso"_s))
            return field(matrix::Field::IndicatorWeight);
        return field(matrix::Field::IndicatorName);
    }
    if (has(h, u"producto"_s))
        return field(code ? matrix::Field::ProductCode : matrix::Field::ProductName);
    if (has(h, u"programa"_s)) {
        if (has(h, u"ponderacion"_s) || has(h, u"peso"_s))
            return field(matrix::Field::ProgramWeight);
        return field(code ? matrix::Field::ProgramCode : matrix::Field::ProgramName);
    }
    if (has(h, u"linea"_s) || has(h, u"eje"_s)) {
        if (has(h, u"ponderacion"_s) || has(h, u"peso"_s))
            return field(matrix::Field::LineWeight);
        return field(code ? matrix::Field::LineCode : matrix::Field::LineName);
    }
    if (has(h, u"unidad"_s))
        return field(matrix::Field::Unit);
    if (has(h, u"acumulacion"_s))
        return field(matrix::Field::Accumulation);
    if (has(h, u"tendencia"_s))
        return field(matrix::Field::Trend);
    if (has(h, u"meta"_s) && (has(h, u"cuatrienio"_s) || has(h, u"total"_s) || has(h, u"plan"_s)))
        return field(matrix::Field::TermTarget);
    if (has(h, u"dependencia"_s) || has(h, u"responsable"_s) || has(h, u"secretaria"_s))
        return field(matrix::Field::Office);
    if (has(h, u"ponderacion"_s) || has(h, u"peso"_s))
        return field(matrix::Field::IndicatorWeight);
    if (has(h, u"evidencia"_s) || has(h, u"soporte"_s))
        return field(matrix::Field::Evidence);
    return c;
}

} // namespace planea::ui
