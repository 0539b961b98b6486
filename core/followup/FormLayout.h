#pragma once

#include <QCoreApplication>
#include <QString>

namespace planea::followup {

/// Where things are on a follow-up form's goal sheet: the writer and the reader share it.
namespace layout {
inline const QString GoalSheet = QStringLiteral("Seguimiento");
inline const QString InstructionsSheet = QStringLiteral("Instrucciones");
inline constexpr int HeaderRow = 3; ///< 0-based; the goals start below it
inline constexpr int ColumnId = 0;
inline constexpr int ColumnCode = 1;
inline constexpr int ColumnName = 2;
inline constexpr int ColumnUnit = 3;
inline constexpr int ColumnPlanned = 4;
inline constexpr int FirstAchievedColumn = 5; ///< one column per period of the signature
/// The columns after the achieved ones, counted from the first of them.
inline constexpr int MoneyOffset = 0;
inline constexpr int EvidenceOffset = 1;
inline constexpr int CommentOffset = 2;
/// The text that marks a goal not programmed for the year («no programada»).
inline const QString NotProgrammed = QStringLiteral("NP");
} // namespace layout

} // namespace planea::followup
