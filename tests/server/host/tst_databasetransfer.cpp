// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Exports and imports of a site's database through the real panel and a real MariaDB: an export
// downloaded and uploaded in parts into another database gives the same rows (every table's
// checksum), views, triggers and routines; an import replaces what the database held; a dump
// that breaks half way leaves the target exactly as it was and names the line; a hostile dump
// (GRANT, CREATE USER, USE another site's database or the target itself, \! shell, DEFINER=root,
// SET GLOBAL) changes nothing outside the scratch database; uploads are bounded (announced size,
// offsets, other sites), and the host's disk is never promised beyond what it has.
#include "databasefiles.h"
#include "hostingfixture.h"
#include "mariadbserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/mount.h>

using namespace mws::test;

class TestDatabaseTransfer : public QObject
{
    Q_OBJECT

private:
    MariaDbServer m_mariadb; // outlives the panel
    ApiFixture m_fixture;
    HttpClient m_http;
    std::unique_ptr<HostingClient> m_jobs;
    QString m_ownerA, m_ownerB;
    QString m_siteA, m_siteB, m_prefixA, m_prefixB;

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &site, const QString &path)
    {
        return panel().url(QStringLiteral("/api/v1/sites/%1%2").arg(site, path));
    }
    QHash<QByteArray, QByteArray> bearer(const QString &token)
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }
    QString root(const QString &sql)
    {
        QString error;
        const QString out = m_mariadb.sql(sql, &error);
        return error.isEmpty() ? out : QStringLiteral("error: ") + error;
    }
    QJsonObject job(const HttpReply &reply, const QString &token)
    {
        if (reply.status != 202) {
            QJsonObject refusal = reply.json();
            refusal.insert(QStringLiteral("status"), reply.status);
            return refusal;
        }
        return m_jobs->waitForJob(reply.json().value(QStringLiteral("id")).toString(), token);
    }
    QJsonObject createDatabase(const QString &site, const QString &name, const QString &token)
    {
        return job(m_http.sendJson("POST", url(site, QStringLiteral("/databases")),
                                   {{QStringLiteral("name"), name}}, token),
                   token);
    }
    // Every table's checksum and the database's views, triggers and routines, as root sees them.
    QString contents(const QString &database)
    {
        const QString tables = root(
            QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '%1' AND "
                           "TABLE_TYPE = 'BASE TABLE' ORDER BY 1;")
                .arg(database));
        QString out =
            root(QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE "
                                "TABLE_SCHEMA = '%1' ORDER BY 1; SELECT TRIGGER_NAME FROM "
                                "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '%1'; SELECT "
                                "ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '%1';")
                     .arg(database));
        for (const QString &table : tables.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += root(QStringLiteral("SELECT COUNT(*) FROM `%1`.`%2`; CHECKSUM TABLE `%1`.`%2`;")
                            .arg(database, table))
                       .replace(database, QStringLiteral("DB"));
        return out;
    }
    // Everything a transfer must not change outside its database: databases, accounts, every
    // grant table, and a global setting a dump may try.
    QString serverState()
    {
        return m_mariadb.accountsAndGrants() +
               root(QStringLiteral(
                   "SELECT * FROM mysql.tables_priv ORDER BY 1, 2, 3, 4; SELECT * FROM "
                   "mysql.procs_priv ORDER BY 1, 2, 3, 4; SELECT @@global.max_connections, "
                   "@@global.event_scheduler; SELECT ROUTINE_SCHEMA, ROUTINE_NAME, DEFINER FROM "
                   "information_schema.ROUTINES ORDER BY 1, 2;"));
    }
    QByteArray download(const QString &site, const QString &jobId, const QString &token,
                        int *status = nullptr)
    {
        const HttpReply reply =
            m_http.send("GET", url(site, QStringLiteral("/database-exports/") + jobId), {}, bearer(token));
        if (status)
            *status = reply.status;
        return reply.status == 200 ? reply.body : QByteArray();
    }
    QByteArray exportOf(const QString &site, const QString &database, const QString &token)
    {
        const QJsonObject done =
            job(m_http.sendJson("POST", url(site, QStringLiteral("/databases/%1/export").arg(database)), {},
                                token),
                token);
        if (done.value(QStringLiteral("state")).toString() != QLatin1String("succeeded"))
            return QByteArray("failed: ") + QJsonDocument(done).toJson();
        return download(site, done.value(QStringLiteral("id")).toString(), token);
    }
    // Uploads dump in parts of partSize; the upload's id, or the refusal.
    QString upload(const QString &site, const QString &database, const QByteArray &dump, const QString &token,
                   QJsonObject *refusal, qsizetype partSize = 64 * 1024)
    {
        const HttpReply created = m_http.sendJson(
            "POST", url(site, QStringLiteral("/database-imports")),
            {{QStringLiteral("database"), database}, {QStringLiteral("size"), double(dump.size())}}, token);
        if (created.status != 201) {
            *refusal = created.json();
            refusal->insert(QStringLiteral("status"), created.status);
            return {};
        }
        const QString id = created.json().value(QStringLiteral("id")).toString();
        for (qsizetype offset = 0; offset < dump.size(); offset += partSize) {
            const HttpReply part = m_http.send(
                "PUT", url(site, QStringLiteral("/database-imports/%1?offset=%2").arg(id).arg(offset)),
                dump.mid(offset, partSize), bearer(token));
            if (part.status != 200) {
                *refusal = QJsonObject{{QStringLiteral("status"), part.status},
                                       {QStringLiteral("part"), part.json()}};
                return {};
            }
        }
        return id;
    }
    HttpReply apply(const QString &site, const QString &id, const QString &database, const QString &token)
    {
        return m_http.sendJson("POST", url(site, QStringLiteral("/database-imports/%1/apply").arg(id)),
                               {{QStringLiteral("confirmName"), database}}, token);
    }
    // Uploads dump and applies it; the finished job, or the refusal.
    QJsonObject import(const QString &site, const QString &database, const QByteArray &dump,
                       const QString &token)
    {
        QJsonObject refusal;
        const QString id = upload(site, database, dump, token, &refusal);
        return id.isEmpty() ? refusal : job(apply(site, id, database, token), token);
    }
    // Restarts the panel so that it kills itself at a step (or, with none, runs as usual).
    bool restartPanel(const QString &failpoint, QString *error)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!failpoint.isEmpty())
            environment.insert(QStringLiteral("MWS_PANELD_FAILPOINT"), failpoint);
        panel().process().setProcessEnvironment(environment);
        return panel().restart(error);
    }
    // Applies an upload on a panel set to die at failpoint, and restarts it; the job's id.
    QString applyThroughACrash(const QString &database, const QByteArray &dump, const QString &failpoint)
    {
        QString error;
        QJsonObject refusal;
        if (!restartPanel(failpoint, &error))
            return QStringLiteral("restart: ") + error;
        const QString id = upload(m_siteA, database, dump, m_ownerA, &refusal);
        const HttpReply applied = apply(m_siteA, id, database, m_ownerA);
        if (applied.status != 202)
            return QStringLiteral("apply: %1").arg(applied.status);
        if (!panel().process().waitForFinished(30000) ||
            panel().process().exitStatus() != QProcess::CrashExit)
            return QStringLiteral("the panel did not stop at ") + failpoint;
        return applied.json().value(QStringLiteral("id")).toString();
    }
    static QString stateOf(const QJsonObject &job) { return job.value(QStringLiteral("state")).toString(); }
    static QString errorOf(const QJsonObject &job) { return job.value(QStringLiteral("error")).toString(); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anExportImportedElsewhereGivesTheSameRowsAndDefinitions();
    void anImportReplacesWhatTheDatabaseHeld();
    void aDumpThatBreaksHalfWayLeavesTheTargetAsItWas();
    void aPanelStoppedWhileADumpLoadsLeavesTheTargetAsItWas();
    void aPanelStoppedHalfWayThroughTheSwapFinishesItOnRestart();
    void hostileDumpLinesChangeNothingOutside_data();
    void hostileDumpLinesChangeNothingOutside();
    void aDefinerInTheDumpBecomesTheSitesOwnAccount();
    void uploadsAreBounded();
    void aTableIsLookedIntoAsTheSitesOwnAccount();
    void otherSitesReachNoExportOrUpload();
    void theDiskIsNeverPromisedBeyondWhatItHas();
};

