// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site isolation, end to end: the owner of site A attacks site B, the front, the panel and root
// with everything an owner has (every API field, every byte in A's home, A's PHP code, A's
// shell), on real Apache and PHP-FPM started as in production: the panel as root, the front as
// root, each site's own servers as the site's user. Every attempt must fail.
#include "sshkeygen.h"
#include "twositefixture.h"
#include "webservers.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

using namespace mws::test;

namespace {

const QByteArray secretMarkers[] = {"B-PUBLIC-SECRET", "B-PRIVATE-SECRET", "ROOT-ONLY-SECRET", "PRIVATE KEY"};

QByteArray leakIn(const QByteArray &body)
{
    for (const QByteArray &marker : secretMarkers)
        if (body.contains(marker))
            return marker;
    return {};
}

// What root could have changed about a path: its owner, group, mode and, for a folder, every
// entry below it with the same.
QString snapshot(const QString &path)
{
    QString out;
    QProcess find;
    find.start(QStringLiteral("find"),
               {path, QStringLiteral("-printf"), QStringLiteral("%p %U %G %m %s\\n")});
    find.waitForFinished(10000);
    out += QString::fromUtf8(find.readAll());
    return out;
}

} // namespace

class TestIsolation : public QObject
{
    Q_OBJECT

private:
    TwoSiteFixture m_two;
    QTemporaryDir m_rootStuff; // root's own: a root-only file, a root folder, a root file
    QTemporaryDir m_keys;      // the host key the panel publishes, and members' keys

    PanelProcess &panel() { return m_two.panel(); }
    QString home(const QString &site) { return m_two.home(site); }
    QString hostFile(const QString &relative) { return m_two.hostFile(relative); }
    QString rootOnlyFile() { return m_rootStuff.filePath(QStringLiteral("root-only.txt")); }
    QString rootFolder() { return m_rootStuff.filePath(QStringLiteral("root-folder")); }
    QString rootFile() { return m_rootStuff.filePath(QStringLiteral("root-file.txt")); }
    QString pidFile(const QString &service) { return m_two.pidFile(service); }
    int sitePort(const QString &site) { return m_two.sitePort(site); }
    Page fetch(const QString &host, const QString &path = QStringLiteral("/"))
    {
        return m_two.fetch(host, path);
    }

    QJsonObject setDirectives(const QJsonArray &modules, const QString &directives)
    {
        return m_two.hosting->apply(
            "PATCH", m_two.siteA, QStringLiteral("/vhosts/main"),
            {{QStringLiteral("modules"), modules}, {QStringLiteral("directives"), directives}}, m_two.ownerA);
    }

    // A harmless change of A's web server's configuration: A's Apache reloads, reopening its logs.
    QJsonObject reloadA(int round) { return setDirectives({}, QStringLiteral("# round %1").arg(round)); }

