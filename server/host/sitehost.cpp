// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sitehost.h"

#include "applyrun.h"
#include "hostfiles.h"
#include "hostingstore.h"
#include "hostlock.h"
#include "jobqueue.h"
#include "siteaccount.h"
#include "sitecgroup.h"
#include "siteparts.h"
#include "store.h"
#include "tlscertificates.h"
#include "util/linediff.h"
#include "validate/apachedirectives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace mws::host {

SiteHost::SiteHost(HostConfig config, store::Store &store, std::function<QDateTime()> now, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_store(store), m_now(std::move(now)),
      m_applyLock(std::make_shared<HostLock>(m_config.runDir() + QStringLiteral("/apply.lock"))),
      m_supervisorLock(std::make_unique<HostLock>(m_config.runDir() + QStringLiteral("/supervisor.lock"))),
      m_supervisor(m_config)
{
    m_supervisor.setLeading(false);
}

SiteHost::~SiteHost() = default;

Status SiteHost::prepare()
{
    // Root's own folders: sites may pass through some to reach their own, and write none.
    const QList<QPair<QString, mode_t>> folders{
        {m_config.root, 0755},
        {m_config.frontDir(), 0700},
        {m_config.frontDir() + QStringLiteral("/sites"), 0700},
        {m_config.root + QStringLiteral("/sites"), 0755},
        {m_config.root + QStringLiteral("/tls"), 0755},
        {m_config.keyDir(), 0700},
        {m_config.runDir(), 0755},
        {m_config.runDir() + QStringLiteral("/sites"), 0711},
        {m_config.pidDir(), 0755},
        {m_config.logDir(), 0750},
        {m_config.sitesRoot, 0755},
    };
    for (const auto &[dir, mode] : folders)
        if (Status made = makeDir(dir, mode, std::nullopt, std::nullopt); !made)
            return made;
    // The vhost that answers names no site has needs a certificate of its own.
    const QString defaultKey = m_config.keyDir() + QStringLiteral("/default.pem");
    const QString defaultCertificate = m_config.root + QStringLiteral("/tls/default.pem");
    if (!QFileInfo::exists(defaultKey) || !QFileInfo::exists(defaultCertificate)) {
        Result<KeyAndRequest> key = makeKeyAndRequest({QStringLiteral("default.invalid")});
        if (!key)
            return key.error();
        Result<QByteArray> certificate =
            makeSelfSigned(key->privateKeyPem, {QStringLiteral("default.invalid")}, 3650);
        if (!certificate)
            return certificate.error();
        Status written = writeFile(defaultKey, key->privateKeyPem, secretFile);
        if (written)
            written = writeFile(defaultCertificate, *certificate, publicFile);
        if (!written)
            return written;
    }
    if (Status identity = prepareFrontIdentity(m_config); !identity)
        return identity;
    return writeFile(m_config.frontMainConfig(), renderFrontMain(m_config), secretFile);
}

void SiteHost::startServing()
{
    if (m_superviseTimer)
        return;
    m_superviseTimer = new QTimer(this);
    m_superviseTimer->setInterval(500);
    connect(m_superviseTimer, &QTimer::timeout, this, &SiteHost::superviseTick);
    m_superviseTimer->start();
    superviseTick();
}

void SiteHost::superviseTick()
{
    if (!m_supervising) {
        if (!m_supervisorLock->tryLock())
            return;
        // The panel that supervised before is gone, and the servers it ran with it.
        qInfo("this panel now supervises the host's web servers");
        m_supervising = true;
        m_startedServing = false;
        m_supervisor.setLeading(true);
    }
    if (!m_startedServing) {
        // The servers start from whole files: a change left half applied is put back first, and
        // one another panel is applying right now is waited for. (This panel's own change, if
        // one is under way, reloads what it swapped itself.)
        if (!m_applyLock->isHeld()) {
            if (!m_applyLock->tryLock())
                return;
            if (Status recovered = recoverJournal(false); !recovered)
                qWarning("recovering an interrupted change failed: %s",
                         qPrintable(recovered.error().message));
            m_applyLock->unlock();
        }
        m_startedServing = true;
    }
    serveAll();
}

// Every server the live files ask for, started unless the supervisor knows it already (those
// it restarts itself when they stop).
void SiteHost::serveAll()
{
    for (const SiteServer *server : siteServers())
        if (!server->perSite())
            m_supervisor.ensureKnown(server->service(m_config, {}, std::nullopt));
    const QStringList sites = QDir(m_config.root + QStringLiteral("/sites"))
                                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &siteId : sites) {
        Result<RunAs> runAs = siteRunAs(m_config, siteId);
        Status confined = runAs ? confine(siteId) : Status(runAs.error());
        if (!confined) {
            qWarning("site %s is not served: %s", qPrintable(siteId), qPrintable(confined.error().message));
            continue;
        }
        for (const SiteServer *server : siteServers())
            if (server->perSite())
                server->serve(m_supervisor, m_config, siteId, *runAs);
    }
}

