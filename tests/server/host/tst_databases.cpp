// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's MariaDB databases through the real panel and a real MariaDB: an owner creates a
// database, a user and a grant, and that user writes over the socket and over 127.0.0.1; a
// read-only grant refuses writes; a reset password ends the old one; the password is shown once
// and its hash is gone from the finished job. A hostile owner, an outsider and bad input change
// nothing: the server's databases, accounts and grants are compared before and after.
#include "hostingfixture.h"
#include "mariadbserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace mws::test;

class TestDatabases : public QObject
{
    Q_OBJECT

private:
    MariaDbServer m_mariadb; // outlives the panel
    ApiFixture m_fixture;
    HttpClient m_http;
    std::unique_ptr<HostingClient> m_jobs;
    QString m_staff, m_ownerA, m_ownerB, m_outsider;
    QString m_siteA, m_siteB, m_prefixA, m_prefixB;
    QString m_before;

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &site, const QString &path)
    {
        return panel().url(QStringLiteral("/api/v1/sites/%1%2").arg(site, path));
    }
    HttpReply send(const QByteArray &method, const QString &site, const QString &path,
                   const QJsonObject &body, const QString &token)
    {
        if (method == "DELETE")
            return m_http.send(method, url(site, path), {},
                               {{"Authorization", "Bearer " + token.toLatin1()}});
        return m_http.sendJson(method, url(site, path), body, token);
    }
    // Sends a change and waits for its job; the finished job, or the refusal with its "status".
    QJsonObject change(const QByteArray &method, const QString &site, const QString &path,
                       const QJsonObject &body, const QString &token)
    {
        const HttpReply reply = send(method, site, path, body, token);
        if (reply.status != 202) {
            QJsonObject refusal = reply.json();
            refusal.insert(QStringLiteral("status"), reply.status);
            return refusal;
        }
        QJsonObject done = m_jobs->waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
        if (reply.json().contains(QStringLiteral("password")))
            done.insert(QStringLiteral("password"), reply.json().value(QStringLiteral("password")));
        return done;
    }
    QJsonObject listing(const QString &site, const QString &token)
    {
        return m_http.getJson(url(site, QStringLiteral("/databases")), token).json();
    }
    QString serverState() { return m_mariadb.accountsAndGrants(); }
    QString asUser(const QString &user, const QString &password, const QString &database, bool socket,
                   const QStringList &statements)
    {
        return m_mariadb.runAsUser(user, password, database, socket, statements);
    }
    static QJsonObject grants(const QString &database, const QString &level)
    {
        return {{QStringLiteral("grants"), QJsonArray{QJsonObject{{QStringLiteral("database"), database},
                                                                  {QStringLiteral("level"), level}}}}};
    }
    QString createSite(const QString &name, const QString &owner)
    {
        const HttpReply created =
            m_http.sendJson("POST", panel().url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("contactEmail"), QStringLiteral("d@example.org")},
                             {QStringLiteral("owner"), owner}},
                            m_staff);
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!MariaDbServer::isAvailable(&error))
            QSKIP(qPrintable(error));
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")));
        QVERIFY2(m_mariadb.start(&error), qPrintable(error));
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        options.webServers = true;
        options.extraConfig =
            QStringLiteral("[mariadb]\nenabled = true\nsocket = \"%1\"\n").arg(m_mariadb.socketPath());
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        m_jobs = std::make_unique<HostingClient>(m_http, panel());
        const QString staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error);
        m_staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error, staff);
        m_ownerA = signIn(m_http, panel(), QStringLiteral("test0201"), &error);
        m_ownerB = signIn(m_http, panel(), QStringLiteral("test0202"), &error);
        m_outsider = signIn(m_http, panel(), QStringLiteral("test0203"), &error);
        QVERIFY2(!m_staff.isEmpty() && !m_ownerA.isEmpty() && !m_ownerB.isEmpty() && !m_outsider.isEmpty(),
                 qPrintable(error));
        m_siteA = createSite(QStringLiteral("Shop"), QStringLiteral("test0201"));
        m_siteB = createSite(QStringLiteral("Bank"), QStringLiteral("test0202"));
        QVERIFY(!m_siteA.isEmpty() && !m_siteB.isEmpty());
        m_prefixA = listing(m_siteA, m_ownerA).value(QStringLiteral("prefix")).toString();
        m_prefixB = listing(m_siteB, m_ownerB).value(QStringLiteral("prefix")).toString();
        QCOMPARE(m_prefixA, QLatin1Char('s') + m_siteA.mid(5) + QLatin1Char('_'));
        m_before = serverState();
        QVERIFY(!m_before.startsWith(QLatin1String("error")));
    }

    void cleanupTestCase()
    {
        if (m_siteA.isEmpty())
            return;
        // Whatever a failed step left: drop it as root, so that the next run starts clean.
        QString error;
        for (const QString &prefix : {m_prefixA, m_prefixB}) {
            const QString names = m_mariadb.sql(
                QStringLiteral(
                    "SELECT CONCAT('DROP DATABASE `', SCHEMA_NAME, '`;') FROM information_schema.SCHEMATA "
                    "WHERE SCHEMA_NAME LIKE '%1%%'; SELECT CONCAT('DROP USER `', User, '`@`', Host, "
                    "'`;') FROM mysql.user WHERE User LIKE '%1%%';")
                    .arg(QString(prefix).replace(QLatin1Char('_'), QStringLiteral("\\\\_"))),
                &error);
            if (!names.trimmed().isEmpty())
                m_mariadb.sql(names, &error);
        }
    }

    void anOwnerMakesADatabaseAUserAndAGrantAndTheUserWrites()
    {
        const QString db = m_prefixA + QStringLiteral("shop");
        const QString user = m_prefixA + QStringLiteral("app");
        QCOMPARE(
            change("POST", m_siteA, QStringLiteral("/databases"), {{QStringLiteral("name"), db}}, m_ownerA)
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("succeeded"));
        const QJsonObject created = change("POST", m_siteA, QStringLiteral("/database-users"),
                                           {{QStringLiteral("name"), user}}, m_ownerA);
        QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString password = created.value(QStringLiteral("password")).toString();
        QCOMPARE(password.size(), 24);
        // The finished job keeps no hash of it.
        auto store = m_fixture.openStore();
        QVERIFY(store);
        const auto job = store->store().job(created.value(QStringLiteral("id")).toString());
        QVERIFY(job.ok());
        QVERIFY(!job->payload.contains(QStringLiteral("secret")));
        QCOMPARE(job->payload.value(QStringLiteral("name")).toString(), user);
        QCOMPARE(change("PUT", m_siteA, QStringLiteral("/database-users/%1/grants").arg(user),
                        grants(db, QStringLiteral("all")), m_ownerA)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(asUser(user, password, db, true,
                        {QStringLiteral("CREATE TABLE t (n INT PRIMARY KEY)"),
                         QStringLiteral("INSERT INTO t VALUES (1)")}),
                 QString());
        QCOMPARE(asUser(user, password, db, false, {QStringLiteral("INSERT INTO t VALUES (2)")}), QString());
        const QJsonObject listed = listing(m_siteA, m_ownerA);
        const QJsonObject database = listed[QStringLiteral("databases")][0].toObject();
        QCOMPARE(database.value(QStringLiteral("name")).toString(), db);
        QCOMPARE(database.value(QStringLiteral("tables")).toInt(), 1);
        QVERIFY(database.value(QStringLiteral("sizeBytes")).toInteger() > 0);
        const QJsonObject shownUser = listed[QStringLiteral("users")][0].toObject();
        QCOMPARE(shownUser.value(QStringLiteral("name")).toString(), user);
        QVERIFY(shownUser.value(QStringLiteral("inStep")).toBool());
        QCOMPARE(shownUser[QStringLiteral("grants")][0][QStringLiteral("level")].toString(),
                 QStringLiteral("all"));
        // The audit has the changes, and no password.
        const HttpReply audit =
            m_http.getJson(panel().url(QStringLiteral("/api/v1/sites/%1/audit").arg(m_siteA)), m_ownerA);
        QVERIFY2(audit.body.contains("database-user.create"), audit.body.left(300).constData());
        QVERIFY(!audit.body.contains(password.toUtf8()));
    }

    void aReadOnlyGrantRefusesWritesAndAResetEndsTheOldPassword()
    {
        const QString db = m_prefixA + QStringLiteral("shop");
        const QString user = m_prefixA + QStringLiteral("reader");
        const QJsonObject created = change("POST", m_siteA, QStringLiteral("/database-users"),
                                           {{QStringLiteral("name"), user}}, m_ownerA);
        const QString password = created.value(QStringLiteral("password")).toString();
        QCOMPARE(change("PUT", m_siteA, QStringLiteral("/database-users/%1/grants").arg(user),
                        grants(db, QStringLiteral("read-only")), m_ownerA)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        for (bool socket : {true, false}) {
            QCOMPARE(asUser(user, password, db, socket, {QStringLiteral("SELECT COUNT(*) FROM t")}),
                     QString());
            QVERIFY(asUser(user, password, db, socket, {QStringLiteral("INSERT INTO t VALUES (9)")})
                        .contains(QStringLiteral("denied")));
        }
        const QJsonObject reset =
            change("POST", m_siteA, QStringLiteral("/database-users/%1/password").arg(user), {}, m_ownerA);
        QCOMPARE(reset.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QString fresh = reset.value(QStringLiteral("password")).toString();
        QVERIFY(fresh.size() == 24 && fresh != password);
        for (bool socket : {true, false}) {
            QVERIFY(asUser(user, password, db, socket, {}).contains(QStringLiteral("denied")));
            QCOMPARE(asUser(user, fresh, db, socket, {QStringLiteral("SELECT COUNT(*) FROM t")}), QString());
        }
        QCOMPARE(change("DELETE", m_siteA, QStringLiteral("/database-users/%1").arg(user), {}, m_ownerA)
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(asUser(user, fresh, db, true, {}).contains(QStringLiteral("denied")));
    }

    void othersReachNothing()
    {
        const QString dbB = m_prefixB + QStringLiteral("vault");
        QCOMPARE(
            change("POST", m_siteB, QStringLiteral("/databases"), {{QStringLiteral("name"), dbB}}, m_ownerB)
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("succeeded"));
        const QString state = serverState();
        const QString userA = m_prefixA + QStringLiteral("app");
        // Site A's user on site B's database: a name that is not site A's.
        const QJsonObject cross =
            change("PUT", m_siteA, QStringLiteral("/database-users/%1/grants").arg(userA),
                   grants(dbB, QStringLiteral("all")), m_ownerA);
        QCOMPARE(cross.value(QStringLiteral("status")).toInt(), 422);
        QVERIFY(QJsonDocument(cross).toJson().contains("grants[0].database"));
        // Site B's database dropped, or a user made, through site A.
        QCOMPARE(
            change("DELETE", m_siteA, QStringLiteral("/databases/%1?confirmName=%1").arg(dbB), {}, m_ownerA)
                .value(QStringLiteral("status"))
                .toInt(),
            422);
        QCOMPARE(change("POST", m_siteA, QStringLiteral("/database-users"),
                        {{QStringLiteral("name"), m_prefixB + QStringLiteral("evil")}}, m_ownerA)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 422);
        // Site A's owner on site B's routes, and someone of neither site.
        for (const QString &token : {m_ownerA, m_outsider}) {
            QCOMPARE(m_http.getJson(url(m_siteB, QStringLiteral("/databases")), token).status, 403);
            QCOMPARE(
                change("DELETE", m_siteB, QStringLiteral("/databases/%1?confirmName=%1").arg(dbB), {}, token)
                    .value(QStringLiteral("status"))
                    .toInt(),
                403);
            QCOMPARE(change("POST", m_siteB, QStringLiteral("/database-users"),
                            {{QStringLiteral("name"), m_prefixB + QStringLiteral("evil")}}, token)
                         .value(QStringLiteral("status"))
                         .toInt(),
                     403);
        }
        QCOMPARE(serverState(), state);
        QVERIFY(listing(m_siteA, m_ownerA).value(QStringLiteral("databases")).toArray().size() == 1);
    }

    void aDropNeedsTheNameTypedBack()
    {
        const QString db = m_prefixA + QStringLiteral("shop");
        const QString state = serverState();
        for (const QString &query :
             {QString(), QStringLiteral("?confirmName="), QStringLiteral("?confirmName=yes"),
              QStringLiteral("?confirmName=") + db.toUpper()}) {
            const QJsonObject refused =
                change("DELETE", m_siteA, QStringLiteral("/databases/") + db + query, {}, m_ownerA);
            QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 422);
            QVERIFY(QJsonDocument(refused).toJson().contains("confirmName"));
        }
        QCOMPARE(serverState(), state);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QString p = QStringLiteral("{p}");
        const QStringList bad{QStringLiteral("shop"),
                              p + QString(60, u'd'),
                              p + QStringLiteral("select"),
                              p + QStringLiteral("a`b"),
                              p + QStringLiteral("a'b"),
                              p + QStringLiteral("a\"b"),
                              p + QStringLiteral("a;b"),
                              p + QStringLiteral("shop") + QChar(0x0430),
                              p + QStringLiteral("x`; DROP DATABASE mysql; -- "),
                              p + QStringLiteral("x' OR '1'='1"),
                              p + QStringLiteral("x'@'%' IDENTIFIED BY 'pw"),
                              QStringLiteral("%"),
                              QStringLiteral("mysql")};
        for (int i = 0; i < int(bad.size()); ++i) {
            const QString name = bad.at(i);
            QTest::addRow("database %d", i)
                << QByteArray("POST") << QStringLiteral("/databases")
                << QJsonObject{{QStringLiteral("name"), name}} << QStringLiteral("name");
            QTest::addRow("user %d", i)
                << QByteArray("POST") << QStringLiteral("/database-users")
                << QJsonObject{{QStringLiteral("name"), name}} << QStringLiteral("name");
            QTest::addRow("grant %d", i)
                << QByteArray("PUT") << QStringLiteral("/database-users/{p}app/grants")
                << grants(name, QStringLiteral("all")) << QStringLiteral("grants[0].database");
        }
        QTest::newRow("collation") << QByteArray("POST") << QStringLiteral("/databases")
                                   << QJsonObject{{QStringLiteral("name"), QStringLiteral("{p}new")},
                                                  {QStringLiteral("collation"),
                                                   QStringLiteral("utf8mb4_bin; DROP DATABASE mysql")}}
                                   << QStringLiteral("collation");
        QTest::newRow("level") << QByteArray("PUT") << QStringLiteral("/database-users/{p}app/grants")
                               << grants(QStringLiteral("{p}shop"), QStringLiteral("ALL; GRANT ALL ON *.*"))
                               << QStringLiteral("grants[0].level");
        QTest::newRow("unknown field") << QByteArray("POST") << QStringLiteral("/database-users")
                                       << QJsonObject{{QStringLiteral("name"), QStringLiteral("{p}ok")},
                                                      {QStringLiteral("host"), QStringLiteral("%")}}
                                       << QStringLiteral("host");
        QTest::newRow("user in the path")
            << QByteArray("POST") << QStringLiteral("/database-users/a%60b/password") << QJsonObject()
            << QStringLiteral("name");
        QTest::newRow("database in the path")
            << QByteArray("DELETE") << QStringLiteral("/databases/%27%3B?confirmName=%27%3B") << QJsonObject()
            << QStringLiteral("name");
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const auto fill = [&](QString text) { return text.replace(QStringLiteral("{p}"), m_prefixA); };
        QJsonObject filled =
            QJsonDocument::fromJson(fill(QString::fromUtf8(QJsonDocument(body).toJson())).toUtf8()).object();
        const QString state = serverState();
        const HttpReply reply = send(method, m_siteA, fill(path), filled, m_ownerA);
        QCOMPARE(reply.status, 422);
        bool named = false;
        for (const QJsonValue &error : reply.json().value(QStringLiteral("errors")).toArray())
            named = named || (error[QStringLiteral("field")].toString() == field &&
                              !error[QStringLiteral("message")].toString().isEmpty());
        QVERIFY2(named, reply.body.constData());
        QCOMPARE(serverState(), state);
    }

    void droppingEverythingLeavesTheServerAsItWas()
    {
        const QString db = m_prefixA + QStringLiteral("shop");
        QCOMPARE(
            change("DELETE", m_siteA, QStringLiteral("/database-users/%1app").arg(m_prefixA), {}, m_ownerA)
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("succeeded"));
        QCOMPARE(
            change("DELETE", m_siteA, QStringLiteral("/databases/%1?confirmName=%1").arg(db), {}, m_ownerA)
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("succeeded"));
        const QString dbB = m_prefixB + QStringLiteral("vault");
        QCOMPARE(
            change("DELETE", m_siteB, QStringLiteral("/databases/%1?confirmName=%1").arg(dbB), {}, m_ownerB)
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("succeeded"));
        QCOMPARE(serverState(), m_before);
        QVERIFY(listing(m_siteA, m_ownerA).value(QStringLiteral("users")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabases)
#include "tst_databases.moc"