    // A change of A's PHP settings: A's PHP-FPM reloads.
    QJsonObject changeA(int round)
    {
        return m_two.hosting->apply(
            "PUT", m_two.siteA, QStringLiteral("/php"),
            {{QStringLiteral("settings"),
              QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("%1M").arg(64 + round)}}}},
            m_two.ownerA);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("isolation needs a Unix user per site, which only a root panel makes");
        // Shell access too, so that a member's own account can be attacked from (no sshd needed:
        // their shell is run as their account with its groups, as sshd would start it).
        QVERIFY(m_keys.isValid());
        const GeneratedSshKey hostKey = makeSshKey(m_keys.path(), QStringLiteral("ed25519"));
        QVERIFY(hostKey.ok());
        PanelProcess::Options options;
        options.shellAccess = true;
        options.sshHostKeyFiles = {
            m_keys.filePath(QDir(m_keys.path()).entryList({QStringLiteral("*.pub")}).value(0))};
        const QString failed = m_two.start(options);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // B's secrets, readable by B's user only; root's, readable by root only.
        QVERIFY(writeOwned(m_two.siteB, home(m_two.siteB) + QStringLiteral("/public_html/secret.txt"),
                           "B-PUBLIC-SECRET\n", 0640));
        QVERIFY(writeOwned(m_two.siteB, home(m_two.siteB) + QStringLiteral("/private.txt"),
                           "B-PRIVATE-SECRET\n", 0600));
        QVERIFY(writeOwned(m_two.siteB, home(m_two.siteB) + QStringLiteral("/public_html/whoami.php"),
                           "<?php echo 'user:', posix_getpwuid(posix_geteuid())['name'];"));
        QVERIFY(writeOwned(m_two.siteB, home(m_two.siteB) + QStringLiteral("/public_html/slow.php"),
                           "<?php sleep(3); echo 'slow done';"));
        QVERIFY(writeOwned(m_two.siteA, home(m_two.siteA) + QStringLiteral("/public_html/index.html"),
                           "site A\n"));
        QFile::setPermissions(m_rootStuff.path(), QFile::permissions(m_rootStuff.path()) |
                                                      QFileDevice::ExeOther | QFileDevice::ReadOther);
        QVERIFY(writeText(rootOnlyFile(), "ROOT-ONLY-SECRET\n"));
        QVERIFY(QFile::setPermissions(rootOnlyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(QDir().mkpath(rootFolder()));
        QVERIFY(writeText(rootFolder() + QStringLiteral("/kept.txt"), "root's\n"));
        QVERIFY(writeText(rootFile(), "ROOT-FILE\n"));
        const Page secret = fetch(QStringLiteral("b.test"), QStringLiteral("/secret.txt"));
        if (secret.body != "B-PUBLIC-SECRET\n")
            qWarning("%s", qPrintable(QString::fromUtf8(secret.headers + secret.body) +
                                      snapshot(panel().hostRoot()) + snapshot(panel().sitesRoot()) +
                                      QString::fromUtf8(readBytes(hostFile(
                                          QStringLiteral("front/sites/%1.conf").arg(m_two.siteB))))));
        QCOMPARE(secret.body, QByteArray("B-PUBLIC-SECRET\n"));
        QCOMPARE(fetch(QStringLiteral("a.test")).body, QByteArray("site A\n"));
    }

    // ---- through the API: directives that once passed the allow-list ----

    void directivesReachNoFurtherThanTheSite_data()
    {
        QTest::addColumn<QJsonArray>("modules");
        QTest::addColumn<QString>("directives");
        QTest::addColumn<QStringList>("paths");
        const QString b = home(m_two.siteB);
        const QJsonArray rewrite{QStringLiteral("rewrite")};
        QTest::newRow("Alias to another home")
            << QJsonArray() << QStringLiteral("Alias /leak %1/public_html").arg(b)
            << QStringList{QStringLiteral("/leak/secret.txt")};
        QTest::newRow("Alias, expression form")
            << QJsonArray()
            << QStringLiteral("<Location /leak>\nAlias \"%1/private.txt\"\n</Location>").arg(b)
            << QStringList{QStringLiteral("/leak")};
        QTest::newRow("Alias to a root-only file")
            << QJsonArray() << QStringLiteral("Alias /root %1").arg(rootOnlyFile())
            << QStringList{QStringLiteral("/root")};
        QTest::newRow("Alias to the front's key")
            << QJsonArray()
            << QStringLiteral("Alias /key %1").arg(hostFile(QStringLiteral("keys/front-client.pem")))
            << QStringList{QStringLiteral("/key")};
        QTest::newRow("RewriteRule to /./")
            << rewrite
            << QStringLiteral("RewriteEngine On\nRewriteRule ^/?leak$ /.%1 [L]").arg(rootOnlyFile())
            << QStringList{QStringLiteral("/leak")};
        QTest::newRow("RewriteRule to /../$1")
            << rewrite << QStringLiteral("RewriteEngine On\nRewriteRule ^/?up/(.*)$ /../$1 [L]")
            << QStringList{QStringLiteral("/up") + b + QStringLiteral("/public_html/secret.txt"),
                           QStringLiteral("/up") + rootOnlyFile()};
        QTest::newRow("comment continued past a trailing space")
            << QJsonArray() << QStringLiteral("# harmless \\ \nAlias /cont %1/public_html").arg(b)
            << QStringList{QStringLiteral("/cont/secret.txt")};
        QTest::newRow("non-breaking space")
            << QJsonArray() << QStringLiteral("Alias\u00a0/nb %1/public_html").arg(b)
            << QStringList{QStringLiteral("/nb/secret.txt")};
        QTest::newRow("handler on another site's PHP socket")
            << QJsonArray()
            << QStringLiteral(
                   "<Location /asb>\nSetHandler \"proxy:unix:%1|fcgi://localhost%2/public_html/whoami.php\"\n"
                   "</Location>")
                   .arg(hostFile(QStringLiteral("run/sites/%1/php.sock").arg(m_two.siteB)), b)
            << QStringList{QStringLiteral("/asb")};
        QTest::newRow("proxy to another site's server")
            << QJsonArray()
            << QStringLiteral(
                   "<Location /pb>\nSetHandler \"proxy:https://127.0.0.1:%1/secret.txt\"\n</Location>")
                   .arg(sitePort(m_two.siteB))
            << QStringList{QStringLiteral("/pb")};
    }

    void directivesReachNoFurtherThanTheSite()
    {
        QFETCH(QJsonArray, modules);
        QFETCH(QString, directives);
        QFETCH(QStringList, paths);
        const QJsonObject job = setDirectives(modules, directives);
        // Refused by the checker (422), or applied: either way nothing of B's or root's shows.
        const bool applied = job.value(QStringLiteral("state")).toString() == QLatin1String("succeeded");
        if (!applied)
            qInfo("not applied: %s", QJsonDocument(job).toJson(QJsonDocument::Compact).constData());
        for (const QString &path : std::as_const(paths)) {
            const Page page = fetch(QStringLiteral("a.test"), path);
            QVERIFY2(leakIn(page.body).isEmpty(), page.body.constData());
            QVERIFY2(!page.body.contains("user:" + m_two.siteB.toUtf8()), page.body.constData());
        }
        if (applied)
            QCOMPARE(setDirectives({}, {}).value(QStringLiteral("state")).toString(),
                     QStringLiteral("succeeded"));
    }

    // ---- through A's home: .htaccess (allowed as anywhere), .user.ini and links ----

    void whatAHomeSaysReachesNoFurtherThanTheSite_data()
    {
        QTest::addColumn<QString>("folder");    // below A's document root
        QTest::addColumn<QString>("htaccess");  // its .htaccess
        QTest::addColumn<QStringList>("links"); // name=target, made by A's user
        QTest::addColumn<QString>("userIni");   // its .user.ini
        QTest::addColumn<QString>("path");      // what to fetch
        const QString b = home(m_two.siteB);
        const QString lifted = QStringLiteral("SetEnv PHP_ADMIN_VALUE \"open_basedir=/\"\n");
        QTest::newRow("handler on B's PHP socket")
            << QStringLiteral("asb")
            << QStringLiteral("SetHandler \"proxy:unix:%1|fcgi://localhost%2/public_html/whoami.php\"\n")
                   .arg(hostFile(QStringLiteral("run/sites/%1/php.sock").arg(m_two.siteB)), b)
            << QStringList() << QString() << QStringLiteral("/asb/x");
        QTest::newRow("proxy to B's server")
            << QStringLiteral("pb")
            << QStringLiteral("SetHandler \"proxy:https://127.0.0.1:%1/secret.txt\"\n")
                   .arg(sitePort(m_two.siteB))
            << QStringList() << QString() << QStringLiteral("/pb/x");
        QTest::newRow("link to B's file, links followed")
            << QStringLiteral("l1") << QStringLiteral("Options +FollowSymLinks\n")
            << QStringList{QStringLiteral("s.txt=%1/public_html/secret.txt").arg(b)} << QString()
            << QStringLiteral("/l1/s.txt");
        QTest::newRow("link to B's home, indexes on")
            << QStringLiteral("l2") << QStringLiteral("Options +FollowSymLinks +Indexes\n")
            << QStringList{QStringLiteral("h=%1").arg(b)} << QString() << QStringLiteral("/l2/h/private.txt");
        QTest::newRow("link to a root-only file")
            << QStringLiteral("l3") << QStringLiteral("Options +FollowSymLinks\n")
            << QStringList{QStringLiteral("r.txt=%1").arg(rootOnlyFile())} << QString()
            << QStringLiteral("/l3/r.txt");
        QTest::newRow("link to the front's key")
            << QStringLiteral("l4") << QStringLiteral("Options +FollowSymLinks\n")
            << QStringList{QStringLiteral("k.txt=%1").arg(hostFile(QStringLiteral("keys/front-client.pem")))}
            << QString() << QStringLiteral("/l4/k.txt");
        QTest::newRow("PHP including B's file, open_basedir lifted")
            << QStringLiteral("p1") << lifted << QStringList()
            << QStringLiteral("auto_prepend_file = %1/private.txt\n").arg(b)
            << QStringLiteral("/p1/index.php");
        QTest::newRow("PHP including a root-only file, open_basedir lifted")
            << QStringLiteral("p2") << lifted << QStringList()
            << QStringLiteral("auto_prepend_file = %1\n").arg(rootOnlyFile())
            << QStringLiteral("/p2/index.php");
    }

    void whatAHomeSaysReachesNoFurtherThanTheSite()
    {
        QFETCH(QString, folder);
        QFETCH(QString, htaccess);
        QFETCH(QStringList, links);
        QFETCH(QString, userIni);
        QFETCH(QString, path);
        const QString dir = home(m_two.siteA) + QStringLiteral("/public_html/") + folder;
        QCOMPARE(runAs(m_two.siteA, QStringLiteral("mkdir -p %1").arg(dir)).exitCode, 0);
        QVERIFY(writeOwned(m_two.siteA, dir + QStringLiteral("/.htaccess"), htaccess.toUtf8()));
        QVERIFY(writeOwned(m_two.siteA, dir + QStringLiteral("/index.php"), "<?php echo 'A ran';"));
        if (!userIni.isEmpty())
            QVERIFY(writeOwned(m_two.siteA, dir + QStringLiteral("/.user.ini"), userIni.toUtf8()));
        for (const QString &link : std::as_const(links))
            QCOMPARE(runAs(m_two.siteA, QStringLiteral("ln -s %2 %1/%3")
                                            .arg(dir, link.section(u'=', 1), link.section(u'=', 0, 0)))
                         .exitCode,
                     0);
        const Page page = fetch(QStringLiteral("a.test"), path);
        qInfo("%s → HTTP %d", qPrintable(path), page.status);
        QVERIFY2(page.status > 0, qPrintable(page.error));
        QVERIFY2(leakIn(page.body).isEmpty(), page.body.constData());
        QVERIFY2(!page.body.contains("user:" + m_two.siteB.toUtf8()), page.body.constData());
        QCOMPARE(runAs(m_two.siteA, QStringLiteral("rm -rf %1").arg(dir)).exitCode, 0);
    }

    void phpSettingsCannotLiftTheWall()
    {
        const QJsonObject refused =
            m_two.hosting->apply("PUT", m_two.siteA, QStringLiteral("/php"),
                                 {{QStringLiteral("settings"),
                                   QJsonObject{{QStringLiteral("open_basedir"), QStringLiteral("/")}}}},
                                 m_two.ownerA);
        QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 422);
    }

    // ---- through A's PHP code, with open_basedir lifted by A's own .htaccess ----

    void phpCodeStopsAtTheSitesUser()
    {
        const QString b = home(m_two.siteB);
        const QString probe = QStringLiteral(R"(<?php
header('Content-Type: application/json');
$r = ['open_basedir' => ini_get('open_basedir'), 'user' => posix_getpwuid(posix_geteuid())['name']];
foreach (['b-public' => '%1/public_html/secret.txt', 'b-private' => '%1/private.txt', 'root-only' => '%2',
          'front-key' => '%3/keys/front-client.pem', 'b-config' => '%3/sites/%4/httpd.conf',
          'b-server-key' => '%3/sites/%4/server.key', 'panel-db' => '%5'] as $k => $p)
    $r["read $k"] = @file_get_contents($p) === false ? 'denied' : 'READ';
foreach (['front-routes' => '%3/front/sites/x.conf', 'own-config' => '%3/sites/%6/httpd.conf',
          'b-home' => '%1/public_html/x', 'root-folder' => '%7/x'] as $k => $p)
    $r["write $k"] = @file_put_contents($p, 'x') === false ? 'denied' : 'WROTE';
$r['connect b-php'] = @stream_socket_client('unix://%3/run/sites/%4/php.sock', $e, $m, 2) === false ? 'denied' : 'CONNECTED';
foreach (['b-web' => %8, 'b-php' => %9, 'front' => %10] as $k => $pid)
    $r["signal $k"] = @posix_kill($pid, 0) ? 'SIGNALLED' : 'denied';
$ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
$c = @stream_socket_client('ssl://127.0.0.1:%11', $e, $m, 3, STREAM_CLIENT_CONNECT, $ctx);
$body = '';
if ($c) { @fwrite($c, "GET /secret.txt HTTP/1.0\r\nHost: b.test\r\n\r\n"); $body = (string)@stream_get_contents($c); }
$r['b-server without the front'] = strpos($body, 'B-PUBLIC') === false ? 'denied' : 'REACHED';
echo json_encode($r);
)")
                                  .arg(b, rootOnlyFile(), panel().hostRoot(), m_two.siteB,
                                       panel().databasePath(), m_two.siteA, rootFolder())
                                  .arg(pidIn(pidFile(m_two.siteB + QStringLiteral(".web"))))
                                  .arg(pidIn(pidFile(m_two.siteB + QStringLiteral(".php"))))
                                  .arg(pidIn(pidFile(QStringLiteral("front"))))
                                  .arg(sitePort(m_two.siteB));
        const QString docroot = home(m_two.siteA) + QStringLiteral("/public_html");
        QVERIFY(writeOwned(m_two.siteA, docroot + QStringLiteral("/probe.php"), probe.toUtf8()));
        QVERIFY(writeOwned(m_two.siteA, docroot + QStringLiteral("/.htaccess"),
                           "SetEnv PHP_ADMIN_VALUE \"open_basedir=/\"\n"));
        const Page page = fetch(QStringLiteral("a.test"), QStringLiteral("/probe.php"));
        QFile::remove(docroot + QStringLiteral("/.htaccess"));
        QCOMPARE(page.status, 200);
        const QJsonObject result = QJsonDocument::fromJson(page.body).object();
        QVERIFY2(!result.isEmpty(), page.body.constData());
        // The attempt really ran without PHP's own fence, as A's user.
        QCOMPARE(result.value(QStringLiteral("open_basedir")).toString(), QStringLiteral("/"));
        QCOMPARE(result.value(QStringLiteral("user")).toString(), m_two.siteA);
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            if (it.key() != QLatin1String("open_basedir") && it.key() != QLatin1String("user"))
                QVERIFY2(it.value().toString() == QLatin1String("denied"),
                         qPrintable(it.key() + QStringLiteral(": ") + it.value().toString()));
    }

    // ---- through A's shell ----

    void theShellStopsAtTheSitesUser_data()
    {
        QTest::addColumn<QString>("command");
        const QString b = home(m_two.siteB);
        const QString root = panel().hostRoot();
        QTest::newRow("read B's file") << QStringLiteral("cat %1/public_html/secret.txt").arg(b);
        QTest::newRow("read a root-only file") << QStringLiteral("cat %1").arg(rootOnlyFile());
        QTest::newRow("read the front's key") << QStringLiteral("cat %1/keys/front-client.pem").arg(root);
        QTest::newRow("read B's server key")
            << QStringLiteral("cat %1/sites/%2/server.key").arg(root, m_two.siteB);
        QTest::newRow("write the front's routes")
            << QStringLiteral("echo x > %1/front/sites/%2.conf").arg(root, m_two.siteA);
        QTest::newRow("write its own server config")
            << QStringLiteral("echo x >> %1/sites/%2/httpd.conf").arg(root, m_two.siteA);
        QTest::newRow("replace its own config folder")
            << QStringLiteral("mv %1/sites/%2 %1/sites/%2.x").arg(root, m_two.siteA);
        QTest::newRow("replace its home") << QStringLiteral("mv %1 %1.x").arg(home(m_two.siteA));
        QTest::newRow("write the panel's database")
            << QStringLiteral("echo x >> %1").arg(panel().databasePath());
        QTest::newRow("read the panel's database") << QStringLiteral("cat %1").arg(panel().databasePath());
        QTest::newRow("enter B's run folder") << QStringLiteral("ls %1/run/sites/%2").arg(root, m_two.siteB);
        QTest::newRow("signal B's server")
            << QStringLiteral("kill -0 %1").arg(pidIn(pidFile(m_two.siteB + QStringLiteral(".web"))));
        QTest::newRow("B's server without the front")
            << QStringLiteral(
                   "curl -sk --max-time 5 -H 'Host: b.test' https://127.0.0.1:%1/secret.txt | grep B-PUBLIC")
                   .arg(sitePort(m_two.siteB));
        QTest::newRow("B's server without the front, plain HTTP")
            << QStringLiteral(
                   "curl -s --max-time 5 -H 'Host: b.test' http://127.0.0.1:%1/secret.txt | grep B-PUBLIC")
                   .arg(sitePort(m_two.siteB));
    }

    void theShellStopsAtTheSitesUser()
    {
        QFETCH(QString, command);
        const Ran ran = runAs(m_two.siteA, command);
        QVERIFY2(ran.exitCode != 0, ran.output.constData());
        QVERIFY2(leakIn(ran.output).isEmpty(), ran.output.constData());
    }

    // ---- A swaps its folders for links, then a change is applied (as root would run it) ----

    void rootFollowsNoLinkInAHome_data()
    {
        QTest::addColumn<QString>("folder"); // in A's home
        QTest::addColumn<QString>("target"); // what A points it at
        QTest::addColumn<bool>("writable");  // ask for a writable document root too
        QTest::newRow("logs → B's home") << QStringLiteral("logs") << home(m_two.siteB) << false;
        QTest::newRow("tmp → a root folder") << QStringLiteral("tmp") << rootFolder() << false;
        QTest::newRow("tmp → a system folder")
            << QStringLiteral("tmp") << QStringLiteral("/usr/lib/apache2/modules") << false;
        QTest::newRow("public_html → B's document root, made writable")
            << QStringLiteral("public_html") << home(m_two.siteB) + QStringLiteral("/public_html") << true;
        QTest::newRow("public_html → a root folder, made writable")
            << QStringLiteral("public_html") << rootFolder() << true;
    }

    void rootFollowsNoLinkInAHome()
    {
        QFETCH(QString, folder);
        QFETCH(QString, target);
        QFETCH(bool, writable);
        const QString before = snapshot(target);
        const QString path = home(m_two.siteA) + QLatin1Char('/') + folder;
        QCOMPARE(
            runAs(m_two.siteA, QStringLiteral("mv %1 %1.real && ln -s %2 %1").arg(path, target)).exitCode, 0);
        const QJsonObject job =
            writable ? m_two.hosting->apply("PATCH", m_two.siteA, QStringLiteral("/vhosts/main"),
                                            {{QStringLiteral("docrootWritable"), true}}, m_two.ownerA)
                     : reloadA(int(QDateTime::currentMSecsSinceEpoch() % 1000));
        QVERIFY(!job.isEmpty());
        fetch(QStringLiteral("a.test")); // A's server writes its logs, if it runs
        QCOMPARE(snapshot(target), before);
        QCOMPARE(runAs(m_two.siteA, QStringLiteral("rm %1 && mv %1.real %1").arg(path)).exitCode, 0);
        if (writable)
            (void)m_two.hosting->apply("PATCH", m_two.siteA, QStringLiteral("/vhosts/main"),
                                       {{QStringLiteral("docrootWritable"), false}}, m_two.ownerA);
        QCOMPARE(setDirectives({}, {}).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QTRY_COMPARE_WITH_TIMEOUT(fetch(QStringLiteral("a.test")).body, QByteArray("site A\n"), 10000);
    }

    // ---- through a member's own account (shell access) ----

    // A's owner, logged in as themselves: in A's members group, and nothing more.
    void aMembersShellStopsAtTheirSite()
    {
        const GeneratedSshKey key = makeSshKey(m_keys.path(), QStringLiteral("ed25519"));
        const HttpReply added =
            m_two.http.sendJson("POST", panel().url(QStringLiteral("/api/v1/me/ssh-keys")),
                                {{QStringLiteral("key"), key.publicLine}}, m_two.ownerA);
        QCOMPARE(added.status, 201);
        const QString person = panel().personUser(QStringLiteral("test0201"));
        const auto asMember = [&](const QString &command) {
            QProcess shell;
            shell.setProcessChannelMode(QProcess::MergedChannels);
            shell.setStandardInputFile(QProcess::nullDevice()); // sg asks for a password
            shell.start(QStringLiteral("setpriv"),
                        {QStringLiteral("--reuid=") + person, QStringLiteral("--regid=") + person,
                         QStringLiteral("--init-groups"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                         QStringLiteral("-c"), command});
            if (!shell.waitForFinished(20000))
                shell.kill();
            return Ran{shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1, shell.readAll()};
        };
        // Their own site's files are theirs to change, once the host has caught up (in the home
        // itself: the tests above swap its folders for links).
        const QString touch = QStringLiteral("touch %1/by-member").arg(home(m_two.siteA));
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && asMember(touch).exitCode != 0)
            QTest::qWait(200);
        const Ran touched =
            asMember(touch + QStringLiteral(" || { id; getfacl -p %1; }").arg(home(m_two.siteA)));
        QVERIFY2(touched.exitCode == 0, touched.output.constData());
        const QStringList attempts{
            QStringLiteral("cat %1/public_html/secret.txt").arg(home(m_two.siteB)),
            QStringLiteral("cat %1/private.txt").arg(home(m_two.siteB)),
            QStringLiteral("sg %1-people -c id").arg(m_two.siteB),
            QStringLiteral("sg %1 -c id").arg(m_two.siteA),
            QStringLiteral("ls %1").arg(hostFile(QStringLiteral("sites/") + m_two.siteA)),
            QStringLiteral("cat %1").arg(rootOnlyFile()),
            QStringLiteral("echo key >> %1").arg(hostFile(QStringLiteral("ssh/keys/") + person)),
            QStringLiteral("ln -s %1 %2/ssh/keys/other").arg(rootOnlyFile(), panel().hostRoot()),
            QStringLiteral("echo Match all >> %1").arg(hostFile(QStringLiteral("ssh/sshd.conf"))),
            QStringLiteral("kill -0 %1").arg(pidIn(pidFile(m_two.siteB + QStringLiteral(".web")))),
        };
        for (const QString &attempt : attempts) {
            const Ran ran = asMember(attempt);
            QVERIFY2(ran.exitCode != 0 && leakIn(ran.output).isEmpty(),
                     qPrintable(attempt + QStringLiteral(": ") + QString::fromUtf8(ran.output)));
        }
    }

    void aLogLinkReachesNoRootFile()
    {
        const QByteArray before = readBytes(rootFile());
        const QString log = home(m_two.siteA) + QStringLiteral("/logs/main-access.log");
        QCOMPARE(runAs(m_two.siteA, QStringLiteral("rm -f %1 && ln -s %2 %1").arg(log, rootFile())).exitCode,
                 0);
        // A's Apache reopens its logs as A: it cannot open root's file, whatever the job says.
        QVERIFY(!reloadA(7).isEmpty());
        for (int i = 0; i < 3; ++i)
            fetch(QStringLiteral("a.test"));
        QCOMPARE(readBytes(rootFile()), before);
        QCOMPARE(QFileInfo(rootFile()).ownerId(), 0u);
        QCOMPARE(runAs(m_two.siteA, QStringLiteral("rm %1").arg(log)).exitCode, 0);
        QCOMPARE(setDirectives({}, {}).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QTRY_COMPARE_WITH_TIMEOUT(fetch(QStringLiteral("a.test")).body, QByteArray("site A\n"), 10000);
    }

    // The health check asks A's own server, which A controls: its answer's body is never read.
    void aHugeAnswerDoesNotSwellThePanel()
    {
        const QString index = home(m_two.siteA) + QStringLiteral("/public_html/index.html");
        QCOMPARE(
            runAs(m_two.siteA, QStringLiteral("mv %1 %1.real && truncate -s 300M %1").arg(index)).exitCode,
            0);
        const qint64 panelPid = panel().process().processId();
        const auto peakKiB = [panelPid] {
            return procStatus(panelPid, "VmHWM").section(u' ', 0, 0).toLongLong();
        };
        const qint64 before = peakKiB();
        QCOMPARE(reloadA(300).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const qint64 after = peakKiB();
        QCOMPARE(runAs(m_two.siteA, QStringLiteral("mv %1.real %1").arg(index)).exitCode, 0);
        QVERIFY2(after - before < 64 * 1024,
                 qPrintable(QStringLiteral("the panel's peak memory grew by %1 KiB").arg(after - before)));
        QCOMPARE(setDirectives({}, {}).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
    }

    // ---- what runs, and as whom ----

    void eachSitesServersRunAsItsUserWithNoPrivileges()
    {
        QSet<qint64> masters;
        for (const QString &site : {m_two.siteA, m_two.siteB})
            for (const QString &server : {QStringLiteral(".web"), QStringLiteral(".php")}) {
                const qint64 pid = pidIn(pidFile(site + server));
                QVERIFY2(pid > 0, qPrintable(site + server));
                masters.insert(pid);
                const uint uid = QFileInfo(home(site)).ownerId();
                QCOMPARE(procStatus(pid, "Uid"), QStringLiteral("%1 %1 %1 %1").arg(uid));
                QCOMPARE(procStatus(pid, "CapEff"), QStringLiteral("0000000000000000"));
                QCOMPARE(procStatus(pid, "NoNewPrivs"), QStringLiteral("1"));
            }
        QCOMPARE(masters.size(), 4); // two PHP-FPM masters: two OPcaches
    }

    void theFrontHoldsNoOwnerByte()
    {
        const QString marker = QStringLiteral("# owner-marker-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(setDirectives({}, marker).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(readBytes(hostFile(QStringLiteral("sites/%1/httpd.conf").arg(m_two.siteA)))
                    .contains(marker.toUtf8()));
        QProcess grep;
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("-rl"), marker, hostFile(QStringLiteral("front"))});
        grep.waitForFinished(10000);
        QCOMPARE(grep.readAll(), QByteArray());
        QCOMPARE(setDirectives({}, {}).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
    }

    // ---- one site's change leaves the other alone ----

    void aChangeToASiteLeavesAnotherUntouched()
    {
        const qint64 web = pidIn(pidFile(m_two.siteB + QStringLiteral(".web")));
        const qint64 php = pidIn(pidFile(m_two.siteB + QStringLiteral(".php")));
        const QByteArray webStart = readBytes(QStringLiteral("/proc/%1/stat").arg(web)).split(' ').value(21);
        const QByteArray phpStart = readBytes(QStringLiteral("/proc/%1/stat").arg(php)).split(' ').value(21);
        QProcess slow;
        slow.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("20"),
                    QStringLiteral("--resolve"),
                    QStringLiteral("b.test:%1:127.0.0.1").arg(panel().httpPort()),
                    QStringLiteral("http://b.test:%1/slow.php").arg(panel().httpPort())});
        QTest::qWait(500); // B's request is in B's PHP now
        QCOMPARE(changeA(21).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(slow.waitForFinished(20000));
        QCOMPARE(slow.readAll(), QByteArray("slow done"));
        QCOMPARE(pidIn(pidFile(m_two.siteB + QStringLiteral(".web"))), web);
        QCOMPARE(pidIn(pidFile(m_two.siteB + QStringLiteral(".php"))), php);
        QCOMPARE(readBytes(QStringLiteral("/proc/%1/stat").arg(web)).split(' ').value(21), webStart);
        QCOMPARE(readBytes(QStringLiteral("/proc/%1/stat").arg(php)).split(' ').value(21), phpStart);
    }
};

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
