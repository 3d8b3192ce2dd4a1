// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Cron on a real host: the panel as root installs each site's jobs as its user's crontab, the
// host's real cron daemon runs them through the wrapper, and every run is in the site's history.
// A hostile owner tries to slip lines into the tab, forge another site's history, flood the
// panel's socket and outlive a timeout.
#include "testsupport.h"
#include "twositefixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace mws::test;

namespace {

QJsonObject job(const QString &schedule, const QString &command, const QJsonObject &extra = {})
{
    QJsonObject out{{QStringLiteral("schedule"), schedule}, {QStringLiteral("command"), command}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Ran run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(20000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

} // namespace

class TestCron : public QObject
{
    Q_OBJECT

private:
    TwoSiteFixture m_two;
    QProcess m_cron;
    QProcess m_smtp; // a local SMTP sink: every message it takes is a file in m_mail/new
    QTemporaryDir m_mail;

    PanelProcess &panel() { return m_two.panel(); }
    QUrl siteUrl(const QString &site, const QString &path)
    {
        return panel().url(QStringLiteral("/api/v1/sites/%1%2").arg(site, path));
    }
    QJsonObject cron(const QString &site, const QString &token)
    {
        return m_two.http.getJson(siteUrl(site, QStringLiteral("/cron")), token).json();
    }
    // Sends the whole list; the finished job, or the refusal with its "status".
    QJsonObject setJobs(const QString &site, const QJsonArray &jobs, const QString &token)
    {
        const QByteArray etag =
            m_two.http.getJson(siteUrl(site, QStringLiteral("/cron")), token).header("ETag");
        const HttpReply reply =
            m_two.http.sendJson("PUT", siteUrl(site, QStringLiteral("/cron")),
                                {{QStringLiteral("jobs"), jobs}}, token, {{"If-Match", etag}});
        if (reply.status != 202) {
            QJsonObject refusal = reply.json();
            refusal.insert(QStringLiteral("status"), reply.status);
            return refusal;
        }
        const QJsonObject done =
            m_two.hosting->waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
        if (done.value(QStringLiteral("state")).toString() != QLatin1String("succeeded"))
            qWarning("the change failed: %s", QJsonDocument(done).toJson(QJsonDocument::Compact).constData());
        return done;
    }
    QString jobId(const QString &site, int index, const QString &token)
    {
        return cron(site, token)[QStringLiteral("jobs")][index][QStringLiteral("id")].toString();
    }
    QJsonObject runNow(const QString &site, const QString &id, const QString &token)
    {
        const HttpReply reply = m_two.http.sendJson(
            "POST", siteUrl(site, QStringLiteral("/cron/jobs/%1/run").arg(id)), {}, token);
        if (reply.status != 202)
            return {{QStringLiteral("status"), reply.status}};
        return m_two.hosting->waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
    }
    QJsonArray runs(const QString &site, const QString &id, const QString &token)
    {
        return m_two.http.getJson(siteUrl(site, QStringLiteral("/cron/runs?job=") + id), token)
            .json()
            .value(QStringLiteral("runs"))
            .toArray();
    }
    QString jobLog(const QJsonObject &job, const QString &token)
    {
        const HttpReply log = m_two.http.getJson(
            panel().url(
                QStringLiteral("/api/v1/jobs/%1/log").arg(job.value(QStringLiteral("id")).toString())),
            token);
        return QString::fromUtf8(log.body);
    }
    // The tab cron reads (crontab -l -u would refuse: a site's user may not use crontab).
    QByteArray installedTab(const QString &site)
    {
        QFile file(QStringLiteral("/var/spool/cron/crontabs/") + site);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

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
        for (const QString &site : {m_two.siteA, m_two.siteB})
            if (!site.isEmpty())
                QFile::remove(QStringLiteral("/var/spool/cron/crontabs/") + site);
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

    void badInputChangesNothing()
    {
        const QJsonObject before = cron(m_two.siteA, m_two.ownerA);
        const QByteArray tab = installedTab(m_two.siteA);
        const QList<std::pair<QJsonObject, QString>> cases{
            {job(QStringLiteral("* * * * *"), QStringLiteral("true\n* * * * * evil")),
             QStringLiteral("jobs[0].command")},
            {job(QStringLiteral("* * * * *"), QStringLiteral("true\r* * * * * evil")),
             QStringLiteral("jobs[0].command")},
            {job(QStringLiteral("* * * * *"), QStringLiteral("true") + QChar(0) + QStringLiteral("x")),
             QStringLiteral("jobs[0].command")},
            {job(QStringLiteral("* * * *"), QStringLiteral("true")), QStringLiteral("jobs[0].schedule")},
            {job(QStringLiteral("61 * * * *"), QStringLiteral("true")), QStringLiteral("jobs[0].schedule")},
            {job(QStringLiteral("* * * * *\n* * * * * evil"), QStringLiteral("true")),
             QStringLiteral("jobs[0].schedule")},
            {job(QStringLiteral("* * * * *"), QStringLiteral("true"),
                 {{QStringLiteral("timeoutSeconds"), 0}}),
             QStringLiteral("jobs[0].timeoutSeconds")},
            {job(QStringLiteral("* * * * *"), QStringLiteral("true"),
                 {{QStringLiteral("description"), QStringLiteral("one\ntwo")}}),
             QStringLiteral("jobs[0].description")},
            {job(QStringLiteral("* * * * *"), QStringLiteral("true"),
                 {{QStringLiteral("environment"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("MWS_CRON_RUN")},
                                          {QStringLiteral("value"), QStringLiteral("1")}}}}}),
             QStringLiteral("jobs[0].environment[0].name")},
            {job(QStringLiteral("* * * * *"), QStringLiteral("x").repeated(5000)),
             QStringLiteral("jobs[0].command")},
        };
        for (const auto &[bad, field] : cases) {
            const QJsonObject refused = setJobs(m_two.siteA, {bad}, m_two.ownerA);
            QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 422);
            QVERIFY2(QJsonDocument(refused).toJson().contains(field.toUtf8()),
                     qPrintable(QString::fromUtf8(QJsonDocument(refused).toJson())));
        }
        // A megabyte of command is refused before it is read.
        const QJsonObject huge =
            setJobs(m_two.siteA, {job(QStringLiteral("* * * * *"), QStringLiteral("x").repeated(1 << 20))},
                    m_two.ownerA);
        QVERIFY(huge.value(QStringLiteral("status")).toInt() >= 400);
        QCOMPARE(cron(m_two.siteA, m_two.ownerA)[QStringLiteral("version")],
                 before[QStringLiteral("version")]);
        QCOMPARE(installedTab(m_two.siteA), tab);
    }

    void aSiteWritesOnlyItsOwnHistory()
    {
        QJsonObject done =
            setJobs(m_two.siteB, {job(QStringLiteral("@daily"), QStringLiteral("echo b"))}, m_two.ownerB);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString victimJob = jobId(m_two.siteB, 0, m_two.ownerB);
        // A's user cannot read B's jobs file, so writes one of its own naming B's job.
        QTemporaryDir dir;
        QVERIFY(chownTo(m_two.siteA, dir.path()));
        const QString forged = dir.filePath(QStringLiteral("jobs.json"));
        QVERIFY(writeOwned(
            m_two.siteA, forged,
            QJsonDocument(
                QJsonObject{{QStringLiteral("socket"), panel().hostRoot() + QStringLiteral("/run/cron.sock")},
                            {QStringLiteral("lockDir"), dir.path()},
                            {QStringLiteral("jobs"),
                             QJsonObject{{victimJob, QJsonObject{{QStringLiteral("command"),
                                                                  QStringLiteral("echo forged")}}}}}})
                .toJson()));
        const QString wrapper = QStringLiteral(MWS_CRON_RUN_BINARY);
        const Ran readB =
            runAs(m_two.siteA,
                  QStringLiteral("cat %1/sites/%2/cron-jobs.json").arg(panel().hostRoot(), m_two.siteB));
        QVERIFY(readB.exitCode != 0);
        const Ran asA = runAs(m_two.siteA, QStringLiteral("'%1' '%2' '%3'").arg(wrapper, forged, victimJob));
        QVERIFY2(asA.output.contains("refused"), asA.output.constData());
        // Nor can it pass for a run someone asked for.
        const Ran asked = runAs(
            m_two.siteA, QStringLiteral("'%1' '%2' '%3' --now some-job").arg(wrapper, forged, victimJob));
        QVERIFY2(asked.output.contains("refused"), asked.output.constData());
        QCOMPARE(runs(m_two.siteB, victimJob, m_two.ownerB).size(), 0);
        // A line longer than the panel takes ends the connection and records nothing.
        const Ran flood =
            runAs(m_two.siteA,
                  QStringLiteral("head -c 400000 /dev/zero | tr '\\\\0' x | timeout 10 python3 -c \"import "
                                 "socket,sys; s=socket.socket(socket.AF_UNIX); s.connect('%1'); "
                                 "s.sendall(sys.stdin.buffer.read()+b'\\\\n'); print(s.recv(100))\"")
                      .arg(panel().hostRoot() + QStringLiteral("/run/cron.sock")));
        QVERIFY2(!flood.output.contains("\"run\""), flood.output.constData());
        // Nobody but a site's user is heard at all.
        const Ran nobody =
            runAs(QStringLiteral("nobody"), QStringLiteral("'%1' '%2' '%3'").arg(wrapper, forged, victimJob));
        QVERIFY2(!nobody.output.contains("forged"), nobody.output.constData());
        QCOMPARE(runs(m_two.siteB, victimJob, m_two.ownerB).size(), 0);
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
