#include "CanonicalPlan.h"

#include "domain/PlanData.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace planea::approval {

namespace {

/// Text as NFC with the separator, the escape character and line breaks escaped, so every
/// record stays on one line and its fields can be split again without ambiguity.
QString text(const QString &value)
{
    QString out;
    const QString nfc = value.normalized(QString::NormalizationForm_C);
    out.reserve(nfc.size());
    for (QChar ch : nfc) {
        if (ch == u'\\')
            out += u"\\\\"_s;
        else if (ch == u'|')
            out += u"\\|"_s;
        else if (ch == u'\n')
            out += u"\\n"_s;
        else if (ch == u'\r')
            out += u"\\r"_s;
        else
            out += ch;
    }
    return out;
}

QString integer(qint64 value)
{
    return QString::number(value);
}

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

QString optionalDecimal(const std::optional<double> &value)
{
    return value ? canonicalDecimal(*value) : QString();
}

QString optionalInteger(const std::optional<int> &value)
{
    return value ? integer(*value) : QString();
}

QString date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString record(const QString &type, const QStringList &fields)
{
    return type + u"|"_s + fields.join(u'|');
}

/// Sorts by a key, then by the record text itself, so equal keys never fall back to row order.
template<typename T, typename Key> void sortCanonically(QList<std::pair<T, QString>> &items, Key key)
{
    std::stable_sort(items.begin(), items.end(), [&](const auto &a, const auto &b) {
        const auto ka = key(a.first);
        const auto kb = key(b.first);
        if (ka != kb)
            return ka < kb;
        return a.second < b.second;
    });
}

} // namespace

