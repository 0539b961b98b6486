// PlanStore::load(): reads every table of the plan file into a PlanData.
#include "PartialReload.h"
#include "PlanInfoRecord.h"
#include "PlanStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<qint64> optId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

/// A file older than schema 3 (opened read-only, unmigrated) has no goal_code: it reads as empty.
QString indicatorSelect(bool hasGoalCode)
{
    return u"SELECT i.id, i.product_id, i.code, i.name, i.custom_label, i.unit, i.is_own, i.is_main, i.baseline, "
           u"i.term_target, i.accumulation, i.trend, i.sdg, i.responsible_office_id, i.weight, "
           u"i.wellbeing_indicator_id, i.population_focus, %1 "
           u"FROM product_indicator i JOIN product d ON d.id = i.product_id "
           u"JOIN program p ON p.id = d.program_id JOIN strategic_line l ON l.id = p.line_id "_s.arg(
               hasGoalCode ? u"i.goal_code"_s : u"''"_s);
}

const QString ProductSelect = u"SELECT d.id, d.program_id, d.code, d.name, d.is_own, d.cost, d.bpin, d.sort_order "
                              u"FROM product d JOIN program p ON p.id = d.program_id "
                              u"JOIN strategic_line l ON l.id = p.line_id "_s;

ProductIndicator indicatorFromRow(const QVariantList &r)
{
    ProductIndicator i;
    i.id = r[0].toLongLong();
    i.productId = r[1].toLongLong();
    i.code = r[2].toString();
    i.name = r[3].toString();
    i.customLabel = r[4].toString();
    i.unit = r[5].toString();
    i.isOwn = r[6].toBool();
    i.isMain = r[7].toBool();
    i.baseline = optDouble(r[8]);
    i.termTarget = r[9].toDouble();
    i.accumulation = accumulationTypeFromCode(r[10].toString()).value_or(AccumulationType::Cumulative);
    i.trend = trendFromCode(r[11].toString()).value_or(Trend::Increase);
    i.sdg = optInt(r[12]);
    i.responsibleOfficeId = optId(r[13]);
    i.weight = optDouble(r[14]);
    i.wellbeingIndicatorId = optId(r[15]);
    i.populationFocus = splitList(r[16].toString());
    i.goalCode = r[17].toString();
    return i;
}

Product productFromRow(const QVariantList &r)
{
    return { r[0].toLongLong(), r[1].toLongLong(), r[2].toString(), r[3].toString(),
             r[4].toBool(),     r[5].toLongLong(), r[6].toString(), r[7].toInt() };
}

} // namespace

bool rereadsOneRow(Table table, const QString &column)
{
    // Columns that decide where a row is read (its parent and its order) move it.
    static const QStringList placing = { u"id"_s, u"product_id"_s, u"program_id"_s, u"sort_order"_s, u"code"_s };
    return (table == Table::ProductIndicator || table == Table::Product) && !placing.contains(column);
}

Status PlanStore::reloadValue(PlanData &data, Table table, qint64 id, const QString &column) const
{
    if (!rereadsOneRow(table, column))
        return reload(data, partsAffectedBy(table));
    if (table == Table::ProductIndicator) {
        auto row = select(indicatorSelect(m_hasGoalCode) + u"WHERE i.id = ?"_s, { id });
        if (!row)
            return row.error();
        const ProductIndicator *current = data.indicator(id);
        if (row->size() != 1 || !current)
            return reload(data, partsAffectedBy(table));
        ProductIndicator &target = data.indicators[current - data.indicators.constData()];
        ProductIndicator fresh = indicatorFromRow(row->constFirst());
        fresh.annualTargets = std::move(target.annualTargets);
        target = std::move(fresh);
        if (column == u"accumulation"_s || column == u"trend"_s)
            return readUnknownCodes(*this, data, plan_part::Indicators);
        return {};
    }
    if (table == Table::Product) {
        auto row = select(ProductSelect + u"WHERE d.id = ?"_s, { id });
        if (!row)
            return row.error();
        const Product *current = data.product(id);
        if (row->size() != 1 || !current)
            return reload(data, partsAffectedBy(table));
        data.products[current - data.products.constData()] = productFromRow(row->constFirst());
        return {};
    }
    return reload(data, partsAffectedBy(table));
}

Result<PlanData> PlanStore::load() const
{
    PlanData data;
    if (auto s = reload(data, plan_part::All); !s)
        return s.error();
    return data;
}

