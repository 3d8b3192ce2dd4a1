// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cron.h"

#include "model/jsonlist.h"
#include "model/types.h"

namespace mws::model {

namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> optionalIntFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

} // namespace

QString cronOverlapCode(CronOverlap overlap)
{
    return overlap == CronOverlap::Wait ? QStringLiteral("wait") : QStringLiteral("skip");
}

std::optional<CronOverlap> cronOverlapFromCode(const QString &code)
{
    if (code == QLatin1String("skip"))
        return CronOverlap::Skip;
    if (code == QLatin1String("wait"))
        return CronOverlap::Wait;
    return std::nullopt;
}

QString cronOutcomeCode(CronOutcome outcome)
{
    switch (outcome) {
    case CronOutcome::Running:
        return QStringLiteral("running");
    case CronOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case CronOutcome::Failed:
        return QStringLiteral("failed");
    case CronOutcome::TimedOut:
        return QStringLiteral("timed-out");
    case CronOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

CronOutcome cronOutcomeFromCode(const QString &code)
{
    for (CronOutcome outcome :
         {CronOutcome::Succeeded, CronOutcome::Failed, CronOutcome::TimedOut, CronOutcome::Skipped})
        if (cronOutcomeCode(outcome) == code)
            return outcome;
    return CronOutcome::Running;
}

QJsonObject CronVariable::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

CronVariable CronVariable::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("name")).toString(), json.value(QStringLiteral("value")).toString()};
}

QJsonObject CronRunRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("jobId"), jobId},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("startedBy"), startedBy},
        {QStringLiteral("startedAt"), timeToJson(startedAt)},
        {QStringLiteral("endedAt"), timeToJson(endedAt)},
        {QStringLiteral("outcome"), cronOutcomeCode(outcome)},
        {QStringLiteral("exitCode"), optionalInt(exitCode)},
        {QStringLiteral("signal"), optionalInt(signal)},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("outputHead"), outputHead},
        {QStringLiteral("outputTail"), outputTail},
        {QStringLiteral("outputBytes"), outputBytes},
    };
}

CronRunRecord CronRunRecord::fromJson(const QJsonObject &json)
{
    CronRunRecord run;
    run.id = json.value(QStringLiteral("id")).toInteger();
    run.jobId = json.value(QStringLiteral("jobId")).toString();
    run.trigger = json.value(QStringLiteral("trigger")).toString();
    run.startedBy = json.value(QStringLiteral("startedBy")).toString();
    run.startedAt = timeFromJson(json.value(QStringLiteral("startedAt")));
    run.endedAt = timeFromJson(json.value(QStringLiteral("endedAt")));
    run.outcome = cronOutcomeFromCode(json.value(QStringLiteral("outcome")).toString());
    run.exitCode = optionalIntFrom(json.value(QStringLiteral("exitCode")));
    run.signal = optionalIntFrom(json.value(QStringLiteral("signal")));
    run.durationMs = json.value(QStringLiteral("durationMs")).toInteger();
    run.outputHead = json.value(QStringLiteral("outputHead")).toString();
    run.outputTail = json.value(QStringLiteral("outputTail")).toString();
    run.outputBytes = json.value(QStringLiteral("outputBytes")).toInteger();
    return run;
}

QJsonObject CronJob::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("schedule"), schedule},
        {QStringLiteral("command"), command},
        {QStringLiteral("description"), description},
        {QStringLiteral("timeoutSeconds"), timeoutSeconds},
        {QStringLiteral("overlap"), cronOverlapCode(overlap)},
        {QStringLiteral("environment"), arrayOf(environment)},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("mailOnFailure"), mailOnFailure},
    };
    if (lastRun)
        json.insert(QStringLiteral("lastRun"), lastRun->toJson());
    return json;
}

CronJob CronJob::fromJson(const QJsonObject &json)
{
    CronJob job;
    job.id = json.value(QStringLiteral("id")).toString();
    job.schedule = json.value(QStringLiteral("schedule")).toString();
    job.command = json.value(QStringLiteral("command")).toString();
    job.description = json.value(QStringLiteral("description")).toString();
    job.timeoutSeconds = json.value(QStringLiteral("timeoutSeconds")).toInt(3600);
    job.overlap =
        cronOverlapFromCode(json.value(QStringLiteral("overlap")).toString()).value_or(CronOverlap::Skip);
    job.environment = listOf<CronVariable>(json, "environment");
    job.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    job.mailOnFailure = json.value(QStringLiteral("mailOnFailure")).toBool(false);
    if (json.value(QStringLiteral("lastRun")).isObject())
        job.lastRun = CronRunRecord::fromJson(json.value(QStringLiteral("lastRun")).toObject());
    return job;
}

bool CronJob::sameSettings(const CronJob &other) const
{
    return id == other.id && schedule == other.schedule && command == other.command &&
           description == other.description && timeoutSeconds == other.timeoutSeconds &&
           overlap == other.overlap && environment == other.environment && enabled == other.enabled &&
           mailOnFailure == other.mailOnFailure;
}

const CronJob *SiteCron::job(const QString &id) const
{
    for (const CronJob &job : jobs)
        if (job.id == id)
            return &job;
    return nullptr;
}

QJsonObject SiteCron::toJson() const
{
    return {
        {QStringLiteral("siteId"), siteId},      {QStringLiteral("version"), version},
        {QStringLiteral("jobs"), arrayOf(jobs)}, {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("crontab"), crontab},    {QStringLiteral("suspended"), suspended},
    };
}

SiteCron SiteCron::fromJson(const QJsonObject &json)
{
    SiteCron cron;
    cron.siteId = json.value(QStringLiteral("siteId")).toString();
    cron.version = json.value(QStringLiteral("version")).toInteger();
    cron.jobs = listOf<CronJob>(json, "jobs");
    cron.timeZone = json.value(QStringLiteral("timeZone")).toString();
    cron.crontab = json.value(QStringLiteral("crontab")).toString();
    cron.suspended = json.value(QStringLiteral("suspended")).toBool();
    return cron;
}

QJsonObject CronRunList::toJson() const
{
    return {{QStringLiteral("runs"), arrayOf(runs)}};
}

CronRunList CronRunList::fromJson(const QJsonObject &json)
{
    return {listOf<CronRunRecord>(json, "runs")};
}

} // namespace mws::model
