// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's databases, users and grants on a real MariaDB, as the panel's administrative account
// makes them (server/host/mariadbadmin.h): each user is two accounts that work over the socket
// and over 127.0.0.1, a read-only grant refuses writes, a password reset ends the old one, and
// nothing a statement builder refuses reaches the server: its databases, accounts and grants
// are the same before and after every refused attempt, and after the test's own clean-up.
#include "mariadbadmin.h"
#include "mariadbserver.h"
#include "validate/databasenames.h"

#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <vector>

using namespace mws;
using namespace mws::host;
using mws::test::MariaDbServer;

namespace {

const QString siteA = QStringLiteral("site-0000aaaa");
const QString siteB = QStringLiteral("site-0000bbbb");

} // namespace

class TestMariaDbAdmin : public QObject
{
    Q_OBJECT

private:
    MariaDbServer m_server;
    std::unique_ptr<MariaDbAdmin> m_admin;
    QString m_before;

    // Runs a script as the panel would, waiting for its answer.
    Result<MariaDbAdmin::Rows> run(const Result<QString> &sql)
    {
        if (!sql.ok())
            return sql.error();
        std::optional<Result<MariaDbAdmin::Rows>> answer;
        QEventLoop loop;
        m_admin->run(*sql, [&](Result<MariaDbAdmin::Rows> rows) {
            answer = std::move(rows);
            loop.quit();
        });
        loop.exec();
        return *answer;
    }
    Result<SiteDatabases> list(const QString &site)
    {
        std::optional<Result<SiteDatabases>> answer;
        QEventLoop loop;
        m_admin->listSite(site, [&](Result<SiteDatabases> listed) {
            answer = std::move(listed);
            loop.quit();
        });
        loop.exec();
        return *answer;
    }
    QString serverState() { return m_server.accountsAndGrants(); }
    QString asUser(const QString &user, const QString &password, const QString &database, bool socket,
                   const QStringList &statements)
    {
        return m_server.runAsUser(user, password, database, socket, statements);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString reason;
        if (!MariaDbServer::isAvailable(&reason))
            QSKIP(qPrintable(reason));
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        MariaDbConfig config;
        config.enabled = true;
        config.socket = m_server.socketPath();
        config.client = QStringLiteral("/usr/bin/mariadb");
        config.timeoutSeconds = 30;
        m_admin = std::make_unique<MariaDbAdmin>(config);
        m_before = serverState();
        QVERIFY(!m_before.startsWith(QLatin1String("error")));
    }

    void aUserWritesOverTheSocketAndOverTcp()
    {
        const QString password = newDatabasePassword();
        QCOMPARE(password.size(), 24);
        QVERIFY(run(mariadbsql::createDatabase(siteA, QStringLiteral("s0000aaaa_shop"),
                                               QStringLiteral("utf8mb4_unicode_ci")))
                    .ok());
        const auto created =
            run(mariadbsql::createUser(siteA, QStringLiteral("s0000aaaa_app"), nativePasswordHash(password)));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
        QVERIFY(run(mariadbsql::setGrant(siteA, QStringLiteral("s0000aaaa_app"),
                                         QStringLiteral("s0000aaaa_shop"), GrantLevel::All))
                    .ok());
        QCOMPARE(asUser(QStringLiteral("s0000aaaa_app"), password, QStringLiteral("s0000aaaa_shop"), true,
                        {QStringLiteral("CREATE TABLE t (n INT PRIMARY KEY, s TEXT)"),
                         QStringLiteral("INSERT INTO t VALUES (1, 'socket')")}),
                 QString());
        QCOMPARE(asUser(QStringLiteral("s0000aaaa_app"), password, QStringLiteral("s0000aaaa_shop"), false,
                        {QStringLiteral("INSERT INTO t VALUES (2, 'tcp')")}),
                 QString());
        QString error;
        QCOMPARE(
            m_server.sql(QStringLiteral("SELECT GROUP_CONCAT(s ORDER BY n) FROM s0000aaaa_shop.t"), &error),
            QStringLiteral("socket,tcp"));
        // Another database of the server stays out of reach.
        QVERIFY(asUser(QStringLiteral("s0000aaaa_app"), password, QStringLiteral("app"), true, {})
                    .contains(QStringLiteral("Access denied")));
        // A wrong password is refused.
        QVERIFY(!asUser(QStringLiteral("s0000aaaa_app"), password + QLatin1Char('x'),
                        QStringLiteral("s0000aaaa_shop"), false, {})
                     .isEmpty());
    }

