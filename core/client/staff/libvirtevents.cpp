// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/libvirtevents.h"

#include "threads/eventloopthread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSocketNotifier>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <map>
#include <memory>
#include <mutex>

namespace mws::libvirtevents {

namespace {

// A file descriptor libvirt watches. The notifiers are made, changed and deleted on the event
// thread only; the rest is read and written under the adapter's mutex.
struct Watch
{
    int fd = -1;
    int events = 0;
    virEventHandleCallback callback = nullptr;
    void *opaque = nullptr;
    virFreeCallback freeOpaque = nullptr;
    bool removed = false;
    std::unique_ptr<QSocketNotifier> readable;
    std::unique_ptr<QSocketNotifier> writable;
};

// A periodic timer libvirt wants; an interval of -1 is off, 0 fires on every loop iteration.
struct Timeout
{
    int intervalMs = -1;
    virEventTimeoutCallback callback = nullptr;
    void *opaque = nullptr;
    virFreeCallback freeOpaque = nullptr;
    bool removed = false;
    std::unique_ptr<QTimer> timer;
};

// libvirt calls the hooks from any thread, also from inside its own callbacks on the event thread.
// They change the tables under the mutex and queue every change of a Qt object to the event
// thread; callbacks and free functions run with the mutex released, since they call the hooks.
struct Adapter
{
    QMutex mutex;
    int lastId = 0;
    std::map<int, Watch> watches;
    std::map<int, Timeout> timeouts;
    EventLoopThread *thread = nullptr;
    QObject *context = nullptr; // the thread's; null once it has stopped

    // Called with the mutex held, so changes reach the event thread in the order they were made.
    template <typename Function> void post(Function function)
    {
        if (context)
            QMetaObject::invokeMethod(context, std::move(function), Qt::QueuedConnection);
    }
};

// Never destroyed: libvirt may call the hooks until the process ends.
Adapter &adapter()
{
    static Adapter *const instance = new Adapter;
    return *instance;
}

// --- on the event thread ---

void watchReady(int id, int flag)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.watches.find(id);
    // A change libvirt made a moment ago may not have reached the notifier yet.
    if (it == a.watches.end() || it->second.removed || !(it->second.events & flag))
        return;
    const Watch &watch = it->second;
    const auto callback = watch.callback;
    const int fd = watch.fd;
    void *opaque = watch.opaque;
    lock.unlock();
    callback(id, fd, flag, opaque);
}

void setNotifier(std::unique_ptr<QSocketNotifier> &notifier, int id, int fd, QSocketNotifier::Type type,
                 bool wanted)
{
    if (!notifier && wanted) {
        notifier = std::make_unique<QSocketNotifier>(fd, type);
        const int flag =
            type == QSocketNotifier::Read ? VIR_EVENT_HANDLE_READABLE : VIR_EVENT_HANDLE_WRITABLE;
        QObject::connect(notifier.get(), &QSocketNotifier::activated, notifier.get(),
                         [id, flag] { watchReady(id, flag); });
    }
    if (notifier)
        notifier->setEnabled(wanted);
}

void applyWatch(int id)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.watches.find(id);
    if (it == a.watches.end() || it->second.removed)
        return;
    Watch &watch = it->second;
    // Qt reports a hang-up or an error as readable, which is how libvirt's reader learns of it.
    setNotifier(watch.readable, id, watch.fd, QSocketNotifier::Read,
                watch.events & VIR_EVENT_HANDLE_READABLE);
    setNotifier(watch.writable, id, watch.fd, QSocketNotifier::Write,
                watch.events & VIR_EVENT_HANDLE_WRITABLE);
}

void timeoutFired(int id)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.timeouts.find(id);
    if (it == a.timeouts.end() || it->second.removed || it->second.intervalMs < 0)
        return;
    const auto callback = it->second.callback;
    void *opaque = it->second.opaque;
    lock.unlock();
    callback(id, opaque);
}

