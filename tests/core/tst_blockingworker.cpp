// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "threads/blockingworker.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

using mws::BlockingWorker;

namespace {

template <typename T> bool finishes(const QFuture<T> &future, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
}

// Holds the worker's thread in a job until opened, so the test knows what has not started yet.
struct Gate
{
    QSemaphore entered;
    QSemaphore opened;

    void hold(BlockingWorker &worker)
    {
        worker.call([this] {
            entered.release();
            opened.acquire();
        });
    }
    bool waitUntilHeld() { return entered.tryAcquire(1, 5000); }
    void open() { opened.release(); }
};

} // namespace

class TestBlockingWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunOnTheWorkerAndResultsComeBackInOrder()
    {
        BlockingWorker worker(QStringLiteral("test-worker"));
        // Held until every continuation is attached: one attached to a future that has already
        // finished runs at once, where it is attached, and would say nothing about the order.
        Gate gate;
        gate.hold(worker);
        QList<int> ran; // on the worker, one job at a time
        bool allOnWorker = true;
        QList<int> seen;
        bool allOnThisThread = true;
        for (int i = 0; i < 100; ++i) {
            worker
                .call([i, &worker, &ran, &allOnWorker] {
                    allOnWorker = allOnWorker && QThread::currentThread() == worker.thread();
                    ran.append(i);
                    return i;
                })
                .then(this, [&](int value) {
                    seen.append(value);
                    allOnThisThread = allOnThisThread && QThread::currentThread() == thread();
                });
        }
        QVERIFY(gate.waitUntilHeld());
        gate.open();

        QTRY_COMPARE(seen.size(), 100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(ran.at(i), i);
            QCOMPARE(seen.at(i), i);
        }
        QVERIFY(allOnWorker);
        QVERIFY(allOnThisThread);
    }

    void aContinuationIsSkippedWhenItsContextIsGone()
    {
        BlockingWorker worker(QStringLiteral("test-worker"));
        Gate gate;
        gate.hold(worker);
        QFuture<int> value = worker.call([] { return 42; });
        auto context = std::make_unique<QObject>();
        bool continued = false;
        const QFuture<void> after = value.then(context.get(), [&continued](int) { continued = true; });
        QVERIFY(gate.waitUntilHeld());

        context.reset();
        gate.open();
        QVERIFY(finishes(value));
        QCOMPARE(value.result(), 42);
        QVERIFY(finishes(after));
        QVERIFY(after.isCanceled());
        QCoreApplication::processEvents();
        QVERIFY(!continued);
    }

    void aCallCancelledBeforeItStartsNeverRuns()
    {
        BlockingWorker worker(QStringLiteral("test-worker"));
        Gate gate;
        gate.hold(worker);
        std::atomic<bool> ran = false;
        QFuture<int> cancelled = worker.call([&ran] {
            ran = true;
            return 1;
        });
        const QFuture<int> after = worker.call([] { return 2; });
        QVERIFY(gate.waitUntilHeld());

        cancelled.cancel();
        gate.open();
        QVERIFY(finishes(after));
        QCOMPARE(after.result(), 2);
        QVERIFY(cancelled.isFinished());
        QVERIFY(cancelled.isCanceled());
        QCOMPARE(cancelled.resultCount(), 0);
        QVERIFY(!ran);
    }

    void aRunningCallIsToldAndStopsAtItsNextCheck()
    {
        BlockingWorker worker(QStringLiteral("test-worker"));
        QSemaphore started;
        QFuture<int> running = worker.callWithPromise<int>([&started](QPromise<int> &promise) {
            started.release();
            while (!promise.isCanceled())
                QThread::msleep(1);
            promise.addResult(-1); // too late: a cancelled future takes no result
        });
        QVERIFY(started.tryAcquire(1, 5000));

        running.cancel();
        QVERIFY(finishes(running, 1000));
        QVERIFY(running.isCanceled());
        QCOMPARE(running.resultCount(), 0);
        // The worker carries on with the next call.
        const QFuture<int> next = worker.call([] { return 7; });
        QVERIFY(finishes(next));
        QCOMPARE(next.result(), 7);
    }

    void progressArrivesOnTheCallersThread()
    {
        BlockingWorker worker(QStringLiteral("test-worker"));
        Gate gate;
        gate.hold(worker);
        // 50 ms apart: Qt passes on at most 25 progress changes a second.
        const QFuture<int> counted = worker.callWithPromise<int>([](QPromise<int> &promise) {
            promise.setProgressRange(0, 5);
            for (int step = 1; step <= 5; ++step) {
                QThread::msleep(50);
                promise.setProgressValue(step);
            }
            promise.addResult(5);
        });
        QFutureWatcher<int> watcher;
        QList<int> values;
        bool onThisThread = true;
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int value) {
            values.append(value);
            onThisThread = onThisThread && QThread::currentThread() == thread();
        });
        // The watcher's own signal: isFinished() is the future's state, which is ahead of the
        // progress signals still on their way here.
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(counted);
        QVERIFY(gate.waitUntilHeld());
        gate.open();

        QVERIFY(finished.wait(10000));
        QCOMPARE(watcher.result(), 5);
        QCOMPARE(watcher.progressMaximum(), 5);
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last(), 5);
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QVERIFY(onThisThread);
    }

    void theCallersThreadKeepsRunningDuringASlowCall()
    {
        BlockingWorker worker(QStringLiteral("test-worker"));
        // A step that blocks and never checks for cancellation, as a library call does.
        const QFuture<int> slow = worker.call([] {
            QThread::msleep(600);
            return 1;
        });
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ticker.start();
        // A plain event loop until the call is done, as the app's: QTest::qWait() sleeps between
        // its own rounds.
        QEventLoop loop;
        QFutureWatcher<int> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(slow);
        loop.exec();
        ticker.stop();
        QVERIFY(clock.elapsed() >= 550);
        qInfo("longest gap between 5 ms ticks during a 600 ms call: %lld ms", longest);
        QVERIFY2(longest < 50,
                 qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(longest)));
    }

    void stoppingCancelsWhatIsQueuedAndJoins()
    {
        const QThread *workerThread = nullptr;
        std::atomic<bool> cleanedUpOnWorker = false;
        auto worker = std::make_unique<BlockingWorker>(QStringLiteral("test-worker"), [&] {
            cleanedUpOnWorker = QThread::currentThread() == workerThread;
        });
        workerThread = worker->thread();
        QSemaphore started;
        const QFuture<int> running = worker->callWithPromise<int>([&started](QPromise<int> &promise) {
            started.release();
            while (!promise.isCanceled())
                QThread::msleep(1);
        });
        std::atomic<int> pendingRan = 0;
        QList<QFuture<int>> pending;
        for (int i = 0; i < 10; ++i)
            pending.append(worker->call([&pendingRan] { return ++pendingRan; }));
        QVERIFY(started.tryAcquire(1, 5000));

        QElapsedTimer clock;
        clock.start();
        QVERIFY(worker->stop(QDeadlineTimer(5000)));
        QVERIFY2(clock.elapsed() < 1000, "stopping waited for more than the running call's next check");
        QVERIFY(running.isFinished() && running.isCanceled());
        for (const QFuture<int> &call : std::as_const(pending))
            QVERIFY(call.isFinished() && call.isCanceled());
        QVERIFY(cleanedUpOnWorker);

        // A call made after stopping is refused at once.
        const QFuture<int> late = worker->call([&pendingRan] { return ++pendingRan; });
        QVERIFY(late.isFinished() && late.isCanceled());
        worker.reset();
        QCOMPARE(pendingRan.load(), 0);
    }

    void destroyingItWithCallsPendingJoins()
    {
        auto worker = std::make_unique<BlockingWorker>(QStringLiteral("test-worker"));
        Gate gate;
        gate.hold(*worker);
        std::atomic<int> ran = 0;
        QList<QFuture<int>> pending;
        for (int i = 0; i < 10; ++i)
            pending.append(worker->call([&ran] { return ++ran; }));
        QVERIFY(gate.waitUntilHeld());
        // The held job ends when another thread opens the gate; the destructor waits for that
        // and runs nothing queued behind it.
        std::unique_ptr<QThread> opener(QThread::create([&gate] {
            QThread::msleep(100);
            gate.open();
        }));
        opener->start();
        QElapsedTimer clock;
        clock.start();
        worker.reset();
        const qint64 took = clock.elapsed();
        opener->wait();
        QVERIFY2(took >= 90 && took < 5000, qPrintable(QStringLiteral("it took %1 ms").arg(took)));
        for (const QFuture<int> &call : std::as_const(pending))
            QVERIFY(call.isFinished() && call.isCanceled());
        QCOMPARE(ran.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBlockingWorker)
#include "tst_blockingworker.moc"
