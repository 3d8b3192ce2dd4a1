// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site isolation through the platform's own mechanisms: the descriptors every process the panel
// starts inherits, the loopback ports of the sites' own web servers, and the headers that cross
// from a visitor to a site. The attacker is site A's PHP code: it runs as A's user in A's cgroup,
// exactly where a hostile owner's code runs.
#include "twositefixture.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>

using namespace mws::test;

namespace {

// What a descriptor is, whichever process holds it: "device:inode". Devices (/dev/null) and
// anonymous inodes (every epoll and eventfd shares one) are left out: any process opens its own.
QString identity(const QString &path)
{
    struct stat st = {};
    char target[64] = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ||
        (::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1) > 0 &&
         qstrncmp(target, "anon_inode:", 11) == 0))
        return {};
    return QStringLiteral("%1:%2").arg(st.st_dev).arg(st.st_ino);
}

// The descriptors of a process: number → identity.
QMap<int, QString> descriptorsOf(qint64 pid)
{
    QMap<int, QString> out;
    QDirIterator fds(QStringLiteral("/proc/%1/fd").arg(pid), QDir::AllEntries | QDir::System);
    while (fds.hasNext()) {
        const QString path = fds.next();
        if (const QString id = identity(path); !id.isEmpty())
            out.insert(fds.fileName().toInt(), id);
    }
    return out;
}

QSet<QString> stdioOf(const QMap<int, QString> &fds)
{
    QSet<QString> stdio;
    for (auto it = fds.cbegin(); it != fds.cend() && it.key() <= 2; ++it)
        stdio.insert(it.value());
    return stdio;
}

// What a process holds beyond 0-2, less the stdio the panel gave on purpose (a server may keep a
// copy of its stderr, and its workers inherit it): only what it was handed, or opened itself.
QSet<QString> beyondStdio(const QMap<int, QString> &fds, const QSet<QString> &givenStdio = {})
{
    QSet<QString> rest;
    for (auto it = fds.cbegin(); it != fds.cend(); ++it)
        if (it.key() > 2)
            rest.insert(it.value());
    return rest - stdioOf(fds) - givenStdio;
}

qint64 parentOf(qint64 pid)
{
    return procStatus(pid, "PPid").toLongLong();
}

// Every process below pid, at this moment.
QList<qint64> descendantsOf(qint64 pid)
{
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 candidate = entry.toLongLong(&number);
        if (!number)
            continue;
        for (qint64 up = parentOf(candidate); up > 1; up = parentOf(up))
            if (up == pid) {
                out << candidate;
                break;
            }
    }
    return out;
}

// What a wrapper recorded at exec: the command, and its descriptors.
struct Handed
{
    QByteArray program;
    QMap<int, QString> fds;
};

QList<Handed> readRecords(const QString &folder)
{
    QList<Handed> out;
    QDirIterator recorded(folder, QDir::Files);
    while (recorded.hasNext()) {
        Handed handed;
        for (const QByteArray &line : readBytes(recorded.next()).split('\n')) {
            if (line.startsWith("exec "))
                handed.program = line;
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2 && fields[0].startsWith("/proc/"))
                handed.fds.insert(fields[0].mid(fields[0].lastIndexOf('/') + 1).toInt(),
                                  QString::fromLatin1(fields[1]));
        }
        out << handed;
    }
    return out;
}

// Records the descriptors a process was started with (what the panel handed it), then becomes
// the real program. Whoever it runs as may write its record.
const char wrapperScript[] =
    "#!/bin/sh\n"
    "log=\"%1/$$-$(date +%s%N)\"\n"
    "fds=$(for f in /proc/$$/fd/*; do stat -L -c \"%n %d:%i\" \"$f\" 2>/dev/null; done)\n"
    "echo \"$fds\" >\"$log\"\n"
    "echo \"exec %2 $*\" >>\"$log\"\n"
    "exec %2 \"$@\"\n";

} // namespace

