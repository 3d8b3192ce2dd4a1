// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

namespace mws {

// A domain (VM) as libvirt reports it.
struct DomainInfo
{
    enum class State
    {
        Unknown,
        Running,
        Blocked,
        Paused,
        ShuttingDown,
        ShutOff,
        Crashed,
        Suspended
    };

    QString name;
    QUuid uuid;
    State state = State::Unknown;
    quint64 memoryKiB = 0;
    int virtualCpus = 0;
};

QString stateName(DomainInfo::State state);

// One libvirt connection. libvirt's calls block (each one is a round trip to the daemon, which
// may be far away or hung), so they all run on the connection's own BlockingWorker and every call
// here returns at once with a QFuture; read it with .then(context, …). Calls run in the order
// made; open() first. Destroying the connection cancels the calls not yet started, waits for the
// running one and closes the connection on its thread; keepalive bounds that wait.
class HypervisorConnection : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // A remote daemon that stops answering is given up after about interval × (count + 1)
        // seconds: the call waiting on it fails, and disconnected(NotAnswering) follows.
        int keepAliveIntervalSeconds = 5;
        unsigned keepAliveCount = 2;
    };

    enum class LostReason
    {
        Closed,      // the daemon closed the connection, or it failed
        NotAnswering // keepalive gave up
    };
    Q_ENUM(LostReason)

    explicit HypervisorConnection(const QString &uri, QObject *parent = nullptr);
    HypervisorConnection(const QString &uri, Options options, QObject *parent = nullptr);
    ~HypervisorConnection() override;

    QString requestedUri() const;

    QFuture<Status> open();
    // Empty if not connected.
    QFuture<QString> uri();
    QFuture<QString> hostName();
    // Reports progress (one step per domain) and stops between domains when cancelled.
    QFuture<Result<QList<DomainInfo>>> domains();

Q_SIGNALS:
    // The connection is gone; calls fail from now on. Open a new one to carry on.
    void disconnected(mws::HypervisorConnection::LostReason reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mws
