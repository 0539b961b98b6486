#include "ChartWidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

const QList<QColor> &seriesColors()
{
    // Sober institutional colours, distinguishable when printed in grey.
    static const QList<QColor> colors { QColor(0x1F, 0x4E, 0x79), QColor(0x2E, 0x8B, 0x57), QColor(0xC0, 0x7A, 0x12),
                                        QColor(0x7B, 0x3F, 0x98), QColor(0xB0, 0x3A, 0x2E), QColor(0x4A, 0x90, 0xB8),
                                        QColor(0x6B, 0x6B, 0x6B) };
    return colors;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    showMessage({});
}

void ChartWidget::showMessage(const QString &message)
{
    QChart *chart = newChart(message);
    chart->legend()->hide();
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_seriesCount = 0;
}

void ChartWidget::showLines(const QString &title, const QStringList &categories, const QList<Series> &series,
                            const QString &unit)
{
    QChart *chart = newChart(title);
    double minY = 0, maxY = 0;
    bool any = false;
    int colorIndex = 0;
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        line->setColor(seriesColors().at(colorIndex++ % seriesColors().size()));
        for (int i = 0; i < s.values.size() && i < categories.size(); ++i) {
            if (!s.values.at(i))
                continue;
            const double v = *s.values.at(i);
            line->append(i, v);
            minY = any ? std::min(minY, v) : v;
            maxY = any ? std::max(maxY, v) : v;
            any = true;
        }
        chart->addSeries(line);
    }
    // Points sit at x = index; the category axis writes the year (or label) at each index.
    auto *axisX = new QCategoryAxis;
    for (int i = 0; i < categories.size(); ++i)
        axisX->append(categories.at(i), i);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, std::max<qsizetype>(0, categories.size() - 1) + 0.5);
    auto *axisY = new QValueAxis;
    const double pad = any ? std::max(1e-9, (maxY - minY) * 0.1) : 1.0;
    axisY->setRange(any ? std::min(0.0, minY - pad) : 0, any ? maxY + pad : 1);
    axisY->setLabelFormat(u"%.1f"_s);
    axisY->setTitleText(unit);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (auto *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_seriesCount = int(series.size());
}

void ChartWidget::showBars(const QString &title, const QStringList &categories, const QList<Series> &series, bool money)
{
    QChart *chart = newChart(title);
    auto *bars = new QBarSeries;
    double maxY = 0;
    int colorIndex = 0;
    for (const Series &s : series) {
        auto *set = new QBarSet(s.name);
        set->setColor(seriesColors().at(colorIndex++ % seriesColors().size()));
        for (int i = 0; i < categories.size(); ++i) {
            double v = i < s.values.size() && s.values.at(i) ? *s.values.at(i) : 0.0;
            if (money)
                v /= 1'000'000.0;
            maxY = std::max(maxY, v);
            set->append(v);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, maxY > 0 ? maxY * 1.1 : 1);
    axisY->setLabelFormat(u"%.0f"_s);
    if (money)
        axisY->setTitleText(tr("Millions of pesos"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_seriesCount = int(series.size());
}

void ChartWidget::showRanking(const QString &title, const QStringList &categories, const QList<int> &counts,
                              const QString &seriesName)
{
    QChart *chart = newChart(title);
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(seriesName);
    set->setColor(seriesColors().constFirst());
    // A horizontal bar axis draws its first category at the bottom: reverse, so the largest is on top.
    QStringList labels;
    int maxCount = 0;
    for (qsizetype i = categories.size() - 1; i >= 0; --i) {
        const int count = i < counts.size() ? counts.at(i) : 0;
        labels.append(categories.at(i));
        set->append(count);
        maxCount = std::max(maxCount, count);
    }
    bars->append(set);
    chart->addSeries(bars);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    auto *axisX = new QValueAxis;
    // Whole numbers only: a tick per unit up to 10, else about five round steps.
    const int top = std::max(1, maxCount);
    axisX->setRange(0, top);
    axisX->setTickCount(top <= 10 ? top + 1 : 6);
    if (top > 10)
        axisX->applyNiceNumbers();
    axisX->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisY);
    bars->attachAxis(axisX);
    chart->legend()->setVisible(false);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_seriesCount = 1;
}

} // namespace planea::ui
