// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/siteroutes.h"

#include "jobqueue.h"
#include "sitehost.h"
#include "siteslices.h"

#include <QHttpHeaders>

namespace mws::panel {

Result<host::SiteHost *> requireHost(PanelContext &context)
{
    if (!context.host) {
        Error error = Error::make(Error::Kind::Unavailable,
                                  QStringLiteral("This panel does not manage web servers ([host] is off)."));
        error.httpStatus = 503;
        return error;
    }
    return context.host;
}

Error invalidFields(QList<FieldError> fields)
{
    Error error = Error::make(Error::Kind::Invalid, QStringLiteral("Some fields are not valid."));
    error.fields = std::move(fields);
    return error;
}

bool wantsPreview(const Request &request)
{
    const QString preview = request.query(QStringLiteral("preview"));
    return preview == QLatin1String("true") || preview == QLatin1String("1");
}

QHttpServerResponse acceptedJob(const Request &request, const model::Job &job)
{
    QHttpServerResponse response = jsonResponse(request, job.toJson(), 202);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::Location,
                   QStringLiteral("/api/v1/jobs/%1").arg(job.id).toLatin1());
    response.setHeaders(std::move(headers));
    return response;
}

Handled queueSiteJob(PanelContext &context, const Request &request, const Caller &caller,
                     const QString &siteId, const QString &kind, const QString &runner,
                     const QJsonObject &payload)
{
    model::Job job;
    job.siteId = siteId;
    job.kind = kind;
    job.runner = runner;
    job.payload = payload;
    job.createdBy = caller.crsid;
    job.createdAt = context.now();
    Result<model::Job> queued = context.jobs->enqueue(job, [&](const model::Job &created) -> Status {
        Result<int> logged =
            context.store.appendJobLog(created.id, QStringLiteral("Queued"), created.createdAt);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!queued)
        return queued.error();
    return acceptedJob(request, *queued);
}

QByteArray slicesTag(const store::SiteState &state, const QStringList &slices)
{
    QByteArrayList parts;
    for (const QString &slice : slices)
        parts << slice.toLatin1() + '.' + QByteArray::number(state.slice(slice).version);
    return '"' + parts.join(';') + '"';
}

Status checkSliceIfMatch(const Request &request, const QString &slice, qint64 version)
{
    QByteArray ifMatch = request.header(QHttpHeaders::WellKnownHeader::IfMatch).trimmed();
    if (ifMatch.size() > 2 && ifMatch.startsWith('"') && ifMatch.endsWith('"'))
        for (const QByteArray &part : ifMatch.mid(1, ifMatch.size() - 2).split(';'))
            if (part == slice.toLatin1() + '.' + QByteArray::number(version))
                return {};
    return checkIfMatch(request, version); // "*", the slice's own "v<version>", or the refusal
}

Handled submitSliceChange(PanelContext &context, const Request &request, const Caller &caller,
                          const store::SiteState &current, store::SiteChange change)
{
    if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
        return host.error();
    const qint64 version = current.slice(change.slice).version;
    if (wantsPreview(request))
        return jsonResponse(
            request,
            context.host->preview(current, current.with(change.slice, change.proposed, version)).toJson());
    if (Status match = checkSliceIfMatch(request, change.slice, version); !match.ok())
        return match.error();
    Result<QString> waiting =
        store::SliceStore(context.store.database()).pendingChangeJob(current.siteId, change.slice);
    if (!waiting.ok())
        return waiting.error();
    if (!waiting->isEmpty())
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("A change to this site is being applied (job %1); wait for it to "
                                          "finish, then make yours.")
                               .arg(*waiting));
    change.siteId = current.siteId;
    change.baseVersion = version;
    change.actor = caller.crsid;
    change.elevated = caller.elevated;
    change.createdAt = context.now();
    Result<model::Job> created = context.host->queue(change);
    if (!created.ok())
        return created.error();
    return acceptedJob(request, *created);
}

} // namespace mws::panel
