// Follow-up forms out and back (issue 21): one XLSX per office with only its goals, protected with
// unlocked cells to fill and data validation, a hidden signature; filled forms are read back and
// checked against the plan (another plan, an older version, unknown or moved goals, bad values, a
// goal in two forms, damaged files) and written as one undoable step with a backup and an audit
// trail. The forms are filled the way a user's spreadsheet program does: by writing values into the
// empty unlocked cells of the sheet's XML.
#include "FilledForm.h"
#include "SamplePlans.h"
#include "TempDir.h"
#include "XlsxParts.h"
#include "backup/BackupManager.h"
#include "document/PlanDocument.h"
#include "followup/FollowUpForms.h"
#include "followup/FormCollector.h"
#include "followup/FormLayout.h"
#include "followup/FormSignature.h"
#include "storage/PlanStore.h"
#include "xlsx/XlsxReader.h"
#include "xlsx/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;
using namespace planea::followup;
using planea::test::TempDir;

namespace {

/// The shared FilledForm (tests/support), failing the test when a cell cannot be filled.
class FilledForm : public test::FilledForm
{
public:
    explicit FilledForm(const QString &path)
        : test::FilledForm(path)
    {
        EXPECT_TRUE(readable()) << path.toStdString();
    }
    void set(int row, int column, const QVariant &value)
    {
        ASSERT_TRUE(test::FilledForm::set(row, column, value)) << "no empty cell " << row << "," << column;
    }
    void setGoal(qint64 goalId, int column, const QVariant &value)
    {
        ASSERT_GE(rowOf(goalId), 0) << "goal " << goalId << " not in the form";
        set(rowOf(goalId), column, value);
    }
    void save(const QString &path) const { ASSERT_TRUE(test::FilledForm::save(path)); }
};

class FollowUpForms_ : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_planPath = m_dir.path(u"demo.planea"_s);
        m_plan = test::writeDemoPlan(m_planPath);
        m_planId = identity(m_planPath);
    }
    static QString identity(const QString &path)
    {
        OpenOptions o;
        o.readOnly = true;
        auto store = PlanStore::open(path, o);
        EXPECT_TRUE(bool(store));
        auto data = (*store)->load();
        return planIdentity(**store, *data);
    }
    FormsWritten writeForms(int year, int quarter = 0, const QString &folder = u"formatos"_s)
    {
        auto written = FollowUpForms::write(m_plan, m_planId, { year, quarter }, m_dir.path(folder));
        EXPECT_TRUE(bool(written)) << (written ? "" : written.error().message.toStdString());
        return written ? *written : FormsWritten();
    }
    const FormFile &formOf(const FormsWritten &w, const QString &office) const
    {
        for (const FormFile &f : w.files) {
            if (f.officeName == office)
                return f;
        }
        ADD_FAILURE() << "no form for " << office.toStdString();
        return w.files.first();
    }
    QList<qint64> goalsOf(qint64 officeId) const
    {
        QList<qint64> ids;
        for (const ProductIndicator &g : m_plan.indicators) {
            if (g.responsibleOfficeId == officeId)
                ids.append(g.id);
        }
        return ids;
    }
    /// A goal of `office` programmed (not NP) in `year`.
    qint64 programmedGoal(qint64 officeId, int year, int skip = 0) const
    {
        for (const ProductIndicator &g : m_plan.indicators) {
            const AnnualTarget *t = g.target(year);
            if (g.responsibleOfficeId == officeId && t && !t->notProgrammed && skip-- == 0)
                return g.id;
        }
        return 0;
    }
    Collection collect(const QStringList &paths) const
    {
        return FormCollector::collect(test::loadPlan(m_planPath), m_planId, paths);
    }
    static bool rejected(const Collection &c, const QString &form, int row, const QString &fragment)
    {
        for (const Rejection &r : c.rejections) {
            if (r.form == form && (row < 0 || r.row == row) && r.reason.contains(fragment))
                return true;
        }
        return false;
    }
    static std::string rejections(const Collection &c)
    {
        std::string s;
        for (const Rejection &r : c.rejections)
            s += r.form.toStdString() + ":" + std::to_string(r.row) + " " + r.reason.toStdString() + "\n";
        return s;
    }

    TempDir m_dir;
    QString m_planPath;
    PlanData m_plan;
    QString m_planId;
    static constexpr int Year = 2030; // the demo plan reports 2028 and 2029
    static constexpr int Achieved = layout::FirstAchievedColumn;
    static constexpr int Money = layout::FirstAchievedColumn + 1;
    static constexpr int Evidence = layout::FirstAchievedColumn + 2;
    static constexpr int Comment = layout::FirstAchievedColumn + 3;
};

} // namespace

TEST_F(FollowUpForms_, OneFormPerOfficeWithOnlyItsGoals)
{
    const FormsWritten w = writeForms(Year);
    int offices = 0;
    for (const Office &o : m_plan.offices)
        offices += goalsOf(o.id).isEmpty() ? 0 : 1;
    ASSERT_EQ(w.files.size(), offices);
    ASSERT_GT(offices, 1);
    QSet<QString> names;
    for (const FormFile &f : w.files) {
        ASSERT_TRUE(QFile::exists(f.path)) << f.path.toStdString();
        names.insert(QFileInfo(f.path).fileName());
        const FilledForm form(f.path);
        EXPECT_EQ(form.goalIds(), goalsOf(f.officeId)) << f.officeName.toStdString();
        EXPECT_EQ(f.goals, goalsOf(f.officeId).size());
        // The planned value of each goal is the plan's, «NP» where it is not programmed.
        for (qint64 id : form.goalIds()) {
            const AnnualTarget *t = m_plan.indicator(id)->target(Year);
            const XlsxCell planned = form.sheet().cell(form.rowOf(id), layout::ColumnPlanned);
            if (t && t->notProgrammed) {
                EXPECT_EQ(planned.text(), u"NP"_s);
            } else if (t && t->value) {
                EXPECT_DOUBLE_EQ(planned.value.toDouble(), *t->value);
            }
        }
    }
    EXPECT_EQ(names.size(), w.files.size()); // no two offices share a file
    EXPECT_TRUE(names.contains(u"seguimiento-2030-secretaria-de-salud.xlsx"_s));
}

