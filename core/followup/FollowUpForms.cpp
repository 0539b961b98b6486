#include "followup/FollowUpForms.h"

#include "approval/CanonicalPlan.h"
#include "domain/PlanData.h"
#include "followup/FormLayout.h"
#include "followup/FormSignature.h"
#include "xlsx/XlsxWriter.h"

#include <QDir>
#include <QLocale>
#include <QMap>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace planea::followup {

namespace {

using Cell = XlsxWriter::Cell;
using Validation = XlsxWriter::DataValidation;

/// Consecutive rows as few ranges as possible, in column `column`.
QList<XlsxRange> rowRanges(const QList<int> &rows, int column)
{
    QList<XlsxRange> ranges;
    for (int r : rows) {
        if (!ranges.isEmpty() && ranges.last().lastRow == r - 1)
            ranges.last().lastRow = r;
        else
            ranges.append({ r, column, r, column });
    }
    return ranges;
}

QString goalCode(const ProductIndicator &g)
{
    return g.goalCode.isEmpty() ? g.code : g.goalCode;
}

void writeInstructions(XlsxWriter &w, int sheet, const PlanData &plan, const FormSignature &sig, const QString &periods)
{
    w.setColumnWidth(sheet, 0, 110);
    w.appendRow(sheet, { { FollowUpForms::tr("Follow-up form: instructions"), XlsxWriter::Title } });
    const QStringList lines {
        FollowUpForms::tr("Plan: %1 (%2), version %3.")
            .arg(plan.info.planName, plan.info.entity.name)
            .arg(sig.planVersion),
        sig.isGroup() ? FollowUpForms::tr("Offices: %1 (form «%2»). Period: %3.")
                            .arg(sig.groupOfficeNames.join(u"; "_s), sig.officeName, periods)
                      : FollowUpForms::tr("Office: %1. Period: %2.").arg(sig.officeName, periods),
        QString(),
        FollowUpForms::tr("1. Fill in only the yellow cells of the sheet «%1»; the other cells are protected.")
            .arg(layout::GoalSheet),
        FollowUpForms::tr("2. Achieved: the value reached in the period, in the goal's unit, a number of zero or "
                          "more. Write «NP» only where the planned value is «NP» (goal not programmed for the "
                          "year)."),
        FollowUpForms::tr("3. Executed resources: the money committed for the goal in the period, in pesos, "
                          "without decimals."),
        FollowUpForms::tr("4. Evidence: the document, record or link that supports the value; comment: "
                          "difficulties or remarks."),
        FollowUpForms::tr("5. Leave empty what you do not report. Do not add, remove or reorder rows, and do not "
                          "rename the sheets: the planning office checks each row against the plan."),
        FollowUpForms::tr("6. Save the file as .xlsx (Excel or LibreOffice) and send it back to the planning "
                          "office."),
    };
    for (const QString &line : lines)
        w.appendRow(sheet, { { line, XlsxWriter::Wrap } });
}

Status writeForm(const PlanData &plan, const FormSignature &sig, const QList<const ProductIndicator *> &goals,
                 const QString &path)
{
    XlsxWriter w;
    const int sheet = w.addSheet(layout::GoalSheet);
    const int instructions = w.addSheet(layout::InstructionsSheet);
    const int signature = w.addSheet(FormSignature::SheetName, true);

    QStringList periodNames;
    for (int p : sig.periods)
        periodNames.append(FollowUpForms::periodLabel(sig.year, p));
    const QString periods
        = sig.quarter > 0 ? FollowUpForms::periodLabel(sig.year, sig.quarter) : FollowUpForms::periodLabel(sig.year, 0);

    w.appendRow(sheet,
                { { FollowUpForms::tr("Follow-up of the development plan — %1 — %2").arg(sig.officeName, periods),
                    XlsxWriter::Title } });
    w.appendRow(sheet, { { u"%1 · %2"_s.arg(plan.info.entity.name, plan.info.planName), XlsxWriter::Plain } });
    w.appendRow(sheet, {});
    QList<Cell> header { { FollowUpForms::tr("Planea ID"), XlsxWriter::Header },
                         { FollowUpForms::tr("Goal code"), XlsxWriter::Header },
                         { FollowUpForms::tr("Product indicator"), XlsxWriter::Header },
                         { FollowUpForms::tr("Unit"), XlsxWriter::Header },
                         { FollowUpForms::tr("Planned %1").arg(sig.year), XlsxWriter::Header } };
    for (const QString &name : std::as_const(periodNames))
        header.append({ FollowUpForms::tr("Achieved %1").arg(name), XlsxWriter::Header });
    header.append({ FollowUpForms::tr("Executed resources ($)"), XlsxWriter::Header });
    header.append({ FollowUpForms::tr("Evidence"), XlsxWriter::Header });
    header.append({ FollowUpForms::tr("Comment"), XlsxWriter::Header });
    w.appendRow(sheet, header);

    const int firstAfter = layout::FirstAchievedColumn + int(sig.periods.size());
    QList<int> numberRows;
    QList<int> npRows;
    int row = layout::HeaderRow + 1;
    for (const ProductIndicator *g : goals) {
        const AnnualTarget *t = g->target(sig.year);
        const bool np = t && t->notProgrammed;
        QList<Cell> cells { { QVariant::fromValue(g->id), XlsxWriter::Integer },
                            { goalCode(*g), XlsxWriter::Plain },
                            { g->displayName(), XlsxWriter::Wrap },
                            { g->unit, XlsxWriter::Plain } };
        if (np)
            cells.append({ layout::NotProgrammed, XlsxWriter::Mark });
        else if (t && t->value)
            cells.append({ *t->value, XlsxWriter::Decimal });
        else
            cells.append({ QVariant(), XlsxWriter::Plain });
        for (qsizetype i = 0; i < sig.periods.size(); ++i)
            cells.append({ QVariant(), XlsxWriter::Input });
        cells.append({ QVariant(), XlsxWriter::Input });
        cells.append({ QVariant(), XlsxWriter::InputWrap });
        cells.append({ QVariant(), XlsxWriter::InputWrap });
        w.appendRow(sheet, cells);
        (np ? npRows : numberRows).append(row);
        ++row;
    }

    const auto achievedValidation = [&](const QList<int> &rows, bool allowNp) {
        if (rows.isEmpty())
            return;
        Validation v;
        QList<XlsxRange> ranges;
        for (qsizetype i = 0; i < sig.periods.size(); ++i)
            ranges += rowRanges(rows, layout::FirstAchievedColumn + int(i));
        v.ranges = ranges;
        v.errorTitle = FollowUpForms::tr("Value not accepted");
        if (allowNp) {
            // Relative to the first cell of the first range, as Excel applies a custom rule.
            const QString ref = cellName(ranges.first().firstRow, ranges.first().firstColumn);
            v.kind = Validation::Kind::Custom;
            v.formula1 = u"OR(AND(ISNUMBER(%1),%1>=0),%1=\"NP\")"_s.arg(ref);
            v.error = FollowUpForms::tr("Write a number of zero or more, or NP (goal not programmed).");
        } else {
            v.kind = Validation::Kind::Decimal;
            v.formula1 = u"0"_s;
            v.error = FollowUpForms::tr("Write a number of zero or more.");
        }
        w.addDataValidation(sheet, v);
    };
    achievedValidation(numberRows, false);
    achievedValidation(npRows, true);
    if (!goals.isEmpty()) {
        Validation money;
        money.kind = Validation::Kind::Whole;
        money.formula1 = u"0"_s;
        money.ranges = { { layout::HeaderRow + 1, firstAfter + layout::MoneyOffset, row - 1,
                           firstAfter + layout::MoneyOffset } };
        money.errorTitle = FollowUpForms::tr("Value not accepted");
        money.error = FollowUpForms::tr("Write the pesos as a whole number of zero or more.");
        w.addDataValidation(sheet, money);
    }

    w.setColumnWidth(sheet, layout::ColumnId, 9);
    w.setColumnWidth(sheet, layout::ColumnCode, 14);
    w.setColumnWidth(sheet, layout::ColumnName, 48);
    w.setColumnWidth(sheet, layout::ColumnUnit, 12);
    w.setColumnWidth(sheet, layout::ColumnPlanned, 12);
    for (qsizetype i = 0; i < sig.periods.size(); ++i)
        w.setColumnWidth(sheet, layout::FirstAchievedColumn + int(i), 13);
    w.setColumnWidth(sheet, firstAfter + layout::MoneyOffset, 16);
    w.setColumnWidth(sheet, firstAfter + layout::EvidenceOffset, 36);
    w.setColumnWidth(sheet, firstAfter + layout::CommentOffset, 36);
    w.setFrozenRows(sheet, layout::HeaderRow + 1);
    w.protectSheet(sheet);

    writeInstructions(w, instructions, plan, sig, periods);
    w.protectSheet(instructions);

    for (const QStringList &r : sig.rows())
        w.appendValues(signature, { r[0], r[1] });
    w.protectSheet(signature);
    w.setProperties(FollowUpForms::tr("Follow-up form %1 — %2").arg(periods, sig.officeName), plan.info.planName);
    return w.writeFile(path);
}

} // namespace

