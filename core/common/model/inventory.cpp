// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/inventory.h"

#include "model/types.h"

#include <QJsonArray>

namespace mws::model {

QJsonObject Inventory::toJson() const
{
    QJsonArray clusterList;
    for (const FleetCluster &cluster : clusters) {
        QJsonArray hypervisorList;
        for (const Hypervisor &hypervisor : cluster.hypervisors)
            hypervisorList.append(QJsonObject{{QStringLiteral("name"), hypervisor.name},
                                              {QStringLiteral("uri"), hypervisor.uri}});
        clusterList.append(QJsonObject{{QStringLiteral("name"), cluster.name},
                                       {QStringLiteral("managedBy"), cluster.managedBy},
                                       {QStringLiteral("hypervisors"), hypervisorList}});
    }
    QJsonArray hostList;
    for (const HostVm &host : hosts)
        hostList.append(QJsonObject{{QStringLiteral("host"), host.host},
                                    {QStringLiteral("hypervisor"), host.hypervisor},
                                    {QStringLiteral("domain"), host.domain}});
    return {{QStringLiteral("clusters"), clusterList},
            {QStringLiteral("hosts"), hostList},
            {QStringLiteral("version"), version},
            {QStringLiteral("updatedAt"), timeToJson(updatedAt)},
            {QStringLiteral("updatedBy"), updatedBy.isEmpty() ? QJsonValue() : QJsonValue(updatedBy)}};
}

QJsonObject Inventory::documentJson() const
{
    QJsonObject document = toJson();
    for (const char *meta : {"version", "updatedAt", "updatedBy"})
        document.remove(QLatin1String(meta));
    return document;
}

Inventory Inventory::fromJson(const QJsonObject &json)
{
    Inventory inventory;
    for (const QJsonValue &value : json.value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject object = value.toObject();
        FleetCluster cluster;
        cluster.name = object.value(QStringLiteral("name")).toString();
        cluster.managedBy = object.value(QStringLiteral("managedBy")).toString(cluster.managedBy);
        for (const QJsonValue &hypervisor : object.value(QStringLiteral("hypervisors")).toArray())
            cluster.hypervisors.append({hypervisor[QStringLiteral("name")].toString(),
                                        hypervisor[QStringLiteral("uri")].toString()});
        inventory.clusters.append(cluster);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("hosts")).toArray())
        inventory.hosts.append({value[QStringLiteral("host")].toString(),
                                value[QStringLiteral("hypervisor")].toString(),
                                value[QStringLiteral("domain")].toString()});
    inventory.version = json.value(QStringLiteral("version")).toInteger();
    inventory.updatedAt = timeFromJson(json.value(QStringLiteral("updatedAt")));
    inventory.updatedBy = json.value(QStringLiteral("updatedBy")).toString();
    return inventory;
}

} // namespace mws::model
