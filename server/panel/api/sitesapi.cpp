// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sites: list and search, request or create, show, update, and the staff life-cycle actions
// (approving or declining a request is siterequestsapi.cpp's).
#include "api/apisupport.h"
#include "api/shellaccessroutes.h"
#include "hostingstore.h"
#include "http/jsonbody.h"
#include "sitehost.h"
#include "store.h"
#include "validate/sitefields.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

void checkField(JsonBody &body, const QString &field, const std::optional<QString> &value,
                QString (*problem)(const QString &))
{
    if (value) {
        const QString message = problem(*value);
        if (!message.isEmpty())
            body.addError(field, message);
    }
}

// Applies a life-cycle change (suspend, enable, …) to a site, with its audit record.
Handled changeStatus(PanelContext &context, const Request &request, const Caller &caller,
                     const SiteAccess &access, const QString &action, const QList<model::SiteStatus> &from,
                     model::SiteStatus to, bool needsReason)
{
    auto body = JsonBody::parse(request.http, !needsReason);
    if (!body.ok())
        return body.error();
    const auto reason = body->string(QStringLiteral("reason"), needsReason, 500);
    if (auto finished = body->finish(); !finished.ok())
        return finished.error();

    model::Site site = access.site;
    if (!from.contains(site.status))
        return Error::make(Error::Kind::Conflict, QStringLiteral("Site %1 is %2, so it cannot be %3.")
                                                      .arg(site.id, model::toString(site.status), action));
    const QJsonObject before = site.toJson();
    site.status = to;
    // A site gets its service name when it first becomes active.
    if (to == model::SiteStatus::Active && site.hostname.isEmpty())
        site.hostname = siteServiceName(context, site.id);
    site.suspensionReason = to == model::SiteStatus::Suspended ? reason.value_or(QString()) : QString();
    Result<model::Site> updated = Error::make(Error::Kind::Server, {});
    const Status done = context.store.database().transaction([&]() -> Status {
        updated = context.store.updateSite(site, access.site.version, context.now());
        if (!updated.ok())
            return updated.error();
        return recordAudit(context, caller, site.id, QStringLiteral("site.") + action, site.id, before,
                           updated->toJson());
    });
    if (!done.ok())
        return done.error();
    // A site that stops being active stops serving its vhosts (their names answer 503), and
    // serves them again when it is active again: a hosting job of its own.
    const bool active = to == model::SiteStatus::Active;
    if (context.host && (access.site.status == model::SiteStatus::Active) != active) {
        Result<model::SiteHosting> hosting =
            store::HostingStore(context.store.database()).siteHosting(site.id);
        // Queued even when the flag already reads as wanted: an earlier change still in the
        // queue may be about to flip it.
        if (hosting.ok() && hosting->version > 0) {
            model::SiteHosting proposed = *hosting;
            proposed.serving = active;
            store::SiteChange change;
            change.siteId = site.id;
            change.slice = store::hostingSlice();
            change.baseVersion = hosting->version;
            change.proposed = store::hostingDocument(proposed);
            change.action = active ? QStringLiteral("site.online") : QStringLiteral("site.offline");
            change.target = site.id;
            change.actor = caller.crsid;
            change.elevated = caller.elevated;
            change.createdAt = context.now();
            if (Result<model::Job> queued = context.host->queue(change); !queued.ok())
                qWarning("could not queue %s for %s: %s", qPrintable(change.action), qPrintable(site.id),
                         qPrintable(queued.error().message));
        }
    }
    queueShellAccessSync(context, caller, {site.id});
    return jsonResponse(request, siteJson(*updated, access.role), 200, versionTag(updated->version));
}