void TestDatabaseTransfer::initTestCase()
{
    QString error;
    if (!MariaDbServer::isAvailable(&error))
        QSKIP(qPrintable(error));
    QVERIFY2(m_mariadb.start(&error), qPrintable(error));
    PanelProcess::Options options;
    options.staff = {QStringLiteral("test0100")};
    options.webServers = true;
    options.extraConfig =
        QStringLiteral("[mariadb]\nenabled = true\nsocket = \"%1\"\nmax_import_mib = 1024\n")
            .arg(m_mariadb.socketPath());
    QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
    m_jobs = std::make_unique<HostingClient>(m_http, panel());
    const QString first = signIn(m_http, panel(), QStringLiteral("test0100"), &error);
    const QString staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error, first);
    m_ownerA = signIn(m_http, panel(), QStringLiteral("test0201"), &error);
    m_ownerB = signIn(m_http, panel(), QStringLiteral("test0202"), &error);
    QVERIFY2(!staff.isEmpty() && !m_ownerA.isEmpty() && !m_ownerB.isEmpty(), qPrintable(error));
    const auto createSite = [&](const QString &name, const QString &owner) {
        const HttpReply created =
            m_http.sendJson("POST", panel().url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("contactEmail"), QStringLiteral("d@example.org")},
                             {QStringLiteral("owner"), owner}},
                            staff);
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString() : QString();
    };
    m_siteA = createSite(QStringLiteral("Shop"), QStringLiteral("test0201"));
    m_siteB = createSite(QStringLiteral("Bank"), QStringLiteral("test0202"));
    QVERIFY(!m_siteA.isEmpty() && !m_siteB.isEmpty());
    m_prefixA = QLatin1Char('s') + m_siteA.mid(5) + QLatin1Char('_');
    m_prefixB = QLatin1Char('s') + m_siteB.mid(5) + QLatin1Char('_');
    QCOMPARE(stateOf(createDatabase(m_siteA, m_prefixA + QStringLiteral("shop"), m_ownerA)),
             QStringLiteral("succeeded"));
    QCOMPARE(stateOf(createDatabase(m_siteB, m_prefixB + QStringLiteral("bank"), m_ownerB)),
             QStringLiteral("succeeded"));
    // The shop: tables with a key between them, every kind of value, a view on a view, a
    // trigger, a procedure and a function; written as root, as the site's PHP would have.
    const QString shop = m_prefixA + QStringLiteral("shop");
    QCOMPARE(
        root(
            QStringLiteral(
                "USE `%1`;"
                "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), photo BLOB, joined DATETIME);"
                "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer INT, total DECIMAL(10,2), "
                "note TEXT, FOREIGN KEY (customer) REFERENCES customers(id));"
                "CREATE TABLE `odd ``name`` tbl` (x INT);"
                "INSERT INTO `odd ``name`` tbl` VALUES (7);"
                "INSERT INTO customers VALUES (1, 'Zoë \\'quoted\\' ;', UNHEX('00FF10'), '2026-01-02 "
                "03:04:05'),"
                " (2, 'Line\\nbreak\\ttab', NULL, NULL);"
                "INSERT INTO orders (customer, total, note) SELECT 1 + (seq % 2), seq / 7, REPEAT('x', seq % "
                "300)"
                " FROM seq_1_to_3000;"
                "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;"
                "CREATE VIEW biggest AS SELECT MAX(total) AS top FROM big_orders;"
                "CREATE TRIGGER stamp BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT('t:', "
                "NEW.note);"
                "\nDELIMITER //\n"
                "CREATE PROCEDURE count_orders(OUT n INT) BEGIN SELECT COUNT(*) INTO n FROM orders; END//\n"
                "DELIMITER ;\n"
                "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2;")
                .arg(shop))
            .trimmed(),
        QString());
}

