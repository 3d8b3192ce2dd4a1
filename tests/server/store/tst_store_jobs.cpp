// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail and jobs with their logs.

#include "storefixture.h"

#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using mws::Error;
using mws::Result;
using mws::model::AuditEvent;
using mws::model::Job;
using mws::model::JobLogLine;
using mws::model::JobState;
using mws::store::AuditQuery;
using mws::store::Page;
using mws::test::at;

namespace {

AuditEvent auditEvent(qint64 seconds, const QString &actor, const QString &siteId, const QString &action)
{
    AuditEvent event;
    event.at = at(seconds);
    event.actor = actor;
    event.siteId = siteId;
    event.action = action;
    event.target = siteId;
    return event;
}

QStringList actionsOf(const Page<AuditEvent> &page)
{
    QStringList actions;
    for (const AuditEvent &e : page.items)
        actions << e.action;
    return actions;
}

Job newJob(const QString &siteId, qint64 createdSeconds, const QString &kind = QStringLiteral("apply-config"))
{
    Job job;
    job.siteId = siteId;
    job.kind = kind;
    job.createdBy = QStringLiteral("ab123");
    job.createdAt = at(createdSeconds);
    return job;
}

} // namespace

class TestStoreJobs : public mws::test::StoreTest
{
    Q_OBJECT

private:
    Result<Page<AuditEvent>> audit(const AuditQuery &query) { return m_fx.store().audit(query); }

private Q_SLOTS:
    void auditEventsRoundTrip()
    {
        auto &store = m_fx.store();
        AuditEvent e =
            auditEvent(0, QStringLiteral("ab123"), QStringLiteral("site-1"), QStringLiteral("site.update"));
        e.elevated = true;
        e.before = QJsonObject{{QStringLiteral("description"), QStringLiteral("old")}};
        e.after = QJsonObject{{QStringLiteral("description"), QStringLiteral("new \"quoted\" \u2603")},
                              {QStringLiteral("list"), QJsonArray{1, 2.5, true}}};
        Result<qint64> first = store.appendAudit(e);
        MWS_VERIFY_OK(first);
        QVERIFY(first.value() > 0);

        AuditEvent scalar = auditEvent(1, QStringLiteral("cd456"), QString(), QStringLiteral("token.revoke"));
        scalar.after = QStringLiteral("just a string");
        Result<qint64> second = store.appendAudit(scalar);
        MWS_VERIFY_OK(second);
        QVERIFY(second.value() > first.value());

        Result<Page<AuditEvent>> all = audit({});
        MWS_VERIFY_OK(all);
        QCOMPARE(all->total, 2);
        const AuditEvent &newest = all->items.at(0);
        QCOMPARE(newest.id, second.value());
        QCOMPARE(newest.after, QJsonValue(QStringLiteral("just a string")));
        QVERIFY(newest.before.isNull());
        QVERIFY(newest.siteId.isEmpty());
        const AuditEvent &oldest = all->items.at(1);
        QCOMPARE(oldest.id, first.value());
        QCOMPARE(oldest.at, at(0));
        QCOMPARE(oldest.actor, QStringLiteral("ab123"));
        QCOMPARE(oldest.elevated, true);
        QCOMPARE(oldest.siteId, QStringLiteral("site-1"));
        QCOMPARE(oldest.action, QStringLiteral("site.update"));
        QCOMPARE(oldest.target, QStringLiteral("site-1"));
        QCOMPARE(oldest.before, e.before);
        QCOMPARE(oldest.after, e.after);

        AuditEvent timeless;
        timeless.action = QStringLiteral("x");
        MWS_VERIFY_ERROR(store.appendAudit(timeless), Error::Kind::Invalid);
    }

