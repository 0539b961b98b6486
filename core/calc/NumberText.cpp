#include "NumberText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

const QLocale &colombia()
{
    static const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    return locale;
}

} // namespace

QString formatNumber(double value)
{
    // 6 decimals then trimmed: no exponent notation and no floating-point noise.
    return formatNumber(value, 6, colombia());
}

QString formatNumber(double value, int maxDecimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', maxDecimals);
    const QString decimal = locale.decimalPoint();
    if (text.contains(decimal)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(decimal))
            text.chop(decimal.size());
    }
    if (text == u"-0"_s)
        text = u"0"_s;
    return text;
}

QString formatMoney(Money amount)
{
    return u"$ "_s + colombia().toString(amount);
}

QString formatPercent(double percent)
{
    return colombia().toString(percent, 'f', 1) + u" %"_s;
}

} // namespace planea::calc
