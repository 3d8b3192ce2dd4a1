// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// How the site host starts programs: with descriptors 0-2 only, whatever the panel has open, and
// for a site, inside the site's cgroup, whose bind filter keeps the site to its own backend port.
#include "processrunner.h"
#include "sitecgroup.h"
#include "webservers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTest>

#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mws::host;

namespace {

struct Finished
{
    int exitCode = -2;
    QString output;
};

Finished run(const QString &program, const QStringList &arguments, const RunAs &runAs)
{
    QObject context;
    Finished finished;
    bool done = false;
    runProcess(&context, program, arguments, runAs, [&](int exitCode, const QString &output) {
        finished = {exitCode, output};
        done = true;
    });
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return finished;
}

// Lists the descriptors of the shell that runs it, with what each is ("socket:[1234]"). The
// listing itself holds one on /proc/<pid>/fd, closed before readlink runs.
const QString listDescriptors =
    QStringLiteral("for f in /proc/$$/fd/*; do echo \"${f##*/} $(readlink $f)\"; done");

QString socketName(int fd)
{
    struct stat st = {};
    return ::fstat(fd, &st) == 0 ? QStringLiteral("socket:[%1]").arg(st.st_ino) : QString();
}

// Binds one port in Python and says whether it could.
QString bindScript(int port)
{
    return QStringLiteral("import socket\ns = socket.socket()\ntry:\n    s.bind(('127.0.0.1', %1))\n"
                          "    print('bound')\nexcept OSError as e:\n    print(e.strerror)\n")
        .arg(port);
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private:
    QString m_cgroup; // this run's cgroup path, below which the sites' are made

    HostConfig config() const
    {
        HostConfig host;
        host.cgroup = m_cgroup;
        host.backendPortFirst = 20000;
        host.backendPortLast = 29999;
        return host;
    }

    Account nobody() const
    {
        const passwd *entry = ::getpwnam("nobody");
        return entry ? Account{entry->pw_uid, entry->pw_gid, {}} : Account{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cgroup = QStringLiteral("/mws-tests/runner-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase() { mws::test::removeCgroupTree(m_cgroup); }

    // A descriptor the panel opened without close-on-exec (as its signal socket once was).
    void onlyStdioReachesTheChild()
    {
        int pair[2] = {-1, -1};
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        const QStringList names{socketName(pair[0]), socketName(pair[1])};
        const Finished finished =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), listDescriptors}, std::nullopt);
        ::close(pair[0]);
        ::close(pair[1]);
        QCOMPARE(finished.exitCode, 0);
        for (const QString &line : finished.output.split(u'\n', Qt::SkipEmptyParts)) {
            QVERIFY2(!names.contains(line.section(u' ', 1)), qPrintable(finished.output));
            // 0-2, and the listing's own
            QVERIFY2(line.section(u' ', 0, 0).toInt() <= 3, qPrintable(finished.output));
        }
        QVERIFY2(finished.output.count(u'\n') >= 3, qPrintable(finished.output));
    }

    void aSitesProcessRunsInTheSitesCgroupAsItsUser()
    {
        if (::geteuid() != 0 || mws::test::cgroup2Mount().isEmpty())
            QSKIP("needs root and a cgroup2 file system");
        QVERIFY(confineSite(config(), QStringLiteral("site1"), 20001).ok());
        Account account = nobody();
        const mws::Result<QString> dir = siteCgroupDir(config(), QStringLiteral("site1"));
        QVERIFY(dir.ok());
        account.cgroupProcs = QFile::encodeName(*dir + QStringLiteral("/cgroup.procs"));
        const Finished finished =
            run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("id -u; cat /proc/self/cgroup")},
                account);
        QCOMPARE(finished.exitCode, 0);
        QVERIFY2(finished.output.contains(QStringLiteral("0::%1/site1").arg(m_cgroup)),
                 qPrintable(finished.output));
        QVERIFY2(finished.output.startsWith(QString::number(account.uid)), qPrintable(finished.output));
    }

    // A process of site1 may bind its own port, ports outside the range, and none of the range's
    // others; a process in no site's cgroup is not held back.
    void theBindFilterKeepsASiteToItsOwnPort()
    {
        if (::geteuid() != 0 || mws::test::cgroup2Mount().isEmpty())
            QSKIP("needs root and a cgroup2 file system");
        QVERIFY(confineSite(config(), QStringLiteral("site1"), 20001).ok());
        Account account = nobody();
        account.cgroupProcs = QFile::encodeName(*siteCgroupDir(config(), QStringLiteral("site1")) +
                                                QStringLiteral("/cgroup.procs"));
        const auto tryBind = [&](int port, const RunAs &runAs) {
            return run(QStringLiteral("python3"), {QStringLiteral("-c"), bindScript(port)}, runAs)
                .output.trimmed();
        };
        QCOMPARE(tryBind(20001, account), QStringLiteral("bound"));
        QCOMPARE(tryBind(20002, account), QStringLiteral("Operation not permitted"));
        QCOMPARE(tryBind(29999, account), QStringLiteral("Operation not permitted"));
        QCOMPARE(tryBind(20000, account), QStringLiteral("Operation not permitted"));
        QCOMPARE(tryBind(19999, account), QStringLiteral("bound"));
        QCOMPARE(tryBind(30000, account), QStringLiteral("bound"));
        QCOMPARE(tryBind(20002, std::nullopt), QStringLiteral("bound"));
        // Attached again (as at every start of the panel) with another port: replaced, not added.
        QVERIFY(confineSite(config(), QStringLiteral("site1"), 20002).ok());
        QCOMPARE(tryBind(20002, account), QStringLiteral("bound"));
        QCOMPARE(tryBind(20001, account), QStringLiteral("Operation not permitted"));
    }

    // Without its cgroup a site's process does not start at all.
    void aMissingCgroupStopsTheStart()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to change user");
        Account account = nobody();
        account.cgroupProcs = "/nonexistent/cgroup.procs";
        QVERIFY(run(QStringLiteral("true"), {}, account).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
