// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Terminal page without a panel: the system ssh's exact arguments from the panel's connection
// details (for the platform's terminal), the reader of GET /sites/{id}/ssh, the refusals (no shell
// there, no shell for the caller, offline). The embedded terminal's shell over libssh, against a
// real panel and sshd, is tst_terminalshell.cpp's.
#include "terminal/sshconnection.h"
#include "terminal/terminalpage.h"
#include "util/error.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using mws::Error;
using mws::Result;
using mws::ui::SiteView;
using mws::ui::TerminalPage;
using namespace mws::ui::terminal;

namespace {

SshConnection knownConnection()
{
    SshConnection connection;
    connection.host = QStringLiteral("site-3.hosts.example");
    connection.port = 2222;
    connection.username = QStringLiteral("mws-test0001");
    connection.shell = true;
    connection.hostKeys = {QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKey")};
    return connection;
}

QJsonObject answer(const QString &host, int port, const QString &user, bool shell)
{
    return QJsonObject{{QStringLiteral("host"), host},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("username"), user},
                       {QStringLiteral("shell"), shell},
                       {QStringLiteral("people"), QJsonArray()}};
}

} // namespace

class TestTerminalPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sshGetsThePortTheAccountAndStrictHostKeys()
    {
        const TerminalCommand command = sshCommand(knownConnection());
        QCOMPARE(command.program, QStringLiteral("ssh"));
        QCOMPARE(command.arguments,
                 (QStringList{QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                              QStringLiteral("-p"), QStringLiteral("2222"),
                              QStringLiteral("mws-test0001@site-3.hosts.example")}));
    }

    void thePanelsAnswerIsRead()
    {
        const auto read =
            readSshConnection(answer(QStringLiteral("h.example"), 22, QStringLiteral("mws-abc1"), false));
        QVERIFY(read.ok());
        QCOMPARE(read->host, QStringLiteral("h.example"));
        QCOMPARE(read->port, 22);
        QCOMPARE(read->username, QStringLiteral("mws-abc1"));
        QVERIFY(!read->shell);
        QVERIFY(read->hostKeys.isEmpty());

        QJsonObject withKeys = answer(QStringLiteral("h.example"), 22, QStringLiteral("u"), true);
        const auto key = [](const QString &line) { return QJsonObject{{QStringLiteral("publicKey"), line}}; };
        withKeys.insert(QStringLiteral("hostKeys"),
                        QJsonArray{key(QStringLiteral("ssh-ed25519 AAAAkey1 root@h")),
                                   key(QStringLiteral("ecdsa-sha2-nistp256 AAAAkey2"))});
        const auto keys = readSshConnection(withKeys);
        QVERIFY(keys.ok());
        QCOMPARE(keys->hostKeys, (QStringList{QStringLiteral("ssh-ed25519 AAAAkey1"),
                                              QStringLiteral("ecdsa-sha2-nistp256 AAAAkey2")}));
        withKeys.insert(QStringLiteral("hostKeys"), QJsonArray{key(QStringLiteral("ssh-ed25519"))});
        QVERIFY(!readSshConnection(withKeys).ok());

        QJsonObject missing = answer(QStringLiteral("h.example"), 22, QStringLiteral("u"), true);
        missing.remove(QStringLiteral("port"));
        QVERIFY(!readSshConnection(missing).ok());
        QVERIFY(!readSshConnection(answer(QStringLiteral("h.example"), 0, QStringLiteral("u"), true)).ok());
        QVERIFY(
            !readSshConnection(answer(QStringLiteral("h.example"), 70000, QStringLiteral("u"), true)).ok());
        // Never an option to ssh in place of a host or a user.
        QVERIFY(!readSshConnection(answer(QStringLiteral("-oProxyCommand=x"), 22, QStringLiteral("u"), true))
                     .ok());
        QVERIFY(!readSshConnection(answer(QStringLiteral("h"), 22, QStringLiteral("-lroot"), true)).ok());
    }

    void theRefusalsAreSaid()
    {
        QVERIFY(TerminalPage::refusal(knownConnection()).isEmpty());
        SshConnection noShell = knownConnection();
        noShell.shell = false;
        QVERIFY(TerminalPage::refusal(noShell).contains(QStringLiteral("no shell access")));
        Error notFound = Error::make(Error::Kind::NotFound, QStringLiteral("Not found"));
        QVERIFY(TerminalPage::refusal(notFound).contains(QStringLiteral("does not offer shell access")));
        Error network = Error::make(Error::Kind::Network, QStringLiteral("The panel could not be reached"));
        QVERIFY(TerminalPage::refusal(network).contains(QStringLiteral("The panel could not be reached")));
    }

    void thePlatformsTerminalRunsSsh()
    {
        const TerminalCommand ssh = sshCommand(knownConnection());
        QCOMPARE(externalTerminalCommand(ssh, Platform::Linux),
                 (TerminalCommand{QStringLiteral("x-terminal-emulator"),
                                  QStringList{QStringLiteral("-e"), QStringLiteral("ssh")} + ssh.arguments}));
        QCOMPARE(
            externalTerminalCommand(ssh, Platform::Windows),
            (TerminalCommand{QStringLiteral("wt"),
                             QStringList{QStringLiteral("new-tab"), QStringLiteral("ssh")} + ssh.arguments}));
        QCOMPARE(externalTerminalCommand(ssh, Platform::MacOS, QStringLiteral("/tmp/s.command")),
                 (TerminalCommand{
                     QStringLiteral("open"),
                     {QStringLiteral("-a"), QStringLiteral("Terminal"), QStringLiteral("/tmp/s.command")}}));
        const TerminalCommand quoted{QStringLiteral("ssh"), {QStringLiteral("it's")}};
        QCOMPARE(terminalScript(quoted), QStringLiteral("#!/bin/sh\nexec 'ssh' 'it'\\''s'\n"));
    }

    void withoutASiteOrOfflineItDoesNotConnect()
    {
        TerminalPage page;
        auto *connect = page.findChild<QPushButton *>(QStringLiteral("terminalConnectButton"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("terminalStatus"));
        QVERIFY(connect && status);
        // With the embedded terminal, the key to log in with is chosen beside Connect, as in Files.
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("terminalKey")) != nullptr,
                 TerminalPage::hasEmbeddedTerminal());
        page.setSite(SiteView{});
        QVERIFY(!connect->isEnabled());

        SiteView offline;
        offline.siteId = QStringLiteral("site-3");
        offline.offline = true;
        page.setSite(offline);
        QVERIFY(!connect->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("cannot connect")));
    }
};

QTEST_MAIN(TestTerminalPage)
#include "tst_terminalpage.moc"
