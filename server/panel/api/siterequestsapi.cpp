// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site requests: an owner asks for a site with POST /api/v1/sites (sitesapi.cpp), which stores it
// as a site of status "requested" with the owner as its member, so it is in their list from the
// start. Elevated staff approve it here, choosing the host it lives on, or decline it with a reason
// the owner reads (status "declined"; the site stays, so the owner sees why).
#include "api/apisupport.h"
#include "api/shellaccessroutes.h"
#include "http/jsonbody.h"
#include "inventorystore.h"
#include "store.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

// Where a site may be placed: this panel's own host, then the hosts of the fleet's inventory
// (each served by the panel that runs on it, sharing this store).
Result<QStringList> siteHosts(PanelContext &context)
{
    Result<model::Inventory> inventory = store::InventoryStore(context.store.database()).read();
    if (!inventory)
        return inventory.error();
    QStringList hosts{context.config.host.name};
    for (const model::HostVm &host : inventory->hosts)
        if (!hosts.contains(host.host))
            hosts << host.host;
    return hosts;
}

Error notRequested(const model::Site &site, const QString &action)
{
    return Error::make(Error::Kind::Conflict,
                       QStringLiteral("Site %1 is %2, not requested, so it cannot be %3.")
                           .arg(site.id, model::toString(site.status), action));
}

// Stores the decided site with its audit record, and answers with it.
Handled decide(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &access,
               const model::Site &decided, const QString &host)
{
    Result<model::Site> updated = Error::make(Error::Kind::Server, {});
    const Status done = context.store.database().transaction([&]() -> Status {
        updated = context.store.updateSite(decided, access.site.version, context.now());
        if (!updated.ok())
            return updated.error();
        QJsonObject after = updated->toJson();
        if (!host.isEmpty()) {
            if (Status placed = context.store.setSiteHostName(decided.id, host); !placed.ok())
                return placed;
            after.insert(QStringLiteral("host"), host);
        }
        const QString action = decided.status == model::SiteStatus::Active ? QStringLiteral("site.approve")
                                                                           : QStringLiteral("site.decline");
        return recordAudit(context, caller, decided.id, action, decided.id, access.site.toJson(), after);
    });
    if (!done.ok())
        return done.error();
    // The owner gets their account and shell on the host the site now lives on.
    queueShellAccessSync(context, caller, {decided.id});
    return jsonResponse(request, siteJson(*updated, access.role), 200, versionTag(updated->version));
}

Handled approveSite(PanelContext &context, const Request &request, const Caller &caller,
                    const SiteAccess &access)
{
    auto body = JsonBody::parse(request.http, true);
    if (!body.ok())
        return body.error();
    const auto host = body->string(QStringLiteral("host"), false, 63);
    Result<QStringList> hosts = siteHosts(context);
    if (!hosts)
        return hosts.error();
    if (host && !hosts->contains(*host))
        body->addError(QStringLiteral("host"),
                       QStringLiteral("There is no host %1: use one of %2.").arg(*host, hosts->join(u", ")));
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    if (access.site.status != model::SiteStatus::Requested)
        return notRequested(access.site, QStringLiteral("approved"));
    model::Site site = access.site;
    site.status = model::SiteStatus::Active;
    // A site gets its service name when it first becomes active.
    if (site.hostname.isEmpty())
        site.hostname = siteServiceName(context, site.id);
    return decide(context, request, caller, access, site, host.value_or(QString()));
}

Handled declineSite(PanelContext &context, const Request &request, const Caller &caller,
                    const SiteAccess &access)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto reason = body->multiline(QStringLiteral("reason"), true, 500);
    if (reason && reason->trimmed().isEmpty())
        body->addError(QStringLiteral("reason"), QStringLiteral("Say why, for the person who asked."));
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    if (access.site.status != model::SiteStatus::Requested)
        return notRequested(access.site, QStringLiteral("declined"));
    model::Site site = access.site;
    site.status = model::SiteStatus::Declined;
    site.declineReason = reason->trimmed();
    return decide(context, request, caller, access, site, {});
}

Handled listSiteHosts(PanelContext &context, const Request &request, const Caller &caller)
{
    if (Status elevated = requireElevated(caller); !elevated.ok())
        return elevated.error();
    Result<QStringList> hosts = siteHosts(context);
    if (!hosts)
        return hosts.error();
    return jsonResponse(request, {{QStringLiteral("hosts"), QJsonArray::fromStringList(*hosts)},
                                  {QStringLiteral("default"), context.config.host.name}});
}

} // namespace

void registerSiteRequestRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Post, QStringLiteral("/api/v1/sites/{siteId}/approve"),
               siteRoute(context, Need::Staff, approveSite));
    router.add(Method::Post, QStringLiteral("/api/v1/sites/{siteId}/decline"),
               siteRoute(context, Need::Staff, declineSite));
    router.add(Method::Get, QStringLiteral("/api/v1/staff/site-hosts"),
               signedInRoute(context, listSiteHosts));
}

} // namespace mws::panel
