#include "PdtDocument.h"

#include "PdfExporter.h"
#include "PdfPageFrame.h"
#include "approval/CanonicalPlan.h"
#include "domain/PlanData.h"
#include "report/InvestmentPlanReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
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

QString money(Money m)
{
    // A no-break space after "$": Word and LibreOffice, which do not know the PDF's "no wrap" of
    // number cells, keep the amount on one line too.
    return esc(PdfExporter::formatCell(QVariant::fromValue<qint64>(m), report::ColumnType::Money))
        .replace(u' ', QChar(0x00A0));
}

QString number(const std::optional<double> &v)
{
    return v ? esc(PdfExporter::formatCell(*v, report::ColumnType::Decimal)) : QString();
}

/// A table with a header row (repeated on every page of the PDF) and the given cells.
class Table
{
public:
    /// `widths` in percent of the page width, one per column (empty: let the layout decide).
    explicit Table(const QStringList &headers, const QList<bool> &numeric = {}, const QList<int> &widths = {})
        : m_numeric(numeric)
    {
        m_html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                 u"style=\"border-collapse: collapse; border-color: #999999; font-size: 8pt;\"><thead><tr>"_s;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths[i]) : QString();
            m_html += u"<th bgcolor=\"#D9E2F3\" align=\"left\""_s + width + u">"_s + esc(headers[i]) + u"</th>"_s;
        }
        m_html += u"</tr></thead><tbody>"_s;
    }
    /// `cells` are already escaped HTML.
    void row(const QStringList &cells, bool total = false)
    {
        m_html += total ? u"<tr bgcolor=\"#EDEDED\">"_s : u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool right = m_numeric.value(i);
            // Amounts and numbers are never broken over lines ("$ 320.000.00 / 0"): the table
            // gives their column the room they need and the texts wrap instead.
            m_html += right ? u"<td align=\"right\" style=\"white-space: nowrap;\">"_s : u"<td>"_s;
            m_html += total ? u"<b>"_s + cells[i] + u"</b>"_s : cells[i];
            m_html += u"</td>"_s;
        }
        m_html += u"</tr>"_s;
    }
    QString html() const { return m_html + u"</tbody></table>"_s; }

private:
    QList<bool> m_numeric;
    QString m_html;
};

QString paragraphs(const QString &text)
{
    QString out;
    for (const QString &p : text.split(u'\n', Qt::SkipEmptyParts))
        out += u"<p>"_s + esc(p.trimmed()) + u"</p>"_s;
    return out;
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

} // namespace

