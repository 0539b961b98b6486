#include "PdtDocument.h"

#include "PdfExporter.h"
#include "PdfPageFrame.h"
#include "PdtTable.h"
#include "domain/PlanData.h"
#include "report/InvestmentPlanReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Amounts in the tables: millions of pesos with one decimal ("2.340,0"), as in the PPI and the
/// Plan Indicativo, so that they stay short in narrow columns; each table says so.
QString millions(Money m)
{
    return PdfExporter::formatMillions(QVariant::fromValue<qint64>(m));
}

QString number(const std::optional<double> &v)
{
    return v ? PdfExporter::formatCell(*v, report::ColumnType::Decimal) : QString();
}

/// "Transferencias de cofinanciación - Departamento" reads with an en dash that never begins a
/// line: a no-break space ties it to the word before.
QString sourceName(const report::ReportContext &context, const QString &code)
{
    return context.source(code).replace(u" - "_s, QChar(0x00A0) + u"– "_s);
}

QString paragraphs(const QString &text)
{
    QString out;
    for (const QString &p : text.split(u'\n', Qt::SkipEmptyParts))
        out += u"<p>"_s + esc(p.trimmed()) + u"</p>"_s;
    return out;
}

/// Chapters (1), sections (2) and problems (3): real headings in the ODT (outline levels), never
/// left alone at the foot of a page. Only the first chapter starts a page, after the cover; the
/// others follow on, so that no chapter ends on a nearly empty page.
QString heading(int level, const QString &html, bool pageBreakBefore = false)
{
    static const char *const margins[] = {
        "",
        "margin-top: 18px; margin-bottom: 10px;",
        "margin-top: 16px; margin-bottom: 6px;",
        "margin-top: 10px; margin-bottom: 4px;",
    };
    QString style = QLatin1StringView(margins[level]);
    if (pageBreakBefore)
        style += u" page-break-before: always;"_s;
    return u"<h%1 style=\"%2\">"_s.arg(level).arg(style) + html + u"</h%1>"_s.arg(level);
}

/// A line under a table's title saying how its amounts are written.
QString millionsNote()
{
    return u"<p style=\"font-size: 8pt; margin-bottom: 4px;\"><i>"_s
        + esc(QCoreApplication::translate("PdtDocument",
                                          "Amounts in millions of pesos, rounded to one decimal; “–”: no resources."))
        + u"</i></p>"_s;
}

QString signatureBlock(const DocumentHeader &header)
{
    QString html = u"<table width=\"100%\" cellpadding=\"6\" style=\"margin-top: 48px;\"><tr>"_s;
    for (const Signatory &s : header.signatories) {
        html += u"<td width=\"50%\" align=\"center\"><br/><br/><br/>______________________________<br/><b>"_s
            + esc(s.name.isEmpty() ? QCoreApplication::translate("PdtDocument", "Name:") : s.name) + u"</b><br/>"_s
            + esc(s.position) + u"</td>"_s;
    }
    return html + u"</tr></table>"_s;
}

/// The plan's own name, said once, after an article: "Plan de Desarrollo «Buenavista…» 2028-2031"
/// when the name says what it is, "plan de desarrollo «Buenavista avanza»" when it is a motto.
QString planNameInText(const QString &planName)
{
    if (planName.startsWith(u"plan"_s, Qt::CaseInsensitive))
        return planName;
    return QCoreApplication::translate("PdtDocument", "development plan %1")
        .arg(planName.contains(u'«') ? planName : u"«"_s + planName + u"»"_s);
}

/// The diagnosis shows the territory before the term: the latest value measured before its first
/// year, so that the follow-up values of later years do not change an approved plan's diagnosis.
const IndicatorValue *valueBeforeTerm(const WellbeingIndicator &w, int firstYear)
{
    const IndicatorValue *best = nullptr;
    for (const IndicatorValue &v : w.values) {
        if (v.year < firstYear && (!best || v.year >= best->year))
            best = &v;
    }
    return best;
}

} // namespace

