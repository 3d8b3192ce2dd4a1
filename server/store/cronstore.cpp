// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cronstore.h"

#include "model/jsonlist.h"
#include "sqlsupport.h"

#include <QJsonArray>

namespace mws::store {

using namespace detail;

namespace {

const QString summaryColumns = QStringLiteral(
    "id, job_id, run_trigger, started_by, started_at, ended_at, outcome, exit_code, end_signal, "
    "duration_ms, output_bytes");

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant intValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

model::CronRunRecord readRun(const Query &q, bool withOutput)
{
    model::CronRunRecord run;
    run.id = q.value(0).toLongLong();
    run.jobId = q.value(1).toString();
    run.trigger = q.value(2).toString();
    run.startedBy = q.value(3).toString();
    run.startedAt = timeFrom(q.value(4));
    run.endedAt = timeFrom(q.value(5));
    run.outcome = model::cronOutcomeFromCode(q.value(6).toString());
    run.exitCode = optionalInt(q.value(7));
    run.signal = optionalInt(q.value(8));
    run.durationMs = q.value(9).toLongLong();
    run.outputBytes = q.value(10).toLongLong();
    if (withOutput) {
        run.outputHead = QString::fromUtf8(q.value(11).toByteArray());
        run.outputTail = QString::fromUtf8(q.value(12).toByteArray());
    }
    return run;
}

} // namespace

QString cronSlice()
{
    return QStringLiteral("crontab");
}

model::SiteCron cronOf(const SiteState &state)
{
    const SiteSlice slice = state.slice(cronSlice());
    model::SiteCron cron;
    cron.siteId = state.siteId;
    cron.version = slice.version;
    cron.jobs = model::listOf<model::CronJob>(slice.document, "jobs");
    return cron;
}

QJsonObject cronDocument(const QList<model::CronJob> &jobs)
{
    QJsonArray array;
    for (model::CronJob job : jobs) {
        job.lastRun.reset();
        array.append(job.toJson());
    }
    return {{QStringLiteral("jobs"), array}};
}

QStringList cronRunTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE cron_runs (
         id {{id}},
         site_id TEXT NOT NULL,
         panel_job TEXT NOT NULL,
         job_id TEXT NOT NULL,
         run_trigger TEXT NOT NULL,
         started_by TEXT NOT NULL,
         started_at BIGINT NOT NULL,
         ended_at BIGINT,
         outcome TEXT NOT NULL,
         exit_code INTEGER,
         end_signal INTEGER,
         duration_ms BIGINT NOT NULL DEFAULT 0,
         output_head {{blob}},
         output_tail {{blob}},
         output_bytes BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX cron_runs_by_job ON cron_runs (site_id, job_id, id)"),
    };
}

Result<qint64> CronRunStore::add(const QString &siteId, const model::CronRunRecord &run,
                                 const QString &panelJob)
{
    Result<Query> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO cron_runs (site_id, panel_job, job_id, run_trigger, started_by, started_at, "
            "ended_at, outcome, exit_code, end_signal, duration_ms, output_head, output_tail, "
            "output_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {siteId, textValue(panelJob), run.jobId, run.trigger, textValue(run.startedBy),
         timeValue(run.startedAt), timeValue(run.endedAt), model::cronOutcomeCode(run.outcome),
         intValue(run.exitCode), intValue(run.signal), run.durationMs, blobValue(run.outputHead.toUtf8()),
         blobValue(run.outputTail.toUtf8()), run.outputBytes});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Kind::Server, QStringLiteral("The new run was given no id."));
    return q.value().value(0).toLongLong();
}

