// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/staffrequest.h"

#include "api/panelcall.h"

#include <QJsonArray>

namespace mws::api {

namespace {

using json::check;
using json::Type;

Result<model::Inventory> readInventory(const QJsonObject &json)
{
    if (auto checked = check(json, "inventory",
                             {{"clusters", Type::Array},
                              {"hosts", Type::Array},
                              {"version", Type::Number},
                              {"updatedAt", Type::NullableTime}});
        !checked.ok())
        return checked.error();
    for (const QJsonValue &cluster : json.value(QLatin1String("clusters")).toArray()) {
        if (auto checked =
                check(cluster.toObject(), "cluster",
                      {{"name", Type::String}, {"managedBy", Type::String}, {"hypervisors", Type::Array}});
            !checked.ok())
            return checked.error();
        for (const QJsonValue &hypervisor : cluster[QLatin1String("hypervisors")].toArray())
            if (auto checked = check(hypervisor.toObject(), "hypervisor",
                                     {{"name", Type::String}, {"uri", Type::String}});
                !checked.ok())
                return checked.error();
    }
    for (const QJsonValue &host : json.value(QLatin1String("hosts")).toArray())
        if (auto checked =
                check(host.toObject(), "host",
                      {{"host", Type::String}, {"hypervisor", Type::String}, {"domain", Type::String}});
            !checked.ok())
            return checked.error();
    return model::Inventory::fromJson(json);
}

const QString inventoryPath = QStringLiteral("api/v1/staff/inventory");

} // namespace

QFuture<Result<Fetched<model::Inventory>>> StaffClient::inventory(const QByteArray &ifNoneMatch)
{
    return fetch<model::Inventory>(m_client, m_client.url(inventoryPath), &readInventory, ifNoneMatch);
}

QFuture<Result<model::Inventory>> StaffClient::replaceInventory(const model::Inventory &inventory,
                                                                const QByteArray &etag)
{
    // A whole replacement guarded by If-Match: sending it twice is harmless.
    HttpRequest request =
        httpRequest("PUT", m_client.url(inventoryPath), true, jsonBytes(inventory.documentJson()));
    request.headers.append({"If-Match", etag});
    return call(m_client, std::move(request), reading<model::Inventory>(&readInventory));
}

QFuture<Status> StaffClient::recordVmAction(const QString &hypervisor, const QString &domain,
                                            const QString &action, Phase phase, const QString &detail)
{
    static const char *const phases[] = {"requested", "succeeded", "failed"};
    QJsonObject body{{QStringLiteral("hypervisor"), hypervisor},
                     {QStringLiteral("domain"), domain},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("phase"), QLatin1String(phases[int(phase)])}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail.left(2000));
    // Not retried: a lost answer could record the action twice.
    return call(
        m_client,
        httpRequest("POST", m_client.url(QStringLiteral("api/v1/staff/vm-actions")), false, jsonBytes(body)),
        std::function<Status(const HttpResponse &)>(&noContent));
}

} // namespace mws::api
