// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The job queue in the store: claims in queue order, one job per site at a time, each job to
// one claimer even when several claim at once, and leases that lapse.

#include "storefixture.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

using mws::Result;
using mws::model::Job;
using mws::model::JobState;
using mws::store::JobClaim;
using mws::test::at;

namespace {

Job queuedJob(const QString &siteId, qint64 createdSeconds, const QString &runner = QStringLiteral("hosting"))
{
    Job job;
    job.siteId = siteId;
    job.kind = QStringLiteral("php.update");
    job.runner = runner;
    job.createdBy = QStringLiteral("ab123");
    job.createdAt = at(createdSeconds);
    return job;
}

JobClaim claimBy(const QString &owner, qint64 nowSeconds, qint64 leaseSeconds = 30)
{
    JobClaim claim;
    claim.owner = owner;
    claim.hosts = {QStringLiteral("local")};
    claim.runners = {QStringLiteral("hosting"), QStringLiteral("site.check")};
    claim.now = at(nowSeconds);
    claim.leaseUntil = at(nowSeconds + leaseSeconds);
    return claim;
}

QString claimedId(const Result<std::optional<Job>> &claimed)
{
    return claimed.ok() && claimed->has_value() ? (*claimed)->id : QString();
}

} // namespace

class TestStoreQueue : public mws::test::StoreTest
{
    Q_OBJECT

private slots:
    void claimsFollowTheQueueOneJobPerSiteAtATime()
    {
        auto &store = m_fx.store();
        const QString a1 = store.createJob(queuedJob(QStringLiteral("site-a"), 0)).value().id;
        const QString a2 =
            store.createJob(queuedJob(QStringLiteral("site-a"), 1, QStringLiteral("site.check"))).value().id;
        const QString b1 = store.createJob(queuedJob(QStringLiteral("site-b"), 2)).value().id;
        const QString elsewhere =
            store.createJob(queuedJob(QStringLiteral("site-c"), 3, QStringLiteral("vm.move"))).value().id;

        const Result<std::optional<Job>> first = store.claimNextJob(claimBy(QStringLiteral("p1"), 10));
        QCOMPARE(claimedId(first), a1);
        QCOMPARE(mws::model::toString((*first)->state), mws::model::toString(JobState::Running));
        QCOMPARE((*first)->claimedBy, QStringLiteral("p1"));
        QCOMPARE((*first)->startedAt, at(10));
        QCOMPARE((*first)->leaseUntil, at(40));
        // a2 waits for a1; the vm.move job has no runner here.
        QCOMPARE(claimedId(store.claimNextJob(claimBy(QStringLiteral("p2"), 11))), b1);
        QCOMPARE(claimedId(store.claimNextJob(claimBy(QStringLiteral("p2"), 12))), QString());
        MWS_VERIFY_OK(store.finishJob(a1, JobState::Succeeded, {}, {}, at(13)));
        QCOMPARE(claimedId(store.claimNextJob(claimBy(QStringLiteral("p2"), 14))), a2);
        QCOMPARE(mws::model::toString(store.job(elsewhere).value().state),
                 mws::model::toString(JobState::Queued));
        QCOMPARE(store.job(a1).value().runner, QStringLiteral("hosting"));
        QCOMPARE(store.job(a1).value().host, QStringLiteral("local"));
    }

