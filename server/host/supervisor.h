// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hostconfig.h"
#include "processrunner.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace mws::host {

// One long-running server: the front, or one of a site's own servers.
struct ServiceSpec
{
    QString name; // "front", "<site>.web", "<site>.php"
    QString program;
    QStringList arguments;
    RunAs runAs;        // the site's user for a site's servers
    QString home;       // working folder and HOME
    int reloadSignal;   // graceful: SIGUSR1 for Apache, SIGUSR2 for PHP-FPM
    int stopSignal;     // SIGTERM for Apache, SIGQUIT for PHP-FPM (lets requests finish)
    bool wanted = true; // false: its files are gone, and it should not run
    QString configFile; // the file it runs from: once that is gone, it is not restarted
};

// Starts, watches and restarts the host's servers where no service manager does it (tests,
// the demo, the build root), and stops them when the panel stops. Each server's process id is
// kept in a pid file in root's own run folder, so reloads never trust a file a site can write.
// Only the leading supervisor of a host (SiteHost: the panel holding its supervisor lock)
// starts anything; another panel's supervisor reaches the same servers through their pid
// files, and leaves starting new ones to the leader.
class Supervisor : public QObject
{
    Q_OBJECT

public:
    explicit Supervisor(const HostConfig &config, QObject *parent = nullptr);
    ~Supervisor() override;

    void setLeading(bool leading) { m_leading = leading; }
    // Starts the service unless it runs already.
    void ensureRunning(const ServiceSpec &spec);
    // Starts the service unless this supervisor knows it already (running, or waiting to be
    // restarted after it stopped).
    void ensureKnown(const ServiceSpec &spec);
    // A graceful reload through its pid file; a service that never started is started.
    Status reload(const ServiceSpec &spec);
    // Stops the service and forgets it.
    void stop(const ServiceSpec &spec);
    void stopAll();

    bool isRunning(const QString &name) const;
    QString pidFile(const QString &name) const;

private:
    struct Running;
    void start(Running &service);
    // which: the process that ended; one stopped or replaced since is not the service's any more.
    void exited(const QString &name, const QProcess *which, int exitCode);

    bool pidIsAlive(const QString &name) const;

    const HostConfig &m_config;
    bool m_leading = true;
    QHash<QString, std::shared_ptr<Running>> m_services;
};

} // namespace mws::host
