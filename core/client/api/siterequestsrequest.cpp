// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/siterequestsrequest.h"

#include "api/jsonread.h"
#include "api/panelcall.h"

#include <QJsonArray>

namespace mws::api {

namespace {

Result<SiteHosts> readHosts(const QJsonObject &json)
{
    if (auto checked =
            json::check(json, "site hosts", {{"hosts", json::Type::Array}, {"default", json::Type::String}});
        !checked.ok())
        return checked.error();
    SiteHosts hosts;
    for (const QJsonValue &host : json.value(QLatin1String("hosts")).toArray())
        hosts.hosts << host.toString();
    hosts.defaultHost = json.value(QLatin1String("default")).toString();
    return hosts;
}

QUrl decisionUrl(PanelClient &client, const QString &siteId, const QString &verb)
{
    return client.url(QStringLiteral("api/v1/sites/%1/%2").arg(segment(siteId), verb));
}

} // namespace

QFuture<Result<Page<model::Site>>> SiteRequestsClient::waiting()
{
    const QUrl url =
        m_client.url(QStringLiteral("api/v1/sites"), {{QStringLiteral("scope"), QStringLiteral("all")},
                                                      {QStringLiteral("status"), QStringLiteral("requested")},
                                                      {QStringLiteral("limit"), QStringLiteral("500")}});
    return call(m_client, httpRequest("GET", url, true), reading<Page<model::Site>>(pageOf(&json::site)));
}

QFuture<Result<SiteHosts>> SiteRequestsClient::hosts()
{
    return call(m_client, httpRequest("GET", m_client.url(QStringLiteral("api/v1/staff/site-hosts")), true),
                reading<SiteHosts>(&readHosts));
}

QFuture<Result<model::Site>> SiteRequestsClient::approve(const QString &siteId, const QString &host)
{
    QJsonObject body;
    if (!host.isEmpty())
        body.insert(QStringLiteral("host"), host);
    return call(
        m_client,
        httpRequest("POST", decisionUrl(m_client, siteId, QStringLiteral("approve")), false, jsonBytes(body)),
        reading<model::Site>(&json::site));
}

QFuture<Result<model::Site>> SiteRequestsClient::decline(const QString &siteId, const QString &reason)
{
    return call(m_client,
                httpRequest("POST", decisionUrl(m_client, siteId, QStringLiteral("decline")), false,
                            jsonBytes({{QStringLiteral("reason"), reason}})),
                reading<model::Site>(&json::site));
}

} // namespace mws::api
