// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mws::test {

// A private OpenSSH sshd on a free loopback port, as the host's own would run with the panel's
// drop-in: host keys of the three kinds SSHFP names (ed25519, ecdsa, rsa) made for the run, no
// PAM, no passwords. It logs VERBOSE (each login with its key's fingerprint) to its own file.
// It ends with the test. Tests run as root in the build root, as sshd must.
class SshServer
{
public:
    SshServer() = default;
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    static bool isAvailable(QString *reason);

    // Makes its host keys in directory and chooses its port, for a panel that must know both
    // before sshd starts (start() does it when it was not done).
    bool prepare(const QString &directory, QString *error);
    // Starts it in directory (made traversable by everyone: sshd reads keys as the user logging
    // in) with extraConfig appended to its sshd_config (an Include, AuthorizedKeysFile, Match
    // blocks). It is checked with sshd -t first; on failure error says why. cgroup, if not empty, is
    // a cgroup v2 path sshd joins before it runs, and so every login it starts (as a host's
    // session manager puts logins somewhere of its choosing).
    bool start(const QString &directory, const QStringList &extraConfig, QString *error,
               const QString &cgroup = {});
    void stop(); // SIGTERM, and waits
    bool isRunning() const;

    quint16 port() const { return m_port; }
    // The host's public key files (".pub"), ed25519 first.
    QStringList hostPublicKeyFiles() const;
    // What sshd has written to its log so far, and where.
    QString log() const;
    QString logFile() const { return m_directory + QStringLiteral("/sshd.log"); }
    // A known_hosts line for each host key ("[127.0.0.1]:port type base64").
    QString knownHosts() const;

private:
    QString m_directory;
    quint16 m_port = 0;
    QProcess m_daemon;
};

} // namespace mws::test
