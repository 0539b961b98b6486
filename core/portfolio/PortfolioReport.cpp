#include "PortfolioReport.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace planea::portfolio {

namespace {

using report::ColumnType;

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

report::Report portfolioReport(const PortfolioResult &result, const std::function<QString(const QString &)> &sectorName)
{
    report::Report r;
    r.code = u"cartera"_s;
    const DepartmentFigures &d = result.department;
    r.title = QCoreApplication::translate("PortfolioReport", "Portfolio of plans: follow-up %1").arg(result.year);
    r.sheetName = QCoreApplication::translate("PortfolioReport", "Ranking");
    r.subtitle = QCoreApplication::translate("PortfolioReport", "%1 (%2): %3 municipalities read, %4 files left out")
                     .arg(d.name, d.code)
                     .arg(d.municipalities)
                     .arg(result.unread.size());
    const QLocale locale(QLocale::Spanish, QLocale::Colombia);
    auto percent = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 1) + u" %"_s
                 : QCoreApplication::translate("PortfolioReport", "no information");
    };
    r.summary = {
        QCoreApplication::translate("PortfolioReport",
                                    "Department eficacia (plain average of the municipalities): %1 · %2")
            .arg(percent(d.efficacy), d.ediCategory.name),
        QCoreApplication::translate("PortfolioReport", "Four-year progress (plain average): %1")
            .arg(percent(d.termProgress)),
        QCoreApplication::translate("PortfolioReport", "Information integrity: %1 (%2 of %3 goals programmed reported)")
            .arg(percent(d.integrity), locale.toString(d.goalsReported), locale.toString(d.goalsProgrammed)),
    };
    r.columns = {
        { u"puesto"_s, QCoreApplication::translate("PortfolioReport", "Rank"), ColumnType::Integer },
        { u"codigo_dane"_s, QCoreApplication::translate("PortfolioReport", "DANE code"), ColumnType::Text },
        { u"nombre"_s, QCoreApplication::translate("PortfolioReport", "Municipality"), ColumnType::Text },
        { u"categoria_ley617"_s, QCoreApplication::translate("PortfolioReport", "Ley 617 category"), ColumnType::Text },
        { u"eficacia"_s, QCoreApplication::translate("PortfolioReport", "Eficacia (%)"), ColumnType::Percent },
        { u"categoria"_s, QCoreApplication::translate("PortfolioReport", "EDI category"), ColumnType::Text },
        { u"metodo"_s, QCoreApplication::translate("PortfolioReport", "Method"), ColumnType::Text },
        { u"avance_cuatrienio"_s, QCoreApplication::translate("PortfolioReport", "Four-year progress (%)"),
          ColumnType::Percent },
        { u"metas_programadas"_s, QCoreApplication::translate("PortfolioReport", "Goals programmed"),
          ColumnType::Integer },
        { u"metas_reportadas"_s, QCoreApplication::translate("PortfolioReport", "Goals reported"),
          ColumnType::Integer },
        { u"integridad"_s, QCoreApplication::translate("PortfolioReport", "Information integrity (%)"),
          ColumnType::Percent },
        { u"recursos_programados"_s, QCoreApplication::translate("PortfolioReport", "Planned investment (PPI)"),
          ColumnType::Money },
        { u"recursos_obligados"_s, QCoreApplication::translate("PortfolioReport", "Obligations"), ColumnType::Money },
        { u"archivo"_s, QCoreApplication::translate("PortfolioReport", "File"), ColumnType::Text },
    };
    r.shortTitles = { { u"puesto"_s, QCoreApplication::translate("PortfolioReport", "No.") },
                      { u"categoria_ley617"_s, QCoreApplication::translate("PortfolioReport", "Cat. 617") },
                      { u"avance_cuatrienio"_s, QCoreApplication::translate("PortfolioReport", "Cuatrienio (%)") },
                      { u"metas_programadas"_s, QCoreApplication::translate("PortfolioReport", "Prog.") },
                      { u"metas_reportadas"_s, QCoreApplication::translate("PortfolioReport", "Rep.") },
                      { u"integridad"_s, QCoreApplication::translate("PortfolioReport", "Integr. (%)") } };
    r.paper.hidden = { u"archivo"_s };
    for (const MunicipalityFigures &m : result.municipalities) {
        report::ReportRow row;
        row.cells = { m.rank,
                      m.daneCode,
                      m.name,
                      m.category,
                      optional(m.efficacy),
                      m.ediCategory.name,
                      calc::methodCode(m.method),
                      optional(m.termProgress),
                      m.goalsProgrammed,
                      m.goalsReported,
                      optional(m.integrity),
                      QVariant(m.planned),
                      QVariant(m.obligations),
                      m.file };
        r.rows.append(row);
    }
    report::ReportRow total;
    total.kind = report::RowKind::Total;
    total.cells = { QVariant(),
                    d.code,
                    QCoreApplication::translate("PortfolioReport", "Department: %1").arg(d.name),
                    QVariant(),
                    optional(d.efficacy),
                    d.ediCategory.name,
                    QVariant(),
                    optional(d.termProgress),
                    d.goalsProgrammed,
                    d.goalsReported,
                    optional(d.integrity),
                    QVariant(d.planned),
                    QVariant(d.obligations),
                    QVariant() };
    r.rows.append(total);
    r.closingTotals = 1;

    report::ReportSection sectors;
    sectors.title = QCoreApplication::translate("PortfolioReport", "The department by sector");
    sectors.sheetName = QCoreApplication::translate("PortfolioReport", "Sectors");
    sectors.note = QCoreApplication::translate(
        "PortfolioReport", "Eficacia: plain average over the municipalities with an evaluable goal in the sector.");
    sectors.columns = {
        { u"sector"_s, QCoreApplication::translate("PortfolioReport", "Sector"), ColumnType::Text },
        { u"nombre"_s, QCoreApplication::translate("PortfolioReport", "Name"), ColumnType::Text },
        { u"municipios"_s, QCoreApplication::translate("PortfolioReport", "Municipalities"), ColumnType::Integer },
        { u"eficacia"_s, QCoreApplication::translate("PortfolioReport", "Eficacia (%)"), ColumnType::Percent },
        { u"metas_programadas"_s, QCoreApplication::translate("PortfolioReport", "Goals programmed"),
          ColumnType::Integer },
        { u"metas_reportadas"_s, QCoreApplication::translate("PortfolioReport", "Goals reported"),
          ColumnType::Integer },
        { u"recursos_programados"_s, QCoreApplication::translate("PortfolioReport", "Planned investment (PPI)"),
          ColumnType::Money },
        { u"recursos_obligados"_s, QCoreApplication::translate("PortfolioReport", "Obligations"), ColumnType::Money },
    };
    for (const SectorFigures &s : d.sectors) {
        report::ReportRow row;
        row.cells = { s.code,
                      sectorName ? sectorName(s.code) : QString(),
                      s.municipalities,
                      optional(s.efficacy),
                      s.goalsProgrammed,
                      s.goalsReported,
                      QVariant(s.planned),
                      QVariant(s.obligations) };
        sectors.rows.append(row);
    }
    r.sections.append(sectors);

    report::ReportSection sdgs;
    sdgs.title = QCoreApplication::translate("PortfolioReport", "The department by ODS");
    sdgs.sheetName = QCoreApplication::translate("PortfolioReport", "ODS");
    sdgs.note = QCoreApplication::translate("PortfolioReport",
                                            "Each municipality's eficacia by ODS is the plain average of its goals "
                                            "serving it; the department's, the plain average over the municipalities.");
    sdgs.emptyNote = QCoreApplication::translate("PortfolioReport", "No goal of these plans names the ODS it serves.");
    sdgs.columns = {
        { u"ods"_s, QCoreApplication::translate("PortfolioReport", "ODS"), ColumnType::Integer },
        { u"municipios"_s, QCoreApplication::translate("PortfolioReport", "Municipalities"), ColumnType::Integer },
        { u"eficacia"_s, QCoreApplication::translate("PortfolioReport", "Eficacia (%)"), ColumnType::Percent },
        { u"metas_programadas"_s, QCoreApplication::translate("PortfolioReport", "Goals programmed"),
          ColumnType::Integer },
        { u"metas_reportadas"_s, QCoreApplication::translate("PortfolioReport", "Goals reported"),
          ColumnType::Integer },
    };
    for (const SectorFigures &s : d.sdgs) {
        sdgs.rows.append(
            { report::RowKind::Data,
              { s.code.toInt(), s.municipalities, optional(s.efficacy), s.goalsProgrammed, s.goalsReported },
              0 });
    }
    r.sections.append(sdgs);

    report::ReportSection unread;
    unread.title = QCoreApplication::translate("PortfolioReport", "Files left out");
    unread.sheetName = QCoreApplication::translate("PortfolioReport", "Not read");
    unread.emptyNote = QCoreApplication::translate("PortfolioReport", "Every file of the folder was read.");
    unread.columns = { { u"archivo"_s, QCoreApplication::translate("PortfolioReport", "File"), ColumnType::Text },
                       { u"motivo"_s, QCoreApplication::translate("PortfolioReport", "Reason"), ColumnType::Text } };
    for (const UnreadFile &u : result.unread)
        unread.rows.append({ report::RowKind::Data, { u.file, u.message }, 0 });
    r.sections.append(unread);
    return r;
}

} // namespace planea::portfolio