TEST_F(FollowUpForms_, SheetIsProtectedWithUnlockedValidatedCellsAndAHiddenSignature)
{
    const FormsWritten w = writeForms(Year, 2);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const QHash<QString, QString> parts = test::xlsxparts::unzip(test::readBytes(f.path));
    const QString sheet = parts.value(u"xl/worksheets/sheet1.xml"_s);
    const QString styles = parts.value(u"xl/styles.xml"_s);
    const QString workbook = parts.value(u"xl/workbook.xml"_s);
    EXPECT_TRUE(sheet.contains(u"<sheetProtection sheet=\"1\""_s));
    // Schema order: protection after the data, validations before the page margins.
    EXPECT_LT(sheet.indexOf(u"</sheetData>"_s), sheet.indexOf(u"<sheetProtection"_s));
    EXPECT_LT(sheet.indexOf(u"<dataValidations"_s), sheet.indexOf(u"<pageMargins"_s));
    EXPECT_TRUE(sheet.contains(u"type=\"decimal\" operator=\"greaterThanOrEqual\""_s)) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(u"type=\"whole\" operator=\"greaterThanOrEqual\""_s));
    // The first goal row: the achieved cell is unlocked, the planned one is not.
    const int first = layout::HeaderRow + 1;
    const QString achievedXf = test::xlsxparts::xfOf(styles, test::xlsxparts::cell(sheet, cellName(first, Achieved)));
    const QString plannedXf
        = test::xlsxparts::xfOf(styles, test::xlsxparts::cell(sheet, cellName(first, layout::ColumnPlanned)));
    EXPECT_TRUE(achievedXf.contains(u"<protection locked=\"0\"/>"_s)) << achievedXf.toStdString();
    EXPECT_FALSE(plannedXf.contains(u"locked=\"0\""_s)) << plannedXf.toStdString();
    EXPECT_TRUE(workbook.contains(u"<sheet name=\"Firma\" sheetId=\"3\" state=\"hidden\""_s)) << workbook.toStdString();
    // The instructions, in Spanish; the header names the quarter.
    auto book = XlsxReader::read(f.path);
    ASSERT_TRUE(bool(book));
    const XlsxSheet *instructions = book->sheet(u"Instrucciones"_s);
    ASSERT_NE(instructions, nullptr);
    EXPECT_TRUE(instructions->cell(0, 0).text().contains(u"instrucciones"_s, Qt::CaseInsensitive))
        << instructions->cell(0, 0).text().toStdString();
    EXPECT_EQ(book->sheet(u"Seguimiento"_s)->cell(layout::HeaderRow, Achieved).text(), u"Logro T2 2030"_s);
}

TEST_F(FollowUpForms_, NpIsAllowedOnlyWhereTheGoalIsNotProgrammed)
{
    // A goal not programmed in the year gets the custom rule that also lets «NP» through.
    qint64 npGoal = 0;
    for (const ProductIndicator &g : m_plan.indicators) {
        const AnnualTarget *t = g.target(Year);
        if (g.responsibleOfficeId && t && t->notProgrammed)
            npGoal = g.id;
    }
    if (npGoal == 0)
        GTEST_SKIP() << "the demo plan has no goal not programmed in 2030";
    const FormsWritten w = writeForms(Year);
    const qint64 office = *m_plan.indicator(npGoal)->responsibleOfficeId;
    QString path;
    for (const FormFile &f : w.files)
        path = f.officeId == office ? f.path : path;
    const QString sheet = test::xlsxparts::unzip(test::readBytes(path)).value(u"xl/worksheets/sheet1.xml"_s);
    EXPECT_TRUE(sheet.contains(u"type=\"custom\""_s));
    EXPECT_TRUE(sheet.contains(u"=&quot;NP&quot;)</formula1>"_s)) << sheet.toStdString();

    FilledForm form(path);
    form.setGoal(npGoal, Achieved, u"NP"_s);
    const qint64 programmed = programmedGoal(office, Year);
    ASSERT_NE(programmed, 0);
    form.setGoal(programmed, Achieved, u"NP"_s);
    form.save(path);
    const Collection c = collect({ path });
    const QString name = QFileInfo(path).fileName();
    EXPECT_TRUE(rejected(c, name, form.rowOf(programmed) + 1, u"NP"_s)) << rejections(c);
    EXPECT_FALSE(rejected(c, name, form.rowOf(npGoal) + 1, u""_s)) << rejections(c);
}

