// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Jobs and their logs.

#include "sqlsupport.h"
#include "store.h"

namespace mws::store {

using namespace detail;
using model::JobState;

namespace detail {

// The jobs table's columns, in the order readJob reads them (store_queue.cpp uses them too).
const QString jobColumns = QStringLiteral("id, site_id, kind, state, progress, created_by, created_at, "
                                          "started_at, finished_at, error, result_json, runner, "
                                          "payload_json, host, claimed_by, lease_until");

Result<model::Job> readJob(const Query &q)
{
    model::Job job;
    job.id = q.value(0).toString();
    job.siteId = q.value(1).toString();
    job.kind = q.value(2).toString();
    const std::optional<JobState> state = model::jobStateFromString(q.value(3).toString());
    if (!state)
        return Error::make(
            Error::Kind::Backend,
            QStringLiteral("Job %1 has an unknown state \"%2\".").arg(job.id, q.value(3).toString()));
    job.state = *state;
    job.progress = q.value(4).toInt();
    job.createdBy = q.value(5).toString();
    job.createdAt = timeFrom(q.value(6));
    job.startedAt = timeFrom(q.value(7));
    job.finishedAt = timeFrom(q.value(8));
    job.error = q.value(9).toString();
    job.result = jsonObjectFrom(q.value(10));
    job.runner = q.value(11).toString();
    job.payload = jsonObjectFrom(q.value(12));
    job.host = q.value(13).toString();
    job.claimedBy = q.value(14).toString();
    job.leaseUntil = timeFrom(q.value(15));
    return job;
}

} // namespace detail

namespace {

// The states a job can still leave, as "state IN (?, ?)" and its values.
const QString unfinished = QStringLiteral("state IN (?, ?)");
QVariantList unfinishedStates()
{
    return {toString(JobState::Queued), toString(JobState::Running)};
}

Error noSuchJob(const QString &id)
{
    return notFound(QStringLiteral("There is no job %1.").arg(id));
}

// Why an UPDATE … WHERE id = ? AND the job is unfinished matched nothing.
Error notUpdatable(Database &db, const QString &id)
{
    Result<Query> q = db.exec(QStringLiteral("SELECT state FROM jobs WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchJob(id);
    return Error::make(
        Error::Kind::Conflict,
        QStringLiteral("Job %1 has finished already (%2).").arg(id, q.value().value(0).toString()));
}

// A payload's "secret" (what a job needs to run and nobody after it: a password hash) is taken out
// as the job finishes, however it finishes: done, failed, cancelled before it ran, or interrupted.
Status dropSecrets(Database &db, const QString &where, const QVariantList &values)
{
    Result<Query> q = db.exec(
        QStringLiteral("SELECT id, payload_json FROM jobs WHERE %1 AND payload_json LIKE ?").arg(where),
        values + QVariantList{QStringLiteral("%\"secret\"%")});
    if (!q)
        return q.error();
    QList<std::pair<QString, QJsonObject>> scrubbed;
    while (q.value().next()) {
        QJsonObject payload = jsonObjectFrom(q.value().value(1));
        if (!payload.contains(QStringLiteral("secret")))
            continue;
        payload.remove(QStringLiteral("secret"));
        scrubbed.append({q.value().value(0).toString(), payload});
    }
    for (const auto &[id, payload] : scrubbed)
        if (Result<Query> set = db.exec(QStringLiteral("UPDATE jobs SET payload_json = ? WHERE id = ?"),
                                        QVariantList{jsonObjectValue(payload), id});
            !set)
            return set.error();
    return {};
}

} // namespace

Result<model::Job> Store::createJob(model::Job job)
{
    if (job.kind.isEmpty())
        return invalid(QStringLiteral("kind"), QStringLiteral("A job needs a kind."));
    if (!job.createdAt.isValid())
        return invalid(QStringLiteral("createdAt"), QStringLiteral("A job needs its creation time."));
    if (job.id.isEmpty())
        job.id = QStringLiteral("job-") + randomHex(12);
    if (job.runner.isEmpty())
        job.runner = QStringLiteral("hosting");
    Status inserted = m_db.transaction([&]() -> Status {
        // A site's job runs on the site's host; one without a site, on the default host.
        if (job.host.isEmpty()) {
            Result<QString> host = siteHostName(job.siteId);
            job.host = host ? *host : QStringLiteral("local");
        }
        Result<Query> q = m_db.exec(
            QStringLiteral("INSERT INTO jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(jobColumns),
            {job.id, textValue(job.siteId), job.kind, toString(job.state), job.progress,
             textValue(job.createdBy), timeValue(job.createdAt), timeValue(job.startedAt),
             timeValue(job.finishedAt), textValue(job.error), jsonObjectValue(job.result), job.runner,
             jsonObjectValue(job.payload), job.host, textValue(job.claimedBy), timeValue(job.leaseUntil)});
        if (!q)
            return q.error();
        return {};
    });
    if (!inserted)
        return reworded(inserted.error(), Error::Kind::Conflict,
                        QStringLiteral("There is a job %1 already.").arg(job.id));
    return this->job(job.id);
}

Result<model::Job> Store::job(const QString &id)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(jobColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchJob(id);
    return readJob(q.value());
}

Status Store::updateJob(const QString &id, JobState state, int progress, const QDateTime &now)
{
    if (model::isFinished(state))
        return invalid(QStringLiteral("state"), QStringLiteral("Use finishJob() to finish a job."));
    if (progress < 0 || progress > 100)
        return invalid(QStringLiteral("progress"), QStringLiteral("Progress is a percentage."));
    // startedAt is set by the first move to running only.
    const QVariant startedAt = state == JobState::Running ? timeValue(now) : timeValue({});
    return m_db.transaction([&]() -> Status {
        Result<Query> q =
            m_db.exec(QStringLiteral("UPDATE jobs SET state = ?, progress = ?, "
                                     "started_at = COALESCE(started_at, ?) "
                                     "WHERE id = ? AND %1")
                          .arg(unfinished),
                      QVariantList{toString(state), progress, startedAt, id} + unfinishedStates());
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notUpdatable(m_db, id);
        return {};
    });
}

Status Store::finishJob(const QString &id, JobState state, const QString &error, const QJsonObject &result,
                        const QDateTime &now)
{
    if (!model::isFinished(state))
        return invalid(QStringLiteral("state"),
                       QStringLiteral("A job finishes as succeeded, failed or cancelled."));
    return m_db.transaction([&]() -> Status {
        // A job that succeeded is complete, whatever progress it last reported.
        Result<Query> q =
            m_db.exec(QStringLiteral("UPDATE jobs SET state = ?, error = ?, result_json = ?, "
                                     "finished_at = ?, progress = CASE WHEN ? = 1 THEN 100 "
                                     "ELSE progress END WHERE id = ? AND %1")
                          .arg(unfinished),
                      QVariantList{toString(state), textValue(error), jsonObjectValue(result), timeValue(now),
                                   boolValue(state == JobState::Succeeded), id} +
                          unfinishedStates());
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notUpdatable(m_db, id);
        return dropSecrets(m_db, QStringLiteral("id = ?"), {id});
    });
}

Result<int> Store::appendJobLog(const QString &id, const QString &line, const QDateTime &now)
{
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        // Bumping the counter locks the job's row until commit, so concurrent appenders get
        // consecutive numbers instead of colliding.
        Result<Query> bumped =
            m_db.exec(QStringLiteral("UPDATE jobs SET log_seq = log_seq + 1 WHERE id = ?"), {id});
        if (!bumped)
            return bumped.error();
        if (bumped.value().numRowsAffected() == 0)
            return noSuchJob(id);
        Result<Query> seq = m_db.exec(QStringLiteral("SELECT log_seq FROM jobs WHERE id = ?"), {id});
        if (!seq)
            return seq.error();
        if (!seq.value().next())
            return noSuchJob(id);
        const int number = seq.value().value(0).toInt();
        Result<Query> inserted =
            m_db.exec(QStringLiteral("INSERT INTO job_log (job_id, seq, at, line) VALUES (?, ?, ?, ?)"),
                      {id, number, timeValue(now), textValue(line)});
        if (!inserted)
            return inserted.error();
        return number;
    });
}

Result<QList<model::JobLogLine>> Store::jobLog(const QString &id, int afterSeq)
{
    Result<Query> exists = m_db.exec(QStringLiteral("SELECT 1 FROM jobs WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return noSuchJob(id);
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT seq, at, line FROM job_log WHERE job_id = ? AND seq > ? ORDER BY seq"),
        {id, afterSeq});
    if (!q)
        return q.error();
    QList<model::JobLogLine> lines;
    while (q.value().next())
        lines.append(model::JobLogLine{q.value().value(0).toInt(), timeFrom(q.value().value(1)),
                                       q.value().value(2).toString()});
    return lines;
}

Result<Page<model::Job>> Store::jobs(const QString &siteId, int offset, int limit)
{
    if (Status page = checkPage(offset, limit); !page)
        return page.error();
    const QString filter = siteId.isEmpty() ? QString() : QStringLiteral(" WHERE site_id = ?");
    const QVariantList values = siteId.isEmpty() ? QVariantList() : QVariantList{siteId};

    Result<Query> counted = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM jobs") + filter, values);
    if (!counted)
        return counted.error();
    Page<model::Job> page;
    page.total = counted.value().next() ? counted.value().value(0).toInt() : 0;

    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT %1 FROM jobs%2 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                      .arg(jobColumns, filter),
                  values + QVariantList{limit, offset});
    if (!q)
        return q.error();
    while (q.value().next()) {
        Result<model::Job> job = readJob(q.value());
        if (!job)
            return job.error();
        page.items.append(job.value());
    }
    return page;
}

Result<int> Store::failInterruptedJobs(const QString &reason, const QDateTime &now)
{
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        if (Status dropped = dropSecrets(m_db, unfinished, unfinishedStates()); !dropped)
            return dropped.error();
        Result<Query> q = m_db.exec(
            QStringLiteral("UPDATE jobs SET state = ?, error = ?, finished_at = ? "
                           "WHERE %1")
                .arg(unfinished),
            QVariantList{toString(JobState::Failed), textValue(reason), timeValue(now)} + unfinishedStates());
        if (!q)
            return q.error();
        return q.value().numRowsAffected();
    });
}

} // namespace mws::store
