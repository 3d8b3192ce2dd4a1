// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "threads/blockingworker.h"

namespace mws {

BlockingWorker::BlockingWorker(const QString &threadName, std::function<void()> cleanup)
    : m_cleanup(std::move(cleanup)), m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

BlockingWorker::~BlockingWorker()
{
    stop();
}

bool BlockingWorker::admit(const QFuture<void> &call)
{
    if (m_stopping)
        return false;
    // Finished calls need no cancelling; dropping them keeps the list as short as the queue.
    m_calls.removeIf([](const QFuture<void> &kept) { return kept.isFinished(); });
    m_calls.append(call);
    return true;
}

bool BlockingWorker::stop(QDeadlineTimer deadline)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopping) {
            m_stopping = true;
            // Queued jobs then finish at once without running; the running one is told.
            for (QFuture<void> &call : m_calls)
                call.cancel();
            m_calls.clear();
            QMetaObject::invokeMethod(
                m_context.get(),
                [this] {
                    if (m_cleanup)
                        m_cleanup();
                    m_thread.quit();
                },
                Qt::QueuedConnection);
        }
    }
    return m_thread.wait(deadline);
}

bool BlockingWorker::isStopping() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopping;
}

} // namespace mws
