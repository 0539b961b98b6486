#pragma once

#include <QDate>
#include <QString>

namespace planea {

/// A unit of the administration (secretaría, oficina) responsible for goals.
struct Office
{
    qint64 id = 0;
    QString name;
};

struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString position; ///< cargo
    QString office; ///< dependencia
    QString role; ///< role in the formulation (coordinator, sector leader…)
    QString email;
    QString phone;
    bool isLeader = false;
    int sortOrder = 0;
};

struct ChecklistItem
{
    qint64 id = 0;
    QString code;
    QString text;
    bool done = false;
    QString evidence;
    int sortOrder = 0;
};

/// What actually happened at a step of the legal route; the deadlines themselves are computed
/// from the term's start by calc::LegalCalendar.
struct MilestoneRecord
{
    qint64 id = 0;
    QString kind; ///< a calc::LegalCalendar step code, e.g. "RADICACION_CTP"
    QDate actualDate;
    QString note;
};

} // namespace planea