unsigned PlanStore::partsAffectedBy(Table table)
{
    using namespace plan_part;
    switch (table) {
    case Table::Meta:
    case Table::Plan:
        return Info;
    case Table::Office:
        return Offices;
    case Table::TeamMember:
        return Team;
    case Table::ChecklistItem:
        return Checklist;
    case Table::Milestone:
        return Milestones;
    // Programs, products and indicators are read in the order of their line, program and product.
    case Table::StrategicLine:
        return Lines | Programs | Products | Indicators | Targets;
    case Table::LineSector:
        return Lines;
    case Table::WellbeingIndicator:
    case Table::IndicatorValue:
        return Wellbeing;
    case Table::Problem:
        return Problems;
    case Table::Characterization:
        return Characterization;
    case Table::FinancialRecord:
        return Finance;
    case Table::Program:
        return Programs | Products | Indicators | Targets;
    case Table::Product:
        return Products | Indicators | Targets;
    case Table::ProductIndicator:
        return Indicators | Targets;
    case Table::AnnualTarget:
        return Targets;
    case Table::Investment:
        return Investments;
    case Table::Progress:
        return ProgressReports;
    case Table::BudgetExecution:
        return Executions;
    case Table::RoyaltiesInitiative:
    case Table::RoyaltiesProgramming:
        return Royalties;
    case Table::Amendment:
        return Amendments;
    }
    return All;
}