void TestDatabaseTransfer::cleanupTestCase()
{
    if (m_siteA.isEmpty())
        return;
    for (const QString &prefix : {m_prefixA, m_prefixB}) {
        const QString stem = prefix.chopped(1);
        const QString names =
            root(QStringLiteral("SELECT CONCAT('DROP DATABASE `', SCHEMA_NAME, '`;') FROM "
                                "information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE '%1%%';")
                     .arg(stem));
        if (!names.trimmed().isEmpty() && !names.startsWith(QLatin1String("error")))
            root(names);
    }
    root(QStringLiteral("DROP USER IF EXISTS '%1'@'localhost', '%2'@'localhost';").arg(m_siteA, m_siteB));
}

void TestDatabaseTransfer::anExportImportedElsewhereGivesTheSameRowsAndDefinitions()
{
    const QString shop = m_prefixA + QStringLiteral("shop"), copy = m_prefixA + QStringLiteral("copy");
    const QByteArray dump = exportOf(m_siteA, shop, m_ownerA);
    QVERIFY2(dump.startsWith("\x1f\x8b"), dump.left(400).constData());
    QCOMPARE(stateOf(createDatabase(m_siteA, copy, m_ownerA)), QStringLiteral("succeeded"));
    const QJsonObject imported = import(m_siteA, copy, dump, m_ownerA);
    QVERIFY2(stateOf(imported) == QLatin1String("succeeded"), QJsonDocument(imported).toJson().constData());
    QCOMPARE(contents(copy), contents(shop));
    QVERIFY(contents(copy).contains(QLatin1String("biggest\tVIEW")));
    QVERIFY(contents(copy).contains(QLatin1String("stamp")));
    QVERIFY(contents(copy).contains(QLatin1String("count_orders")));
    // The trigger and the view work in the copy, on the copy's own tables.
    QCOMPARE(
        root(QStringLiteral("INSERT INTO `%1`.orders (customer, total, note) VALUES (2, 999, 'n');"
                            "SELECT note FROM `%1`.orders WHERE total = 999; SELECT top FROM `%1`.biggest;")
                 .arg(copy)),
        QStringLiteral("t:n\n999.00"));
    // No scratch database is left, and the site's account has ALL on the site's databases only
    // (the client's batch output doubles the backslash of GRANT's escaped '_').
    QVERIFY(!root(QStringLiteral("SHOW DATABASES")).contains(QLatin1Char('#')));
    QCOMPARE(root(QStringLiteral("SHOW GRANTS FOR '%1'@'localhost';").arg(m_siteA)),
             QStringLiteral("GRANT USAGE ON *.* TO `%1`@`localhost` IDENTIFIED VIA unix_socket\n"
                            "GRANT ALL PRIVILEGES ON `%2`.* TO `%1`@`localhost`\n"
                            "GRANT ALL PRIVILEGES ON `%3`.* TO `%1`@`localhost`")
                 .arg(m_siteA, QString(copy).replace(QLatin1Char('_'), QStringLiteral("\\\\_")),
                      QString(shop).replace(QLatin1Char('_'), QStringLiteral("\\\\_"))));
}

