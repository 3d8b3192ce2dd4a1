// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site members and their roles, and staff granting themselves time-limited support access.
#include "api/apisupport.h"
#include "api/shellaccessroutes.h"
#include "http/jsonbody.h"
#include "store.h"
#include "validate/sitefields.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int supporterMinutes = 60;

int ownerCount(PanelContext &context, const QString &siteId, const QDateTime &now)
{
    int owners = 0;
    const auto members = context.store.members(siteId);
    for (const model::SiteMember &member : members.ok() ? members.value() : QList<model::SiteMember>())
        if (member.role == model::Role::Owner && member.isCurrent(now))
            ++owners;
    return owners;
}

Handled listMembers(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    QJsonArray items;
    const QDateTime now = context.now();
    auto members = context.store.members(access.site.id);
    if (!members.ok())
        return members.error();
    for (const model::SiteMember &member : members.value())
        if (member.isCurrent(now))
            items.append(member.toJson());
    return jsonResponse(request, QJsonObject{{QStringLiteral("items"), items}});
}

Handled putMember(PanelContext &context, const Request &request, const Caller &caller,
                  const SiteAccess &access)
{
    const QString crsid = request.path(QStringLiteral("crsid"));
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto roleText = body->string(QStringLiteral("role"), true, 20);
    if (const QString problem = validate::crsidProblem(crsid); !problem.isEmpty())
        body->addError(QStringLiteral("crsid"), problem);
    std::optional<model::Role> role;
    if (roleText) {
        role = model::roleFromString(*roleText);
        if (!role || *role == model::Role::Supporter)
            body->addError(QStringLiteral("role"), QStringLiteral("Must be owner, admin or ssh."));
    }
    if (auto finished = body->finish(); !finished.ok())
        return finished.error();

    const QDateTime now = context.now();
    const auto existing = currentMembership(context, access.site.id, crsid);
    const bool touchesOwner =
        *role == model::Role::Owner || (existing && existing->role == model::Role::Owner);
    if (touchesOwner && !caller.elevated && access.role != model::Role::Owner)
        return Error::make(Error::Kind::Forbidden, QStringLiteral("Only owners can add or change owners."));
    if (existing && existing->role == model::Role::Owner && *role != model::Role::Owner &&
        ownerCount(context, access.site.id, now) <= 1)
        return Error::make(
            Error::Kind::Conflict,
            QStringLiteral("%1 is the site's last owner; add another owner first.").arg(crsid));

    model::SiteMember member;
    member.siteId = access.site.id;
    member.crsid = crsid;
    member.role = *role;
    member.addedBy = caller.crsid;
    member.createdAt = now;
    const Status done = context.store.database().transaction([&]() -> Status {
        if (auto put = context.store.putMember(member); !put.ok())
            return put;
        return recordAudit(context, caller, member.siteId, QStringLiteral("member.put"), crsid,
                           existing ? existing->toJson() : QJsonValue(QJsonValue::Null), member.toJson());
    });
    if (!done.ok())
        return done.error();
    queueShellAccessSync(context, caller, {member.siteId});
    return jsonResponse(request, member.toJson(), existing ? 200 : 201);
}

Handled removeMember(PanelContext &context, const Request &request, const Caller &caller,
                     const SiteAccess &access)
{
    const QString crsid = request.path(QStringLiteral("crsid"));
    const QDateTime now = context.now();
    const auto existing = currentMembership(context, access.site.id, crsid);
    if (!existing)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("%1 is not a member of %2.").arg(crsid, access.site.id));
    if (existing->role == model::Role::Owner) {
        if (!caller.elevated && access.role != model::Role::Owner)
            return Error::make(Error::Kind::Forbidden, QStringLiteral("Only owners can remove owners."));
        if (ownerCount(context, access.site.id, now) <= 1)
            return Error::make(Error::Kind::Conflict,
                               QStringLiteral("%1 is the site's last owner.").arg(crsid));
    }
    const Status done = context.store.database().transaction([&]() -> Status {
        if (auto removed = context.store.removeMember(access.site.id, crsid); !removed.ok())
            return removed;
        return recordAudit(context, caller, access.site.id, QStringLiteral("member.remove"), crsid,
                           existing->toJson(), QJsonValue::Null);
    });
    if (!done.ok())
        return done.error();
    queueShellAccessSync(context, caller, {access.site.id});
    return emptyResponse(204);
}

Handled grantSupport(PanelContext &context, const Request &request, const Caller &caller)
{
    if (Status elevated = requireElevated(caller); !elevated.ok())
        return elevated.error();
    auto site = context.store.site(request.path(QStringLiteral("siteId")));
    if (!site.ok() || site->status == model::SiteStatus::Deleted)
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no such site."));
    const QDateTime now = context.now();
    if (const auto existing = currentMembership(context, site->id, caller.crsid);
        existing && existing->role != model::Role::Supporter)
        return Error::make(Error::Kind::Conflict, QStringLiteral("You are already a member of this site."));
    model::SiteMember member;
    member.siteId = site->id;
    member.crsid = caller.crsid;
    member.role = model::Role::Supporter;
    member.expiresAt = now.addSecs(supporterMinutes * 60);
    member.addedBy = caller.crsid;
    member.createdAt = now;
    const Status done = context.store.database().transaction([&]() -> Status {
        if (auto put = context.store.putMember(member); !put.ok())
            return put;
        return recordAudit(context, caller, site->id, QStringLiteral("supporter.grant"), caller.crsid,
                           QJsonValue::Null, member.toJson());
    });
    if (!done.ok())
        return done.error();
    queueShellAccessSync(context, caller, {site->id});
    return jsonResponse(request, member.toJson(), 201);
}

} // namespace

void registerMemberRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Get, QStringLiteral("/api/v1/sites/{siteId}/members"),
               siteRoute(context, Need::Read, listMembers));

    router.add(Method::Put, QStringLiteral("/api/v1/sites/{siteId}/members/{crsid}"),
               siteRoute(context, Need::Members, putMember));

    router.add(Method::Delete, QStringLiteral("/api/v1/sites/{siteId}/members/{crsid}"),
               siteRoute(context, Need::Members, removeMember));

    // Staff give themselves an hour's access to help a site. That reaches any site, so it is a
    // staff-mode action (a fresh Raven login) and is audited as elevated.
    router.add(Method::Post, QStringLiteral("/api/v1/sites/{siteId}/supporters"),
               signedInRoute(context, grantSupport));
}

} // namespace mws::panel