// The site's cgroup and bind filter, made again at every start: a site made by an older panel
// gets them, and a changed [host] backend_ports applies.
Status SiteHost::confine(const QString &siteId)
{
    if (!m_config.unixUsers)
        return {};
    Result<SiteSlot> slot = siteSlot(m_config, siteId);
    return slot ? confineSite(m_config, siteId, slot->port) : Status(slot.error());
}

Status SiteHost::readCatalogue()
{
    auto run = [](const QString &program, const QStringList &arguments) -> Result<QString> {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        prepareProcess(process, std::nullopt); // like everything the panel starts: stdio only
        process.start(program, arguments);
        if (!process.waitForFinished(10000) || process.exitCode() != 0)
            return hostError(QStringLiteral("%1 does not run: %2").arg(program, process.errorString()));
        return QString::fromLocal8Bit(process.readAll());
    };
    Result<QString> apache = run(m_config.apacheBinary, {QStringLiteral("-v")});
    if (!apache)
        return apache.error();
    m_catalogue.apacheVersion =
        QRegularExpression(QStringLiteral("Apache/([0-9.]+)")).match(*apache).captured(1);
    Result<QString> php = run(m_config.phpFpmBinary, {QStringLiteral("-v")});
    if (!php)
        return php.error();
    m_catalogue.phpVersion = QRegularExpression(QStringLiteral("PHP ([0-9.]+)")).match(*php).captured(1);

    Result<QString> modules = run(m_config.phpFpmBinary, {QStringLiteral("-m")});
    if (!modules)
        return modules.error();
    QSet<QString> loaded;
    for (const QString &line : modules->split(QLatin1Char('\n'))) {
        const QString name = line.trimmed().toLower();
        if (name.isEmpty() || name.startsWith(QLatin1Char('[')))
            continue;
        loaded.insert(name == QLatin1String("zend opcache") ? QStringLiteral("opcache") : name);
    }
    m_catalogue.builtinExtensions = QStringList(loaded.begin(), loaded.end());
    m_catalogue.builtinExtensions.sort();

    QString extensionDir = m_config.phpExtensionDir;
    if (extensionDir.isEmpty()) {
        Result<QString> info = run(m_config.phpFpmBinary, {QStringLiteral("-i")});
        if (info)
            extensionDir =
                QRegularExpression(QStringLiteral("(?m)^extension_dir => (\\S+)")).match(*info).captured(1);
    }
    m_catalogue.optionalExtensions.clear();
    const QStringList files = QDir(extensionDir).entryList({QStringLiteral("*.so")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(3).toLower();
        if (!loaded.contains(name))
            m_catalogue.optionalExtensions << name;
    }
    m_catalogue.apacheModules.clear();
    for (const validate::ApacheModule &module : validate::apacheModuleCatalogue())
        m_catalogue.apacheModules << module.name;
    return {};
}

Status SiteHost::recover()
{
    // Another panel holding the lock is applying a change now: its journal is not a leftover.
    if (m_applyLock->tryLock()) {
        // Only a live supervisor's pid files name running servers; with none, the servers died
        // with the last one, and signalling what their pid files name could reach anything.
        const bool supervised = !m_supervisorLock->tryLock();
        if (!supervised)
            m_supervisorLock->unlock();
        const Status recovered = recoverJournal(supervised);
        m_applyLock->unlock();
        if (!recovered)
            return recovered;
    }
    // Changes whose job ended without them (the panel stopped before it could forget them).
    store::SliceStore slices(m_store.database());
    if (Result<QStringList> waiting = slices.changeJobs(); waiting)
        for (const QString &jobId : *waiting)
            if (Result<model::Job> job = m_store.job(jobId); !job || model::isFinished(job->state))
                (void)slices.removeChange(jobId);
    return {};
}

void SiteHost::withApplyLock(QObject *context, std::function<void(HostLockHold)> then)
{
    if (!m_applyLock->tryLock()) {
        QTimer::singleShot(100, context, [this, context, then = std::move(then)]() mutable {
            withApplyLock(context, std::move(then));
        });
        return;
    }
    // A change left half done that cannot be put back stops every later one: applying another
    // would take its backups for the old files. The log says what to restore by hand.
    if (Status recovered = recoverJournal(true); !recovered) {
        qWarning("recovering an interrupted change failed, so no change is applied until it is "
                 "fixed: %s",
                 qPrintable(recovered.error().message));
        m_applyLock->unlock();
        QTimer::singleShot(5000, context, [this, context, then = std::move(then)]() mutable {
            withApplyLock(context, std::move(then));
        });
        return;
    }
    then(HostLockHold(m_applyLock));
}

// Puts back every file the journal names as it was before the change.
Status SiteHost::restoreJournalFiles(const QJsonArray &files)
{
    for (const QJsonValue &value : files) {
        const QString path = value.toObject().value(QLatin1String("path")).toString();
        if (path.contains(QLatin1String("..")))
            continue;
        const QString live = m_config.root + QLatin1Char('/') + path;
        if (!value.toObject().value(QLatin1String("existed")).toBool()) {
            QFile::remove(live);
            continue;
        }
        QFile backup(m_config.backupDir() + QLatin1Char('/') + path);
        if (!backup.open(QIODevice::ReadOnly))
            return hostError(QStringLiteral("The backup of %1 is missing; restore it by hand.").arg(path));
        // The same access as the file had: the journal names the group that may read it.
        const qint64 group = value.toObject().value(QLatin1String("group")).toInteger(-1);
        const std::optional<gid_t> readers = group >= 0 ? std::optional<gid_t>(gid_t(group)) : std::nullopt;
        if (Status restored = writeFile(live, backup.readAll(),
                                        readers ? secretFile | QFileDevice::ReadGroup : publicFile, readers);
            !restored)
            return restored;
    }
    return {};
}

Status SiteHost::recoverJournal(bool reloadServers)
{
    QDir(m_config.stagingDir()).removeRecursively();
    QFile file(m_config.journalFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QString siteId = journal.value(QLatin1String("siteId")).toString();
    const QString jobId = journal.value(QLatin1String("jobId")).toString();
    // Committed means its job succeeded: the commit finishes the job in the same transaction.
    // (The site's version alone could have moved since by another route.)
    Result<model::Job> job = m_store.job(jobId);
    if (!job && job.error().kind != Error::Kind::NotFound)
        return job.error();
    const bool committed = job && job->state == model::JobState::Succeeded;
    if (!committed) {
        if (Status restored = restoreJournalFiles(journal.value(QLatin1String("files")).toArray()); !restored)
            return restored;
        if (job && !model::isFinished(job->state)) {
            (void)m_store.appendJobLog(
                jobId,
                QStringLiteral("The panel applying this change stopped in the middle of it; "
                               "the previous configuration was put back."),
                m_now());
            if (Status finished = m_store.finishJob(
                    jobId, model::JobState::Failed,
                    QStringLiteral("The panel stopped while it applied this change. The site was left "
                                   "as it was: the previous configuration is back in place."),
                    {}, m_now());
                !finished)
                return finished;
        }
    }
    (void)store::SliceStore(m_store.database()).removeChange(jobId);
    QFile::remove(m_config.journalFile());
    QDir(m_config.backupDir()).removeRecursively();
    // Servers still running the undone files reload the ones put back; servers that are not
    // running read them when the supervisor starts them.
    if (!committed && reloadServers)
        reloadSite(siteId);
    return {};
}

model::ConfigPreview SiteHost::preview(const store::SiteState &current,
                                       const store::SiteState &proposed) const
{
    const Result<SiteSlot> slot = siteSlot(m_config, proposed.siteId);
    const PartContext context{m_config, slot ? *slot : SiteSlot(), m_config.root};
    SiteFiles before;
    SiteFiles after;
    for (const SitePart *part : siteParts()) {
        // A site with no state yet has no files either.
        if (!current.slices.isEmpty())
            before.insert(part->render(context, current));
        after.insert(part->render(context, proposed));
    }
    QSet<QString> paths;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        paths.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        paths.insert(it.key());
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    model::ConfigPreview preview;
    for (const QString &path : sorted) {
        const QString old = QString::fromUtf8(before.value(path));
        const QString now = QString::fromUtf8(after.value(path));
        if (old == now)
            continue;
        model::ConfigFileChange change;
        change.path = m_config.root + QLatin1Char('/') + path;
        change.change = !before.contains(path)  ? QStringLiteral("added")
                        : !after.contains(path) ? QStringLiteral("removed")
                                                : QStringLiteral("changed");
        change.diff = util::unifiedDiff(path, old, now);
        preview.files << change;
    }
    preview.summary = QStringLiteral("%1 file(s) would change.").arg(preview.files.size());
    return preview;
}

Result<NewKey> SiteHost::createKey(const QStringList &names)
{
    Result<KeyAndRequest> made = makeKeyAndRequest(names);
    if (!made)
        return made.error();
    const QString keyId = QStringLiteral("key-%1%2")
                              .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
                              .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    if (Status written = writeFile(m_config.keyDir() + QLatin1Char('/') + keyId + QStringLiteral(".pem"),
                                   made->privateKeyPem, secretFile);
        !written)
        return written.error();
    return NewKey{keyId, made->requestPem};
}

Result<QByteArray> SiteHost::privateKey(const QString &keyId) const
{
    static const QRegularExpression idPattern(QStringLiteral("^key-[0-9a-f]{16}$"));
    if (!idPattern.match(keyId).hasMatch())
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no key %1.").arg(keyId));
    QFile file(m_config.keyDir() + QLatin1Char('/') + keyId + QStringLiteral(".pem"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("The key %1 is missing on the host.").arg(keyId));
    return file.readAll();
}

void SiteHost::reloadSite(const QString &siteId)
{
    Result<RunAs> runAs = siteRunAs(m_config, siteId);
    if (!runAs)
        return;
    for (const SiteServer *server : siteServers())
        if (Status reloaded = server->reload(m_supervisor, m_config, siteId, *runAs); !reloaded)
            qInfo("%s", qPrintable(reloaded.error().message));
}

Result<model::Job> SiteHost::queue(store::SiteChange change)
{
    if (!m_jobs)
        return hostError(QStringLiteral("This panel runs no job queue."));
    model::Job job;
    job.siteId = change.siteId;
    job.kind = change.action; // "vhost.create", "php.update", … : what the jobs list shows
    job.runner = QStringLiteral("hosting");
    job.createdBy = change.actor;
    job.createdAt = change.createdAt;
    return m_jobs->enqueue(job, [&](const model::Job &created) -> Status {
        change.jobId = created.id;
        if (Status added = store::SliceStore(m_store.database()).addChange(change); !added)
            return added;
        Result<int> logged = m_store.appendJobLog(created.id, QStringLiteral("Queued"), change.createdAt);
        if (!logged)
            return logged.error();
        return {};
    });
}

void SiteHost::lockExpiredDocumentRoots()
{
    Result<QList<model::SiteHosting>> all = store::HostingStore(m_store.database()).allSiteHostings();
    if (!all)
        return;
    const QDateTime now = m_now();
    for (const model::SiteHosting &hosting : *all) {
        model::SiteHosting locked = hosting;
        QStringList vhosts;
        for (model::Vhost &vhost : locked.vhosts)
            if (vhost.docrootWritableUntil.isValid() && vhost.docrootWritableUntil <= now) {
                vhost.docrootWritableUntil = {};
                vhosts << vhost.name;
            }
        if (vhosts.isEmpty())
            continue;
        // A change already queued is applied first; the lock comes at the next look.
        if (Result<QString> waiting =
                store::SliceStore(m_store.database()).pendingChangeJob(hosting.siteId, store::hostingSlice());
            !waiting || !waiting->isEmpty())
            continue;
        store::SiteChange change;
        change.siteId = hosting.siteId;
        change.slice = store::hostingSlice();
        change.baseVersion = hosting.version;
        change.proposed = store::hostingDocument(locked);
        change.action = QStringLiteral("vhost.docroot-lock");
        change.target = vhosts.join(u',');
        change.actor = QStringLiteral("mws-paneld");
        change.createdAt = now;
        if (Result<model::Job> queued = queue(change); !queued)
            qWarning("could not queue the document root lock of %s: %s", qPrintable(hosting.siteId),
                     qPrintable(queued.error().message));
    }
}

} // namespace mws::host