TEST_F(FollowUpForms_, RoundTripOneOfficeIsOneUndoStepWithBackupAndAudit)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 a = programmedGoal(f.officeId, Year, 0);
    const qint64 b = programmedGoal(f.officeId, Year, 1);
    ASSERT_NE(a, 0);
    ASSERT_NE(b, 0);
    FilledForm form(f.path);
    form.setGoal(a, Achieved, 12.5);
    form.setGoal(a, Money, 3500000);
    form.setGoal(a, Evidence, u"Acta 14 de 2030"_s);
    form.setGoal(a, Comment, u"Faltó una vereda"_s);
    form.setGoal(b, Achieved, u"7,5"_s); // typed as text with a decimal comma
    form.save(f.path);

    const Collection c = collect({ f.path });
    EXPECT_TRUE(c.rejections.isEmpty()) << rejections(c);
    ASSERT_EQ(c.answers.size(), 2);
    ASSERT_EQ(c.offices.size(), 1);
    EXPECT_EQ(c.offices[0].officeName, u"Secretaría de Salud"_s);
    EXPECT_EQ(c.offices[0].values, 2);
    EXPECT_EQ(c.offices[0].money, 3500000);

    auto doc = PlanDocument::open(m_planPath);
    ASSERT_TRUE(bool(doc));
    (*doc)->store().setActor(u"Ana Gómez"_s);
    BackupManager backups(m_dir.path(u"datos"_s));
    ASSERT_TRUE(bool(FormCollector::apply(**doc, c, &backups)));
    EXPECT_EQ(backups.list(m_planPath).size(), 1);
    const auto value = [&](qint64 goal) -> std::optional<ProgressReport> {
        for (const ProgressReport &p : (*doc)->data().progress) {
            if (p.indicatorId == goal && p.year == Year && p.period == 0)
                return p;
        }
        return std::nullopt;
    };
    ASSERT_TRUE(value(a).has_value());
    EXPECT_DOUBLE_EQ(*value(a)->value, 12.5);
    EXPECT_TRUE(value(a)->evidence.contains(u"Acta 14 de 2030"_s));
    EXPECT_TRUE(value(a)->evidence.contains(u"Faltó una vereda"_s));
    EXPECT_DOUBLE_EQ(*value(b)->value, 7.5);
    EXPECT_EQ((*doc)->undoStack()->count(), 1);

    // The audit trail names the person and the office.
    AuditQuery q;
    q.table = u"progress"_s;
    auto entries = (*doc)->store().auditEntries(q);
    ASSERT_TRUE(bool(entries));
    ASSERT_FALSE(entries->isEmpty());
    for (const AuditEntry &e : *entries)
        EXPECT_EQ(e.actor, u"Ana Gómez (formato de Secretaría de Salud)"_s) << e.actor.toStdString();

    (*doc)->undoStack()->undo();
    EXPECT_FALSE(value(a).has_value());
    EXPECT_FALSE(value(b).has_value());
}

TEST_F(FollowUpForms_, RoundTripManyOfficesInOneStep)
{
    const FormsWritten w = writeForms(Year);
    QStringList paths;
    QHash<qint64, double> expected;
    double v = 1;
    for (const FormFile &f : w.files) {
        FilledForm form(f.path);
        for (qint64 id : form.goalIds()) {
            const AnnualTarget *t = m_plan.indicator(id)->target(Year);
            if (t && t->notProgrammed)
                continue;
            form.setGoal(id, Achieved, v);
            expected.insert(id, v);
            v += 1;
        }
        form.save(f.path);
        paths.append(f.path);
    }
    const Collection c = collect(paths);
    EXPECT_TRUE(c.rejections.isEmpty()) << rejections(c);
    EXPECT_EQ(c.answers.size(), expected.size());
    EXPECT_EQ(c.offices.size(), w.files.size());
    EXPECT_EQ(c.acceptedForms.size(), w.files.size());

    auto doc = PlanDocument::open(m_planPath);
    ASSERT_TRUE(bool(doc));
    ASSERT_TRUE(bool(FormCollector::apply(**doc, c, nullptr)));
    EXPECT_EQ((*doc)->undoStack()->count(), 1);
    int found = 0;
    for (const ProgressReport &p : (*doc)->data().progress) {
        if (p.year == Year && expected.contains(p.indicatorId)) {
            EXPECT_DOUBLE_EQ(*p.value, expected.value(p.indicatorId));
            ++found;
        }
    }
    EXPECT_EQ(found, expected.size());
}

TEST_F(FollowUpForms_, QuarterFormWritesThatQuarter)
{
    const FormsWritten w = writeForms(Year, 3);
    const FormFile &f = formOf(w, u"Secretaría de Gobierno"_s);
    const qint64 a = programmedGoal(f.officeId, Year);
    FilledForm form(f.path);
    form.setGoal(a, Achieved, 4);
    form.save(f.path);
    const Collection c = collect({ f.path });
    ASSERT_EQ(c.answers.size(), 1) << rejections(c);
    EXPECT_EQ(c.answers[0].report.period, 3);
    EXPECT_EQ(c.answers[0].report.year, Year);
}

TEST_F(FollowUpForms_, AFormOfAnotherPlanIsRefused)
{
    const QString other = m_dir.path(u"otro.planea"_s);
    const PlanData otherPlan = test::writeDemoPlan(other);
    const QString otherId = identity(other);
    ASSERT_NE(otherId, m_planId); // the same demo written twice is two plans
    auto w = FollowUpForms::write(otherPlan, otherId, { Year, 0 }, m_dir.path(u"otros"_s));
    ASSERT_TRUE(bool(w));
    const Collection c = collect({ w->files.first().path });
    EXPECT_TRUE(c.answers.isEmpty());
    EXPECT_TRUE(rejected(c, QFileInfo(w->files.first().path).fileName(), 0, u"otro plan"_s)) << rejections(c);
}

TEST_F(FollowUpForms_, AFormOfAnOlderPlanVersionIsFlagged)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    FilledForm form(f.path);
    form.setGoal(programmedGoal(f.officeId, Year), Achieved, 3);
    form.save(f.path);
    {
        auto store = PlanStore::open(m_planPath);
        ASSERT_TRUE(bool(store));
        ASSERT_TRUE(bool((*store)->setPlanField(u"version"_s, m_plan.info.version + 1)));
    }
    const Collection c = collect({ f.path });
    EXPECT_EQ(c.answers.size(), 1) << rejections(c);
    ASSERT_EQ(c.warnings.size(), 1);
    EXPECT_TRUE(c.warnings[0].contains(u"versión"_s)) << c.warnings[0].toStdString();
}

