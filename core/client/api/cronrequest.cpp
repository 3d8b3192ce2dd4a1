// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/cronrequest.h"

#include "api/panelcall.h"

#include <QJsonArray>

namespace mws::api {

namespace {

using json::check;
using json::Type;

QString cronPath(const QString &siteId, const QString &rest = {})
{
    return QStringLiteral("api/v1/sites/%1/cron%2").arg(segment(siteId), rest);
}

Status checkRun(const QJsonObject &run)
{
    return check(run, "cron run",
                 {{"id", Type::Number},
                  {"jobId", Type::String},
                  {"trigger", Type::String},
                  {"startedAt", Type::Time},
                  {"endedAt", Type::NullableTime},
                  {"outcome", Type::String},
                  {"durationMs", Type::Number}});
}

Result<model::SiteCron> readSiteCron(const QJsonObject &json)
{
    if (auto checked = check(json, "cron",
                             {{"siteId", Type::String},
                              {"version", Type::Number},
                              {"jobs", Type::Array},
                              {"timeZone", Type::String},
                              {"crontab", Type::String},
                              {"suspended", Type::Bool}});
        !checked.ok())
        return checked.error();
    for (const QJsonValue &value : json.value(QLatin1String("jobs")).toArray()) {
        const QJsonObject job = value.toObject();
        if (auto checked = check(job, "cron job",
                                 {{"id", Type::String},
                                  {"schedule", Type::String},
                                  {"command", Type::String},
                                  {"timeoutSeconds", Type::Number},
                                  {"overlap", Type::String},
                                  {"environment", Type::Array},
                                  {"enabled", Type::Bool}});
            !checked.ok())
            return checked.error();
        if (auto known = json::checkEnum(job, "cron job", "overlap", &model::cronOverlapFromCode);
            !known.ok())
            return known.error();
        if (job.value(QLatin1String("lastRun")).isObject())
            if (auto checked = checkRun(job.value(QLatin1String("lastRun")).toObject()); !checked.ok())
                return checked.error();
    }
    return model::SiteCron::fromJson(json);
}

Result<model::CronRunList> readRuns(const QJsonObject &json)
{
    if (auto checked = check(json, "cron runs", {{"runs", Type::Array}}); !checked.ok())
        return checked.error();
    for (const QJsonValue &value : json.value(QLatin1String("runs")).toArray())
        if (auto checked = checkRun(value.toObject()); !checked.ok())
            return checked.error();
    return model::CronRunList::fromJson(json);
}

} // namespace

QFuture<Result<Fetched<model::SiteCron>>> CronClient::cron(const QString &siteId,
                                                           const QByteArray &ifNoneMatch)
{
    return fetch<model::SiteCron>(m_client, m_client.url(cronPath(siteId)), &readSiteCron, ifNoneMatch);
}

QFuture<Result<model::CronRunList>> CronClient::runs(const QString &siteId, const QString &jobId, int limit)
{
    const QUrl url =
        m_client.url(cronPath(siteId, QStringLiteral("/runs")),
                     {{QStringLiteral("job"), jobId}, {QStringLiteral("limit"), QString::number(limit)}});
    return call(m_client, httpRequest("GET", url, true), reading<model::CronRunList>(&readRuns));
}

QFuture<Result<model::Job>> CronClient::runNow(const QString &siteId, const QString &jobId)
{
    // Not retried: a lost answer may hide a run that started.
    const QUrl url = m_client.url(cronPath(siteId, QStringLiteral("/jobs/%1/run").arg(segment(jobId))));
    return call(m_client, httpRequest("POST", url, false, jsonBytes({})), reading<model::Job>(&json::job));
}

ChangeRequest CronClient::setJobs(const QString &siteId, const QList<model::CronJob> &jobs)
{
    QJsonArray list;
    for (model::CronJob job : jobs) {
        job.lastRun.reset(); // shown, never stored
        QJsonObject object = job.toJson();
        if (job.id.isEmpty())
            object.remove(QStringLiteral("id"));
        list.append(object);
    }
    return {"PUT", cronPath(siteId), {{QStringLiteral("jobs"), list}}};
}

} // namespace mws::api