Handled listSites(PanelContext &context, const Request &request, const Caller &caller)
{
    auto paging = readPaging(request);
    if (!paging.ok())
        return paging.error();
    store::SiteQuery query;
    query.text = request.query(QStringLiteral("q"));
    query.offset = paging->offset;
    query.limit = paging->limit;
    const QString scope = request.query(QStringLiteral("scope"));
    if (scope == QLatin1String("all")) {
        if (auto elevated = requireElevated(caller); !elevated.ok())
            return elevated.error();
    } else if (!scope.isEmpty() && scope != QLatin1String("mine")) {
        return badParameter(QStringLiteral("scope"), QStringLiteral("Must be mine or all."));
    } else {
        query.memberCrsid = caller.crsid;
    }
    const QString status = request.query(QStringLiteral("status"));
    if (!status.isEmpty()) {
        query.status = model::siteStatusFromString(status);
        if (!query.status) {
            return badParameter(QStringLiteral("status"), QStringLiteral("Unknown site status."));
        }
    }
    auto page = context.store.listSites(query, context.now());
    if (!page.ok())
        return page.error();
    auto memberships = context.store.membershipsOf(caller.crsid, context.now());
    if (!memberships.ok())
        return memberships.error();
    QHash<QString, model::Role> roles;
    for (const model::SiteMember &member : memberships.value())
        roles.insert(member.siteId, member.role);
    QJsonArray items;
    for (const model::Site &site : page->items) {
        const auto role = roles.constFind(site.id);
        items.append(siteJson(site, role != roles.constEnd() ? std::optional(*role) : std::nullopt));
    }
    return jsonResponse(request, pageJson(items, page->total, *paging));
}

Handled createSite(PanelContext &context, const Request &request, const Caller &caller)
{
    return withIdempotency(context, caller, request, [&]() -> Handled {
        auto body = JsonBody::parse(request.http);
        if (!body.ok())
            return body.error();
        const auto name = body->string(QStringLiteral("name"), true, 100);
        const auto description = body->string(QStringLiteral("description"), false, 250);
        const auto email = body->string(QStringLiteral("contactEmail"), true, 254);
        const auto owner = body->string(QStringLiteral("owner"), false, 20);
        checkField(*body, QStringLiteral("name"), name, validate::siteNameProblem);
        checkField(*body, QStringLiteral("description"), description, validate::siteDescriptionProblem);
        checkField(*body, QStringLiteral("contactEmail"), email, validate::emailProblem);
        checkField(*body, QStringLiteral("owner"), owner, validate::crsidProblem);
        if (owner && !caller.elevated)
            body->addError(QStringLiteral("owner"), QStringLiteral("Only staff can create a site for "
                                                                   "someone else."));
        if (auto finished = body->finish(); !finished.ok())
            return finished.error();

        const QDateTime now = context.now();
        model::Site site;
        site.name = *name;
        site.description = description.value_or(QString());
        site.contactEmail = *email;
        // Staff in staff mode create working sites; everyone else requests one.
        site.status = caller.elevated ? model::SiteStatus::Active : model::SiteStatus::Requested;
        site.requestedBy = caller.crsid;
        Result<model::Site> created = Error::make(Error::Kind::Server, {});
        const Status done = context.store.database().transaction([&]() -> Status {
            // The id is chosen here so that an active site has its name from the start.
            site.id = QStringLiteral("site-%1").arg(QRandomGenerator::system()->generate(), 8, 16,
                                                    QLatin1Char('0'));
            if (site.status == model::SiteStatus::Active)
                site.hostname = siteServiceName(context, site.id);
            created = context.store.createSite(site, now);
            if (!created.ok())
                return created.error();
            // It lives on the host this panel serves (a remote host, later, by choice).
            if (Status placed = context.store.setSiteHostName(created->id, context.config.host.name);
                !placed.ok())
                return placed;

            model::SiteMember member;
            member.siteId = created->id;
            member.crsid = owner.value_or(caller.crsid);
            member.role = model::Role::Owner;
            member.addedBy = caller.crsid;
            member.createdAt = now;
            if (auto put = context.store.putMember(member); !put.ok())
                return put;
            return recordAudit(context, caller, created->id,
                               caller.elevated ? QStringLiteral("site.create")
                                               : QStringLiteral("site.request"),
                               created->id, QJsonValue::Null, created->toJson());
        });
        if (!done.ok())
            return done.error();
        return jsonResponse(request, siteJson(*created, model::Role::Owner), 201,
                            versionTag(created->version));
    });
}