TEST_F(FollowUpForms_, UnknownMovedAndAddedGoalsAreRejectedWithTheirRow)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 moved = programmedGoal(f.officeId, Year, 0);
    const qint64 removed = programmedGoal(f.officeId, Year, 1);
    const qint64 kept = programmedGoal(f.officeId, Year, 2);
    ASSERT_NE(kept, 0);
    FilledForm form(f.path);
    form.setGoal(moved, Achieved, 1);
    form.setGoal(removed, Achieved, 2);
    form.setGoal(kept, Achieved, 3);
    // A row typed below the goals, with the ID of a goal of another office.
    const int extra = form.sheet().rowCount();
    form.part(u"xl/worksheets/sheet1.xml"_s)
        .replace(u"</sheetData>"_s,
                 u"<row r=\"%1\"><c r=\"A%1\"><v>%2</v></c><c r=\"F%1\"><v>9</v></c></row>"
                 "</sheetData>"_s.arg(extra + 1)
                     .arg(programmedGoal(formOf(w, u"Secretaría de Gobierno"_s).officeId, Year)));
    form.save(f.path);
    {
        auto store = PlanStore::open(m_planPath);
        ASSERT_TRUE(bool(store));
        qint64 other = 0;
        for (const Office &o : m_plan.offices)
            other = o.name == u"Secretaría de Hacienda"_s ? o.id : other;
        ASSERT_TRUE(bool((*store)->update(Table::ProductIndicator, moved, u"responsible_office_id"_s, other)));
        ASSERT_TRUE(bool((*store)->remove(Table::ProductIndicator, removed)));
    }
    const Collection c = collect({ f.path });
    const QString name = QFileInfo(f.path).fileName();
    EXPECT_TRUE(rejected(c, name, form.rowOf(moved) + 1, u"Secretaría de Hacienda"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, name, form.rowOf(removed) + 1, u"ya no está en el plan"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, name, extra + 1, u"no estaba en el formato"_s)) << rejections(c);
    ASSERT_EQ(c.answers.size(), 1);
    EXPECT_EQ(c.answers[0].report.indicatorId, kept);
    EXPECT_EQ(c.offices.value(0).rejected, 3);
}

TEST_F(FollowUpForms_, ValuesThatAreNotNumbersOrOutOfRangeAreRejected)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 text = programmedGoal(f.officeId, Year, 0);
    const qint64 negative = programmedGoal(f.officeId, Year, 1);
    const qint64 money = programmedGoal(f.officeId, Year, 2);
    FilledForm form(f.path);
    form.setGoal(text, Achieved, u"doce"_s);
    form.setGoal(negative, Achieved, -4);
    form.setGoal(money, Achieved, 2);
    form.setGoal(money, Money, 10.5);
    form.save(f.path);
    const Collection c = collect({ f.path });
    const QString name = QFileInfo(f.path).fileName();
    EXPECT_TRUE(rejected(c, name, form.rowOf(text) + 1, u"no es un número"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, name, form.rowOf(negative) + 1, u"negativo"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, name, form.rowOf(money) + 1, u"pesos"_s)) << rejections(c);
    EXPECT_TRUE(c.answers.isEmpty());
}

TEST_F(FollowUpForms_, AGoalAnsweredByTwoFormsIsRejectedInBoth)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 a = programmedGoal(f.officeId, Year, 0);
    const qint64 b = programmedGoal(f.officeId, Year, 1);
    FilledForm first(f.path);
    first.setGoal(a, Achieved, 5);
    first.setGoal(b, Achieved, 6);
    first.save(f.path);
    const QString copy = m_dir.path(u"salud-copia.xlsx"_s);
    FilledForm second(f.path);
    second.save(copy);
    const Collection c = collect({ f.path, copy });
    EXPECT_TRUE(c.answers.isEmpty());
    EXPECT_TRUE(rejected(c, QFileInfo(f.path).fileName(), first.rowOf(a) + 1, u"salud-copia.xlsx"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, u"salud-copia.xlsx"_s, first.rowOf(b) + 1, QFileInfo(f.path).fileName())) << rejections(c);
}

TEST_F(FollowUpForms_, DamagedAndForeignFilesAreRejectedWhole)
{
    const FormsWritten w = writeForms(Year);
    const QString garbage = m_dir.path(u"basura.xlsx"_s);
    test::writeBytes(garbage, "esto no es un libro de Excel");
    const QString truncated = m_dir.path(u"cortado.xlsx"_s);
    test::writeBytes(truncated, test::readBytes(w.files.first().path).left(300));
    // A workbook that is not a form: no signature sheet.
    const QString foreign = m_dir.path(u"ajeno.xlsx"_s);
    {
        FilledForm form(w.files.first().path);
        form.part(u"xl/workbook.xml"_s).replace(u"name=\"Firma\""_s, u"name=\"Otra\""_s);
        form.save(foreign);
    }
    // A signature edited by hand: another year, the hash left as it was.
    const QString tampered = m_dir.path(u"alterado.xlsx"_s);
    {
        FilledForm form(w.files.first().path);
        QString &strings = form.part(u"xl/sharedStrings.xml"_s);
        ASSERT_TRUE(strings.contains(u">2030<"_s));
        strings.replace(u">2030<"_s, u">2029<"_s);
        form.save(tampered);
    }
    const Collection c = collect({ garbage, truncated, foreign, tampered });
    EXPECT_TRUE(c.answers.isEmpty());
    EXPECT_EQ(c.rejections.size(), 4) << rejections(c);
    EXPECT_TRUE(rejected(c, u"basura.xlsx"_s, 0, u"basura.xlsx"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, u"cortado.xlsx"_s, 0, u"cortado.xlsx"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, u"ajeno.xlsx"_s, 0, u"no es un formato de seguimiento"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, u"alterado.xlsx"_s, 0, u"firma"_s)) << rejections(c);
}