    void twoClaimersAtOnceGetEachJobOnce()
    {
        constexpr int jobs = 50;
        for (int i = 0; i < jobs; ++i)
            MWS_VERIFY_OK(m_fx.store().createJob(
                queuedJob(QStringLiteral("site-%1").arg(i % 10), i,
                          i % 2 ? QStringLiteral("site.check") : QStringLiteral("hosting"))));
        QMutex mutex;
        QStringList claimed;
        QSet<QString> busySites;
        QStringList failures;
        const mws::store::Database::Options options = m_fx.options();
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            const QString owner = QStringLiteral("panel-%1").arg(t);
            threads << QThread::create([&, owner, options] {
                auto db = mws::store::Database::open(options, owner);
                if (!db) {
                    QMutexLocker lock(&mutex);
                    failures << db.error().fullText();
                    return;
                }
                mws::store::Store store(*db.value());
                for (int idle = 0; idle < 20;) {
                    Result<std::optional<Job>> job = store.claimNextJob(claimBy(owner, 100));
                    if (!job || !job->has_value()) {
                        if (!job) {
                            QMutexLocker lock(&mutex);
                            failures << job.error().fullText();
                        }
                        ++idle;
                        QThread::msleep(5);
                        continue;
                    }
                    idle = 0;
                    const Job got = **job;
                    {
                        QMutexLocker lock(&mutex);
                        claimed << got.id;
                        if (busySites.contains(got.siteId))
                            failures << QStringLiteral("two jobs of %1 at once").arg(got.siteId);
                        busySites.insert(got.siteId);
                    }
                    QThread::msleep(2);
                    {
                        QMutexLocker lock(&mutex);
                        busySites.remove(got.siteId);
                    }
                    if (auto done = store.finishJob(got.id, JobState::Succeeded, {}, {}, at(101)); !done) {
                        QMutexLocker lock(&mutex);
                        failures << done.error().fullText();
                    }
                }
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(claimed.size(), jobs);
        QCOMPARE(QSet<QString>(claimed.cbegin(), claimed.cend()).size(), jobs);
    }

    void aLapsedClaimIsTakenOverAndItsOldOwnerLosesIt()
    {
        auto &store = m_fx.store();
        const QString id = store.createJob(queuedJob(QStringLiteral("site-a"), 0)).value().id;
        QCOMPARE(claimedId(store.claimNextJob(claimBy(QStringLiteral("a"), 10, 3))), id);
        // Held: no one else may take it, nor its owner "recover" its own job.
        QCOMPARE(claimedId(store.claimLapsedJob(claimBy(QStringLiteral("b"), 12))), QString());
        QCOMPARE(store.renewJobLease(id, QStringLiteral("a"), at(15)).value(), true);
        QCOMPARE(claimedId(store.claimLapsedJob(claimBy(QStringLiteral("b"), 14))), QString());
        QCOMPARE(claimedId(store.claimLapsedJob(claimBy(QStringLiteral("a"), 20))), QString());
        // Not renewed in time: the next claimer takes it over.
        QCOMPARE(claimedId(store.claimLapsedJob(claimBy(QStringLiteral("b"), 16))), id);
        QCOMPARE(store.job(id).value().claimedBy, QStringLiteral("b"));
        QCOMPARE(store.renewJobLease(id, QStringLiteral("a"), at(30)).value(), false);
        QCOMPARE(store.renewJobLease(id, QStringLiteral("b"), at(30)).value(), true);
        // A job nobody claimed is not the queue's to recover.
        Job outside = queuedJob(QStringLiteral("site-z"), 0);
        outside.state = JobState::Running;
        const QString outsideId = store.createJob(outside).value().id;
        JobClaim restart = claimBy(QStringLiteral("c"), 40);
        restart.ignoreLeases = true;
        QCOMPARE(claimedId(store.claimLapsedJob(restart)), id);
        QCOMPARE(claimedId(store.claimLapsedJob(restart)), QString());
        QCOMPARE(mws::model::toString(store.job(outsideId).value().state),
                 mws::model::toString(JobState::Running));
    }

    void abandonedJobsFail()
    {
        auto &store = m_fx.store();
        Job outside = queuedJob(QStringLiteral("site-a"), 0);
        outside.state = JobState::Running;
        const QString unclaimed = store.createJob(outside).value().id;
        const QString foreign =
            store.createJob(queuedJob(QStringLiteral("site-b"), 1, QStringLiteral("vm.move"))).value().id;
        JobClaim anywhere = claimBy(QStringLiteral("p"), 5);
        anywhere.runners = {QStringLiteral("vm.move")};
        QCOMPARE(claimedId(store.claimNextJob(anywhere)), foreign);
        const QString queued = store.createJob(queuedJob(QStringLiteral("site-c"), 2)).value().id;

        // Shared database: another panel may have the vm.move runner, so only the unclaimed fails.
        QCOMPARE(store.failAbandonedJobs({QStringLiteral("hosting")}, false, QStringLiteral("stopped"), at(9))
                     .value(),
                 1);
        QCOMPARE(mws::model::toString(store.job(unclaimed).value().state),
                 mws::model::toString(JobState::Failed));
        QCOMPARE(store.job(unclaimed).value().error, QStringLiteral("stopped"));
        QCOMPARE(mws::model::toString(store.job(foreign).value().state),
                 mws::model::toString(JobState::Running));
        // Alone on it: nobody else will ever run vm.move jobs.
        QCOMPARE(store.failAbandonedJobs({QStringLiteral("hosting")}, true, QStringLiteral("stopped"), at(9))
                     .value(),
                 1);
        QCOMPARE(mws::model::toString(store.job(foreign).value().state),
                 mws::model::toString(JobState::Failed));
        QCOMPARE(mws::model::toString(store.job(queued).value().state),
                 mws::model::toString(JobState::Queued));
    }

    void badClaimsAreRefused()
    {
        JobClaim claim = claimBy(QString(), 0);
        MWS_VERIFY_ERROR(m_fx.store().claimNextJob(claim), mws::Error::Kind::Invalid);
        claim = claimBy(QStringLiteral("p"), 10, 0);
        MWS_VERIFY_ERROR(m_fx.store().claimLapsedJob(claim), mws::Error::Kind::Invalid);
        MWS_VERIFY_ERROR(m_fx.store().setSiteHostName(QStringLiteral("site-none"), QString()),
                         mws::Error::Kind::Invalid);
        MWS_VERIFY_ERROR(m_fx.store().setSiteHostName(QStringLiteral("site-none"), QStringLiteral("h2")),
                         mws::Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStoreQueue)
#include "tst_store_queue.moc"
