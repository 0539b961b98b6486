// The reference of an approved plan kept outside its file: a typed fingerprint or a receipt
// (docs/APPROVAL.md). The receipt is a text the council prints and files; its last lines are a
// block of fixed keys that `readReceipt` reads back whatever language the text above is in.
#include "ApprovalReceipt.h"

#include "Approval.h"
#include "CanonicalPlan.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace planea::approval {

namespace {

// The fixed block at the end of a receipt. Keys never change with the language.
const QString BlockStart = u"-- planea-recibo-de-aprobacion 1 --"_s;
const QString KeyEntity = u"dane"_s;
const QString KeyVersion = u"version"_s;
const QString KeyAct = u"acto"_s;
const QString KeyFingerprint = u"huella"_s;
const QString BlockEnd = u"-- fin --"_s;

QString hexOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u':')
            continue;
        out.append(c.toLower());
    }
    return out;
}

bool isHex(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]+$"_s);
    return hex.match(text).hasMatch();
}

QString entityLabel(const PlanData &plan)
{
    return u"%1 (DANE %2)"_s.arg(plan.info.entity.name, plan.info.entity.daneCode);
}

} // namespace

Result<Reference> parseTypedFingerprint(const QString &typed)
{
    const QString hex = hexOnly(typed);
    if (hex.isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "ApprovalReceipt",
            "Type the fingerprint printed on the approved document: the 64 hexadecimal "
            "digits of its last page, or the 12 of the short one at the foot of each page."));
    if (!isHex(hex) || (hex.size() != 64 && hex.size() != 12))
        return Error::badInput(QCoreApplication::translate(
                                   "ApprovalReceipt",
                                   "«%1» is not a plan fingerprint: it must have the 64 hexadecimal digits (0–9, "
                                   "a–f) of the full fingerprint or the 12 of the short one (e.g. 3fa-9c1-0b2-77d); "
                                   "it has %2 digits.")
                                   .arg(typed.trimmed())
                                   .arg(hex.size()));
    Reference r;
    r.fingerprint = hex;
    r.source = QCoreApplication::translate("ApprovalReceipt", "the typed fingerprint");
    return r;
}

QByteArray receiptText(const PlanData &plan, const QDateTime &issued)
{
    const PlanInfo &info = plan.info;
    QStringList lines;
    lines << QCoreApplication::translate("ApprovalReceipt", "PLANEA — RECEIPT OF THE APPROVED DEVELOPMENT PLAN")
          << QString();
    lines << QCoreApplication::translate("ApprovalReceipt", "Entity: %1").arg(entityLabel(plan));
    lines << QCoreApplication::translate("ApprovalReceipt", "Plan: %1").arg(info.planName);
    lines << QCoreApplication::translate("ApprovalReceipt", "Period: %1–%2")
                 .arg(info.term.startYear)
                 .arg(info.term.endYear());
    lines << QCoreApplication::translate("ApprovalReceipt", "Act: %1 of %2")
                 .arg(info.adoptionAct, info.adoptionDate.toString(Qt::ISODate));
    if (info.version > 1) {
        for (const Amendment &a : plan.amendments) {
            if (a.version == info.version)
                lines << QCoreApplication::translate("ApprovalReceipt", "Last amendment: %1 of %2 (version %3)")
                             .arg(a.act, a.date.toString(Qt::ISODate))
                             .arg(a.version);
        }
    }
    lines << QCoreApplication::translate("ApprovalReceipt", "Version: %1").arg(info.version);
    lines << QCoreApplication::translate("ApprovalReceipt", "Fingerprint (SHA-256): %1").arg(info.fingerprint);
    lines << QCoreApplication::translate("ApprovalReceipt", "Short fingerprint (foot of each page): %1")
                 .arg(shortFingerprint(info.fingerprint));
    lines << QCoreApplication::translate("ApprovalReceipt", "Issued: %1 UTC")
                 .arg(issued.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
    lines << QString();
    lines << QCoreApplication::translate(
        "ApprovalReceipt",
        "Keep this receipt apart from the plan file (printed, in the council's archive). Whoever can edit "
        "the file can also change the fingerprint stored inside it, but not this receipt. To check that "
        "a plan file is the approved one:");
    lines << u"    planea-cli verify PLAN.planea --receipt %1"_s.arg(
        QCoreApplication::translate("ApprovalReceipt", "THIS_RECEIPT.txt"));
    lines << QCoreApplication::translate("ApprovalReceipt",
                                         "or in Planea: Plan › Verify the fingerprint › Compare with the receipt.");
    lines << QString();
    lines << BlockStart;
    lines << u"%1: %2"_s.arg(KeyEntity, info.entity.daneCode);
    lines << u"%1: %2"_s.arg(KeyVersion).arg(info.version);
    lines << u"%1: %2"_s.arg(KeyAct, info.adoptionAct);
    lines << u"%1: %2"_s.arg(KeyFingerprint, info.fingerprint);
    lines << BlockEnd;
    return (lines.join(u'\n') + u'\n').toUtf8();
}

Result<Reference> parseReceipt(const QByteArray &bytes, const QString &path)
{
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(u'\n');
    const auto foreign = [&] {
        return Error::badInput(QCoreApplication::translate(
                                   "ApprovalReceipt",
                                   "«%1» is not a Planea approval receipt: its block «%2» … «%3» is missing or "
                                   "incomplete. Use the receipt given when the plan was approved (planea-cli receipt "
                                   "writes one).")
                                   .arg(path, BlockStart, BlockEnd));
    };
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed() == BlockStart)
            start = i;
    }
    if (start < 0)
        return foreign();
    QHash<QString, QString> values;
    bool closed = false;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == BlockEnd) {
            closed = true;
            break;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            values.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    if (!closed || !values.contains(KeyFingerprint))
        return foreign();
    const QString fingerprint = values.value(KeyFingerprint).toLower();
    if (fingerprint.size() != 64 || !isHex(fingerprint))
        return Error::badInput(QCoreApplication::translate(
                                   "ApprovalReceipt",
                                   "The receipt «%1» is damaged: its fingerprint «%2» does not have 64 hexadecimal "
                                   "digits.")
                                   .arg(path, values.value(KeyFingerprint)));
    bool ok = false;
    const int version = values.value(KeyVersion).toInt(&ok);
    if (!ok || version < 1)
        return Error::badInput(
            QCoreApplication::translate("ApprovalReceipt",
                                        "The receipt «%1» is damaged: its version «%2» is not a number from 1 on.")
                .arg(path, values.value(KeyVersion)));
    Reference r;
    r.fingerprint = fingerprint;
    r.version = version;
    r.entityCode = values.value(KeyEntity);
    r.act = values.value(KeyAct);
    r.source = QCoreApplication::translate("ApprovalReceipt", "the receipt «%1»").arg(path);
    return r;
}

