// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The cron area on the host: a site's jobs (the "crontab" slice) rendered into the crontab of the
// site's own Unix user, each line running the wrapper (mws-cron-run) on the job the site's jobs
// file describes, and the host's cron daemon as the server that reads it. Only root may use
// crontab (/etc/cron.allow), so a site cannot swap its tab for one that skips the wrapper; the
// panel writes the tab into cron's spool itself, and checks it at every apply, at its start and
// every few minutes, putting it back if it differs.

#include "model/cron.h"
#include "siteparts.h"

namespace mws::host {

// The files, relative to the panel's root.
QString siteCrontabFile(const QString &siteId);
QString siteCronJobsFile(const QString &siteId);

// The site's tab as the jobs and the site's status make it: empty (no file) without jobs.
QByteArray renderCrontab(const HostConfig &config, const QString &siteId, const model::SiteCron &cron,
                         bool serving);
// What the wrapper reads: each job's command, timeout, overlap and variables, and the socket.
QByteArray renderCronJobs(const HostConfig &config, const QString &siteId, const model::SiteCron &cron);

// The tab installed for the site's user now ("" when it has none), and installing one.
Result<QByteArray> installedCrontab(const HostConfig &config, const QString &siteId);
Status installCrontab(const HostConfig &config, const QString &siteId, const QByteArray &tab);

const SitePart &crontabPart();
const SiteServer &cronServer();

} // namespace mws::host
