// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A person's SSH public keys: list, add and remove the caller's own. Keys belong to the person,
// not to a site; which sites they open follows the person's roles.
#include "api/apisupport.h"
#include "api/shellaccessroutes.h"
#include "http/jsonbody.h"
#include "shellaccessstore.h"
#include "sshkeystore.h"
#include "store.h"
#include "validate/sshpublickey.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

// How many keys one person may keep: enough for every device, few enough to read on one page.
constexpr int maxKeysPerPerson = 20;

// What the audit trail keeps of a key: never more than the API shows.
QJsonObject auditedKey(const model::SshKey &key)
{
    QJsonObject json = key.toJson();
    json.remove(QStringLiteral("lastUsedAt"));
    return json;
}

Handled listKeys(PanelContext &context, const Request &request, const Caller &caller)
{
    Result<QList<model::SshKey>> keys = store::SshKeyStore(context.store.database()).keysOf(caller.crsid);
    if (!keys)
        return keys.error();
    QJsonArray items;
    for (const model::SshKey &key : std::as_const(*keys))
        items.append(key.toJson());
    return jsonResponse(request, QJsonObject{{QStringLiteral("items"), items},
                                             {QStringLiteral("maxKeys"), maxKeysPerPerson}});
}

// Every site the person has shell on hears of the change to their keys.
void syncSitesOf(PanelContext &context, const Caller &caller)
{
    Result<QStringList> sites =
        store::ShellAccessStore(context.store.database()).shellSitesOf(caller.crsid, context.now());
    if (sites)
        queueShellAccessSync(context, caller, *sites);
}

// The key the body names, checked as the desktop checks it, with the comment the caller chose.
Result<SshPublicKey> keyFromBody(const Request &request)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    // Read as text that may span lines, so that a pasted private key or a second line gets the
    // key reader's own words; the reader refuses anything over 16 KiB.
    const auto line = body->multiline(QStringLiteral("key"), true, int(JsonBody::maxBytes));
    const auto comment = body->multiline(QStringLiteral("comment"), false, int(JsonBody::maxBytes));
    std::optional<SshPublicKey> parsed;
    if (line) {
        Result<SshPublicKey> key = SshPublicKey::parse(*line);
        if (key)
            parsed = *key;
        else
            for (const FieldError &field : key.error().fields)
                body->addError(field.field, field.message);
    }
    if (comment) {
        if (const QString problem = SshPublicKey::commentProblem(*comment); !problem.isEmpty())
            body->addError(QStringLiteral("comment"), problem);
        else if (parsed)
            parsed->setComment(comment->trimmed());
    }
    if (auto finished = body->finish(); !finished.ok())
        return finished.error();
    return *parsed;
}

Handled addKey(PanelContext &context, const Request &request, const Caller &caller)
{
    return withIdempotency(context, caller, request, [&]() -> Handled {
        Result<SshPublicKey> parsed = keyFromBody(request);
        if (!parsed)
            return parsed.error();
        model::SshKey key;
        key.crsid = caller.crsid;
        key.type = parsed->type();
        key.bits = parsed->bits();
        key.keyBase64 = QString::fromLatin1(parsed->base64());
        key.comment = parsed->comment();
        key.fingerprint = parsed->fingerprint();
        key.createdAt = context.now();
        Result<model::SshKey> added = Error::make(Error::Kind::Server, {});
        const Status done = context.store.database().transaction([&]() -> Status {
            added = store::SshKeyStore(context.store.database()).add(key, maxKeysPerPerson);
            if (!added)
                return added.error();
            return recordAudit(context, caller, {}, QStringLiteral("sshkey.add"), added->fingerprint,
                               QJsonValue::Null, auditedKey(*added));
        });
        if (!done.ok())
            return done.error();
        syncSitesOf(context, caller);
        return jsonResponse(request, added->toJson(), 201);
    });
}

Handled removeKey(PanelContext &context, const Request &request, const Caller &caller)
{
    const QString keyId = request.path(QStringLiteral("keyId"));
    store::SshKeyStore keys(context.store.database());
    const Status done = context.store.database().transaction([&]() -> Status {
        Result<model::SshKey> key = keys.key(caller.crsid, keyId);
        if (!key)
            return key.error();
        if (Status removed = keys.remove(caller.crsid, keyId); !removed)
            return removed;
        return recordAudit(context, caller, {}, QStringLiteral("sshkey.remove"), key->fingerprint,
                           auditedKey(*key), QJsonValue::Null);
    });
    if (!done.ok())
        return done.error();
    syncSitesOf(context, caller);
    return emptyResponse(204);
}

} // namespace

void registerSshKeyRoutes(Router &router, PanelContext &context)
{
    const QString keys = QStringLiteral("/api/v1/me/ssh-keys");
    router.add(Method::Get, keys, signedInRoute(context, listKeys));
    router.add(Method::Post, keys, signedInRoute(context, addKey));
    router.add(Method::Delete, keys + QStringLiteral("/{keyId}"), signedInRoute(context, removeKey));
}

} // namespace mws::panel