std::unique_ptr<QTextDocument> buildPdtDocument(const PlanData &plan, const report::ReportContext &context)
{
    const QLocale colombia(QLocale::Spanish, QLocale::Colombia);
    const PlanInfo &info = plan.info;
    const QList<int> years = info.term.years();
    const QString entity = info.entity.departmentName.isEmpty() || info.entity.departmentName == info.entity.name
        ? info.entity.name
        : u"%1 (%2)"_s.arg(info.entity.name, info.entity.departmentName);

    Money totalInvestment = 0;
    QHash<qint64, Money> byProduct;
    for (const InvestmentAmount &a : plan.investments) {
        if (info.term.contains(a.year)) {
            totalInvestment += a.amount;
            byProduct[a.productId] += a.amount;
        }
    }

    QString h;
    h += u"<html><head><meta charset=\"utf-8\"/><title>"_s + esc(info.planName) + u"</title></head><body>"_s;

    // Cover.
    h += u"<p align=\"center\" style=\"margin-top: 140px; font-size: 13pt;\">"_s + esc(entity) + u"</p>"_s;
    h += u"<p align=\"center\" style=\"margin-top: 24px; font-size: 22pt;\"><b>"_s
        + esc(QCoreApplication::translate("PdtDocument", "Territorial Development Plan")) + u"</b></p>"_s;
    // A name that already carries its own quotes ("Plan de Desarrollo «Buenavista…»") is not quoted again;
    // one that already gives the period gives it once, with the same dash as the rest of the document.
    const QRegularExpression periodInName(
        u"\\b%1\\s*[-–—]\\s*%2\\b"_s.arg(info.term.startYear).arg(info.term.endYear()));
    QString coverName = info.planName;
    const bool nameHasPeriod = coverName.contains(periodInName);
    coverName.replace(periodInName, u"%1–%2"_s.arg(info.term.startYear).arg(info.term.endYear()));
    const QString quotedName = coverName.contains(u'«') ? coverName : u"«"_s + coverName + u"»"_s;
    h += u"<p align=\"center\" style=\"margin-top: 18px; font-size: 16pt;\"><b>"_s + esc(quotedName) + u"</b></p>"_s;
    if (!nameHasPeriod) {
        h += u"<p align=\"center\" style=\"font-size: 13pt;\">"_s
            + esc(QCoreApplication::translate("PdtDocument", "%1–%2").arg(info.term.startYear).arg(info.term.endYear()))
            + u"</p>"_s;
    }
    // The cover has no running footer: it says itself whether this is a draft or the adopted plan.
    DocumentHeader status;
    status.version = info.version;
    status.fingerprint = info.fingerprint;
    status.adoptionAct = info.adoptionAct;
    status.adoptionDate = info.adoptionDate;
    h += u"<p align=\"center\" style=\"margin-top: 12px; font-size: 10pt;\">"_s + esc(status.versionLine()) + u"</p>"_s;
    if (!info.headOfGovernment.trimmed().isEmpty()) {
        h += u"<p align=\"center\" style=\"margin-top: 60px; font-size: 11pt;\"><b>"_s
            + esc(info.headOfGovernment.trimmed()) + u"</b><br/>"_s
            + esc(DocumentHeader::headOfGovernmentPosition(plan)) + u"</p>"_s;
    }
    if (info.isDemo) {
        h += u"<p align=\"center\" style=\"margin-top: 24px; color: #C00000;\"><b>"_s
            + esc(QCoreApplication::translate("PdtDocument",
                                              "DEMONSTRATION PLAN: invented data, not an official document."))
            + u"</b></p>"_s;
    }

    // 1. Presentation.
    qsizetype programs = 0, products = 0, goals = 0;
    for (const StrategicLine &line : plan.lines) {
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            ++programs;
            for (const Product *product : plan.productsOf(program->id)) {
                ++products;
                goals += plan.indicatorsOf(product->id).size();
            }
        }
    }
    h += heading(1, esc(QCoreApplication::translate("PdtDocument", "1. Presentation")), true);
    h += u"<p>"_s
        + esc(QCoreApplication::translate(
                  "PdtDocument",
                  "This document sets out the %1 of %2 for the %3–%4 government term, prepared following the route of "
                  "the Territorial Planning Kit (KPT) of the National Planning Department. It gathers the diagnosis, "
                  "the strategic part and the multi-year investment plan, and summarises the indicative plan with "
                  "which its goals will be followed up.")
                  .arg(planNameInText(info.planName), entity)
                  .arg(info.term.startYear)
                  .arg(info.term.endYear()))
        + u"</p>"_s;
    h += u"<p>"_s
        + esc(
             QCoreApplication::translate(
                 "PdtDocument",
                 "The plan is organised in %1 strategic lines, %2 budget programs and %3 products with %4 product "
                 "goals, with an investment of %5 over the four years.")
                 .arg(plan.lines.size())
                 .arg(programs)
                 .arg(products)
                 .arg(goals)
                 .arg(PdfExporter::formatCell(QVariant::fromValue<qint64>(totalInvestment), report::ColumnType::Money)))
        + u"</p>"_s;
    if (!info.governmentProgramText.trimmed().isEmpty())
        h += heading(2, esc(QCoreApplication::translate("PdtDocument", "Government program")))
            + paragraphs(info.governmentProgramText);

    // 2. Diagnosis.
    h += heading(1, esc(QCoreApplication::translate("PdtDocument", "2. Diagnosis")));
    if (!plan.characterization.isEmpty()) {
        h += heading(2, esc(QCoreApplication::translate("PdtDocument", "2.1 Characterisation of the territory")));
        for (const CharacterizationNote &note : plan.characterization) {
            h += u"<p><b>"_s + esc(note.title.isEmpty() ? displayName(note.kind) : note.title) + u".</b> "_s
                + esc(note.content) + u"</p>"_s;
        }
    }
    if (!plan.wellbeingIndicators.isEmpty()) {
        h += heading(2, esc(QCoreApplication::translate("PdtDocument", "2.2 Wellbeing indicators")));
        h += u"<p>"_s
            + esc(QCoreApplication::translate("PdtDocument",
                                              "Latest value measured before %1, the first year of the term.")
                      .arg(info.term.startYear))
            + u"</p>"_s;
        PdtTable t({ { QCoreApplication::translate("PdtDocument", "Indicator"), false, 38 },
                     { QCoreApplication::translate("PdtDocument", "Unit"), false, 16 },
                     { QCoreApplication::translate("PdtDocument", "Latest value"), true, 10 },
                     { QCoreApplication::translate("PdtDocument", "Year"), true, 7 },
                     { QCoreApplication::translate("PdtDocument", "Source"), false, 29 } });
        for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
            const IndicatorValue *last = valueBeforeTerm(w, info.term.startYear);
            const QString source = last && !last->source.trimmed().isEmpty() ? last->source : w.source;
            t.row({ w.name, w.unit, last ? number(last->value) : QString(),
                    last ? QString::number(last->year) : QString(), source });
        }
        h += t.html();
    }
    if (plan.characterization.isEmpty() && plan.wellbeingIndicators.isEmpty() && plan.problems.isEmpty()) {
        h += u"<p><i>"_s
            + esc(QCoreApplication::translate("PdtDocument", "No diagnosis information has been recorded yet."))
            + u"</i></p>"_s;
    }
    if (!plan.problems.isEmpty()) {
        h += heading(2, esc(QCoreApplication::translate("PdtDocument", "2.3 Problems identified")));
        for (const ProblemAnalysis &pa : plan.problems) {
            const StrategicLine *line = pa.lineId ? plan.line(*pa.lineId) : nullptr;
            QString title = esc(pa.problem);
            if (line)
                title += u" <i>("_s + esc(QCoreApplication::translate("PdtDocument", "line %1").arg(line->name))
                    + u")</i>"_s;
            h += heading(3, title);
            h += u"<ul style=\"margin-left: 0px;\">"_s;
            if (!pa.causes.isEmpty())
                h += u"<li>"_s + esc(QCoreApplication::translate("PdtDocument", "Causes: %1").arg(pa.causes))
                    + u"</li>"_s;
            if (!pa.effects.isEmpty())
                h += u"<li>"_s + esc(QCoreApplication::translate("PdtDocument", "Effects: %1").arg(pa.effects))
                    + u"</li>"_s;
            if (!pa.affectedPopulation.isEmpty())
                h += u"<li>"_s
                    + esc(QCoreApplication::translate("PdtDocument", "Affected population: %1")
                              .arg(pa.affectedPopulation))
                    + u"</li>"_s;
            h += u"</ul>"_s;
        }
    }

    // 3. Strategic part.
    h += heading(1, esc(QCoreApplication::translate("PdtDocument", "3. Strategic part")));
    for (const StrategicLine &line : plan.lines) {
        h += heading(2,
                     esc(QCoreApplication::translate("PdtDocument", "Line %1. %2").arg(line.sortOrder).arg(line.name)));
        h += paragraphs(line.description);
        QStringList sectors;
        for (const QString &code : line.sectorCodes)
            sectors.append(context.sector(code));
        QString facts;
        if (line.weight)
            facts += QCoreApplication::translate("PdtDocument", "Weight in the plan: %1.")
                         .arg(PdfExporter::formatCell(*line.weight, report::ColumnType::Percent));
        if (!sectors.isEmpty())
            facts += (facts.isEmpty() ? QString() : u" "_s)
                + QCoreApplication::translate("PdtDocument", "Sectors: %1.").arg(sectors.join(u", "_s));
        if (!facts.isEmpty())
            h += u"<p><i>"_s + esc(facts) + u"</i></p>"_s;
        // The baseline with its year: it may differ from the diagnosis' latest value (a baseline
        // of 2025 beside a value measured in 2026), and the reader sees why.
        PdtTable indicators({ { QCoreApplication::translate("PdtDocument", "Wellbeing indicator"), false, 46 },
                              { QCoreApplication::translate("PdtDocument", "Unit"), false, 22 },
                              { QCoreApplication::translate("PdtDocument", "Baseline"), true, 12 },
                              { QCoreApplication::translate("PdtDocument", "Year"), true, 8 },
                              { QCoreApplication::translate("PdtDocument", "Four-year target"), true, 12 } });
        for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
            if (w.isPrioritized && w.lineId == line.id)
                indicators.row({ w.name, w.unit, number(w.baseline),
                                 w.baselineYear ? QString::number(*w.baselineYear) : QString(), number(w.target) });
        }
        // A baseline and the diagnosis never disagree silently: each difference is named, with
        // which value the target is measured from.
        QStringList differences;
        for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
            if (!w.isPrioritized || w.lineId != line.id || !w.baseline)
                continue;
            const IndicatorValue *last = valueBeforeTerm(w, info.term.startYear);
            if (!last || (qFuzzyCompare(last->value + 1.0, *w.baseline + 1.0) && w.baselineYear == last->year))
                continue;
            const QString baseline
                = w.baselineYear ? u"%1 (%2)"_s.arg(number(w.baseline)).arg(*w.baselineYear) : number(w.baseline);
            differences.append(
                QCoreApplication::translate("PdtDocument",
                                            "The baseline of «%1» is %2; the diagnosis shows %3 (%4), the latest value "
                                            "measured before %5. The four-year target is measured from the baseline.")
                    .arg(w.name, baseline, number(last->value))
                    .arg(last->year)
                    .arg(info.term.startYear));
        }
        if (!indicators.isEmpty()) {
            h += indicators.html();
            for (const QString &d : differences)
                h += u"<p style=\"font-size: 9pt;\"><i>"_s + esc(d) + u"</i></p>"_s;
            h += u"<p></p>"_s;
        }
        PdtTable programTable({ { QCoreApplication::translate("PdtDocument", "Program"), false, 10 },
                                { QCoreApplication::translate("PdtDocument", "Name"), false, 38 },
                                { QCoreApplication::translate("PdtDocument", "Objective"), false, 52 } });
        for (const BudgetProgram *program : plan.programsOf(line.id))
            programTable.row({ program->code, program->name, program->objective });
        if (!programTable.isEmpty())
            h += programTable.html();
    }

    // 4. Investment plan, in millions: six columns of amounts in pesos broke over two lines.
    h += heading(1, esc(QCoreApplication::translate("PdtDocument", "4. Multi-year investment plan")));
    const auto yearColumns = [&](const QString &first) {
        QList<PdtTable::Column> columns = { { first, false, 30 } };
        for (int y : years)
            columns.append({ QString::number(y), true, 13 });
        columns.append({ QCoreApplication::translate("PdtDocument", "Total"), true, 18 });
        return columns;
    };
    h += heading(2, esc(QCoreApplication::translate("PdtDocument", "Investment by strategic line and year")))
        + millionsNote();
    {
        PdtTable t(yearColumns(QCoreApplication::translate("PdtDocument", "Strategic line")));
        QHash<int, Money> totals;
        for (const StrategicLine &line : plan.lines) {
            QHash<int, Money> byYear;
            Money lineTotal = 0;
            for (const InvestmentAmount &a : plan.investments) {
                if (info.term.contains(a.year) && plan.lineIdOfProduct(a.productId) == line.id) {
                    byYear[a.year] += a.amount;
                    lineTotal += a.amount;
                }
            }
            QStringList cells = { line.name };
            for (int y : years) {
                cells.append(millions(byYear.value(y)));
                totals[y] += byYear.value(y);
            }
            cells.append(millions(lineTotal));
            t.row(cells);
        }
        QStringList cells = { QCoreApplication::translate("PdtDocument", "Total") };
        for (int y : years)
            cells.append(millions(totals.value(y)));
        cells.append(millions(totalInvestment));
        t.row(cells, true);
        h += t.html();
    }
    h += heading(2, esc(QCoreApplication::translate("PdtDocument", "Investment by funding source and year")))
        + millionsNote();
    {
        QStringList used;
        QHash<QString, QHash<int, Money>> bySource;
        for (const InvestmentAmount &a : plan.investments) {
            if (!info.term.contains(a.year))
                continue;
            bySource[a.sourceCode][a.year] += a.amount;
            if (!used.contains(a.sourceCode))
                used.append(a.sourceCode);
        }
        PdtTable t(yearColumns(QCoreApplication::translate("PdtDocument", "Funding source")));
        QHash<int, Money> totals;
        for (const QString &source : report::orderedSourceCodes(used)) {
            QStringList cells = { sourceName(context, source) };
            Money total = 0;
            for (int y : years) {
                cells.append(millions(bySource[source].value(y)));
                total += bySource[source].value(y);
                totals[y] += bySource[source].value(y);
            }
            cells.append(millions(total));
            t.row(cells);
        }
        QStringList cells = { QCoreApplication::translate("PdtDocument", "Total") };
        for (int y : years)
            cells.append(millions(totals.value(y)));
        cells.append(millions(totalInvestment));
        t.row(cells, true);
        h += t.html();
    }

    // 5. Indicative plan summary: the program heads its products, a code stands with its name, so
    // that six columns fit a portrait page without cutting a word.
    h += heading(1, esc(QCoreApplication::translate("PdtDocument", "5. Indicative plan (summary)")));
    h += u"<p>"_s
        + esc(QCoreApplication::translate(
            "PdtDocument",
            "Product goals of the term by strategic line and program, with their four-year target, the office "
            "responsible and the investment of the product over the term, in millions of pesos. The annual "
            "targets are in the Plan Indicativo document."))
        + u"</p>"_s;
    for (const StrategicLine &line : plan.lines) {
        h += heading(2,
                     esc(QCoreApplication::translate("PdtDocument", "Line %1. %2").arg(line.sortOrder).arg(line.name)));
        PdtTable t({ { QCoreApplication::translate("PdtDocument", "Product"), false, 25 },
                     { QCoreApplication::translate("PdtDocument", "Product indicator"), false, 27 },
                     { QCoreApplication::translate("PdtDocument", "Unit"), false, 12 },
                     { QCoreApplication::translate("PdtDocument", "Four-year target"), true, 10 },
                     { QCoreApplication::translate("PdtDocument", "Responsible office"), false, 15 },
                     { QCoreApplication::translate("PdtDocument", "Investment (millions)"), true, 11 } });
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            bool headed = false;
            for (const Product *product : plan.productsOf(program->id)) {
                const QList<const ProductIndicator *> indicators = plan.indicatorsOf(product->id);
                if (indicators.isEmpty())
                    continue;
                if (!headed) {
                    t.group(
                        QCoreApplication::translate("PdtDocument", "Program %1 %2").arg(program->code, program->name));
                    headed = true;
                }
                const int span = int(indicators.size());
                bool first = true;
                for (const ProductIndicator *ind : indicators) {
                    const Office *office = ind->responsibleOfficeId ? plan.office(*ind->responsibleOfficeId) : nullptr;
                    QList<PdtTable::Cell> cells;
                    if (first)
                        cells.append({ product->code + u" "_s + product->name, span });
                    cells.append({ ind->code + u" "_s + ind->displayName() });
                    cells.append({ ind->unit });
                    cells.append({ number(ind->termTarget) });
                    cells.append({ office ? office->name : QString() });
                    if (first)
                        cells.append({ millions(byProduct.value(product->id)), span });
                    t.row(cells);
                    first = false;
                }
            }
        }
        h += !t.isEmpty() ? t.html()
                          : u"<p><i>"_s
                + esc(QCoreApplication::translate("PdtDocument", "The line has no product goals yet.")) + u"</i></p>"_s;
    }

    // 6. Approval.
    report::Report pdt;
    pdt.code = u"pdt"_s;
    const DocumentHeader header = DocumentHeader::fromPlan(plan, pdt, QDate::currentDate());
    h += heading(1, esc(QCoreApplication::translate("PdtDocument", "6. Approval")));
    if (info.version > 0 && !info.fingerprint.isEmpty()) {
        h += u"<p>"_s
            + esc(QCoreApplication::translate(
                      "PdtDocument",
                      "Plan approved by %1 on %2 (version %3). SHA-256 fingerprint of the approved content:")
                      .arg(info.adoptionAct, colombia.toString(info.adoptionDate, u"d 'de' MMMM 'de' yyyy"_s))
                      .arg(info.version))
            // One paragraph with the fingerprint, which stays with the signatures below it.
            + u"<br/><tt>"_s + esc(info.fingerprint) + u"</tt></p>"_s;
        h += signatureBlock(header);
    } else if (!info.adoptionAct.trimmed().isEmpty()) {
        // Adopted by the council, but the approved version was never recorded with its fingerprint.
        h += u"<p>"_s + esc(header.adoptedWithoutFingerprintNote()) + u"</p>"_s;
    } else {
        const QString council = info.entity.type == EntityType::Department
            ? QCoreApplication::translate("PdtDocument", "the Departmental Assembly")
            : info.entity.type == EntityType::District
            ? QCoreApplication::translate("PdtDocument", "the District Council")
            : QCoreApplication::translate("PdtDocument", "the Municipal Council");
        h += u"<p>"_s
            + esc(QCoreApplication::translate(
                      "PdtDocument",
                      "This plan has not yet been approved by %1. Once it is adopted, this section will state the act "
                      "of adoption, its date and the SHA-256 fingerprint of the approved content.")
                      .arg(council))
            + u"</p>"_s;
    }
    h += u"</body></html>"_s;

    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(pdfDocumentFont(10));
    document->setMetaInformation(QTextDocument::DocumentTitle, info.planName);
    document->setHtml(h);
    // Qt sizes <h1>–<h3> in steps of its own over the default font and ignores a font-size given
    // to them: the headings get the sizes of the ODT's heading styles.
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        QList<QTextFragment> fragments;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            fragments.append(it.fragment());
        for (const QTextFragment &fragment : fragments) {
            QTextCursor cursor(document.get());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat format = fragment.charFormat();
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            format.setFontPointSize(PdtHeadingPoints[level]);
            cursor.setCharFormat(format);
        }
    }
    return document;
}

} // namespace planea::exporting
