#pragma once

#include "export/ExportProgress.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace planea::ui {

/// Runs a document export on a worker thread so the window stays responsive: the job receives a
/// progress callback that reports to the UI thread (progressChanged) and answers false once
/// cancel() was called. finished() is emitted on the UI thread with the job's status. The job
/// must only use data it owns (a copy of the plan), never the PlanDocument.
class BackgroundExport final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Status(const exporting::ProgressCallback &progress)>;

    explicit BackgroundExport(Job job, QObject *parent = nullptr);
    ~BackgroundExport() override;

    void start();
    /// Asks the job to stop at its next progress report.
    void cancel();
    bool isRunning() const;
    /// The status once finished() was emitted.
    const Status &status() const { return m_status; }

signals:
    void progressChanged(int done, int total);
    void finished();

private:
    Job m_job;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QThread *m_thread = nullptr;
    Status m_status;
};

} // namespace planea::ui
