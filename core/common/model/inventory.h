// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The fleet as staff describe it to the panel: clusters of hypervisors (each reached at a libvirt
// URI) and which VM on which hypervisor is which of the panel's hosts. The panel keeps it and
// hands it to elevated staff only; the desktop connects to the hypervisors itself, with the staff
// member's own credentials, so the hypervisors' own access decides what libvirt may do.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mws::model {

struct Hypervisor
{
    QString name; // "hv1a"
    QString uri;  // "qemu+ssh://hv1a.example/system"
    bool operator==(const Hypervisor &) const = default;
};

struct FleetCluster
{
    QString name;
    // How its VMs are started, stopped and moved: "libvirt" (by the app) or "pacemaker" (by the
    // cluster's command over SSH; the app never uses libvirt verbs on them).
    QString managedBy = QStringLiteral("libvirt");
    QList<Hypervisor> hypervisors;
    bool operator==(const FleetCluster &) const = default;
};

// One of the panel's hosts and the VM that is it.
struct HostVm
{
    QString host;       // the panel's name for the host ([host] name)
    QString hypervisor; // a Hypervisor's name
    QString domain;     // the libvirt domain's name there
    bool operator==(const HostVm &) const = default;
};

struct Inventory
{
    QList<FleetCluster> clusters;
    QList<HostVm> hosts;
    qint64 version = 0; // 0: never written
    QDateTime updatedAt;
    QString updatedBy;

    // The API's form: {clusters: [{name, managedBy, hypervisors: [{name, uri}]}],
    // hosts: [{host, hypervisor, domain}], version, updatedAt, updatedBy}.
    QJsonObject toJson() const;
    // The document alone (clusters and hosts), as stored and as a PUT sends it.
    QJsonObject documentJson() const;
    static Inventory fromJson(const QJsonObject &json);
};

} // namespace mws::model