std::unique_ptr<QTextDocument> buildPdtDocument(const PlanData &plan, const report::ReportContext &context)
{
    const QLocale colombia(QLocale::Spanish, QLocale::Colombia);
    const PlanInfo &info = plan.info;
    const QList<int> years = info.term.years();
    const QString entity = info.entity.departmentName.isEmpty() || info.entity.departmentName == info.entity.name
        ? info.entity.name
        : u"%1 (%2)"_s.arg(info.entity.name, info.entity.departmentName);
    const bool department = info.entity.type == EntityType::Department;
    const QString breakBefore = u"<p style=\"page-break-before: always;\"></p>"_s;

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
    h += u"<p align=\"center\" style=\"margin-top: 120px; font-size: 12pt;\">"_s + esc(entity) + u"</p>"_s;
    h += u"<h1 align=\"center\">"_s + esc(QCoreApplication::translate("PdtDocument", "Territorial Development Plan"))
        + u"</h1>"_s;
    // A name that already carries its own quotes ("Plan de Desarrollo «Buenavista…»") is not quoted again.
    const QString quotedName = info.planName.contains(u'«') ? info.planName : u"«"_s + info.planName + u"»"_s;
    h += u"<p align=\"center\" style=\"font-size: 16pt;\"><b>"_s + esc(quotedName) + u"</b></p>"_s;
    h += u"<p align=\"center\" style=\"font-size: 12pt;\">"_s
        + esc(QCoreApplication::translate("PdtDocument", "%1–%2").arg(info.term.startYear).arg(info.term.endYear()))
        + u"</p>"_s;
    if (!info.headOfGovernment.isEmpty()) {
        h += u"<p align=\"center\">"_s
            + esc((department ? QCoreApplication::translate("PdtDocument", "Governor: %1")
                              : QCoreApplication::translate("PdtDocument", "Mayor: %1"))
                      .arg(info.headOfGovernment))
            + u"</p>"_s;
    }
    if (info.isDemo) {
        h += u"<p align=\"center\" style=\"color: #C00000;\"><b>"_s
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
    h += breakBefore + u"<h2>"_s + esc(QCoreApplication::translate("PdtDocument", "1. Presentation")) + u"</h2>"_s;
    h += u"<p>"_s
        + esc(QCoreApplication::translate(
                  "PdtDocument",
                  "This document sets out the development plan «%1» of %2 for the %3–%4 government term, prepared "
                  "following the route of the Territorial Planning Kit (KPT) of the National Planning Department. "
                  "It gathers the diagnosis, the strategic part and the multi-year investment plan, and summarises "
                  "the indicative plan with which its goals will be followed up.")
                  .arg(info.planName, entity)
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
    if (!info.governmentProgramText.trimmed().isEmpty()) {
        h += u"<h3>"_s + esc(QCoreApplication::translate("PdtDocument", "Government program")) + u"</h3>"_s
            + paragraphs(info.governmentProgramText);
    }

    // 2. Diagnosis.
    h += breakBefore + u"<h2>"_s + esc(QCoreApplication::translate("PdtDocument", "2. Diagnosis")) + u"</h2>"_s;
    if (!plan.characterization.isEmpty()) {
        h += u"<h3>"_s + esc(QCoreApplication::translate("PdtDocument", "2.1 Characterisation of the territory"))
            + u"</h3>"_s;
        for (const CharacterizationNote &note : plan.characterization) {
            h += u"<p><b>"_s + esc(note.title.isEmpty() ? displayName(note.kind) : note.title) + u".</b> "_s
                + esc(note.content) + u"</p>"_s;
        }
    }
    if (!plan.wellbeingIndicators.isEmpty()) {
        h += u"<h3>"_s + esc(QCoreApplication::translate("PdtDocument", "2.2 Wellbeing indicators")) + u"</h3>"_s;
        Table t({ QCoreApplication::translate("PdtDocument", "Indicator"),
                  QCoreApplication::translate("PdtDocument", "Unit"),
                  QCoreApplication::translate("PdtDocument", "Latest value"),
                  QCoreApplication::translate("PdtDocument", "Year"),
                  QCoreApplication::translate("PdtDocument", "Source") },
                { false, false, true, true, false }, { 44, 18, 12, 8, 18 });
        for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
            const IndicatorValue *last = w.values.isEmpty() ? nullptr : &w.values.last();
            t.row({ esc(w.name), esc(w.unit), last ? number(last->value) : QString(),
                    last ? QString::number(last->year) : QString(), esc(w.source) });
        }
        h += t.html();
    }
    if (!plan.problems.isEmpty()) {
        h += u"<h3>"_s + esc(QCoreApplication::translate("PdtDocument", "2.3 Problems identified")) + u"</h3>"_s;
        for (const ProblemAnalysis &pa : plan.problems) {
            const StrategicLine *line = pa.lineId ? plan.line(*pa.lineId) : nullptr;
            h += u"<p><b>"_s + esc(pa.problem) + u"</b>"_s;
            if (line)
                h += u" <i>("_s + esc(QCoreApplication::translate("PdtDocument", "line %1").arg(line->name))
                    + u")</i>"_s;
            h += u"</p><ul>"_s;
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
    h += breakBefore + u"<h2>"_s + esc(QCoreApplication::translate("PdtDocument", "3. Strategic part")) + u"</h2>"_s;
    for (const StrategicLine &line : plan.lines) {
        h += u"<h3>"_s
            + esc(QCoreApplication::translate("PdtDocument", "Line %1. %2").arg(line.sortOrder).arg(line.name))
            + u"</h3>"_s;
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
        Table indicators({ QCoreApplication::translate("PdtDocument", "Wellbeing indicator"),
                           QCoreApplication::translate("PdtDocument", "Unit"),
                           QCoreApplication::translate("PdtDocument", "Baseline"),
                           QCoreApplication::translate("PdtDocument", "Four-year target") },
                         { false, false, true, true }, { 52, 24, 12, 12 });
        bool any = false;
        for (const WellbeingIndicator &w : plan.wellbeingIndicators) {
            if (w.isPrioritized && w.lineId == line.id) {
                indicators.row({ esc(w.name), esc(w.unit), number(w.baseline), number(w.target) });
                any = true;
            }
        }
        if (any)
            h += indicators.html() + u"<p></p>"_s;
        Table programTable({ QCoreApplication::translate("PdtDocument", "Program"),
                             QCoreApplication::translate("PdtDocument", "Name"),
                             QCoreApplication::translate("PdtDocument", "Objective") },
                           {}, { 10, 38, 52 });
        any = false;
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            programTable.row({ esc(program->code), esc(program->name), esc(program->objective) });
            any = true;
        }
        if (any)
            h += programTable.html();
    }

    // 4. Investment plan.
    h += breakBefore + u"<h2>"_s + esc(QCoreApplication::translate("PdtDocument", "4. Multi-year investment plan"))
        + u"</h2>"_s;
    h += u"<h3>"_s + esc(QCoreApplication::translate("PdtDocument", "Investment by strategic line and year"))
        + u"</h3>"_s;
    {
        QStringList headers = { QCoreApplication::translate("PdtDocument", "Strategic line") };
        QList<bool> numeric = { false };
        for (int y : years) {
            headers.append(QString::number(y));
            numeric.append(true);
        }
        headers.append(QCoreApplication::translate("PdtDocument", "Total"));
        numeric.append(true);
        Table t(headers, numeric, { 28, 14, 14, 14, 14, 16 });
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
            QStringList cells = { esc(line.name) };
            for (int y : years) {
                cells.append(money(byYear.value(y)));
                totals[y] += byYear.value(y);
            }
            cells.append(money(lineTotal));
            t.row(cells);
        }
        QStringList cells = { esc(QCoreApplication::translate("PdtDocument", "Total")) };
        for (int y : years)
            cells.append(money(totals.value(y)));
        cells.append(money(totalInvestment));
        t.row(cells, true);
        h += t.html();
    }
    h += u"<h3>"_s + esc(QCoreApplication::translate("PdtDocument", "Investment by funding source and year"))
        + u"</h3>"_s;
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
        QStringList headers = { QCoreApplication::translate("PdtDocument", "Funding source") };
        QList<bool> numeric = { false };
        for (int y : years) {
            headers.append(QString::number(y));
            numeric.append(true);
        }
        headers.append(QCoreApplication::translate("PdtDocument", "Total"));
        numeric.append(true);
        Table t(headers, numeric, { 28, 14, 14, 14, 14, 16 });
        for (const QString &source : report::orderedSourceCodes(used)) {
            QStringList cells = { esc(context.source(source)) };
            Money total = 0;
            for (int y : years) {
                cells.append(money(bySource[source].value(y)));
                total += bySource[source].value(y);
            }
            cells.append(money(total));
            t.row(cells);
        }
        h += t.html();
    }

    // 5. Indicative plan summary.
    h += breakBefore + u"<h2>"_s + esc(QCoreApplication::translate("PdtDocument", "5. Indicative plan (summary)"))
        + u"</h2>"_s;
    h += u"<p>"_s
        + esc(QCoreApplication::translate(
            "PdtDocument",
            "Product goals of the term by strategic line, with their four-year target and the office "
            "responsible. The annual targets are in the Plan Indicativo document."))
        + u"</p>"_s;
    for (const StrategicLine &line : plan.lines) {
        h += u"<h3>"_s
            + esc(QCoreApplication::translate("PdtDocument", "Line %1. %2").arg(line.sortOrder).arg(line.name))
            + u"</h3>"_s;
        Table t({ QCoreApplication::translate("PdtDocument", "Program"),
                  QCoreApplication::translate("PdtDocument", "Product"),
                  QCoreApplication::translate("PdtDocument", "Indicator code"),
                  QCoreApplication::translate("PdtDocument", "Product indicator"),
                  QCoreApplication::translate("PdtDocument", "Unit"),
                  QCoreApplication::translate("PdtDocument", "Four-year target"),
                  QCoreApplication::translate("PdtDocument", "Responsible office"),
                  QCoreApplication::translate("PdtDocument", "Investment") },
                { false, false, false, false, false, true, false, true }, { 7, 20, 11, 18, 9, 8, 13, 14 });
        bool any = false;
        for (const BudgetProgram *program : plan.programsOf(line.id)) {
            for (const Product *product : plan.productsOf(program->id)) {
                bool first = true;
                for (const ProductIndicator *ind : plan.indicatorsOf(product->id)) {
                    const Office *office = ind->responsibleOfficeId ? plan.office(*ind->responsibleOfficeId) : nullptr;
                    t.row({ esc(program->code), esc(product->code + u" "_s + product->name), esc(ind->code),
                            esc(ind->displayName()), esc(ind->unit), number(ind->termTarget),
                            office ? esc(office->name) : QString(),
                            first ? money(byProduct.value(product->id)) : QString() });
                    first = false;
                    any = true;
                }
            }
        }
        h += any ? t.html()
                 : u"<p><i>"_s + esc(QCoreApplication::translate("PdtDocument", "The line has no product goals yet."))
                + u"</i></p>"_s;
    }

    // 6. Approval.
    DocumentHeader header;
    report::Report pdt;
    pdt.code = u"pdt"_s;
    header = DocumentHeader::fromPlan(plan, pdt, QDate::currentDate());
    h += u"<h2>"_s + esc(QCoreApplication::translate("PdtDocument", "6. Approval")) + u"</h2>"_s;
    if (info.version > 0 && !info.fingerprint.isEmpty()) {
        h += u"<p>"_s
            + esc(QCoreApplication::translate(
                      "PdtDocument",
                      "Plan approved by %1 on %2 (version %3). SHA-256 fingerprint of the approved content:")
                      .arg(info.adoptionAct, colombia.toString(info.adoptionDate, u"d 'de' MMMM 'de' yyyy"_s))
                      .arg(info.version))
            + u"</p><p><tt>"_s + esc(info.fingerprint) + u"</tt></p>"_s;
        h += signatureBlock(header);
    } else {
        h += u"<p>"_s
            + esc(QCoreApplication::translate(
                "PdtDocument",
                "Draft: the plan has not been approved yet. Once the council adopts it, Planea records the act, "
                "the date and the fingerprint of the approved content here."))
            + u"</p>"_s;
    }
    h += u"</body></html>"_s;

    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(pdfDocumentFont(10));
    document->setMetaInformation(QTextDocument::DocumentTitle, info.planName);
    document->setHtml(h);
    return document;
}

} // namespace planea::exporting
