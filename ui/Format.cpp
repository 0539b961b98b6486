#include "Format.h"

#include "calc/NumberText.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui::format {

namespace {

QLocale locale()
{
    // installTranslations() makes es-CO the default; tests and the app share it.
    return QLocale();
}

QString stripSpaces(QString text)
{
    text.remove(QRegularExpression(u"[\\s\\x{00A0}\\x{202F}]"_s));
    return text;
}

} // namespace

QString money(Money pesos)
{
    return pesos < 0 ? u"-$ "_s + amount(-pesos) : u"$ "_s + amount(pesos);
}

QString amount(Money pesos)
{
    return locale().toString(pesos);
}

QString number(double value, int maxDecimals)
{
    return calc::formatNumber(value, maxDecimals, locale());
}

QString number(const std::optional<double> &value, int maxDecimals)
{
    return value ? number(*value, maxDecimals) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

QString percent(double value, int decimals)
{
    return locale().toString(value, 'f', decimals) + u" %"_s;
}

std::optional<double> parseNumber(const QString &input, bool *ok)
{
    const QString text = stripSpaces(input);
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    bool good = false;
    double v = locale().toDouble(text, &good);
    if (!good)
        v = QLocale::c().toDouble(text, &good);
    if (!good || !std::isfinite(v)) {
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    return v;
}

std::optional<Money> parseMoney(const QString &input, bool *ok)
{
    QString text = stripSpaces(input);
    text.remove(u'$');
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    // Thousands separators from es-CO ("1.500.000") or en ("1,500,000") are both dropped; a
    // decimal part is only accepted when it is zero (",00" from Excel's currency format).
    static const QRegularExpression withCents(u"^(-?[0-9.,]*?)[.,]00?$"_s);
    if (auto m = withCents.match(text); m.hasMatch() && !m.captured(1).isEmpty()) {
        const QString head = m.captured(1);
        // "1.500" is fifteen hundred, not 1.5: only strip when what remains is a grouped number.
        if (text.size() - head.size() <= 3 && (head.contains(u'.') || head.contains(u',') || text.endsWith(u",00")))
            text = head;
    }
    // Only plain digits or thousands groups of three are pesos: "2,5" or "1.5" are decimals, refused
    // rather than silently read as 25 or 15.
    static const QRegularExpression pesos(u"^-?([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+|[0-9]{1,3}(,[0-9]{3})+)$"_s);
    bool good = pesos.match(text).hasMatch();
    text.remove(u'.');
    text.remove(u',');
    const qint64 v = good ? text.toLongLong(&good) : 0;
    if (!good) {
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    return v;
}

} // namespace planea::ui::format