    void auditFiltersAndPages()
    {
        auto &store = m_fx.store();
        const QString a = QStringLiteral("site-a");
        const QString b = QStringLiteral("site-b");
        const QList<AuditEvent> events{
            auditEvent(10, QStringLiteral("ab123"), a, QStringLiteral("site.create")),
            auditEvent(20, QStringLiteral("ab123"), a, QStringLiteral("member.add")),
            auditEvent(30, QStringLiteral("cd456"), a, QStringLiteral("member.remove")),
            auditEvent(40, QStringLiteral("cd456"), b, QStringLiteral("member.add")),
            auditEvent(50, QStringLiteral("ab123"), b, QStringLiteral("Member.odd-case")),
            auditEvent(60, QStringLiteral("st001"), QString(), QStringLiteral("staff.elevate")),
        };
        for (const AuditEvent &e : events)
            MWS_VERIFY_OK(store.appendAudit(e));

        AuditQuery query;
        QCOMPARE(actionsOf(audit(query).value()),
                 QStringList({"staff.elevate", "Member.odd-case", "member.add", "member.remove", "member.add",
                              "site.create"}));

        query.siteId = a;
        Result<Page<AuditEvent>> ofA = audit(query);
        QCOMPARE(ofA->total, 3);
        QCOMPARE(actionsOf(ofA.value()), QStringList({"member.remove", "member.add", "site.create"}));

        query = {};
        query.actor = QStringLiteral("ab123");
        QCOMPARE(audit(query)->total, 3);

        query = {};
        query.actionPrefix = QStringLiteral("member.");
        Result<Page<AuditEvent>> members = audit(query);
        QCOMPARE(members->total, 3);                       // the prefix is case-sensitive on both backends
        query.actionPrefix = QStringLiteral("member._dd"); // LIKE wildcards are not wildcards here
        QCOMPARE(audit(query)->total, 0);
        query.actionPrefix = QStringLiteral("%");
        QCOMPARE(audit(query)->total, 0);

        query = {};
        query.since = at(30); // inclusive
        QCOMPARE(audit(query)->total, 4);

        query = {};
        query.siteId = a;
        query.actor = QStringLiteral("ab123");
        query.actionPrefix = QStringLiteral("member.");
        query.since = at(15);
        Result<Page<AuditEvent>> combined = audit(query);
        QCOMPARE(combined->total, 1);
        QCOMPARE(combined->items.at(0).at, at(20));

        query = {};
        query.offset = 1;
        query.limit = 2;
        Result<Page<AuditEvent>> page = audit(query);
        QCOMPARE(page->total, 6);
        QCOMPARE(actionsOf(page.value()), QStringList({"Member.odd-case", "member.add"}));
        query.limit = 0;
        MWS_VERIFY_ERROR(audit(query), Error::Kind::Invalid);
    }

    void jobLifecycle()
    {
        auto &store = m_fx.store();
        Result<Job> created = store.createJob(newJob(QStringLiteral("site-1"), 0));
        MWS_VERIFY_OK(created);
        QVERIFY2(QRegularExpression(QStringLiteral("^job-[0-9a-f]{12}$")).match(created->id).hasMatch(),
                 qPrintable(created->id));
        QCOMPARE(mws::model::toString(created->state), mws::model::toString(JobState::Queued));
        QCOMPARE(created->progress, 0);
        QCOMPARE(created->createdAt, at(0));
        QVERIFY(!created->startedAt.isValid());
        const QString id = created->id;

        MWS_VERIFY_OK(store.updateJob(id, JobState::Running, 10, at(5)));
        MWS_VERIFY_OK(store.updateJob(id, JobState::Running, 60, at(9)));
        Result<Job> running = store.job(id);
        QCOMPARE(mws::model::toString(running->state), mws::model::toString(JobState::Running));
        QCOMPARE(running->progress, 60);
        QCOMPARE(running->startedAt, at(5)); // the first start
        MWS_VERIFY_ERROR(store.updateJob(id, JobState::Running, 101, at(9)), Error::Kind::Invalid);
        MWS_VERIFY_ERROR(store.updateJob(id, JobState::Succeeded, 100, at(9)), Error::Kind::Invalid);

        const QJsonObject result{{QStringLiteral("snapshot"), QStringLiteral("snap-1")}};
        MWS_VERIFY_OK(store.finishJob(id, JobState::Succeeded, QString(), result, at(20)));
        Result<Job> finished = store.job(id);
        MWS_VERIFY_OK(finished);
        QCOMPARE(mws::model::toString(finished->state), mws::model::toString(JobState::Succeeded));
        QCOMPARE(finished->progress, 100);
        QCOMPARE(finished->finishedAt, at(20));
        QCOMPARE(finished->result, result);
        QVERIFY(finished->error.isEmpty());

        // Finished is final.
        MWS_VERIFY_ERROR(store.finishJob(id, JobState::Failed, QStringLiteral("late"), {}, at(30)),
                         Error::Kind::Conflict);
        MWS_VERIFY_ERROR(store.updateJob(id, JobState::Running, 5, at(30)), Error::Kind::Conflict);
        QCOMPARE(mws::model::toString(store.job(id)->state), mws::model::toString(JobState::Succeeded));

        MWS_VERIFY_ERROR(store.job(QStringLiteral("job-missing")), Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.updateJob(QStringLiteral("job-missing"), JobState::Running, 1, at()),
                         Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.finishJob(QStringLiteral("job-missing"), JobState::Failed, {}, {}, at()),
                         Error::Kind::NotFound);

        Job explicitId = newJob(QStringLiteral("site-1"), 1);
        explicitId.id = id;
        MWS_VERIFY_ERROR(store.createJob(explicitId), Error::Kind::Conflict);
        MWS_VERIFY_ERROR(store.createJob(Job{}), Error::Kind::Invalid);
    }