TEST_F(FollowUpForms_, RequestsOutsideTheTermAreRefused)
{
    auto before = FollowUpForms::write(m_plan, m_planId, { 2027, 0 }, m_dir.path(u"x"_s));
    ASSERT_FALSE(bool(before));
    EXPECT_TRUE(before.error().message.contains(u"2027"_s));
    auto quarter = FollowUpForms::write(m_plan, m_planId, { Year, 5 }, m_dir.path(u"x"_s));
    ASSERT_FALSE(bool(quarter));
    EXPECT_TRUE(quarter.error().message.contains(u"trimestre"_s)) << quarter.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_dir.path(u"x"_s)));
}

TEST_F(FollowUpForms_, AFormSavedByLibreOfficeStillReadsBack)
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 a = programmedGoal(f.officeId, Year);
    FilledForm form(f.path);
    form.setGoal(a, Achieved, 8);
    const QString filled = m_dir.path(u"lleno/salud.xlsx"_s);
    QDir().mkpath(m_dir.path(u"lleno"_s));
    form.save(filled);
    QProcess p;
    p.start(soffice,
            { u"--headless"_s, u"-env:UserInstallation=file://"_s + m_dir.path(u"lo"_s), u"--convert-to"_s, u"xlsx"_s,
              u"--outdir"_s, m_dir.path(u"lo-out"_s), filled });
    ASSERT_TRUE(p.waitForFinished(180000));
    const QString converted = m_dir.path(u"lo-out/salud.xlsx"_s);
    ASSERT_TRUE(QFile::exists(converted)) << p.readAllStandardError().toStdString();
    const Collection c = collect({ converted });
    EXPECT_TRUE(c.rejections.isEmpty()) << rejections(c);
    ASSERT_EQ(c.answers.size(), 1);
    EXPECT_DOUBLE_EQ(*c.answers[0].report.value, 8.0);
}

// --- planea-cli followup forms | collect, driven as a real process ---------------------------------

namespace {

class FollowUpCli : public ::testing::Test
{
protected:
    test::CliResult cli(QStringList args) const
    {
        args.prepend(m_dir.path(u"datos"_s));
        args.prepend(u"--data-dir"_s);
        return test::runCli(args);
    }
    QJsonObject json(const test::CliResult &r) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString() << r.err.toStdString();
        return doc.object();
    }
    QString demoPath()
    {
        const QString path = m_dir.path(u"demo.planea"_s);
        if (!QFile::exists(path)) {
            const test::CliResult r = cli({ u"demo"_s, path });
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
        return path;
    }
    void expectRefused(const QStringList &args, const QString &fragment, const QString &path = {}) const
    {
        const QByteArray before = path.isEmpty() ? QByteArray() : test::readBytes(path);
        const test::CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(fragment))
            << "esperaba «" << fragment.toStdString() << "» en: " << r.err.toStdString();
        if (!path.isEmpty()) {
            EXPECT_EQ(test::readBytes(path), before);
        }
    }
    /// Writes the forms for 2030 and returns Salud's, with two programmed goals filled.
    QString filledSaludForm(qint64 *goal = nullptr)
    {
        const test::CliResult r = cli({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2030"_s, u"-o"_s,
                                        m_dir.path(u"formatos"_s), u"--json"_s });
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray files = json(r).value(u"formatos"_s).toArray();
        EXPECT_GT(files.size(), 1);
        QString path;
        for (const QJsonValue &f : files) {
            if (f[u"dependencia"_s].toString() == u"Secretaría de Salud"_s)
                path = f[u"archivo"_s].toString();
        }
        EXPECT_FALSE(path.isEmpty());
        const PlanData plan = test::loadPlan(demoPath());
        FilledForm form(path);
        int filled = 0;
        for (qint64 id : form.goalIds()) {
            const AnnualTarget *t = plan.indicator(id)->target(2030);
            if (filled < 2 && t && !t->notProgrammed) {
                form.setGoal(id, layout::FirstAchievedColumn, 10 + filled);
                if (goal && filled == 0)
                    *goal = id;
                ++filled;
            }
        }
        EXPECT_EQ(filled, 2);
        form.save(path);
        return path;
    }
    static QString sha256(const QString &path)
    {
        return QString::fromLatin1(QCryptographicHash::hash(test::readBytes(path), QCryptographicHash::Sha256).toHex());
    }

    TempDir m_dir;
};

} // namespace

TEST_F(FollowUpCli, FormsThenCollectWritesTheValues)
{
    qint64 goal = 0;
    const QString form = filledSaludForm(&goal);
    const test::CliResult r
        = cli({ u"followup"_s, u"collect"_s, demoPath(), form, u"--json"_s, u"--as"_s, u"Ana Gómez"_s });
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o[u"aceptados"_s].toArray(), QJsonArray { QFileInfo(form).fileName() });
    EXPECT_TRUE(o[u"rechazados"_s].toArray().isEmpty());
    EXPECT_EQ(o[u"valores_escritos"_s].toInt(), 2);
    EXPECT_EQ(o[u"dependencias"_s].toArray().first()[u"dependencia"_s].toString(), u"Secretaría de Salud"_s);
    bool found = false;
    for (const ProgressReport &p : test::loadPlan(demoPath()).progress) {
        if (p.indicatorId == goal && p.year == 2030 && p.period == 0) {
            EXPECT_DOUBLE_EQ(*p.value, 10.0);
            found = true;
        }
    }
    EXPECT_TRUE(found);
    // A backup was made first.
    const test::CliResult backups = cli({ u"backup"_s, u"list"_s, demoPath(), u"--json"_s });
    EXPECT_EQ(backups.exitCode, 0) << backups.err.toStdString();
    EXPECT_TRUE(backups.out.contains(u"import"_s)) << backups.out.toStdString();
}

