// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Where the wrapper of every cron run reports (cronpart.h): a Unix socket any local user may
// connect to, on which the site is known by the connection's uid (SO_PEERCRED), never by what it
// says; so a site can only ever write its own jobs' history. Each run is a connection: "start"
// (the run is recorded), "child" (the command, held until the panel has put it in a cgroup of
// its own under the site's), "end" (status, duration, the first and last 64 KiB of output). The
// panel ends everything in the run's cgroup when the job's timeout passes, what left its process
// group with setsid included. Reports are bounded: a line's size, connections and starts per site.

#include "sitehost.h"

#include <QHash>
#include <QLocalServer>
#include <QPointer>

namespace mws::host {

class CronRunConnection;

class CronReports : public QObject
{
    Q_OBJECT

public:
    explicit CronReports(SiteHost &host);
    ~CronReports() override;

    // Only root may use crontab (/etc/cron.allow), so no site can replace its tab and bypass the
    // wrapper; the host's own administrators listed there stay. Idempotent, run at every start.
    static Status prepare(const HostConfig &config,
                          const QString &allowFile = QStringLiteral("/etc/cron.allow"));
    // Listens while this panel supervises the host (one panel of a host does).
    void start();

    static constexpr int maxConnectionsPerSite = 8;
    static constexpr int maxStartsPerSiteAndMinute = 30;
    static constexpr qsizetype maxLineBytes = 256 * 1024;

private:
    friend class CronRunConnection;
    void listenIfSupervising();
    void accept();
    bool admitStart(const QString &siteId);

    SiteHost &m_host;
    QLocalServer *m_server = nullptr;
    QHash<QString, int> m_connections;      // by site
    QHash<QString, QList<qint64>> m_starts; // by site: when (ms since epoch) in the last minute
};

} // namespace mws::host
