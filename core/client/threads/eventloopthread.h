// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace mws {

// The one long-lived thread, beside the per-connection BlockingWorkers, for a library that runs
// an event loop of its own (libvirt's keepalives and close callbacks, libssh's session polling).
// It runs in one of two ways:
//
// - Qt's event loop, for a library adapted onto QSocketNotifier and QTimer objects that live on
//   context() (libvirt: staff/libvirtevents.h);
// - the library's own loop: loop.runOnce() is called until stop(). loop.wake() is called from
//   another thread and must make the current runOnce() return, or the next one if none is running
//   (a byte written to a pipe the loop polls; a timeout of 0 registered with the library). Calls
//   posted to context() run between two runOnce(); wake() the loop after posting one.
//
// It starts when made and stop() (or the destructor) ends and joins it; nothing is terminated.
class EventLoopThread
{
public:
    struct Loop
    {
        std::function<void()> runOnce;
        std::function<void()> wake;
    };

    explicit EventLoopThread(const QString &name); // runs Qt's event loop
    EventLoopThread(const QString &name, Loop loop);
    ~EventLoopThread();

    EventLoopThread(const EventLoopThread &) = delete;
    EventLoopThread &operator=(const EventLoopThread &) = delete;

    QObject *context() const { return m_context.get(); }
    const QThread *thread() const;
    bool isRunning() const;
    void stop();

private:
    class Thread;
    std::unique_ptr<Thread> m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread
};

} // namespace mws
