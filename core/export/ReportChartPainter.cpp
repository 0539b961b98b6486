#include "ReportChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

constexpr int LabelFlags = Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap;

} // namespace

ReportChartPainter::ReportChartPainter(const report::ReportChart &chart, const QFont &font, QPaintDevice *device)
    : m_chart(chart)
    , m_font(font)
    , m_titleFont(font)
    , m_device(device)
{
    m_titleFont.setBold(true);
    m_titleFont.setPointSizeF(font.pointSizeF() * 1.15);
}

double ReportChartPainter::barHeight() const
{
    // Room for a label of two lines.
    return QFontMetricsF(m_font, m_device).height() * 2.4;
}

double ReportChartPainter::labelWidth(double width) const
{
    return width * 0.34;
}

double ReportChartPainter::heightFor(double width) const
{
    Q_UNUSED(width);
    const QFontMetricsF title(m_titleFont, m_device);
    const QFontMetricsF text(m_font, m_device);
    return title.height() * 1.6 + barHeight() * double(m_chart.labels.size()) + text.height() * 2.6;
}

double ReportChartPainter::valueTextWidth() const
{
    const QFontMetricsF metrics(m_font, m_device);
    double width = 0.0;
    for (const QString &t : m_chart.valueTexts)
        width = std::max(width, metrics.horizontalAdvance(t));
    return width;
}

void ReportChartPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    const QFontMetricsF titleMetrics(m_titleFont, m_device);
    const QFontMetricsF metrics(m_font, m_device);
    const double line = metrics.height();

    painter.setPen(Qt::black);
    painter.setFont(m_titleFont);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_chart.title);

    const double top = rect.top() + titleMetrics.height() * 1.6;
    const double labels = labelWidth(rect.width());
    const double gap = line * 0.6;
    // The value texts go right of the bars: keep room for the longest one.
    const double textWidth = m_valueRoom >= 0 ? m_valueRoom : valueTextWidth();
    const double plotLeft = rect.left() + labels + gap;
    const double plotWidth = std::max(line * 4, rect.width() - labels - gap - textWidth - gap);
    const double maxValue = m_chart.maxValue > 0 ? m_chart.maxValue : 100.0;
    const double band = barHeight();
    const double plotHeight = band * double(m_chart.labels.size());
    auto xOf = [&](double v) { return plotLeft + plotWidth * std::clamp(v, 0.0, maxValue) / maxValue; };

    // Grid and axis: every 20 %.
    painter.setFont(m_font);
    const QPen gridPen(QColor(0xD0, 0xD0, 0xD0), line * 0.05);
    for (int step = 0; step <= 5; ++step) {
        const double v = maxValue * step / 5.0;
        const double x = xOf(v);
        painter.setPen(step == 0 ? QPen(QColor(0x40, 0x40, 0x40), line * 0.07) : gridPen);
        painter.drawLine(QPointF(x, top), QPointF(x, top + plotHeight));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QString tick = QString::number(std::lround(v)) + u" %"_s;
        painter.drawText(QRectF(x - line * 2, top + plotHeight + line * 0.2, line * 4, line), Qt::AlignCenter, tick);
    }

    // Bars first, then the reference line over them, then the value texts on a white ground, so
    // that the line never strikes through a number.
    QList<QRectF> valueBoxes;
    for (qsizetype i = 0; i < m_chart.labels.size(); ++i) {
        const double y = top + band * double(i);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y, labels, band), LabelFlags, m_chart.labels[i]);
        const std::optional<double> value = m_chart.values.value(i);
        const QColor color = m_chart.colors.value(i, QColor(0x4A, 0x6F, 0xA5));
        double textLeft = plotLeft + gap * 0.5;
        if (value) {
            const QRectF bar(plotLeft, y + band * 0.2, std::max(0.0, xOf(*value) - plotLeft), band * 0.6);
            painter.fillRect(bar, color);
            painter.setPen(QPen(color.darker(140), line * 0.04));
            painter.drawRect(bar);
            textLeft = bar.right() + gap * 0.5;
        }
        valueBoxes.append(QRectF(textLeft, y, textWidth + gap, band));
    }

    if (m_chart.reference) {
        const double x = xOf(*m_chart.reference);
        QPen pen(QColor(0xB0, 0x20, 0x20), line * 0.09, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, top - line * 0.3), QPointF(x, top + plotHeight));
        painter.setPen(QColor(0xB0, 0x20, 0x20));
        painter.drawText(QRectF(x - line * 8, top + plotHeight + line * 1.2, line * 16, line), Qt::AlignCenter,
                         m_chart.referenceLabel);
    }

    painter.setPen(Qt::black);
    for (qsizetype i = 0; i < valueBoxes.size(); ++i) {
        const QString text = m_chart.valueTexts.value(i);
        if (text.isEmpty())
            continue;
        const QRectF box = valueBoxes[i];
        const double w = metrics.horizontalAdvance(text);
        const QRectF ground(box.left() - line * 0.15, box.center().y() - metrics.height() * 0.55, w + line * 0.3,
                            metrics.height() * 1.1);
        painter.fillRect(ground, Qt::white);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter.restore();
}

} // namespace planea::exporting