Status PlanStore::reload(PlanData &data, unsigned parts) const
{
    using namespace plan_part;
    // Indicators carry their annual targets: re-reading the rows means re-reading the targets.
    if (parts & Indicators)
        parts |= Targets;
    // One helper per table keeps each SELECT next to the fields it fills.
    auto rows = [this](const QString &sql) { return select(sql); };

    if (parts & Info) {
        QSqlQuery q(db());
        if (!q.exec(u"SELECT * FROM plan WHERE id = 1"_s))
            return sqlError(tr("read the plan"), q.lastError());
        if (!q.next())
            return Error::badInput(tr("The plan file has no plan record."));
        QVariantMap columns;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            columns.insert(rec.fieldName(i), q.value(i));
        data.info = planInfoFromColumns(columns);
        data.info.efficacyMethod = meta(u"efficacy_method"_s);
    }

#define PLANEA_ROWS(var, sql)                                                                                          \
    auto var = rows(sql);                                                                                              \
    if (!var)                                                                                                          \
        return var.error();

    if (parts & Offices) {
        data.offices.clear();
        PLANEA_ROWS(offices, u"SELECT id, name FROM office ORDER BY name, id"_s)
        for (const auto &r : *offices)
            data.offices.append({ r[0].toLongLong(), r[1].toString() });
    }

    if (parts & Team) {
        data.team.clear();
        PLANEA_ROWS(team,
                    u"SELECT id, name, position, office, role, email, phone, is_leader, sort_order "
                    u"FROM team_member ORDER BY is_leader DESC, sort_order, id"_s)
        for (const auto &r : *team) {
            data.team.append({ r[0].toLongLong(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(),
                               r[5].toString(), r[6].toString(), r[7].toBool(), r[8].toInt() });
        }
    }

    if (parts & Checklist) {
        data.checklist.clear();
        PLANEA_ROWS(checklist,
                    u"SELECT id, code, text, done, evidence, sort_order FROM checklist_item "
                    u"ORDER BY sort_order, id"_s)
        for (const auto &r : *checklist) {
            data.checklist.append(
                { r[0].toLongLong(), r[1].toString(), r[2].toString(), r[3].toBool(), r[4].toString(), r[5].toInt() });
        }
    }

    if (parts & Milestones) {
        data.milestones.clear();
        PLANEA_ROWS(milestones, u"SELECT id, kind, actual_date, note FROM milestone ORDER BY id"_s)
        for (const auto &r : *milestones) {
            data.milestones.append({ r[0].toLongLong(), r[1].toString(),
                                     QDate::fromString(r[2].toString(), Qt::ISODate), r[3].toString() });
        }
    }

    if (parts & Lines) {
        data.lines.clear();
        PLANEA_ROWS(lines,
                    u"SELECT id, sort_order, name, description, weight FROM strategic_line "
                    u"ORDER BY sort_order, id"_s)
        for (const auto &r : *lines) {
            StrategicLine line;
            line.id = r[0].toLongLong();
            line.sortOrder = r[1].toInt();
            line.name = r[2].toString();
            line.description = r[3].toString();
            line.weight = optDouble(r[4]);
            data.lines.append(line);
        }
    }

    if (parts & Lines) {
        PLANEA_ROWS(sectors, u"SELECT line_id, sector_code FROM line_sector ORDER BY line_id, sector_code"_s)
        for (const auto &r : *sectors) {
            for (auto &line : data.lines) {
                if (line.id == r[0].toLongLong())
                    line.sectorCodes.append(r[1].toString());
            }
        }
    }

    if (parts & Wellbeing) {
        data.wellbeingIndicators.clear();
        PLANEA_ROWS(wellbeing,
                    u"SELECT id, line_id, name, unit, sector_code, source, direction, sdg, pnd_code, "
                    u"is_prioritized, is_own, baseline, baseline_year, target, sort_order, %1 "
                    u"FROM wellbeing_indicator ORDER BY sort_order, id"_s.arg(m_hasOfficialFigures ? u"official_code"_s
                                                                                                   : u"''"_s))
        for (const auto &r : *wellbeing) {
            WellbeingIndicator w;
            w.id = r[0].toLongLong();
            w.lineId = optId(r[1]);
            w.name = r[2].toString();
            w.unit = r[3].toString();
            w.sectorCode = r[4].toString();
            w.source = r[5].toString();
            w.direction = directionFromCode(r[6].toString()).value_or(Direction::Increase);
            w.sdg = optInt(r[7]);
            w.pndCode = optInt(r[8]);
            w.isPrioritized = r[9].toBool();
            w.isOwn = r[10].toBool();
            w.baseline = optDouble(r[11]);
            w.baselineYear = optInt(r[12]);
            w.target = optDouble(r[13]);
            w.sortOrder = r[14].toInt();
            w.officialCode = r[15].toString();
            data.wellbeingIndicators.append(w);
        }
    }

    if (parts & Problems) {
        data.problems.clear();
        PLANEA_ROWS(problems,
                    u"SELECT id, line_id, sector_code, problem, causes, effects, affected_population, "
                    u"location FROM problem ORDER BY id"_s)
        for (const auto &r : *problems) {
            data.problems.append({ r[0].toLongLong(), optId(r[1]), r[2].toString(), r[3].toString(), r[4].toString(),
                                   r[5].toString(), r[6].toString(), r[7].toString() });
        }
    }

    if (parts & Characterization) {
        data.characterization.clear();
        PLANEA_ROWS(notes, u"SELECT id, kind, title, content FROM characterization ORDER BY id"_s)
        for (const auto &r : *notes) {
            data.characterization.append(
                { r[0].toLongLong(),
                  characterizationKindFromCode(r[1].toString()).value_or(CharacterizationKind::Other), r[2].toString(),
                  r[3].toString() });
        }
    }

    if (parts & Finance) {
        data.financialRecords.clear();
        PLANEA_ROWS(finance,
                    u"SELECT source_code, year, kind, amount FROM financial_record "
                    u"ORDER BY kind, source_code, year"_s)
        for (const auto &r : *finance) {
            data.financialRecords.append(
                { r[0].toString(), r[1].toInt(),
                  financialRecordKindFromCode(r[2].toString()).value_or(FinancialRecordKind::Projection),
                  r[3].toLongLong() });
        }
    }

    if (parts & Programs) {
        data.programs.clear();
        PLANEA_ROWS(programs,
                    u"SELECT p.id, p.line_id, p.code, p.name, p.objective, p.is_own, p.weight, p.sort_order "
                    u"FROM program p JOIN strategic_line l ON l.id = p.line_id "
                    u"ORDER BY l.sort_order, l.id, p.sort_order, p.code, p.id"_s)
        for (const auto &r : *programs) {
            data.programs.append({ r[0].toLongLong(), r[1].toLongLong(), r[2].toString(), r[3].toString(),
                                   r[4].toString(), r[5].toBool(), optDouble(r[6]), r[7].toInt() });
        }
    }

    if (parts & Products) {
        data.products.clear();
        PLANEA_ROWS(products,
                    ProductSelect
                        + u"ORDER BY l.sort_order, l.id, p.sort_order, p.code, p.id, d.sort_order, d.code, d.id"_s)
        data.products.reserve(products->size());
        for (const auto &r : *products)
            data.products.append(productFromRow(r));
    }

    if (parts & Indicators) {
        data.indicators.clear();
        PLANEA_ROWS(indicators,
                    indicatorSelect(m_hasGoalCode)
                        + u"ORDER BY l.sort_order, l.id, p.sort_order, p.code, p.id, "
                          u"d.sort_order, d.code, d.id, i.sort_order, i.code, i.id"_s)
        data.indicators.reserve(indicators->size());
        for (const auto &r : *indicators)
            data.indicators.append(indicatorFromRow(r));
    }

    if (parts & Targets) {
        for (ProductIndicator &i : data.indicators)
            i.annualTargets.clear();
        PLANEA_ROWS(targets,
                    u"SELECT indicator_id, year, value, not_programmed FROM annual_target "
                    u"ORDER BY indicator_id, year"_s)
        QHash<qint64, qsizetype> indicatorPos;
        indicatorPos.reserve(data.indicators.size());
        for (qsizetype i = 0; i < data.indicators.size(); ++i)
            indicatorPos.insert(data.indicators[i].id, i);
        for (const auto &r : *targets) {
            const auto pos = indicatorPos.constFind(r[0].toLongLong());
            if (pos != indicatorPos.cend())
                data.indicators[*pos].annualTargets.append({ r[1].toInt(), optDouble(r[2]), r[3].toBool() });
        }
    }

    if (parts & Wellbeing) {
        PLANEA_ROWS(values,
                    (m_hasOfficialFigures
                         ? u"SELECT indicator_id, year, value, source, department_value, nation_value "_s
                         : u"SELECT indicator_id, year, value, source, NULL, NULL "_s)
                        + u"FROM indicator_value ORDER BY indicator_id, year"_s)
        QHash<qint64, qsizetype> wellbeingPos;
        for (qsizetype i = 0; i < data.wellbeingIndicators.size(); ++i)
            wellbeingPos.insert(data.wellbeingIndicators[i].id, i);
        for (const auto &r : *values) {
            const auto pos = wellbeingPos.constFind(r[0].toLongLong());
            if (pos != wellbeingPos.cend())
                data.wellbeingIndicators[*pos].values.append(
                    { r[1].toInt(), r[2].toDouble(), r[3].toString(), optDouble(r[4]), optDouble(r[5]) });
        }
    }

    if (parts & Investments) {
        data.investments.clear();
        PLANEA_ROWS(investments,
                    u"SELECT product_id, year, source_code, amount FROM investment "
                    u"ORDER BY product_id, year, source_code"_s)
        for (const auto &r : *investments)
            data.investments.append({ r[0].toLongLong(), r[1].toInt(), r[2].toString(), r[3].toLongLong() });
    }

    if (parts & ProgressReports) {
        data.progress.clear();
        PLANEA_ROWS(progress,
                    u"SELECT indicator_id, year, period, value, evidence, evidence_link FROM progress "
                    u"ORDER BY indicator_id, year, period"_s)
        for (const auto &r : *progress) {
            data.progress.append(
                { r[0].toLongLong(), r[1].toInt(), r[2].toInt(), optDouble(r[3]), r[4].toString(), r[5].toString() });
        }
    }

    if (parts & Executions) {
        data.executions.clear();
        PLANEA_ROWS(executions,
                    u"SELECT product_id, year, source_code, appropriation, commitments, obligations, "
                    u"payments FROM budget_execution ORDER BY product_id, year, source_code"_s)
        for (const auto &r : *executions) {
            data.executions.append({ r[0].toLongLong(), r[1].toInt(), r[2].toString(), r[3].toLongLong(),
                                     r[4].toLongLong(), r[5].toLongLong(), r[6].toLongLong() });
        }
    }

    if (parts & Royalties) {
        data.royalties.clear();
        PLANEA_ROWS(royalties,
                    u"SELECT id, code, line_id, kind, sector_code, description, indicative_amount, bpin "
                    u"FROM royalties_initiative ORDER BY id"_s)
        for (const auto &r : *royalties) {
            data.royalties.append({ r[0].toLongLong(),
                                    r[1].toString(),
                                    optId(r[2]),
                                    r[3].toString(),
                                    r[4].toString(),
                                    r[5].toString(),
                                    r[6].toLongLong(),
                                    r[7].toString(),
                                    {} });
        }
    }

    if (parts & Royalties) {
        PLANEA_ROWS(biennia,
                    u"SELECT initiative_id, start_year, amount FROM royalties_programming "
                    u"ORDER BY initiative_id, start_year"_s)
        for (const auto &r : *biennia) {
            for (auto &initiative : data.royalties) {
                if (initiative.id == r[0].toLongLong())
                    initiative.programming.append({ r[1].toInt(), r[2].toLongLong() });
            }
        }
    }

    if (parts & Amendments) {
        data.amendments.clear();
        PLANEA_ROWS(amendments,
                    u"SELECT id, version, act, date, fingerprint, note FROM amendment ORDER BY version, id"_s)
        for (const auto &r : *amendments) {
            data.amendments.append({ r[0].toLongLong(), r[1].toInt(), r[2].toString(),
                                     QDate::fromString(r[3].toString(), Qt::ISODate), r[4].toString(),
                                     r[5].toString() });
        }
    }
#undef PLANEA_ROWS

    if (auto s = readUnknownCodes(*this, data, parts); !s)
        return s;
    data.reindex();
    return {};
}

} // namespace planea
