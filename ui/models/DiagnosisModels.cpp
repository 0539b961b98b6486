#include "DiagnosisModels.h"

#include "catalog/Catalog.h"
#include "document/PlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

ProblemModel::ProblemModel(PlanDocument *document, QObject *parent)
    : ChoiceTableModel(document, Table::Problem,
                       {
                           { u"line_id"_s, tr("Line"), Kind::Text, true },
                           { u"sector_code"_s, tr("Sector"), Kind::Text, true },
                           { u"problem"_s, tr("Problem"), Kind::Text, true },
                           { u"causes"_s, tr("Causes"), Kind::Text, true },
                           { u"effects"_s, tr("Effects"), Kind::Text, true },
                           { u"affected_population"_s, tr("Affected population"), Kind::Text, true },
                           { u"location"_s, tr("Location"), Kind::Text, true },
                       },
                       parent)
{
    load();
}

QList<RecordTableModel::Row> ProblemModel::readRows(const PlanData &data) const
{
    QList<Row> rows;
    for (const ProblemAnalysis &p : data.problems) {
        rows.append({ p.id,
                      { { u"line_id"_s, p.lineId ? QVariant(*p.lineId) : QVariant() },
                        { u"sector_code"_s, p.sectorCode },
                        { u"problem"_s, p.problem },
                        { u"causes"_s, p.causes },
                        { u"effects"_s, p.effects },
                        { u"affected_population"_s, p.affectedPopulation },
                        { u"location"_s, p.location } } });
    }
    return rows;
}

QList<std::pair<QString, QVariant>> ProblemModel::choices(int column) const
{
    QList<std::pair<QString, QVariant>> list { { tr("(none)"), QVariant() } };
    if (column == Line) {
        for (const StrategicLine &l : document()->data().lines)
            list.append({ l.name, l.id });
    } else if (column == Sector) {
        if (const Catalog *catalog = document()->catalog())
            for (const CatalogSector &s : catalog->sectors())
                list.append({ u"%1 %2"_s.arg(s.code, s.name), s.code });
    }
    return list;
}

CharacterizationModel::CharacterizationModel(PlanDocument *document, CharacterizationKind kind, QObject *parent)
    : RecordTableModel(document, Table::Characterization,
                       {
                           { u"title"_s, tr("Title"), Kind::Text, true },
                           { u"content"_s, tr("What the team knows"), Kind::Text, true },
                       },
                       parent)
    , m_kind(kind)
{
    load();
}

void CharacterizationModel::setKind(CharacterizationKind kind)
{
    m_kind = kind;
    load();
}

QList<RecordTableModel::Row> CharacterizationModel::readRows(const PlanData &data) const
{
    QList<Row> rows;
    for (const CharacterizationNote &n : data.characterization) {
        if (n.kind != m_kind)
            continue;
        rows.append({ n.id, { { u"kind"_s, toCode(n.kind) }, { u"title"_s, n.title }, { u"content"_s, n.content } } });
    }
    return rows;
}

} // namespace planea::ui
