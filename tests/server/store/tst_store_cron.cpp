// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The cron area's store: a site's jobs as the "crontab" slice, and the runs table: a run started
// and finished once, each job's last run, the tag that follows every start and end, pruning by
// count and age, runs a stopped panel left behind, and one site's runs never another's.

#include "cronstore.h"
#include "storefixture.h"

#include <QTest>

using mws::model::CronJob;
using mws::model::CronOutcome;
using mws::model::CronRunRecord;
using mws::store::CronRunStore;
using mws::test::at;
using mws::test::StoreFixture;

namespace {

CronRunRecord started(const QString &job, const QDateTime &when)
{
    CronRunRecord run;
    run.jobId = job;
    run.trigger = QStringLiteral("schedule");
    run.startedAt = when;
    return run;
}

} // namespace

class TestStoreCron : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fx;

private Q_SLOTS:
    void initTestCase() { MWS_STORE_SETUP(m_fx); }
    void init()
    {
        QString error;
        QVERIFY2(m_fx.openFresh(&error), qPrintable(error));
    }
    void cleanup() { m_fx.close(); }

    void jobsAreASliceOfTheSite()
    {
        CronJob job;
        job.id = QStringLiteral("nightly");
        job.schedule = QStringLiteral("30 2 * * *");
        job.command = QStringLiteral("date +%F");
        job.environment = {{QStringLiteral("A"), QStringLiteral("b")}};
        job.lastRun = CronRunRecord(); // shown, never stored
        mws::store::SiteState state;
        state.siteId = QStringLiteral("site-1");
        state = state.with(mws::store::cronSlice(), mws::store::cronDocument({job}), 0);
        const mws::model::SiteCron cron = mws::store::cronOf(state);
        QCOMPARE(cron.version, 1);
        QCOMPARE(cron.jobs.size(), 1);
        QVERIFY(cron.jobs.first().sameSettings(job));
        QVERIFY(!cron.jobs.first().lastRun);
    }

    void aRunStartsAndEndsOnce()
    {
        CronRunStore runs(m_fx.db());
        const QByteArray empty = runs.runsTag(QStringLiteral("site-1")).value();
        auto id =
            runs.add(QStringLiteral("site-1"), started(QStringLiteral("a"), at()), QStringLiteral("job-7"));
        QVERIFY(id);
        const QByteArray running = runs.runsTag(QStringLiteral("site-1")).value();
        QVERIFY(running != empty);
        CronRunRecord end = started(QStringLiteral("a"), at());
        end.id = *id;
        end.endedAt = at().addSecs(3);
        end.outcome = CronOutcome::Failed;
        end.exitCode = 2;
        end.durationMs = 3000;
        end.outputHead = QStringLiteral("out\n");
        end.outputBytes = 4;
        QVERIFY(runs.finish(QStringLiteral("site-1"), end));
        QVERIFY(runs.runsTag(QStringLiteral("site-1")).value() != running);
        // Once: a second end, or another site's, is refused.
        QVERIFY(!runs.finish(QStringLiteral("site-1"), end));
        QVERIFY(!runs.finish(QStringLiteral("site-2"), end));
        const CronRunRecord read = runs.run(QStringLiteral("site-1"), *id).value();
        QCOMPARE(read.outcome, CronOutcome::Failed);
        QCOMPARE(read.exitCode, std::optional<int>(2));
        QCOMPARE(read.signal, std::nullopt);
        QCOMPARE(read.outputHead, QStringLiteral("out\n"));
        QCOMPARE(runs.runOfPanelJob(QStringLiteral("site-1"), QStringLiteral("job-7")).value().id, *id);
        QVERIFY(!runs.runOfPanelJob(QStringLiteral("site-2"), QStringLiteral("job-7")));
        QVERIFY(!runs.run(QStringLiteral("site-2"), *id));
    }

    void lastRunsAndLists()
    {
        CronRunStore runs(m_fx.db());
        for (int i = 0; i < 3; ++i)
            QVERIFY(runs.add(QStringLiteral("site-1"), started(QStringLiteral("a"), at().addSecs(i))));
        const qint64 lastB = runs.add(QStringLiteral("site-1"), started(QStringLiteral("b"), at())).value();
        QVERIFY(runs.add(QStringLiteral("site-2"), started(QStringLiteral("a"), at().addSecs(9))));
        const auto last = runs.lastRuns(QStringLiteral("site-1")).value();
        QCOMPARE(last.size(), 2);
        QCOMPARE(last.value(QStringLiteral("b")).id, lastB);
        QCOMPARE(last.value(QStringLiteral("a")).startedAt, at().addSecs(2));
        QCOMPARE(runs.runs(QStringLiteral("site-1"), QStringLiteral("a"), 10, false).value().size(), 3);
        QCOMPARE(runs.runs(QStringLiteral("site-1"), {}, 10, true).value().size(), 4);
        QCOMPARE(runs.runs(QStringLiteral("site-1"), {}, 2, true).value().first().id, lastB);
    }

    void pruningKeepsTheNewestAndTheRecent()
    {
        CronRunStore runs(m_fx.db());
        for (int i = 0; i < 6; ++i) {
            CronRunRecord run = started(QStringLiteral("a"), at().addDays(i));
            run.outcome = CronOutcome::Succeeded;
            run.endedAt = run.startedAt;
            QVERIFY(runs.add(QStringLiteral("site-1"), run));
        }
        QVERIFY(runs.add(QStringLiteral("site-1"), started(QStringLiteral("a"), at()))); // running: kept
        QVERIFY(runs.prune(QStringLiteral("site-1"), QStringLiteral("a"), 4, at().addDays(3)));
        const auto kept = runs.runs(QStringLiteral("site-1"), QStringLiteral("a"), 50, false).value();
        // The running one, and the finished ones that are among the newest four and not too old.
        QCOMPARE(kept.size(), 4);
        for (const CronRunRecord &run : kept)
            QVERIFY(run.outcome == CronOutcome::Running || run.startedAt >= at().addDays(3));
    }

    void runsAStoppedPanelLeftAreClosed()
    {
        CronRunStore runs(m_fx.db());
        const qint64 old = runs.add(QStringLiteral("site-1"), started(QStringLiteral("a"), at())).value();
        const qint64 recent =
            runs.add(QStringLiteral("site-1"), started(QStringLiteral("a"), at().addDays(5))).value();
        QVERIFY(runs.abandon(at().addDays(1), at().addDays(6)));
        QCOMPARE(runs.run(QStringLiteral("site-1"), old).value().outcome, CronOutcome::Failed);
        QCOMPARE(runs.run(QStringLiteral("site-1"), recent).value().outcome, CronOutcome::Running);
    }
};

QTEST_GUILESS_MAIN(TestStoreCron)
#include "tst_store_cron.moc"
