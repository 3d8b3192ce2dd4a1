// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's cron jobs as an owner sends them: every field that could break the crontab line or
// the wrapper's environment (line breaks, CR, NUL, other control characters), sizes, ids,
// timeouts and variables, each problem under its field's name; and the model's JSON both ways.

#include "model/cron.h"
#include "validate/cronjobs.h"

#include <QJsonDocument>
#include <QTest>

using mws::model::CronJob;
using mws::validate::cronJobsProblems;

namespace {

CronJob good()
{
    CronJob job;
    job.id = QStringLiteral("nightly-1");
    job.schedule = QStringLiteral("30 2 * * 1");
    job.command = QStringLiteral("php artisan schedule:run >> logs/cron.log 2>&1; date +%F");
    job.description = QStringLiteral("Nightly");
    job.environment = {{QStringLiteral("APP_ENV"), QStringLiteral("production")}};
    return job;
}

} // namespace

class TestCronJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAGoodJob() { QVERIFY(cronJobsProblems({good()}).isEmpty()); }

    void refusesEachBadField_data()
    {
        QTest::addColumn<CronJob>("job");
        QTest::addColumn<QString>("field");
        auto with = [](auto change) {
            CronJob job = good();
            change(job);
            return job;
        };
        QTest::newRow("newline") << with([](CronJob &j) {
            j.command = QStringLiteral("true\n* * * * * evil");
        }) << QStringLiteral("jobs[0].command");
        QTest::newRow("cr") << with([](CronJob &j) { j.command = QStringLiteral("true\r* * * * * evil"); })
                            << QStringLiteral("jobs[0].command");
        QTest::newRow("nul") << with([](CronJob &j) { j.command = QStringLiteral("true") + QChar(0); })
                             << QStringLiteral("jobs[0].command");
        QTest::newRow("escape") << with([](CronJob &j) { j.command = QStringLiteral("echo \x1b[2J"); })
                                << QStringLiteral("jobs[0].command");
        QTest::newRow("empty") << with([](CronJob &j) { j.command = QStringLiteral("  "); })
                               << QStringLiteral("jobs[0].command");
        QTest::newRow("long") << with([](CronJob &j) { j.command = QString(4097, u'x'); })
                              << QStringLiteral("jobs[0].command");
        QTest::newRow("schedule") << with([](CronJob &j) { j.schedule = QStringLiteral("60 * * * *"); })
                                  << QStringLiteral("jobs[0].schedule");
        QTest::newRow("schedule line")
            << with([](CronJob &j) { j.schedule = QStringLiteral("* * * * *\n* * * * *"); })
            << QStringLiteral("jobs[0].schedule");
        QTest::newRow("id") << with([](CronJob &j) { j.id = QStringLiteral("Bad Id"); })
                            << QStringLiteral("jobs[0].id");
        QTest::newRow("timeout low") << with([](CronJob &j) { j.timeoutSeconds = 0; })
                                     << QStringLiteral("jobs[0].timeoutSeconds");
        QTest::newRow("timeout high")
            << with([](CronJob &j) { j.timeoutSeconds = 86401; }) << QStringLiteral("jobs[0].timeoutSeconds");
        QTest::newRow("description") << with([](CronJob &j) { j.description = QStringLiteral("a\nb"); })
                                     << QStringLiteral("jobs[0].description");
        QTest::newRow("variable name")
            << with([](CronJob &j) { j.environment[0].name = QStringLiteral("1X"); })
            << QStringLiteral("jobs[0].environment[0].name");
        QTest::newRow("panel's variable")
            << with([](CronJob &j) { j.environment[0].name = QStringLiteral("mws_cron_run"); })
            << QStringLiteral("jobs[0].environment[0].name");
        QTest::newRow("variable value")
            << with([](CronJob &j) { j.environment[0].value = QStringLiteral("a\nb"); })
            << QStringLiteral("jobs[0].environment[0].value");
        QTest::newRow("variable twice") << with([](CronJob &j) { j.environment << j.environment.first(); })
                                        << QStringLiteral("jobs[0].environment[1].name");
    }
    void refusesEachBadField()
    {
        QFETCH(CronJob, job);
        QFETCH(QString, field);
        const QMap<QString, QString> problems = cronJobsProblems({job});
        QCOMPARE(problems.keys(), QStringList{field});
        QVERIFY(!problems.value(field).isEmpty());
    }

    void listProblems()
    {
        QVERIFY(cronJobsProblems({good(), good()}).contains(QStringLiteral("jobs[1].id")));
        CronJob unnamed = good();
        unnamed.id.clear(); // the panel names it
        QVERIFY(cronJobsProblems({unnamed, unnamed}).isEmpty());
        QVERIFY(cronJobsProblems(QList<CronJob>(51, unnamed)).contains(QStringLiteral("jobs")));
    }

    void jsonRoundTrip()
    {
        CronJob job = good();
        job.overlap = mws::model::CronOverlap::Wait;
        job.mailOnFailure = true;
        job.enabled = false;
        const CronJob back =
            CronJob::fromJson(QJsonDocument::fromJson(QJsonDocument(job.toJson()).toJson()).object());
        QVERIFY(back.sameSettings(job));
        mws::model::CronRunRecord run;
        run.id = 4;
        run.outcome = mws::model::CronOutcome::TimedOut;
        run.signal = 9;
        run.startedAt = QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::UTC);
        const auto runBack = mws::model::CronRunRecord::fromJson(run.toJson());
        QCOMPARE(runBack.outcome, run.outcome);
        QCOMPARE(runBack.signal, std::optional<int>(9));
        QCOMPARE(runBack.exitCode, std::nullopt);
        QCOMPARE(runBack.startedAt, run.startedAt);
        QVERIFY(runBack.failed());
    }
};

QTEST_GUILESS_MAIN(TestCronJobs)
#include "tst_cronjobs.moc"
