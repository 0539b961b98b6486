#pragma once

#include "report/Report.h"

#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace planea::exporting {

/// Paints a report's horizontal bar chart with QPainter (no Qt Charts in the core): vector output
/// in a PDF, the same on a printer. Labels on the left (wrapped to two lines at most), a 0–100 %
/// axis with grid lines every 20, one bar per label in its colour with its value text, and an
/// optional dashed reference line (e.g. the expected progress) with its label.
class ReportChartPainter
{
public:
    ReportChartPainter(const report::ReportChart &chart, const QFont &font, QPaintDevice *device);

    /// Height the chart needs at `width` (title, bars and axis).
    double heightFor(double width) const;
    void paint(QPainter &painter, const QRectF &rect) const;

    /// Width of the longest value text printed after a bar.
    double valueTextWidth() const;
    /// Room kept right of the bars for the value texts; charts printed one under the other get
    /// the same room, so that their 0–100 % axes line up and their bars can be compared.
    void setValueTextRoom(double width) { m_valueRoom = width; }

private:
    double barHeight() const;
    double labelWidth(double width) const;

    const report::ReportChart &m_chart;
    QFont m_font;
    QFont m_titleFont;
    QPaintDevice *m_device = nullptr;
    double m_valueRoom = -1.0;
};

} // namespace planea::exporting