QList<int> FollowUpForms::periodsFor(const PlanData &plan, const FormRequest &request)
{
    if (request.quarter > 0)
        return { request.quarter };
    if (plan.info.progressPeriod == ProgressPeriodUnit::Quarterly)
        return { 1, 2, 3, 4 };
    return { 0 };
}

QString FollowUpForms::periodLabel(int year, int period)
{
    return period == 0 ? QString::number(year) : tr("Q%1 %2").arg(period).arg(year);
}

QString FollowUpForms::fileName(const QString &officeName, const FormRequest &request)
{
    // Without accents and spaces, so that every mail program and USB stick keeps the name.
    QString slug;
    for (QChar ch : officeName.normalized(QString::NormalizationForm_D).toLower()) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            slug += ch;
        else if (!ch.isMark() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.startsWith(u'-'))
        slug.remove(0, 1);
    QString name = u"seguimiento-%1"_s.arg(request.year);
    if (request.quarter > 0)
        name += u"-T%1"_s.arg(request.quarter);
    return name + u'-' + (slug.isEmpty() ? u"dependencia"_s : slug) + u".xlsx"_s;
}

QList<OfficeGoals> FollowUpForms::officesWithGoals(const PlanData &plan)
{
    QMap<qint64, int> counts;
    for (const ProductIndicator &g : plan.indicators) {
        if (g.responsibleOfficeId)
            ++counts[*g.responsibleOfficeId];
    }
    QList<OfficeGoals> offices;
    for (const Office &office : plan.offices) {
        if (const int n = counts.value(office.id); n > 0)
            offices.append({ office.id, office.name, n });
    }
    return offices;
}

