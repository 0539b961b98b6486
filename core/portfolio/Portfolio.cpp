#include "Portfolio.h"

#include "calc/Completeness.h"
#include "storage/PlanStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace planea::portfolio {

namespace {

/// What reading one file gave: its figures with the plan's identity, or why it was left out.
struct FileOutcome
{
    std::optional<MunicipalityFigures> figures;
    std::optional<UnreadFile> unread;
    QString entityType; ///< "municipio" unless a department's or district's plan
};

QString sectorOfProduct(const PlanData &plan, qint64 productId)
{
    const Product *product = plan.product(productId);
    const BudgetProgram *program = product ? plan.program(product->programId) : nullptr;
    return program ? program->code.left(2) : QString();
}

SectorFigures &sectorEntry(QList<SectorFigures> &sectors, const QString &code)
{
    for (SectorFigures &s : sectors) {
        if (s.code == code)
            return s;
    }
    sectors.append(SectorFigures { code, {}, 0, 0, 0, 0, 0 });
    return sectors.last();
}

std::optional<double> average(double sum, int count)
{
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

FileOutcome readOne(const QString &path, int year)
{
    FileOutcome outcome;
    const QString name = QFileInfo(path).fileName();
    auto leaveOut = [&](UnreadReason reason, const QString &message) {
        outcome.unread = UnreadFile { name, reason, message };
        return outcome;
    };
    if (!name.endsWith(u".planea"_s, Qt::CaseInsensitive)) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"xlsx"_s || suffix == u"csv"_s || suffix == u"xls"_s) {
            return leaveOut(UnreadReason::NotAPlanFile,
                            QCoreApplication::translate(
                                "Portfolio",
                                "it is not a .planea plan: KPT workbooks and follow-up matrices are not read in the "
                                "portfolio yet (import it first with «planea-cli import-kpt» or «import-matrix»)"));
        }
        return leaveOut(UnreadReason::NotAPlanFile,
                        QCoreApplication::translate("Portfolio", "it is not a .planea plan file"));
    }
    OpenOptions options;
    options.readOnly = true;
    options.leaveFilesAsTheyAre = true;
    auto store = PlanStore::open(path, options);
    if (!store)
        return leaveOut(UnreadReason::Damaged,
                        QCoreApplication::translate("Portfolio", "it cannot be read: %1").arg(store.error().message));
    auto loaded = (*store)->load();
    store->reset();
    if (!loaded)
        return leaveOut(UnreadReason::Damaged,
                        QCoreApplication::translate("Portfolio", "it cannot be read: %1").arg(loaded.error().message));
    const PlanData &plan = *loaded;
    const TerritorialEntity &entity = plan.info.entity;

    MunicipalityFigures m;
    m.file = name;
    m.daneCode = entity.daneCode;
    m.name = entity.name;
    m.departmentCode = entity.departmentCode.isEmpty() ? entity.daneCode.left(2) : entity.departmentCode;
    m.departmentName = entity.departmentName;
    m.category = entity.category;
    m.termStart = plan.info.term.startYear;
    m.isDemo = plan.info.isDemo;
    outcome.figures = m;
    if (entity.type != EntityType::Municipality || entity.daneCode.size() != 5) {
        return leaveOut(UnreadReason::NotMunicipal,
                        QCoreApplication::translate("Portfolio", "it is the plan of %1 (%2), not of a municipality")
                            .arg(entity.name, entity.daneCode));
    }
    if (!plan.info.term.contains(year)) {
        return leaveOut(
            UnreadReason::OtherPeriod,
            QCoreApplication::translate("Portfolio", "its government period is %1–%2, which does not include %3")
                .arg(plan.info.term.startYear)
                .arg(plan.info.term.endYear())
                .arg(year));
    }

    m.method = calc::planMethod(plan);
    calc::EfficacyOptions efficacyOptions;
    efficacyOptions.method = m.method;
    const calc::EfficacyReport report = calc::computeEfficacy(plan, year, efficacyOptions);
    m.efficacy = report.plan.efficacy;
    m.termProgress = report.plan.termProgress;
    m.integrity = report.informationIntegrity;
    m.ediCategory = report.plan.category;
    m.goalsProgrammed = report.plan.goalsProgrammed;
    m.goalsReported = report.plan.goalsReported;
    if (m.goalsReported == 0) {
        outcome.figures = m;
        return leaveOut(
            UnreadReason::NoProgress,
            m.goalsProgrammed == 0
                ? QCoreApplication::translate("Portfolio", "it has no goal programmed for %1").arg(year)
                : QCoreApplication::translate("Portfolio", "it has no progress reported for %1 (%2 goals programmed)")
                      .arg(year)
                      .arg(m.goalsProgrammed));
    }
    m.completeness = calc::overallCompleteness(calc::computeCompleteness(plan));

