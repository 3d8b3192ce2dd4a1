// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <libssh/libssh.h>
#include <list>

namespace mws {

// The forwarding loop of an SshTunnel, on its session's worker: accepts local connections,
// opens a direct-tcpip channel for each and copies both ways until stop() (from any thread).
class TunnelForwarder
{
public:
    TunnelForwarder(const QString &targetHost, quint16 targetPort);
    ~TunnelForwarder();
    TunnelForwarder(const TunnelForwarder &) = delete;
    TunnelForwarder &operator=(const TunnelForwarder &) = delete;

    // Listens on 127.0.0.1:port (0: any); the port, or 0 with error set.
    quint16 listen(quint16 port, QString *error);
    // Runs until stop(); the session must be connected and stay with this thread.
    void run(ssh_session session);
    void stop();

private:
    struct Link
    {
        int socket = -1;
        ssh_channel channel = nullptr;
        QByteArray toSocket;      // read from the channel, not yet taken by the socket
        bool socketDone = false;  // the local side closed its sending half
        bool channelDone = false; // the server side did
    };

    void accept(ssh_session session);
    bool copyFromSocket(Link &link);
    bool copyFromChannel(Link &link);
    void waitForWork(ssh_session session);
    static void closeLink(Link &link);

    const QByteArray m_targetHost;
    const quint16 m_targetPort;
    int m_listener = -1;
    int m_wake[2] = {-1, -1}; // stop() writes here to end the wait in poll()
    std::atomic<bool> m_stopping{false};
    std::list<Link> m_links;
};

} // namespace mws
