// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sshconnection.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace mws {

// A local port on 127.0.0.1 forwarded over SSH to host:port as the server sees it (a site's
// database, say): each connection to the local port becomes a direct-tcpip channel. The tunnel
// has its own SSH session and worker; its forwarding runs there until close(). Only this machine
// can reach the local port (loopback), as with ssh -L.
class SshTunnel : public QObject
{
    Q_OBJECT

public:
    SshTunnel(const QString &targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~SshTunnel() override; // closes, and waits for the forwarding to end

    // Connects (host key check and sign-in as SshConnection does), listens on 127.0.0.1:localPort
    // (0: any free port) and starts forwarding; the result is the local port.
    QFuture<Result<quint16>> open(const SshConnection::Options &options, quint16 localPort = 0);
    // Stops listening, closes every forwarded connection and the session. Returns at once.
    void close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mws
