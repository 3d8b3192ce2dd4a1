// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "model/inventory.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace mws::api {

// The staff console's calls to the panel, all of which need staff mode (403 otherwise): the
// fleet's inventory, and the audit record of each VM action the app does through libvirt, which
// the panel cannot see. Made where a call is made (StaffClient(*client).inventory()).
class StaffClient
{
public:
    explicit StaffClient(PanelClient &client) : m_client(client) {}

    QFuture<Result<Fetched<model::Inventory>>> inventory(const QByteArray &ifNoneMatch = {});
    // The whole inventory, if it is still at the version etag names (PreconditionFailed if not).
    QFuture<Result<model::Inventory>> replaceInventory(const model::Inventory &inventory,
                                                       const QByteArray &etag);

    enum class Phase
    {
        Requested,
        Succeeded,
        Failed,
    };
    // action: start, shutdown, reboot, reset, destroy, suspend, resume, snapshot.create,
    // snapshot.revert, snapshot.delete, move or cluster-command; detail: what libvirt said.
    QFuture<Status> recordVmAction(const QString &hypervisor, const QString &domain, const QString &action,
                                   Phase phase, const QString &detail = {});

private:
    PanelClient &m_client;
};

} // namespace mws::api
