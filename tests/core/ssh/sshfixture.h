// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sshconnection.h"
#include "sshserver.h"

#include <QFuture>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace mws::test {

// A call's result, waited for with the event loop running as the app's GUI thread would; a call
// that never ends stops the test run.
template <typename T> T resultOf(const QFuture<T> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 50000))
        qFatal("an SSH call did not finish");
    return future.result();
}

// Runs a program and returns its standard output; error says why when it failed.
QString runProgram(const QString &program, const QStringList &arguments, QString *error,
                   const QStringList &environment = {});

// A Unix user for logins, made with useradd (a home, a shell, no password but not locked) and
// removed with its home when the object goes. Tests run as root in the build root.
class TestUnixUser
{
public:
    explicit TestUnixUser(const QString &name) : m_name(name) {}
    ~TestUnixUser();
    TestUnixUser(const TestUnixUser &) = delete;
    TestUnixUser &operator=(const TestUnixUser &) = delete;

    bool create(QString *error);
    QString name() const { return m_name; }
    QString home() const { return QStringLiteral("/home/") + m_name; }

private:
    QString m_name;
    bool m_created = false;
};

// A private sshd (SshServer) that lets one user in with the keys in its authorized_keys file
// (<dir>/ak/<user>) and serves SFTP, in a temporary folder of its own.
class SshSite
{
public:
    bool start(const QString &user, QString *error);
    bool restart(QString *error); // the same host keys, on a new port
    SshServer &server() { return m_server; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A key pair made by ssh-keygen in the site's folder ("client", …), its public half allowed
    // in unless `authorize` is false; returns the private key file.
    QString makeClientKey(const QString &name, const QByteArray &passphrase = {}, bool authorize = true);
    bool authorize(const QString &publicLine);
    // The SSHFP records of the server's host keys, as ssh-keygen -r prints them (SHA-256 only).
    QList<SshfpRecord> sshfpRecords() const;
    // ssh-keygen -l's fingerprint of the server's Ed25519 host key.
    QString ed25519Fingerprint() const;

    SshConnection::Options options(const SshCredentials &credentials, const HostTrust &trust) const;

private:
    QTemporaryDir m_dir;
    SshServer m_server;
    QString m_user;
};

} // namespace mws::test
