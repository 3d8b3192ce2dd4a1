// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the routes of every area under /sites/{siteId} share, beyond apisupport.h's site lookup
// and authorization (siteRoute) and http/responses.h's If-Match (checkIfMatch): the host, field
// errors, preview versus apply, and queueing a job. An area's *api.cpp includes this.

#include "api/apisupport.h"

#include <QJsonObject>

namespace mws::host {
class SiteHost;
}

namespace mws::store {
struct SiteState;
struct SiteChange;
} // namespace mws::store

namespace mws::panel {

// The site host, or 503 when this panel manages no web servers.
Result<host::SiteHost *> requireHost(PanelContext &context);

// A 422 naming every field that is wrong.
Error invalidFields(QList<FieldError> fields);

// ?preview=true (or 1): answer with what the change would do, and do nothing.
bool wantsPreview(const Request &request);

// 202 with the job, and Location: /api/v1/jobs/{id}.
QHttpServerResponse acceptedJob(const Request &request, const model::Job &job);

// Queues a job of `runner` for the site, made by the caller, and answers 202. The queue runs a
// site's jobs one at a time in the order they came; what a job must not run after (a change
// made against a version another change replaces) is for the route to refuse first.
Handled queueSiteJob(PanelContext &context, const Request &request, const Caller &caller,
                     const QString &siteId, const QString &kind, const QString &runner,
                     const QJsonObject &payload = {});

// The ETag of a resource made of some slices of a site's state: each slice's name and version
// ("hosting.3;php.2"), so that a change to one of them is checked against its own version only.
QByteArray slicesTag(const store::SiteState &state, const QStringList &slices);
// If-Match for a change to one slice: "*", a slicesTag naming the slice at its current version,
// or the slice's own versionTag. Without one: 428; naming another version: 412.
Status checkSliceIfMatch(const Request &request, const QString &slice, qint64 version);

// A change to one slice of the site's state (change.slice; change.proposed is the slice's whole
// new document; action, target and the audit's before and after filled in). With ?preview=true
// it answers with the files the change would touch, diffed. Otherwise If-Match must name the
// slice's current version (another slice's changes do not make it stale), a second change to the
// same slice is refused while one waits (409: it would only fail when its turn came), and the
// change is queued as a job the site host applies with rollback (202).
Handled submitSliceChange(PanelContext &context, const Request &request, const Caller &caller,
                          const store::SiteState &current, store::SiteChange change);

} // namespace mws::panel
