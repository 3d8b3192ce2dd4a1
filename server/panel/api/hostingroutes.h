// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the hosting area's API files share: every hosting route reads the site's current hosting
// (the "hosting" slice of its state) and either previews a change or queues it as a job that the
// site host applies with rollback (submitSliceChange).

#include "api/siteroutes.h"
#include "hostingstore.h"
#include "sitehost.h"
#include "store.h"

namespace mws::panel {

using HostingHandler = Handled (*)(PanelContext &, const Request &, const Caller &, const SiteAccess &,
                                   const model::SiteHosting &current);

// The route wrapper of every hosting route: the host must exist, the caller may do what need
// says; the handler gets the site's current hosting.
Router::Handler hostingRoute(PanelContext &context, Need need, HostingHandler handler);

// A change to the site's hosting as a route makes it: proposed is current with the change made;
// what the audit log records as before and after.
struct HostingChange
{
    model::SiteHosting proposed;
    QString slice = store::hostingSlice(); // or store::phpSlice(): which part of proposed changes
    QString action;
    QString target;
    QJsonValue before;
    QJsonValue after;
};
HostingChange hostingChange(model::SiteHosting proposed, const QString &action, const QString &target,
                            const QJsonValue &before, const QJsonValue &after);

// The change as a change to its slice, submitted (submitSliceChange).
Handled submitHostingChange(PanelContext &context, const Request &request, const Caller &caller,
                            const model::SiteHosting &current, const HostingChange &change);

// The site's hosting as the API shows it (both slices; its version grows with a change to either,
// and home says where the site's files are), and its ETag (both slices' versions).
struct HostingView
{
    QJsonObject json;
    QByteArray etag;
};
Result<HostingView> hostingView(PanelContext &context, const QString &siteId);

// The vhost the request's path names, or 404.
Result<model::Vhost> requestedVhost(const model::SiteHosting &hosting, const Request &request);

} // namespace mws::panel
