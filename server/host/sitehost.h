#pragma once

#include "hostconfig.h"
#include "model/hosting.h"
#include "model/types.h"
#include "renderer.h"
#include "supervisor.h"
#include "util/result.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace mws::store {
class Store;
struct HostingChange;
} // namespace mws::store

namespace mws::host {

class ApplyRun;

// A private key the panel made for a vhost, and the request to certify it.
struct NewKey
{
    QString keyId;
    QByteArray requestPem;
};

// The web servers on the machine the panel runs on: a front on the public ports, and for each
// site its own Apache and PHP-FPM running as the site's Unix user, all configured from the files
// the panel renders under HostConfig::root (see siteparts.h). Changes arrive as stored
// HostingChanges with a job each; they are applied one at a time (ApplyRun), asynchronously on
// the panel's thread. Any failure before the commit puts the previous files back byte for byte
// and reloads; a crash in the middle is undone by recover() at the next start.
class SiteHost : public QObject
{
    Q_OBJECT

public:
    SiteHost(HostConfig config, store::Store &store, std::function<QDateTime()> now,
             QObject *parent = nullptr);
    ~SiteHost() override;

    const HostConfig &config() const { return m_config; }

    // Folders, the default certificate and the main files. Idempotent: run at every start
    // (and by mws-paneld --prepare-host).
    Status prepare();
    // Asks PHP and Apache what they offer (versions, extensions); a serving panel does this once.
    Status readCatalogue();
    // Undoes a change a crash interrupted (or keeps it, if it was committed) and fails its job.
    Status recover();
    // Starts the front and every site's servers from the live files, and keeps them running.
    void startServing();
    Supervisor &supervisor() { return m_supervisor; }

    const model::HostingCatalogue &catalogue() const { return m_catalogue; }

    // What changing current into proposed does to the site's files.
    model::ConfigPreview preview(const model::SiteHosting &current, const model::SiteHosting &proposed) const;

    // A new EC key for a vhost, kept in keys/ (never sent anywhere), and its CSR.
    Result<NewKey> createKey(const QStringList &names);
    Result<QByteArray> privateKey(const QString &keyId) const;

    // Stores a change with a new job (its kind is the change's action) and queues it; the change's jobId
    // is filled in here.
    Result<model::Job> queue(store::HostingChange change);
    bool isIdle() const;

    // Creates and queues the changes that switch off expired "writable for an hour" grants.
    void lockExpiredDocumentRoots();

signals:
    void jobFinished(const QString &jobId, bool succeeded);

private:
    friend class ApplyRun;

    // Applies the change stored for this job when the ones before it are done.
    void enqueue(const QString &jobId);
    void startNext();
    void runFinished(const QString &jobId, bool succeeded);

    HostConfig m_config;
    store::Store &m_store;
    std::function<QDateTime()> m_now;
    model::HostingCatalogue m_catalogue;
    QNetworkAccessManager m_network;
    Supervisor m_supervisor;
    QStringList m_queue;
    std::unique_ptr<ApplyRun> m_running;
};

} // namespace mws::host
