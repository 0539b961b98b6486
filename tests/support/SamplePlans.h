#pragma once

#include "QtPrinters.h"
#include "domain/PlanInfo.h"
#include "storage/PlanStore.h"

#include <QString>

namespace planea::test {

/// PlanInfo of a small imaginary municipality for tests (Filandia, Quindío, 2028–2031).
PlanInfo sampleInfo();

/// Creates a plan file with sampleInfo() and nothing else; fails the test if it cannot.
std::unique_ptr<PlanStore> createEmptyPlan(const QString &path);

/// Writes raw bytes to a file (for damaged-file tests).
void writeBytes(const QString &path, const QByteArray &bytes);
QByteArray readBytes(const QString &path);

/// Runs planea-cli with arguments; returns exit code, stdout and stderr.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments, const QByteArray &input = {});

} // namespace planea::test
