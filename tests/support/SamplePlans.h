#pragma once

#include "QtPrinters.h"
#include "domain/PlanData.h"
#include "domain/PlanInfo.h"
#include "storage/PlanStore.h"

#include <QString>
#include <QStringList>

namespace planea::test {

/// PlanInfo of a small imaginary municipality for tests (Filandia, Quindío, 2028–2031).
PlanInfo sampleInfo();

/// Creates a plan file with sampleInfo() and nothing else; fails the test if it cannot.
std::unique_ptr<PlanStore> createEmptyPlan(const QString &path);

/// Reads a plan file read-only; fails the test if it cannot.
PlanData loadPlan(const QString &path);

/// Writes the demonstration plan (what `planea-cli demo` writes) to `path` and returns it as read
/// back; fails the test if it cannot.
PlanData writeDemoPlan(const QString &path);

/// True when pdftotext (poppler-utils) is installed: the PDF tests read the text back with it.
bool havePdfToText();
/// The text of each page of a PDF, by pdftotext -layout (pages end at a form feed).
QStringList pdfPageTexts(const QString &pdf);

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