    for (const calc::GroupEfficacy &sector : report.sectors) {
        SectorFigures &s = sectorEntry(m.sectors, sector.code);
        s.efficacy = sector.efficacy;
        s.goalsProgrammed = sector.goalsProgrammed;
        s.goalsReported = sector.goalsReported;
    }
    QHash<QString, std::pair<double, int>> sdgSums; // ODS → (Σ capped compliance, goals with one)
    for (const calc::GoalEfficacy &g : report.goals) {
        const ProductIndicator *indicator = plan.indicator(g.indicatorId);
        if (!g.programmed || !indicator || !indicator->sdg)
            continue;
        const QString code = QString::number(*indicator->sdg);
        SectorFigures &s = sectorEntry(m.sdgs, code);
        ++s.goalsProgrammed;
        if (g.efficacy) {
            ++s.goalsReported;
            sdgSums[code].first += g.efficacy->capped;
            ++sdgSums[code].second;
        }
    }
    for (SectorFigures &s : m.sdgs)
        s.efficacy = average(sdgSums.value(s.code).first, sdgSums.value(s.code).second);
    std::sort(m.sdgs.begin(), m.sdgs.end(),
              [](const SectorFigures &a, const SectorFigures &b) { return a.code.toInt() < b.code.toInt(); });
    for (const InvestmentAmount &cell : plan.investments) {
        if (cell.year != year)
            continue;
        m.planned += cell.amount;
        if (const QString code = sectorOfProduct(plan, cell.productId); !code.isEmpty())
            sectorEntry(m.sectors, code).planned += cell.amount;
    }
    for (const BudgetExecution &e : plan.executions) {
        if (e.year != year)
            continue;
        m.appropriation += e.appropriation;
        m.commitments += e.commitments;
        m.obligations += e.obligations;
        if (const QString code = sectorOfProduct(plan, e.productId); !code.isEmpty())
            sectorEntry(m.sectors, code).obligations += e.obligations;
    }
    outcome.figures = m;
    return outcome;
}

QString chooseDepartment(const QList<FileOutcome> &outcomes)
{
    QMap<QString, int> counts; // ordered by code: the lowest code wins a tie
    for (const FileOutcome &o : outcomes) {
        if (o.figures && (!o.unread || o.unread->reason != UnreadReason::NotMunicipal))
            ++counts[o.figures->departmentCode];
    }
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

} // namespace

QString reasonCode(UnreadReason reason)
{
    switch (reason) {
    case UnreadReason::NotAPlanFile:
        return u"no_es_plan"_s;
    case UnreadReason::Damaged:
        return u"danado"_s;
    case UnreadReason::OtherDepartment:
        return u"otro_departamento"_s;
    case UnreadReason::OtherPeriod:
        return u"otro_periodo"_s;
    case UnreadReason::NoProgress:
        return u"sin_avance"_s;
    case UnreadReason::Duplicate:
        return u"duplicado"_s;
    case UnreadReason::NotMunicipal:
        return u"no_municipal"_s;
    }
    return {};
}

Result<QStringList> portfolioFiles(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Error::badInput(QCoreApplication::translate("Portfolio", "The folder «%1» does not exist.")
                                   .arg(QDir::toNativeSeparators(folder)));
    if (!info.isDir())
        return Error::badInput(
            QCoreApplication::translate("Portfolio", "«%1» is not a folder.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    QStringList files;
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const QString name = entry.fileName();
        if (name.endsWith(u"-journal"_s) || name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s))
            continue;
        files.append(entry.filePath());
    }
    return files;
}

