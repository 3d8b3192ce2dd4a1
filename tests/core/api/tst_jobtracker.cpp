// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// JobTracker following jobs in the real panel, while the test moves them along through the
// panel's store as the hosting work would.
#include "api/jobtracker.h"
#include "apitestbase.h"
#include "clienttest.h"

#include <QSignalSpy>

using namespace mws;
using namespace mws::test;

namespace {

// A tracker with its signals recorded.
struct Tracked
{
    Tracked(api::PanelClient *client, const QString &jobId) : tracker(client, jobId)
    {
        QObject::connect(&tracker, &api::JobTracker::progressChanged, &tracker,
                         [this](int percent) { progress.append(percent); });
        QObject::connect(&tracker, &api::JobTracker::logLine, &tracker,
                         [this](const model::JobLogLine &line) { lines.append(line); });
        QObject::connect(&tracker, &api::JobTracker::finished, &tracker,
                         [this](const model::Job &job) { finished.append(job); });
        QObject::connect(&tracker, &api::JobTracker::failed, &tracker,
                         [this](const Error &error) { failures.append(error); });
        QObject::connect(&tracker, &api::JobTracker::cancelFailed, &tracker,
                         [this](const Error &error) { cancelFailures.append(error); });
    }

    QStringList texts() const
    {
        QStringList texts;
        for (const model::JobLogLine &line : lines)
            texts.append(line.line);
        return texts;
    }

    api::JobTracker tracker;
    QList<int> progress;
    QList<model::JobLogLine> lines;
    QList<model::Job> finished;
    QList<Error> failures;
    QList<Error> cancelFailures;
};

} // namespace