QString canonicalDecimal(double value)
{
    if (!std::isfinite(value))
        return QString();
    // Below 9·10^12 the value in millionths fits a 64-bit integer exactly; beyond that (never
    // seen in a plan) whole units are enough.
    if (std::fabs(value) >= 9e12)
        return QString::number(std::llround(value));
    const long long micros = std::llround(value * 1e6);
    if (micros == 0)
        return u"0"_s;
    const bool negative = micros < 0;
    const unsigned long long magnitude
        = negative ? 0ULL - static_cast<unsigned long long>(micros) : static_cast<unsigned long long>(micros);
    QString out = QString::number(magnitude / 1000000ULL);
    QString fraction = u"%1"_s.arg(magnitude % 1000000ULL, 6, 10, QChar(u'0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return negative ? u'-' + out : out;
}

QByteArray canonicalSerialization(const PlanData &plan)
{
    QStringList lines;
    lines.append(u"PLANEA-HUELLA|%1"_s.arg(CanonicalFormatVersion));

    const PlanInfo &info = plan.info;
    lines.append(record(u"PLAN"_s,
                        { text(info.entity.daneCode), text(info.entity.name), text(info.entity.departmentCode),
                          text(info.entity.departmentName), toCode(info.entity.type), text(info.entity.category),
                          text(info.planName), integer(info.term.startYear), date(info.term.startDate),
                          text(info.headOfGovernment) }));
    lines.append(record(u"APROBACION"_s, { text(info.adoptionAct), date(info.adoptionDate), integer(info.version) }));

    QList<Amendment> amendments = plan.amendments;
    std::stable_sort(amendments.begin(), amendments.end(), [](const Amendment &a, const Amendment &b) {
        if (a.version != b.version)
            return a.version < b.version;
        return std::make_pair(text(a.act), text(a.note)) < std::make_pair(text(b.act), text(b.note));
    });
    for (const Amendment &a : amendments)
        lines.append(record(u"MODIFICACION"_s, { integer(a.version), text(a.act), date(a.date), text(a.note) }));

    QStringList offices;
    QHash<qint64, QString> officeNames;
    for (const Office &o : plan.offices) {
        offices.append(text(o.name));
        officeNames.insert(o.id, text(o.name));
    }
    std::sort(offices.begin(), offices.end());
    for (const QString &name : offices)
        lines.append(record(u"OFICINA"_s, { name }));

    // Lines: by priority (sort order), which is content; children refer to a line by its
    // 1-based position in this order.
    QList<std::pair<const StrategicLine *, QString>> strategicLines;
    for (const StrategicLine &l : plan.lines) {
        QStringList sectors = l.sectorCodes;
        std::sort(sectors.begin(), sectors.end());
        strategicLines.append({ &l,
                                record(u"LINEA"_s,
                                       { integer(l.sortOrder), text(l.name), text(l.description),
                                         optionalDecimal(l.weight), text(sectors.join(u',')) }) });
    }
    sortCanonically(strategicLines, [](const StrategicLine *l) { return l->sortOrder; });
    QHash<qint64, int> lineOrdinal;
    for (qsizetype i = 0; i < strategicLines.size(); ++i) {
        lineOrdinal.insert(strategicLines[i].first->id, int(i + 1));
        lines.append(strategicLines[i].second);
    }
    const auto lineRef = [&](std::optional<qint64> id) {
        return id && lineOrdinal.contains(*id) ? integer(lineOrdinal.value(*id)) : QString();
    };
    const auto lineKey
        = [&](std::optional<qint64> id) { return id && lineOrdinal.contains(*id) ? lineOrdinal.value(*id) : INT_MAX; };

    QList<std::pair<const WellbeingIndicator *, QString>> wellbeing;
    for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
        QStringList fields { lineRef(w.lineId),
                             text(w.name),
                             text(w.unit),
                             text(w.sectorCode),
                             text(w.source),
                             toCode(w.direction),
                             optionalInteger(w.sdg),
                             optionalInteger(w.pndCode),
                             flag(w.isPrioritized),
                             flag(w.isOwn),
                             optionalDecimal(w.baseline),
                             optionalInteger(w.baselineYear),
                             optionalDecimal(w.target) };
        // Only where set (schema 4), so that an older approved plan keeps its fingerprint.
        if (!text(w.officialCode).isEmpty())
            fields.append(text(w.officialCode));
        wellbeing.append({ &w, record(u"BIENESTAR"_s, fields) });
    }
    sortCanonically(wellbeing, [&](const WellbeingIndicator *w) { return lineKey(w->lineId); });
    QHash<qint64, int> wellbeingOrdinal;
    for (qsizetype i = 0; i < wellbeing.size(); ++i) {
        wellbeingOrdinal.insert(wellbeing[i].first->id, int(i + 1));
        lines.append(wellbeing[i].second);
    }

    // The program tree, depth first: each record is followed by its children, so nesting needs
    // no ids.
    QList<std::pair<const BudgetProgram *, QString>> programs;
    for (const BudgetProgram &p : plan.programs) {
        programs.append({ &p,
                          record(u"PROGRAMA"_s,
                                 { lineRef(p.lineId), text(p.code), text(p.name), text(p.objective), flag(p.isOwn),
                                   optionalDecimal(p.weight) }) });
    }
    sortCanonically(programs,
                    [&](const BudgetProgram *p) { return std::make_pair(lineKey(p->lineId), text(p->code)); });

    QHash<qint64, QList<const InvestmentAmount *>> investmentsByProduct;
    for (const InvestmentAmount &inv : plan.investments) {
        if (inv.amount != 0)
            investmentsByProduct[inv.productId].append(&inv);
    }

    for (const auto &[program, programRecord] : programs) {
        lines.append(programRecord);
        QList<std::pair<const Product *, QString>> products;
        for (const Product *p : plan.productsOf(program->id)) {
            products.append(
                { p, record(u"PRODUCTO"_s, { text(p->code), text(p->name), flag(p->isOwn), integer(p->cost) }) });
        }
        sortCanonically(products, [](const Product *p) { return text(p->code); });
        for (const auto &[product, productRecord] : products) {
            lines.append(productRecord);

            QList<const InvestmentAmount *> cells = investmentsByProduct.value(product->id);
            std::sort(cells.begin(), cells.end(), [](const InvestmentAmount *a, const InvestmentAmount *b) {
                return std::tie(a->year, a->sourceCode, a->amount) < std::tie(b->year, b->sourceCode, b->amount);
            });
            for (const InvestmentAmount *cell : cells) {
                lines.append(
                    record(u"INVERSION"_s, { integer(cell->year), text(cell->sourceCode), integer(cell->amount) }));
            }

            QList<std::pair<const ProductIndicator *, QStringList>> indicators;
            for (const ProductIndicator *ind : plan.indicatorsOf(product->id)) {
                QStringList focus = ind->populationFocus;
                for (QString &f : focus)
                    f = text(f);
                std::sort(focus.begin(), focus.end());
                QStringList fields { text(ind->code),
                                     text(ind->name),
                                     text(ind->customLabel),
                                     text(ind->unit),
                                     flag(ind->isOwn),
                                     flag(ind->isMain),
                                     optionalDecimal(ind->baseline),
                                     canonicalDecimal(ind->termTarget),
                                     toCode(ind->accumulation),
                                     toCode(ind->trend),
                                     optionalInteger(ind->sdg),
                                     ind->responsibleOfficeId ? officeNames.value(*ind->responsibleOfficeId)
                                                              : QString(),
                                     optionalDecimal(ind->weight),
                                     ind->wellbeingIndicatorId && wellbeingOrdinal.contains(*ind->wellbeingIndicatorId)
                                         ? integer(wellbeingOrdinal.value(*ind->wellbeingIndicatorId))
                                         : QString(),
                                     focus.join(u',') };
                // The goal's own code (schema 3) only when it has one: a plan approved before it
                // existed keeps the fingerprint it was approved with.
                if (!text(ind->goalCode).isEmpty())
                    fields.append(text(ind->goalCode));
                QStringList block;
                block.append(record(u"INDICADOR"_s, fields));
                QList<AnnualTarget> targets = ind->annualTargets;
                std::sort(targets.begin(), targets.end(),
                          [](const AnnualTarget &a, const AnnualTarget &b) { return a.year < b.year; });
                for (const AnnualTarget &t : targets) {
                    block.append(
                        record(u"META"_s, { integer(t.year), optionalDecimal(t.value), flag(t.notProgrammed) }));
                }
                indicators.append({ ind, block });
            }
            std::stable_sort(indicators.begin(), indicators.end(), [](const auto &a, const auto &b) {
                if (text(a.first->code) != text(b.first->code))
                    return text(a.first->code) < text(b.first->code);
                return a.second < b.second;
            });
            for (const auto &entry : indicators)
                lines.append(entry.second);
        }
    }

    QList<std::pair<const RoyaltiesInitiative *, QStringList>> royalties;
    for (const RoyaltiesInitiative &r : plan.royalties) {
        QStringList block;
        block.append(record(u"REGALIAS"_s,
                            { text(r.code), lineRef(r.lineId), text(r.kind), text(r.sectorCode), text(r.description),
                              integer(r.indicativeAmount) }));
        QList<BienniumAmount> programming = r.programming;
        std::sort(programming.begin(), programming.end(),
                  [](const BienniumAmount &a, const BienniumAmount &b) { return a.startYear < b.startYear; });
        for (const BienniumAmount &b : programming)
            block.append(record(u"BIENIO"_s, { integer(b.startYear), integer(b.amount) }));
        royalties.append({ &r, block });
    }
    std::stable_sort(royalties.begin(), royalties.end(), [](const auto &a, const auto &b) {
        if (text(a.first->code) != text(b.first->code))
            return text(a.first->code) < text(b.first->code);
        return a.second < b.second;
    });
    for (const auto &entry : royalties)
        lines.append(entry.second);

    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString computeFingerprint(const PlanData &plan)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalSerialization(plan), QCryptographicHash::Sha256).toHex());
}

QString shortFingerprint(const QString &fingerprint)
{
    const QString head = fingerprint.left(12);
    QStringList groups;
    for (qsizetype i = 0; i < head.size(); i += 3)
        groups.append(head.mid(i, 3));
    return groups.join(u'-');
}

} // namespace planea::approval
