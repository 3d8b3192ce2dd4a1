// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mws::store {
class Store;
}

namespace mws::jobs {

class JobQueue;

// One claimed job being carried out. The runner reports through it and ends it exactly once:
// succeed() or fail() finish the job in the store; ended() says the runner finished it itself
// (in a transaction of its own, as a hosting change commits its new configuration).
class JobRun
{
public:
    JobRun(JobQueue &queue, model::Job job, bool recovering);

    const model::Job &job() const { return m_job; }
    // The previous owner stopped before it ended the job: undo what it did, or finish it.
    bool isRecovering() const { return m_recovering; }
    store::Store &store();
    QDateTime now() const;

    // Progress and log lines are for people watching; a failed write of one never stops a job.
    void progress(int percent, const QString &line = {});
    void log(const QString &line);
    void succeed(const QJsonObject &result = {});
    void fail(const QString &message);
    void ended();

private:
    void finish(model::JobState state, const QString &error, const QJsonObject &result);

    JobQueue &m_queue;
    model::Job m_job;
    bool m_recovering;
    bool m_ended = false;
};

// What carries out the jobs of one runner name. Runners are registered once per panel (see
// server/panel/jobkinds.cpp) and run on the panel's thread, asynchronously: start() and
// recover() return at once and end the run later.
class JobRunner
{
public:
    virtual ~JobRunner() = default;
    virtual QString name() const = 0; // the jobs' runner column: "hosting", "site.check", …
    virtual void start(JobRun &run) = 0;
    // The job's previous owner stopped renewing its claim (it was killed, or lost the database)
    // in the middle: leave the site as it was before the job, or as the finished job leaves it.
    virtual void recover(JobRun &run) = 0;
};

} // namespace mws::jobs
