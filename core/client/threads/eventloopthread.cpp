// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "threads/eventloopthread.h"

#include <QCoreApplication>

#include <atomic>

namespace mws {

class EventLoopThread::Thread : public QThread
{
public:
    explicit Thread(EventLoopThread::Loop loop) : m_loop(std::move(loop)) {}

    void requestStop()
    {
        if (!m_loop.runOnce) {
            quit();
            return;
        }
        m_stopRequested = true;
        m_loop.wake();
    }

protected:
    void run() override
    {
        if (!m_loop.runOnce) {
            exec();
            return;
        }
        while (!m_stopRequested) {
            m_loop.runOnce();
            QCoreApplication::sendPostedEvents();
        }
    }

private:
    const EventLoopThread::Loop m_loop;
    std::atomic<bool> m_stopRequested = false;
};

EventLoopThread::EventLoopThread(const QString &name) : EventLoopThread(name, Loop{}) {}

EventLoopThread::EventLoopThread(const QString &name, Loop loop)
    : m_thread(std::make_unique<Thread>(std::move(loop))), m_context(std::make_unique<QObject>())
{
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

EventLoopThread::~EventLoopThread()
{
    stop();
    // Whatever the context still had queued is dropped with it, on this thread, now that the
    // loop is gone.
    m_context.reset();
}

const QThread *EventLoopThread::thread() const
{
    return m_thread.get();
}

bool EventLoopThread::isRunning() const
{
    return m_thread->isRunning();
}

void EventLoopThread::stop()
{
    if (m_thread->isFinished())
        return;
    m_thread->requestStop();
    m_thread->wait();
}

} // namespace mws
