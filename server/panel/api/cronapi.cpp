// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's cron jobs: the "crontab" slice of its state, changed whole (PUT, previewed and applied
// with rollback like the hosting slices) and installed as the site user's crontab
// (server/host/cronpart.h); each job's runs, as the wrapper reported them; and "Run now", a job
// of its own kind.
#include "api/siteroutes.h"
#include "cronpart.h"
#include "cronstore.h"
#include "hostingstore.h"
#include "http/jsonbody.h"
#include "sitehost.h"
#include "store.h"
#include "validate/cronjobs.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

Status requireCron(PanelContext &context)
{
    if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
        return host.error();
    if (context.host->config().cron)
        return {};
    Error error = Error::make(Error::Kind::Unavailable,
                              QStringLiteral("This host runs no cron jobs ([host] cron_enabled is off)."));
    error.httpStatus = 503;
    return error;
}

struct CronView
{
    model::SiteCron cron;
    QByteArray etag;
};

// The jobs with each one's last run, the host's zone and the tab as installed; its ETag changes
// with the slice and with every run that starts or ends.
Result<CronView> cronView(PanelContext &context, const QString &siteId)
{
    Result<store::SiteState> state = store::SliceStore(context.store.database()).state(siteId);
    if (!state.ok())
        return state.error();
    store::CronRunStore runs(context.store.database());
    Result<QMap<QString, model::CronRunRecord>> last = runs.lastRuns(siteId);
    Result<QByteArray> runsTag = runs.runsTag(siteId);
    if (!last.ok())
        return last.error();
    if (!runsTag.ok())
        return runsTag.error();
    model::SiteCron cron = store::cronOf(*state);
    for (model::CronJob &job : cron.jobs)
        if (last->contains(job.id))
            job.lastRun = last->value(job.id);
    cron.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    cron.suspended = !store::hostingOf(*state).serving;
    if (context.host && context.host->config().cron && !cron.jobs.isEmpty())
        cron.crontab =
            QString::fromUtf8(host::renderCrontab(context.host->config(), siteId, cron, !cron.suspended));
    QByteArray etag = slicesTag(*state, {store::cronSlice()});
    etag.insert(etag.size() - 1, ";runs." + *runsTag);
    return CronView{cron, etag};
}

Handled readCron(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    Result<CronView> view = cronView(context, access.site.id);
    if (!view.ok())
        return view.error();
    return jsonResponse(request, view->cron.toJson(), 200, view->etag);
}

std::optional<model::CronJob> readJob(JsonBody &body)
{
    model::CronJob job;
    job.id = body.string(QStringLiteral("id"), false, 100).value_or(QString());
    // Long enough to say what is wrong with a long value; the limits are validate/cronjobs.h's.
    job.schedule = body.string(QStringLiteral("schedule"), true, 200).value_or(QString());
    job.command = body.multiline(QStringLiteral("command"), true, 65536).value_or(QString());
    job.description = body.multiline(QStringLiteral("description"), false, 1000).value_or(QString());
    job.timeoutSeconds =
        int(body.integer(QStringLiteral("timeoutSeconds"), false, 0, 1'000'000).value_or(3600));
    const QString overlap =
        body.string(QStringLiteral("overlap"), false, 20).value_or(QStringLiteral("skip"));
    if (const auto code = model::cronOverlapFromCode(overlap))
        job.overlap = *code;
    else
        body.addError(QStringLiteral("overlap"), QStringLiteral("Must be skip or wait."));
    if (auto variables = body.objects(QStringLiteral("environment"), false, 100))
        for (qsizetype i = 0; i < variables->size(); ++i) {
            JsonBody &variable = (*variables)[i];
            job.environment << model::CronVariable{
                variable.string(QStringLiteral("name"), true, 200).value_or(QString()),
                variable.multiline(QStringLiteral("value"), true, 4096).value_or(QString())};
            body.adopt(QStringLiteral("environment[%1].").arg(i), variable);
        }
    job.enabled = body.boolean(QStringLiteral("enabled"), false).value_or(true);
    job.mailOnFailure = body.boolean(QStringLiteral("mailOnFailure"), false).value_or(false);
    body.ignore(QStringLiteral("lastRun")); // what GET shows beside the job
    return job;
}

