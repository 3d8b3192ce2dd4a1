// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Shell access end to end, on a real host and a real sshd that includes the panel's drop-in: a
// key uploaded through the API lets its person in as their own Unix account; they edit their
// site's files and the site's PHP reads and writes them; everything else stays shut, and losing
// a key, a membership or an active site ends their sessions at once.
#include "shellfixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace mws::test;

class TestShellAccess : public QObject
{
    Q_OBJECT

private:
    ShellFixture m_shell;
    LoginKey m_ownerKey;
    QString m_ownerKeyId;

    TwoSiteFixture &two() { return m_shell.two; }
    QString ownerA() { return m_shell.user(QStringLiteral("test0201")); }
    QString homeA() { return two().home(two().siteA); }

    bool canLogIn(const QString &user, const LoginKey &key)
    {
        return m_shell.ssh(user, key, QStringLiteral("true")).exitCode == 0;
    }

    // A login that stays until it is ended: `sleep` on the host, as the person.
    QProcess *openSession(const QString &user, const LoginKey &key)
    {
        auto *session = new QProcess(this);
        session->start(QStringLiteral("ssh"), m_shell.sshArguments(user, key, QStringLiteral("sleep 600")));
        return session;
    }

    bool sessionEnds(QProcess *session)
    {
        // waitForFinished() says false for a process that has finished already.
        const bool ended = session->state() == QProcess::NotRunning || session->waitForFinished(20000);
        if (!ended)
            session->kill();
        return ended;
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("Accounts and groups are made by root (the build root runs tests as root).");
        const QString error = m_shell.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ownerKey = m_shell.makeKey(QStringLiteral("owner@laptop"));
        QVERIFY(m_ownerKey.key.ok());
        m_ownerKeyId = m_shell.uploadKey(two().ownerA, m_ownerKey);
        QVERIFY(!m_ownerKeyId.isEmpty());
    }