PortfolioResult readPortfolio(const QStringList &files, const PortfolioOptions &options)
{
    PortfolioResult result;
    result.year = options.year;
    const int year = options.year;
    QList<FileOutcome> outcomes;
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    if (threads == 1 || files.size() < 2) {
        for (const QString &file : files)
            outcomes.append(readOne(file, year));
    } else {
        // Each plan has its own SQLite connection, opened and closed on the thread that reads it.
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        outcomes = QtConcurrent::blockingMapped<QList<FileOutcome>>(
            &pool, files, [year](const QString &file) { return readOne(file, year); });
    }

    result.department.code = options.departmentCode.isEmpty() ? chooseDepartment(outcomes) : options.departmentCode;
    QHash<QString, QString> readCodes; // DANE code → file read
    for (FileOutcome &o : outcomes) {
        if (!o.figures) {
            result.unread.append(*o.unread);
            continue;
        }
        MunicipalityFigures &m = *o.figures;
        if (m.departmentCode != result.department.code
            && (!o.unread || o.unread->reason != UnreadReason::NotMunicipal)) {
            // Another department outranks every other reason: it is not this portfolio's plan.
            o.unread
                = UnreadFile { m.file, UnreadReason::OtherDepartment,
                               QCoreApplication::translate("Portfolio", "it belongs to another department (%1, %2)")
                                   .arg(m.departmentName.isEmpty() ? m.name : m.departmentName, m.departmentCode) };
        }
        if (o.unread) {
            result.unread.append(*o.unread);
            continue;
        }
        if (readCodes.contains(m.daneCode)) {
            result.unread.append(
                { m.file, UnreadReason::Duplicate,
                  QCoreApplication::translate("Portfolio", "another plan of %1 (%2) was already read: «%3»")
                      .arg(m.name, m.daneCode, readCodes.value(m.daneCode)) });
            continue;
        }
        readCodes.insert(m.daneCode, m.file);
        if (result.department.name.isEmpty())
            result.department.name = m.departmentName;
        result.municipalities.append(m);
    }

    std::stable_sort(result.municipalities.begin(), result.municipalities.end(),
                     [](const MunicipalityFigures &a, const MunicipalityFigures &b) {
                         if (a.efficacy.has_value() != b.efficacy.has_value())
                             return a.efficacy.has_value();
                         if (a.efficacy && *a.efficacy != *b.efficacy)
                             return *a.efficacy > *b.efficacy;
                         return a.daneCode < b.daneCode;
                     });

    DepartmentFigures &d = result.department;
    double efficacySum = 0, progressSum = 0;
    int efficacyCount = 0, progressCount = 0;
    QMap<QString, double> sectorSums, sdgSums;
    QMap<QString, SectorFigures> sectors;
    QMap<int, SectorFigures> sdgs; // by ODS number
    for (qsizetype i = 0; i < result.municipalities.size(); ++i) {
        MunicipalityFigures &m = result.municipalities[i];
        m.rank = int(i + 1);
        ++d.municipalities;
        if (m.efficacy) {
            efficacySum += *m.efficacy;
            ++efficacyCount;
        }
        if (m.termProgress) {
            progressSum += *m.termProgress;
            ++progressCount;
        }
        d.goalsProgrammed += m.goalsProgrammed;
        d.goalsReported += m.goalsReported;
        d.planned += m.planned;
        d.appropriation += m.appropriation;
        d.commitments += m.commitments;
        d.obligations += m.obligations;
        for (const SectorFigures &s : m.sdgs) {
            SectorFigures &total = sdgs[s.code.toInt()];
            total.code = s.code;
            total.goalsProgrammed += s.goalsProgrammed;
            total.goalsReported += s.goalsReported;
            if (s.efficacy) {
                sdgSums[s.code] += *s.efficacy;
                ++total.municipalities;
            }
        }
        for (const SectorFigures &s : m.sectors) {
            SectorFigures &total = sectors[s.code];
            total.code = s.code;
            total.goalsProgrammed += s.goalsProgrammed;
            total.goalsReported += s.goalsReported;
            total.planned += s.planned;
            total.obligations += s.obligations;
            if (s.efficacy) {
                sectorSums[s.code] += *s.efficacy;
                ++total.municipalities;
            }
        }
    }
    d.efficacy = average(efficacySum, efficacyCount);
    d.termProgress = average(progressSum, progressCount);
    d.integrity
        = d.goalsProgrammed > 0 ? std::optional<double>(100.0 * d.goalsReported / d.goalsProgrammed) : std::nullopt;
    d.ediCategory = calc::EfficacyScale::standard().categorize(d.efficacy);
    for (SectorFigures &s : sectors) {
        s.efficacy = average(sectorSums.value(s.code), s.municipalities);
        d.sectors.append(s);
    }
    for (SectorFigures &s : sdgs) {
        s.efficacy = average(sdgSums.value(s.code), s.municipalities);
        d.sdgs.append(s);
    }
    return result;
}

} // namespace planea::portfolio
