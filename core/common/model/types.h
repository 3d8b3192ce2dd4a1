// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The value types of the service, shared by the panel (server/) and the desktop (core/api), so
// both speak one JSON schema. JSON names are camelCase; times are RFC 3339 UTC strings.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::model {

// A person, keyed by their Raven identifier (CRSid).
struct User
{
    QString crsid;
    QString displayName;
    bool staff = false;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &json);
};

// What someone may do on one site. Staff is not a site role: it is a property of the user.
enum class Role
{
    Owner,     // panel access, can manage members
    Admin,     // panel access
    SshUser,   // shell only, no panel
    Supporter, // staff granting themselves time-limited access
};
QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);
bool hasPanelAccess(Role role);

enum class SiteStatus
{
    Requested,
    Active,
    Suspended,
    Disabled,
    Deleted,
    Declined // a request staff turned down, kept so that its owner sees why
};
QString toString(SiteStatus status);
std::optional<SiteStatus> siteStatusFromString(const QString &text);

struct Site
{
    QString id;
    QString name;
    QString description;
    QString contactEmail;
    SiteStatus status = SiteStatus::Requested;
    QString hostname;
    QString suspensionReason;
    QString declineReason; // why staff declined the request (status Declined)
    QString requestedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 1;  // bumped on every change; the ETag is derived from it
    QStringList domains; // every name its vhosts serve (read-only here; changed through hosting)

    QJsonObject toJson() const;
    static Site fromJson(const QJsonObject &json);
};

struct SiteMember
{
    QString siteId;
    QString crsid;
    Role role = Role::Admin;
    QDateTime expiresAt; // null: does not expire (supporters always expire)
    QString addedBy;
    QDateTime createdAt;

    bool isCurrent(const QDateTime &now) const { return !expiresAt.isValid() || expiresAt > now; }
    QJsonObject toJson() const;
    static SiteMember fromJson(const QJsonObject &json);
};

// Who did what, when, to what, with the state before and after.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    bool elevated = false;
    QString siteId; // empty for service-wide events
    QString action; // e.g. "site.update", "member.add", "token.revoke"
    QString target;
    QJsonValue before;
    QJsonValue after;

    QJsonObject toJson() const;
    static AuditEvent fromJson(const QJsonObject &json);
};

enum class JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled
};
QString toString(JobState state);
std::optional<JobState> jobStateFromString(const QString &text);
bool isFinished(JobState state);

struct JobLogLine
{
    int seq = 0;
    QDateTime at;
    QString line;

    QJsonObject toJson() const;
    static JobLogLine fromJson(const QJsonObject &json);
};

// Slow work (applying configuration, snapshots, imports) as a persisted job with progress.
struct Job
{
    QString id;
    QString siteId;
    QString kind;   // what it does, as the jobs list shows it: "vhost.create", "site.check", …
    QString runner; // the registered runner that carries it out: "hosting", "site.check", …
    QJsonObject payload;
    QString host; // the host it runs on: the site's
    JobState state = JobState::Queued;
    int progress = 0; // percent
    QString createdBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;
    QJsonObject result;
    QString claimedBy;    // the panel instance running it (or that last did)
    QDateTime leaseUntil; // its claim lapses then unless renewed

    QJsonObject toJson() const;
    static Job fromJson(const QJsonObject &json);
};

// An API token as its owner sees it; the secret itself is shown once and stored only hashed.
struct ApiToken
{
    QString id;
    QString crsid;
    QString name; // the device it was issued to
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    QDateTime elevatedUntil; // staff elevation; null when not elevated
    QDateTime revokedAt;

    bool isUsable(const QDateTime &now) const { return !revokedAt.isValid() && expiresAt > now; }
    bool isElevated(const QDateTime &now) const { return elevatedUntil.isValid() && elevatedUntil > now; }
    QJsonObject toJson() const;
    static ApiToken fromJson(const QJsonObject &json);
};

// RFC 3339 with milliseconds, UTC; a null time is JSON null.
QJsonValue timeToJson(const QDateTime &time);
QDateTime timeFromJson(const QJsonValue &value);

} // namespace mws::model