QString newJobId(const QList<model::CronJob> &jobs)
{
    while (true) {
        const QString id = QStringLiteral("job-%1").arg(QRandomGenerator::system()->bounded(0x1000000), 6, 16,
                                                        QLatin1Char('0'));
        if (std::none_of(jobs.begin(), jobs.end(), [&](const model::CronJob &job) { return job.id == id; }))
            return id;
    }
}

QJsonArray jobsJson(const QList<model::CronJob> &jobs)
{
    return store::cronDocument(jobs).value(QStringLiteral("jobs")).toArray();
}

Handled setCron(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &access)
{
    if (Status available = requireCron(context); !available.ok())
        return available.error();
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    QList<model::CronJob> jobs;
    if (auto items = body->objects(QStringLiteral("jobs"), true, validate::CronLimits::maxJobs))
        for (qsizetype i = 0; i < items->size(); ++i) {
            jobs << readJob((*items)[i]).value_or(model::CronJob());
            body->adopt(QStringLiteral("jobs[%1].").arg(i), (*items)[i]);
        }
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    const QMap<QString, QString> problems = validate::cronJobsProblems(jobs);
    if (!problems.isEmpty()) {
        QList<FieldError> fields;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            fields << FieldError{it.key(), it.value()};
        return invalidFields(fields);
    }
    for (model::CronJob &job : jobs)
        if (job.id.isEmpty())
            job.id = newJobId(jobs);
    Result<store::SiteState> state = store::SliceStore(context.store.database()).state(access.site.id);
    if (!state.ok())
        return state.error();
    store::SiteChange change;
    change.slice = store::cronSlice();
    change.proposed = store::cronDocument(jobs);
    change.action = QStringLiteral("cron.update");
    change.target = access.site.id;
    change.auditBefore = jobsJson(store::cronOf(*state).jobs);
    change.auditAfter = jobsJson(jobs);
    return submitSliceChange(context, request, caller, *state, std::move(change));
}

Handled listRuns(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    const QString job = request.query(QStringLiteral("job"));
    const QString limitText = request.query(QStringLiteral("limit"));
    bool good = true;
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&good);
    if (!good || limit < 1 || limit > 500)
        return badParameter(QStringLiteral("limit"), QStringLiteral("Must be a number from 1 to 500."));
    Result<QList<model::CronRunRecord>> runs =
        store::CronRunStore(context.store.database()).runs(access.site.id, job, limit, true);
    if (!runs.ok())
        return runs.error();
    return jsonResponse(request, model::CronRunList{*runs}.toJson());
}

Handled runNow(PanelContext &context, const Request &request, const Caller &caller, const SiteAccess &access)
{
    if (Status available = requireCron(context); !available.ok())
        return available.error();
    const QString jobId = request.path(QStringLiteral("jobId"));
    Result<store::SiteState> state = store::SliceStore(context.store.database()).state(access.site.id);
    if (!state.ok())
        return state.error();
    if (!store::cronOf(*state).job(jobId))
        return Error::make(Error::Kind::NotFound, QStringLiteral("The site has no cron job %1.").arg(jobId));
    if (Status audited = recordAudit(context, caller, access.site.id, QStringLiteral("cron.run"), jobId,
                                     QJsonValue::Null, QJsonValue::Null);
        !audited.ok())
        return audited.error();
    return queueSiteJob(context, request, caller, access.site.id, QStringLiteral("cron.run"),
                        QStringLiteral("cron.run"), QJsonObject{{QStringLiteral("jobId"), jobId}});
}

} // namespace

void registerCronRoutes(Router &router, PanelContext &context)
{
    const QString site = QStringLiteral("/api/v1/sites/{siteId}");
    router.add(Method::Get, site + QStringLiteral("/cron"), siteRoute(context, Need::Read, readCron));
    router.add(Method::Put, site + QStringLiteral("/cron"), siteRoute(context, Need::Write, setCron));
    router.add(Method::Get, site + QStringLiteral("/cron/runs"), siteRoute(context, Need::Read, listRuns));
    router.add(Method::Post, site + QStringLiteral("/cron/jobs/{jobId}/run"),
               siteRoute(context, Need::Write, runNow));
}

} // namespace mws::panel