class TestJobTracker : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    std::unique_ptr<api::PanelClient> m_owner;
    QString m_siteId;

    store::Store &store(std::unique_ptr<ApiFixture::OpenStore> &opened)
    {
        opened = m_fixture.openStore();
        return opened->store();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.startWithStaff(&error), qPrintable(error));
        auto site = createOwnedSite({m_fixture.panel().url(QString()), {}}, QStringLiteral("Jobs"),
                                    QStringLiteral("test0101"), &error);
        QVERIFY2(site, qPrintable(error));
        m_siteId = site->siteId;
        m_owner = std::move(site->owner);
    }

    void followsAJobToItsEnd()
    {
        const QString jobId =
            m_fixture.insertJob(m_siteId, QStringLiteral("test0101"), QStringLiteral("unpacking"));
        QVERIFY(!jobId.isEmpty());
        Tracked tracked(m_owner.get(), jobId);
        QCOMPARE(tracked.tracker.jobId(), jobId);
        tracked.tracker.start();
        QTRY_COMPARE(tracked.progress, QList<int>{40});
        QCOMPARE(tracked.texts(), QStringList{QStringLiteral("unpacking")});
        QCOMPARE(tracked.lines.first().seq, 1);
        QCOMPARE(model::toString(tracked.tracker.job().state), model::toString(model::JobState::Running));
        QCOMPARE(tracked.tracker.job().kind, QStringLiteral("test.work"));

        std::unique_ptr<ApiFixture::OpenStore> opened;
        store::Store &jobs = store(opened);
        QVERIFY(jobs.updateJob(jobId, model::JobState::Running, 75).ok());
        QVERIFY(
            jobs.appendJobLog(jobId, QStringLiteral("configuring Apache"), QDateTime::currentDateTimeUtc())
                .ok());
        QVERIFY(jobs.appendJobLog(jobId, QStringLiteral("reloading"), QDateTime::currentDateTimeUtc()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(tracked.progress, (QList<int>{40, 75}), 10000);
        QTRY_COMPARE(tracked.texts(),
                     (QStringList{QStringLiteral("unpacking"), QStringLiteral("configuring Apache"),
                                  QStringLiteral("reloading")}));
        QCOMPARE(tracked.lines.last().seq, 3);
        QCOMPARE(tracked.tracker.job().progress, 75);
        QVERIFY(tracked.finished.isEmpty());

        // The last line and the end arrive together.
        QVERIFY(jobs.appendJobLog(jobId, QStringLiteral("done"), QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(jobs.finishJob(jobId, model::JobState::Succeeded, {}, {{QStringLiteral("reloaded"), true}},
                               QDateTime::currentDateTimeUtc())
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(tracked.finished.size(), 1, 10000);
        QCOMPARE(tracked.texts().last(), QStringLiteral("done"));
        const model::Job &done = tracked.finished.first();
        QCOMPARE(done.id, jobId);
        QCOMPARE(model::toString(done.state), model::toString(model::JobState::Succeeded));
        QCOMPARE(done.result.value(QStringLiteral("reloaded")).toBool(), true);
        QVERIFY(done.finishedAt.isValid());
        QCOMPARE(model::toString(tracked.tracker.job().state), model::toString(model::JobState::Succeeded));

        // Finished means finished: no more polls, no more signals.
        const auto lineCount = tracked.lines.size();
        QVERIFY(
            jobs.appendJobLog(jobId, QStringLiteral("after the end"), QDateTime::currentDateTimeUtc()).ok());
        QTest::qWait(2500);
        QCOMPARE(tracked.lines.size(), lineCount);
        QCOMPARE(tracked.finished.size(), 1);
        QVERIFY(tracked.failures.isEmpty());
    }

    void cancelAsksThePanelToCancel()
    {
        const QString jobId = m_fixture.insertJob(m_siteId, QStringLiteral("test0101"));
        Tracked tracked(m_owner.get(), jobId);
        tracked.tracker.start();
        QTRY_COMPARE(tracked.progress, QList<int>{40});
        tracked.tracker.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(tracked.finished.size(), 1, 10000);
        QCOMPARE(model::toString(tracked.finished.first().state),
                 model::toString(model::JobState::Cancelled));
        QVERIFY(tracked.finished.first().error.contains(QLatin1String("test0101")));
        QVERIFY(tracked.cancelFailures.isEmpty());

        std::unique_ptr<ApiFixture::OpenStore> opened;
        const auto stored = store(opened).job(jobId);
        QVERIFY(stored.ok());
        QCOMPARE(model::toString(stored->state), model::toString(model::JobState::Cancelled));
    }

    void cancellingAJobThatJustFinishedReportsHowItEnded()
    {
        const QString jobId = m_fixture.insertJob(m_siteId, QStringLiteral("test0101"));
        Tracked tracked(m_owner.get(), jobId);
        tracked.tracker.start();
        QTRY_COMPARE(tracked.progress, QList<int>{40});
        std::unique_ptr<ApiFixture::OpenStore> opened;
        QVERIFY(store(opened)
                    .finishJob(jobId, model::JobState::Failed, QStringLiteral("disk full"), {},
                               QDateTime::currentDateTimeUtc())
                    .ok());
        // The panel answers 409; the tracker then reads how it really ended.
        tracked.tracker.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(tracked.finished.size(), 1, 10000);
        QCOMPARE(model::toString(tracked.finished.first().state), model::toString(model::JobState::Failed));
        QCOMPARE(tracked.finished.first().error, QStringLiteral("disk full"));
        QVERIFY(tracked.cancelFailures.isEmpty());
        QVERIFY(tracked.failures.isEmpty());
    }

    void aJobThatCannotBeReadFails()
    {
        Tracked missing(m_owner.get(), QStringLiteral("job-that-is-not"));
        missing.tracker.start();
        QTRY_COMPARE(missing.failures.size(), 1);
        QCOMPARE(missing.failures.first().kind, Error::Kind::NotFound);
        QVERIFY(missing.finished.isEmpty());

        // Someone else's job: not theirs to follow.
        api::PanelClient stranger(api::PanelEndpoint{m_fixture.panel().url(QString()), {}});
        QString error;
        const auto signedIn = signInWithSession(stranger, QStringLiteral("test0150"), &error);
        QVERIFY2(signedIn, qPrintable(error));
        stranger.setToken(signedIn->token);
        const QString jobId = m_fixture.insertJob(m_siteId, QStringLiteral("test0101"));
        Tracked theirs(&stranger, jobId);
        theirs.tracker.start();
        QTRY_COMPARE(theirs.failures.size(), 1);
        QVERIFY(theirs.failures.first().kind == Error::Kind::Forbidden ||
                theirs.failures.first().kind == Error::Kind::NotFound);
        QVERIFY(theirs.progress.isEmpty());
    }

    void aClosedClientEndsTheFollowing()
    {
        const QString jobId = m_fixture.insertJob(m_siteId, QStringLiteral("test0101"));
        auto client =
            std::make_unique<api::PanelClient>(api::PanelEndpoint{m_fixture.panel().url(QString()), {}});
        client->setToken(m_owner->token());
        Tracked tracked(client.get(), jobId);
        tracked.tracker.start();
        QTRY_COMPARE(tracked.progress, QList<int>{40});
        client.reset();
        QTRY_COMPARE_WITH_TIMEOUT(tracked.failures.size(), 1, 10000);
        QCOMPARE(tracked.failures.first().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
