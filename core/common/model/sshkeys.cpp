// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/sshkeys.h"

#include "model/jsonlist.h"
#include "model/types.h"

namespace mws::model {

QJsonObject SshKey::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("bits"), bits},
        {QStringLiteral("comment"), comment},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("createdAt"), timeToJson(createdAt)},
        {QStringLiteral("lastUsedAt"), timeToJson(lastUsedAt)},
    };
}

SshKey SshKey::fromJson(const QJsonObject &json)
{
    SshKey key;
    key.id = json.value(QStringLiteral("id")).toString();
    key.type = json.value(QStringLiteral("type")).toString();
    key.bits = json.value(QStringLiteral("bits")).toInt();
    key.comment = json.value(QStringLiteral("comment")).toString();
    key.fingerprint = json.value(QStringLiteral("fingerprint")).toString();
    key.createdAt = timeFromJson(json.value(QStringLiteral("createdAt")));
    key.lastUsedAt = timeFromJson(json.value(QStringLiteral("lastUsedAt")));
    return key;
}

QJsonObject SshKeyList::toJson() const
{
    return {{QStringLiteral("items"), arrayOf(items)}, {QStringLiteral("maxKeys"), maxKeys}};
}

SshKeyList SshKeyList::fromJson(const QJsonObject &json)
{
    return {listOf<SshKey>(json, "items"), json.value(QStringLiteral("maxKeys")).toInt()};
}

} // namespace mws::model
