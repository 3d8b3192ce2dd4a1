#include "api/hostingrequest.h"

#include <QJsonArray>
#include <QUrl>

namespace mws::api {

namespace {

QString sitePath(const QString &siteId, const QString &rest)
{
    return QStringLiteral("api/v1/sites/%1%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(siteId)), rest);
}

QString vhostPath(const QString &siteId, const QString &vhost, const QString &rest = {})
{
    return sitePath(
        siteId,
        QStringLiteral("/vhosts/%1%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(vhost)), rest));
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
    return {"POST", sitePath(siteId, QStringLiteral("/vhosts")), body};
}

HostingRequest HostingRequest::updateVhost(const QString &siteId, const QString &vhost,
                                           const VhostChanges &changes)
{
    QJsonObject body;
    if (changes.name)
        body.insert(QStringLiteral("name"), *changes.name);
    if (changes.documentRoot)
        body.insert(QStringLiteral("documentRoot"), *changes.documentRoot);
    if (changes.domains)
        body.insert(QStringLiteral("domains"), QJsonArray::fromStringList(*changes.domains));
    if (changes.redirectAliases)
        body.insert(QStringLiteral("redirectAliases"), *changes.redirectAliases);
    if (changes.httpsRedirect)
        body.insert(QStringLiteral("httpsRedirect"), *changes.httpsRedirect);
    if (changes.hsts)
        body.insert(QStringLiteral("hsts"), *changes.hsts);
    if (changes.modules)
        body.insert(QStringLiteral("modules"), QJsonArray::fromStringList(*changes.modules));
    if (changes.directives)
        body.insert(QStringLiteral("directives"), *changes.directives);
    if (changes.docrootWritable)
        body.insert(QStringLiteral("docrootWritable"), *changes.docrootWritable);
    return {"PATCH", vhostPath(siteId, vhost), body};
}

HostingRequest HostingRequest::deleteVhost(const QString &siteId, const QString &vhost)
{
    return {"DELETE", vhostPath(siteId, vhost), {}};
}

HostingRequest HostingRequest::setPhp(const QString &siteId, const model::PhpConfig &php)
{
    return {"PUT", sitePath(siteId, QStringLiteral("/php")), php.toJson()};
}

HostingRequest HostingRequest::uploadCertificate(const QString &siteId, const QString &vhost,
                                                 const QString &certificate, const QString &chain)
{
    QJsonObject body{{QStringLiteral("certificate"), certificate}};
    if (!chain.trimmed().isEmpty())
        body.insert(QStringLiteral("chain"), chain);
    return {"PUT", vhostPath(siteId, vhost, QStringLiteral("/tls")), body};
}

HostingRequest HostingRequest::selfSignedCertificate(const QString &siteId, const QString &vhost)
{
    return {"POST", vhostPath(siteId, vhost, QStringLiteral("/tls/self-signed")), {}};
}

HostingRequest HostingRequest::removeCertificate(const QString &siteId, const QString &vhost)
{
    return {"DELETE", vhostPath(siteId, vhost, QStringLiteral("/tls")), {}};
}

} // namespace mws::api
