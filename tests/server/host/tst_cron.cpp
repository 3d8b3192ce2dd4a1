// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Cron on a real host: the panel as root installs each site's jobs as its user's crontab, the
// host's real cron daemon runs them through the wrapper, and every run is in the site's history.
// A hostile owner tries to outlive a timeout and to bypass the panel by changing the tab; their
// other attempts are in tst_isolation_cron.cpp.
#include "cronsites.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace mws::test;

namespace {

Ran run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(20000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

} // namespace

class TestCron : public QObject, private CronSites
{
    Q_OBJECT

private:
    QProcess m_cron;
    QProcess m_smtp; // a local SMTP sink: every message it takes is a file in m_mail/new
    QTemporaryDir m_mail;

private slots:
    void initTestCase()
    {
        const quint16 smtpPort = freeLoopbackPort();
        m_smtp.setProcessChannelMode(QProcess::MergedChannels);
        m_smtp.start(QStringLiteral("python3"),
                     {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                      QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(smtpPort),
                      QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"),
                      m_mail.filePath(QStringLiteral("box"))});
        QVERIFY2(m_smtp.waitForStarted(), qPrintable(m_smtp.errorString()));
        PanelProcess::Options options;
        options.extraHostConfig =
            QStringLiteral("cron_enabled = true\ncron_wrapper = \"%1\"\ncron_keep_runs = 5\n"
                           "cron_mail_relay = 127.0.0.1:%2\ncron_mail_from = cron@host.test\n")
                .arg(QStringLiteral(MWS_CRON_RUN_BINARY))
                .arg(smtpPort);
        const QString error = m_two.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The host's own cron (one per machine: the tests that need it share a lock).
        m_cron.setProcessChannelMode(QProcess::MergedChannels);
        m_cron.start(QStringLiteral("cron"), {QStringLiteral("-f")});
        QVERIFY2(m_cron.waitForStarted(), qPrintable(m_cron.errorString()));
    }

    void cleanupTestCase()
    {
        removeTabs();
        m_cron.terminate();
        m_cron.waitForFinished(5000);
        m_smtp.terminate();
        m_smtp.waitForFinished(5000);
    }

