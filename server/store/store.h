// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "database.h"
#include "model/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace mws::store {

// One page of a longer list, with the size of the whole list.
template <class T> struct Page
{
    QList<T> items;
    int total = 0;
};

// Pages hold at most this many items; larger limits are refused as Invalid.
inline constexpr int maxPageSize = 1000;

// A Raven sign-in in progress, from the desktop asking for it to the poll that collects the token.
// Only hashes of its secrets are kept.
struct LoginFlow
{
    QString id; // generated when empty
    QString loginTokenHash;
    QString pollTokenHash;
    QString clientName;
    QString purpose;        // "login" | "elevate"
    QString elevateTokenId; // the token to elevate, when purpose is "elevate"
    QString status;         // "pending" | "verified" | "consented" | "done" | "failed"
    QString principal;      // the CRSid Raven vouched for, once verified
    QString nonceHash;
    QString csrfHash;
    QString failureReason;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime ravenSessionEnds; // issue + life of Raven's answer, once verified; null if Raven gave no life
};

struct SiteQuery
{
    QString text; // part of the name, hostname, id or a domain name (ASCII case ignored), or a member's exact
                  // CRSid
    QString memberCrsid; // only sites where this person has a current membership
    std::optional<model::SiteStatus> status;
    int offset = 0;
    int limit = 50;
};

struct AuditQuery
{
    QString siteId;
    QString actor;
    QString actionPrefix; // e.g. "member." (case-sensitive)
    QDateTime since;      // inclusive; null: from the beginning
    int offset = 0;
    int limit = 50;
};

// Who asks the queue for a job: a panel instance, for the hosts it serves and the runners it
// has, with a lease until `leaseUntil`.
struct JobClaim
{
    QString owner;
    QStringList hosts;
    QStringList runners;
    QDateTime now;
    QDateTime leaseUntil;
    // The clock a claimed job's start is read from once the claim has seen the site's earlier
    // jobs finished (now may be older than their finish: it is read before the claim waits for
    // its turn); empty: now.
    std::function<QDateTime()> clock;
    bool ignoreLeases = false; // claimLapsedJob: every running job is lapsed (one instance, restarting)
};

// The stored answer to a request that carried an Idempotency-Key, replayed on a retry.
struct IdempotencyRecord
{
    QString crsid;
    QString key;
    QString method;
    QString path;
    QByteArray requestHash;
    int status = 0;
    QByteArray body;
    QDateTime createdAt;
};

// The panel's repository: every read and write of the service's state. Each write is one
// transaction (a savepoint inside Database::transaction()), so a failed call changes nothing.
// Errors: NotFound, Conflict (exists already), PreconditionFailed (stale version), Invalid
// (missing required values), Backend (the database failed). Like its Database, a Store belongs
// to one thread.
class Store
{
public:
    explicit Store(Database &database);

    Database &database() { return m_db; }

    // Users. upsertUser creates a user or updates the display name, keeping the staff flag.
    Result<model::User> upsertUser(const QString &crsid, const QString &displayName, const QDateTime &now);
    Result<model::User> user(const QString &crsid);
    Status setStaff(const QString &crsid, bool staff);

    // API tokens, found by the hex SHA-256 of their secret. Revoked and expired tokens are still
    // returned: callers check ApiToken::isUsable().
    Result<model::ApiToken> createToken(const QString &crsid, const QString &name, const QString &secretHash,
                                        const QDateTime &expiresAt, const QDateTime &elevatedUntil,
                                        const QDateTime &now);
    Result<model::ApiToken> tokenBySecretHash(const QString &secretHash);
    Status touchToken(const QString &id, const QDateTime &now);
    Result<QList<model::ApiToken>> tokensOf(const QString &crsid); // oldest first
    Status revokeToken(const QString &id, const QDateTime &now);   // revoking twice keeps the first time
    Status setTokenElevation(const QString &id, const QDateTime &until); // null until: not elevated

    // Login flows. Lookups return expired flows too: callers check expiresAt.
    Result<LoginFlow> createLoginFlow(const LoginFlow &flow);
    Result<LoginFlow> loginFlowByLoginTokenHash(const QString &hash);
    Result<LoginFlow> loginFlowByPollTokenHash(const QString &hash);
    // Stores everything but id and createdAt. With expectedStatus, only if the stored status is
    // still that (else PreconditionFailed), so that a step like "done" happens once.
    Status updateLoginFlow(const LoginFlow &flow, const QString &expectedStatus = {});
    Status deleteLoginFlow(const QString &id); // NotFound if already gone: deleting claims it
    Result<int> purgeExpiredLoginFlows(const QDateTime &now);