    void failedJobsKeepTheirProgressAndError()
    {
        auto &store = m_fx.store();
        const QString id = store.createJob(newJob(QStringLiteral("site-1"), 0)).value().id;
        MWS_VERIFY_OK(store.updateJob(id, JobState::Running, 40, at(1)));
        MWS_VERIFY_OK(
            store.finishJob(id, JobState::Failed, QStringLiteral("apache2 -t: syntax error"), {}, at(2)));
        Result<Job> failed = store.job(id);
        QCOMPARE(mws::model::toString(failed->state), mws::model::toString(JobState::Failed));
        QCOMPARE(failed->progress, 40);
        QCOMPARE(failed->error, QStringLiteral("apache2 -t: syntax error"));
        QVERIFY(failed->result.isEmpty());
    }

    void jobLogsAreNumbered()
    {
        auto &store = m_fx.store();
        const QString id = store.createJob(newJob(QStringLiteral("site-1"), 0)).value().id;
        const QString other = store.createJob(newJob(QStringLiteral("site-1"), 1)).value().id;
        for (int i = 1; i <= 5; ++i) {
            Result<int> seq = store.appendJobLog(id, QStringLiteral("line %1").arg(i), at(i));
            MWS_VERIFY_OK(seq);
            QCOMPARE(seq.value(), i);
        }
        QCOMPARE(store.appendJobLog(other, QStringLiteral("own numbering"), at()).value(), 1);

        Result<QList<JobLogLine>> all = store.jobLog(id);
        MWS_VERIFY_OK(all);
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->at(0).seq, 1);
        QCOMPARE(all->at(0).line, QStringLiteral("line 1"));
        QCOMPARE(all->at(0).at, at(1));
        Result<QList<JobLogLine>> tail = store.jobLog(id, 3);
        QCOMPARE(tail->size(), 2);
        QCOMPARE(tail->at(0).seq, 4);
        QCOMPARE(tail->at(1).line, QStringLiteral("line 5"));
        QVERIFY(store.jobLog(id, 5)->isEmpty());

