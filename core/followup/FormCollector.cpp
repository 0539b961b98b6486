#include "followup/FormCollector.h"

#include "approval/CanonicalPlan.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "domain/PlanData.h"
#include "followup/FollowUpForms.h"
#include "followup/FormLayout.h"
#include "followup/FormSignature.h"
#include "xlsx/XlsxReader.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace planea::followup {

namespace {

/// A number as a cell holds it: a number cell, or a text written with a comma or a point.
std::optional<double> numberOf(const XlsxCell &cell)
{
    if (cell.type == XlsxCellType::Number)
        return cell.value.toDouble();
    if (cell.type != XlsxCellType::String)
        return std::nullopt;
    const QString text = cell.value.toString().trimmed();
    bool ok = false;
    double d = QLocale(QLocale::Spanish, QLocale::Colombia).toDouble(text, &ok);
    if (!ok)
        d = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

bool isPercentUnit(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    return u.contains(u'%') || u.startsWith(u"porcentaje"_s);
}

struct FormReader
{
    const PlanData &plan;
    const QString &planId;
    const QString &fingerprint;
    Collection &out;

    void reject(const QString &form, int row, const QString &reason) { out.rejections.append({ form, row, reason }); }

    /// The funding sources a product uses in a year: programmed investment or execution already kept.
    QStringList sourcesOf(qint64 productId, int year) const
    {
        QStringList sources;
        for (const InvestmentAmount &cell : plan.investments) {
            if (cell.productId == productId && cell.year == year && cell.amount != 0
                && !sources.contains(cell.sourceCode))
                sources.append(cell.sourceCode);
        }
        for (const BudgetExecution &e : plan.executions) {
            if (e.productId == productId && e.year == year && !sources.contains(e.sourceCode))
                sources.append(e.sourceCode);
        }
        sources.sort();
        return sources;
    }

    OfficeSummary &summaryFor(const QString &office)
    {
        for (OfficeSummary &s : out.offices) {
            if (s.officeName == office)
                return s;
        }
        out.offices.append({ office, {}, 0, 0, 0 });
        return out.offices.last();
    }

    void read(const QString &path)
    {
        const QString form = QFileInfo(path).fileName();
        auto book = XlsxReader::read(path);
        if (!book) {
            reject(form, 0, book.error().message);
            return;
        }
        const XlsxSheet *signatureSheet = book->sheet(FormSignature::SheetName);
        const XlsxSheet *sheet = book->sheet(layout::GoalSheet);
        if (!signatureSheet || !sheet) {
            reject(form, 0,
                   FormCollector::tr("«%1» is not a Planea follow-up form (it has no signature of the plan it was "
                                     "made from).")
                       .arg(form));
            return;
        }
        QList<QStringList> rows;
        for (int r = 0; r < signatureSheet->rowCount(); ++r)
            rows.append(signatureSheet->rowTexts(r, 2));
        auto sig = FormSignature::fromRows(rows, form);
        if (!sig) {
            reject(form, 0, sig.error().message);
            return;
        }
        if (sig->planId != planId) {
            reject(form, 0,
                   FormCollector::tr("The form was made for another plan (%1), not for this one: nothing of it was "
                                     "read.")
                       .arg(sig->entity));
            return;
        }
        if (sig->planVersion > plan.info.version) {
            reject(form, 0,
                   FormCollector::tr("The form was made from version %1 of the plan, newer than this file "
                                     "(version %2): open the newest copy of the plan.")
                       .arg(sig->planVersion)
                       .arg(plan.info.version));
            return;
        }
        if (!plan.info.term.contains(sig->year)) {
            reject(form, 0, FormCollector::tr("The form's year %1 is outside the plan's term.").arg(sig->year));
            return;
        }
        if (sig->planVersion < plan.info.version)
            out.warnings.append(FormCollector::tr("«%1» was made from version %2 of the plan; the plan is now at "
                                                  "version %3: each row was checked against the current version.")
                                    .arg(form)
                                    .arg(sig->planVersion)
                                    .arg(plan.info.version));
        else if (sig->fingerprint != fingerprint)
            out.warnings.append(FormCollector::tr("«%1»: the plan changed after the form was prepared; each row "
                                                  "was checked against the plan as it is now.")
                                    .arg(form));

        OfficeSummary &summary = summaryFor(sig->officeName);
        summary.forms.append(form);
        const int width = layout::FirstAchievedColumn + int(sig->periods.size()) + 3;
        if (sheet->rowTexts(layout::HeaderRow).size() != width) {
            reject(form, 0,
                   FormCollector::tr("The sheet «%1» does not have the form's columns any more (columns were added "
                                     "or removed): prepare the form again.")
                       .arg(layout::GoalSheet));
            return;
        }
        const QSet<qint64> inForm(sig->goalIds.cbegin(), sig->goalIds.cend());
        QSet<qint64> seen;
        const int after = layout::FirstAchievedColumn + int(sig->periods.size());
        int taken = 0;
        for (int r = layout::HeaderRow + 1; r < sheet->rowCount(); ++r) {
            const int row = r + 1;
            const QStringList texts = sheet->rowTexts(r);
            bool filled = false;
            for (int c = layout::FirstAchievedColumn; c < texts.size(); ++c)
                filled = filled || !texts[c].trimmed().isEmpty();
            if (!filled)
                continue;
            const auto rowReject = [&](const QString &reason) {
                reject(form, row, reason);
                ++summary.rejected;
            };
            const std::optional<double> idNumber = numberOf(sheet->cell(r, layout::ColumnId));
            const qint64 id = idNumber ? qint64(*idNumber) : 0;
            if (!idNumber || !inForm.contains(id)) {
                rowReject(FormCollector::tr("This row was not in the form as it was sent (Planea ID «%1»): it "
                                            "was not read.")
                              .arg(sheet->cell(r, layout::ColumnId).text()));
                continue;
            }
            if (seen.contains(id)) {
                rowReject(FormCollector::tr("The goal %1 appears twice in the form.").arg(id));
                continue;
            }
            seen.insert(id);
            const ProductIndicator *goal = plan.indicator(id);
            if (!goal) {
                rowReject(FormCollector::tr("The goal «%1» is no longer in the plan.")
                              .arg(sheet->cell(r, layout::ColumnCode).text()));
                continue;
            }
            // A group's form answers for each of its offices; a goal that moved within the group
            // is still the group's, one that moved out of it is reported by its new office.
            if (!sig->offices().contains(goal->responsibleOfficeId.value_or(0))) {
                const Office *now = goal->responsibleOfficeId ? plan.office(*goal->responsibleOfficeId) : nullptr;
                const QString office = now ? now->name : FormCollector::tr("none");
                rowReject(sig->isGroup() ? FormCollector::tr("The goal «%1» moved to an office outside the form's "
                                                             "group (%2) after the form was prepared: that office "
                                                             "reports it.")
                                               .arg(goal->displayName(), office)
                                         : FormCollector::tr("The goal «%1» moved to another office (%2) after the "
                                                             "form was prepared: that office reports it.")
                                               .arg(goal->displayName(), office));
                continue;
            }
            const AnnualTarget *target = goal->target(sig->year);
            const bool notProgrammed = target && target->notProgrammed;
            QList<Answer> answers;
            QString problem;
            for (qsizetype i = 0; i < sig->periods.size() && problem.isEmpty(); ++i) {
                const XlsxCell cell = sheet->cell(r, layout::FirstAchievedColumn + int(i));
                if (cell.isEmpty() || cell.text().trimmed().isEmpty())
                    continue;
                const QString label = FollowUpForms::periodLabel(sig->year, sig->periods[i]);
                if (cell.text().trimmed().compare(layout::NotProgrammed, Qt::CaseInsensitive) == 0) {
                    if (!notProgrammed)
                        problem = FormCollector::tr("«NP» is only accepted for a goal not programmed for the year; "
                                                    "«%1» is programmed: write the value achieved in %2.")
                                      .arg(goal->displayName(), label);
                    continue;
                }
                const std::optional<double> value = numberOf(cell);
                if (!value) {
                    problem
                        = FormCollector::tr("The value achieved in %1 «%2» is not a number.").arg(label, cell.text());
                } else if (*value < 0) {
                    problem = FormCollector::tr("The value achieved in %1 (%2) is negative: it must be zero or more.")
                                  .arg(label, cell.text());
                } else if (isPercentUnit(goal->unit) && *value > 100) {
                    problem = FormCollector::tr("The value achieved in %1 (%2) is out of range: the goal is measured "
                                                "in percent (0 to 100).")
                                  .arg(label, cell.text());
                } else {
                    Answer a;
                    a.report.indicatorId = id;
                    a.report.year = sig->year;
                    a.report.period = sig->periods[i];
                    a.report.value = *value;
                    a.form = form;
                    a.row = row;
                    a.officeId = goal->responsibleOfficeId.value_or(0);
                    a.officeName = sig->officeName;
                    answers.append(a);
                }
            }
            std::optional<qint64> money;
            const XlsxCell moneyCell = sheet->cell(r, after + layout::MoneyOffset);
            if (problem.isEmpty() && !moneyCell.text().trimmed().isEmpty()) {
                const std::optional<double> m = numberOf(moneyCell);
                if (!m || *m < 0 || std::floor(*m) != *m || *m > 9.0e15)
                    problem = FormCollector::tr("The executed resources «%1» are not a whole number of pesos of zero "
                                                "or more.")
                                  .arg(moneyCell.text());
                else
                    money = qint64(*m);
            }
            if (problem.isEmpty() && money && sourcesOf(goal->productId, sig->year).isEmpty()) {
                const Product *product = plan.product(goal->productId);
                problem = FormCollector::tr("The executed resources cannot be recorded: the product %1 has no "
                                            "investment programmed for %2 and so no funding source.")
                              .arg(product ? product->code : QString::number(goal->productId))
                              .arg(sig->year);
            }
            if (!problem.isEmpty()) {
                rowReject(problem);
                continue;
            }
            const QString evidence = sheet->cell(r, after + layout::EvidenceOffset).text().trimmed();
            const QString comment = sheet->cell(r, after + layout::CommentOffset).text().trimmed();
            QString text = evidence;
            if (!comment.isEmpty())
                text += (text.isEmpty() ? QString() : u"\n"_s) + FormCollector::tr("Comment: %1").arg(comment);
            for (Answer &a : answers)
                a.report.evidence = text;
            if (!answers.isEmpty())
                answers.first().money = money;
            if (money) {
                out.money.append({ id, goal->productId, sig->year, *money, form, row, sig->officeName });
                ++taken;
            }
            out.answers += answers;
            taken += int(answers.size());
        }
        if (taken > 0)
            out.acceptedForms.append(form);
    }
};

} // namespace

Collection FormCollector::collect(const PlanData &plan, const QString &planId, const QStringList &paths)
{
    Collection out;
    const QString fingerprint = approval::computeFingerprint(plan);
    FormReader reader { plan, planId, fingerprint, out };
    for (const QString &path : paths)
        reader.read(path);

    // A goal and period answered by two forms: neither value is taken, the user settles it.
    std::map<std::tuple<qint64, int, int>, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < out.answers.size(); ++i) {
        const ProgressReport &r = out.answers[i].report;
        byKey[{ r.indicatorId, r.year, r.period }].append(i);
    }
    QSet<qsizetype> dropped;
    for (const auto &[key, indexes] : byKey) {
        if (indexes.size() < 2)
            continue;
        for (qsizetype i : indexes) {
            const Answer &a = out.answers[i];
            QStringList others;
            for (qsizetype j : indexes) {
                if (j != i)
                    others.append(tr("«%1» (row %2)").arg(out.answers[j].form).arg(out.answers[j].row));
            }
            const ProductIndicator *goal = plan.indicator(a.report.indicatorId);
            out.rejections.append(
                { a.form, a.row,
                  tr("The goal «%1» for %2 is also answered in %3: neither value was taken; keep "
                     "it in one form only.")
                      .arg(goal ? goal->displayName() : QString::number(a.report.indicatorId),
                           FollowUpForms::periodLabel(a.report.year, a.report.period), others.join(u", "_s)) });
            dropped.insert(i);
        }
    }
    QList<Answer> kept;
    for (qsizetype i = 0; i < out.answers.size(); ++i) {
        if (!dropped.contains(i))
            kept.append(out.answers[i]);
    }
    out.answers = kept;

