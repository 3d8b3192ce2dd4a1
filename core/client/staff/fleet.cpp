// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/fleet.h"

#include "staff/fleetmodel.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace mws {

struct Fleet::Host
{
    HypervisorSpec spec;
    std::unique_ptr<HypervisorConnection> connection;
    bool connected = false;
    bool refreshing = false;
    bool refreshAgain = false;
    int generation = 0; // of the connection: answers for an older one are dropped
    int delayMs = 0;
    QTimer reconnect;
    QTimer afterEvents;
};

Fleet::Fleet(QList<HypervisorSpec> hypervisors, QObject *parent)
    : Fleet(std::move(hypervisors), Options{}, parent)
{}

Fleet::Fleet(QList<HypervisorSpec> hypervisors, Options options, QObject *parent)
    : QObject(parent), m_options(options), m_model(new FleetModel(this)), m_refreshTimer(new QTimer(this))
{
    for (HypervisorSpec &spec : hypervisors) {
        auto host = std::make_unique<Host>();
        host->spec = std::move(spec);
        host->delayMs = m_options.reconnectFirstDelayMs;
        host->reconnect.setSingleShot(true);
        host->afterEvents.setSingleShot(true);
        host->afterEvents.setInterval(m_options.eventRefreshDelayMs);
        Host *raw = host.get();
        connect(&host->reconnect, &QTimer::timeout, this, [this, raw] { connectHost(*raw); });
        connect(&host->afterEvents, &QTimer::timeout, this, [this, raw] { refresh(raw->spec.name); });
        m_hosts.push_back(std::move(host));
    }
    m_refreshTimer->setInterval(m_options.refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &Fleet::refreshAll);
}

// The connections go first: each waits for its running call and closes on its own thread.
Fleet::~Fleet() = default;

void Fleet::start()
{
    for (const auto &host : m_hosts)
        connectHost(*host);
    if (m_options.refreshIntervalMs > 0)
        m_refreshTimer->start();
}

FleetModel *Fleet::model() const
{
    return m_model;
}

QStringList Fleet::hypervisors() const
{
    QStringList names;
    for (const auto &host : m_hosts)
        names.append(host->spec.name);
    return names;
}

Fleet::Host *Fleet::find(const QString &name) const
{
    const auto found = std::find_if(m_hosts.cbegin(), m_hosts.cend(),
                                    [&](const auto &host) { return host->spec.name == name; });
    return found == m_hosts.cend() ? nullptr : found->get();
}

bool Fleet::isConnected(const QString &hypervisor) const
{
    const Host *host = find(hypervisor);
    return host && host->connected;
}

int Fleet::reconnectDelayMs(const QString &hypervisor) const
{
    const Host *host = find(hypervisor);
    return host && !host->connected ? host->delayMs : 0;
}

HypervisorConnection *Fleet::connection(const QString &hypervisor) const
{
    const Host *host = find(hypervisor);
    return host && host->connected ? host->connection.get() : nullptr;
}

void Fleet::connectHost(Host &host)
{
    const int generation = ++host.generation;
    host.refreshing = false;
    host.refreshAgain = false;
    host.connection = std::make_unique<HypervisorConnection>(host.spec.uri, m_options.connection);
    HypervisorConnection *connection = host.connection.get();
    Host *raw = &host;
    connect(connection, &HypervisorConnection::disconnected, this, [this, raw, generation] {
        if (raw->generation == generation)
            lose(*raw, tr("The connection to %1 was lost.").arg(raw->spec.name));
    });
    connect(connection, &HypervisorConnection::domainChanged, this,
            [this, raw](const DomainEvent &event) { onDomainChanged(*raw, event); });
    connection->open().then(this, [this, raw, generation](const Status &opened) {
        if (raw->generation != generation)
            return;
        if (!opened.ok()) {
            lose(*raw, opened.error().fullText());
            return;
        }
        raw->connected = true;
        raw->delayMs = m_options.reconnectFirstDelayMs;
        m_model->setHostConnected(raw->spec.name, true);
        Q_EMIT hypervisorConnected(raw->spec.name);
        if (m_options.refreshOnConnect)
            refresh(raw->spec.name);
    });
}

void Fleet::lose(Host &host, const QString &reason)
{
    ++host.generation;
    host.connected = false;
    host.refreshing = false;
    host.afterEvents.stop();
    if (host.connection) {
        // Not destroyed inside its own signal: later, from the event loop.
        host.connection->disconnect(this);
        m_retired.push_back(std::move(host.connection));
        QMetaObject::invokeMethod(this, [this] { m_retired.clear(); }, Qt::QueuedConnection);
    }
    m_model->setHostConnected(host.spec.name, false);
    Q_EMIT hypervisorDisconnected(host.spec.name, reason);
    host.reconnect.start(host.delayMs);
    host.delayMs = std::min(host.delayMs * 2, m_options.reconnectMaxDelayMs);
}

void Fleet::refreshAll()
{
    for (const auto &host : m_hosts)
        refresh(host->spec.name);
}

void Fleet::refresh(const QString &hypervisor)
{
    Host *host = find(hypervisor);
    if (!host || !host->connected)
        return;
    if (host->refreshing) {
        host->refreshAgain = true; // one more once this one is in, not one per request
        return;
    }
    host->refreshing = true;
    const int generation = host->generation;
    host->connection->domainStats().then(
        this, [this, host, generation](const Result<QList<DomainInfo>> &listed) {
            if (host->generation != generation)
                return;
            host->refreshing = false;
            if (listed.ok()) {
                m_model->applyListing(host->spec.name, host->spec.cluster, listed.value(),
                                      QDateTime::currentMSecsSinceEpoch());
                Q_EMIT refreshed(host->spec.name);
            } else {
                Q_EMIT refreshFailed(host->spec.name, listed.error().fullText());
            }
            if (std::exchange(host->refreshAgain, false))
                refresh(host->spec.name);
        });
}

void Fleet::onDomainChanged(Host &host, const DomainEvent &event)
{
    m_model->applyEvent(host.spec.name, host.spec.cluster, event);
    // Events carry the state only; one bulk listing after a burst brings the rest.
    host.afterEvents.start();
}

QFuture<Status> Fleet::perform(const QString &hypervisor, const QUuid &vm, DomainAction action)
{
    const Host *host = find(hypervisor);
    if (!host || !host->connected) {
        return QtFuture::makeReadyValueFuture(Status(Error::make(
            Error::Kind::Unavailable, tr("The hypervisor %1 is not connected.").arg(hypervisor))));
    }
    return host->connection->perform(vm, action);
}

} // namespace mws
