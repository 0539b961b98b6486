#include "followup/FormSignature.h"

#include "domain/PlanData.h"
#include "storage/PlanStore.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace planea::followup {

namespace {

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

QString joinInts(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts.append(QString::number(v));
    return parts.join(u',');
}

} // namespace

QString FormSignature::computeHash() const
{
    QString text = QStringList { FormatName,
                                 planId,
                                 QString::number(planVersion),
                                 fingerprint,
                                 QString::number(year),
                                 QString::number(quarter),
                                 joinInts(periods),
                                 QString::number(officeId),
                                 officeName,
                                 joinIds(goalIds) }
                       .join(u'\n');
    QString group;
    for (qsizetype i = 0; i < groupOfficeIds.size(); ++i)
        group += u"\n%1\u001f%2"_s.arg(groupOfficeIds[i]).arg(groupOfficeNames.value(i));
    if (!group.isEmpty()) // only group forms: one office's signature hashes as it always did
        text += u"\ngrupo"_s + group;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<QStringList> FormSignature::rows() const
{
    QList<QStringList> rows { { u"formato"_s, FormatName },
                              { u"plan"_s, planId },
                              { u"entidad"_s, entity },
                              { u"version"_s, QString::number(planVersion) },
                              { u"huella"_s, fingerprint },
                              { u"anio"_s, QString::number(year) },
                              { u"trimestre"_s, QString::number(quarter) },
                              { u"periodos"_s, joinInts(periods) },
                              { u"dependencia_id"_s, QString::number(officeId) },
                              { u"dependencia"_s, officeName },
                              { u"metas"_s, joinIds(goalIds) } };
    // One row per member office of a group: «grupo | 3: Secretaría de Salud».
    for (qsizetype i = 0; i < groupOfficeIds.size(); ++i)
        rows.append({ u"grupo"_s, u"%1: %2"_s.arg(groupOfficeIds[i]).arg(groupOfficeNames.value(i)) });
    rows.append({ u"hash"_s, hash });
    return rows;
}

Result<FormSignature> FormSignature::fromRows(const QList<QStringList> &rows, const QString &fileName)
{
    QHash<QString, QString> values;
    QStringList group;
    for (const QStringList &row : rows) {
        if (row.size() >= 2 && row[0].trimmed() == u"grupo"_s)
            group.append(row[1]);
        else if (row.size() >= 2)
            values.insert(row[0].trimmed(), row[1]);
    }
    const auto broken = [&fileName]() {
        return Error::badInput(tr("«%1»: the form's signature sheet is damaged or was changed by hand; prepare the "
                                  "form again from the plan.")
                                   .arg(fileName));
    };
    if (values.value(u"formato"_s) != FormatName)
        return Error::badInput(
            tr("«%1» is not a Planea follow-up form (it has no signature of the plan it was made from).")
                .arg(fileName));
    FormSignature s;
    bool ok = true;
    const auto number = [&](const QString &key) {
        bool good = false;
        const qint64 n = values.value(key).trimmed().toLongLong(&good);
        ok = ok && good;
        return n;
    };
    s.planId = values.value(u"plan"_s);
    s.entity = values.value(u"entidad"_s);
    s.planVersion = int(number(u"version"_s));
    s.fingerprint = values.value(u"huella"_s);
    s.year = int(number(u"anio"_s));
    s.quarter = int(number(u"trimestre"_s));
    s.officeId = number(u"dependencia_id"_s);
    s.officeName = values.value(u"dependencia"_s);
    s.hash = values.value(u"hash"_s).trimmed();
    for (const QString &p : values.value(u"periodos"_s).split(u',', Qt::SkipEmptyParts)) {
        bool good = false;
        s.periods.append(p.toInt(&good));
        ok = ok && good;
    }
    for (const QString &id : values.value(u"metas"_s).split(u',', Qt::SkipEmptyParts)) {
        bool good = false;
        s.goalIds.append(id.toLongLong(&good));
        ok = ok && good;
    }
    for (const QString &member : std::as_const(group)) {
        const qsizetype colon = member.indexOf(u": "_s);
        bool good = colon > 0;
        const qint64 id = good ? member.left(colon).toLongLong(&good) : 0;
        ok = ok && good;
        s.groupOfficeIds.append(id);
        s.groupOfficeNames.append(good ? member.mid(colon + 2) : QString());
    }
    if (!ok || s.planId.isEmpty() || s.periods.isEmpty() || s.hash != s.computeHash())
        return broken();
    return s;
}

QString planIdentity(const PlanStore &store, const PlanData &plan)
{
    if (const QString uuid = store.meta(u"plan_uuid"_s); !uuid.isEmpty())
        return uuid;
    // Plans made before the identity was recorded: their entity, term and creation moment.
    const QString text = QStringList { plan.info.entity.daneCode, QString::number(plan.info.term.startYear),
                                       store.meta(u"created_at"_s) }
                             .join(u'|');
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace planea::followup
