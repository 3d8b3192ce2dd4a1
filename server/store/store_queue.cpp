// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The job queue: claims with leases, shared by every panel instance on one database.

#include "sqlsupport.h"
#include "store.h"

namespace mws::store {

using namespace detail;
using model::JobState;

namespace {

// Every claim takes this transaction-scoped lock first (PostgreSQL), so two instances never
// pick jobs from the same snapshot: the "no older unfinished job of the site" rule below then
// sees every claim committed before it. Claims are a few milliseconds; the work is not locked.
constexpr qint64 claimLockKey = 0x6d77735f6a6f6273; // "mws_jobs"

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

Status checkClaim(const JobClaim &claim)
{
    if (claim.owner.isEmpty() || claim.hosts.isEmpty() || claim.runners.isEmpty())
        return invalid(QStringLiteral("claim"),
                       QStringLiteral("A claim names its owner, hosts and runners."));
    if (!claim.now.isValid() || claim.leaseUntil <= claim.now)
        return invalid(QStringLiteral("leaseUntil"), QStringLiteral("A lease ends after now."));
    return {};
}

Status lockClaims(Database &db)
{
    if (db.driver() != Database::Driver::Postgres)
        return {}; // SQLite's BEGIN IMMEDIATE has taken the write lock already
    Result<Query> locked = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {claimLockKey});
    if (!locked)
        return locked.error();
    return {};
}

// Picks one job matching `where` (over jobs j) and gives it to the claimer.
Result<std::optional<model::Job>> claimWhere(Database &db, const JobClaim &claim, const QString &where,
                                             const QVariantList &whereValues)
{
    return inTransaction<std::optional<model::Job>>(db, [&]() -> Result<std::optional<model::Job>> {
        if (Status locked = lockClaims(db); !locked)
            return locked.error();
        // SKIP LOCKED: a row another instance holds (renewing its lease, say) is not waited for.
        const QString skipLocked =
            db.driver() == Database::Driver::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
        Result<Query> picked = db.exec(
            QStringLiteral("SELECT j.id FROM jobs j WHERE j.host IN (%1) AND j.runner IN (%2) AND %3 "
                           "ORDER BY j.created_at, j.id LIMIT 1%4")
                .arg(placeholders(claim.hosts.size()), placeholders(claim.runners.size()), where, skipLocked),
            QVariantList(claim.hosts.cbegin(), claim.hosts.cend()) +
                QVariantList(claim.runners.cbegin(), claim.runners.cend()) + whereValues);
        if (!picked)
            return picked.error();
        if (!picked.value().next())
            return std::optional<model::Job>();
        const QString id = picked.value().value(0).toString();
        picked.value().finish();
        const QDateTime startedAt = claim.clock ? claim.clock() : claim.now;
        Result<Query> claimed =
            db.exec(QStringLiteral("UPDATE jobs SET state = ?, claimed_by = ?, lease_until = ?, "
                                   "started_at = COALESCE(started_at, ?) WHERE id = ?"),
                    {toString(JobState::Running), claim.owner, timeValue(claim.leaseUntil),
                     timeValue(startedAt), id});
        if (!claimed)
            return claimed.error();
        Result<Query> read =
            db.exec(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(jobColumns), {id});
        if (!read)
            return read.error();
        if (!read.value().next())
            return notFound(QStringLiteral("There is no job %1.").arg(id));
        Result<model::Job> job = readJob(read.value());
        if (!job)
            return job.error();
        return std::optional<model::Job>(*job);
    });
}

} // namespace

Result<std::optional<model::Job>> Store::claimNextJob(const JobClaim &claim)
{
    if (Status checked = checkClaim(claim); !checked)
        return checked.error();
    // Queued, and no job of the same site that the queue gave out and is running, or that was
    // queued before it. (A job stored as running by anything but the queue holds no site.)
    const QString where = QStringLiteral(
        "j.state = ? AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.site_id = j.site_id AND o.id <> j.id AND "
        "((o.state = ? AND o.claimed_by <> '') OR (o.state = ? AND (o.created_at < j.created_at OR "
        "(o.created_at = j.created_at AND o.id < j.id)))))");
    return claimWhere(m_db, claim, where,
                      {toString(JobState::Queued), toString(JobState::Running), toString(JobState::Queued)});
}

Result<std::optional<model::Job>> Store::claimLapsedJob(const JobClaim &claim)
{
    if (Status checked = checkClaim(claim); !checked)
        return checked.error();
    // Only jobs the queue gave out (claimed_by is set), and never one of the claimer's own: those
    // it is still working on.
    if (claim.ignoreLeases)
        return claimWhere(m_db, claim,
                          QStringLiteral("j.state = ? AND j.claimed_by <> '' AND j.claimed_by <> ?"),
                          {toString(JobState::Running), claim.owner});
    return claimWhere(m_db, claim,
                      QStringLiteral("j.state = ? AND j.claimed_by <> '' AND j.claimed_by <> ? AND "
                                     "(j.lease_until IS NULL OR j.lease_until < ?)"),
                      {toString(JobState::Running), claim.owner, timeValue(claim.now)});
}

Result<int> Store::failAbandonedJobs(const QStringList &runnersHere, bool singleInstance,
                                     const QString &reason, const QDateTime &now)
{
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        QString which = QStringLiteral("claimed_by = ''");
        QVariantList values{toString(JobState::Failed), textValue(reason), timeValue(now),
                            toString(JobState::Running)};
        if (singleInstance && !runnersHere.isEmpty()) {
            which += QStringLiteral(" OR runner NOT IN (%1)").arg(placeholders(runnersHere.size()));
            values += QVariantList(runnersHere.cbegin(), runnersHere.cend());
        } else if (singleInstance) {
            which = QStringLiteral("1 = 1");
        }
        Result<Query> q = m_db.exec(
            QStringLiteral("UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE state = ? AND (%1)")
                .arg(which),
            values);
        if (!q)
            return q.error();
        return q.value().numRowsAffected();
    });
}

Result<bool> Store::renewJobLease(const QString &id, const QString &owner, const QDateTime &until)
{
    return inTransaction<bool>(m_db, [&]() -> Result<bool> {
        Result<Query> q = m_db.exec(
            QStringLiteral("UPDATE jobs SET lease_until = ? WHERE id = ? AND claimed_by = ? AND state = ?"),
            {timeValue(until), id, owner, toString(JobState::Running)});
        if (!q)
            return q.error();
        return q.value().numRowsAffected() == 1;
    });
}

Result<int> Store::unfinishedJobCount(const QString &siteId, const QString &runner)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM jobs WHERE site_id = ? AND runner = ? AND state IN (?, ?)"),
        {siteId, runner, toString(JobState::Queued), toString(JobState::Running)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<QString> Store::siteHostName(const QString &siteId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT host FROM sites WHERE id = ?"), {siteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("There is no site %1.").arg(siteId));
    return q.value().value(0).toString();
}

Status Store::setSiteHostName(const QString &siteId, const QString &host)
{
    if (host.isEmpty())
        return invalid(QStringLiteral("host"), QStringLiteral("A site lives on a named host."));
    return m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(QStringLiteral("UPDATE sites SET host = ? WHERE id = ?"), {host, siteId});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notFound(QStringLiteral("There is no site %1.").arg(siteId));
        return {};
    });
}

} // namespace mws::store
