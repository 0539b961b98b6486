#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QChartView;

namespace planea::ui {

/// The one place that knows the chart library. Modules describe their series; this widget
/// draws them. Qt Charts is deprecated from Qt 6.10: replacing it with Qt Graphs only touches
/// this file.
class ChartWidget final : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; ///< one per category; nullopt leaves a gap
    };

    explicit ChartWidget(QWidget *parent = nullptr);

    /// A line chart: categories along the bottom (usually years).
    void showLines(const QString &title, const QStringList &categories, const QList<Series> &series,
                   const QString &unit = {});
    /// Grouped bars; with `money` the axis reads in millions of pesos.
    void showBars(const QString &title, const QStringList &categories, const QList<Series> &series, bool money);
    /// Horizontal bars of whole counts, largest first from the top, with each category written in
    /// full beside its bar (word frequencies and other rankings).
    void showRanking(const QString &title, const QStringList &categories, const QList<int> &counts,
                     const QString &seriesName);
    /// An explanatory text instead of a chart (no data yet).
    void showMessage(const QString &message);

    /// Number of series currently drawn (for tests).
    int seriesCount() const { return m_seriesCount; }

private:
    QChartView *m_view;
    int m_seriesCount = 0;
};

} // namespace planea::ui
