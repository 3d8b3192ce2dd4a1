// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "healthprobe.h"
#include "hostlock.h"
#include "jobrunner.h"
#include "renderer.h"
#include "siteparts.h"
#include "siteslices.h"
#include "store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace mws::host {

class SiteHost;

// One change to one slice of a site's state being applied: a chain of asynchronous steps, each of which
// either moves on or ends the run, restoring what it changed.
//
//   account and folders → render every part beside the live files → config test of each server
//   whose files change → journal + backups → atomic renames → graceful reload of those servers
//   only → health checks → commit to the store.
class ApplyRun : public QObject
{
public:
    ApplyRun(SiteHost &host, jobs::JobRun &run, store::SiteChange change, HostLockHold applyLock);
    void start();
    QString jobId() const { return m_change.jobId; }

private:
    void progress(int percent, const QString &line);
    void log(const QString &line);

    void ensureAccount();
    void prepareSite();
    void stage();
    void testServers();
    void recordAnswersBefore(QList<HealthProbe> probes);
    void swap();
    void reload();
    void checkHealth();
    void commit();
    void rollBack(const QString &reason);
    void failBeforeSwap(const QString &reason);
    void finishFailed(const QString &message);
    void cleanUp();
    void end(bool succeeded);

    Status reloadChangedServers();
    QString changedServerNames() const;
    void ask(const HealthProbe &probe, ProbeAnswer done);

    SiteHost &m_host;
    jobs::JobRun &m_run;
    HostLockHold m_applyLock;
    const HostConfig &m_config;
    store::Store &m_store;
    store::SliceStore m_slices;
    store::SiteChange m_change;
    store::SiteState m_current;
    store::SiteState m_proposed; // m_current with the change made
    qint64 m_targetVersion = 0;  // the changed slice's version once it is live
    RunAs m_runAs;
    SiteSlot m_slot;
    SiteFiles m_old;
    SiteFiles m_new;
    QHash<QString, std::optional<gid_t>> m_groups; // which files only the site's group may read
    QStringList m_changedServers;                  // in the order of siteServers()
    bool m_swapped = false;
    QStringList m_testFailures;
    int m_testsRunning = 0;
    QHash<QByteArray, int> m_answerBefore; // by name: what the site's server answered before
    QList<HealthProbe> m_unchecked;
    QDateTime m_healthDeadline;
    QDateTime m_firstFailure;
    QString m_lastHealth;
};

} // namespace mws::host
