// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The fleet as the panel's inventory describes it, and VM actions that leave a trace in the
// panel's audit trail although the panel never sees the libvirt calls.

#include "model/inventory.h"
#include "staff/fleet.h"

#include <QFuture>
#include <QUuid>

namespace mws {

namespace api {
class PanelClient;
}

// One HypervisorSpec per hypervisor of the inventory, with its cluster's name.
QList<HypervisorSpec> hypervisorSpecs(const model::Inventory &inventory);

// What the panel's audit calls the action: start, shutdown, reboot, reset, destroy, suspend, resume.
QString actionCode(DomainAction action);

// Records the action in the panel's audit trail as requested, performs it through the fleet and
// records its result. Not performed when the panel does not record the request (staff mode ended:
// Forbidden), so that nothing is done that the trail does not show. An action done whose result
// could not be recorded fails with that reason.
QFuture<Status> performAudited(Fleet &fleet, api::PanelClient &client, const QString &hypervisor,
                               const QUuid &vm, const QString &domain, DomainAction action);

// What can be done to one snapshot; the audit calls them snapshot.create, .revert and .delete.
enum class SnapshotAction
{
    Create, // a new snapshot of the domain as it is, named `snapshot`
    Revert,
    Delete // this one only: its children become its parent's
};

QString snapshotActionCode(SnapshotAction action);

// As performAudited, for a snapshot: each record names the snapshot in its detail.
QFuture<Status> snapshotAudited(Fleet &fleet, api::PanelClient &client, const QString &hypervisor,
                                const QUuid &vm, const QString &domain, SnapshotAction action,
                                const QString &snapshot, const QString &description = {});

} // namespace mws
