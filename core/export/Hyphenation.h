#pragma once

#include <QString>

namespace planea::exporting {

/// `text` with soft hyphens (U+00AD) at the syllable breaks of its long Spanish words
/// ("Sobre·cum·pli·mien·to"): a line that must break inside such a word breaks there and shows a
/// hyphen, instead of cutting the word anywhere. Words shorter than `minimumLetters` are left
/// alone, and no piece of fewer than three letters is made. The usual rules of Spanish
/// syllabification: a consonant between vowels opens the next syllable (ca·sa); of two, the
/// second does (cam·po), unless they are an inseparable pair (bl, br, cl, cr, dr, fl, fr, gl, gr,
/// kl, kr, pl, pr, tl, tr, ch, ll, rr: co·bre); of three or four, the last two when they are
/// such a pair (com·pra), else the last one (ins·ta). Vowels together are not split.
QString softHyphenated(const QString &text, int minimumLetters = 9);

} // namespace planea::exporting
