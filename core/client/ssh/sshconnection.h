// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/hostkeycheck.h"
#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

struct ssh_session_struct;

namespace mws {

class BlockingWorker;

// How to prove who we are. The private key never leaves memory (keychain text) or its file.
struct SshCredentials
{
    enum class Method
    {
        KeyFile, // an OpenSSH or PEM private key file
        KeyText, // the same, as text (what the OS keychain keeps)
        Agent    // the running ssh-agent (SSH_AUTH_SOCK)
    };

    Method method = Method::Agent;
    QString keyFile;
    QByteArray keyText;
    QByteArray passphrase; // empty: the key has none

    static SshCredentials fromKeyFile(const QString &path, const QByteArray &passphrase = {});
    static SshCredentials fromKeyText(const QByteArray &text, const QByteArray &passphrase = {});
    static SshCredentials fromAgent();
};

// One SSH session (libssh). libssh blocks, so every call runs on the connection's own
// BlockingWorker and returns a QFuture at once; read it with .then(context, …). connectToHost()
// first: it connects, checks the host key (hostkeycheck.h) and only then authenticates.
// Destroying the connection cancels what is queued, waits for the running call (bounded by the
// timeout) and closes the session on its thread.
class SshConnection : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString host;
        quint16 port = 22;
        QString user;
        int timeoutSeconds = 15; // connecting, and every round trip after
        HostTrust trust;
        SshCredentials credentials;
    };

    explicit SshConnection(QObject *parent = nullptr);
    ~SshConnection() override;

    // Cancelling stops a connection that is still being set up.
    QFuture<Result<HostKeyVerdict>> connectToHost(const Options &options);
    QFuture<bool> isConnected();

    // For the SSH parts that share this session (SFTP, channels). Jobs on worker() may use
    // sessionHandle(), which is null until connected. A hook added here runs on the worker
    // before the session is freed, to free what was made from it.
    BlockingWorker &worker();
    ssh_session_struct *sessionHandle() const;
    void addCloseHook(std::function<void()> hook);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mws
