// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Files tab's transfer queue without a session: its starter hands out futures the test
// fulfils, so the order, cancelling, retrying and the end of a session are seen step by step.
#include "files/transferqueue.h"

#include <QPromise>
#include <QTest>

#include <memory>

using mws::Error;
using mws::Result;
using mws::TransferSummary;
using mws::ui::Transfer;
using mws::ui::TransferQueue;

class TestTransferQueue : public QObject
{
    Q_OBJECT

    using Promise = QPromise<Result<TransferSummary>>;
    QList<std::shared_ptr<Promise>> m_promises; // one for each transfer started, in order
    QStringList m_started;                      // their remote paths

    TransferQueue::Starter starter()
    {
        return [this](const Transfer &transfer) {
            auto promise = std::make_shared<Promise>();
            promise->start();
            m_promises << promise;
            m_started << transfer.remotePath;
            return promise->future();
        };
    }
    static void finish(Promise &promise, Result<TransferSummary> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }

private Q_SLOTS:
    void init()
    {
        m_promises.clear();
        m_started.clear();
    }

    void runsOneAtATimeAndSkipsACancelledOne()
    {
        TransferQueue queue;
        int ended = 0;
        connect(&queue, &TransferQueue::finished, this, [&ended] { ++ended; });
        queue.enqueue(Transfer::Direction::Upload, QStringLiteral("/l/a"), QStringLiteral("/r/a"), 2048);
        QVERIFY(!queue.isRunning()); // no session yet: it waits
        queue.setStarter(QStringLiteral("site"), starter());
        queue.enqueue(Transfer::Direction::Upload, QStringLiteral("/l/b"), QStringLiteral("/r/b"), 10);
        queue.enqueue(Transfer::Direction::Download, QStringLiteral("/l/c"), QStringLiteral("/r/c"), 10);
        QCOMPARE(m_started, QStringList{QStringLiteral("/r/a")});
        QCOMPARE(queue.transfer(0).state, Transfer::State::Running);
        QCOMPARE(queue.transfer(1).state, Transfer::State::Waiting);
        queue.cancel(1);
        QCOMPARE(queue.transfer(1).state, Transfer::State::Cancelled);

        m_promises[0]->setProgressRange(0, 2);
        m_promises[0]->setProgressValue(1);
        QTRY_COMPARE(queue.transfer(0).doneBytes, qint64(1024));
        QVERIFY(TransferQueue::stateText(queue.transfer(0)).startsWith(QStringLiteral("50%")));
        finish(*m_promises[0], TransferSummary{2048, 0});
        QTRY_COMPARE(queue.transfer(0).state, Transfer::State::Done);
        QCOMPARE(m_started, (QStringList{QStringLiteral("/r/a"), QStringLiteral("/r/c")}));
        finish(*m_promises[1], TransferSummary{10, 0});
        QTRY_VERIFY(!queue.isRunning());
        QCOMPARE(ended, 2);

        queue.clearFinished();
        QCOMPARE(queue.rowCount(), 0);
    }

    void aFailedOneIsRetried()
    {
        TransferQueue queue;
        queue.setStarter(QStringLiteral("site"), starter());
        queue.enqueue(Transfer::Direction::Upload, QStringLiteral("/l/a"), QStringLiteral("/r/a"), 100);
        finish(*m_promises[0], Error::make(Error::Kind::Server, QStringLiteral("The link dropped.")));
        QTRY_COMPARE(queue.transfer(0).state, Transfer::State::Failed);
        QCOMPARE(TransferQueue::stateText(queue.transfer(0)), QStringLiteral("Failed: The link dropped."));
        QVERIFY(queue.canRetry(0));
        queue.retry(0);
        QCOMPARE(m_started.size(), 2);
        finish(*m_promises[1], TransferSummary{100, 40});
        QTRY_COMPARE(queue.transfer(0).state, Transfer::State::Done);
        QCOMPARE(queue.transfer(0).resumedFrom, qint64(40));
    }

    void aRunningOneIsCancelledAtItsNextCheck()
    {
        TransferQueue queue;
        queue.setStarter(QStringLiteral("site"), starter());
        queue.enqueue(Transfer::Direction::Upload, QStringLiteral("/l/a"), QStringLiteral("/r/a"), 100);
        queue.cancel(0);
        QVERIFY(m_promises[0]->isCanceled());
        m_promises[0]->finish(); // as SftpSession's job ends when it sees it
        QTRY_COMPARE(queue.transfer(0).state, Transfer::State::Cancelled);
    }

    void theSessionsEndCancelsWhatRunsAndWaits()
    {
        TransferQueue queue;
        queue.setStarter(QStringLiteral("site"), starter());
        queue.enqueue(Transfer::Direction::Upload, QStringLiteral("/l/a"), QStringLiteral("/r/a"), 100);
        queue.enqueue(Transfer::Direction::Upload, QStringLiteral("/l/b"), QStringLiteral("/r/b"), 100);
        queue.stop(QStringLiteral("the session ended"));
        QVERIFY(m_promises[0]->isCanceled());
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(queue.transfer(row).state, Transfer::State::Cancelled);
            QCOMPARE(TransferQueue::stateText(queue.transfer(row)),
                     QStringLiteral("Cancelled: the session ended"));
            QVERIFY(!queue.canRetry(row)); // until a session is open again
        }
        QCOMPARE(m_started.size(), 1);
        // Another site's session: what was queued for this one is not retried there.
        queue.setStarter(QStringLiteral("other"), starter());
        QVERIFY(!queue.canRetry(1));
        queue.setStarter(QStringLiteral("site"), starter());
        QVERIFY(queue.canRetry(1));
        m_promises[0]->finish();
    }
};

QTEST_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
