#include "WellbeingModel.h"

#include "catalog/Catalog.h"
#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

QList<RecordTableModel::ColumnSpec> columnsFor(WellbeingModel::Mode mode)
{
    using Kind = RecordTableModel::Kind;
    if (mode == WellbeingModel::Mode::Diagnosis) {
        return {
            { u"name"_s, WellbeingModel::tr("Indicator"), Kind::Text, true },
            { u"unit"_s, WellbeingModel::tr("Unit"), Kind::Text, true },
            { u"line_id"_s, WellbeingModel::tr("Line"), Kind::Text, true },
            { u"sector_code"_s, WellbeingModel::tr("Sector"), Kind::Text, true },
            { u"sdg"_s, WellbeingModel::tr("SDG"), Kind::Text, true },
            { u"pnd_code"_s, WellbeingModel::tr("PND"), Kind::Text, true },
            { u"direction"_s, WellbeingModel::tr("Desired direction"), Kind::Text, true },
            { u"source"_s, WellbeingModel::tr("Source"), Kind::Text, true },
        };
    }
    return {
        { u"name"_s, WellbeingModel::tr("Welfare indicator"), Kind::Text, false },
        { u"line_id"_s, WellbeingModel::tr("Line"), Kind::Text, true },
        { u"is_prioritized"_s, WellbeingModel::tr("Prioritised"), Kind::Bool, true },
        { u"baseline"_s, WellbeingModel::tr("Baseline"), Kind::Number, true },
        { u"baseline_year"_s, WellbeingModel::tr("Baseline year"), Kind::Number, true },
        { u"target"_s, WellbeingModel::tr("Four-year target"), Kind::Number, true },
    };
}

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant opt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

WellbeingModel::WellbeingModel(PlanDocument *document, Mode mode, QObject *parent)
    : ChoiceTableModel(document, Table::WellbeingIndicator, columnsFor(mode), parent)
    , m_mode(mode)
{
    load();
}

QList<RecordTableModel::Row> WellbeingModel::readRows(const PlanData &data) const
{
    QList<Row> rows;
    for (const WellbeingIndicator &w : data.wellbeingIndicators) {
        rows.append({ w.id,
                      {
                          { u"name"_s, w.name },
                          { u"unit"_s, w.unit },
                          { u"line_id"_s, opt(w.lineId) },
                          { u"sector_code"_s, w.sectorCode },
                          { u"sdg"_s, opt(w.sdg) },
                          { u"pnd_code"_s, opt(w.pndCode) },
                          { u"direction"_s, toCode(w.direction) },
                          { u"source"_s, w.source },
                          { u"is_prioritized"_s, w.isPrioritized ? 1 : 0 },
                          { u"is_own"_s, w.isOwn ? 1 : 0 },
                          { u"baseline"_s, opt(w.baseline) },
                          { u"baseline_year"_s, opt(w.baselineYear) },
                          { u"target"_s, opt(w.target) },
                          { u"sort_order"_s, w.sortOrder },
                      } });
    }
    return rows;
}

bool WellbeingModel::isChoice(int column) const
{
    if (m_mode == Mode::Strategy)
        return column == SLine;
    return column == DLine || column == DSector || column == DSdg || column == DPnd || column == DDirection;
}

QList<std::pair<QString, QVariant>> WellbeingModel::choices(int column) const
{
    QList<std::pair<QString, QVariant>> list;
    const QString name = columns().value(column).column;
    const Catalog *catalog = document()->catalog();
    if (name == u"direction"_s) {
        for (Direction d : { Direction::Increase, Direction::Decrease, Direction::Maintain })
            list.append({ displayName(d), toCode(d) });
        return list;
    }
    list.append({ tr("(none)"), QVariant() });
    if (name == u"line_id"_s) {
        for (const StrategicLine &l : document()->data().lines)
            list.append({ l.name, l.id });
    } else if (name == u"sector_code"_s && catalog) {
        for (const CatalogSector &s : catalog->sectors())
            list.append({ u"%1 %2"_s.arg(s.code, s.name), s.code });
    } else if (name == u"sdg"_s && catalog) {
        for (const CatalogSdg &s : catalog->sdgs())
            list.append({ u"%1. %2"_s.arg(s.number).arg(s.shortName), s.number });
    } else if (name == u"pnd_code"_s && catalog) {
        for (const CatalogPndItem &p : catalog->pndItems()) {
            bool ok = false;
            const int code = p.code.toInt(&ok);
            if (ok)
                list.append({ u"%1. %2"_s.arg(code).arg(p.name), code });
        }
    }
    return list;
}

} // namespace planea::ui
