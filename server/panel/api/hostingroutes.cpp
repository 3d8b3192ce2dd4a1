#include "api/hostingroutes.h"

namespace mws::panel {

Router::Handler hostingRoute(PanelContext &context, Need need, HostingHandler handler)
{
    return siteRoute(context, need,
                     [&context, handler](const Request &request, const Caller &caller,
                                         const SiteAccess &access) -> Handled {
                         if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
                             return host.error();
                         Result<model::SiteHosting> current = context.store.siteHosting(access.site.id);
                         if (!current.ok())
                             return current.error();
                         return handler(context, request, caller, access, current.value());
                     });
}

store::HostingChange hostingChange(model::SiteHosting proposed, const QString &action, const QString &target,
                                   const QJsonValue &before, const QJsonValue &after)
{
    store::HostingChange change;
    change.proposed = std::move(proposed);
    change.action = action;
    change.target = target;
    change.auditBefore = before;
    change.auditAfter = after;
    return change;
}

Handled submitHostingChange(PanelContext &context, const Request &request, const Caller &caller,
                            const model::SiteHosting &current, store::HostingChange change)
{
    change.proposed.siteId = current.siteId;
    if (wantsPreview(request))
        return jsonResponse(request, context.host->preview(current, change.proposed).toJson());
    if (Status match = checkIfMatch(request, current.version); !match.ok())
        return match.error();
    // One change at a time per site: a second one made against the same version would only
    // fail when its turn came.
    Result<QString> waiting = context.store.pendingHostingJob(current.siteId);
    if (!waiting.ok())
        return waiting.error();
    if (!waiting->isEmpty())
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("A change to this site is being applied (job %1); wait for it to "
                                          "finish, then make yours.")
                               .arg(*waiting));
    change.siteId = current.siteId;
    change.baseVersion = current.version;
    change.actor = caller.crsid;
    change.elevated = caller.elevated;
    change.createdAt = context.now();
    Result<model::Job> created = context.host->queue(change);
    if (!created.ok())
        return created.error();
    return acceptedJob(request, *created);
}

Result<model::Vhost> requestedVhost(const model::SiteHosting &hosting, const Request &request)
{
    const QString name = request.path(QStringLiteral("vhost"));
    const model::Vhost *vhost = hosting.vhost(name);
    if (!vhost)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("The site has no vhost called %1.").arg(name));
    return *vhost;
}

} // namespace mws::panel
