// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/hostingroutes.h"

namespace mws::panel {

Router::Handler hostingRoute(PanelContext &context, Need need, HostingHandler handler)
{
    return siteRoute(context, need,
                     [&context, handler](const Request &request, const Caller &caller,
                                         const SiteAccess &access) -> Handled {
                         if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
                             return host.error();
                         Result<model::SiteHosting> current =
                             store::HostingStore(context.store.database()).siteHosting(access.site.id);
                         if (!current.ok())
                             return current.error();
                         return handler(context, request, caller, access, current.value());
                     });
}

HostingChange hostingChange(model::SiteHosting proposed, const QString &action, const QString &target,
                            const QJsonValue &before, const QJsonValue &after)
{
    HostingChange change;
    change.proposed = std::move(proposed);
    change.action = action;
    change.target = target;
    change.before = before;
    change.after = after;
    return change;
}

Handled submitHostingChange(PanelContext &context, const Request &request, const Caller &caller,
                            const model::SiteHosting &current, const HostingChange &change)
{
    Result<store::SiteState> state = store::SliceStore(context.store.database()).state(current.siteId);
    if (!state.ok())
        return state.error();
    store::SiteChange sliceChange;
    sliceChange.slice = change.slice;
    sliceChange.proposed = change.slice == store::phpSlice() ? store::phpDocument(change.proposed.php)
                                                             : store::hostingDocument(change.proposed);
    sliceChange.action = change.action;
    sliceChange.target = change.target;
    sliceChange.auditBefore = change.before;
    sliceChange.auditAfter = change.after;
    return submitSliceChange(context, request, caller, *state, std::move(sliceChange));
}

Result<HostingView> hostingView(PanelContext &context, const QString &siteId)
{
    Result<store::SiteState> state = store::SliceStore(context.store.database()).state(siteId);
    if (!state.ok())
        return state.error();
    model::SiteHosting hosting = store::hostingOf(*state);
    hosting.home = context.host->config().siteHome(siteId);
    // What a page compares to see that anything changed.
    hosting.version += state->slice(store::phpSlice()).version;
    return HostingView{hosting.toJson(), slicesTag(*state, {store::hostingSlice(), store::phpSlice()})};
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
