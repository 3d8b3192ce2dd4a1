// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The cron area's state: a site's jobs are the "crontab" slice of its state (siteslices.h), so a
// change to them never makes a hosting change stale; and the runs the panel keeps of them, in a
// table of their own (cron_runs), bounded per job by count and age.

#include "database.h"
#include "model/cron.h"
#include "siteslices.h"
#include "util/result.h"

#include <QMap>

namespace mws::store {

QString cronSlice();

// The jobs the slice holds (version 0 and none for a site that never had any), and back.
model::SiteCron cronOf(const SiteState &state);
QJsonObject cronDocument(const QList<model::CronJob> &jobs);

// Schema 10: the runs table.
QStringList cronRunTables();

class CronRunStore
{
public:
    explicit CronRunStore(Database &database) : m_db(database) {}

    // A run that starts now (outcome "running"), or one recorded whole (a skipped run): its id.
    // panelJob: the "cron.run" job that asked for it, if one did.
    Result<qint64> add(const QString &siteId, const model::CronRunRecord &run, const QString &panelJob = {});
    // The run a "cron.run" job asked for.
    Result<model::CronRunRecord> runOfPanelJob(const QString &siteId, const QString &panelJob);
    // The run's end: outcome, exit, duration and output; only while it is running.
    Status finish(const QString &siteId, const model::CronRunRecord &run);
    Result<model::CronRunRecord> run(const QString &siteId, qint64 id);
    // Newest first; every job's when jobId is empty. Output only when withOutput.
    Result<QList<model::CronRunRecord>> runs(const QString &siteId, const QString &jobId, int limit,
                                             bool withOutput);
    // Each job's newest run, without output.
    Result<QMap<QString, model::CronRunRecord>> lastRuns(const QString &siteId);
    // What changes whenever a run of the site starts or ends (for the ETag).
    Result<QByteArray> runsTag(const QString &siteId);
    // Keeps the job's newest `keep` runs no older than oldest.
    Status prune(const QString &siteId, const QString &jobId, int keep, const QDateTime &oldest);
    // Runs still "running" that started before `before`: their wrapper went without a word.
    Status abandon(const QDateTime &before, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace mws::store