    void installsTheRenderedTab()
    {
        const QJsonObject done = setJobs(
            m_two.siteA,
            {job(QStringLiteral("*/5 * * * *"), QStringLiteral("date +%F > /dev/null"),
                 {{QStringLiteral("description"), QStringLiteral("Dates")}}),
             job(QStringLiteral("30 2 * * 1"), QStringLiteral("true"), {{QStringLiteral("enabled"), false}})},
            m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QJsonObject shown = cron(m_two.siteA, m_two.ownerA);
        QCOMPARE(shown[QStringLiteral("jobs")].toArray().size(), 2);
        const QByteArray tab = shown[QStringLiteral("crontab")].toString().toUtf8();
        QCOMPARE(installedTab(m_two.siteA), tab);
        QVERIFY2(tab.contains("*/5 * * * * '" MWS_CRON_RUN_BINARY "'"), tab.constData());
        QVERIFY(!tab.contains("30 2 * * 1")); // disabled
        QVERIFY(!shown[QStringLiteral("timeZone")].toString().isEmpty());
        // Only root may use crontab: the site cannot replace its tab and skip the wrapper.
        const Ran own = runAs(m_two.siteA, QStringLiteral("crontab -l"));
        QVERIFY2(own.exitCode != 0, own.output.constData());
        QCOMPARE(installedTab(m_two.siteB), QByteArray());
    }

    void runNowRunsAsTheSiteUser()
    {
        QJsonObject done =
            setJobs(m_two.siteA,
                    {job(QStringLiteral("@daily"),
                         QStringLiteral("echo \"uid=$(id -u) var=$GREETING\"; date +%Y >/dev/null"),
                         {{QStringLiteral("environment"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("GREETING")},
                                                  {QStringLiteral("value"), QStringLiteral("hello")}}}}})},
                    m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString id = jobId(m_two.siteA, 0, m_two.ownerA);
        done = runNow(m_two.siteA, id, m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("kind")).toString(), QStringLiteral("cron.run"));
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString uid = QString::fromUtf8(runAs(m_two.siteA, QStringLiteral("id -u")).output.trimmed());
        QVERIFY2(jobLog(done, m_two.ownerA).contains(QStringLiteral("uid=%1 var=hello").arg(uid)),
                 qPrintable(jobLog(done, m_two.ownerA)));
        const QJsonArray history = runs(m_two.siteA, id, m_two.ownerA);
        QCOMPARE(history.size(), 1);
        const QJsonObject ran = history.at(0).toObject();
        QCOMPARE(ran[QStringLiteral("trigger")].toString(), QStringLiteral("now"));
        QCOMPARE(ran[QStringLiteral("startedBy")].toString(), QStringLiteral("test0201"));
        QCOMPARE(ran[QStringLiteral("outcome")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(ran[QStringLiteral("exitCode")].toInt(), 0);
        QCOMPARE(ran[QStringLiteral("outputHead")].toString(), QStringLiteral("uid=%1 var=hello\n").arg(uid));
        // The last run is shown with the job; another site's people see none of it.
        QCOMPARE(
            cron(m_two.siteA,
                 m_two.ownerA)[QStringLiteral("jobs")][0][QStringLiteral("lastRun")][QStringLiteral("id")]
                .toInteger(),
            ran[QStringLiteral("id")].toInteger());
        QCOMPARE(m_two.http.getJson(siteUrl(m_two.siteA, QStringLiteral("/cron/runs")), m_two.ownerB).status,
                 403);
    }

    void failureAndOutputBounds()
    {
        // 200 KiB of output: the first and last 64 KiB are kept, and the count of all of it.
        QJsonObject done =
            setJobs(m_two.siteA,
                    {job(QStringLiteral("@hourly"),
                         QStringLiteral("head -c 204800 /dev/zero | tr '\\\\0' x; echo; exit 3"))},
                    m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString id = jobId(m_two.siteA, 0, m_two.ownerA);
        done = runNow(m_two.siteA, id, m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(done.value(QStringLiteral("error")).toString().contains(QStringLiteral("exit status 3")),
                 qPrintable(done.value(QStringLiteral("error")).toString()));
        const QJsonObject ran = runs(m_two.siteA, id, m_two.ownerA).at(0).toObject();
        QCOMPARE(ran[QStringLiteral("outcome")].toString(), QStringLiteral("failed"));
        QCOMPARE(ran[QStringLiteral("exitCode")].toInt(), 3);
        QCOMPARE(ran[QStringLiteral("outputBytes")].toInteger(), 204801);
        QCOMPARE(ran[QStringLiteral("outputHead")].toString().size(), 65536);
        QCOMPARE(ran[QStringLiteral("outputTail")].toString().size(), 65536);
        // Runs are kept per job up to cron_keep_runs (5 here).
        for (int i = 0; i < 6; ++i)
            runNow(m_two.siteA, id, m_two.ownerA);
        QCOMPARE(runs(m_two.siteA, id, m_two.ownerA).size(), 5);
    }

    // A failed run of a job that asks for it is mailed to the site's contact through the relay;
    // a job that does not ask sends nothing.
    void aFailedRunIsMailed()
    {
        QJsonObject done = setJobs(m_two.siteA,
                                   {job(QStringLiteral("@hourly"), QStringLiteral("echo oops; exit 4"),
                                        {{QStringLiteral("id"), QStringLiteral("mailed")},
                                         {QStringLiteral("description"), QStringLiteral("Nightly report")},
                                         {QStringLiteral("mailOnFailure"), true}}),
                                    job(QStringLiteral("@hourly"), QStringLiteral("exit 5"),
                                        {{QStringLiteral("id"), QStringLiteral("quiet")}})},
                                   m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(runNow(m_two.siteA, QStringLiteral("quiet"), m_two.ownerA)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("failed"));
        QCOMPARE(runNow(m_two.siteA, QStringLiteral("mailed"), m_two.ownerA)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("failed"));
        const QDir box(m_mail.filePath(QStringLiteral("box/new")));
        QTRY_COMPARE_WITH_TIMEOUT(box.entryList(QDir::Files).size(), 1, 15000);
        const QByteArray message = readBytes(box.filePath(box.entryList(QDir::Files).first()));
        QVERIFY2(message.contains("To: web@example.org"), message.constData());
        QVERIFY(message.contains("From: cron@host.test"));
        QVERIFY(message.contains("Subject: Cron job \"Nightly report\" of " + m_two.siteA.toUtf8() +
                                 " failed with exit status 4"));
        QVERIFY(message.contains("oops"));
        QTest::qWait(1000);
        QCOMPARE(box.entryList(QDir::Files).size(), 1); // "quiet" asked for none
    }

    void timeoutEndsEverythingTheRunStarted()
    {
        // A sleep no other test has: its length names this run of the test.
        const QString marker = QStringLiteral("sleep 9%1").arg(QCoreApplication::applicationPid());
        QJsonObject done = setJobs(
            m_two.siteA,
            {job(QStringLiteral("@hourly"),
                 QStringLiteral("setsid %1 </dev/null >/dev/null 2>&1 & echo started; sleep 300").arg(marker),
                 {{QStringLiteral("timeoutSeconds"), 2}})},
            m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString id = jobId(m_two.siteA, 0, m_two.ownerA);
        QElapsedTimer timer;
        timer.start();
        done = runNow(m_two.siteA, id, m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(timer.elapsed() < 30000);
        const QJsonObject ran = runs(m_two.siteA, id, m_two.ownerA).at(0).toObject();
        QCOMPARE(ran[QStringLiteral("outcome")].toString(), QStringLiteral("timed-out"));
        QCOMPARE(ran[QStringLiteral("signal")].toInt(), 9);
        QVERIFY(ran[QStringLiteral("outputHead")].toString().startsWith(QStringLiteral("started")));
        // What left the process group with setsid is gone too (the run's cgroup).
        QTRY_COMPARE_WITH_TIMEOUT(run(QStringLiteral("pgrep"), {QStringLiteral("-f"), marker}).exitCode, 1,
                                  10000);
    }

    void aScheduledRunIsRecorded()
    {
        QJsonObject done =
            setJobs(m_two.siteA,
                    {job(QStringLiteral("* * * * *"), QStringLiteral("echo \"scheduled $MWS_CRON_JOB\""))},
                    m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString id = jobId(m_two.siteA, 0, m_two.ownerA);
        QJsonArray history;
        QDeadlineTimer deadline(80000); // cron runs it at the start of the next minute
        while (!deadline.hasExpired()) {
            history = runs(m_two.siteA, id, m_two.ownerA);
            if (!history.isEmpty() &&
                history.at(0)[QStringLiteral("outcome")].toString() != QLatin1String("running"))
                break;
            QTest::qWait(500);
        }
        QVERIFY2(!history.isEmpty(), qPrintable(QString::fromUtf8(m_cron.readAll())));
        const QJsonObject ran = history.at(0).toObject();
        QCOMPARE(ran[QStringLiteral("trigger")].toString(), QStringLiteral("schedule"));
        QCOMPARE(ran[QStringLiteral("outcome")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(ran[QStringLiteral("outputHead")].toString(), QStringLiteral("scheduled %1\n").arg(id));
        // A suspended site's jobs do not run: its tab keeps no job line.
        QCOMPARE(m_two.http
                     .sendJson("POST",
                               panel().url(QStringLiteral("/api/v1/sites/%1/suspend").arg(m_two.siteA)),
                               {{QStringLiteral("reason"), QStringLiteral("test")}}, m_two.staff)
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(installedTab(m_two.siteA).contains("none of its jobs runs"), 20000);
        QVERIFY(!installedTab(m_two.siteA).contains(MWS_CRON_RUN_BINARY));
        QCOMPARE(m_two.http
                     .sendJson("POST",
                               panel().url(QStringLiteral("/api/v1/sites/%1/unsuspend").arg(m_two.siteA)), {},
                               m_two.staff)
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(installedTab(m_two.siteA).contains(MWS_CRON_RUN_BINARY), 20000);
    }

    void aTabChangedByHandIsPutBack()
    {
        const QByteArray tab = cron(m_two.siteA, m_two.ownerA)[QStringLiteral("crontab")].toString().toUtf8();
        QVERIFY(!tab.isEmpty());
        QVERIFY(writeOwned(m_two.siteA, QStringLiteral("/var/spool/cron/crontabs/") + m_two.siteA,
                           "* * * * * echo bypassed\n", 0600));
        QCOMPARE(installedTab(m_two.siteA), QByteArray("* * * * * echo bypassed\n"));
        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(installedTab(m_two.siteA), tab, 20000);
    }
};

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
