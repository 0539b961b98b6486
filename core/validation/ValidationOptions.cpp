#include "ValidationOptions.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

QStringList ValidationOptions::defaultSourceCodes()
{
    // catalogs/fuentes_financiacion.csv: the 14 KPT 2024 export columns, SGP resguardos and SGR.
    return { u"RP"_s,      u"SGP_EDU"_s, u"SGP_SAL"_s, u"SGP_DEP"_s,  u"SGP_CUL"_s, u"SGP_LI"_s,
             u"SGP_LD"_s,  u"SGP_PAE"_s, u"SGP_RIB"_s, u"SGP_APSB"_s, u"CRED"_s,    u"COF_DEP"_s,
             u"COF_NAC"_s, u"OTROS"_s,   u"SGP_RES"_s, u"SGR"_s };
}

} // namespace planea::calc
