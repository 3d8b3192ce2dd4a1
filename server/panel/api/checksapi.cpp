// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site checks: a job that asks each of the site's vhosts through the front and records what
// each answered (host/sitecheckjob.cpp). Any member may ask; it changes nothing.
#include "api/siteroutes.h"
#include "store.h"

namespace mws::panel {

namespace {
constexpr int maxWaitingChecks = 10;
}

void registerCheckRoutes(Router &router, PanelContext &context)
{
    router.add(
        QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/sites/{siteId}/checks"),
        siteRoute(
            context, Need::Read,
            [&context](const Request &request, const Caller &caller, const SiteAccess &access) -> Handled {
                if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
                    return host.error();
                if (access.site.status != model::SiteStatus::Active)
                    return Error::make(Error::Kind::Conflict,
                                       QStringLiteral("Only an active site serves anything to check."));
                // A flood of checks would hold back the site's changes, queued behind them.
                Result<int> waiting =
                    context.store.unfinishedJobCount(access.site.id, QStringLiteral("site.check"));
                if (!waiting.ok())
                    return waiting.error();
                if (*waiting >= maxWaitingChecks)
                    return Error::make(Error::Kind::Conflict,
                                       QStringLiteral("%1 checks of this site are waiting already; "
                                                      "ask again when they are done.")
                                           .arg(*waiting));
                return queueSiteJob(context, request, caller, access.site.id, QStringLiteral("site.check"),
                                    QStringLiteral("site.check"));
            }));
}

} // namespace mws::panel
