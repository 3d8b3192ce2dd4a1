// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/hosting.h"

#include "model/jsonlist.h"
#include "model/types.h"

#include <QJsonArray>

namespace mws::model {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonObject &json, const char *key)
{
    QStringList out;
    const QJsonArray array = json.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

} // namespace

QString toString(TlsMode mode)
{
    switch (mode) {
    case TlsMode::None:
        return QStringLiteral("none");
    case TlsMode::SelfSigned:
        return QStringLiteral("selfSigned");
    case TlsMode::Uploaded:
        return QStringLiteral("uploaded");
    }
    return {};
}

std::optional<TlsMode> tlsModeFromString(const QString &text)
{
    for (TlsMode mode : {TlsMode::None, TlsMode::SelfSigned, TlsMode::Uploaded})
        if (toString(mode) == text)
            return mode;
    return std::nullopt;
}

QJsonObject VhostTls::toJson() const
{
    return {{QStringLiteral("mode"), toString(mode)},
            {QStringLiteral("keyId"), keyId},
            {QStringLiteral("pendingKeyId"), pendingKeyId},
            {QStringLiteral("request"), requestPem},
            {QStringLiteral("certificate"), certificatePem},
            {QStringLiteral("chain"), chainPem},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("names"), QJsonArray::fromStringList(names)},
            {QStringLiteral("notBefore"), timeToJson(notBefore)},
            {QStringLiteral("notAfter"), timeToJson(notAfter)}};
}

VhostTls VhostTls::fromJson(const QJsonObject &json)
{
    VhostTls tls;
    tls.mode = tlsModeFromString(str(json, "mode")).value_or(TlsMode::None);
    tls.keyId = str(json, "keyId");
    tls.pendingKeyId = str(json, "pendingKeyId");
    tls.requestPem = str(json, "request");
    tls.certificatePem = str(json, "certificate");
    tls.chainPem = str(json, "chain");
    tls.subject = str(json, "subject");
    tls.issuer = str(json, "issuer");
    tls.names = strings(json, "names");
    tls.notBefore = timeFromJson(json.value(QLatin1String("notBefore")));
    tls.notAfter = timeFromJson(json.value(QLatin1String("notAfter")));
    return tls;
}

QJsonObject Vhost::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("documentRoot"), documentRoot},
            {QStringLiteral("domains"), QJsonArray::fromStringList(domains)},
            {QStringLiteral("redirectAliases"), redirectAliases},
            {QStringLiteral("httpsRedirect"), httpsRedirect},
            {QStringLiteral("hsts"), hsts},
            {QStringLiteral("docrootWritableUntil"), timeToJson(docrootWritableUntil)},
            {QStringLiteral("modules"), QJsonArray::fromStringList(modules)},
            {QStringLiteral("directives"), directives},
            {QStringLiteral("tls"), tls.toJson()}};
}

Vhost Vhost::fromJson(const QJsonObject &json)
{
    Vhost vhost;
    vhost.name = str(json, "name");
    vhost.documentRoot = str(json, "documentRoot");
    vhost.domains = strings(json, "domains");
    vhost.redirectAliases = json.value(QLatin1String("redirectAliases")).toBool();
    vhost.httpsRedirect = json.value(QLatin1String("httpsRedirect")).toBool();
    vhost.hsts = json.value(QLatin1String("hsts")).toBool();
    vhost.docrootWritableUntil = timeFromJson(json.value(QLatin1String("docrootWritableUntil")));
    vhost.modules = strings(json, "modules");
    vhost.directives = str(json, "directives");
    vhost.tls = VhostTls::fromJson(json.value(QLatin1String("tls")).toObject());
    return vhost;
}

QJsonObject PhpConfig::toJson() const
{
    QJsonObject values;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("settings"), values},
            {QStringLiteral("extensions"), QJsonArray::fromStringList(extensions)}};
}

PhpConfig PhpConfig::fromJson(const QJsonObject &json)
{
    PhpConfig php;
    const QJsonObject values = json.value(QLatin1String("settings")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        php.settings.insert(it.key(), it.value().toString());
    php.extensions = strings(json, "extensions");
    return php;
}

const Vhost *SiteHosting::vhost(const QString &name) const
{
    for (const Vhost &v : vhosts)
        if (v.name == name)
            return &v;
    return nullptr;
}

Vhost *SiteHosting::vhost(const QString &name)
{
    for (Vhost &v : vhosts)
        if (v.name == name)
            return &v;
    return nullptr;
}

QStringList SiteHosting::allDomains() const
{
    QStringList out;
    for (const Vhost &v : vhosts)
        out << v.domains;
    return out;
}

QJsonObject SiteHosting::toJson() const
{
    return {{QStringLiteral("siteId"), siteId},
            {QStringLiteral("version"), version},
            {QStringLiteral("vhosts"), arrayOf(vhosts)},
            {QStringLiteral("php"), php.toJson()},
            {QStringLiteral("appliedAt"), timeToJson(appliedAt)},
            {QStringLiteral("serving"), serving},
            {QStringLiteral("home"), home}};
}

SiteHosting SiteHosting::fromJson(const QJsonObject &json)
{
    SiteHosting hosting;
    hosting.siteId = str(json, "siteId");
    hosting.version = json.value(QLatin1String("version")).toInteger();
    hosting.vhosts = listOf<Vhost>(json, "vhosts");
    hosting.php = PhpConfig::fromJson(json.value(QLatin1String("php")).toObject());
    hosting.appliedAt = timeFromJson(json.value(QLatin1String("appliedAt")));
    hosting.serving = json.value(QLatin1String("serving")).toBool(true);
    hosting.home = json.value(QLatin1String("home")).toString();
    return hosting;
}

QJsonObject ConfigFileChange::toJson() const
{
    return {
        {QStringLiteral("path"), path}, {QStringLiteral("change"), change}, {QStringLiteral("diff"), diff}};
}

ConfigFileChange ConfigFileChange::fromJson(const QJsonObject &json)
{
    return {str(json, "path"), str(json, "change"), str(json, "diff")};
}

QJsonObject ConfigPreview::toJson() const
{
    return {{QStringLiteral("files"), arrayOf(files)}, {QStringLiteral("summary"), summary}};
}

ConfigPreview ConfigPreview::fromJson(const QJsonObject &json)
{
    return {listOf<ConfigFileChange>(json, "files"), str(json, "summary")};
}

QJsonObject HostingCatalogue::toJson() const
{
    return {{QStringLiteral("builtinExtensions"), QJsonArray::fromStringList(builtinExtensions)},
            {QStringLiteral("optionalExtensions"), QJsonArray::fromStringList(optionalExtensions)},
            {QStringLiteral("apacheModules"), QJsonArray::fromStringList(apacheModules)},
            {QStringLiteral("phpVersion"), phpVersion},
            {QStringLiteral("apacheVersion"), apacheVersion}};
}

HostingCatalogue HostingCatalogue::fromJson(const QJsonObject &json)
{
    HostingCatalogue catalogue;
    catalogue.builtinExtensions = strings(json, "builtinExtensions");
    catalogue.optionalExtensions = strings(json, "optionalExtensions");
    catalogue.apacheModules = strings(json, "apacheModules");
    catalogue.phpVersion = str(json, "phpVersion");
    catalogue.apacheVersion = str(json, "apacheVersion");
    return catalogue;
}

} // namespace mws::model
