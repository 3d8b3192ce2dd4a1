// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jobrunner.h"
#include "store.h"
#include "util/result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace mws::jobs {

struct JobQueueConfig
{
    QString owner;         // this panel instance, as the jobs' claimed_by says
    QStringList hosts;     // the hosts whose sites this panel runs jobs for
    int leaseSeconds = 30; // a claim lapses this long after its last renewal
    int pollMilliseconds = 250;
    int maxRunning = 4;         // at once, each for a different site
    bool singleInstance = true; // SQLite: no other panel shares the queue
};

// The one queue of slow work. Jobs are stored queued; every panel instance sharing the
// database claims them (Store::claimNextJob: one owner each, one job per site at a time, in
// the order they were queued) and hands each to the runner its runner column names. A
// claim is leased: the owner renews it while the job runs, and a job whose owner stopped
// renewing is claimed again by whoever sees it first, to be recovered (JobRunner::recover).
class JobQueue : public QObject
{
    Q_OBJECT

public:
    JobQueue(store::Store &store, JobQueueConfig config, std::function<QDateTime()> now,
             QObject *parent = nullptr);
    ~JobQueue() override;

    void addRunner(std::unique_ptr<JobRunner> runner);
    QStringList runnerNames() const;
    const JobQueueConfig &config() const { return m_config; }

    // Stores a new queued job; `alongside` runs in the same transaction once the job has its id
    // (a hosting change stores the change it applies), so either both are stored or neither.
    Result<model::Job> enqueue(model::Job job,
                               const std::function<Status(const model::Job &)> &alongside = {});
    // Starts claiming. A single instance first recovers every job left running by its last run.
    void start();
    bool isIdle() const { return m_running.empty(); }
    store::Store &store() { return m_store; }
    QDateTime now() const { return m_now(); }

signals:
    void jobEnded(const QString &jobId);

private:
    friend class JobRun;
    void poll();
    bool claimOne(bool lapsed, bool ignoreLeases = false);
    void renewLeases();
    void runEnded(const QString &jobId);
    JobRunner *runner(const QString &name) const;
    store::JobClaim claim() const;

    store::Store &m_store;
    JobQueueConfig m_config;
    std::function<QDateTime()> m_now;
    std::vector<std::unique_ptr<JobRunner>> m_runners;
    std::map<QString, std::unique_ptr<JobRun>> m_running; // by job id
    QTimer *m_poll = nullptr;
    QDateTime m_nextRenewal;
    bool m_pollQueued = false;
};

} // namespace mws::jobs
