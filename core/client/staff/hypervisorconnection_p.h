// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// HypervisorConnection's inside, shared by its two source files: hypervisorconnection.cpp (open,
// close, the per-domain listing) and domainoperations.cpp (bulk stats, events, actions,
// snapshots).

#include "staff/hypervisorconnection.h"
#include "threads/blockingworker.h"

#include <QPromise>

#include <libvirt/libvirt.h>

namespace mws {

// The connection's state is used on its worker thread only, by the jobs and the cleanup.
struct HypervisorConnection::Private
{
    Private(HypervisorConnection *owner, const QString &uriToOpen, Options keepAlive)
        : q(owner), requestedUri(uriToOpen), options(keepAlive),
          worker(QStringLiteral("mws-hypervisor"), [this] { close(); })
    {}

    Status open();
    void close();
    QString uri() const;
    QString hostName() const;
    void listDomains(QPromise<Result<QList<DomainInfo>>> &promise) const;
    Error failure(const QString &message) const;

    // domainoperations.cpp
    void registerEvents();
    void deregisterEvents();
    Result<QList<DomainInfo>> domainStats() const;
    Status perform(const QUuid &uuid, DomainAction action) const;
    Result<QString> domainXml(const QUuid &uuid) const;
    Result<QList<SnapshotInfo>> snapshots(const QUuid &uuid) const;
    Status createSnapshot(const QUuid &uuid, const QString &name, const QString &description) const;
    Status revertToSnapshot(const QUuid &uuid, const QString &name) const;
    Status deleteSnapshot(const QUuid &uuid, const QString &name) const;
    // New references the caller frees.
    Result<virDomainPtr> find(const QUuid &uuid) const;
    Result<virDomainSnapshotPtr> findSnapshot(const QUuid &uuid, const QString &name) const;

    HypervisorConnection *const q;
    const QString requestedUri;
    const Options options;
    virConnectPtr connection = nullptr;
    int lifecycleCallback = -1;
    BlockingWorker worker; // last: stopped, and the connection closed, before the rest goes
};

namespace libvirt {

QString lastError();
DomainInfo::State toState(int state);
Error notConnected();

} // namespace libvirt

} // namespace mws