Result<Reference> readReceipt(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::badInput(
            QCoreApplication::translate("ApprovalReceipt", "The receipt «%1» does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QCoreApplication::translate("ApprovalReceipt", "The receipt «%1» could not be read: %2.")
                                   .arg(path, file.errorString()));
    // A receipt is a page of text; anything much larger is not one.
    const QByteArray bytes = file.read(64 * 1024);
    return parseReceipt(bytes, path);
}

ReferenceCheck checkAgainst(const PlanData &plan, const Reference &reference)
{
    ReferenceCheck check;
    check.computed = computeFingerprint(plan);
    const PlanInfo &info = plan.info;
    if (!isApproved(info)) {
        check.outcome = ReferenceCheck::NotApproved;
        check.message = QCoreApplication::translate(
                            "ApprovalReceipt",
                            "The plan has not been approved: there is no approved content to compare with %1. Its "
                            "content fingerprint now is %2.")
                            .arg(reference.source, check.computed);
        return check;
    }
    if (!reference.entityCode.isEmpty() && reference.entityCode != info.entity.daneCode) {
        check.outcome = ReferenceCheck::OtherPlan;
        check.message = QCoreApplication::translate("ApprovalReceipt",
                                                    "%1 is of another entity's plan (DANE %2); this plan is of %3.")
                            .arg(reference.source, reference.entityCode, entityLabel(plan));
        return check;
    }
    const bool same = reference.isShort() ? check.computed.startsWith(reference.fingerprint)
                                          : check.computed == reference.fingerprint;
    if (same) {
        check.outcome = ReferenceCheck::Matches;
        check.message = QCoreApplication::translate(
                            "ApprovalReceipt",
                            "The content matches %1: it is the plan the council approved (version %2, act «%3»). "
                            "The comparison used the content's own fingerprint, not the one stored in the file.")
                            .arg(reference.source)
                            .arg(info.version)
                            .arg(info.adoptionAct);
        if (reference.isShort())
            check.message
                += u' '
                + QCoreApplication::translate(
                       "ApprovalReceipt",
                       "Only the 12 digits of the short fingerprint were compared: they catch any accidental or "
                       "casual change, but the full fingerprint of the document's last page is the stronger proof.");
        return check;
    }
    if (reference.version > 0 && reference.version != info.version) {
        check.outcome = ReferenceCheck::OtherVersion;
        QString since;
        for (const Amendment &a : plan.amendments) {
            if (a.version == info.version)
                since = QCoreApplication::translate("ApprovalReceipt", " Since then it was amended by «%1» of %2.")
                            .arg(a.act, a.date.toString(Qt::ISODate));
        }
        check.message = QCoreApplication::translate(
                            "ApprovalReceipt",
                            "%1 is of version %2, and the plan is now at version %3.%4 Compare it with the receipt of "
                            "the last amendment. This receipt proves nothing about the content now.")
                            .arg(reference.source)
                            .arg(reference.version)
                            .arg(info.version)
                            .arg(since);
        return check;
    }
    check.outcome = ReferenceCheck::ContentChanged;
    check.message = QCoreApplication::translate(
                        "ApprovalReceipt",
                        "The content does NOT match %1: it is not the plan the council approved. It changed after its "
                        "approval, even if the fingerprint stored in the file says otherwise.\nApproved: %2\nNow: "
                        "%3")
                        .arg(reference.source,
                             reference.isShort() ? shortFingerprint(reference.fingerprint) : reference.fingerprint,
                             check.computed);
    return check;
}

} // namespace planea::approval
