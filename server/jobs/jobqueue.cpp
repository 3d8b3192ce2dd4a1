// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jobqueue.h"

#include <QTimer>

namespace mws::jobs {

JobRun::JobRun(JobQueue &queue, model::Job job, bool recovering)
    : m_queue(queue), m_job(std::move(job)), m_recovering(recovering)
{}

store::Store &JobRun::store()
{
    return m_queue.m_store;
}

QDateTime JobRun::now() const
{
    return m_queue.m_now();
}

void JobRun::progress(int percent, const QString &line)
{
    (void)store().updateJob(m_job.id, model::JobState::Running, percent, now());
    if (!line.isEmpty())
        log(line);
}

void JobRun::log(const QString &line)
{
    (void)store().appendJobLog(m_job.id, line, now());
}

void JobRun::succeed(const QJsonObject &result)
{
    finish(model::JobState::Succeeded, {}, result);
}

void JobRun::fail(const QString &message)
{
    finish(model::JobState::Failed, message, {});
}

// A job left running would hold its site's queue, so a failed write is tried again (the claim
// stays renewed meanwhile). A Conflict means it has finished already: cancelled, or recovered.
void JobRun::finish(model::JobState state, const QString &error, const QJsonObject &result)
{
    const Status finished = store().finishJob(m_job.id, state, error, result, now());
    if (!finished && finished.error().kind != Error::Kind::Conflict) {
        qWarning("job %s could not be finished; trying again: %s", qPrintable(m_job.id),
                 qPrintable(finished.error().message));
        QTimer::singleShot(1000, &m_queue, [this, state, error, result] { finish(state, error, result); });
        return;
    }
    ended();
}

void JobRun::ended()
{
    if (m_ended)
        return;
    m_ended = true;
    // The queue deletes this run; let the runner's current step unwind first.
    QTimer::singleShot(0, &m_queue, [queue = &m_queue, id = m_job.id] { queue->runEnded(id); });
}

JobQueue::JobQueue(store::Store &store, JobQueueConfig config, std::function<QDateTime()> now,
                   QObject *parent)
    : QObject(parent), m_store(store), m_config(std::move(config)), m_now(std::move(now))
{}

JobQueue::~JobQueue() = default;

void JobQueue::addRunner(std::unique_ptr<JobRunner> runner)
{
    m_runners.push_back(std::move(runner));
}

QStringList JobQueue::runnerNames() const
{
    QStringList names;
    for (const auto &runner : m_runners)
        names << runner->name();
    return names;
}

JobRunner *JobQueue::runner(const QString &name) const
{
    for (const auto &runner : m_runners)
        if (runner->name() == name)
            return runner.get();
    return nullptr;
}

Result<model::Job> JobQueue::enqueue(model::Job job,
                                     const std::function<Status(const model::Job &)> &alongside)
{
    if (!runner(job.runner))
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("This panel has no runner for %1 jobs.").arg(job.runner));
    job.state = model::JobState::Queued;
    Result<model::Job> created = Error::make(Error::Kind::Server, {});
    const Status stored = m_store.database().transaction([&]() -> Status {
        created = m_store.createJob(job);
        if (!created)
            return created.error();
        // Queued where no panel would take it, it would hold its site's queue for ever.
        if (!m_config.hosts.contains(created->host))
            return Error::make(
                Error::Kind::Conflict,
                QStringLiteral("The site lives on the host %1, which this panel does not serve.")
                    .arg(created->host));
        return alongside ? alongside(*created) : Status();
    });
    if (!stored)
        return stored.error();
    // Claim it soon rather than at the next tick (another panel may still be first).
    if (m_poll && !m_pollQueued) {
        m_pollQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_pollQueued = false;
            poll();
        });
    }
    return created;
}

store::JobClaim JobQueue::claim() const
{
    store::JobClaim claim;
    claim.owner = m_config.owner;
    claim.hosts = m_config.hosts;
    claim.runners = runnerNames();
    claim.now = m_now();
    claim.clock = m_now;
    claim.leaseUntil = claim.now.addSecs(m_config.leaseSeconds);
    return claim;
}

void JobQueue::start()
{
    if (m_poll)
        return;
    Result<int> failed =
        m_store.failAbandonedJobs(runnerNames(), m_config.singleInstance,
                                  QStringLiteral("The panel stopped while this job was running."), m_now());
    if (!failed)
        qWarning("failing abandoned jobs failed: %s", qPrintable(failed.error().message));
    else if (*failed > 0)
        qWarning("marked %d interrupted job(s) as failed", *failed);
    if (m_runners.empty())
        return;
    // One instance alone on its database: whatever is running was its own before it stopped.
    if (m_config.singleInstance)
        while (m_running.size() < size_t(m_config.maxRunning) && claimOne(true, true)) {
        }
    m_poll = new QTimer(this);
    m_poll->setInterval(m_config.pollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &JobQueue::poll);
    m_poll->start();
    m_nextRenewal = m_now().addMSecs(m_config.leaseSeconds * 1000 / 3);
    poll();
}

void JobQueue::poll()
{
    if (m_now() >= m_nextRenewal)
        renewLeases();
    // Lapsed claims first: their sites wait for them.
    while (m_running.size() < size_t(m_config.maxRunning) && claimOne(true)) {
    }
    while (m_running.size() < size_t(m_config.maxRunning) && claimOne(false)) {
    }
}

bool JobQueue::claimOne(bool lapsed, bool ignoreLeases)
{
    store::JobClaim request = claim();
    request.ignoreLeases = ignoreLeases;
    Result<std::optional<model::Job>> claimed =
        lapsed ? m_store.claimLapsedJob(request) : m_store.claimNextJob(request);
    if (!claimed) {
        qWarning("claiming a job failed: %s", qPrintable(claimed.error().message));
        return false;
    }
    if (!claimed->has_value())
        return false;
    const model::Job job = **claimed;
    JobRunner *carrier = runner(job.runner);
    auto run = std::make_unique<JobRun>(*this, job, lapsed);
    JobRun &started = *run;
    m_running[job.id] = std::move(run);
    // The log is read by people: which panel took the job is the job's claim (and the panel's
    // own log), not a line here.
    started.log(lapsed ? QStringLiteral("Taken over: the panel running it stopped")
                       : QStringLiteral("Started"));
    qInfo("job %s (%s) %s by %s", qPrintable(job.id), qPrintable(job.kind), lapsed ? "taken over" : "started",
          qPrintable(m_config.owner));
    if (lapsed)
        carrier->recover(started);
    else
        carrier->start(started);
    return true;
}

void JobQueue::renewLeases()
{
    m_nextRenewal = m_now().addMSecs(m_config.leaseSeconds * 1000 / 3);
    const QDateTime until = m_now().addSecs(m_config.leaseSeconds);
    for (const auto &[id, run] : m_running) {
        Result<bool> renewed = m_store.renewJobLease(id, m_config.owner, until);
        // Lost: another instance took the job after this one went quiet for a whole lease. Its
        // disk work is still fenced by the host's apply lock, which this instance holds.
        if (renewed && !*renewed)
            qWarning("job %s: this panel's claim lapsed and another panel took it over", qPrintable(id));
    }
}

void JobQueue::runEnded(const QString &jobId)
{
    m_running.erase(jobId);
    emit jobEnded(jobId);
    if (m_poll)
        poll();
}

} // namespace mws::jobs