class TestIsolationMechanisms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_wrappers; // the recording wrappers, and what they recorded
    TwoSiteFixture m_two;

    QString records() { return m_wrappers.filePath(QStringLiteral("records")); }
    PanelProcess &panel() { return m_two.panel(); }

    bool writeWrapper(const QString &name, const QString &real)
    {
        const QString path = m_wrappers.filePath(name);
        return writeText(path, QString::fromLatin1(wrapperScript).arg(records(), real).toUtf8()) &&
               ::chmod(QFile::encodeName(path).constData(), 0755) == 0;
    }

    // Asks A's PHP to run code and returns what it printed.
    QByteArray runInA(const QString &name, const QByteArray &php, const QString &query = {})
    {
        if (!m_two.writePage(m_two.siteA, name, php))
            return "<not written>";
        return m_two.fetch(QStringLiteral("a.test"), QLatin1Char('/') + name + query).body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("isolation needs a Unix user per site, which only a root panel makes");
        QVERIFY(m_wrappers.isValid());
        QVERIFY(QDir().mkpath(records()));
        QVERIFY(::chmod(QFile::encodeName(m_wrappers.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(records()).constData(), 01777) == 0);
        QVERIFY(writeWrapper(QStringLiteral("apache2"), QStringLiteral("/usr/sbin/apache2")));
        const QString phpFpm =
            QDir(QStringLiteral("/usr/sbin")).entryList({QStringLiteral("php-fpm*")}, QDir::Files).value(0);
        QVERIFY(!phpFpm.isEmpty());
        QVERIFY(writeWrapper(QStringLiteral("php-fpm"), QStringLiteral("/usr/sbin/") + phpFpm));
        PanelProcess::Options options;
        options.extraHostConfig = QStringLiteral("apache_binary = \"%1\"\nphp_fpm_binary = \"%2\"\n")
                                      .arg(m_wrappers.filePath(QStringLiteral("apache2")),
                                           m_wrappers.filePath(QStringLiteral("php-fpm")));
        const QString failed = m_two.start(options);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_two.writePage(m_two.siteB, QStringLiteral("index.html"), "site B\n"));
        QCOMPARE(m_two.fetch(QStringLiteral("b.test")).body, QByteArray("site B\n"));
    }

    // ---- descriptors: nothing the panel holds reaches what it starts ----

    // Config tests, the front, each site's Apache and PHP-FPM, as they were started (the
    // wrappers' records) and as they run now (their children included).
    void noDescriptorOfThePanelReachesWhatItStarts()
    {
        const qint64 panelPid = panel().process().processId();
        const QSet<QString> panels = beyondStdio(descriptorsOf(panelPid));
        // What each of the panel's descriptors is, for the messages.
        QHash<QString, QString> whatIs;
        const QMap<int, QString> panelFds = descriptorsOf(panelPid);
        for (auto it = panelFds.cbegin(); it != panelFds.cend(); ++it)
            whatIs.insert(it.value(),
                          QFile::symLinkTarget(QStringLiteral("/proc/%1/fd/%2").arg(panelPid).arg(it.key())));
        const auto named = [&](const QSet<QString> &ids) {
            QStringList out;
            for (const QString &id : ids)
                out << id + QLatin1Char('=') + whatIs.value(id);
            return out.join(u' ');
        };
        QVERIFY(!panels.isEmpty());
        const QList<Handed> records = readRecords(this->records());
        QSet<QString> handedStdio; // the stdio the panel gave on purpose, which servers pass down
        for (const Handed &handed : records) {
            handedStdio |= stdioOf(handed.fds);
            const QSet<QString> shared = beyondStdio(handed.fds) & panels;
            QVERIFY2(shared.isEmpty(),
                     qPrintable(QStringLiteral("%1 was handed the panel's %2")
                                    .arg(QString::fromUtf8(handed.program), named(shared))));
        }
        // The front and its config test, and each site's two servers and their config tests.
        QVERIFY2(records.size() >= 6, qPrintable(QString::number(records.size())));
        const QList<qint64> running = descendantsOf(panelPid);
        QVERIFY2(running.size() >= 6, qPrintable(QString::number(running.size())));
        for (const qint64 pid : running) {
            const QSet<QString> shared = beyondStdio(descriptorsOf(pid), handedStdio) & panels;
            QVERIFY2(
                shared.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 (%2) holds the panel's %3")
                        .arg(pid)
                        .arg(QString::fromUtf8(readBytes(QStringLiteral("/proc/%1/comm").arg(pid))).trimmed(),
                             named(shared))));
        }
    }

    // ---- backends: no site takes another's port, or the ports of sites to come ----

    // B's Apache stops (as when it crashes or restarts); A's PHP tries to take its port in the
    // moment it is free, and would hold it so that B cannot come back.
    void noSiteCanTakeAnotherSitesBackend()
    {
        const QByteArray squat =
            "<?php\n"
            "$port = (int)$_GET['port']; $until = microtime(true) + 3; $result = 'never'; $errors = [];\n"
            "while (microtime(true) < $until) {\n"
            "    $s = @stream_socket_server(\"tcp://127.0.0.1:$port\", $no, $message);\n"
            "    if ($s) { $result = 'BOUND'; sleep(2); fclose($s); break; }\n"
            "    $errors[$message] = true; usleep(2000);\n"
            "}\n"
            "echo json_encode(['result' => $result, 'errors' => array_keys($errors)]);\n";
        QVERIFY(m_two.writePage(m_two.siteA, QStringLiteral("squat.php"), squat));
        QProcess attempt;
        attempt.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("--max-time"),
                                               QStringLiteral("20"), QStringLiteral("--resolve"),
                                               QStringLiteral("a.test:%1:127.0.0.1").arg(panel().httpPort()),
                                               QStringLiteral("http://a.test:%1/squat.php?port=%2")
                                                   .arg(panel().httpPort())
                                                   .arg(m_two.sitePort(m_two.siteB))});
        QTest::qWait(500); // A's PHP is trying now
        const qint64 web = pidIn(m_two.pidFile(m_two.siteB + QStringLiteral(".web")));
        QVERIFY(web > 0);
        QCOMPARE(::kill(pid_t(web), SIGTERM), 0);
        QVERIFY(attempt.waitForFinished(30000));
        const QByteArray output = attempt.readAll();
        const QJsonObject result = QJsonDocument::fromJson(output).object();
        QVERIFY2(result.value(QStringLiteral("result")).toString() == QLatin1String("never"),
                 output.constData());
        // Refused by the site's bind filter, not merely found busy.
        QVERIFY2(output.contains("Operation not permitted"), output.constData());
        // B comes back on its own port: the supervisor restarted it.
        QTRY_COMPARE_WITH_TIMEOUT(m_two.fetch(QStringLiteral("b.test")).body, QByteArray("site B\n"), 15000);
        QVERIFY(pidIn(m_two.pidFile(m_two.siteB + QStringLiteral(".web"))) != web);
    }

    // A's PHP binds every other port of the range (the ports of sites to come).
    void noSiteCanExhaustTheBackendPorts()
    {
        const QByteArray exhaust =
            "<?php\n"
            "$own = (int)$_GET['own']; $taken = 0; $errors = [];\n"
            "for ($port = 20000; $port <= 29999; ++$port) {\n"
            "    if ($port == $own) continue;\n"
            "    $s = @stream_socket_server(\"tcp://127.0.0.1:$port\", $no, $message);\n"
            "    if ($s) { ++$taken; fclose($s); } else { $errors[$message] = true; }\n"
            "}\n"
            "echo json_encode(['taken' => $taken, 'errors' => array_keys($errors)]);\n";
        const QByteArray output = runInA(QStringLiteral("exhaust.php"), exhaust,
                                         QStringLiteral("?own=%1").arg(m_two.sitePort(m_two.siteA)));
        const QJsonObject result = QJsonDocument::fromJson(output).object();
        QVERIFY2(result.contains(QStringLiteral("taken")), output.constData());
        QVERIFY2(result.value(QStringLiteral("taken")).toInt() == 0, output.constData());
        QVERIFY2(output.contains("Operation not permitted"), output.constData());
        // Ports outside the range are A's to use, as on any machine.
        const QByteArray outside =
            runInA(QStringLiteral("outside.php"),
                   "<?php $s = stream_socket_server('tcp://127.0.0.1:0', $no, $m); echo $s ? 'bound' : $m;");
        QCOMPARE(outside, QByteArray("bound"));
    }

    // ---- what reaches the site: the visitor, not what the visitor claims ----

    void theVisitorsAddressAndSchemeReachTheSite()
    {
        QVERIFY(
            m_two.writePage(m_two.siteA, QStringLiteral("visitor.php"),
                            "<?php echo $_SERVER['REMOTE_ADDR'], ' ', "
                            "$_SERVER['HTTP_X_FORWARDED_PROTO'] ?? '-', ' ', $_SERVER['HTTPS'] ?? "
                            "'no-https', ' ', $_SERVER['REQUEST_SCHEME'], ' ', $_SERVER['SERVER_PORT'], "
                            "' [', $_SERVER['HTTP_X_FORWARDED_FOR'] ?? '', '|', $_SERVER['HTTP_FORWARDED'] "
                            "?? '', '|', $_SERVER['HTTP_X_REAL_IP'] ?? '', '|', "
                            "$_SERVER['HTTP_X_FORWARDED_HOST'] ?? '', ']';"));
        // A visitor from the front's own address, as any local user is, claiming to be another:
        // that address was once trusted as a proxy, and the claim believed.
        QProcess local;
        local.start(QStringLiteral("curl"),
                    {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("10"),
                     QStringLiteral("-H"), QStringLiteral("X-Forwarded-For: 203.0.113.6"),
                     QStringLiteral("--resolve"),
                     QStringLiteral("a.test:%1:127.0.0.1").arg(panel().httpPort()),
                     QStringLiteral("http://a.test:%1/visitor.php").arg(panel().httpPort())});
        QVERIFY(local.waitForFinished(20000));
        QCOMPARE(local.readAll().split(' ').value(0), QByteArray("127.0.0.1"));
        // A visitor from another address (the front itself is 127.0.0.1), claiming to be others.
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("10"),
                    QStringLiteral("--interface"), QStringLiteral("127.0.0.5"), QStringLiteral("-H"),
                    QStringLiteral("X-Forwarded-Proto: https"), QStringLiteral("-H"),
                    QStringLiteral("X-Forwarded-For: 203.0.113.7"), QStringLiteral("-H"),
                    QStringLiteral("Forwarded: for=203.0.113.8;proto=https"), QStringLiteral("-H"),
                    QStringLiteral("X-Real-IP: 203.0.113.9"), QStringLiteral("-H"),
                    QStringLiteral("X-Forwarded-Host: evil.test"), QStringLiteral("--resolve"),
                    QStringLiteral("a.test:%1:127.0.0.1").arg(panel().httpPort()),
                    QStringLiteral("http://a.test:%1/visitor.php").arg(panel().httpPort())});
        QVERIFY(curl.waitForFinished(20000));
        // mod_remoteip takes the address it trusts out of X-Forwarded-For: nothing is left.
        QCOMPARE(curl.readAll(), QStringLiteral("127.0.0.5 http no-https http %1 [|||a.test:%1]")
                                     .arg(panel().httpPort())
                                     .toUtf8());
        // The site's log has the visitor's own address, and nothing the visitor made up. Apache
        // writes the line after the answer has gone, so it may come a moment after curl's end.
        QByteArray log;
        const bool logged = QTest::qWaitFor(
            [&] {
                log = readBytes(m_two.home(m_two.siteA) + QStringLiteral("/logs/main-access.log"));
                QByteArray line;
                for (const QByteArray &entry : log.split('\n'))
                    if (entry.contains("visitor.php"))
                        line = entry;
                return line.startsWith("127.0.0.5 ");
            },
            5000);
        QVERIFY2(logged, log.right(2000).constData());
        QVERIFY2(!log.contains("203.0.113."), log.right(2000).constData());
    }

    // ---- last, as it would end the panel: a site's code against the panel's own descriptors ----

    // A's PHP writes a byte to every descriptor its shell inherited (a signal pipe the panel left
    // open once stopped the panel and every site with it).
    void aSitesCodeCannotStopThePanel()
    {
        const QByteArray output =
            runInA(QStringLiteral("poke.php"),
                   "<?php echo shell_exec('bash -c '. escapeshellarg('for f in /proc/$$/fd/*; do n=${f##*/}; "
                   "[ \"$n\" -gt 2 ] && { printf x >&$n; } 2>/dev/null; done; echo poked'));");
        qInfo("A's PHP: %s", output.constData());
        QTest::qWait(1000);
        QCOMPARE(panel().process().state(), QProcess::Running);
        QCOMPARE(m_two.fetch(QStringLiteral("b.test")).body, QByteArray("site B\n"));
        const HttpReply health = m_two.http.getJson(panel().url(QStringLiteral("/api/v1/me")), m_two.ownerB);
        QCOMPARE(health.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestIsolationMechanisms)
#include "tst_isolation_mechanisms.moc"
