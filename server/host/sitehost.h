// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hostconfig.h"
#include "model/hosting.h"
#include "model/types.h"
#include "renderer.h"
#include "supervisor.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace mws::store {
class Store;
struct SiteChange;
struct SiteState;
} // namespace mws::store

namespace mws::jobs {
class JobQueue;
}

namespace mws::host {

class HostLock;
class HostLockHold;

// A private key the panel made for a vhost, and the request to certify it.
struct NewKey
{
    QString keyId;
    QByteArray requestPem;
};

// The web servers on the machine the panel runs on: a front on the public ports, and for each
// site its own Apache and PHP-FPM running as the site's Unix user, all configured from the files
// the panel renders under HostConfig::root (see siteparts.h) from each site's state (its slices,
// siteslices.h). Changes to a slice arrive as stored SiteChanges with a "hosting" job each (hostjobs.h); the
// job queue runs them, and on one host they are applied one at a time (ApplyRun, under the host's apply lock,
// which every panel sharing the host takes), asynchronously on the panel's thread. Any failure before the
// commit puts the previous files back byte for byte and reloads; a crash in the middle is undone by whichever
// panel takes the apply lock next (recoverJournal).
//
// Several panels may serve one host (on one PostgreSQL database). Exactly one supervises its
// servers: the one holding the host's supervisor lock. The others try for it twice a second
// and take over when its holder dies (the servers it started stop with it), starting every
// server again from the live files.
class SiteHost : public QObject
{
    Q_OBJECT

public:
    SiteHost(HostConfig config, store::Store &store, std::function<QDateTime()> now,
             QObject *parent = nullptr);
    ~SiteHost() override;

    const HostConfig &config() const { return m_config; }
    store::Store &store() const { return m_store; }
    QDateTime now() const { return m_now(); }

    // Folders, the default certificate and the main files. Idempotent: run at every start
    // (and by mws-paneld --prepare-host).
    Status prepare();
    // Asks PHP and Apache what they offer (versions, extensions); a serving panel does this once.
    Status readCatalogue();
    // At start-up: undoes a change a crash interrupted (or keeps it, if it was committed) and
    // fails its job, unless another panel on the host is applying one right now.
    Status recover();
    // Supervises the host's servers once this panel holds the supervisor lock: starts the front
    // and every site's servers from the live files, and keeps them running.
    void startServing();
    bool isSupervising() const { return m_supervising; }
    Supervisor &supervisor() { return m_supervisor; }
    void setJobQueue(jobs::JobQueue *queue) { m_jobs = queue; }

    const model::HostingCatalogue &catalogue() const { return m_catalogue; }

    // What changing current into proposed does to the site's files.
    model::ConfigPreview preview(const store::SiteState &current, const store::SiteState &proposed) const;

    // A new EC key for a vhost, kept in keys/ (never sent anywhere), and its CSR.
    Result<NewKey> createKey(const QStringList &names);
    Result<QByteArray> privateKey(const QString &keyId) const;

    // Stores a change with a new job (its kind is the change's action) and queues it; the change's jobId
    // is filled in here.
    Result<model::Job> queue(store::SiteChange change);

    // Creates and queues the changes that switch off expired "writable for an hour" grants.
    void lockExpiredDocumentRoots();

    // Calls then() once this panel holds the host's apply lock (waiting for another panel's
    // change to end), after undoing what a dead holder left half done. The lock is held as long
    // as the hold given to then() (any job kind may take it: a change, a snapshot, an import).
    void withApplyLock(QObject *context, std::function<void(HostLockHold)> then);
    // Puts back the files of a change whose applier died, or keeps them if it had committed,
    // and fails its job; reloads the site's running servers if asked. Only with the apply lock held.
    Status recoverJournal(bool reloadServers);

    // Said by the work that ran a job under the apply lock, once it has let go of the lock.
    void reportJobFinished(const QString &jobId, bool succeeded) { emit jobFinished(jobId, succeeded); }

signals:
    void jobFinished(const QString &jobId, bool succeeded);

private:
    void superviseTick();
    void serveAll();
    Status confine(const QString &siteId);
    void reloadSite(const QString &siteId);
    Status restoreJournalFiles(const QJsonArray &files);

    HostConfig m_config;
    store::Store &m_store;
    std::function<QDateTime()> m_now;
    model::HostingCatalogue m_catalogue;
    // Before the supervisor, so they are let go of only after it has stopped every server: the
    // next panel to take over then finds the ports free.
    std::shared_ptr<HostLock> m_applyLock;
    std::unique_ptr<HostLock> m_supervisorLock;
    Supervisor m_supervisor;
    jobs::JobQueue *m_jobs = nullptr;
    bool m_supervising = false;
    bool m_startedServing = false;
    QTimer *m_superviseTimer = nullptr;
};

} // namespace mws::host
