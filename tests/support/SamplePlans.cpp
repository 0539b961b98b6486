#include "SamplePlans.h"

#include "demo/DemoPlan.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace planea::test {

PlanData loadPlan(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    auto store = PlanStore::open(path, options);
    EXPECT_TRUE(store.ok()) << (store.ok() ? std::string() : store.error().message.toStdString());
    if (!store.ok())
        return {};
    auto plan = (*store)->load();
    EXPECT_TRUE(plan.ok());
    return plan.ok() ? *plan : PlanData {};
}

PlanData writeDemoPlan(const QString &path)
{
    const Status s = demo::writeDemoPlan(path);
    EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
    return loadPlan(path);
}

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty();
}

QStringList pdfPageTexts(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    EXPECT_TRUE(p.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

PlanInfo sampleInfo()
{
    PlanInfo info;
    info.entity.daneCode = u"63272"_s;
    info.entity.name = u"Filandia"_s;
    info.entity.departmentCode = u"63"_s;
    info.entity.departmentName = u"Quindío"_s;
    info.entity.type = EntityType::Municipality;
    info.entity.category = u"6"_s;
    info.term.startYear = 2028;
    info.planName = u"Plan de prueba"_s;
    info.headOfGovernment = u"Alcaldesa de prueba"_s;
    return info;
}

std::unique_ptr<PlanStore> createEmptyPlan(const QString &path)
{
    auto store = PlanStore::create(path, sampleInfo());
    EXPECT_TRUE(store.ok()) << (store.ok() ? std::string() : store.error().message.toStdString());
    return store.ok() ? std::move(store.value()) : nullptr;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

CliResult runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(PLANEA_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace planea::test
