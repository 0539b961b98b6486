#pragma once

#include <QByteArray>
#include <QString>

namespace planea {
struct PlanData;
}

namespace planea::approval {

/// The version of the canonical serialization below; it is its first line, so a future change
/// of the rules gives different fingerprints on purpose instead of silently.
inline constexpr int CanonicalFormatVersion = 1;

/// The plan's approved CONTENT as canonical UTF-8 text (docs/APPROVAL.md gives the exact rules, so
/// that anyone can recompute it): one record per line, fixed order by codes and priority (never by
/// row ids), fixed number formatting, NFC text. Progress, execution, diagnosis, team, route
/// state, BPINs and the file's own metadata are not part of it: they change after approval
/// without changing what the council approved.
QByteArray canonicalSerialization(const PlanData &plan);

/// SHA-256 of canonicalSerialization(), 64 lowercase hexadecimal digits.
QString computeFingerprint(const PlanData &plan);

/// The first 12 digits, grouped in threes ("1a2-b3c-…"), for page footers.
QString shortFingerprint(const QString &fingerprint);

/// A decimal in the canonical form: rounded to 6 decimals (half away from zero), '.' as the
/// decimal mark, no trailing zeros, no thousands separators, "0" for minus zero.
QString canonicalDecimal(double value);

} // namespace planea::approval
