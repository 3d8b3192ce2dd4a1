// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "applyrun.h"

#include "healthprobe.h"
#include "hostfiles.h"
#include "siteaccount.h"
#include "sitecgroup.h"
#include "sitehost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace mws::host {

namespace {

bool isClientError(int status)
{
    return status >= 400 && status < 500;
}

} // namespace

ApplyRun::ApplyRun(SiteHost &host, jobs::JobRun &run, store::SiteChange change, HostLockHold applyLock)
    : m_host(host), m_run(run), m_applyLock(std::move(applyLock)), m_config(host.config()),
      m_store(host.store()), m_slices(host.store().database()), m_change(std::move(change))
{}

void ApplyRun::start()
{
    if (Result<model::Job> job = m_store.job(m_change.jobId);
        job && job->state == model::JobState::Cancelled) {
        (void)m_slices.removeChange(m_change.jobId);
        return end(false);
    }
    progress(5, QStringLiteral("Checking the change against the current configuration"));
    Result<store::SiteState> current = m_slices.state(m_change.siteId);
    if (!current)
        return failBeforeSwap(current.error().message);
    m_current = *current;
    const store::SiteSlice slice = m_current.slice(m_change.slice);
    const SliceRules *rules = sliceRules(m_change.slice);
    if (slice.version != m_change.baseVersion && rules)
        if (const std::optional<QJsonObject> rebased = rules->rebase(m_change, slice)) {
            m_change.proposed = *rebased;
            m_change.baseVersion = slice.version;
        }
    if (slice.version != m_change.baseVersion)
        return failBeforeSwap(
            QStringLiteral("The site's configuration changed (version %1, this change was made "
                           "for %2). Reload it and make the change again.")
                .arg(slice.version)
                .arg(m_change.baseVersion));
    if (rules)
        if (const QString refusal = rules->refusal(m_store.database(), m_change); !refusal.isEmpty())
            return failBeforeSwap(refusal);
    m_proposed = m_current.with(m_change.slice, m_change.proposed, m_change.baseVersion);
    m_targetVersion = m_change.baseVersion + 1;
    ensureAccount();
}

void ApplyRun::progress(int percent, const QString &line)
{
    m_run.progress(percent, line);
}

void ApplyRun::log(const QString &line)
{
    m_run.log(line);
}

// The site's Unix user: its servers run as it, and so does everything done in its home.
void ApplyRun::ensureAccount()
{
    if (m_config.unixUsers && !unixAccount(siteUnixUser(m_change.siteId)))
        log(QStringLiteral("Creating the Unix user %1").arg(siteUnixUser(m_change.siteId)));
    ensureSiteUnixUser(this, m_config, m_change.siteId, [this](Status made) {
        if (!made.ok())
            return failBeforeSwap(made.error().message);
        prepareSite();
    });
}

// Root makes the site's own folders once, without following anything; the folders inside the
// home are made by the site's user.
void ApplyRun::prepareSite()
{
    Result<RunAs> runAs = siteRunAs(m_config, m_change.siteId);
    if (!runAs)
        return failBeforeSwap(runAs.error().message);
    m_runAs = *runAs;
    if (Status prepared = prepareSiteFolders(m_config, m_change.siteId, m_runAs); !prepared)
        return failBeforeSwap(prepared.error().message);
    Result<SiteSlot> slot = siteSlot(m_config, m_change.siteId);
    if (!slot)
        return failBeforeSwap(slot.error().message);
    m_slot = *slot;
    if (m_config.unixUsers)
        if (Status confined = confineSite(m_config, m_change.siteId, m_slot.port); !confined)
            return failBeforeSwap(confined.error().message);
    QList<QPair<QString, QString>> folders;
    for (const SitePart *part : siteParts())
        folders += part->homeFolders(m_proposed, m_host.now());
    makeHomeFolders(this, m_config, m_change.siteId, m_runAs, folders, [this](Status made) {
        if (!made)
            return failBeforeSwap(made.error().message);
        stage();
    });
}

