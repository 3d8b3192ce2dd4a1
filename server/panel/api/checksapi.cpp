// Site checks: a job that asks each of the site's vhosts through the front and records what
// each answered (host/sitecheckjob.cpp). Any member may ask; it changes nothing.
#include "api/siteroutes.h"

namespace mws::panel {

void registerCheckRoutes(Router &router, PanelContext &context)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/sites/{siteId}/checks"),
               siteRoute(context, Need::Read,
                         [&context](const Request &request, const Caller &caller, const SiteAccess &access) -> Handled {
                             if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
                                 return host.error();
                             if (access.site.status != model::SiteStatus::Active)
                                 return Error::make(Error::Kind::Conflict,
                                                    QStringLiteral("Only an active site serves anything to check."));
                             return queueSiteJob(context, request, caller, access.site.id,
                                                 QStringLiteral("site.check"), QStringLiteral("site.check"));
                         }));
}

} // namespace mws::panel
