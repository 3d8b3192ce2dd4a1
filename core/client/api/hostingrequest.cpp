// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/hostingrequest.h"

#include "api/panelcall.h"

#include <QJsonArray>
#include <QUrl>

namespace mws::api {

namespace {

using json::check;
using json::checkEnum;
using json::Type;

Result<model::SiteHosting> readSiteHosting(const QJsonObject &json)
{
    if (auto checked = check(json, "hosting",
                             {{"siteId", Type::String},
                              {"version", Type::Number},
                              {"vhosts", Type::Array},
                              {"php", Type::Object},
                              {"appliedAt", Type::NullableTime}});
        !checked.ok())
        return checked.error();
    for (const QJsonValue &value : json.value(QLatin1String("vhosts")).toArray()) {
        const QJsonObject vhost = value.toObject();
        if (auto checked = check(vhost, "vhost",
                                 {{"name", Type::String},
                                  {"documentRoot", Type::String},
                                  {"domains", Type::Array},
                                  {"redirectAliases", Type::Bool},
                                  {"httpsRedirect", Type::Bool},
                                  {"hsts", Type::Bool},
                                  {"modules", Type::Array},
                                  {"directives", Type::String},
                                  {"docrootWritableUntil", Type::NullableTime},
                                  {"tls", Type::Object}});
            !checked.ok())
            return checked.error();
        const QJsonObject tls = vhost.value(QLatin1String("tls")).toObject();
        if (auto known = checkEnum(tls, "tls", "mode", &model::tlsModeFromString); !known.ok())
            return known.error();
    }
    return model::SiteHosting::fromJson(json);
}

Result<model::HostingCatalogue> readCatalogue(const QJsonObject &json)
{
    if (auto checked = check(json, "catalogue",
                             {{"builtinExtensions", Type::Array},
                              {"optionalExtensions", Type::Array},
                              {"apacheModules", Type::Array},
                              {"phpVersion", Type::String},
                              {"apacheVersion", Type::String}});
        !checked.ok())
        return checked.error();
    return model::HostingCatalogue::fromJson(json);
}

QString sitePath(const QString &siteId, const QString &rest)
{
    return QStringLiteral("api/v1/sites/%1%2").arg(segment(siteId), rest);
}

QString vhostPath(const QString &siteId, const QString &vhost, const QString &rest = {})
{
    return sitePath(siteId, QStringLiteral("/vhosts/%1%2").arg(segment(vhost), rest));
}

Result<QString> readCertificateRequest(const QJsonObject &object)
{
    const QString pem = object.value(QLatin1String("request")).toString();
    if (!pem.startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")))
        return protocolError(QStringLiteral("the answer holds no certificate signing request"));
    return pem;
}

} // namespace

HostingRequest HostingRequest::createVhost(const QString &siteId, const model::Vhost &vhost)
{
    QJsonObject body{{QStringLiteral("name"), vhost.name},
                     {QStringLiteral("domains"), QJsonArray::fromStringList(vhost.domains)},
                     {QStringLiteral("redirectAliases"), vhost.redirectAliases},
                     {QStringLiteral("modules"), QJsonArray::fromStringList(vhost.modules)},
                     {QStringLiteral("directives"), vhost.directives}};
    if (!vhost.documentRoot.isEmpty())
        body.insert(QStringLiteral("documentRoot"), vhost.documentRoot);
    return {{"POST", sitePath(siteId, QStringLiteral("/vhosts")), body}};
}

HostingRequest HostingRequest::updateVhost(const QString &siteId, const QString &vhost,
                                           const VhostChanges &changes)
{
    QJsonObject body;
    insertIfSet(body, QStringLiteral("name"), changes.name);
    insertIfSet(body, QStringLiteral("documentRoot"), changes.documentRoot);
    insertIfSet(body, QStringLiteral("domains"), changes.domains);
    insertIfSet(body, QStringLiteral("redirectAliases"), changes.redirectAliases);
    insertIfSet(body, QStringLiteral("httpsRedirect"), changes.httpsRedirect);
    insertIfSet(body, QStringLiteral("hsts"), changes.hsts);
    insertIfSet(body, QStringLiteral("modules"), changes.modules);
    insertIfSet(body, QStringLiteral("directives"), changes.directives);
    insertIfSet(body, QStringLiteral("docrootWritable"), changes.docrootWritable);
    return {{"PATCH", vhostPath(siteId, vhost), body}};
}

HostingRequest HostingRequest::deleteVhost(const QString &siteId, const QString &vhost)
{
    return {{"DELETE", vhostPath(siteId, vhost), {}}};
}

HostingRequest HostingRequest::setPhp(const QString &siteId, const model::PhpConfig &php)
{
    return {{"PUT", sitePath(siteId, QStringLiteral("/php")), php.toJson()}};
}

HostingRequest HostingRequest::uploadCertificate(const QString &siteId, const QString &vhost,
                                                 const QString &certificate, const QString &chain)
{
    QJsonObject body{{QStringLiteral("certificate"), certificate}};
    if (!chain.trimmed().isEmpty())
        body.insert(QStringLiteral("chain"), chain);
    return {{"PUT", vhostPath(siteId, vhost, QStringLiteral("/tls")), body}};
}

HostingRequest HostingRequest::selfSignedCertificate(const QString &siteId, const QString &vhost)
{
    return {{"POST", vhostPath(siteId, vhost, QStringLiteral("/tls/self-signed")), {}}};
}

HostingRequest HostingRequest::removeCertificate(const QString &siteId, const QString &vhost)
{
    return {{"DELETE", vhostPath(siteId, vhost, QStringLiteral("/tls")), {}}};
}

QFuture<Result<model::HostingCatalogue>> HostingClient::catalogue()
{
    return call(m_client, httpRequest("GET", m_client.url(QStringLiteral("api/v1/hosting/catalogue")), true),
                reading<model::HostingCatalogue>(&readCatalogue));
}

QFuture<Result<Fetched<model::HostingCatalogue>>> HostingClient::catalogue(const QByteArray &ifNoneMatch)
{
    return fetch<model::HostingCatalogue>(m_client, m_client.url(QStringLiteral("api/v1/hosting/catalogue")),
                                          &readCatalogue, ifNoneMatch);
}

QFuture<Result<Fetched<model::SiteHosting>>> HostingClient::hosting(const QString &siteId,
                                                                    const QByteArray &ifNoneMatch)
{
    return fetch<model::SiteHosting>(m_client, m_client.url(sitePath(siteId, QStringLiteral("/hosting"))),
                                     &readSiteHosting, ifNoneMatch);
}

QFuture<Result<model::ConfigPreview>> HostingClient::preview(const HostingRequest &change)
{
    return previewChange(m_client, change);
}

QFuture<Result<model::Job>> HostingClient::apply(const HostingRequest &change, const QByteArray &ifMatch)
{
    return applyChange(m_client, change, ifMatch);
}

QFuture<Result<QString>> HostingClient::requestCertificate(const QString &siteId, const QString &vhost,
                                                           const QByteArray &ifMatch)
{
    HttpRequest request = httpRequest(
        "POST", m_client.url(vhostPath(siteId, vhost, QStringLiteral("/tls/request"))), false, jsonBytes({}));
    request.headers.append({"If-Match", ifMatch});
    return call(m_client, std::move(request), reading<QString>(&readCertificateRequest));
}

} // namespace mws::api