    // Raven replay cache: Conflict when this (issue, id) was seen before.
    Status rememberRavenResponse(const QDateTime &issue, const QString &id, const QDateTime &now);
    Result<int> purgeRavenResponses(const QDateTime &olderThan);

    // Sites. createSite makes an id when the site has none and starts at version 1; a taken name
    // is a Conflict. updateSite stores name, description, contact, status, hostname and suspension
    // reason only if the stored version is expectedVersion, and returns the site with the next.
    Result<model::Site> createSite(model::Site site, const QDateTime &now);
    Result<model::Site> site(const QString &id);
    Result<model::Site> updateSite(const model::Site &site, qint64 expectedVersion, const QDateTime &now);
    Result<Page<model::Site>> listSites(const SiteQuery &query, const QDateTime &now); // by name

    // Members: one role per person per site. members() lists expired memberships too;
    // membership() does not.
    Status putMember(const model::SiteMember &member);
    Status removeMember(const QString &siteId, const QString &crsid);
    Result<QList<model::SiteMember>> members(const QString &siteId);
    Result<std::optional<model::SiteMember>> membership(const QString &siteId, const QString &crsid,
                                                        const QDateTime &now);
    // Every current membership of one person, in one query (for lists that show the caller's role).
    Result<QList<model::SiteMember>> membershipsOf(const QString &crsid, const QDateTime &now);

    // The audit trail, newest first.
    Result<qint64> appendAudit(const model::AuditEvent &event);
    Result<Page<model::AuditEvent>> audit(const AuditQuery &query);

    // Jobs. createJob makes an id when the job has none. updateJob moves an unfinished job to
    // queued or running (Conflict once it has finished; the first "running" sets startedAt);
    // finishJob moves it to a finished state, once.
    Result<model::Job> createJob(model::Job job);
    Result<model::Job> job(const QString &id);
    Status updateJob(const QString &id, model::JobState state, int progress,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Both finishing calls take the payload's "secret" object out: what a job needs only to run.
    Status finishJob(const QString &id, model::JobState state, const QString &error,
                     const QJsonObject &result, const QDateTime &now);
    Result<int> appendJobLog(const QString &id, const QString &line, const QDateTime &now); // the new seq
    Result<QList<model::JobLogLine>> jobLog(const QString &id, int afterSeq = 0);
    Result<Page<model::Job>> jobs(const QString &siteId, int offset, int limit); // empty siteId: all
    // At start-up after a crash: every queued or running job fails with reason. Returns how many.
    Result<int> failInterruptedJobs(const QString &reason, const QDateTime &now);

    // The job queue (store_queue.cpp), shared by every panel on one database. A claim moves a
    // job to running and gives it to one panel instance until its lease runs out; the owner
    // renews it while it works. Claims follow the order jobs were queued in, and one site's
    // jobs run one at a time: a job is claimed only when no older job of its site is
    // unfinished. claimNextJob takes a queued job, claimLapsedJob one whose owner stopped
    // renewing (to undo or finish it). Both give std::nullopt when there is none.
    Result<std::optional<model::Job>> claimNextJob(const JobClaim &claim);
    Result<std::optional<model::Job>> claimLapsedJob(const JobClaim &claim);
    // Fails the running jobs nobody will recover: those the queue never gave out (from before it
    // existed), and, when one panel alone uses the database, those of runners it lacks.
    Result<int> failAbandonedJobs(const QStringList &runnersHere, bool singleInstance, const QString &reason,
                                  const QDateTime &now);
    // False when the owner no longer holds the job (its lease lapsed and another took it).
    Result<bool> renewJobLease(const QString &id, const QString &owner, const QDateTime &until);
    // How many of the site's jobs of this runner are unfinished.
    Result<int> unfinishedJobCount(const QString &siteId, const QString &runner);
    // Which host a site lives on ("local" unless said otherwise).
    Result<QString> siteHostName(const QString &siteId);
    Status setSiteHostName(const QString &siteId, const QString &host);

    // Idempotency keys, per person.
    Result<std::optional<IdempotencyRecord>> findIdempotency(const QString &crsid, const QString &key);
    Status saveIdempotency(const IdempotencyRecord &record); // Conflict if the key is taken
    Result<int> purgeIdempotency(const QDateTime &olderThan);

private:
    Database &m_db;
};

} // namespace mws::store
