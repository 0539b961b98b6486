#include "BackgroundExport.h"

#include <QPointer>
#include <QThread>

namespace planea::ui {

BackgroundExport::BackgroundExport(Job job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{
}

BackgroundExport::~BackgroundExport()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundExport::start()
{
    if (m_thread)
        return;
    m_cancel->store(false);
    QPointer<BackgroundExport> self(this);
    auto cancel = m_cancel;
    Job job = m_job;
    m_thread = QThread::create([self, cancel, job]() {
        const exporting::ProgressCallback progress = [self, cancel](int done, int total) {
            if (self) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            emit self->progressChanged(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        Status status = job(progress);
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, status] {
                    if (!self)
                        return;
                    self->m_status = status;
                    if (self->m_thread) {
                        self->m_thread->wait();
                        delete self->m_thread;
                        self->m_thread = nullptr;
                    }
                    emit self->finished();
                },
                Qt::QueuedConnection);
        }
    });
    m_thread->start();
}

void BackgroundExport::cancel()
{
    m_cancel->store(true);
}

bool BackgroundExport::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace planea::ui
