#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace planea {

/// SGR resources programmed for a biennium starting in startYear (e.g. 2027 for 2027-2028).
struct BienniumAmount
{
    int startYear = 0;
    Money amount = 0;
};

/// An SGR (regalías) initiative, programmed by biennium apart from the investment plan.
struct RoyaltiesInitiative
{
    qint64 id = 0;
    QString code; ///< "ISGR-1"
    std::optional<qint64> lineId;
    QString kind;
    QString sectorCode;
    QString description;
    Money indicativeAmount = 0;
    QString bpin;
    QList<BienniumAmount> programming;
};

/// A change to the approved plan, adopted by its own act; each gives a new version.
struct Amendment
{
    qint64 id = 0;
    int version = 0;
    QString act;
    QDate date;
    QString fingerprint;
    QString note;
};

} // namespace planea