// Every part's new files beside the live ones; only the servers whose files change are tested,
// reloaded and checked.
void ApplyRun::stage()
{
    progress(20, QStringLiteral("Rendering the configuration"));
    const PartContext liveContext{m_config, m_slot, m_config.root};
    const PartContext stagedContext{m_config, m_slot, m_config.stagingDir()};
    QDir(m_config.stagingDir()).removeRecursively();
    // The site's user tests its own staged files: only its group may enter their folder.
    const std::optional<gid_t> siteGroup = m_runAs ? std::optional<gid_t>(m_runAs->gid) : std::nullopt;
    for (const QString &dir : {m_config.stagingDir(), m_config.stagingDir() + QStringLiteral("/sites")})
        if (Status made = makeDir(dir, 0755, std::nullopt, std::nullopt); !made)
            return failBeforeSwap(made.error().message);
    if (Status made = makeDir(m_config.stagingDir() + QStringLiteral("/sites/") + m_change.siteId, 0750,
                              std::nullopt, siteGroup);
        !made)
        return failBeforeSwap(made.error().message);
    SiteFiles candidate;
    for (const SitePart *part : siteParts()) {
        const SiteFiles before = filesOnDisk(m_config, part->filesOnDisk(m_config, m_change.siteId));
        const SiteFiles after = part->render(liveContext, m_proposed);
        const SiteFiles staged = part->render(stagedContext, m_proposed);
        m_old.insert(before);
        m_new.insert(after);
        candidate.insert(staged);
        if (before != after && !m_changedServers.contains(part->server()))
            m_changedServers << part->server();
        const std::optional<gid_t> group =
            part->readBySite() && m_runAs ? std::optional<gid_t>(m_runAs->gid) : std::nullopt;
        const auto access = group ? secretFile | QFileDevice::ReadGroup : publicFile;
        for (const SiteFiles *files : {&before, &after})
            for (auto it = files->cbegin(); it != files->cend(); ++it)
                m_groups.insert(it.key(), group);
        for (auto it = staged.cbegin(); it != staged.cend(); ++it)
            if (Status written =
                    writeFile(m_config.stagingDir() + QLatin1Char('/') + it.key(), it.value(), access, group);
                !written)
                return failBeforeSwap(written.error().message);
    }
    QStringList ordered;
    for (const SiteServer *server : siteServers())
        if (m_changedServers.contains(server->id()))
            ordered << server->id();
    m_changedServers = ordered;
    if (m_changedServers.isEmpty()) {
        log(QStringLiteral("No file changes"));
        return commit();
    }
    Candidate change{m_config, m_change.siteId, m_runAs, candidate};
    progress(35, QStringLiteral("Testing the configuration of %1").arg(changedServerNames()));
    m_testsRunning = int(m_changedServers.size());
    for (const QString &id : std::as_const(m_changedServers))
        siteServer(id)->test(this, change, [this](const QString &refusal) {
            if (!refusal.isEmpty())
                m_testFailures << readableOutput(refusal, m_config);
            if (--m_testsRunning == 0)
                testServers();
        });
}

void ApplyRun::testServers()
{
    if (!m_testFailures.isEmpty())
        return failBeforeSwap(m_testFailures.join(QLatin1Char('\n')));
    // What each name answered before: a change may not turn a working page into a refusal.
    QList<HealthProbe> before;
    QSet<QByteArray> asked;
    for (const QString &id : std::as_const(m_changedServers)) {
        const SiteServer *server = siteServer(id);
        if (!server->keepsAnswers() ||
            !m_host.supervisor().isRunning(server->service(m_config, m_change.siteId, m_runAs).name))
            continue;
        for (const HealthProbe &probe : server->probes(m_config, m_current, m_slot, m_old))
            if (!asked.contains(probe.host)) {
                asked.insert(probe.host);
                before << probe;
            }
    }
    recordAnswersBefore(before);
}

void ApplyRun::recordAnswersBefore(QList<HealthProbe> probes)
{
    if (probes.isEmpty())
        return swap();
    const HealthProbe probe = probes.takeFirst();
    ask(probe, [this, probe, probes](int status, const QByteArray &, const QString &) {
        if (status > 0)
            m_answerBefore.insert(probe.host, status);
        recordAnswersBefore(probes);
    });
}

