#pragma once

// The words of the demonstration plan: lines, diagnosis, programs, team, checklist. The numbers
// of products and money are in DemoPlanData.

#include "domain/PlanData.h"

#include <QList>
#include <QStringView>

namespace planea::demo::narrative {

struct OfficeSpec
{
    QStringView key;
    QStringView name;
};

struct LineSpec
{
    QStringView name;
    QStringView description;
    double weight;
    QList<QStringView> sectors;
};

struct WellbeingSpec
{
    QStringView key;
    int line; ///< 1-based line; 0 for diagnosis only (not prioritised)
    QStringView name;
    QStringView unit;
    QStringView sector;
    QStringView source;
    bool increase;
    int sdg;
    double values[8]; ///< 2019–2026
    int baselineYear; ///< one of the years above
    double target;
};

struct ProgramSpec
{
    int line; ///< 1-based
    QStringView code;
    QStringView name;
    QStringView objective;
    double weight;
};

const QList<OfficeSpec> &offices();
const QList<LineSpec> &lines();
const QList<WellbeingSpec> &wellbeing();
const QList<ProgramSpec> &programs();
QList<ProblemAnalysis> problems(const QList<qint64> &lineIds);
QList<CharacterizationNote> characterization();
QList<TeamMember> team();
QList<ChecklistItem> checklist();
QList<MilestoneRecord> milestones();
QList<RoyaltiesInitiative> royalties(const QList<qint64> &lineIds);
QString governmentProgramText();

} // namespace planea::demo::narrative