Status CronRunStore::finish(const QString &siteId, const model::CronRunRecord &run)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("UPDATE cron_runs SET ended_at = ?, outcome = ?, exit_code = ?, end_signal = ?, "
                       "duration_ms = ?, output_head = ?, output_tail = ?, output_bytes = ? "
                       "WHERE id = ? AND site_id = ? AND outcome = 'running'"),
        {timeValue(run.endedAt), model::cronOutcomeCode(run.outcome), intValue(run.exitCode),
         intValue(run.signal), run.durationMs, blobValue(run.outputHead.toUtf8()),
         blobValue(run.outputTail.toUtf8()), run.outputBytes, run.id, siteId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return notFound(QStringLiteral("No run %1 of the site is running.").arg(run.id));
    return {};
}

Result<model::CronRunRecord> CronRunStore::run(const QString &siteId, qint64 id)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT %1, output_head, output_tail FROM cron_runs "
                                               "WHERE site_id = ? AND id = ?")
                                    .arg(summaryColumns),
                                {siteId, id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("The site has no run %1.").arg(id));
    return readRun(q.value(), true);
}

Result<model::CronRunRecord> CronRunStore::runOfPanelJob(const QString &siteId, const QString &panelJob)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT %1, output_head, output_tail FROM cron_runs "
                                               "WHERE site_id = ? AND panel_job = ?")
                                    .arg(summaryColumns),
                                {siteId, panelJob});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("Job %1 started no run.").arg(panelJob));
    return readRun(q.value(), true);
}

Result<QList<model::CronRunRecord>> CronRunStore::runs(const QString &siteId, const QString &jobId, int limit,
                                                       bool withOutput)
{
    const QString columns =
        withOutput ? summaryColumns + QStringLiteral(", output_head, output_tail") : summaryColumns;
    QVariantList values{siteId};
    QString where = QStringLiteral("site_id = ?");
    if (!jobId.isEmpty()) {
        where += QStringLiteral(" AND job_id = ?");
        values << jobId;
    }
    values << limit;
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM cron_runs WHERE %2 ORDER BY id DESC LIMIT ?").arg(columns, where),
        values);
    if (!q)
        return q.error();
    QList<model::CronRunRecord> out;
    while (q.value().next())
        out << readRun(q.value(), withOutput);
    return out;
}

Result<QMap<QString, model::CronRunRecord>> CronRunStore::lastRuns(const QString &siteId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT %1 FROM cron_runs WHERE id IN (SELECT MAX(id) FROM "
                                               "cron_runs WHERE site_id = ? GROUP BY job_id)")
                                    .arg(summaryColumns),
                                {siteId});
    if (!q)
        return q.error();
    QMap<QString, model::CronRunRecord> out;
    while (q.value().next()) {
        const model::CronRunRecord run = readRun(q.value(), false);
        out.insert(run.jobId, run);
    }
    return out;
}

Result<QByteArray> CronRunStore::runsTag(const QString &siteId)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT MAX(id), COUNT(ended_at), COUNT(*) FROM cron_runs WHERE site_id = ?"),
        {siteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return QByteArray("0");
    return QByteArray::number(q.value().value(0).toLongLong()) + '-' +
           QByteArray::number(q.value().value(1).toLongLong()) + '-' +
           QByteArray::number(q.value().value(2).toLongLong());
}

Status CronRunStore::prune(const QString &siteId, const QString &jobId, int keep, const QDateTime &oldest)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("DELETE FROM cron_runs WHERE site_id = ? AND job_id = ? AND outcome <> 'running' AND "
                       "(started_at < ? OR id NOT IN (SELECT id FROM cron_runs WHERE site_id = ? AND "
                       "job_id = ? ORDER BY id DESC LIMIT ?))"),
        {siteId, jobId, timeValue(oldest), siteId, jobId, keep});
    if (!q)
        return q.error();
    return {};
}

Status CronRunStore::abandon(const QDateTime &before, const QDateTime &now)
{
    Result<Query> q = m_db.exec(QStringLiteral("UPDATE cron_runs SET outcome = 'failed', ended_at = ? "
                                               "WHERE outcome = 'running' AND started_at < ?"),
                                {timeValue(now), timeValue(before)});
    if (!q)
        return q.error();
    return {};
}

} // namespace mws::store
