// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "threads/eventloopthread.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using mws::EventLoopThread;

namespace {

// A library's loop as libssh's session polling looks: it blocks in poll() until one of its
// descriptors is ready. A pipe is its one descriptor and the way to wake it.
class PollingLoop
{
public:
    PollingLoop() { m_ok = ::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) == 0; }
    ~PollingLoop()
    {
        if (m_ok) {
            ::close(m_pipe[0]);
            ::close(m_pipe[1]);
        }
    }
    bool ok() const { return m_ok; }

    EventLoopThread::Loop loop()
    {
        return {[this] { runOnce(); }, [this] { wake(); }};
    }
    int iterations() const { return m_iterations; }
    bool ranOn(const QThread *thread) const { return m_thread == thread; }

    // A byte stays in the pipe until read: a wake-up before poll() is not lost.
    void wake()
    {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_pipe[1], &byte, 1);
    }

private:
    void runOnce()
    {
        m_thread = QThread::currentThread();
        ++m_iterations;
        pollfd fd{m_pipe[0], POLLIN, 0};
        if (::poll(&fd, 1, -1) > 0) {
            char drained[64];
            while (::read(m_pipe[0], drained, sizeof drained) > 0) {
            }
        }
    }
    int m_pipe[2] = {-1, -1};
    bool m_ok = false;
    std::atomic<int> m_iterations = 0;
    std::atomic<const QThread *> m_thread = nullptr;
};

} // namespace

class TestEventLoopThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtsLoopRunsQueuedCallsAndTimersOnItsThread()
    {
        EventLoopThread events(QStringLiteral("test-events"));
        std::atomic<bool> queuedOnThread = false;
        std::atomic<bool> timerOnThread = false;
        QMetaObject::invokeMethod(
            events.context(),
            [&] {
                queuedOnThread = QThread::currentThread() == events.thread();
                // A timer made there fires there, as a library adapter's timers do.
                QTimer::singleShot(20, events.context(),
                                   [&] { timerOnThread = QThread::currentThread() == events.thread(); });
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(timerOnThread);
        QVERIFY(queuedOnThread);

        QElapsedTimer clock;
        clock.start();
        events.stop();
        QVERIFY(!events.isRunning());
        QVERIFY(clock.elapsed() < 1000);
    }

    void aLibrarysLoopRunsUntilStopped()
    {
        PollingLoop library;
        QVERIFY(library.ok());
        EventLoopThread events(QStringLiteral("test-events"), library.loop());
        QTRY_VERIFY(library.ranOn(events.thread()));
        // It blocks in the library's poll() rather than spinning.
        QTest::qWait(200);
        QCOMPARE(library.iterations(), 1);

        // A call posted to its context runs between two passes, once the loop is woken.
        std::atomic<bool> ranOnThread = false;
        QMetaObject::invokeMethod(
            events.context(), [&] { ranOnThread = QThread::currentThread() == events.thread(); },
            Qt::QueuedConnection);
        library.wake();
        QTRY_VERIFY(ranOnThread);

        QElapsedTimer clock;
        clock.start();
        events.stop();
        QVERIFY(!events.isRunning());
        QVERIFY2(clock.elapsed() < 1000, "stop() did not wake the library's loop");
    }

    void destroyingItStopsAndJoinsIt()
    {
        PollingLoop library;
        QVERIFY(library.ok());
        QElapsedTimer clock;
        {
            EventLoopThread events(QStringLiteral("test-events"), library.loop());
            QTRY_VERIFY(library.iterations() >= 1);
            clock.start();
        }
        QVERIFY(clock.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestEventLoopThread)
#include "tst_eventloopthread.moc"
