#pragma once

#include "Diagnosis.h"
#include "InvestmentPlan.h"
#include "Monitoring.h"
#include "PlanInfo.h"
#include "Readiness.h"
#include "Royalties.h"
#include "StrategicLine.h"
#include "StrategicPlan.h"

#include <QHash>
#include <QList>

namespace planea {

/// A whole plan in memory: what calculations, validation and documents read. Loaded from the
/// plan file by PlanStore::load(); edits go through PlanStore, never through this struct.
/// Lists are in their display order (sortOrder, then id).
struct PlanData
{
    PlanInfo info;

    QList<Office> offices;
    QList<TeamMember> team;
    QList<ChecklistItem> checklist;
    QList<MilestoneRecord> milestones;

    QList<StrategicLine> lines;
    QList<WellbeingIndicator> wellbeingIndicators;
    QList<ProblemAnalysis> problems;
    QList<CharacterizationNote> characterization;
    QList<FinancialRecord> financialRecords;

    QList<BudgetProgram> programs;
    QList<Product> products;
    QList<ProductIndicator> indicators;
    QList<InvestmentAmount> investments;

    QList<ProgressReport> progress;
    QList<BudgetExecution> executions;
    QList<RoyaltiesInitiative> royalties;
    QList<Amendment> amendments;

    /// Values in the file that are not one of their column's codes (a damaged or hand-edited file,
    /// e.g. «AUMMNTAR»). The item is read with a default meanwhile; PlanStore fills this on every
    /// read and validation reports each one as an error.
    struct UnknownCode
    {
        QString table; ///< SQL table, e.g. "product_indicator"
        qint64 id = 0;
        QString item; ///< what the row is, e.g. its code or title
        QString column; ///< SQL column
        QString value; ///< as found in the file
        QString readAs; ///< the code used meanwhile
        QStringList allowed;
    };
    QList<UnknownCode> unknownCodes;

    const StrategicLine *line(qint64 id) const;
    const BudgetProgram *program(qint64 id) const;
    const Product *product(qint64 id) const;
    const ProductIndicator *indicator(qint64 id) const;
    const Office *office(qint64 id) const;
    const WellbeingIndicator *wellbeingIndicator(qint64 id) const;

    QList<const BudgetProgram *> programsOf(qint64 lineId) const;
    QList<const Product *> productsOf(qint64 programId) const;
    QList<const ProductIndicator *> indicatorsOf(qint64 productId) const;

    /// The line a product belongs to, through its program; 0 if the chain is broken.
    qint64 lineIdOfProduct(qint64 productId) const;

    /// Sum of a product's investment-plan cells.
    Money investmentTotal(qint64 productId) const;

    /// Rebuilds the id lookups; call after filling or changing the lists.
    void reindex();

private:
    QHash<qint64, qsizetype> m_lineIndex;
    QHash<qint64, qsizetype> m_programIndex;
    QHash<qint64, qsizetype> m_productIndex;
    QHash<qint64, qsizetype> m_indicatorIndex;
    QHash<qint64, qsizetype> m_officeIndex;
    QHash<qint64, qsizetype> m_wellbeingIndex;
};

} // namespace planea
