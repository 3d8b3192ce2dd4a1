// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/caller.h"
#include "context.h"
#include "http/problem.h"
#include "http/responses.h"
#include "http/router.h"
#include "model/types.h"

#include <QJsonValue>

#include <optional>

namespace mws::panel {

// Handlers return a response or an Error; errors become problem+json here, in one place.
using Handled = Result<QHttpServerResponse>;
template <typename F> Router::Handler handled(F f)
{
    return [f = std::move(f)](const Request &request) -> QHttpServerResponse {
        Handled result = f(request);
        if (!result.ok())
            return problemResponse(result.error());
        return std::move(result).value();
    };
}

// What a caller needs on a site for an action.
enum class Need
{
    Read,    // see the site, its members, activity and jobs
    Write,   // change the site (only while it is active)
    Members, // change who has access (owners and admins)
    Staff,   // staff actions: elevated staff mode only
};

struct SiteAccess
{
    model::Site site;
    std::optional<model::Role> role; // the caller's role, if a member
};

// Loads the site and checks the caller may do what they ask; 403/404/409 otherwise.
Result<SiteAccess> accessSite(PanelContext &context, const Caller &caller, const QString &siteId, Need need);
Status requireElevated(const Caller &caller);

// The caller's current (unexpired) membership of a site; a store failure reads as none.
std::optional<model::SiteMember> currentMembership(PanelContext &context, const QString &siteId,
                                                   const QString &crsid);
// A token of this person's by its id.
std::optional<model::ApiToken> ownToken(PanelContext &context, const QString &crsid, const QString &tokenId);

// Staff mode sees everyone's sites, so what it reads is recorded too ("staff.read"), not only
// what it changes (which every change records anyway).
Status auditElevatedRead(PanelContext &context, const Caller &caller, const Request &request,
                         const QHttpServerResponse &response);
// The same once the request is gone (a deferred route's answer).
Status auditElevatedRead(PanelContext &context, const Caller &caller, const QString &method,
                         const QString &siteId, const QString &path, const QHttpServerResponse &response);

// A route for signed-in callers: f(request, caller).
template <typename F> Router::Handler signedInRoute(PanelContext &context, F f)
{
    return handled([&context, f = std::move(f)](const Request &request) -> Handled {
        auto caller = requireCaller(context, request);
        if (!caller.ok())
            return caller.error();
        Handled result = f(request, caller.value());
        if (result.ok() && caller->elevated)
            if (Status audited = auditElevatedRead(context, caller.value(), request, result.value());
                !audited.ok())
                return audited.error();
        return result;
    });
}

// A route under /sites/{siteId}: f(request, caller, access) runs once the caller may do `need`.
template <typename F> Router::Handler siteRoute(PanelContext &context, Need need, F f)
{
    return signedInRoute(
        context, [&context, need, f = std::move(f)](const Request &request, const Caller &caller) -> Handled {
            auto access = accessSite(context, caller, request.path(QStringLiteral("siteId")), need);
            if (!access.ok())
                return access.error();
            return f(request, caller, access.value());
        });
}

// The same two routes for a handler written as a named function, which gets the context first.
using SignedInHandler = Handled (*)(PanelContext &, const Request &, const Caller &);
using SiteHandler = Handled (*)(PanelContext &, const Request &, const Caller &, const SiteAccess &);
inline Router::Handler signedInRoute(PanelContext &context, SignedInHandler handler)
{
    return signedInRoute(context, [&context, handler](const Request &request, const Caller &caller) {
        return handler(context, request, caller);
    });
}
inline Router::Handler siteRoute(PanelContext &context, Need need, SiteHandler handler)
{
    return siteRoute(
        context, need,
        [&context, handler](const Request &request, const Caller &caller, const SiteAccess &access) {
            return handler(context, request, caller, access);
        });
}

// A route under /sites/{siteId} whose answer comes later: the caller and their access are checked
// at once (an error is answered at once), then handler runs and calls done once, later, with the
// answer or the error. What an elevated caller read is audited as for any route.
using DeferredSiteHandler = void (*)(PanelContext &, const Request &, const Caller &, const SiteAccess &,
                                     std::function<void(Handled)> done);
Router::DeferredHandler deferredSiteRoute(PanelContext &context, Need need, DeferredSiteHandler handler);

// A site as the API shows it: with the caller's role on it (null if none).
QJsonObject siteJson(const model::Site &site, const std::optional<model::Role> &role);
// The name a site is served by once active: <site id>.<sites_domain>.
QString siteServiceName(const PanelContext &context, const QString &siteId);

// A 400 for a bad query parameter, naming it.
Error badParameter(const QString &parameter, const QString &message);

// Records who did what; an audit write that fails fails the request.
Status recordAudit(PanelContext &context, const Caller &caller, const QString &siteId, const QString &action,
                   const QString &target, const QJsonValue &before, const QJsonValue &after);

// Replays the stored response of an earlier create with the same Idempotency-Key, or runs it.
Handled withIdempotency(PanelContext &context, const Caller &caller, const Request &request,
                        const std::function<Handled()> &create);

} // namespace mws::panel
