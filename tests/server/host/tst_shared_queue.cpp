// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Two mws-paneld on one private PostgreSQL, serving one host: fifty jobs of two kinds (hosting
// changes and site checks) each run exactly once, no site has two jobs at once, and SIGKILL of
// the supervising panel in the middle of a change leaves that change undone on disk and its
// job failed by the other panel, which then supervises the host's servers itself.
#include "hostingfixture.h"

#include <QJsonArray>
#include <QSet>

#include <csignal>

using namespace mws;
using namespace mws::test;

namespace {

constexpr int siteCount = 5;
constexpr int checksPerSite = 9; // with each site's vhost: 5 × (1 + 9) = 50 jobs

QString siteDomain(int index)
{
    return QStringLiteral("s%1.shared.test").arg(index);
}

} // namespace

class TestSharedQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    TestWlsProcess m_wls;
    PanelProcess m_a; // started first: it supervises the host's servers
    PanelProcess m_b;
    HttpClient m_http;
    QString m_staff;
    QString m_owner;
    QStringList m_sites;
    QString m_failpointFile;

    PanelProcess &panelFor(int index) { return index % 2 == 0 ? m_a : m_b; }

    QString queue(PanelProcess &panel, const QByteArray &method, const QString &path, const QJsonObject &body,
                  const QByteArray &ifMatch = {})
    {
        QHash<QByteArray, QByteArray> headers;
        if (!ifMatch.isEmpty())
            headers.insert("If-Match", ifMatch);
        const HttpReply reply = m_http.sendJson(method, panel.url(path), body, m_owner, headers);
        if (reply.status != 202)
            qWarning("%s %s: %d %s", method.constData(), qPrintable(path), reply.status,
                     reply.body.constData());
        return reply.status == 202 ? reply.json().value(QStringLiteral("id")).toString() : QString();
    }

    // Stops the panel between transactions: stopped inside one, it would hold its row locks and
    // keep the other panel's requests waiting for as long as it is stopped.
    bool pauseOutsideTransactions(PanelProcess &panel)
    {
        auto database = openStore();
        if (!database)
            return false;
        const pid_t pid = pid_t(panel.process().processId());
        for (int attempt = 0; attempt < 200; ++attempt) {
            ::kill(pid, SIGSTOP);
            Result<store::Query> busy = database->exec(QStringLiteral(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND "
                "datname = current_database() AND (state = 'active' OR state LIKE 'idle in transaction%' OR "
                "wait_event_type = 'Lock')"));
            if (busy.ok() && busy.value().next() && busy.value().value(0).toInt() == 0)
                return true;
            ::kill(pid, SIGCONT);
            QTest::qWait(20);
        }
        return false;
    }

    std::unique_ptr<store::Database> openStore()
    {
        store::Database::Options options;
        options.driver = store::Database::Options::Driver::Postgres;
        options.host = QStringLiteral("127.0.0.1");
        options.port = m_postgres.port();
        options.name = m_postgres.database();
        options.user = m_postgres.user();
        options.password = m_postgres.password();
        auto database = store::Database::open(options, QStringLiteral("shared-queue-test"));
        return database.ok() ? std::move(database).value() : nullptr;
    }

    bool allFinished(store::Store &store, const QStringList &ids)
    {
        for (const QString &id : ids) {
            Result<model::Job> job = store.job(id);
            if (!job || !model::isFinished(job->state))
                return false;
        }
        return true;
    }

    QStringList logOf(store::Store &store, const QString &id)
    {
        QStringList lines;
        if (Result<QList<model::JobLogLine>> log = store.jobLog(id); log)
            for (const model::JobLogLine &line : *log)
                lines << line.line;
        return lines;
    }

    static qint64 parentOf(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("PPid:"))
                return line.mid(5).trimmed().toLongLong();
        return -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        if (!PostgresServer::isAvailable(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(m_postgres.start(&error), qPrintable(error));
        QVERIFY2(m_wls.start(m_dir.path(), &error), qPrintable(error));
        m_failpointFile = m_dir.filePath(QStringLiteral("failpoint"));

        PanelProcess::Options a;
        a.staff = {QStringLiteral("test0100")};
        a.webServers = true;
        a.postgres = &m_postgres;
        a.extraConfig = QStringLiteral("[jobs]\ninstance = panel-a\nlease_seconds = 3\n");
        a.environment.insert(QStringLiteral("MWS_PANELD_FAILPOINT_FILE"), m_failpointFile);
        QVERIFY2(m_a.start(m_wls, a, &error), qPrintable(error));
        PanelProcess::Options b = a;
        b.shareHostWith = &m_a;
        b.extraConfig = QStringLiteral("[jobs]\ninstance = panel-b\nlease_seconds = 3\n");
        b.environment.clear();
        QVERIFY2(m_b.start(m_wls, b, &error), qPrintable(error));

        const QString staff = signIn(m_http, m_a, QStringLiteral("test0100"), &error);
        QVERIFY2(!staff.isEmpty(), qPrintable(error));
        m_staff = signIn(m_http, m_a, QStringLiteral("test0100"), &error, staff);
        QVERIFY2(!m_staff.isEmpty(), qPrintable(error));
        // Signed in through one panel, working through both: they share the store.
        m_owner = signIn(m_http, m_b, QStringLiteral("test0101"), &error);
        QVERIFY2(!m_owner.isEmpty(), qPrintable(error));
        for (int i = 0; i < siteCount; ++i) {
            const HttpReply created =
                m_http.sendJson("POST", m_a.url(QStringLiteral("/api/v1/sites")),
                                {{QStringLiteral("name"), QStringLiteral("Shared %1").arg(i)},
                                 {QStringLiteral("contactEmail"), QStringLiteral("web@shared.test")},
                                 {QStringLiteral("owner"), QStringLiteral("test0101")}},
                                m_staff);
            QCOMPARE(created.status, 201);
            m_sites << created.json().value(QStringLiteral("id")).toString();
        }
    }

    void fiftyJobsOfTwoKindsRunOnceEachOneAtATimePerSite()
    {
        QStringList ids;
        for (int i = 0; i < siteCount; ++i) {
            const QString site = QStringLiteral("/api/v1/sites/%1").arg(m_sites[i]);
            ids << queue(panelFor(i), "POST", site + QStringLiteral("/vhosts"),
                         {{QStringLiteral("name"), QStringLiteral("main")},
                          {QStringLiteral("domains"), QJsonArray{siteDomain(i)}}},
                         "\"v0\"");
            for (int c = 0; c < checksPerSite; ++c)
                ids << queue(panelFor(i + c + 1), "POST", site + QStringLiteral("/checks"), {});
        }
        QCOMPARE(ids.size(), 50);
        QVERIFY(!ids.contains(QString()));

        auto database = openStore();
        QVERIFY(database);
        store::Store store(*database);
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(store, ids), 90000);

        QSet<QString> owners;
        QHash<QString, QList<QPair<QDateTime, QDateTime>>> spans; // by site
        for (const QString &id : std::as_const(ids)) {
            const model::Job job = store.job(id).value();
            QVERIFY2(job.state == model::JobState::Succeeded, qPrintable(id + QLatin1Char(' ') + job.error));
            // Exactly once: one start, by one panel, and never a recovery.
            const QStringList log = logOf(store, id);
            QCOMPARE(log.count(QStringLiteral("Started")), 1);
            QCOMPARE(log.filter(QStringLiteral("Taken over")).size(), 0);
            owners.insert(job.claimedBy.section(QLatin1Char('/'), 0, 0));
            spans[job.siteId].append({job.startedAt, job.finishedAt});
        }
        QCOMPARE(owners, (QSet<QString>{QStringLiteral("panel-a"), QStringLiteral("panel-b")}));
        // One at a time per site, in the order they were queued: the vhost first, then the checks.
        for (auto it = spans.begin(); it != spans.end(); ++it) {
            const QList<QPair<QDateTime, QDateTime>> &runs = it.value();
            QCOMPARE(runs.size(), 1 + checksPerSite);
            for (qsizetype k = 1; k < runs.size(); ++k)
                QVERIFY2(runs[k].first >= runs[k - 1].second, qPrintable(it.key()));
        }
        const model::Job check = store.job(ids[1]).value();
        const QJsonArray answers = check.result.value(QStringLiteral("answers")).toArray();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].toObject().value(QStringLiteral("name")).toString(), siteDomain(0));
        QVERIFY(answers[0].toObject().value(QStringLiteral("current")).toBool());
        for (int i = 0; i < siteCount; ++i)
            QVERIFY(fetchPage(m_a.httpPort(), siteDomain(i)).status > 0);
    }

    void aKilledSupervisorsChangeIsUndoneAndItsSitesServedByTheOther()
    {
        const QString fpm = m_a.hostRoot() + QStringLiteral("/sites/%1/fpm.conf").arg(m_sites[0]);
        const QByteArray before = readBytes(fpm);
        QVERIFY(before.contains("memory_limit") || !before.startsWith("<missing>"));
        const int answeredBefore = fetchPage(m_a.httpPort(), siteDomain(0)).status;
        QVERIFY(answeredBefore > 0 && answeredBefore < 500);

        // Only panel A may take the next job: B is paused until A has it.
        QVERIFY(writeText(m_failpointFile, "after-swap"));
        QVERIFY2(pauseOutsideTransactions(m_b), "panel B was always inside a transaction");
        const QByteArray version =
            m_http.getJson(m_a.url(QStringLiteral("/api/v1/sites/%1/hosting").arg(m_sites[0])), m_owner)
                .header("ETag");
        const QString id = queue(m_a, "PUT", QStringLiteral("/api/v1/sites/%1/php").arg(m_sites[0]),
                                 {{QStringLiteral("settings"),
                                   QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("99M")}}}},
                                 version);
        QVERIFY(!id.isEmpty());
        const bool died = m_a.process().waitForFinished(30000);
        ::kill(pid_t(m_b.process().processId()), SIGCONT);
        QVERIFY2(died, "panel A did not reach its failpoint");
        QCOMPARE(m_a.process().exitStatus(), QProcess::CrashExit);

        auto database = openStore();
        QVERIFY(database);
        store::Store store(*database);
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(store, {id}), 30000);
        const model::Job job = store.job(id).value();
        QCOMPARE(model::toString(job.state), model::toString(model::JobState::Failed));
        QVERIFY2(job.error.contains(QLatin1String("previous configuration")), qPrintable(job.error));
        QVERIFY(job.claimedBy.startsWith(QLatin1String("panel-a/")));
        QCOMPARE(logOf(store, id).count(QStringLiteral("Started")), 1);
        // On disk: the file as it was, nothing half done left behind.
        QCOMPARE(readBytes(fpm), before);
        QVERIFY(!QFileInfo::exists(m_a.hostRoot() + QStringLiteral("/apply-journal.json")));
        QVERIFY(!QFileInfo::exists(m_a.hostRoot() + QStringLiteral("/staging")));

        // The servers stopped with panel A; panel B supervises now and has started them again.
        QTRY_COMPARE_WITH_TIMEOUT(fetchPage(m_b.httpPort(), siteDomain(0)).status, answeredBefore, 20000);
        for (const QString &name : {QStringLiteral("front"), m_sites[0] + QStringLiteral(".web"),
                                    m_sites[0] + QStringLiteral(".php")}) {
            const qint64 pid = readBytes(m_b.hostRoot() + QStringLiteral("/run/pids/%1.pid").arg(name))
                                   .trimmed()
                                   .toLongLong();
            QCOMPARE(parentOf(pid), qint64(m_b.process().processId()));
        }

        // And the host takes changes from the panel that is left.
        QVERIFY(writeText(m_failpointFile, ""));
        const QJsonObject next =
            HostingClient(m_http, m_b)
                .apply("PUT", m_sites[0], QStringLiteral("/php"),
                       {{QStringLiteral("settings"),
                         QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("88M")}}}},
                       m_owner);
        QCOMPARE(next.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(readBytes(fpm).contains("88M"));
    }

    // A job for a site no panel here serves would hold its queue for ever; checks are capped.
    void jobsOnlyForServedHostsAndChecksBounded()
    {
        const HttpReply created =
            m_http.sendJson("POST", m_b.url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("Elsewhere")},
                             {QStringLiteral("contactEmail"), QStringLiteral("web@shared.test")},
                             {QStringLiteral("owner"), QStringLiteral("test0101")}},
                            m_staff);
        QCOMPARE(created.status, 201);
        const QString siteId = created.json().value(QStringLiteral("id")).toString();
        auto database = openStore();
        QVERIFY(database);
        store::Store store(*database);
        QCOMPARE(store.siteHostName(siteId).value(), QStringLiteral("local"));
        QVERIFY(store.setSiteHostName(siteId, QStringLiteral("web2")).ok());
        const QUrl checks = m_b.url(QStringLiteral("/api/v1/sites/%1/checks").arg(siteId));
        HttpReply refused = m_http.sendJson("POST", checks, {}, m_owner);
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.body.contains("web2"), refused.body.constData());
        Result<store::Page<model::Job>> none = store.jobs(siteId, 0, 10);
        QCOMPARE(none->total, 0);
        // Ten checks waiting (on web2, where nothing takes them): the next is refused.
        for (int i = 0; i < 10; ++i) {
            model::Job job;
            job.siteId = siteId;
            job.kind = job.runner = QStringLiteral("site.check");
            job.createdBy = QStringLiteral("test0101");
            job.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(store.createJob(job).ok());
        }
        refused = m_http.sendJson("POST", checks, {}, m_owner);
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.body.contains("10 checks"), refused.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSharedQueue)
#include "tst_shared_queue.moc"
