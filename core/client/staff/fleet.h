// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "staff/hypervisorconnection.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QTimer;

namespace mws {

class FleetModel;

// One hypervisor of the fleet, as the staff inventory names it.
struct HypervisorSpec
{
    QString name;    // e.g. "hv-a1"
    QString cluster; // the pair it belongs to
    QString uri;     // libvirt URI
};

// Every VM on several hypervisors: one HypervisorConnection each (opened on its own worker, off
// the caller's thread), refreshed with one bulk call per hypervisor and kept current by lifecycle
// events in between. A hypervisor whose connection fails or is lost is marked disconnected (its
// VMs stay in the model as "host unreachable") and reopened with a doubling back-off up to a cap.
// Lives on the thread that made it (the GUI thread), like its model.
class Fleet : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int refreshIntervalMs = 15000; // bulk refresh of every connected hypervisor (CPU use)
        int eventRefreshDelayMs = 300; // a refresh this long after the last event of a burst
        int reconnectFirstDelayMs = 1000;
        int reconnectMaxDelayMs = 60000; // the back-off's cap
        bool refreshOnConnect = true;
        HypervisorConnection::Options connection;
    };

    explicit Fleet(QList<HypervisorSpec> hypervisors, QObject *parent = nullptr);
    Fleet(QList<HypervisorSpec> hypervisors, Options options, QObject *parent = nullptr);
    ~Fleet() override;

    // Opens every connection; each reports hypervisorConnected() or hypervisorDisconnected().
    void start();
    FleetModel *model() const;
    QStringList hypervisors() const;
    bool isConnected(const QString &hypervisor) const;
    // The delay before the next attempt to reconnect (0 while connected).
    int reconnectDelayMs(const QString &hypervisor) const;
    // For calls the fleet does not wrap (snapshots); null while disconnected.
    HypervisorConnection *connection(const QString &hypervisor) const;

    // One bulk listing per connected hypervisor; refreshed() follows for each.
    void refreshAll();
    void refresh(const QString &hypervisor);
    // Fails at once (Unavailable) while the hypervisor is disconnected.
    QFuture<Status> perform(const QString &hypervisor, const QUuid &vm, mws::DomainAction action);

Q_SIGNALS:
    void hypervisorConnected(const QString &hypervisor);
    void hypervisorDisconnected(const QString &hypervisor, const QString &reason);
    void refreshed(const QString &hypervisor);
    void refreshFailed(const QString &hypervisor, const QString &reason);

private:
    struct Host;

    Host *find(const QString &name) const;
    void connectHost(Host &host);
    void lose(Host &host, const QString &reason);
    void onDomainChanged(Host &host, const DomainEvent &event);

    Options m_options;
    std::vector<std::unique_ptr<Host>> m_hosts;
    // Lost connections, destroyed from the event loop rather than inside their own signal.
    std::vector<std::unique_ptr<HypervisorConnection>> m_retired;
    FleetModel *m_model;
    QTimer *m_refreshTimer;
};

} // namespace mws