    // Executed resources of a goal reported by two forms: neither amount is taken.
    std::map<std::pair<qint64, int>, QList<qsizetype>> moneyByGoal;
    for (qsizetype i = 0; i < out.money.size(); ++i)
        moneyByGoal[{ out.money[i].indicatorId, out.money[i].year }].append(i);
    QSet<qsizetype> moneyDropped;
    for (const auto &[key, indexes] : moneyByGoal) {
        if (indexes.size() < 2)
            continue;
        const ProductIndicator *goal = plan.indicator(key.first);
        for (qsizetype i : indexes) {
            out.rejections.append(
                { out.money[i].form, out.money[i].row,
                  tr("The executed resources of the goal «%1» for %2 are reported by more than one form: "
                     "no amount was taken; keep them in one form only.")
                      .arg(goal ? goal->displayName() : QString::number(key.first))
                      .arg(key.second) });
            moneyDropped.insert(i);
        }
    }
    // Per product and year: the commitments are the sum of the rows' executed resources, split
    // among the product's funding sources in proportion to the investment programmed for the year
    // (the form asks one amount per goal, the plan keeps execution per source).
    std::map<std::pair<qint64, int>, Money> byProduct;
    for (qsizetype i = 0; i < out.money.size(); ++i) {
        if (!moneyDropped.contains(i))
            byProduct[{ out.money[i].productId, out.money[i].year }] += out.money[i].amount;
    }
    const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    for (const auto &[key, total] : byProduct) {
        const auto &[productId, year] = key;
        const Product *product = plan.product(productId);
        const QString code = product ? product->code : QString::number(productId);
        FormReader sourceReader { plan, planId, fingerprint, out };
        const QStringList sources = sourceReader.sourcesOf(productId, year);
        QList<BudgetExecution> rows;
        QList<Money> weights;
        Money appropriation = 0;
        for (const QString &source : sources) {
            BudgetExecution e;
            e.productId = productId;
            e.year = year;
            e.sourceCode = source;
            for (const BudgetExecution &now : plan.executions) {
                if (now.productId == productId && now.year == year && now.sourceCode == source)
                    e = now;
            }
            Money programmed = 0;
            for (const InvestmentAmount &cell : plan.investments) {
                if (cell.productId == productId && cell.year == year && cell.sourceCode == source)
                    programmed += cell.amount;
            }
            appropriation += e.appropriation;
            rows.append(e);
            weights.append(std::max<Money>(programmed, 0));
        }
        if (appropriation > 0 && total > appropriation) {
            for (qsizetype i = 0; i < out.money.size(); ++i) {
                const ExecutedMoney &m = out.money[i];
                if (moneyDropped.contains(i) || m.productId != productId || m.year != year)
                    continue;
                out.rejections.append({ m.form, m.row,
                                        tr("The executed resources reported for the product %1 in %2 add up to "
                                           "$%3, more than its appropriation of $%4: no amount was taken.")
                                            .arg(code)
                                            .arg(year)
                                            .arg(locale.toString(total), locale.toString(appropriation)) });
                moneyDropped.insert(i);
            }
            continue;
        }
        Money weightSum = 0;
        for (Money w : std::as_const(weights))
            weightSum += w;
        Money left = total;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Money share = left;
            if (i + 1 < rows.size())
                share = weightSum > 0 ? Money((__int128(total) * weights[i]) / weightSum) : total / Money(rows.size());
            left -= share;
            rows[i].commitments = share;
            out.executions.append(rows[i]);
        }
        if (rows.size() > 1) {
            QStringList parts;
            for (const BudgetExecution &e : std::as_const(rows))
                parts.append(u"%1 $%2"_s.arg(e.sourceCode, locale.toString(e.commitments)));
            out.warnings.append(tr("The executed resources of the product %1 in %2 ($%3) were split among its "
                                   "sources in proportion to the programmed investment: %4. Correct them in "
                                   "the indicative plan, tab «Resources executed», if the split was different.")
                                    .arg(code)
                                    .arg(year)
                                    .arg(locale.toString(total), parts.join(u", "_s)));
        }
    }
    QList<ExecutedMoney> keptMoney;
    for (qsizetype i = 0; i < out.money.size(); ++i) {
        if (!moneyDropped.contains(i))
            keptMoney.append(out.money[i]);
    }
    out.money = keptMoney;

    // Keep what the plan already says where the form gives no evidence.
    std::map<std::tuple<qint64, int, int>, const ProgressReport *> current;
    for (const ProgressReport &p : plan.progress)
        current[{ p.indicatorId, p.year, p.period }] = &p;
    for (Answer &a : out.answers) {
        if (!a.report.evidence.isEmpty())
            continue;
        if (const auto it = current.find({ a.report.indicatorId, a.report.year, a.report.period });
            it != current.end()) {
            a.report.evidence = it->second->evidence;
            a.report.evidenceLink = it->second->evidenceLink;
        }
    }
    for (OfficeSummary &s : out.offices) {
        for (const Answer &a : std::as_const(out.answers)) {
            if (a.officeName != s.officeName)
                continue;
            ++s.values;
        }
        s.money = 0;
        for (const ExecutedMoney &m : std::as_const(out.money)) {
            if (m.officeName == s.officeName)
                s.money += m.amount;
        }
        s.rejected = 0;
        for (const Rejection &r : std::as_const(out.rejections)) {
            if (r.row > 0 && s.forms.contains(r.form))
                ++s.rejected;
        }
    }
    QStringList accepted;
    for (const QString &form : std::as_const(out.acceptedForms)) {
        bool any = false;
        for (const Answer &a : std::as_const(out.answers))
            any = any || a.form == form;
        for (const ExecutedMoney &m : std::as_const(out.money))
            any = any || m.form == form;
        if (any)
            accepted.append(form);
    }
    out.acceptedForms = accepted;
    return out;
}

Status FormCollector::apply(PlanDocument &document, const Collection &collection, BackupManager *backups)
{
    if (collection.answers.isEmpty() && collection.executions.isEmpty())
        return {};
    if (backups) {
        if (auto b = backups->backup(document.store(), BackupReason::Import); !b)
            return b.error();
    }
    QList<ProgressReport> reports;
    QStringList reporters;
    const QString actor = document.store().actor();
    for (const Answer &a : collection.answers) {
        reports.append(a.report);
        reporters.append(actor.isEmpty() ? tr("form of %1").arg(a.officeName)
                                         : tr("%1 (form of %2)").arg(actor, a.officeName));
    }
    return document.importProgress(reports, tr("Receive follow-up forms"), reporters, collection.executions);
}

} // namespace planea::followup
