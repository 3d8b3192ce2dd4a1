// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Two sites on a real host with shell access: the panel makes people's accounts, members groups
// and key files, and a real sshd (with the panel's own drop-in) lets people in with OpenSSH's
// client, exactly as a person's terminal would.
#include "sshkeygen.h"
#include "sshserver.h"
#include "twositefixture.h"

#include <QTemporaryDir>

namespace mws::test {

// A key pair a person logs in with: its public line, and its private half in a file of its own.
struct LoginKey
{
    GeneratedSshKey key;
    QString privateFile;
};

class ShellFixture
{
public:
    TwoSiteFixture two;
    SshServer sshd;
    QTemporaryDir scratch;

    // address: what the panel tells clients to connect to (a name only the tests' own ssh
    // command line maps, or 127.0.0.1 for a client that resolves it).
    // tunnelTo: where the one forward allowed goes ("host:port"; empty: the panel's default).
    QString start(const QString &address = QStringLiteral("shell.host.test"), const QString &tunnelTo = {})
    {
        QString error;
        if (!SshServer::isAvailable(&error))
            return error;
        const QString sshDir = scratch.filePath(QStringLiteral("sshd"));
        if (!sshd.prepare(sshDir, &error))
            return error;
        ::chmod(QFile::encodeName(scratch.path()).constData(), 0755);
        PanelProcess::Options options;
        options.shellAccess = true;
        options.sshHostKeyFiles = sshd.hostPublicKeyFiles();
        options.sshPort = sshd.port();
        options.sshLogFile = sshd.logFile();
        options.sshAddress = address;
        options.sshTunnelTo = tunnelTo;
        if (error = two.start(options); !error.isEmpty())
            return error;
        const QString dropIn = two.panel().hostRoot() + QStringLiteral("/ssh/sshd.conf");
        if (!sshd.start(sshDir, {QStringLiteral("Include ") + dropIn}, &error, two.panel().peopleCgroup()))
            return error;
        QFile knownHosts(knownHostsFile());
        if (!knownHosts.open(QIODevice::WriteOnly) || knownHosts.write(sshd.knownHosts().toUtf8()) < 0)
            return QStringLiteral("cannot write known_hosts");
        return {};
    }

    QString knownHostsFile() { return scratch.filePath(QStringLiteral("known_hosts")); }
    QString user(const QString &crsid) { return two.panel().personUser(crsid); }

    LoginKey makeKey(const QString &comment)
    {
        LoginKey made;
        made.key = makeSshKey(scratch.path(), QStringLiteral("ed25519"), 0, comment);
        static int count = 0;
        made.privateFile = scratch.filePath(QStringLiteral("login-key-%1").arg(++count));
        QFile file(made.privateFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(made.key.privateText.toLatin1());
        file.close();
        ::chmod(QFile::encodeName(made.privateFile).constData(), 0600);
        return made;
    }

    // The person's key, added through the API; its id.
    QString uploadKey(const QString &token, const LoginKey &key)
    {
        const HttpReply reply =
            two.http.sendJson("POST", two.panel().url(QStringLiteral("/api/v1/me/ssh-keys")),
                              {{QStringLiteral("key"), key.key.publicLine}}, token);
        const QString id = reply.json().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            qWarning("adding a key answered %d: %s %s", reply.status, reply.body.constData(),
                     qPrintable(reply.error));
        return id;
    }

    // What a failed wait prints: the panel's and sshd's last words.
    QString why()
    {
        return two.panel().describe() + QStringLiteral("\nsshd's log ends:\n") + sshd.log().right(1500);
    }

    bool removeKey(const QString &token, const QString &keyId)
    {
        return two.http
                   .send("DELETE", two.panel().url(QStringLiteral("/api/v1/me/ssh-keys/") + keyId), {},
                         {{"Authorization", "Bearer " + token.toUtf8()}})
                   .status == 204;
    }

    QStringList sshArguments(const QString &user, const LoginKey &key, const QString &command) const
    {
        return {QStringLiteral("-F"),
                QStringLiteral("/dev/null"),
                QStringLiteral("-p"),
                QString::number(sshd.port()),
                QStringLiteral("-i"),
                key.privateFile,
                QStringLiteral("-o"),
                QStringLiteral("IdentitiesOnly=yes"),
                QStringLiteral("-o"),
                QStringLiteral("BatchMode=yes"),
                QStringLiteral("-o"),
                QStringLiteral("UserKnownHostsFile=") + const_cast<ShellFixture *>(this)->knownHostsFile(),
                QStringLiteral("-o"),
                QStringLiteral("StrictHostKeyChecking=yes"),
                QStringLiteral("-o"),
                QStringLiteral("ConnectTimeout=10"),
                user + QStringLiteral("@127.0.0.1"),
                command};
    }

    // Runs command over SSH as user with key; exit code 255 is OpenSSH's own refusal.
    Ran ssh(const QString &user, const LoginKey &key, const QString &command)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("ssh"), sshArguments(user, key, command));
        if (!process.waitForFinished(30000))
            process.kill();
        return Ran{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
    }

    // Waits until shell access on the host is as the store says: the panel syncs every second,
    // so a login that should work works within a few.
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (condition())
                return true;
            QTest::qWait(250);
        }
        return condition();
    }
};

} // namespace mws::test