    void theListingHasSizesTablesUsersAndGrants()
    {
        const Result<SiteDatabases> listed = list(siteA);
        QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().fullText()));
        QCOMPARE(listed->databases.size(), 1);
        QCOMPARE(listed->databases[0].name, QStringLiteral("s0000aaaa_shop"));
        QCOMPARE(listed->databases[0].collation, QStringLiteral("utf8mb4_unicode_ci"));
        QCOMPARE(listed->databases[0].tables, 1);
        QVERIFY(listed->databases[0].sizeBytes > 0);
        QCOMPARE(listed->users.size(), 1);
        QCOMPARE(listed->users[0].name, QStringLiteral("s0000aaaa_app"));
        QVERIFY(listed->users[0].inStep);
        QVERIFY(listed->users[0].grants.value(QStringLiteral("s0000aaaa_shop")) == GrantLevel::All);
        // Site B sees none of it.
        const Result<SiteDatabases> other = list(siteB);
        QVERIFY(other.ok());
        QVERIFY(other->databases.isEmpty());
        QVERIFY(other->users.isEmpty());
    }

    void aReadOnlyGrantRefusesWrites()
    {
        const QString password = newDatabasePassword();
        QVERIFY(run(mariadbsql::createUser(siteA, QStringLiteral("s0000aaaa_reader"),
                                           nativePasswordHash(password)))
                    .ok());
        QVERIFY(run(mariadbsql::setGrant(siteA, QStringLiteral("s0000aaaa_reader"),
                                         QStringLiteral("s0000aaaa_shop"), GrantLevel::ReadOnly))
                    .ok());
        for (bool socket : {true, false}) {
            QCOMPARE(asUser(QStringLiteral("s0000aaaa_reader"), password, QStringLiteral("s0000aaaa_shop"),
                            socket, {QStringLiteral("SELECT * FROM t")}),
                     QString());
            QVERIFY(asUser(QStringLiteral("s0000aaaa_reader"), password, QStringLiteral("s0000aaaa_shop"),
                           socket, {QStringLiteral("INSERT INTO t VALUES (3, 'no')")})
                        .contains(QStringLiteral("denied")));
        }
        // Read-write: writes, but may not drop the table.
        QVERIFY(run(mariadbsql::setGrant(siteA, QStringLiteral("s0000aaaa_reader"),
                                         QStringLiteral("s0000aaaa_shop"), GrantLevel::ReadWrite))
                    .ok());
        QCOMPARE(asUser(QStringLiteral("s0000aaaa_reader"), password, QStringLiteral("s0000aaaa_shop"), false,
                        {QStringLiteral("INSERT INTO t VALUES (3, 'rw')")}),
                 QString());
        QVERIFY(asUser(QStringLiteral("s0000aaaa_reader"), password, QStringLiteral("s0000aaaa_shop"), true,
                       {QStringLiteral("DROP TABLE t")})
                    .contains(QStringLiteral("denied")));
        const Result<SiteDatabases> listed = list(siteA);
        QVERIFY(listed.ok());
        QCOMPARE(listed->users.size(), 2);
        QVERIFY(listed->users[1].grants.value(QStringLiteral("s0000aaaa_shop")) == GrantLevel::ReadWrite);
        // None takes it away, from both accounts.
        QVERIFY(run(mariadbsql::setGrant(siteA, QStringLiteral("s0000aaaa_reader"),
                                         QStringLiteral("s0000aaaa_shop"), GrantLevel::None))
                    .ok());
        QVERIFY(
            asUser(QStringLiteral("s0000aaaa_reader"), password, QStringLiteral("s0000aaaa_shop"), false, {})
                .contains(QStringLiteral("denied")));
        QVERIFY(run(mariadbsql::dropUser(siteA, QStringLiteral("s0000aaaa_reader"))).ok());
    }

    void aPasswordResetEndsTheOldOne()
    {
        const QString fresh = newDatabasePassword();
        QVERIFY(
            run(mariadbsql::setPassword(siteA, QStringLiteral("s0000aaaa_app"), nativePasswordHash(fresh)))
                .ok());
        for (bool socket : {true, false})
            QCOMPARE(asUser(QStringLiteral("s0000aaaa_app"), fresh, QStringLiteral("s0000aaaa_shop"), socket,
                            {QStringLiteral("SELECT COUNT(*) FROM t")}),
                     QString());
        const Result<SiteDatabases> listed = list(siteA);
        QVERIFY(listed.ok());
        QVERIFY(listed->users[0].inStep);
    }

    void refusedInputNeverReachesTheServer_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("collation");
        const QString user = QStringLiteral("s0000aaaa_app");
        const QString db = QStringLiteral("s0000aaaa_shop");
        const QString collation = QStringLiteral("utf8mb4_bin");
        QTest::newRow("another site's database")
            << siteA << user << QStringLiteral("s0000bbbb_shop") << collation;
        QTest::newRow("another site's user") << siteA << QStringLiteral("s0000bbbb_app") << db << collation;
        QTest::newRow("no prefix") << siteA << QStringLiteral("app") << QStringLiteral("mysql") << collation;
        QTest::newRow("backtick") << siteA << user << db + QStringLiteral("`; DROP DATABASE app; -- ")
                                  << collation;
        QTest::newRow("quote") << siteA << user + QStringLiteral("'@'%") << db << collation;
        QTest::newRow("semicolon") << siteA << user + QStringLiteral(";") << db << collation;
        QTest::newRow("look-alike") << siteA << user + QChar(0x0430) << db + QChar(0x037e) << collation;
        QTest::newRow("too long") << siteA << user + QString(30, u'u') << db + QString(60, u'd') << collation;
        QTest::newRow("reserved") << siteA << QStringLiteral("s0000aaaa_grant")
                                  << QStringLiteral("s0000aaaa_drop") << collation;
        QTest::newRow("collation") << siteA << user << QStringLiteral("s0000aaaa_new")
                                   << QStringLiteral("utf8mb4_bin; DROP DATABASE app");
        QTest::newRow("not a site") << QStringLiteral("site-0000aaaa' OR 1") << user << db << collation;
    }
    void refusedInputNeverReachesTheServer()
    {
        QFETCH(QString, site);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, collation);
        const QString state = serverState();
        const QString hash = nativePasswordHash(QStringLiteral("x"));
        const bool userBad = !mariadbsql::dropUser(site, user).ok();
        const bool databaseBad = !mariadbsql::dropDatabase(site, database).ok();
        const bool collationBad = !validate::databaseCollations().contains(collation);
        QVERIFY(userBad || databaseBad || collationBad);
        // Each builder given something bad refuses; were one to give SQL, it would be run, and the
        // server's state below would show it.
        std::vector<Result<QString>> attempts;
        if (databaseBad || collationBad)
            attempts.push_back(mariadbsql::createDatabase(site, database, collation));
        if (databaseBad)
            attempts.push_back(mariadbsql::dropDatabase(site, database));
        if (userBad) {
            attempts.push_back(mariadbsql::createUser(site, user, hash));
            attempts.push_back(mariadbsql::setPassword(site, user, hash));
            attempts.push_back(mariadbsql::dropUser(site, user));
        }
        if (userBad || databaseBad)
            for (GrantLevel level : {GrantLevel::None, GrantLevel::ReadOnly, GrantLevel::All})
                attempts.push_back(mariadbsql::setGrant(site, user, database, level));
        for (const Result<QString> &attempt : attempts) {
            if (attempt.ok())
                static_cast<void>(run(attempt));
            QVERIFY2(!attempt.ok(), qPrintable(attempt.ok() ? *attempt : QString()));
            QVERIFY(!attempt.error().message.isEmpty());
        }
        QCOMPARE(serverState(), state);
    }

    void onlyHashesAreTakenAsPasswords()
    {
        for (const QString &bad :
             {QStringLiteral("secret"), QStringLiteral("*ABC"), QStringLiteral("*") + QString(40, u'a'),
              nativePasswordHash(QStringLiteral("x")) + QStringLiteral("'; DROP DATABASE app; --")})
            QVERIFY2(!mariadbsql::createUser(siteA, QStringLiteral("s0000aaaa_app"), bad).ok(),
                     qPrintable(bad));
        // MariaDB's own PASSWORD() gives the same hash.
        QString error;
        QCOMPARE(m_server.sql(QStringLiteral("SELECT PASSWORD('correct horse')"), &error),
                 nativePasswordHash(QStringLiteral("correct horse")));
    }

    void droppingLeavesNothingBehind()
    {
        QVERIFY(run(mariadbsql::dropUser(siteA, QStringLiteral("s0000aaaa_app"))).ok());
        QVERIFY(run(mariadbsql::dropDatabase(siteA, QStringLiteral("s0000aaaa_shop"))).ok());
        // Again: dropping what is gone is not an error (a job run twice ends the same).
        QVERIFY(run(mariadbsql::dropDatabase(siteA, QStringLiteral("s0000aaaa_shop"))).ok());
        QCOMPARE(serverState(), m_before);
    }

    void aFailingScriptSaysWhy()
    {
        const auto failed = run(QStringLiteral("SELECT * FROM nowhere.nothing;"));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().detail.contains(QStringLiteral("nowhere")),
                 qPrintable(failed.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestMariaDbAdmin)
#include "tst_mariadbadmin.moc"
