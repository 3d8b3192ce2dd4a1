// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Cron, attacked from site A: A's owner controls every field of A's jobs (the command, the
// schedule, the variables) and everything A's user runs. None of it may reach B's jobs, tab,
// history, files or processes, the host's crontabs or root's files. Every attempt must fail.
#include "cronsites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <unistd.h>

using namespace mws::test;

namespace {

const QByteArray secretMarkers[] = {"B-PRIVATE-SECRET", "ROOT-ONLY-SECRET", "echo b-only"};

QByteArray leakIn(const QByteArray &output)
{
    for (const QByteArray &marker : secretMarkers)
        if (output.contains(marker))
            return marker;
    return {};
}

} // namespace

class TestIsolationCron : public QObject, private CronSites
{
    Q_OBJECT

private:
    QTemporaryDir m_rootStuff; // a file only root may read

    QString rootOnlyFile() { return m_rootStuff.filePath(QStringLiteral("root-only.txt")); }
    QString spoolTab(const QString &site) { return QStringLiteral("/var/spool/cron/crontabs/") + site; }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("cron runs jobs as each site's Unix user, which only a root panel makes");
        PanelProcess::Options options;
        options.extraHostConfig = QStringLiteral("cron_enabled = true\ncron_wrapper = \"%1\"\n")
                                      .arg(QStringLiteral(MWS_CRON_RUN_BINARY));
        const QString error = m_two.start(options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(writeOwned(m_two.siteB, m_two.home(m_two.siteB) + QStringLiteral("/private.txt"),
                           "B-PRIVATE-SECRET\n", 0600));
        QVERIFY(writeText(rootOnlyFile(), "ROOT-ONLY-SECRET\n"));
        QVERIFY(QFile::setPermissions(rootOnlyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QFile::setPermissions(m_rootStuff.path(), QFile::permissions(m_rootStuff.path()) |
                                                      QFileDevice::ExeOther | QFileDevice::ReadOther);
        // B has a job, so that B has a jobs file and a tab to aim at.
        const QJsonObject done = setJobs(
            m_two.siteB, {job(QStringLiteral("@daily"), QStringLiteral("echo b-only"))}, m_two.ownerB);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!installedTab(m_two.siteB).isEmpty());
    }

    void cleanupTestCase() { removeTabs(); }

    // ---- A's own job, run now: it runs as A's user and stops where A's user stops ----

    void aJobStopsAtTheSitesUser_data()
    {
        QTest::addColumn<QString>("command");
        const QString root = panel().hostRoot();
        QTest::newRow("read B's file") << QStringLiteral("cat %1/private.txt").arg(m_two.home(m_two.siteB));
        QTest::newRow("read a root-only file") << QStringLiteral("cat %1").arg(rootOnlyFile());
        QTest::newRow("read B's jobs")
            << QStringLiteral("cat %1/sites/%2/cron-jobs.json").arg(root, m_two.siteB);
        QTest::newRow("read B's tab") << QStringLiteral("cat %1").arg(spoolTab(m_two.siteB));
        QTest::newRow("write its own tab")
            << QStringLiteral("echo '* * * * * id' > %1").arg(spoolTab(m_two.siteA));
        QTest::newRow("install a tab with crontab") << QStringLiteral("echo '* * * * * id' | crontab -");
        QTest::newRow("let itself use crontab")
            << QStringLiteral("echo %1 >> /etc/cron.allow").arg(m_two.siteA);
        QTest::newRow("signal B's server")
            << QStringLiteral("kill -0 %1").arg(pidIn(m_two.pidFile(m_two.siteB + QStringLiteral(".web"))));
        QTest::newRow("signal the panel") << QStringLiteral("kill -0 %1").arg(panel().process().processId());
    }

    void aJobStopsAtTheSitesUser()
    {
        QFETCH(QString, command);
        const QByteArray tabB = installedTab(m_two.siteB);
        const QByteArray allowed = readBytes(QStringLiteral("/etc/cron.allow"));
        QJsonObject done = setJobs(
            m_two.siteA, {job(QStringLiteral("@daily"), QStringLiteral("echo uid=$(id -u); ") + command)},
            m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString id = jobId(m_two.siteA, 0, m_two.ownerA);
        done = runNow(m_two.siteA, id, m_two.ownerA);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonObject ran = runs(m_two.siteA, id, m_two.ownerA).at(0).toObject();
        const QByteArray output = ran.value(QStringLiteral("outputHead")).toString().toUtf8();
        const QByteArray uid = runAs(m_two.siteA, QStringLiteral("id -u")).output.trimmed();
        QVERIFY2(output.startsWith("uid=" + uid + '\n'), output.constData());
        QCOMPARE(ran.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(leakIn(output).isEmpty(), output.constData());
        QCOMPARE(installedTab(m_two.siteB), tabB);
        QCOMPARE(readBytes(QStringLiteral("/etc/cron.allow")), allowed);
        QVERIFY(!allowed.contains(m_two.siteA.toUtf8()));
        // A's own tab is only ever what the panel renders from A's jobs.
        QCOMPARE(installedTab(m_two.siteA),
                 cron(m_two.siteA, m_two.ownerA)[QStringLiteral("crontab")].toString().toUtf8());
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
};

QTEST_GUILESS_MAIN(TestIsolationCron)
#include "tst_isolation_cron.moc"
