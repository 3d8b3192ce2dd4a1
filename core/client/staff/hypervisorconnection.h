// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QDateTime>
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
    // From the bulk statistics only, where the driver gives them (libvirt's test driver gives the
    // state alone): 0 and false otherwise. libvirt reports no uptime.
    quint64 maxMemoryKiB = 0;
    quint64 cpuTimeNs = 0;
    bool hasCpuTime = false;
};

QString stateName(DomainInfo::State state);

// What can be done to one domain.
enum class DomainAction
{
    Start,
    Shutdown, // asks the guest
    Reboot,   // asks the guest
    Reset,    // the reset button
    Destroy,  // force off
    Suspend,
    Resume
};

QString actionName(DomainAction action);

// A lifecycle event of one domain, done by anyone on the hypervisor (virsh, another console).
struct DomainEvent
{
    enum class Kind
    {
        Defined,
        Undefined,
        Started,
        Suspended,
        Resumed,
        Stopped,
        Shutdown, // the guest shut down; Stopped follows
        PMSuspended,
        Crashed,
        Other
    };

    QString name;
    QUuid uuid;
    Kind kind = Kind::Other;
    int detail = 0; // libvirt's virDomainEvent*DetailType for the kind
};

// One snapshot of a domain; the snapshots of a domain form a tree through their parents.
struct SnapshotInfo
{
    QString name;
    QString parent; // empty for a root
    bool current = false;
    QString description;
    QDateTime created; // UTC
    QString state;     // the domain's state when it was taken, in libvirt's words ("running", "shutoff")
};

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
    // Reports progress (one step per domain) and stops between domains when cancelled. One round
    // trip per domain: for a fleet, use domainStats().
    QFuture<Result<QList<DomainInfo>>> domains();
    // Every domain with its state and, where the driver has them, vCPUs, memory and CPU time, in
    // one round trip (virConnectGetAllDomainStats), however many domains there are.
    QFuture<Result<QList<DomainInfo>>> domainStats();

    // One domain, named by UUID (names can change). Errors: NotFound (no such domain or
    // snapshot), Conflict (not possible in its state, e.g. shutting down one that is off).
    QFuture<Status> perform(const QUuid &domain, mws::DomainAction action);
    // The domain's definition as libvirt gives it (virDomainGetXMLDesc), without secrets such as
    // console passwords: for reading, not for defining the domain elsewhere.
    QFuture<Result<QString>> domainXml(const QUuid &domain);
    // Parents before their children, each with its description and when it was taken.
    QFuture<Result<QList<SnapshotInfo>>> snapshots(const QUuid &domain);
    QFuture<Status> createSnapshot(const QUuid &domain, const QString &name, const QString &description = {});
    QFuture<Status> revertToSnapshot(const QUuid &domain, const QString &snapshot);
    QFuture<Status> deleteSnapshot(const QUuid &domain, const QString &snapshot);

Q_SIGNALS:
    // The connection is gone; calls fail from now on. Open a new one to carry on.
    void disconnected(mws::HypervisorConnection::LostReason reason);
    // A domain was defined, started, stopped… by anyone, once open() has succeeded.
    void domainChanged(const mws::DomainEvent &event);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mws
