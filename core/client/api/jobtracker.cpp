// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/jobtracker.h"

#include "api/panelclient.h"

#include <algorithm>

namespace mws::api {

namespace {

constexpr int fastPollMs = 1000;
constexpr int slowPollMs = 5000;
// A panel that stays unreachable this many polls in a row (each already retried by the client)
// is given up on; the job may still finish, and the jobs list will show it.
constexpr int maxFailures = 5;

} // namespace

JobTracker::JobTracker(PanelClient *client, QString jobId, QObject *parent)
    : QObject(parent), m_client(client), m_jobId(std::move(jobId))
{
    m_job.id = m_jobId;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobTracker::poll);
}

void JobTracker::start()
{
    if (m_stopped)
        return;
    m_timer.stop();
    pollSoon();
}

void JobTracker::cancel()
{
    if (m_stopped || !m_client)
        return;
    m_client->cancelJob(m_jobId).then(this, [this](const Result<model::Job> &job) {
        if (m_stopped)
            return;
        if (!job.ok() && job.error().kind != Error::Kind::Conflict) {
            Q_EMIT cancelFailed(job.error());
            return;
        }
        // Cancelled, or it had already finished (Conflict): one more poll reads the final state
        // and the last log lines, and finishes.
        m_idlePolls = 0;
        pollSoon();
    });
}

void JobTracker::pollSoon()
{
    if (m_inFlight) {
        m_pollAgain = true;
        return;
    }
    m_timer.stop();
    poll();
}

void JobTracker::poll()
{
    if (m_stopped || m_inFlight)
        return;
    if (!m_client) {
        pollFailed(Error::make(Error::Kind::Cancelled, tr("The connection to the panel was closed.")));
        return;
    }
    m_inFlight = true;
    m_pollAgain = false;
    // State first, then the log: lines written before the job finished are in the log read after.
    m_client->job(m_jobId).then(this, [this](const Result<model::Job> &job) {
        if (!job.ok() || !m_client) {
            m_inFlight = false;
            pollFailed(
                job.ok() ? Error::make(Error::Kind::Cancelled, tr("The connection to the panel was closed."))
                         : job.error());
            return;
        }
        m_client->jobLog(m_jobId, m_lastSeq)
            .then(this, [this, state = job.value()](const Result<QList<model::JobLogLine>> &lines) {
                m_inFlight = false;
                if (!lines.ok()) {
                    pollFailed(lines.error());
                    return;
                }
                apply(state, lines.value());
            });
    });
}

void JobTracker::apply(const model::Job &job, const QList<model::JobLogLine> &lines)
{
    if (m_stopped)
        return;
    m_failures = 0;
    // Handlers may delete the tracker (a finished job's row closes): check after every signal.
    const QPointer<JobTracker> alive(this);
    bool changed = false;
    for (const model::JobLogLine &line : lines) {
        if (line.seq <= m_lastSeq)
            continue;
        m_lastSeq = line.seq;
        changed = true;
        Q_EMIT logLine(line);
        if (!alive)
            return;
    }
    const bool progressed = !m_reported || job.progress != m_job.progress;
    changed |= job.state != m_job.state || progressed;
    m_job = job;
    if (progressed) {
        m_reported = true;
        Q_EMIT progressChanged(job.progress);
        if (!alive)
            return;
    }
    if (model::isFinished(job.state)) {
        m_stopped = true;
        m_timer.stop();
        Q_EMIT finished(m_job);
        return;
    }
    if (std::exchange(m_pollAgain, false)) {
        poll();
        return;
    }
    // Every second while something happens; slowing to every five while nothing does.
    m_idlePolls = changed ? 0 : m_idlePolls + 1;
    m_timer.start(std::min(slowPollMs, fastPollMs << std::min(m_idlePolls, 3)));
}

void JobTracker::pollFailed(const Error &error)
{
    if (m_stopped)
        return;
    const bool transient = error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
                           error.kind == Error::Kind::Server;
    if (transient && ++m_failures < maxFailures) {
        if (std::exchange(m_pollAgain, false))
            poll();
        else
            m_timer.start(slowPollMs);
        return;
    }
    m_stopped = true;
    m_timer.stop();
    Q_EMIT failed(error);
}

} // namespace mws::api
