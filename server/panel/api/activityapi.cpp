// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What happened: audit events per site and service-wide, and jobs with their progress and logs.
#include "api/apisupport.h"
#include "store.h"

#include <QJsonArray>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

Handled auditPage(PanelContext &context, const Request &request, const QString &siteId)
{
    auto paging = readPaging(request);
    if (!paging.ok())
        return paging.error();
    store::AuditQuery query;
    query.siteId = siteId;
    query.actor = request.query(QStringLiteral("actor"));
    query.actionPrefix = request.query(QStringLiteral("action"));
    const QString since = request.query(QStringLiteral("since"));
    if (!since.isEmpty()) {
        query.since = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!query.since.isValid()) {
            return badParameter(QStringLiteral("since"), QStringLiteral("Must be an RFC 3339 time."));
        }
    }
    query.offset = paging->offset;
    query.limit = paging->limit;
    auto page = context.store.audit(query);
    if (!page.ok())
        return page.error();
    QJsonArray items;
    for (const model::AuditEvent &event : page->items)
        items.append(event.toJson());
    return jsonResponse(request, pageJson(items, page->total, *paging));
}

// A job is visible to whoever may read its site.
Result<model::Job> accessJob(PanelContext &context, const Caller &caller, const QString &jobId, Need need)
{
    auto job = context.store.job(jobId);
    if (!job.ok())
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no job %1.").arg(jobId));
    if (auto access = accessSite(context, caller, job->siteId, need); !access.ok())
        return access.error();
    return job;
}

Handled siteActivity(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    return auditPage(context, request, access.site.id);
}

Handled serviceActivity(PanelContext &context, const Request &request, const Caller &caller)
{
    if (auto elevated = requireElevated(caller); !elevated.ok())
        return elevated.error();
    return auditPage(context, request, request.query(QStringLiteral("siteId")));
}

Handled siteJobs(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    auto paging = readPaging(request);
    if (!paging.ok())
        return paging.error();
    auto page = context.store.jobs(access.site.id, paging->offset, paging->limit);
    if (!page.ok())
        return page.error();
    QJsonArray items;
    for (const model::Job &job : page->items)
        items.append(job.toJson());
    return jsonResponse(request, pageJson(items, page->total, *paging));
}

Handled readJob(PanelContext &context, const Request &request, const Caller &caller)
{
    auto job = accessJob(context, caller, request.path(QStringLiteral("jobId")), Need::Read);
    if (!job.ok())
        return job.error();
    return jsonResponse(request, job->toJson());
}

Handled readJobLog(PanelContext &context, const Request &request, const Caller &caller)
{
    auto job = accessJob(context, caller, request.path(QStringLiteral("jobId")), Need::Read);
    if (!job.ok())
        return job.error();
    bool ok = true;
    const QString after = request.query(QStringLiteral("after"));
    const int afterSeq = after.isEmpty() ? 0 : after.toInt(&ok);
    if (!ok || afterSeq < 0) {
        return badParameter(QStringLiteral("after"), QStringLiteral("Must be a line number."));
    }
    auto log = context.store.jobLog(job->id, afterSeq);
    if (!log.ok())
        return log.error();
    QJsonArray lines;
    for (const model::JobLogLine &line : log.value())
        lines.append(line.toJson());
    return jsonResponse(request, QJsonObject{{QStringLiteral("items"), lines},
                                             {QStringLiteral("state"), model::toString(job->state)}});
}

Handled cancelJob(PanelContext &context, const Request &request, const Caller &caller)
{
    auto job = accessJob(context, caller, request.path(QStringLiteral("jobId")), Need::Write);
    if (!job.ok())
        return job.error();
    if (model::isFinished(job->state))
        return Error::make(Error::Kind::Conflict, QStringLiteral("The job has already finished."));
    const Status done = context.store.database().transaction([&]() -> Status {
        if (auto finished = context.store.finishJob(job->id, model::JobState::Cancelled,
                                                    QStringLiteral("Cancelled by %1.").arg(caller.crsid), {},
                                                    context.now());
            !finished.ok())
            return finished;
        return recordAudit(context, caller, job->siteId, QStringLiteral("job.cancel"), job->id, job->toJson(),
                           QJsonValue::Null);
    });
    if (!done.ok())
        return done.error();
    auto updated = context.store.job(job->id);
    if (!updated.ok())
        return updated.error();
    return jsonResponse(request, updated->toJson());
}

} // namespace

void registerActivityRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Get, QStringLiteral("/api/v1/sites/{siteId}/audit"),
               siteRoute(context, Need::Read, siteActivity));

    router.add(Method::Get, QStringLiteral("/api/v1/audit"), signedInRoute(context, serviceActivity));

    router.add(Method::Get, QStringLiteral("/api/v1/sites/{siteId}/jobs"),
               siteRoute(context, Need::Read, siteJobs));

    router.add(Method::Get, QStringLiteral("/api/v1/jobs/{jobId}"), signedInRoute(context, readJob));

    router.add(Method::Get, QStringLiteral("/api/v1/jobs/{jobId}/log"), signedInRoute(context, readJobLog));

    router.add(Method::Post, QStringLiteral("/api/v1/jobs/{jobId}/cancel"),
               signedInRoute(context, cancelJob));
}

} // namespace mws::panel
