#pragma once

#include <QString>

namespace planea::ui {
class MainWindow;
}

/// `planea --bench PLAN`: whole-process figures a user feels, printed as one JSON object on stdout
/// and recorded by bench/run_bench.py. Measures the time from main() to the main window shown
/// with the plan open and painted, resident memory, and the longest the event loop is blocked
/// while walking every module page and sub-step and while making and undoing an edit (the
/// "UI never freezes for more than 100 ms" budget). Never used by tests: figures, not asserts.
int runGuiBenchmark(planea::ui::MainWindow &window, const QString &planPath, qint64 sinceMainNs);
