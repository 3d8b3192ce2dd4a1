// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mws::api {

class PanelClient;

// Follows one job until it finishes: polls its state and new log lines (every second, backing
// off to five while nothing changes) and reports them. cancel() asks the panel to cancel it.
class JobTracker : public QObject
{
    Q_OBJECT

public:
    JobTracker(PanelClient *client, QString jobId, QObject *parent = nullptr);

    QString jobId() const { return m_jobId; }
    const model::Job &job() const { return m_job; }
    void start();
    void cancel();

Q_SIGNALS:
    void progressChanged(int percent);
    void logLine(const mws::model::JobLogLine &line);
    void finished(const mws::model::Job &job);
    void failed(const mws::Error &error);       // the job could not be followed (not: the job failed)
    void cancelFailed(const mws::Error &error); // the panel would not cancel it; following goes on

private:
    void poll();
    void pollSoon();
    void apply(const model::Job &job, const QList<model::JobLogLine> &lines);
    void pollFailed(const Error &error);

    QPointer<PanelClient> m_client;
    QString m_jobId;
    model::Job m_job;
    int m_lastSeq = 0;
    int m_idlePolls = 0;
    bool m_stopped = false;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_pollAgain = false; // asked for while a poll was in flight
    bool m_reported = false;  // progress reported at least once
    int m_failures = 0;       // polls in a row that could not reach the panel
};

} // namespace mws::api