void TestDatabaseTransfer::anImportReplacesWhatTheDatabaseHeld()
{
    const QString copy = m_prefixA + QStringLiteral("copy");
    const QByteArray dump = "CREATE TABLE fresh (a INT);\nINSERT INTO fresh VALUES (1), (2);\n";
    const QJsonObject imported = import(m_siteA, copy, dump, m_ownerA);
    QVERIFY2(stateOf(imported) == QLatin1String("succeeded"), QJsonDocument(imported).toJson().constData());
    QCOMPARE(
        root(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '%1';"
                            "SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '%1';"
                            "SELECT SUM(a) FROM `%1`.fresh;")
                 .arg(copy)),
        QStringLiteral("fresh\n0\n3"));
}

void TestDatabaseTransfer::aDumpThatBreaksHalfWayLeavesTheTargetAsItWas()
{
    const QString shop = m_prefixA + QStringLiteral("shop");
    const QString before = contents(shop), state = serverState();
    QByteArray dump;
    for (int i = 0; i < 40; ++i)
        dump += QStringLiteral("INSERT INTO orders (customer, total, note) VALUES (1, %1, 'ok');\n")
                    .arg(i)
                    .toUtf8();
    // A dump of the shop's own tables: DROP TABLE first, as mariadb-dump writes, then a break.
    dump.prepend(
        "DROP TABLE IF EXISTS orders;\nCREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer "
        "INT, total DECIMAL(10,2), note TEXT);\n");
    dump += "INSERT INTO orders VALUES (this is not SQL;\n";
    const QJsonObject imported = import(m_siteA, shop, dump, m_ownerA);
    QCOMPARE(stateOf(imported), QStringLiteral("failed"));
    QVERIFY2(errorOf(imported).contains(QLatin1String("line 43")), qPrintable(errorOf(imported)));
    QCOMPARE(contents(shop), before);
    QCOMPARE(serverState(), state);
}

