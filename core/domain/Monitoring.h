#pragma once

#include "Money.h"

#include <QString>

#include <optional>

namespace planea {

/// Reported physical progress of a product indicator. period 0 is the whole year; 1–4 are
/// quarters for entities that report by quarter.
struct ProgressReport
{
    qint64 indicatorId = 0;
    int year = 0;
    int period = 0;
    std::optional<double> value;
    QString evidence;
    QString evidenceLink;
};

/// Budget execution of a product for a year and source.
struct BudgetExecution
{
    qint64 productId = 0;
    int year = 0;
    QString sourceCode;
    Money appropriation = 0;
    Money commitments = 0;
    Money obligations = 0;
    Money payments = 0;
};

} // namespace planea