    void uploadedKeyLetsThePersonInAsThemselves()
    {
        QVERIFY2(m_shell.waitUntil([&] { return canLogIn(ownerA(), m_ownerKey); }),
                 qPrintable(m_shell.why()));
        const Ran id = m_shell.ssh(ownerA(), m_ownerKey, QStringLiteral("id -un; id -Gn"));
        QCOMPARE(id.exitCode, 0);
        const QStringList lines = QString::fromUtf8(id.output).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), ownerA());
        const QStringList groups = lines.value(1).split(QLatin1Char(' '));
        QVERIFY2(groups.contains(two().siteA + QStringLiteral("-people")), qPrintable(lines.value(1)));
        // Never the other site's members, nor the group that reads a site's configuration and key.
        QVERIFY(!groups.contains(two().siteB + QStringLiteral("-people")));
        QVERIFY(!groups.contains(two().siteA));
        // The uid is the one the store gave, in the configured range.
        const QJsonObject access =
            two()
                .http
                .getJson(two().panel().url(QStringLiteral("/api/v1/sites/%1/ssh").arg(two().siteA)),
                         two().ownerA)
                .json();
        QCOMPARE(access.value(QStringLiteral("username")).toString(), ownerA());
        QVERIFY(access.value(QStringLiteral("shell")).toBool());
        QCOMPARE(access.value(QStringLiteral("siteHome")).toString(), homeA());
        QCOMPARE(access[QStringLiteral("tunnel")][QStringLiteral("host")].toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(access[QStringLiteral("tunnel")][QStringLiteral("port")].toInt(), 3306);
        const Ran uid = m_shell.ssh(ownerA(), m_ownerKey, QStringLiteral("id -u"));
        bool found = false;
        for (const QJsonValue &person : access.value(QStringLiteral("people")).toArray())
            if (person[QStringLiteral("crsid")].toString() == QLatin1String("test0201"))
                found = QByteArray::number(person[QStringLiteral("uid")].toInteger()) == uid.output.trimmed();
        QVERIFY2(found, uid.output.constData());
    }

    // Each login and logout is in the Activity of the person's site, with the key's fingerprint,
    // and the key shows when it was last used.
    void loginsAreRecorded()
    {
        QVERIFY(canLogIn(ownerA(), m_ownerKey));
        QJsonObject login;
        QVERIFY2(m_shell.waitUntil([&] {
            const QJsonObject audit =
                two()
                    .http
                    .getJson(two().panel().url(
                                 QStringLiteral("/api/v1/sites/%1/audit?action=ssh.").arg(two().siteA)),
                             two().ownerA)
                    .json();
            for (const QJsonValue &event : audit.value(QStringLiteral("items")).toArray())
                if (event[QStringLiteral("action")].toString() == QLatin1String("ssh.login"))
                    login = event.toObject();
            return !login.isEmpty();
        }),
                 qPrintable(m_shell.why()));
        QCOMPARE(login.value(QStringLiteral("actor")).toString(), QStringLiteral("test0201"));
        QCOMPARE(login[QStringLiteral("after")][QStringLiteral("fingerprint")].toString(),
                 m_ownerKey.key.fingerprint);
        const QJsonObject keys =
            two().http.getJson(two().panel().url(QStringLiteral("/api/v1/me/ssh-keys")), two().ownerA).json();
        QVERIFY(!keys[QStringLiteral("items")][0][QStringLiteral("lastUsedAt")].toString().isEmpty());
        // Nothing is recorded on the other site, where the person has no shell.
        const QJsonObject other =
            two()
                .http
                .getJson(
                    two().panel().url(QStringLiteral("/api/v1/sites/%1/audit?action=ssh.").arg(two().siteB)),
                    two().ownerB)
                .json();
        QCOMPARE(other.value(QStringLiteral("items")).toArray().size(), 0);
    }

    // The person and the site's PHP (its own user) share the site's files both ways.
    void memberAndPhpShareTheSitesFiles()
    {
        const QString docroot = homeA() + QStringLiteral("/public_html");
        QVERIFY(two().writePage(two().siteA, QStringLiteral("share.php"),
                                "<?php echo file_get_contents('from-person.txt');"
                                " file_put_contents('from-php.txt', 'php wrote this');"
                                " file_put_contents('from-person.txt', ' and php added', FILE_APPEND);"));
        const Ran wrote =
            m_shell.ssh(ownerA(), m_ownerKey,
                        QStringLiteral("echo -n person wrote this > %1/from-person.txt").arg(docroot));
        QVERIFY2(wrote.exitCode == 0, wrote.output.constData());
        const Page page = two().fetch(QStringLiteral("a.test"), QStringLiteral("/share.php"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, QByteArray("person wrote this"));
        const Ran read = m_shell.ssh(
            ownerA(), m_ownerKey,
            QStringLiteral("cat %1/from-php.txt %1/from-person.txt && echo ' edited' >> %1/from-php.txt")
                .arg(docroot));
        QVERIFY2(read.exitCode == 0, read.output.constData());
        QCOMPARE(read.output, QByteArray("php wrote thisperson wrote this and php added"));
        // The file stays the person's own.
        QCOMPARE(QFileInfo(docroot + QStringLiteral("/from-person.txt")).owner(), ownerA());
    }

    // Folders in the home keep the site's group (setgid), so what a person makes there is the
    // site's group's, as the site's own files are; the person is not in that group.
    void aPersonsFilesAreTheSitesGroups()
    {
        const QString docroot = homeA() + QStringLiteral("/public_html");
        QVERIFY2(m_shell.waitUntil([&] {
            struct stat status{};
            return ::stat(QFile::encodeName(docroot).constData(), &status) == 0 && (status.st_mode & S_ISGID);
        }),
                 qPrintable(m_shell.why()));
        const QString siteGroup = QFileInfo(homeA()).group();
        const Ran made =
            m_shell.ssh(ownerA(), m_ownerKey,
                        QStringLiteral("mkdir %1/by-person && echo x > %1/by-person/file && "
                                       "stat -c '%A %G' %1/by-person %1/by-person/file && id -Gn")
                            .arg(docroot));
        QVERIFY2(made.exitCode == 0, made.output.constData());
        const QStringList lines = QString::fromUtf8(made.output).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].at(6) == QLatin1Char('s') && lines[0].endsWith(QLatin1Char(' ') + siteGroup),
                 made.output.constData());
        QVERIFY2(lines[1].endsWith(QLatin1Char(' ') + siteGroup), made.output.constData());
        QVERIFY2(!lines[2].split(QLatin1Char(' ')).contains(siteGroup), made.output.constData());
        // The person cannot make a program that runs with the site's group.
        const Ran setgid =
            m_shell.ssh(ownerA(), m_ownerKey,
                        QStringLiteral("cp /bin/true %1/by-person/t && chmod g+s %1/by-person/t; "
                                       "stat -c %A %1/by-person/t")
                            .arg(docroot));
        const QByteArray mode = setgid.output.trimmed().split('\n').last();
        QVERIFY2(mode.size() == 10 && mode.at(6) == 'x', setgid.output.constData());
    }

    // The owner plants links to what is not theirs, then the host makes the folders setgid again
    // (as the site's user, following no link): only the home's own folders change.
    void makingTheFoldersSetgidFollowsNoLink()
    {
        const auto modeOf = [](const QString &path) {
            struct stat status{};
            return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode : mode_t(0);
        };
        const QString homeB = two().home(two().siteB);
        const QString rootDir = m_shell.scratch.filePath(QStringLiteral("root-only"));
        QVERIFY(QDir().mkpath(rootDir));
        const mode_t homeBBefore = modeOf(homeB), rootBefore = modeOf(rootDir);
        const Ran planted = runAs(two().siteA, QStringLiteral("ln -s %1 %3/to-b && ln -s %2 %3/to-root && "
                                                              "mkdir %3/fresh && chmod g-s %3/fresh")
                                                   .arg(homeB, rootDir, homeA()));
        QVERIFY2(planted.exitCode == 0, planted.output.constData());
        QVERIFY(!(modeOf(homeA() + QStringLiteral("/fresh")) & S_ISGID));
        const QString marker = two().hostFile(QStringLiteral("sites/%1/members-setgid").arg(two().siteA));
        QVERIFY(QFile::remove(marker));
        QVERIFY2(m_shell.waitUntil([&] { return QFileInfo::exists(marker); }), qPrintable(m_shell.why()));
        QVERIFY(modeOf(homeA() + QStringLiteral("/fresh")) & S_ISGID);
        QCOMPARE(modeOf(homeB), homeBBefore);
        QCOMPARE(modeOf(rootDir), rootBefore);
    }

    // A person's login, wherever sshd put it, may bind no port of the sites' backend range (so
    // cannot squat a site's port while its server restarts), and other ports as anyone may. The
    // filter outlives the panel, and a restarted panel does not attach a second one.
    void aPersonsLoginCannotTakeABackendPort()
    {
        const QString bind = QStringLiteral(
            "perl -MSocket -e 'socket(S, PF_INET, SOCK_STREAM, 0) or die; "
            "bind(S, pack_sockaddr_in(%1, inet_aton(\"127.0.0.1\"))) or die \"refused: $!\\n\"; "
            "print \"bound\\n\"'");
        const int squat = 29000 + int(QRandomGenerator::global()->bounded(900u));
        Ran ran = m_shell.ssh(ownerA(), m_ownerKey, bind.arg(0));
        QCOMPARE(ran.output, QByteArray("bound\n"));
        ran = m_shell.ssh(ownerA(), m_ownerKey, bind.arg(squat));
        QCOMPARE(ran.output, QByteArray("refused: Operation not permitted\n"));
        ran = m_shell.ssh(ownerA(), m_ownerKey, bind.arg(two().sitePort(two().siteB)));
        QCOMPARE(ran.output, QByteArray("refused: Operation not permitted\n"));
        QCOMPARE(peopleFilters(BPF_CGROUP_INET4_BIND), 1);
        QCOMPARE(peopleFilters(BPF_CGROUP_INET6_BIND), 1);

        two().panel().stop();
        ran = m_shell.ssh(ownerA(), m_ownerKey, bind.arg(squat));
        QCOMPARE(ran.output, QByteArray("refused: Operation not permitted\n"));
        QString error;
        QVERIFY2(two().panel().restart(&error), qPrintable(error));
        QCOMPARE(peopleFilters(BPF_CGROUP_INET4_BIND), 1);
        QCOMPARE(peopleFilters(BPF_CGROUP_INET6_BIND), 1);
        QVERIFY2(m_shell.waitUntil([&] { return canLogIn(ownerA(), m_ownerKey); }),
                 qPrintable(m_shell.why()));
    }

    void everythingElseStaysShut()
    {
        QVERIFY(two().writePage(two().siteB, QStringLiteral("b-secret.txt"), "B-PUBLIC-SECRET"));
        const QStringList attempts{
            QStringLiteral("cat %1/public_html/b-secret.txt").arg(two().home(two().siteB)),
            QStringLiteral("ls %1/sites/%2").arg(two().panel().hostRoot(), two().siteA),
            QStringLiteral("cat %1/sites/%2/server.key").arg(two().panel().hostRoot(), two().siteA),
            QStringLiteral("sg %1-people -c id").arg(two().siteB),
            QStringLiteral("touch %1/ssh/keys/%2").arg(two().panel().hostRoot(), ownerA()),
            QStringLiteral("echo x > %1/ssh/sshd.conf").arg(two().panel().hostRoot()),
        };
        for (const QString &attempt : attempts) {
            const Ran ran = m_shell.ssh(ownerA(), m_ownerKey, attempt + QStringLiteral(" </dev/null"));
            QVERIFY2(ran.exitCode != 0 && !ran.output.contains("B-PUBLIC-SECRET"),
                     qPrintable(attempt + QStringLiteral(": ") + QString::fromUtf8(ran.output)));
        }
    }

    // Keys only from the panel: one the person puts in ~/.ssh grants nothing, and neither does
    // one the site's code puts in the site's home for the site's own user.
    void keysOutsideThePanelOpenNothing()
    {
        const LoginKey extra = m_shell.makeKey(QStringLiteral("sneaked@in"));
        const Ran placed = m_shell.ssh(
            ownerA(), m_ownerKey,
            QStringLiteral(
                "mkdir -p ~/.ssh && echo '%1' >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys")
                .arg(extra.key.publicLine));
        QVERIFY2(placed.exitCode == 0, placed.output.constData());
        QVERIFY(!canLogIn(ownerA(), extra));
        const QString siteSsh = homeA() + QStringLiteral("/.ssh");
        QDir().mkpath(siteSsh);
        QVERIFY(chownTo(two().siteA, siteSsh));
        QVERIFY(writeOwned(two().siteA, siteSsh + QStringLiteral("/authorized_keys"),
                           extra.key.publicLine.toUtf8(), 0600));
        QVERIFY(!canLogIn(two().siteA, extra));
        // Refused before its key is even looked at (here for its locked password too, as UsePAM
        // is off in tests).
        QVERIFY2(m_shell.sshd.log().contains(QStringLiteral("User %1 ").arg(two().siteA)) &&
                     m_shell.sshd.log().contains(QStringLiteral("not allowed because")),
                 qPrintable(m_shell.sshd.log().right(1500)));
    }

    void removingTheKeyEndsItsSessions()
    {
        QProcess *session = openSession(ownerA(), m_ownerKey);
        QVERIFY2(m_shell.waitUntil([&] {
            return m_shell.ssh(ownerA(), m_ownerKey, QStringLiteral("pgrep -u $(id -u) -x sleep")).exitCode ==
                   0;
        }),
                 qPrintable(m_shell.why()));
        QVERIFY(m_shell.removeKey(two().ownerA, m_ownerKeyId));
        QVERIFY2(sessionEnds(session), "the session outlived its key");
        QVERIFY(!canLogIn(ownerA(), m_ownerKey));
        m_ownerKeyId = m_shell.uploadKey(two().ownerA, m_ownerKey);
        QVERIFY2(m_shell.waitUntil([&] { return canLogIn(ownerA(), m_ownerKey); }),
                 qPrintable(m_shell.why()));
    }

    void removingAMemberEndsTheirSessions()
    {
        QString error;
        const QString token = signIn(two().http, two().panel(), QStringLiteral("test0203"), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const HttpReply added = two().http.sendJson(
            "PUT", two().panel().url(QStringLiteral("/api/v1/sites/%1/members/test0203").arg(two().siteA)),
            {{QStringLiteral("role"), QStringLiteral("ssh")}}, two().ownerA);
        QCOMPARE(added.status, 201);
        const LoginKey key = m_shell.makeKey(QStringLiteral("member@desk"));
        QVERIFY(!m_shell.uploadKey(token, key).isEmpty());
        const QString member = m_shell.user(QStringLiteral("test0203"));
        QVERIFY2(m_shell.waitUntil([&] { return canLogIn(member, key); }), qPrintable(m_shell.why()));
        QProcess *session = openSession(member, key);
        QVERIFY2(m_shell.waitUntil([&] {
            return m_shell.ssh(member, key, QStringLiteral("pgrep -u $(id -u) -x sleep")).exitCode == 0;
        }),
                 qPrintable(m_shell.why()));
        QCOMPARE(
            two()
                .http
                .send("DELETE",
                      two().panel().url(QStringLiteral("/api/v1/sites/%1/members/test0203").arg(two().siteA)),
                      {}, {{"Authorization", "Bearer " + two().ownerA.toUtf8()}})
                .status,
            204);
        QVERIFY2(sessionEnds(session), "the session outlived the membership");
        QVERIFY(!canLogIn(member, key));
        QVERIFY(!groupOf(two().siteA).contains(member));
    }

    void suspendingTheSiteEndsItsPeoplesSessions()
    {
        QProcess *session = openSession(ownerA(), m_ownerKey);
        QVERIFY2(m_shell.waitUntil([&] {
            return m_shell.ssh(ownerA(), m_ownerKey, QStringLiteral("pgrep -u $(id -u) -x sleep")).exitCode ==
                   0;
        }),
                 qPrintable(m_shell.why()));
        const HttpReply suspended = two().http.sendJson(
            "POST", two().panel().url(QStringLiteral("/api/v1/sites/%1/suspend").arg(two().siteA)),
            {{QStringLiteral("reason"), QStringLiteral("testing")}}, two().staff);
        QCOMPARE(suspended.status, 200);
        QVERIFY2(sessionEnds(session), "the session outlived the site's suspension");
        QVERIFY(!canLogIn(ownerA(), m_ownerKey));
        const HttpReply back = two().http.sendJson(
            "POST", two().panel().url(QStringLiteral("/api/v1/sites/%1/unsuspend").arg(two().siteA)), {},
            two().staff);
        QCOMPARE(back.status, 200);
        QVERIFY2(m_shell.waitUntil([&] { return canLogIn(ownerA(), m_ownerKey); }),
                 qPrintable(m_shell.why()));
    }

    // A supporter's grant ends on its own (no request at all): the host's periodic pass ends it.
    void anExpiredSupporterGrantEndsTheirSessions()
    {
        const LoginKey key = m_shell.makeKey(QStringLiteral("staff@desk"));
        QVERIFY(!m_shell.uploadKey(two().staff, key).isEmpty());
        const HttpReply granted = two().http.sendJson(
            "POST", two().panel().url(QStringLiteral("/api/v1/sites/%1/supporters").arg(two().siteB)), {},
            two().staff);
        QCOMPARE(granted.status, 201);
        const QString supporter = m_shell.user(QStringLiteral("test0100"));
        QVERIFY2(m_shell.waitUntil([&] { return canLogIn(supporter, key); }), qPrintable(m_shell.why()));
        QProcess *session = openSession(supporter, key);
        QVERIFY2(m_shell.waitUntil([&] {
            return m_shell.ssh(supporter, key, QStringLiteral("pgrep -u $(id -u) -x sleep")).exitCode == 0;
        }),
                 qPrintable(m_shell.why()));
        // The grant's hour passes: its end moves to a moment ago, in the panel's own database.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("expire"));
            db.setDatabaseName(two().panel().databasePath());
            QVERIFY(db.open());
            QSqlQuery expire(db);
            QVERIFY(expire.prepare(QStringLiteral(
                "UPDATE site_members SET expires_at = ? WHERE crsid = 'test0100' AND site_id = ?")));
            expire.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
            expire.addBindValue(two().siteB);
            QVERIFY2(expire.exec() && expire.numRowsAffected() == 1, qPrintable(expire.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("expire"));
        QVERIFY2(sessionEnds(session), "the session outlived the supporter's grant");
        QVERIFY(!canLogIn(supporter, key));
    }

    // The records the API serves are the ones ssh-keygen -r makes from the host's keys (type 2).
    void sshfpRecordsEqualSshKeygens()
    {
        const QJsonObject access =
            two()
                .http
                .getJson(two().panel().url(QStringLiteral("/api/v1/sites/%1/ssh").arg(two().siteA)),
                         two().ownerA)
                .json();
        QSet<QString> served;
        for (const QJsonValue &record : access.value(QStringLiteral("sshfp")).toArray())
            if (record[QStringLiteral("name")].toString() == QLatin1String("shell.host.test"))
                served.insert(record[QStringLiteral("record")].toString().replace(QStringLiteral(". IN"),
                                                                                  QStringLiteral(" IN")));
        QSet<QString> expected;
        for (const QString &file : m_shell.sshd.hostPublicKeyFiles()) {
            QProcess keygen;
            keygen.start(
                QStringLiteral("ssh-keygen"),
                {QStringLiteral("-r"), QStringLiteral("shell.host.test"), QStringLiteral("-f"), file});
            QVERIFY(keygen.waitForFinished(10000));
            for (const QString &line : QString::fromUtf8(keygen.readAll()).split(QLatin1Char('\n')))
                if (line.split(QLatin1Char(' ')).value(4) == QLatin1String("2"))
                    expected.insert(line.trimmed());
        }
        QCOMPARE(expected.size(), 3);
        QCOMPARE(served, expected);
        QCOMPARE(access.value(QStringLiteral("port")).toInt(), int(m_shell.sshd.port()));
        QCOMPARE(access.value(QStringLiteral("hostKeys")).toArray().size(), 3);
    }

private:
    // How many programs of type are attached to the run's people cgroup.
    int peopleFilters(bpf_attach_type type)
    {
        const QByteArray dir = QFile::encodeName(cgroup2Mount() + two().panel().peopleCgroup());
        const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return -1;
        quint32 ids[16] = {};
        bpf_attr query{};
        query.query.target_fd = quint32(fd);
        query.query.attach_type = type;
        query.query.prog_ids = quint64(reinterpret_cast<quintptr>(ids));
        query.query.prog_cnt = 16;
        const long done = ::syscall(__NR_bpf, BPF_PROG_QUERY, &query, sizeof query);
        ::close(fd);
        return done == 0 ? int(query.query.prog_cnt) : -1;
    }

    QStringList groupOf(const QString &site)
    {
        QProcess getent;
        getent.start(QStringLiteral("getent"), {QStringLiteral("group"), site + QStringLiteral("-people")});
        getent.waitForFinished(5000);
        return QString::fromUtf8(getent.readAll())
            .trimmed()
            .section(QLatin1Char(':'), 3)
            .split(QLatin1Char(','));
    }
};

QTEST_GUILESS_MAIN(TestShellAccess)
#include "tst_shellaccess.moc"