TEST_F(FollowUpCli, DryRunWritesNothing)
{
    const QString form = filledSaludForm();
    const QString before = sha256(demoPath());
    const test::CliResult r = cli({ u"followup"_s, u"collect"_s, demoPath(), form, u"--dry-run"_s, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(o[u"simulacion"_s].toBool());
    EXPECT_EQ(o[u"valores_aceptados"_s].toInt(), 2);
    EXPECT_EQ(o[u"valores_escritos"_s].toInt(), 0);
    EXPECT_EQ(sha256(demoPath()), before);
    const test::CliResult text = cli({ u"followup"_s, u"collect"_s, demoPath(), form, u"--dry-run"_s });
    EXPECT_TRUE(text.out.contains(u"Simulación: no se escribió nada."_s)) << text.out.toStdString();
    EXPECT_EQ(sha256(demoPath()), before);
}

TEST_F(FollowUpCli, ADamagedFileIsRejectedAndTheGoodFormIsStillTaken)
{
    const QString form = filledSaludForm();
    const QString garbage = m_dir.path(u"no-es-excel.xlsx"_s);
    test::writeBytes(garbage, "hola");
    const test::CliResult r = cli({ u"followup"_s, u"collect"_s, demoPath(), garbage, form, u"--json"_s });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = json(r);
    const QJsonArray rejected = o[u"rechazados"_s].toArray();
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(rejected[0][u"formato"_s].toString(), u"no-es-excel.xlsx"_s);
    EXPECT_EQ(rejected[0][u"fila"_s].toInt(), 0);
    EXPECT_FALSE(rejected[0][u"motivo"_s].toString().isEmpty());
    EXPECT_EQ(o[u"valores_escritos"_s].toInt(), 2);
}

TEST_F(FollowUpCli, NothingToTakeIsRefusedAndThePlanUnchanged)
{
    const QString garbage = m_dir.path(u"no-es-excel.xlsx"_s);
    test::writeBytes(garbage, "hola");
    expectRefused({ u"followup"_s, u"collect"_s, demoPath(), garbage }, u"No se pudo tomar ningún formato"_s,
                  demoPath());
    expectRefused({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2030"_s, u"--quarter"_s, u"5"_s, u"-o"_s,
                    m_dir.path(u"f"_s) },
                  u"--quarter"_s, demoPath());
    expectRefused({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2035"_s, u"-o"_s, m_dir.path(u"f"_s) },
                  u"fuera del periodo"_s, demoPath());
    expectRefused({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2030"_s }, u"-o CARPETA"_s, demoPath());
}

TEST_F(FollowUpForms_, APercentAbove100IsOutOfRange)
{
    const ProductIndicator *percent = nullptr;
    for (const ProductIndicator &g : m_plan.indicators) {
        const AnnualTarget *t = g.target(Year);
        if (g.unit == u"Porcentaje"_s && g.responsibleOfficeId && t && !t->notProgrammed)
            percent = &g;
    }
    ASSERT_NE(percent, nullptr) << "the demo plan has goals in percent";
    const FormsWritten w = writeForms(Year);
    QString path;
    for (const FormFile &f : w.files)
        path = f.officeId == *percent->responsibleOfficeId ? f.path : path;
    FilledForm form(path);
    form.setGoal(percent->id, Achieved, 130);
    form.save(path);
    const Collection c = collect({ path });
    EXPECT_TRUE(rejected(c, QFileInfo(path).fileName(), form.rowOf(percent->id) + 1, u"fuera de rango"_s))
        << rejections(c);
    EXPECT_TRUE(c.answers.isEmpty());
}

TEST_F(FollowUpForms_, ExecutedMoneyGoesToTheBudgetExecutionInTheSameUndoStep)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 a = programmedGoal(f.officeId, Year, 0);
    ASSERT_NE(a, 0);
    const qint64 product = m_plan.indicator(a)->productId;
    FilledForm form(f.path);
    form.setGoal(a, Achieved, 3);
    form.setGoal(a, Money, u"1.234.567"_s); // typed as text with thousands separators
    form.save(f.path);

    const Collection c = collect({ f.path });
    EXPECT_TRUE(c.rejections.isEmpty()) << rejections(c);
    ASSERT_FALSE(c.executions.isEmpty());
    planea::Money total = 0;
    for (const BudgetExecution &e : c.executions) {
        EXPECT_EQ(e.productId, product);
        EXPECT_EQ(e.year, Year);
        EXPECT_GE(e.commitments, 0);
        total += e.commitments;
    }
    EXPECT_EQ(total, 1234567);
    EXPECT_EQ(c.offices[0].money, 1234567);

    auto doc = PlanDocument::open(m_planPath);
    ASSERT_TRUE(bool(doc));
    ASSERT_TRUE(bool(FormCollector::apply(**doc, c, nullptr)));
    EXPECT_EQ((*doc)->undoStack()->count(), 1);
    const auto written = [&] {
        planea::Money sum = 0;
        for (const BudgetExecution &e : (*doc)->data().executions) {
            if (e.productId == product && e.year == Year)
                sum += e.commitments;
        }
        return sum;
    };
    EXPECT_EQ(written(), 1234567);
    (*doc)->undoStack()->undo();
    EXPECT_EQ(written(), 0);
    (*doc)->undoStack()->redo();
    EXPECT_EQ(written(), 1234567);
}

TEST_F(FollowUpForms_, ImpossibleExecutedMoneyIsRejectedWithItsRow)
{
    const FormsWritten w = writeForms(Year);
    const FormFile &f = formOf(w, u"Secretaría de Salud"_s);
    const qint64 negative = programmedGoal(f.officeId, Year, 0);
    const qint64 text = programmedGoal(f.officeId, Year, 1);
    FilledForm form(f.path);
    form.setGoal(negative, Money, -5000);
    form.setGoal(text, Money, u"mucho"_s);
    form.save(f.path);
    const Collection c = collect({ f.path });
    const QString name = QFileInfo(f.path).fileName();
    EXPECT_TRUE(rejected(c, name, form.rowOf(negative) + 1, u"pesos"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, name, form.rowOf(text) + 1, u"mucho"_s)) << rejections(c);
    EXPECT_TRUE(c.executions.isEmpty());
    EXPECT_TRUE(c.money.isEmpty());
}

namespace {

qint64 officeNamed(const PlanData &plan, const QString &name)
{
    for (const Office &o : plan.offices) {
        if (o.name == name)
            return o.id;
    }
    ADD_FAILURE() << "no office " << name.toStdString();
    return 0;
}

} // namespace

TEST_F(FollowUpForms_, AGroupFormHoldsEveryMemberOfficeAndComesBack)
{
    const qint64 salud = officeNamed(m_plan, u"Secretaría de Salud"_s);
    const qint64 gobierno = officeNamed(m_plan, u"Secretaría de Gobierno"_s);
    FormRequest request { Year, 0, { gobierno, salud }, u"Salud y Gobierno"_s };
    auto preview = FollowUpForms::preview(m_plan, request, m_dir.path(u"grupo"_s));
    ASSERT_TRUE(bool(preview)) << preview.error().message.toStdString();
    ASSERT_EQ(preview->files.size(), 1);
    EXPECT_FALSE(QFile::exists(preview->files[0].path)); // preview writes nothing
    QList<int> calls;
    auto w = FollowUpForms::write(m_plan, m_planId, request, m_dir.path(u"grupo"_s),
                                  [&calls](int done, int) { calls.append(done); });
    ASSERT_TRUE(bool(w)) << w.error().message.toStdString();
    ASSERT_EQ(w->files.size(), 1);
    EXPECT_EQ(calls, (QList<int> { 0, 1 }));
    const FormFile &f = w->files[0];
    EXPECT_EQ(f.path, preview->files[0].path);
    EXPECT_EQ(f.officeId, 0);
    EXPECT_EQ(f.officeName, u"Salud y Gobierno"_s);
    // The plan's office order, whatever the request's order.
    QStringList expected;
    for (const Office &o : m_plan.offices) {
        if (o.id == salud || o.id == gobierno)
            expected.append(o.name);
    }
    EXPECT_EQ(f.officeNames, expected);
    EXPECT_EQ(QFileInfo(f.path).fileName(), u"seguimiento-2030-salud-y-gobierno.xlsx"_s);
    FilledForm form(f.path);
    QList<qint64> goals = goalsOf(salud) + goalsOf(gobierno);
    EXPECT_EQ(f.goals, goals.size());
    QList<qint64> inForm = form.goalIds();
    std::sort(goals.begin(), goals.end());
    std::sort(inForm.begin(), inForm.end());
    EXPECT_EQ(inForm, goals);

    // The signature lists every member office.
    auto book = XlsxReader::read(f.path);
    ASSERT_TRUE(bool(book));
    const XlsxSheet *sigSheet = book->sheet(FormSignature::SheetName);
    ASSERT_NE(sigSheet, nullptr);
    QList<QStringList> rows;
    for (int r = 0; r < sigSheet->rowCount(); ++r)
        rows.append(sigSheet->rowTexts(r, 2));
    auto sig = FormSignature::fromRows(rows, u"f"_s);
    ASSERT_TRUE(bool(sig)) << sig.error().message.toStdString();
    EXPECT_TRUE(sig->isGroup());
    EXPECT_EQ(QSet<qint64>(sig->offices().cbegin(), sig->offices().cend()), (QSet<qint64> { salud, gobierno }));
    EXPECT_EQ(sig->groupOfficeNames, expected);

    const qint64 a = programmedGoal(salud, Year);
    const qint64 b = programmedGoal(gobierno, Year);
    form.setGoal(a, Achieved, 4);
    form.setGoal(b, Achieved, 6);
    form.save(f.path);
    const Collection c = collect({ f.path });
    EXPECT_TRUE(c.rejections.isEmpty()) << rejections(c);
    ASSERT_EQ(c.answers.size(), 2);
    ASSERT_EQ(c.offices.size(), 1);
    EXPECT_EQ(c.offices[0].officeName, u"Salud y Gobierno"_s);
    EXPECT_EQ(c.offices[0].values, 2);
    EXPECT_EQ(c.acceptedForms, QStringList { QFileInfo(f.path).fileName() });
}

TEST_F(FollowUpForms_, AGoalThatMovedOutOfTheGroupIsRejectedOneThatMovedWithinIsTaken)
{
    const qint64 salud = officeNamed(m_plan, u"Secretaría de Salud"_s);
    const qint64 gobierno = officeNamed(m_plan, u"Secretaría de Gobierno"_s);
    const qint64 hacienda = officeNamed(m_plan, u"Secretaría de Hacienda"_s);
    auto w = FollowUpForms::write(m_plan, m_planId, { Year, 0, { salud, gobierno }, u"Grupo A"_s },
                                  m_dir.path(u"grupo"_s));
    ASSERT_TRUE(bool(w)) << w.error().message.toStdString();
    const QString path = w->files.value(0).path;
    const qint64 within = programmedGoal(salud, Year, 0);
    const qint64 out = programmedGoal(salud, Year, 1);
    ASSERT_NE(out, 0);
    FilledForm form(path);
    form.setGoal(within, Achieved, 1);
    form.setGoal(out, Achieved, 2);
    form.save(path);
    {
        auto store = PlanStore::open(m_planPath);
        ASSERT_TRUE(bool(store));
        ASSERT_TRUE(bool((*store)->update(Table::ProductIndicator, within, u"responsible_office_id"_s, gobierno)));
        ASSERT_TRUE(bool((*store)->update(Table::ProductIndicator, out, u"responsible_office_id"_s, hacienda)));
    }
    const Collection c = collect({ path });
    EXPECT_TRUE(rejected(c, QFileInfo(path).fileName(), form.rowOf(out) + 1, u"fuera del grupo"_s)) << rejections(c);
    EXPECT_TRUE(rejected(c, QFileInfo(path).fileName(), form.rowOf(out) + 1, u"Secretaría de Hacienda"_s))
        << rejections(c);
    ASSERT_EQ(c.answers.size(), 1);
    EXPECT_EQ(c.answers[0].report.indicatorId, within);
    EXPECT_EQ(c.answers[0].officeId, gobierno);
    EXPECT_EQ(c.rejections.size(), 1);
}

TEST_F(FollowUpForms_, ChosenOfficesOnlyAndUnknownOrEmptyOfficesAreRefused)
{
    const qint64 salud = officeNamed(m_plan, u"Secretaría de Salud"_s);
    auto w = FollowUpForms::write(m_plan, m_planId, { Year, 0, { salud }, {} }, m_dir.path(u"una"_s));
    ASSERT_TRUE(bool(w));
    ASSERT_EQ(w->files.size(), 1);
    EXPECT_EQ(w->files[0].officeId, salud);
    // A one-office form keeps the signature forms had before groups: no «grupo» row.
    auto book = XlsxReader::read(w->files[0].path);
    ASSERT_TRUE(bool(book));
    const XlsxSheet *sigSheet = book->sheet(FormSignature::SheetName);
    for (int r = 0; r < sigSheet->rowCount(); ++r)
        EXPECT_NE(sigSheet->rowTexts(r, 2).value(0), u"grupo"_s);

    auto unknown = FollowUpForms::write(m_plan, m_planId, { Year, 0, { 999999 }, {} }, m_dir.path(u"x"_s));
    ASSERT_FALSE(bool(unknown));
    EXPECT_TRUE(unknown.error().message.contains(u"no está en el plan"_s)) << unknown.error().message.toStdString();
    EXPECT_FALSE(QDir(m_dir.path(u"x"_s)).exists());

    qint64 empty = 0;
    for (const Office &o : m_plan.offices)
        empty = goalsOf(o.id).isEmpty() ? o.id : empty;
    if (empty != 0) {
        auto none = FollowUpForms::write(m_plan, m_planId, { Year, 0, { empty }, {} }, m_dir.path(u"x"_s));
        ASSERT_FALSE(bool(none));
        EXPECT_TRUE(none.error().message.contains(u"no tiene metas"_s)) << none.error().message.toStdString();
    }
    int withGoals = 0;
    for (const OfficeGoals &o : FollowUpForms::officesWithGoals(m_plan)) {
        EXPECT_EQ(o.goals, goalsOf(o.officeId).size());
        ++withGoals;
    }
    EXPECT_GT(withGoals, 1);
}

TEST_F(FollowUpCli, OfficesAndGroupMakeOneFormForTheGroup)
{
    const QString folder = m_dir.path(u"grupo"_s);
    const test::CliResult r = cli({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2030"_s, u"--offices"_s,
                                    u"secretaría de salud; Secretaría de Gobierno"_s, u"--group"_s,
                                    u"Salud y Gobierno"_s, u"-o"_s, folder, u"--json"_s });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray files = json(r).value(u"formatos"_s).toArray();
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files[0][u"dependencia"_s].toString(), u"Salud y Gobierno"_s);
    EXPECT_EQ(files[0][u"dependencias"_s].toArray().size(), 2);
    const QString form = files[0][u"archivo"_s].toString();
    EXPECT_TRUE(QFile::exists(form));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);

    // Filled and collected back: the group is the summary's office.
    const PlanData plan = test::loadPlan(demoPath());
    FilledForm filled(form);
    qint64 goal = 0;
    for (qint64 id : filled.goalIds()) {
        const AnnualTarget *t = plan.indicator(id)->target(2030);
        if (goal == 0 && t && !t->notProgrammed)
            goal = id;
    }
    filled.setGoal(goal, layout::FirstAchievedColumn, 5);
    filled.save(form);
    const test::CliResult back = cli({ u"followup"_s, u"collect"_s, demoPath(), form, u"--json"_s });
    ASSERT_EQ(back.exitCode, 0) << back.out.toStdString() << back.err.toStdString();
    EXPECT_EQ(json(back)[u"dependencias"_s].toArray().first()[u"dependencia"_s].toString(), u"Salud y Gobierno"_s);
    EXPECT_EQ(json(back)[u"valores_escritos"_s].toInt(), 1);

    // An office the plan does not have, and a group without a name, are refused and write nothing.
    expectRefused({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2030"_s, u"--offices"_s,
                    u"Secretaría de Nada"_s, u"-o"_s, m_dir.path(u"nada"_s) },
                  u"Secretaría de Nada"_s, demoPath());
    expectRefused({ u"followup"_s, u"forms"_s, demoPath(), u"--year"_s, u"2030"_s, u"--group"_s, u" "_s, u"-o"_s,
                    m_dir.path(u"nada"_s) },
                  u"--group"_s, demoPath());
    EXPECT_FALSE(QDir(m_dir.path(u"nada"_s)).exists());
}