void TestDatabaseTransfer::aPanelStoppedWhileADumpLoadsLeavesTheTargetAsItWas()
{
    const QString copy = m_prefixA + QStringLiteral("copy");
    const QString before = contents(copy);
    const QString jobId = applyThroughACrash(
        copy, "CREATE TABLE lost (a INT);\nINSERT INTO lost VALUES (1);\n", "database-import-loading");
    QVERIFY2(jobId.startsWith(QLatin1String("job-")), qPrintable(jobId + panel().describe()));
    QString error;
    QVERIFY2(restartPanel({}, &error), qPrintable(error));
    const QJsonObject done = m_jobs->waitForJob(jobId, m_ownerA);
    QCOMPARE(stateOf(done), QStringLiteral("failed"));
    QVERIFY2(errorOf(done).contains(QLatin1String("as it was")), qPrintable(errorOf(done)));
    QCOMPARE(contents(copy), before);
    QVERIFY(!root(QStringLiteral("SHOW DATABASES")).contains(QLatin1Char('#')));
}

void TestDatabaseTransfer::aPanelStoppedHalfWayThroughTheSwapFinishesItOnRestart()
{
    const QString shop = m_prefixA + QStringLiteral("shop"), copy = m_prefixA + QStringLiteral("copy");
    const QByteArray dump = exportOf(m_siteA, shop, m_ownerA);
    QVERIFY(dump.startsWith("\x1f\x8b"));
    const QString jobId = applyThroughACrash(copy, dump, "database-swap-moved");
    QVERIFY2(jobId.startsWith(QLatin1String("job-")), qPrintable(jobId + panel().describe()));
    // Stopped after the tables moved and before the views, triggers and routines were made.
    const QString journal = panel().hostRoot() + QStringLiteral("/sites/%1/database-swap.json").arg(m_siteA);
    QVERIFY(QFile::exists(journal));
    QVERIFY(contents(copy) != contents(shop));
    QCOMPARE(root(QStringLiteral("SELECT COUNT(*) FROM `%1`.customers;").arg(copy)), QStringLiteral("2"));
    QString error;
    QVERIFY2(restartPanel({}, &error), qPrintable(error));
    const QJsonObject done = m_jobs->waitForJob(jobId, m_ownerA);
    QVERIFY2(stateOf(done) == QLatin1String("succeeded"), QJsonDocument(done).toJson().constData());
    QCOMPARE(contents(copy), contents(shop));
    QVERIFY(!QFile::exists(journal));
    QVERIFY(!root(QStringLiteral("SHOW DATABASES")).contains(QLatin1Char('#')));
}

void TestDatabaseTransfer::hostileDumpLinesChangeNothingOutside_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("grant") << QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO 'evil'@'%' IDENTIFIED BY 'x';");
    QTest::newRow("create user") << QStringLiteral("CREATE USER 'evil'@'%' IDENTIFIED BY 'x';");
    QTest::newRow("use another site's") << QStringLiteral("USE `%B%bank`; CREATE TABLE stolen (a INT);");
    QTest::newRow("use the target itself") << QStringLiteral("USE `%A%shop`; DROP TABLE orders;");
    QTest::newRow("shell") << QStringLiteral("\\! touch /tmp/mws-dump-shell");
    QTest::newRow("system") << QStringLiteral("system touch /tmp/mws-dump-shell");
    QTest::newRow("source") << QStringLiteral("source /etc/shadow");
    QTest::newRow("set global") << QStringLiteral("SET GLOBAL max_connections = 1;");
    QTest::newRow("mysql tables") << QStringLiteral(
        "INSERT INTO mysql.global_priv VALUES ('%', 'evil', '{}');");
    QTest::newRow("load file") << QStringLiteral("SELECT LOAD_FILE('/etc/shadow') INTO OUTFILE '/tmp/x';");
}