void applyTimeout(int id)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.timeouts.find(id);
    if (it == a.timeouts.end() || it->second.removed)
        return;
    Timeout &timeout = it->second;
    if (timeout.intervalMs < 0) {
        if (timeout.timer)
            timeout.timer->stop();
        return;
    }
    if (!timeout.timer) {
        timeout.timer = std::make_unique<QTimer>();
        QObject::connect(timeout.timer.get(), &QTimer::timeout, timeout.timer.get(),
                         [id] { timeoutFired(id); });
    }
    timeout.timer->start(timeout.intervalMs); // libvirt counts an updated interval from now
}

// The Qt objects go first: the free function may close the descriptor a notifier watches.
void release(Watch &watch)
{
    watch.readable.reset();
    watch.writable.reset();
}

void release(Timeout &timeout)
{
    timeout.timer.reset();
}

// libvirt frees its opaque data through this: later than the remove call ("will likely deadlock"
// inside it), and after the last callback.
template <typename Entry> void forget(std::map<int, Entry> Adapter::*table, int id)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    auto node = (a.*table).extract(id);
    lock.unlock();
    if (!node)
        return;
    release(node.mapped());
    if (node.mapped().freeOpaque)
        node.mapped().freeOpaque(node.mapped().opaque);
}

// --- the hooks, on any thread ---

int addHandle(int fd, int events, virEventHandleCallback callback, void *opaque, virFreeCallback freeOpaque)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const int id = ++a.lastId;
    a.watches[id] = Watch{fd, events, callback, opaque, freeOpaque, false, nullptr, nullptr};
    a.post([id] { applyWatch(id); });
    return id;
}

void updateHandle(int id, int events)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.watches.find(id);
    if (it == a.watches.end() || it->second.removed)
        return;
    it->second.events = events;
    a.post([id] { applyWatch(id); });
}

int removeHandle(int id)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.watches.find(id);
    if (it == a.watches.end() || it->second.removed)
        return -1;
    it->second.removed = true; // no callback from here on
    a.post([id] { forget(&Adapter::watches, id); });
    return 0;
}

int addTimeout(int intervalMs, virEventTimeoutCallback callback, void *opaque, virFreeCallback freeOpaque)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const int id = ++a.lastId;
    a.timeouts[id] = Timeout{intervalMs, callback, opaque, freeOpaque, false, nullptr};
    a.post([id] { applyTimeout(id); });
    return id;
}

void updateTimeout(int id, int intervalMs)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.timeouts.find(id);
    if (it == a.timeouts.end() || it->second.removed)
        return;
    it->second.intervalMs = intervalMs;
    a.post([id] { applyTimeout(id); });
}

int removeTimeout(int id)
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    const auto it = a.timeouts.find(id);
    if (it == a.timeouts.end() || it->second.removed)
        return -1;
    it->second.removed = true;
    a.post([id] { forget(&Adapter::timeouts, id); });
    return 0;
}

// The notifiers and timers belong to the event thread: they go there, before it ends.
void dropQtObjects()
{
    Adapter &a = adapter();
    QMutexLocker lock(&a.mutex);
    for (auto &[id, watch] : a.watches)
        release(watch);
    for (auto &[id, timeout] : a.timeouts)
        release(timeout);
}

void stop()
{
    Adapter &a = adapter();
    QObject *context = nullptr;
    {
        QMutexLocker lock(&a.mutex);
        std::swap(context, a.context); // later changes have nowhere to go
    }
    if (!context)
        return;
    QMetaObject::invokeMethod(context, &dropQtObjects, Qt::BlockingQueuedConnection);
    delete a.thread; // joins
    a.thread = nullptr;
}

} // namespace

void start()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Adapter &a = adapter();
        {
            QMutexLocker lock(&a.mutex);
            a.thread = new EventLoopThread(QStringLiteral("mws-libvirt-events"));
            a.context = a.thread->context();
        }
        virEventRegisterImpl(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout, removeTimeout);
        qAddPostRoutine(stop);
    });
}

} // namespace mws::libvirtevents