namespace {

/// A form write() makes: its file and the goals it holds.
struct PlannedForm
{
    FormFile file;
    QList<qint64> officeIds;
    QList<const ProductIndicator *> goals;
};

struct PlannedForms
{
    QList<PlannedForm> forms;
    int goalsWithoutOffice = 0;
};

Result<PlannedForms> planForms(const PlanData &plan, const FormRequest &request, const QString &folder)
{
    if (!plan.info.term.contains(request.year))
        return Error::badInput(FollowUpForms::tr("The year %1 is outside the plan's term (%2–%3).")
                                   .arg(request.year)
                                   .arg(plan.info.term.startYear)
                                   .arg(plan.info.term.endYear()));
    if (request.quarter < 0 || request.quarter > 4)
        return Error::badInput(FollowUpForms::tr("The quarter must be 1, 2, 3 or 4 (it was %1).").arg(request.quarter));

    PlannedForms planned;
    QMap<qint64, QList<const ProductIndicator *>> byOffice;
    for (const ProductIndicator &g : plan.indicators) {
        if (g.responsibleOfficeId && plan.office(*g.responsibleOfficeId))
            byOffice[*g.responsibleOfficeId].append(&g);
        else
            ++planned.goalsWithoutOffice;
    }
    if (byOffice.isEmpty())
        return Error::badInput(FollowUpForms::tr("No goal of the plan has a responsible office: assign them in the "
                                                 "Plan Indicativo (module 6) before preparing the forms."));
    for (qint64 id : request.offices) {
        const Office *office = plan.office(id);
        if (!office)
            return Error::badInput(FollowUpForms::tr("The office %1 is not in the plan.").arg(id));
        if (!byOffice.contains(id))
            return Error::badInput(FollowUpForms::tr("The office «%1» has no goals assigned, so there is no form to "
                                                     "prepare for it.")
                                       .arg(office->name));
    }
    const QSet<qint64> chosen(request.offices.cbegin(), request.offices.cend());
    const QString group = request.group.trimmed();
    QSet<QString> usedNames;
    const auto add = [&](PlannedForm form, qint64 tieBreak) {
        QString name = FollowUpForms::fileName(form.file.officeName, request);
        if (usedNames.contains(name)) // two offices whose names differ only in accents or signs
            name.insert(name.size() - 5, u"-%1"_s.arg(tieBreak));
        usedNames.insert(name);
        form.file.path = QDir(folder).filePath(name);
        form.file.goals = int(form.goals.size());
        planned.forms.append(form);
    };
    PlannedForm together;
    together.file.officeName = group;
    // In the plan's office order, so the files come out in the order the user sees the offices.
    for (const Office &office : plan.offices) {
        const auto it = byOffice.constFind(office.id);
        if (it == byOffice.constEnd() || (!chosen.isEmpty() && !chosen.contains(office.id)))
            continue;
        if (!group.isEmpty()) {
            together.officeIds.append(office.id);
            together.file.officeNames.append(office.name);
            together.goals += *it;
            continue;
        }
        PlannedForm form;
        form.file.officeId = office.id;
        form.file.officeName = office.name;
        form.file.officeNames = { office.name };
        form.officeIds = { office.id };
        form.goals = *it;
        add(form, office.id);
    }
    if (!group.isEmpty())
        add(together, 0);
    return planned;
}

} // namespace

