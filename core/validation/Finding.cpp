#include "Finding.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

QString severityCode(Severity severity)
{
    return severity == Severity::Error ? u"ERROR"_s : u"AVISO"_s;
}

} // namespace planea::calc
