// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/sshkeysrequest.h"

#include "api/panelcall.h"

#include <QJsonArray>
#include <QUuid>

namespace mws::api {

namespace {

using json::check;
using json::checkEnum;
using json::Type;

QString keysPath()
{
    return QStringLiteral("api/v1/me/ssh-keys");
}

Result<model::SshKey> readKey(const QJsonObject &json)
{
    if (auto checked = check(json, "SSH key",
                             {{"id", Type::String},
                              {"type", Type::String},
                              {"bits", Type::Number},
                              {"comment", Type::String},
                              {"fingerprint", Type::String},
                              {"createdAt", Type::Time},
                              {"lastUsedAt", Type::NullableTime}});
        !checked.ok())
        return checked.error();
    return model::SshKey::fromJson(json);
}

Result<model::SshKeyList> readKeyList(const QJsonObject &json)
{
    if (auto checked = check(json, "SSH keys", {{"maxKeys", Type::Number}}); !checked.ok())
        return checked.error();
    auto keys = json::items<model::SshKey>(json, &readKey);
    if (!keys.ok())
        return keys.error();
    model::SshKeyList list = model::SshKeyList::fromJson(json);
    list.items = std::move(keys).value();
    return list;
}

// Each list's entries carry the fields the page shows; a person's role must be one it knows.
Status checkAccessLists(const QJsonObject &json)
{
    for (const QJsonValue &value : json.value(QLatin1String("people")).toArray()) {
        const QJsonObject person = value.toObject();
        if (auto checked =
                check(person, "SSH person",
                      {{"crsid", Type::String}, {"shell", Type::Bool}, {"expiresAt", Type::NullableTime}});
            !checked.ok())
            return checked;
        if (auto known = checkEnum(person, "SSH person", "role", &model::roleFromString); !known.ok())
            return known;
    }
    for (const QJsonValue &value : json.value(QLatin1String("hostKeys")).toArray())
        if (auto checked =
                check(value.toObject(), "host key",
                      {{"type", Type::String}, {"publicKey", Type::String}, {"fingerprint", Type::String}});
            !checked.ok())
            return checked;
    for (const QJsonValue &value : json.value(QLatin1String("sshfp")).toArray())
        if (auto checked = check(value.toObject(), "SSHFP record",
                                 {{"name", Type::String},
                                  {"algorithm", Type::Number},
                                  {"type", Type::Number},
                                  {"fingerprint", Type::String},
                                  {"record", Type::String}});
            !checked.ok())
            return checked;
    return {};
}

Result<model::SshAccess> readAccess(const QJsonObject &json)
{
    if (auto checked = check(json, "SSH access",
                             {{"host", Type::String},
                              {"port", Type::Number},
                              {"username", Type::String},
                              {"shell", Type::Bool},
                              {"people", Type::Array},
                              {"hostKeys", Type::Array},
                              {"sshfp", Type::Array}});
        !checked.ok())
        return checked.error();
    if (auto lists = checkAccessLists(json); !lists.ok())
        return lists.error();
    return model::SshAccess::fromJson(json);
}

} // namespace

QFuture<Result<Fetched<model::SshKeyList>>> SshKeysClient::keys(const QByteArray &ifNoneMatch)
{
    return fetch<model::SshKeyList>(m_client, m_client.url(keysPath()), &readKeyList, ifNoneMatch);
}

QFuture<Result<model::SshKey>> SshKeysClient::addKey(const QString &keyLine, const QString &comment)
{
    QJsonObject body{{QStringLiteral("key"), keyLine}};
    if (!comment.isEmpty())
        body.insert(QStringLiteral("comment"), comment);
    // One key for every attempt: a retry after a lost answer gets that answer, not a refusal of
    // the key the first attempt added.
    HttpRequest request = httpRequest("POST", m_client.url(keysPath()), true, jsonBytes(body));
    request.headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return call(m_client, std::move(request), reading<model::SshKey>(&readKey));
}

QFuture<Status> SshKeysClient::removeKey(const QString &keyId)
{
    return call(m_client,
                httpRequest("DELETE", m_client.url(keysPath() + QLatin1Char('/') + segment(keyId)), true),
                std::function(&noContent));
}

QFuture<Result<Fetched<model::SshAccess>>> SshKeysClient::sshAccess(const QString &siteId,
                                                                    const QByteArray &ifNoneMatch)
{
    return fetch<model::SshAccess>(m_client,
                                   m_client.url(QStringLiteral("api/v1/sites/%1/ssh").arg(segment(siteId))),
                                   &readAccess, ifNoneMatch);
}

} // namespace mws::api
