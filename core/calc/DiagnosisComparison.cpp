#include "calc/DiagnosisComparison.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea {

QList<DiagnosisComparison> DiagnosisComparisons::compare(const QList<WellbeingIndicator> &indicators,
                                                         const QList<OfficialIndicator> &officialIndicators)
{
    QHash<QString, const OfficialIndicator *> official;
    for (const OfficialIndicator &i : officialIndicators)
        official.insert(i.code, &i);

    QList<DiagnosisComparison> rows;
    for (const WellbeingIndicator &w : indicators) {
        DiagnosisComparison row;
        row.code = w.officialCode;
        row.name = w.name;
        row.unit = w.unit;
        row.source = w.source;
        row.series = w.values;
        std::sort(row.series.begin(), row.series.end(),
                  [](const IndicatorValue &a, const IndicatorValue &b) { return a.year < b.year; });
        const OfficialIndicator *catalog = official.value(w.officialCode);
        row.isOfficial = catalog != nullptr;
        if (!row.series.isEmpty()) {
            const IndicatorValue &first = row.series.first();
            const IndicatorValue &last = row.series.last();
            row.firstYear = first.year;
            row.latestYear = last.year;
            row.latest = last.value;
            row.department = last.departmentValue;
            row.nation = last.nationValue;
            if (row.series.size() > 1) {
                // The source rounds to 4 decimals: a smaller difference is no change.
                const double change = last.value - first.value;
                row.trend = std::abs(change) < 5e-5 ? DiagnosisTrend::Stable
                    : change > 0                    ? DiagnosisTrend::Rising
                                                    : DiagnosisTrend::Falling;
            }
        }
        // Direction: the catalog's for an official indicator (it may declare none); the plan's
        // for the entity's own.
        QString desired;
        if (catalog)
            desired = catalog->desiredDirection;
        else
            desired = w.direction == Direction::Decrease ? u"disminuir"_s
                : w.direction == Direction::Increase     ? u"aumentar"_s
                                                         : QString();
        if (row.trend == DiagnosisTrend::Rising || row.trend == DiagnosisTrend::Falling) {
            if (desired == u"aumentar"_s)
                row.improving = row.trend == DiagnosisTrend::Rising;
            else if (desired == u"disminuir"_s)
                row.improving = row.trend == DiagnosisTrend::Falling;
        }
        // A gap against a sum (the department's population) says nothing: only rates.
        if (catalog && catalog->aggregation == OfficialAggregation::WeightedMean && row.latest) {
            if (row.department)
                row.gapDepartment = *row.latest - *row.department;
            if (row.nation)
                row.gapNation = *row.latest - *row.nation;
        }
        rows.append(row);
    }
    return rows;
}

QString DiagnosisComparisons::trendText(const DiagnosisComparison &row)
{
    QString text;
    switch (row.trend) {
    case DiagnosisTrend::SingleValue:
        return row.latest ? tr("single value") : tr("no data");
    case DiagnosisTrend::Stable:
        return tr("stable");
    case DiagnosisTrend::Rising:
        text = tr("rising");
        break;
    case DiagnosisTrend::Falling:
        text = tr("falling");
        break;
    }
    if (row.improving)
        text += u" "_s + (*row.improving ? tr("(improving)") : tr("(worsening)"));
    return text;
}

} // namespace planea
