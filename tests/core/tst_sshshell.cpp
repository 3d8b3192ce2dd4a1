// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A shell on a pseudo-terminal through libssh against a private sshd, as a Unix user the test
// makes: what is typed runs as that user and what it prints comes back, the terminal's size
// reaches the host, the exit status is told, a reader that falls behind holds the shell back
// instead of filling memory, and destroying the shell ends the user's session on the host.
#include "ssh/sshfixture.h"
#include "ssh/sshshell.h"

#include <QDir>
#include <QTest>

#include <optional>
#include <pwd.h>

using mws::SshConnection;
using mws::SshCredentials;
using mws::SshShell;
using mws::test::resultOf;
using mws::test::SshServer;
using mws::test::SshSite;
using mws::test::TestUnixUser;

namespace {

const QString userName = QStringLiteral("mwsshelltest");

// How many processes run as the user: the session's sshd and its shell while it is open.
int processesOf(const QString &user)
{
    const passwd *entry = ::getpwnam(user.toLocal8Bit().constData());
    if (!entry)
        return -1;
    const QByteArray uid = QByteArray::number(entry->pw_uid);
    int count = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!pid.at(0).isDigit() || !status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Uid:") && line.mid(4).simplified().split(' ').value(0) == uid)
                ++count;
    }
    return count;
}

// Everything the shell prints, gathered as it comes.
struct Screen
{
    explicit Screen(SshShell &shell)
    {
        QObject::connect(&shell, &SshShell::readyRead, &shell, [this, &shell] { text += shell.read(); });
        QObject::connect(&shell, &SshShell::ended, &shell, [this](int status) { exitStatus = status; });
    }
    bool waitFor(const QByteArray &what, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return text.contains(what); }, timeoutMs);
    }
    QByteArray text;
    std::optional<int> exitStatus;
};

} // namespace

class TestSshShell : public QObject
{
    Q_OBJECT

private:
    TestUnixUser m_user{userName};
    SshSite m_site;
    QString m_key;

    bool connect(SshConnection &connection)
    {
        const auto connected = resultOf(connection.connectToHost(
            m_site.options(SshCredentials::fromKeyFile(m_key),
                           {m_site.sshfpRecords(), m_site.path(QStringLiteral("known_hosts"))})));
        if (!connected)
            qWarning("%s", qPrintable(connected.error().fullText()));
        return bool(connected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshServer::isAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_user.create(&why), qPrintable(why));
        QVERIFY2(m_site.start(userName, &why), qPrintable(why));
        m_key = m_site.makeClientKey(QStringLiteral("client"));
        QVERIFY(!m_key.isEmpty());
    }

    void whatIsTypedRunsAsTheUserAndTheExitStatusIsTold()
    {
        SshConnection connection;
        QVERIFY(connect(connection));
        SshShell shell(connection);
        Screen screen(shell);
        const mws::Status opened = resultOf(shell.open(100, 30));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        shell.write("echo $((6*7)) ; id -un ; stty size\n");
        QVERIFY2(screen.waitFor("42\r\n" + userName.toUtf8() + "\r\n30 100\r\n"), screen.text.constData());

        shell.resize(120, 40);
        shell.write("stty size\n");
        QVERIFY2(screen.waitFor("40 120\r\n"), screen.text.constData());

        shell.write("exit 3\n");
        QVERIFY(QTest::qWaitFor([&] { return screen.exitStatus.has_value(); }, 15000));
        QCOMPARE(*screen.exitStatus, 3);
    }

    void aReaderThatIsBehindHoldsTheShellBack()
    {
        SshConnection connection;
        QVERIFY(connect(connection));
        SshShell shell(connection);
        QVERIFY(resultOf(shell.open(80, 24)));
        shell.write("head -c 4000000 /dev/zero | tr '\\0' x ; echo ; echo done-$((1+1))\n");
        QTest::qWait(2000); // nobody reads meanwhile
        QByteArray text = shell.read();
        QVERIFY2(text.size() <= 1024 * 1024 + 64 * 1024, qPrintable(QString::number(text.size())));
        QVERIFY(QTest::qWaitFor(
            [&] {
                text += shell.read();
                return text.contains("done-2\r\n");
            },
            30000));
        QVERIFY(text.count('x') >= 4000000);
    }

    void destroyingTheShellEndsTheSessionOnTheHost()
    {
        auto connection = std::make_unique<SshConnection>();
        QVERIFY(connect(*connection));
        auto shell = std::make_unique<SshShell>(*connection);
        Screen screen(*shell);
        QVERIFY(resultOf(shell->open(80, 24)));
        shell->write("echo ready-$((1+1))\n");
        QVERIFY2(screen.waitFor("ready-2"), screen.text.constData());
        QVERIFY(processesOf(userName) > 0);
        shell.reset();
        connection.reset();
        QVERIFY(QTest::qWaitFor([] { return processesOf(userName) == 0; }, 15000));
        QVERIFY(!screen.exitStatus.has_value());
    }

    void closingTheShellAloneEndsItsSession()
    {
        SshConnection connection;
        QVERIFY(connect(connection));
        SshShell shell(connection);
        Screen screen(shell);
        QVERIFY(resultOf(shell.open(80, 24)));
        shell.write("echo $((2*21))-here\n");
        QVERIFY2(screen.waitFor("42-here"), screen.text.constData());
        const int before = processesOf(userName);
        shell.close();
        // The shell goes; the connection stays and answers.
        QVERIFY(QTest::qWaitFor([&] { return processesOf(userName) < before; }, 15000));
        QVERIFY(resultOf(connection.isConnected()));
    }
};

QTEST_GUILESS_MAIN(TestSshShell)
#include "tst_sshshell.moc"