void TestDatabaseTransfer::hostileDumpLinesChangeNothingOutside()
{
    QFETCH(QString, line);
    line.replace(QStringLiteral("%A%"), m_prefixA).replace(QStringLiteral("%B%"), m_prefixB);
    const QString shop = m_prefixA + QStringLiteral("shop"), bank = m_prefixB + QStringLiteral("bank");
    const QString shopBefore = contents(shop), bankBefore = contents(bank), state = serverState();
    const QByteArray dump = "CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1);\n" + line.toUtf8() + "\n";
    const QJsonObject imported = import(m_siteA, shop, dump, m_ownerA);
    QCOMPARE(stateOf(imported), QStringLiteral("failed"));
    QVERIFY2(errorOf(imported).contains(QLatin1String("line 3")), qPrintable(errorOf(imported)));
    QCOMPARE(contents(shop), shopBefore);
    QCOMPARE(contents(bank), bankBefore);
    QCOMPARE(serverState(), state);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/mws-dump-shell")));
}

void TestDatabaseTransfer::aDefinerInTheDumpBecomesTheSitesOwnAccount()
{
    const QString copy = m_prefixA + QStringLiteral("copy");
    const QString state = serverState();
    const QByteArray dump =
        "CREATE TABLE t (a INT);\n"
        "DELIMITER ;;\n"
        "CREATE DEFINER=`root`@`localhost` PROCEDURE evil() SQL SECURITY DEFINER SELECT 1 ;;\n"
        "/*!50003 CREATE*/ /*!50017 DEFINER='root'@'localhost'*/ /*!50003 TRIGGER up BEFORE "
        "INSERT ON t FOR EACH ROW SET NEW.a = NEW.a + 1 */;;\n"
        "DELIMITER ;\n"
        "/*!50001 CREATE ALGORITHM=UNDEFINED */ /*!50013 DEFINER=root@localhost SQL SECURITY "
        "DEFINER */ /*!50001 VIEW v AS SELECT a FROM t */;\n";
    const QJsonObject imported = import(m_siteA, copy, dump, m_ownerA);
    QVERIFY2(stateOf(imported) == QLatin1String("succeeded"), QJsonDocument(imported).toJson().constData());
    const QString account = m_siteA + QStringLiteral("@localhost");
    QCOMPARE(
        root(QStringLiteral("SELECT DEFINER FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '%1';"
                            "SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '%1';"
                            "SELECT DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA = '%1';")
                 .arg(copy)),
        QStringLiteral("%1\n%1\n%1").arg(account));
    // They run as the site's account, which has the site's databases and nothing else.
    QCOMPARE(root(QStringLiteral("INSERT INTO `%1`.t VALUES (1); SELECT a FROM `%1`.v;").arg(copy)),
             QStringLiteral("2"));
    // Outside the database (whose own routines the import replaced), nothing changed.
    const QRegularExpression inCopy(QStringLiteral("[^\n]*%1\t[^\n]*\n").arg(copy));
    QCOMPARE(serverState().remove(inCopy), QString(state).remove(inCopy));
}

