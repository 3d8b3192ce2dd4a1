// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshtunnel.h"

#include "ssh/tunnelforwarder.h"
#include "threads/blockingworker.h"

namespace mws {

struct SshTunnel::Private
{
    Private(const QString &host, quint16 port) : forwarder(host, port) {}

    TunnelForwarder forwarder; // first: it outlives the session's worker, which runs it
    SshConnection connection;  // its worker joins once the forwarding has ended
};

SshTunnel::SshTunnel(const QString &targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(targetHost, targetPort))
{}

SshTunnel::~SshTunnel()
{
    close();
}

QFuture<Result<quint16>> SshTunnel::open(const SshConnection::Options &options, quint16 localPort)
{
    const QFuture<Result<HostKeyVerdict>> connected = d->connection.connectToHost(options);
    // Runs once the connection's job has finished (one worker, in order).
    QFuture<Result<quint16>> listening = d->connection.worker().call([state = d.get(), connected, localPort] {
        if (connected.resultCount() == 0)
            return Result<quint16>(
                Error::make(Error::Kind::Cancelled, SshTunnel::tr("Opening the tunnel was cancelled.")));
        if (!connected.result())
            return Result<quint16>(connected.result().error());
        QString error;
        const quint16 port = state->forwarder.listen(localPort, &error);
        if (port == 0)
            return Result<quint16>(Error::make(Error::Kind::Backend, error));
        return Result<quint16>(port);
    });
    // Forwards until close(); the worker is this tunnel's alone, so nothing waits behind it.
    d->connection.worker().call([state = d.get(), listening] {
        if (listening.resultCount() > 0 && listening.result() && state->connection.sessionHandle())
            state->forwarder.run(state->connection.sessionHandle());
    });
    return listening;
}

void SshTunnel::close()
{
    d->forwarder.stop();
}

} // namespace mws