Handled readSite(PanelContext &, const Request &request, const Caller &, const SiteAccess &access)
{
    return jsonResponse(request, siteJson(access.site, access.role), 200, versionTag(access.site.version));
}

Handled updateSite(PanelContext &context, const Request &request, const Caller &caller,
                   const SiteAccess &access)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto name = body->string(QStringLiteral("name"), false, 100);
    const auto description = body->string(QStringLiteral("description"), false, 250);
    const auto email = body->string(QStringLiteral("contactEmail"), false, 254);
    checkField(*body, QStringLiteral("name"), name, validate::siteNameProblem);
    checkField(*body, QStringLiteral("description"), description, validate::siteDescriptionProblem);
    checkField(*body, QStringLiteral("contactEmail"), email, validate::emailProblem);
    if (auto finished = body->finish(); !finished.ok())
        return finished.error();
    if (auto match = checkIfMatch(request, access.site.version); !match.ok())
        return match.error();

    model::Site site = access.site;
    site.name = name.value_or(site.name);
    site.description = description.value_or(site.description);
    site.contactEmail = email.value_or(site.contactEmail);
    Result<model::Site> updated = Error::make(Error::Kind::Server, {});
    const Status done = context.store.database().transaction([&]() -> Status {
        updated = context.store.updateSite(site, access.site.version, context.now());
        if (!updated.ok())
            return updated.error();
        return recordAudit(context, caller, site.id, QStringLiteral("site.update"), site.id,
                           access.site.toJson(), updated->toJson());
    });
    if (!done.ok())
        return done.error();
    return jsonResponse(request, siteJson(*updated, access.role), 200, versionTag(updated->version));
}

} // namespace

void registerSiteRoutes(Router &router, PanelContext &context)
{
    const QString sites = QStringLiteral("/api/v1/sites");
    const QString site = QStringLiteral("/api/v1/sites/{siteId}");
    router.add(Method::Get, sites, signedInRoute(context, listSites));
    router.add(Method::Post, sites, signedInRoute(context, createSite));
    router.add(Method::Get, site, siteRoute(context, Need::Read, readSite));
    router.add(Method::Patch, site, siteRoute(context, Need::Write, updateSite));

    using S = model::SiteStatus;
    const struct
    {
        const char *path;
        const char *action;
        Need need;
        QList<S> from;
        S to;
        bool reason;
    } transitions[] = {
        {"suspend", "suspend", Need::Staff, {S::Active, S::Disabled}, S::Suspended, true},
        {"unsuspend", "unsuspend", Need::Staff, {S::Suspended}, S::Active, false},
        {"disable", "disable", Need::Write, {S::Active}, S::Disabled, false},
        // Read, not Write: Write refuses sites that are not active, and enabling is how one becomes so.
        {"enable", "enable", Need::Read, {S::Disabled}, S::Active, false},
    };
    for (const auto &t : transitions) {
        router.add(
            Method::Post, QStringLiteral("/api/v1/sites/{siteId}/") + QLatin1String(t.path),
            siteRoute(context, t.need,
                      [&context, t](const Request &request, const Caller &caller, const SiteAccess &access) {
                          return changeStatus(context, request, caller, access, QLatin1String(t.action),
                                              t.from, t.to, t.reason);
                      }));
    }

    router.add(Method::Delete, QStringLiteral("/api/v1/sites/{siteId}"),
               siteRoute(context, Need::Staff,
                         [&context](const Request &request, const Caller &caller, const SiteAccess &access) {
                             return changeStatus(
                                 context, request, caller, access, QStringLiteral("delete"),
                                 {S::Requested, S::Active, S::Suspended, S::Disabled, S::Declined},
                                 S::Deleted, false);
                         }));
}

} // namespace mws::panel