        MWS_VERIFY_ERROR(store.appendJobLog(QStringLiteral("job-missing"), QStringLiteral("x"), at()),
                         Error::Kind::NotFound);
        MWS_VERIFY_ERROR(store.jobLog(QStringLiteral("job-missing")), Error::Kind::NotFound);
    }

    void concurrentLogAppendsGetDistinctNumbers()
    {
        // Two threads, each with its own connection, as the panel's workers would have.
        const QString id = m_fx.store().createJob(newJob(QStringLiteral("site-1"), 0)).value().id;
        constexpr int perThread = 25;
        QStringList failures;
        QMutex mutex;
        QList<QThread *> threads;
        const mws::store::Database::Options options = m_fx.options();
        for (int t = 0; t < 2; ++t) {
            // A connection belongs to the thread that opens it.
            const QString name = QStringLiteral("worker-%1").arg(t);
            threads << QThread::create([&, t, options, name] {
                Result<std::unique_ptr<mws::store::Database>> db = mws::store::Database::open(options, name);
                if (!db) {
                    QMutexLocker lock(&mutex);
                    failures << db.error().fullText();
                    return;
                }
                mws::store::Store store(*db.value());
                for (int i = 0; i < perThread; ++i) {
                    Result<int> seq =
                        store.appendJobLog(id, QStringLiteral("thread %1 line %2").arg(t).arg(i), at(i));
                    if (!seq) {
                        QMutexLocker lock(&mutex);
                        failures << seq.error().fullText();
                    }
                }
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        Result<QList<JobLogLine>> lines = m_fx.store().jobLog(id);
        MWS_VERIFY_OK(lines);
        QCOMPARE(lines->size(), 2 * perThread);
        for (int i = 0; i < lines->size(); ++i)
            QCOMPARE(lines->at(i).seq, i + 1);
    }

    void jobsAreListedNewestFirst()
    {
        auto &store = m_fx.store();
        for (int i = 0; i < 5; ++i)
            MWS_VERIFY_OK(
                store.createJob(newJob(QStringLiteral("site-a"), i * 10, QStringLiteral("a%1").arg(i))));
        MWS_VERIFY_OK(store.createJob(newJob(QStringLiteral("site-b"), 25, QStringLiteral("b0"))));

        Result<Page<Job>> ofA = store.jobs(QStringLiteral("site-a"), 0, 50);
        MWS_VERIFY_OK(ofA);
        QCOMPARE(ofA->total, 5);
        QStringList kinds;
        for (const Job &job : ofA->items)
            kinds << job.kind;
        QCOMPARE(kinds, QStringList({"a4", "a3", "a2", "a1", "a0"}));

        Result<Page<Job>> page = store.jobs(QStringLiteral("site-a"), 1, 2);
        QCOMPARE(page->total, 5);
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(0).kind, QStringLiteral("a3"));
        QCOMPARE(page->items.at(1).kind, QStringLiteral("a2"));

        Result<Page<Job>> everything = store.jobs(QString(), 0, 3);
        QCOMPARE(everything->total, 6);
        QCOMPARE(everything->items.at(0).kind, QStringLiteral("a4"));
        QCOMPARE(everything->items.at(1).kind, QStringLiteral("a3"));
        QCOMPARE(everything->items.at(2).kind, QStringLiteral("b0"));
        QCOMPARE(store.jobs(QStringLiteral("site-none"), 0, 10)->total, 0);
        MWS_VERIFY_ERROR(store.jobs(QString(), -1, 10), Error::Kind::Invalid);
    }

    void interruptedJobsFailAtStartUp()
    {
        auto &store = m_fx.store();
        const QString queued = store.createJob(newJob(QStringLiteral("s"), 0)).value().id;
        const QString running = store.createJob(newJob(QStringLiteral("s"), 1)).value().id;
        const QString done = store.createJob(newJob(QStringLiteral("s"), 2)).value().id;
        const QString cancelled = store.createJob(newJob(QStringLiteral("s"), 3)).value().id;
        MWS_VERIFY_OK(store.updateJob(running, JobState::Running, 30, at(5)));
        MWS_VERIFY_OK(store.finishJob(done, JobState::Succeeded, {}, {}, at(6)));
        MWS_VERIFY_OK(store.finishJob(cancelled, JobState::Cancelled, QStringLiteral("by owner"), {}, at(7)));

        Result<int> failed = store.failInterruptedJobs(QStringLiteral("mws-paneld restarted"), at(100));
        MWS_VERIFY_OK(failed);
        QCOMPARE(failed.value(), 2);
        for (const QString &id : {queued, running}) {
            Result<Job> job = store.job(id);
            QCOMPARE(mws::model::toString(job->state), mws::model::toString(JobState::Failed));
            QCOMPARE(job->error, QStringLiteral("mws-paneld restarted"));
            QCOMPARE(job->finishedAt, at(100));
        }
        QCOMPARE(store.job(running)->progress, 30);
        QCOMPARE(mws::model::toString(store.job(done)->state), mws::model::toString(JobState::Succeeded));
        QCOMPARE(mws::model::toString(store.job(cancelled)->state),
                 mws::model::toString(JobState::Cancelled));
        QCOMPARE(store.job(cancelled)->error, QStringLiteral("by owner"));
        QCOMPARE(store.failInterruptedJobs(QStringLiteral("again"), at(200)).value(), 0);
    }

    // A payload's secret outlives its job in no way: succeeded, cancelled before it ran, or
    // interrupted; what else the payload says stays.
    void aJobsSecretEndsWithTheJob()
    {
        auto &store = m_fx.store();
        const auto withSecret = [&](qint64 created) {
            Job job = newJob(QStringLiteral("s"), created, QStringLiteral("databases"));
            job.payload =
                QJsonObject{{QStringLiteral("name"), QStringLiteral("u1")},
                            {QStringLiteral("secret"),
                             QJsonObject{{QStringLiteral("passwordHash"), QStringLiteral("*ABC")}}}};
            return store.createJob(job).value().id;
        };
        const QString done = withSecret(0), cancelled = withSecret(1), interrupted = withSecret(2);
        QVERIFY(store.job(done)->payload.contains(QStringLiteral("secret")));
        MWS_VERIFY_OK(store.updateJob(done, JobState::Running, 10, at(3)));
        QVERIFY(store.job(done)->payload.contains(QStringLiteral("secret"))); // the runner reads it
        MWS_VERIFY_OK(store.finishJob(done, JobState::Succeeded, {}, {}, at(4)));
        MWS_VERIFY_OK(store.finishJob(cancelled, JobState::Cancelled, QStringLiteral("by owner"), {}, at(5)));
        QCOMPARE(store.failInterruptedJobs(QStringLiteral("restarted"), at(6)).value(), 1);
        for (const QString &id : {done, cancelled, interrupted}) {
            const QJsonObject payload = store.job(id)->payload;
            QVERIFY2(!payload.contains(QStringLiteral("secret")), qPrintable(id));
            QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("u1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreJobs)
#include "tst_store_jobs.moc"