// The tables and one table's first rows, read as the site's account: a name with quotes and
// backticks is only a name, a NULL and a long cell read as the client gives them, another
// site's database and a missing table are refused.
void TestDatabaseTransfer::aTableIsLookedIntoAsTheSitesOwnAccount()
{
    const QString copy = m_prefixA + QStringLiteral("copy");
    QCOMPARE(
        root(QStringLiteral("USE `%1`; CREATE TABLE `it's ``odd``` (n INT, t TEXT);"
                            "INSERT INTO `it's ``odd``` SELECT seq, IF(seq = 2, NULL, REPEAT('y', seq * 20)) "
                            "FROM seq_1_to_60; ANALYZE TABLE `it's ``odd```;")
                 .arg(copy))
            .contains(QLatin1String("error")),
        false);
    const QJsonObject tables =
        m_http.getJson(url(m_siteA, QStringLiteral("/databases/%1/tables").arg(copy)), m_ownerA).json();
    QStringList names;
    for (const QJsonValue &table : tables.value(QStringLiteral("tables")).toArray())
        names << table[QStringLiteral("name")].toString();
    QVERIFY2(names.contains(QStringLiteral("it's `odd`")), qPrintable(names.join(QLatin1Char(','))));
    const QString odd = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("it's `odd`")));
    const HttpReply preview =
        m_http.getJson(url(m_siteA, QStringLiteral("/databases/%1/tables/%2").arg(copy, odd)), m_ownerA);
    QCOMPARE(preview.status, 200);
    const QJsonObject json = preview.json();
    QCOMPARE(json.value(QStringLiteral("columns")).toArray(),
             (QJsonArray{QStringLiteral("n"), QStringLiteral("t")}));
    QVERIFY(json.value(QStringLiteral("create"))
                .toString()
                .startsWith(QLatin1String("CREATE TABLE `it's ``odd```")));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 50);
    QVERIFY(json.value(QStringLiteral("truncated")).toBool());
    QCOMPARE(rows.at(0).toArray(), (QJsonArray{QStringLiteral("1"), QString(20, u'y')}));
    QCOMPARE(rows.at(1).toArray().at(1).toString(), QStringLiteral("NULL"));
    QCOMPARE(rows.at(49).toArray().at(1).toString().size(), 501); // cut at 500, and an ellipsis
    // What is not the site's, or not there, is refused.
    QCOMPARE(m_http.getJson(url(m_siteA, QStringLiteral("/databases/%1bank/tables").arg(m_prefixB)), m_ownerA)
                 .status,
             422);
    QCOMPARE(m_http.getJson(url(m_siteA, QStringLiteral("/databases/%1/tables/nothing").arg(copy)), m_ownerA)
                 .status,
             404);
    QCOMPARE(m_http.getJson(url(m_siteA, QStringLiteral("/databases/%1/tables").arg(copy)), m_ownerB).status,
             403);
    root(QStringLiteral("DROP TABLE `%1`.`it's ``odd```;").arg(copy));
}

