// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "libvirtdaemon.h"
#include "staff/hypervisorconnection.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using mws::DomainInfo;
using mws::HypervisorConnection;
using mws::test::LibvirtDaemon;

namespace {

using Domains = mws::Result<QList<DomainInfo>>;

// The test waits with the event loop running, as the app's GUI thread would keep running.
template <typename T> bool finishes(const QFuture<T> &future, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
}

// The longest time between two ticks of a 5 ms timer on this thread over the next `forMs`: how
// long the thread's event loop was kept from running.
qint64 longestTickGapMs(int forMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start();
    // A plain event loop, as the app's: QTest::qWait() sleeps between its own rounds.
    QEventLoop loop;
    QTimer::singleShot(forMs, &loop, &QEventLoop::quit);
    loop.exec();
    return std::max(longest, clock.elapsed() - last);
}

// A test-driver host file with `count` running domains.
QString writeHost(const QTemporaryDir &dir, int count)
{
    QByteArray xml = "<node>\n";
    for (int i = 0; i < count; ++i)
        xml += "<domain type='test'><name>site-" + QByteArray::number(i) +
               "</name><memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>\n";
    xml += "</node>\n";
    const QString path = dir.filePath(QStringLiteral("host.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return {};
    return path;
}

} // namespace

// Starts a private libvirtd for the test, or skips the test where there can be none.
#define START_DAEMON(daemon)                                                                                 \
    do {                                                                                                     \
        QString why;                                                                                         \
        if (!LibvirtDaemon::isAvailable(&why))                                                               \
            QSKIP(qPrintable(why));                                                                          \
        QVERIFY2((daemon).start(&why), qPrintable(why));                                                     \
    } while (false)

class TestHypervisorConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheTestDriversDomain()
    {
        HypervisorConnection connection(QStringLiteral("test:///default"));
        const QFuture<mws::Status> opened = connection.open();
        const QFuture<QString> uri = connection.uri();
        const QFuture<Domains> domains = connection.domains();
        // Calls run in the order made: once the last is done, so are the others.
        QVERIFY(finishes(domains));
        QVERIFY(opened.isFinished() && uri.isFinished());
        QVERIFY2(opened.result().ok(),
                 qPrintable(opened.result().ok() ? QString() : opened.result().error().fullText()));
        QCOMPARE(uri.result(), QStringLiteral("test:///default"));

        QVERIFY(domains.result().ok());
        // libvirt's default test hypervisor has exactly one running domain called "test".
        const QList<DomainInfo> list = domains.result().value();
        QCOMPARE(list.size(), 1);
        const DomainInfo &domain = list.first();
        QCOMPARE(domain.name, QStringLiteral("test"));
        QCOMPARE(domain.state, DomainInfo::State::Running);
        QVERIFY(!domain.uuid.isNull());
        QVERIFY(domain.memoryKiB > 0);
        QVERIFY(domain.virtualCpus > 0);
    }

    void aBadUriIsAnErrorWithLibvirtsReason()
    {
        HypervisorConnection connection(QStringLiteral("nosuchdriver:///nowhere"));
        const QFuture<mws::Status> opened = connection.open();
        const QFuture<Domains> domains = connection.domains();
        QVERIFY(finishes(domains));
        QVERIFY(!opened.result().ok());
        QCOMPARE(opened.result().error().kind, mws::Error::Kind::Network);
        QVERIFY(opened.result().error().message.contains(QLatin1String("nosuchdriver:///nowhere")));
        QVERIFY(!opened.result().error().detail.isEmpty());
        // What was queued behind the failed open fails too, without touching libvirt.
        QVERIFY(!domains.result().ok());
        QCOMPARE(domains.result().error().kind, mws::Error::Kind::Unavailable);
    }

    void listingReportsProgressOnTheCallersThread()
    {
        QTemporaryDir dir;
        const QString host = writeHost(dir, 6);
        QVERIFY(!host.isEmpty());
        HypervisorConnection connection(QStringLiteral("test://") + host);
        QVERIFY(finishes(connection.open()));

        QFutureWatcher<Domains> watcher;
        QList<int> values;
        bool onThisThread = true;
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int value) {
            values.append(value);
            onThisThread = onThisThread && QThread::currentThread() == thread();
        });
        // The watcher's own signal: isFinished() is the future's state, which is ahead of the
        // progress signals still on their way here.
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(connection.domains());
        QVERIFY(finished.wait(10000));
        QCOMPARE(watcher.result().value().size(), 6);
        QCOMPARE(watcher.progressMaximum(), 6);
        QVERIFY(!values.isEmpty());
        QCOMPARE(values.last(), 6); // Qt may skip steps in between, never the last
        QVERIFY(onThisThread);
    }

    void theCallersThreadNeverWaitsOnAHungDaemon()
    {
        LibvirtDaemon daemon;
        START_DAEMON(daemon);
        HypervisorConnection connection(daemon.uri());
        const QFuture<mws::Status> opened = connection.open();
        QVERIFY(finishes(opened));
        QVERIFY(opened.result().ok());

        daemon.pause();
        QElapsedTimer clock;
        clock.start();
        const QFuture<Domains> domains = connection.domains();
        const QFuture<QString> hostName = connection.hostName();
        QVERIFY2(clock.elapsed() < 50, "making a call waited");
        const qint64 gap = longestTickGapMs(1000);
        qInfo("longest gap between 5 ms ticks while the daemon hung: %lld ms", gap);
        QVERIFY(!domains.isFinished()); // it really is stuck in libvirt, on the worker
        QVERIFY2(gap < 50, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(gap)));

        daemon.resume();
        QVERIFY(finishes(hostName));
        QVERIFY(domains.result().ok());
        QCOMPARE(domains.result().value().size(), 1);
        QVERIFY(!hostName.result().isEmpty());
    }

    void aCallQueuedBehindAHungOneCanBeCancelled()
    {
        LibvirtDaemon daemon;
        START_DAEMON(daemon);
        HypervisorConnection connection(daemon.uri());
        QVERIFY(finishes(connection.open()));

        daemon.pause();
        const QFuture<Domains> domains = connection.domains();
        QFuture<QString> hostName = connection.hostName();
        bool continued = false;
        const QFuture<void> afterHostName =
            hostName.then(this, [&continued](const QString &) { continued = true; });
        QTest::qWait(100);
        hostName.cancel();
        daemon.resume();

        QVERIFY(finishes(domains));
        QVERIFY(domains.result().ok());
        QVERIFY(finishes(hostName));
        QVERIFY(hostName.isCanceled());
        QCOMPARE(hostName.resultCount(), 0);
        QVERIFY(finishes(afterHostName));
        QVERIFY(!continued);
    }

    void destroyingItMidCallNeitherCrashesNorHangs()
    {
        LibvirtDaemon daemon;
        START_DAEMON(daemon);
        // The call stuck on the stopped daemon is ended by keepalive: about 2 s with these.
        HypervisorConnection::Options options;
        options.keepAliveIntervalSeconds = 1;
        options.keepAliveCount = 1;
        auto connection = std::make_unique<HypervisorConnection>(daemon.uri(), options);
        QVERIFY(finishes(connection->open()));

        daemon.pause();
        QFuture<Domains> domains = connection->domains();
        const QFuture<QString> queued = connection->hostName();
        bool continued = false;
        const QFuture<void> after = domains.then(this, [&continued](const Domains &) { continued = true; });
        QTest::qWait(200);
        QVERIFY(!domains.isFinished());

        QElapsedTimer clock;
        clock.start();
        connection.reset();
        const qint64 took = clock.elapsed();
        qInfo("destroying the connection mid-call took %lld ms", took);
        QVERIFY2(took < 10000, qPrintable(QStringLiteral("it took %1 ms").arg(took)));
        QVERIFY(domains.isFinished() && domains.isCanceled());
        QVERIFY(queued.isFinished() && queued.isCanceled());
        QVERIFY(finishes(after));
        QVERIFY(!continued);

        // The daemon is fine, and so is a new connection to it.
        daemon.resume();
        HypervisorConnection again(daemon.uri());
        QVERIFY(finishes(again.open()));
        const QFuture<Domains> list = again.domains();
        QVERIFY(finishes(list));
        QVERIFY(list.result().ok());
    }

    void aDaemonThatGoesAwayIsReported()
    {
        LibvirtDaemon daemon;
        START_DAEMON(daemon);
        HypervisorConnection connection(daemon.uri());
        QVERIFY(finishes(connection.open()));
        QSignalSpy lost(&connection, &HypervisorConnection::disconnected);

        daemon.stop(); // nothing is asked of it: only libvirt's event thread can notice
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QCOMPARE(lost.first().first().value<HypervisorConnection::LostReason>(),
                 HypervisorConnection::LostReason::Closed);
        const QFuture<Domains> domains = connection.domains();
        QVERIFY(finishes(domains));
        QVERIFY(!domains.result().ok());
        QCOMPARE(domains.result().error().kind, mws::Error::Kind::Network);
    }

    void aDaemonThatStopsAnsweringIsGivenUp()
    {
        LibvirtDaemon daemon;
        START_DAEMON(daemon);
        HypervisorConnection::Options options;
        options.keepAliveIntervalSeconds = 1;
        options.keepAliveCount = 1;
        HypervisorConnection connection(daemon.uri(), options);
        QVERIFY(finishes(connection.open()));
        QSignalSpy lost(&connection, &HypervisorConnection::disconnected);

        daemon.pause();
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QCOMPARE(lost.first().first().value<HypervisorConnection::LostReason>(),
                 HypervisorConnection::LostReason::NotAnswering);
        daemon.resume();
    }
};

QTEST_GUILESS_MAIN(TestHypervisorConnection)
#include "tst_hypervisorconnection.moc"
