// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/changerequest.h"
#include "api/panelclient.h"
#include "model/cron.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

namespace mws::api {

// The cron area's calls, on a PanelClient's engine: a site's jobs (each with its last run), the
// runs the panel recorded of one job, and running a job now. Made where a call is made
// (CronClient(*client).cron(siteId)), it keeps nothing but the client. Calls behave as
// PanelClient's do.
class CronClient
{
public:
    explicit CronClient(PanelClient &client) : m_client(client) {}

    QFuture<Result<Fetched<model::SiteCron>>> cron(const QString &siteId, const QByteArray &ifNoneMatch = {});
    // The job's runs, newest first, at most limit of them.
    QFuture<Result<model::CronRunList>> runs(const QString &siteId, const QString &jobId, int limit = 50);
    // Starts the job at once, whatever its schedule: a job of kind cron.run, whose log is what
    // the command prints; the run is in runs() once the job has ended.
    QFuture<Result<model::Job>> runNow(const QString &siteId, const QString &jobId);

    // The whole new list of the site's jobs (a job without an id gets one from the panel), as a
    // change previewed and then applied (changerequest.h) with the ETag of cron().
    static ChangeRequest setJobs(const QString &siteId, const QList<model::CronJob> &jobs);

private:
    PanelClient &m_client;
};

} // namespace mws::api