void TestDatabaseTransfer::uploadsAreBounded()
{
    const QString shop = m_prefixA + QStringLiteral("shop");
    const auto announce = [&](const QJsonObject &body) {
        return m_http.sendJson("POST", url(m_siteA, QStringLiteral("/database-imports")), body, m_ownerA);
    };
    // 2 GiB announced on a host that takes 1 GiB: refused before a byte is sent.
    const HttpReply huge =
        announce({{QStringLiteral("database"), shop}, {QStringLiteral("size"), double(qint64(2) << 30)}});
    QCOMPARE(huge.status, 422);
    QVERIFY(huge.body.contains("1024 MiB"));
    QCOMPARE(announce({{QStringLiteral("database"), m_prefixB + QStringLiteral("bank")},
                       {QStringLiteral("size"), 10}})
                 .status,
             422); // another site's database is not one of A's names
    QCOMPARE(announce({{QStringLiteral("database"), shop}, {QStringLiteral("size"), -5}}).status, 422);
    const HttpReply created = announce({{QStringLiteral("database"), shop}, {QStringLiteral("size"), 10}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QUrl part = url(m_siteA, QStringLiteral("/database-imports/%1?offset=%2").arg(id));
    const auto put = [&](qint64 offset, const QByteArray &bytes) {
        return m_http.send("PUT",
                           url(m_siteA, QStringLiteral("/database-imports/%1?offset=%2").arg(id).arg(offset)),
                           bytes, bearer(m_ownerA));
    };
    QCOMPARE(put(0, "SELECT 1;").status, 200);
    const HttpReply skipped = put(5, "x");
    QCOMPARE(skipped.status, 409); // not where the upload ends: says where it does
    QVERIFY(skipped.body.contains("offset 9"));
    QCOMPARE(put(9, "xx").status, 422); // beyond the size announced
    QCOMPARE(m_http.getJson(url(m_siteA, QStringLiteral("/database-imports/") + id), m_ownerA)
                 .json()
                 .value(QStringLiteral("received"))
                 .toInteger(),
             9);
    // Applying needs the whole upload and the name typed back.
    QCOMPARE(m_http
                 .sendJson("POST", url(m_siteA, QStringLiteral("/database-imports/%1/apply").arg(id)),
                           {{QStringLiteral("confirmName"), shop}}, m_ownerA)
                 .status,
             409);
    QCOMPARE(put(9, "\n").status, 200);
    QCOMPARE(m_http
                 .sendJson("POST", url(m_siteA, QStringLiteral("/database-imports/%1/apply").arg(id)),
                           {{QStringLiteral("confirmName"), QStringLiteral("shop")}}, m_ownerA)
                 .status,
             422);
    QCOMPARE(
        m_http.send("DELETE", url(m_siteA, QStringLiteral("/database-imports/") + id), {}, bearer(m_ownerA))
            .status,
        204);
    QCOMPARE(m_http.getJson(url(m_siteA, QStringLiteral("/database-imports/") + id), m_ownerA).status, 404);
}

void TestDatabaseTransfer::otherSitesReachNoExportOrUpload()
{
    const QString shop = m_prefixA + QStringLiteral("shop");
    const QJsonObject exported = job(
        m_http.sendJson("POST", url(m_siteA, QStringLiteral("/databases/%1/export").arg(shop)), {}, m_ownerA),
        m_ownerA);
    QCOMPARE(stateOf(exported), QStringLiteral("succeeded"));
    const QString jobId = exported.value(QStringLiteral("id")).toString();
    int status = 0;
    download(m_siteA, jobId, m_ownerB, &status);
    QCOMPARE(status, 403); // not a member of A
    download(m_siteB, jobId, m_ownerB, &status);
    QCOMPARE(status, 404); // A's export through B's site
    QCOMPARE(
        m_http.sendJson("POST", url(m_siteB, QStringLiteral("/databases/%1/export").arg(shop)), {}, m_ownerB)
            .status,
        422);
    const HttpReply created =
        m_http.sendJson("POST", url(m_siteA, QStringLiteral("/database-imports")),
                        {{QStringLiteral("database"), shop}, {QStringLiteral("size"), 4}}, m_ownerA);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_http
                 .send("PUT", url(m_siteB, QStringLiteral("/database-imports/%1?offset=0").arg(id)), "abcd",
                       bearer(m_ownerB))
                 .status,
             404);
    QCOMPARE(
        m_http.send("DELETE", url(m_siteA, QStringLiteral("/database-imports/") + id), {}, bearer(m_ownerA))
            .status,
        204);
}

void TestDatabaseTransfer::theDiskIsNeverPromisedBeyondWhatItHas()
{
    // A host whose transfers folder is a 256 MiB file system (a tmpfs: nothing is written).
    QTemporaryDir hostRoot;
    const QByteArray folder = QFile::encodeName(hostRoot.filePath(QStringLiteral("transfers")));
    QVERIFY(QDir().mkpath(QString::fromUtf8(folder)));
    if (::mount("tmpfs", folder.constData(), "tmpfs", 0, "size=256m") != 0)
        QSKIP("no tmpfs can be mounted here (not root)");
    mws::host::HostConfig config;
    config.root = hostRoot.path();
    const mws::host::DatabaseFiles files(config, m_siteA);
    const QString shop = m_prefixA + QStringLiteral("shop");
    const qint64 size = qint64(100) << 20;
    auto first = files.createUpload(shop, size, {});
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    // The first upload's 100 MiB still to come are promised: a second does not fit beside it.
    auto second = files.createUpload(shop, size, {});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().httpStatus, 507);
    files.removeUpload(first->id);
    QVERIFY(files.createUpload(shop, size, {}).ok());
    QVERIFY(!files.createUpload(shop, qint64(300) << 20, {}).ok());
    ::umount(folder.constData());
}

QTEST_GUILESS_MAIN(TestDatabaseTransfer)
#include "tst_databasetransfer.moc"