// Journal first, then backups, then the renames: whatever happens after the journal is
// written, recover() can put the old files back.
void ApplyRun::swap()
{
    progress(55, QStringLiteral("Putting the new files in place"));
    QSet<QString> paths;
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        paths.insert(it.key());
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
        paths.insert(it.key());
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    QJsonArray files;
    for (const QString &path : sorted) {
        const std::optional<gid_t> group = m_groups.value(path);
        files.append(QJsonObject{{QStringLiteral("path"), path},
                                 {QStringLiteral("existed"), m_old.contains(path)},
                                 {QStringLiteral("group"), group ? qint64(*group) : qint64(-1)}});
    }
    const QJsonObject journal{{QStringLiteral("jobId"), m_change.jobId},
                              {QStringLiteral("siteId"), m_change.siteId},
                              {QStringLiteral("targetVersion"), m_targetVersion},
                              {QStringLiteral("files"), files}};
    QDir(m_config.backupDir()).removeRecursively();
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        if (Status saved =
                writeFile(m_config.backupDir() + QLatin1Char('/') + it.key(), it.value(), secretFile);
            !saved)
            return failBeforeSwap(saved.error().message);
    if (Status saved = writeFile(m_config.journalFile(), QJsonDocument(journal).toJson(), secretFile); !saved)
        return failBeforeSwap(saved.error().message);
    m_swapped = true;

    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
        const QString staged = m_config.stagingDir() + QStringLiteral("/live/") + it.key();
        const std::optional<gid_t> group = m_groups.value(it.key());
        Status moved =
            writeFile(staged, it.value(), group ? secretFile | QFileDevice::ReadGroup : publicFile, group);
        if (moved)
            moved = replaceFile(staged, m_config.root + QLatin1Char('/') + it.key());
        if (!moved)
            return rollBack(moved.error().message);
    }
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
        if (!m_new.contains(it.key()))
            QFile::remove(m_config.root + QLatin1Char('/') + it.key());
    failpoint("after-swap");
    reload();
}

Status ApplyRun::reloadChangedServers()
{
    for (const QString &id : std::as_const(m_changedServers))
        if (Status reloaded = siteServer(id)->reload(m_host.supervisor(), m_config, m_change.siteId, m_runAs);
            !reloaded)
            return reloaded;
    return {};
}

QString ApplyRun::changedServerNames() const
{
    QStringList names;
    for (const QString &id : m_changedServers)
        names << siteServer(id)->displayName();
    return names.join(QStringLiteral(", "));
}

void ApplyRun::reload()
{
    progress(65, QStringLiteral("Reloading %1 gracefully").arg(changedServerNames()));
    if (Status reloaded = reloadChangedServers(); !reloaded)
        return rollBack(reloaded.error().message);
    m_healthDeadline = QDateTime::currentDateTimeUtc().addSecs(m_config.healthTimeoutSeconds);
    QSet<QString> seen;
    for (const QString &id : std::as_const(m_changedServers))
        for (const HealthProbe &probe : siteServer(id)->probes(m_config, m_proposed, m_slot, m_new)) {
            const QString key =
                probe.url.toString() + QLatin1Char(' ') + QString::fromLatin1(probe.host + probe.tagHeader);
            if (!seen.contains(key)) {
                seen.insert(key);
                m_unchecked << probe;
            }
        }
    progress(75, m_unchecked.isEmpty() ? QString() : QStringLiteral("Checking that each vhost answers"));
    checkHealth();
}

// Asks each probe until its answer carries the new tag and shows a healthy site.
void ApplyRun::checkHealth()
{
    if (m_unchecked.isEmpty())
        return commit();
    const HealthProbe probe = m_unchecked.first();
    ask(probe, [this, probe](int status, const QByteArray &tag, const QString &error) {
        const bool current = tag == probe.tag;
        // A name that answered before must not start refusing: 200 turning into 403 is broken.
        const bool newRefusal = isClientError(status) && m_answerBefore.contains(probe.host) &&
                                !isClientError(m_answerBefore.value(probe.host));
        const bool healthy = probe.offline ? status == 503 : status > 0 && status < 500 && !newRefusal;
        if (current && healthy) {
            log(QStringLiteral("%1 answered %2").arg(probe.what).arg(status));
            m_unchecked.removeFirst();
            m_firstFailure = {};
            return checkHealth();
        }
        m_lastHealth = status == 0
                           ? error
                           : QStringLiteral("HTTP %1%2")
                                 .arg(status)
                                 .arg(current ? QString() : QStringLiteral(" from the old configuration"));
        if (newRefusal && current)
            m_lastHealth +=
                QStringLiteral(" (it answered %1 before the change)").arg(m_answerBefore.value(probe.host));
        // A server error from the new configuration may be PHP-FPM's workers restarting; if it
        // lasts, the change broke the site.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (current && !healthy && !m_firstFailure.isValid())
            m_firstFailure = now;
        if (m_firstFailure.isValid() && m_firstFailure.secsTo(now) >= 3)
            return rollBack(
                QStringLiteral("%1 answers %2 with the new configuration.").arg(probe.what, m_lastHealth));
        if (now > m_healthDeadline)
            return rollBack(QStringLiteral("%1 did not answer properly after the reload (last answer: %2).")
                                .arg(probe.what, m_lastHealth));
        QTimer::singleShot(100, this, [this] { checkHealth(); });
    });
}

