// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/sshaccess.h"

#include "model/jsonlist.h"

namespace mws::model {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

int number(const QJsonObject &json, const char *key, int fallback = 0)
{
    return json.value(QLatin1String(key)).toInt(fallback);
}

} // namespace

QJsonObject SshPerson::toJson() const
{
    return {{QStringLiteral("crsid"), crsid},
            {QStringLiteral("role"), toString(role)},
            {QStringLiteral("shell"), shell},
            {QStringLiteral("uid"), uid ? QJsonValue(*uid) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expiresAt"), timeToJson(expiresAt)}};
}

SshPerson SshPerson::fromJson(const QJsonObject &json)
{
    SshPerson person;
    person.crsid = str(json, "crsid");
    person.role = roleFromString(str(json, "role")).value_or(Role::SshUser);
    person.shell = json.value(QLatin1String("shell")).toBool();
    if (const QJsonValue uid = json.value(QLatin1String("uid")); uid.isDouble())
        person.uid = uid.toInteger();
    person.expiresAt = timeFromJson(json.value(QLatin1String("expiresAt")));
    return person;
}

QJsonObject SshHostKey::toJson() const
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("publicKey"), publicKey},
            {QStringLiteral("fingerprint"), fingerprint}};
}

SshHostKey SshHostKey::fromJson(const QJsonObject &json)
{
    return {str(json, "type"), str(json, "publicKey"), str(json, "fingerprint")};
}

QJsonObject SshfpRecord::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("algorithm"), algorithm},
            {QStringLiteral("type"), type},
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("record"), record}};
}

SshfpRecord SshfpRecord::fromJson(const QJsonObject &json)
{
    return {str(json, "name"), number(json, "algorithm"), number(json, "type"), str(json, "fingerprint"),
            str(json, "record")};
}

QString SshAccess::command() const
{
    if (host.isEmpty())
        return {};
    const QString target = username.isEmpty() ? host : username + QLatin1Char('@') + host;
    if (port == 22)
        return QStringLiteral("ssh ") + target;
    return QStringLiteral("ssh -p %1 %2").arg(port).arg(target);
}

QJsonObject SshAccess::toJson() const
{
    QJsonObject json{{QStringLiteral("host"), host},
                     {QStringLiteral("port"), port},
                     {QStringLiteral("username"), username},
                     {QStringLiteral("shell"), shell},
                     {QStringLiteral("people"), arrayOf(people)},
                     {QStringLiteral("hostKeys"), arrayOf(hostKeys)},
                     {QStringLiteral("sshfp"), arrayOf(sshfp)}};
    if (!siteHome.isEmpty())
        json.insert(QStringLiteral("siteHome"), siteHome);
    if (!tunnelHost.isEmpty())
        json.insert(QStringLiteral("tunnel"),
                    QJsonObject{{QStringLiteral("host"), tunnelHost}, {QStringLiteral("port"), tunnelPort}});
    return json;
}

SshAccess SshAccess::fromJson(const QJsonObject &json)
{
    SshAccess access;
    access.host = str(json, "host");
    access.port = number(json, "port", 22);
    access.username = str(json, "username");
    access.shell = json.value(QLatin1String("shell")).toBool();
    access.siteHome = str(json, "siteHome");
    const QJsonObject tunnel = json.value(QLatin1String("tunnel")).toObject();
    access.tunnelHost = str(tunnel, "host");
    access.tunnelPort = number(tunnel, "port");
    access.people = listOf<SshPerson>(json, "people");
    access.hostKeys = listOf<SshHostKey>(json, "hostKeys");
    access.sshfp = listOf<SshfpRecord>(json, "sshfp");
    return access;
}

} // namespace mws::model
