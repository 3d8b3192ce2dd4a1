// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDeadlineTimer>
#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace mws {

// A thread of its own for one handle of a blocking library (a libvirt connection, an SSH
// session), so that the GUI thread never waits on the library:
//
// - call() queues a job; jobs run on the worker's thread one at a time, in the order queued.
// - Each returns a QFuture. Read it with .then(context, …), which runs on the context's thread and
//   is skipped if the context is destroyed first, or with a QFutureWatcher; never block on it.
//   Continuations run in the order the jobs finished, except one attached to a future that has
//   finished already: Qt runs that at once, in the code attaching it.
// - QFuture::cancel(): a job that has not started never runs; a running one sees
//   promise.isCanceled() at its next check (callWithPromise), and may stop there.
// - Progress: promise.setProgressRange()/setProgressValue(), seen by a QFutureWatcher.
// - stop() and the destructor cancel every job, wait for the running one to return, run the
//   cleanup on the thread (where the handle is closed) and join it. Nothing is abandoned or
//   terminated, so a job must end on its own: give the library a timeout (libvirt's keepalive,
//   libssh's connect and read timeouts).
class BlockingWorker
{
public:
    explicit BlockingWorker(const QString &threadName, std::function<void()> cleanup = {});
    ~BlockingWorker();

    BlockingWorker(const BlockingWorker &) = delete;
    BlockingWorker &operator=(const BlockingWorker &) = delete;

    // job() runs on the worker's thread; what it returns fulfils the future.
    template <typename Job> auto call(Job job) -> QFuture<std::invoke_result_t<Job &>>;
    // job(promise) runs on the worker's thread and adds its result itself; it may report progress
    // and check promise.isCanceled(). A job that returns without a result leaves the future empty.
    template <typename T, typename Job> QFuture<T> callWithPromise(Job job);

    // True once joined; false if `deadline` passed first (the thread still ends after its job).
    bool stop(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool isStopping() const;
    const QThread *thread() const { return &m_thread; }

private:
    // Keeps the call so stop() can cancel it; false once stopping (the call is then dropped).
    // Called with m_mutex held.
    bool admit(const QFuture<void> &call);

    mutable QMutex m_mutex; // guards m_calls and m_stopping, and keeps posts in order with stop()
    QList<QFuture<void>> m_calls;
    bool m_stopping = false;
    const std::function<void()> m_cleanup;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: every job is posted to it
};

template <typename Job> auto BlockingWorker::call(Job job) -> QFuture<std::invoke_result_t<Job &>>
{
    using T = std::invoke_result_t<Job &>;
    return callWithPromise<T>([job = std::move(job)](QPromise<T> &promise) mutable {
        if constexpr (std::is_void_v<T>)
            job();
        else
            promise.addResult(job());
    });
}

template <typename T, typename Job> QFuture<T> BlockingWorker::callWithPromise(Job job)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    auto run = [promise, job = std::move(job)]() mutable {
        if (!promise->isCanceled()) {
            promise->start();
            job(*promise);
        }
        promise->finish();
    };
    // Posted under the lock, so no job is queued behind the one stop() posts last. A refused job
    // is dropped here: its promise goes with it, which cancels and finishes the future.
    QMutexLocker lock(&m_mutex);
    if (admit(QFuture<void>(future)))
        QMetaObject::invokeMethod(m_context.get(), std::move(run), Qt::QueuedConnection);
    return future;
}

} // namespace mws
