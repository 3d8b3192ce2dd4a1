// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The caller: who they are, their roles, and their API tokens (one per device).
#include "api/apisupport.h"
#include "store.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

} // namespace

void registerMeRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Get, QStringLiteral("/api/v1/me"),
               signedInRoute(context, [&context](const Request &request, const Caller &caller) -> Handled {
                   auto user = context.store.user(caller.crsid);
                   if (!user.ok())
                       return user.error();
                   const auto token = ownToken(context, caller.crsid, caller.tokenId);
                   auto memberships = context.store.membershipsOf(caller.crsid, context.now());
                   if (!memberships.ok())
                       return memberships.error();
                   QJsonArray roles;
                   for (const model::SiteMember &member : memberships.value())
                       roles.append(QJsonObject{{QStringLiteral("siteId"), member.siteId},
                                                {QStringLiteral("role"), model::toString(member.role)}});
                   QJsonObject body = user->toJson();
                   body.insert(QStringLiteral("staff"), caller.staff);
                   body.insert(QStringLiteral("elevated"), caller.elevated);
                   body.insert(QStringLiteral("elevatedUntil"), token
                                                                    ? model::timeToJson(token->elevatedUntil)
                                                                    : QJsonValue(QJsonValue::Null));
                   body.insert(QStringLiteral("tokenId"), caller.tokenId);
                   body.insert(QStringLiteral("roles"), roles);
                   return jsonResponse(request, body);
               }));

    router.add(Method::Get, QStringLiteral("/api/v1/me/tokens"),
               signedInRoute(context, [&context](const Request &request, const Caller &caller) -> Handled {
                   QJsonArray items;
                   auto tokens = context.store.tokensOf(caller.crsid);
                   if (!tokens.ok())
                       return tokens.error();
                   for (const model::ApiToken &token : tokens.value()) {
                       QJsonObject json = token.toJson();
                       json.insert(QStringLiteral("current"), token.id == caller.tokenId);
                       items.append(json);
                   }
                   return jsonResponse(request, QJsonObject{{QStringLiteral("items"), items}});
               }));

    // Revoking "current" is signing out; any other id revokes that device's token.
    router.add(Method::Delete, QStringLiteral("/api/v1/me/tokens/{tokenId}"),
               signedInRoute(context, [&context](const Request &request, const Caller &caller) -> Handled {
                   QString tokenId = request.path(QStringLiteral("tokenId"));
                   if (tokenId == QLatin1String("current"))
                       tokenId = caller.tokenId;
                   const auto token = ownToken(context, caller.crsid, tokenId);
                   if (!token)
                       return Error::make(Error::Kind::NotFound,
                                          QStringLiteral("You have no token %1.").arg(tokenId));
                   const Status done = context.store.database().transaction([&]() -> Status {
                       if (auto revoked = context.store.revokeToken(tokenId, context.now()); !revoked.ok())
                           return revoked;
                       return recordAudit(context, caller, {}, QStringLiteral("token.revoke"), tokenId,
                                          token->toJson(), QJsonValue::Null);
                   });
                   if (!done.ok())
                       return done.error();
                   return emptyResponse(204);
               }));
}

} // namespace mws::panel
