// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/types.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace mws::model {

namespace {

// One table per enum, so the string forms are written once and read back by the same table.
template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table)
        if (text == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array roles{std::pair{Role::Owner, "owner"}, std::pair{Role::Admin, "admin"},
                           std::pair{Role::SshUser, "ssh"}, std::pair{Role::Supporter, "supporter"}};
constexpr std::array siteStatuses{
    std::pair{SiteStatus::Requested, "requested"}, std::pair{SiteStatus::Active, "active"},
    std::pair{SiteStatus::Suspended, "suspended"}, std::pair{SiteStatus::Disabled, "disabled"},
    std::pair{SiteStatus::Deleted, "deleted"},     std::pair{SiteStatus::Declined, "declined"}};
constexpr std::array jobStates{std::pair{JobState::Queued, "queued"}, std::pair{JobState::Running, "running"},
                               std::pair{JobState::Succeeded, "succeeded"},
                               std::pair{JobState::Failed, "failed"},
                               std::pair{JobState::Cancelled, "cancelled"}};

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &json, const char *key)
{
    return timeFromJson(json.value(QLatin1String(key)));
}

} // namespace

QString toString(Role role)
{
    return nameOf(roles, role);
}
std::optional<Role> roleFromString(const QString &text)
{
    return valueOf(roles, text);
}
bool hasPanelAccess(Role role)
{
    return role != Role::SshUser;
}

QString toString(SiteStatus status)
{
    return nameOf(siteStatuses, status);
}
std::optional<SiteStatus> siteStatusFromString(const QString &text)
{
    return valueOf(siteStatuses, text);
}

QString toString(JobState state)
{
    return nameOf(jobStates, state);
}
std::optional<JobState> jobStateFromString(const QString &text)
{
    return valueOf(jobStates, text);
}
bool isFinished(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonObject User::toJson() const
{
    return {{QStringLiteral("crsid"), crsid},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("staff"), staff},
            {QStringLiteral("createdAt"), timeToJson(createdAt)}};
}

User User::fromJson(const QJsonObject &json)
{
    return {str(json, "crsid"), str(json, "displayName"), json.value(QLatin1String("staff")).toBool(),
            time(json, "createdAt")};
}

QJsonObject Site::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("contactEmail"), contactEmail},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("suspensionReason"), suspensionReason},
            {QStringLiteral("declineReason"), declineReason},
            {QStringLiteral("requestedBy"), requestedBy},
            {QStringLiteral("createdAt"), timeToJson(createdAt)},
            {QStringLiteral("updatedAt"), timeToJson(updatedAt)},
            {QStringLiteral("version"), version},
            {QStringLiteral("domains"), QJsonArray::fromStringList(domains)}};
}

Site Site::fromJson(const QJsonObject &json)
{
    Site site;
    site.id = str(json, "id");
    site.name = str(json, "name");
    site.description = str(json, "description");
    site.contactEmail = str(json, "contactEmail");
    site.status = siteStatusFromString(str(json, "status")).value_or(SiteStatus::Requested);
    site.hostname = str(json, "hostname");
    site.suspensionReason = str(json, "suspensionReason");
    site.declineReason = str(json, "declineReason");
    site.requestedBy = str(json, "requestedBy");
    site.createdAt = time(json, "createdAt");
    site.updatedAt = time(json, "updatedAt");
    site.version = json.value(QLatin1String("version")).toInteger(1);
    for (const QJsonValue &domain : json.value(QLatin1String("domains")).toArray())
        site.domains << domain.toString();
    return site;
}

QJsonObject SiteMember::toJson() const
{
    return {{QStringLiteral("siteId"), siteId},       {QStringLiteral("crsid"), crsid},
            {QStringLiteral("role"), toString(role)}, {QStringLiteral("expiresAt"), timeToJson(expiresAt)},
            {QStringLiteral("addedBy"), addedBy},     {QStringLiteral("createdAt"), timeToJson(createdAt)}};
}

SiteMember SiteMember::fromJson(const QJsonObject &json)
{
    return {str(json, "siteId"),
            str(json, "crsid"),
            roleFromString(str(json, "role")).value_or(Role::Admin),
            time(json, "expiresAt"),
            str(json, "addedBy"),
            time(json, "createdAt")};
}

QJsonObject AuditEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), timeToJson(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("elevated"), elevated},
            {QStringLiteral("siteId"), siteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(siteId)},
            {QStringLiteral("action"), action},
            {QStringLiteral("target"), target},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

AuditEvent AuditEvent::fromJson(const QJsonObject &json)
{
    AuditEvent event;
    event.id = json.value(QLatin1String("id")).toInteger();
    event.at = time(json, "at");
    event.actor = str(json, "actor");
    event.elevated = json.value(QLatin1String("elevated")).toBool();
    event.siteId = str(json, "siteId");
    event.action = str(json, "action");
    event.target = str(json, "target");
    event.before = json.value(QLatin1String("before"));
    event.after = json.value(QLatin1String("after"));
    return event;
}

QJsonObject JobLogLine::toJson() const
{
    return {
        {QStringLiteral("seq"), seq}, {QStringLiteral("at"), timeToJson(at)}, {QStringLiteral("line"), line}};
}

JobLogLine JobLogLine::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("seq")).toInt(), time(json, "at"), str(json, "line")};
}

QJsonObject Job::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("siteId"), siteId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("runner"), runner},
            {QStringLiteral("state"), toString(state)},
            {QStringLiteral("progress"), progress},
            {QStringLiteral("createdBy"), createdBy},
            {QStringLiteral("createdAt"), timeToJson(createdAt)},
            {QStringLiteral("startedAt"), timeToJson(startedAt)},
            {QStringLiteral("finishedAt"), timeToJson(finishedAt)},
            {QStringLiteral("error"), error},
            {QStringLiteral("result"), result}};
}

Job Job::fromJson(const QJsonObject &json)
{
    Job job;
    job.id = str(json, "id");
    job.siteId = str(json, "siteId");
    job.kind = str(json, "kind");
    job.runner = str(json, "runner");
    job.state = jobStateFromString(str(json, "state")).value_or(JobState::Queued);
    job.progress = json.value(QLatin1String("progress")).toInt();
    job.createdBy = str(json, "createdBy");
    job.createdAt = time(json, "createdAt");
    job.startedAt = time(json, "startedAt");
    job.finishedAt = time(json, "finishedAt");
    job.error = str(json, "error");
    job.result = json.value(QLatin1String("result")).toObject();
    return job;
}

QJsonObject ApiToken::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("crsid"), crsid},
            {QStringLiteral("name"), name},
            {QStringLiteral("createdAt"), timeToJson(createdAt)},
            {QStringLiteral("lastUsedAt"), timeToJson(lastUsedAt)},
            {QStringLiteral("expiresAt"), timeToJson(expiresAt)},
            {QStringLiteral("elevatedUntil"), timeToJson(elevatedUntil)},
            {QStringLiteral("revokedAt"), timeToJson(revokedAt)}};
}

ApiToken ApiToken::fromJson(const QJsonObject &json)
{
    return {str(json, "id"),
            str(json, "crsid"),
            str(json, "name"),
            time(json, "createdAt"),
            time(json, "lastUsedAt"),
            time(json, "expiresAt"),
            time(json, "elevatedUntil"),
            time(json, "revokedAt")};
}

} // namespace mws::model