void ApplyRun::ask(const HealthProbe &probe, ProbeAnswer done)
{
    askProbe(m_config, m_change.siteId, probe, this, std::move(done));
}

void ApplyRun::commit()
{
    progress(95, QStringLiteral("Recording the new configuration"));
    const QDateTime now = m_host.now();
    Status committed = m_store.database().transaction([&]() -> Status {
        Result<store::SiteSlice> saved =
            m_slices.save(m_proposed.slice(m_change.slice), m_change.baseVersion, now);
        if (!saved)
            return saved.error();
        if (const SliceRules *rules = sliceRules(m_change.slice))
            if (Status claimed = rules->saved(m_store.database(), *saved); !claimed)
                return claimed;
        if (Result<qint64> audited = m_store.appendAudit(m_change.auditEvent(now)); !audited)
            return audited.error();
        if (Status removed = m_slices.removeChange(m_change.jobId); !removed)
            return removed;
        (void)m_store.appendJobLog(
            m_change.jobId, QStringLiteral("Configuration version %1 is live").arg(m_targetVersion), now);
        return m_store.finishJob(m_change.jobId, model::JobState::Succeeded, {},
                                 QJsonObject{{QStringLiteral("version"), m_targetVersion}}, now);
    });
    if (!committed)
        return rollBack(committed.error().message);
    cleanUp();
    end(true);
}

void ApplyRun::rollBack(const QString &reason)
{
    log(reason);
    log(QStringLiteral("Restoring the previous configuration"));
    QStringList problems;
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
        if (!m_old.contains(it.key()))
            QFile::remove(m_config.root + QLatin1Char('/') + it.key());
    for (auto it = m_old.cbegin(); it != m_old.cend(); ++it) {
        const std::optional<gid_t> group = m_groups.value(it.key());
        if (Status restored = writeFile(m_config.root + QLatin1Char('/') + it.key(), it.value(),
                                        group ? secretFile | QFileDevice::ReadGroup : publicFile, group);
            !restored)
            problems << restored.error().message;
    }
    // A reload that failed the first time may fail again; the old files are in place anyway.
    (void)reloadChangedServers();
    cleanUp();
    QString message = reason;
    message +=
        problems.isEmpty()
            ? QStringLiteral("\nThe site was left as it was: the previous configuration is back in place.")
            : QStringLiteral("\nRestoring the previous configuration failed too: %1")
                  .arg(problems.join(u' '));
    finishFailed(message);
}

void ApplyRun::failBeforeSwap(const QString &reason)
{
    log(reason);
    QDir(m_config.stagingDir()).removeRecursively();
    finishFailed(reason + QStringLiteral("\nNothing was changed."));
}

void ApplyRun::finishFailed(const QString &message)
{
    (void)m_slices.removeChange(m_change.jobId);
    m_applyLock.release();
    m_host.reportJobFinished(m_change.jobId, false);
    m_run.fail(message); // until the store has it
    deleteLater();
}

void ApplyRun::cleanUp()
{
    QDir(m_config.stagingDir()).removeRecursively();
    if (m_swapped) {
        QFile::remove(m_config.journalFile());
        QDir(m_config.backupDir()).removeRecursively();
    }
}

void ApplyRun::end(bool succeeded)
{
    m_applyLock.release();
    m_host.reportJobFinished(m_change.jobId, succeeded);
    m_run.ended();
    deleteLater();
}

} // namespace mws::host