Result<FormsWritten> FollowUpForms::preview(const PlanData &plan, const FormRequest &request, const QString &folder)
{
    auto planned = planForms(plan, request, folder);
    if (!planned)
        return planned.error();
    FormsWritten out;
    out.goalsWithoutOffice = planned->goalsWithoutOffice;
    for (const PlannedForm &f : std::as_const(planned->forms))
        out.files.append(f.file);
    return out;
}

Result<FormsWritten> FollowUpForms::write(const PlanData &plan, const QString &planId, const FormRequest &request,
                                          const QString &folder, const std::function<void(int, int)> &progress)
{
    auto planned = planForms(plan, request, folder);
    if (!planned)
        return planned.error();
    if (!QDir().mkpath(folder))
        return Error::io(tr("Could not create the folder «%1».").arg(QDir::toNativeSeparators(folder)));

    FormsWritten written;
    written.goalsWithoutOffice = planned->goalsWithoutOffice;
    const QString fingerprint = approval::computeFingerprint(plan);
    const int total = int(planned->forms.size());
    for (const PlannedForm &form : std::as_const(planned->forms)) {
        if (progress)
            progress(int(written.files.size()), total);
        FormSignature sig;
        sig.planId = planId;
        sig.entity = u"%1 · %2"_s.arg(plan.info.entity.name, plan.info.planName);
        sig.planVersion = plan.info.version;
        sig.fingerprint = fingerprint;
        sig.year = request.year;
        sig.quarter = request.quarter;
        sig.periods = periodsFor(plan, request);
        sig.officeId = form.file.officeId;
        sig.officeName = form.file.officeName;
        if (form.file.officeId == 0) {
            sig.groupOfficeIds = form.officeIds;
            sig.groupOfficeNames = form.file.officeNames;
        }
        for (const ProductIndicator *g : form.goals)
            sig.goalIds.append(g->id);
        sig.hash = sig.computeHash();
        if (auto s = writeForm(plan, sig, form.goals, form.file.path); !s)
            return s.error();
        written.files.append(form.file);
    }
    if (progress)
        progress(total, total);
    return written;
}

} // namespace planea::followup
