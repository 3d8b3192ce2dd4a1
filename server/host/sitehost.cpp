#include "sitehost.h"

#include "hostfiles.h"
#include "store.h"
#include "tlscertificates.h"
#include "util/linediff.h"
#include "validate/apachedirectives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>

namespace mws::host {

// One change being applied: a chain of asynchronous steps, each of which either moves on or
// ends the run, restoring what it changed.
class SiteHost::ApplyRun : public QObject
{
public:
    ApplyRun(SiteHost &host, store::HostingChange change)
        : m_host(host), m_config(host.m_config), m_store(host.m_store), m_change(std::move(change))
    {}

    void start()
    {
        if (Result<model::Job> job = m_store.job(m_change.jobId);
            job && job->state == model::JobState::Cancelled) {
            (void)m_store.removeHostingChange(m_change.jobId);
            return end(false);
        }
        progress(5, QStringLiteral("Checking the change against the current configuration"));
        Result<model::SiteHosting> current = m_store.siteHosting(m_change.siteId);
        if (!current)
            return failBeforeSwap(current.error().message);
        if (current->version != m_change.baseVersion && isServingChange()) {
            // Taking a site offline or back only flips that: it applies to whatever is current,
            // so a quick suspend-and-back does not leave the site dark.
            const bool serving = m_change.proposed.serving;
            m_change.proposed = *current;
            m_change.proposed.serving = serving;
            m_change.baseVersion = current->version;
        }
        if (current->version != m_change.baseVersion)
            return failBeforeSwap(
                QStringLiteral("The site's configuration changed (version %1, this change was made "
                               "for %2). Reload it and make the change again.")
                    .arg(current->version)
                    .arg(m_change.baseVersion));
        for (const QString &domain : m_change.proposed.allDomains()) {
            Result<QString> owner = m_store.domainOwner(domain);
            if (owner && !owner->isEmpty() && *owner != m_change.siteId)
                return failBeforeSwap(
                    QStringLiteral("The domain name %1 has been taken by another site in the meantime.")
                        .arg(domain));
        }
        m_proposed = m_change.proposed;
        m_proposed.siteId = m_change.siteId;
        m_proposed.version = m_change.baseVersion + 1;
        ensureAccount();
    }

    QString jobId() const { return m_change.jobId; }

private:
    bool isServingChange() const
    {
        return m_change.action == QLatin1String("site.offline") ||
               m_change.action == QLatin1String("site.online");
    }

private:
    void progress(int percent, const QString &line)
    {
        // Progress and log lines are for people watching; a failed write of one must not stop the apply.
        (void)m_store.updateJob(m_change.jobId, model::JobState::Running, percent, m_host.m_now());
        if (!line.isEmpty())
            log(line);
    }
    void log(const QString &line) { (void)m_store.appendJobLog(m_change.jobId, line, m_host.m_now()); }

    // The site's Unix user, home, logs, temporary folder and document roots.
    void ensureAccount()
    {
        const QString user = siteUnixUser(m_change.siteId);
        if (m_config.unixUsers && !unixAccount(user)) {
            log(QStringLiteral("Creating the Unix user %1").arg(user));
            runProcess(
                QStringLiteral("useradd"),
                {QStringLiteral("--system"), QStringLiteral("--user-group"), QStringLiteral("--home-dir"),
                 m_config.siteHome(m_change.siteId), QStringLiteral("--no-create-home"),
                 QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), user},
                [this](int exitCode, const QString &output) {
                    if (exitCode != 0)
                        return failBeforeSwap(
                            QStringLiteral("The site's Unix user could not be created: %1").arg(output));
                    makeFolders();
                });
            return;
        }
        makeFolders();
    }

    void makeFolders()
    {
        std::optional<uid_t> owner;
        std::optional<gid_t> group;
        std::optional<gid_t> webGroup;
        if (m_config.unixUsers) {
            const std::optional<Account> account = unixAccount(siteUnixUser(m_change.siteId));
            webGroup = unixGroup(m_config.apacheGroup);
            if (!account || !webGroup)
                return failBeforeSwap(
                    QStringLiteral("The site's Unix user or the web server's group is missing."));
            owner = account->uid;
            group = account->gid;
        }
        const QString home = m_config.siteHome(m_change.siteId);
        // The web server reads through its group; other sites' PHP, running as other users, cannot.
        Status made = makeDir(home, 0750, owner, webGroup);
        if (made)
            made = makeDir(home + QStringLiteral("/logs"), 0750, owner, group);
        if (made)
            made = makeDir(home + QStringLiteral("/tmp"), 0700, owner, group);
        if (made)
            made = makeDir(home + QStringLiteral("/public_html"), 0750, owner, webGroup);
        const QDateTime now = m_host.m_now();
        for (const model::Vhost &vhost : m_proposed.vhosts) {
            if (!made)
                break;
            const bool writable = vhost.docrootWritableUntil.isValid() && vhost.docrootWritableUntil > now;
            made = makeDir(QDir::cleanPath(home + QLatin1Char('/') + vhost.documentRoot),
                           writable ? 02770 : 0750, owner, webGroup);
        }
        if (!made)
            return failBeforeSwap(made.error().message);
        stage();
    }

    // The new files beside the live ones, and candidate main files that include them.
    void stage()
    {
        progress(20, QStringLiteral("Rendering the configuration"));
        m_old = siteFilesOnDisk(m_config, m_change.siteId);
        m_new = renderSite(m_config, m_proposed);
        const SiteFiles candidate = renderSite(m_config, m_proposed, m_config.stagingDir());
        QDir(m_config.stagingDir()).removeRecursively();
        for (auto it = candidate.cbegin(); it != candidate.cend(); ++it)
            if (Status written =
                    writeFile(m_config.stagingDir() + QLatin1Char('/') + it.key(), it.value(), publicFile);
                !written)
                return failBeforeSwap(written.error().message);

        const QString apacheFile = QFileInfo(siteApacheFile(m_change.siteId)).fileName();
        QStringList apacheIncludes = liveFilesMatching(m_config.apacheDir() + QStringLiteral("/sites"),
                                                       QStringLiteral("*.conf"), apacheFile);
        apacheIncludes << m_config.stagingDir() + QLatin1Char('/') + siteApacheFile(m_change.siteId);
        const QString poolFile = QFileInfo(sitePoolFile(m_change.siteId)).fileName();
        QStringList poolIncludes = liveFilesMatching(m_config.phpDir() + QStringLiteral("/pools"),
                                                     QStringLiteral("*.conf"), poolFile);
        poolIncludes << m_config.stagingDir() + QLatin1Char('/') + sitePoolFile(m_change.siteId);
        Status written = writeFile(m_config.stagingDir() + QStringLiteral("/httpd.conf"),
                                   renderApacheMain(m_config, apacheIncludes), publicFile);
        if (written)
            written = writeFile(m_config.stagingDir() + QStringLiteral("/fpm.conf"),
                                renderPhpFpmMain(m_config, poolIncludes), publicFile);
        if (!written)
            return failBeforeSwap(written.error().message);
        testConfigurations();
    }

    // Both servers test the whole candidate at once: neither depends on the other's answer.
    void testConfigurations()
    {
        progress(35, QStringLiteral("Testing the whole configuration (apache2 -t, php-fpm -t)"));
        m_testsRunning = 2;
        const auto tested = [this](const QString &server, int exitCode, const QString &output) {
            if (exitCode != 0)
                m_testFailures << QStringLiteral("%1 refused the configuration:\n%2")
                                      .arg(server, readableOutput(output, m_config));
            if (--m_testsRunning > 0)
                return;
            if (!m_testFailures.isEmpty())
                return failBeforeSwap(m_testFailures.join(QLatin1Char('\n')));
            swap();
        };
        runProcess(m_config.apacheBinary,
                   {QStringLiteral("-t"), QStringLiteral("-f"),
                    m_config.stagingDir() + QStringLiteral("/httpd.conf")},
                   [tested](int exitCode, const QString &output) {
                       tested(QStringLiteral("Apache"), exitCode, output);
                   });
        runProcess(
            m_config.phpFpmBinary,
            {QStringLiteral("-t"), QStringLiteral("-y"), m_config.stagingDir() + QStringLiteral("/fpm.conf")},
            [tested](int exitCode, const QString &output) {
                tested(QStringLiteral("PHP-FPM"), exitCode, output);
            });
    }

    // Journal first, then backups, then the renames: whatever happens after the journal is
    // written, recover() can put the old files back.
    void swap()
    {
        progress(55, QStringLiteral("Putting the new files in place"));
        QJsonArray files;
        QSet<QString> paths;
        for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
            paths.insert(it.key());
        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
            paths.insert(it.key());
        QStringList sorted(paths.begin(), paths.end());
        sorted.sort();
        for (const QString &path : sorted)
            files.append(QJsonObject{{QStringLiteral("path"), path},
                                     {QStringLiteral("existed"), m_old.contains(path)}});
        const QJsonObject journal{{QStringLiteral("jobId"), m_change.jobId},
                                  {QStringLiteral("siteId"), m_change.siteId},
                                  {QStringLiteral("targetVersion"), m_proposed.version},
                                  {QStringLiteral("files"), files}};
        QDir(m_config.backupDir()).removeRecursively();
        for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
            if (Status saved =
                    writeFile(m_config.backupDir() + QLatin1Char('/') + it.key(), it.value(), publicFile);
                !saved)
                return failBeforeSwap(saved.error().message);
        if (Status saved = writeFile(m_config.journalFile(), QJsonDocument(journal).toJson(), publicFile);
            !saved)
            return failBeforeSwap(saved.error().message);
        m_swapped = true;

        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
            const QString staged = m_config.stagingDir() + QStringLiteral("/live/") + it.key();
            Status moved = writeFile(staged, it.value(), publicFile);
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

    void reload()
    {
        progress(65, QStringLiteral("Reloading Apache and PHP-FPM gracefully"));
        Status reloaded = signalDaemon(QStringLiteral("PHP-FPM"), m_config.phpPidFile(), SIGUSR2);
        if (reloaded)
            reloaded = signalDaemon(QStringLiteral("Apache"), m_config.apachePidFile(), SIGUSR1);
        if (!reloaded)
            return rollBack(reloaded.error().message);
        m_healthDeadline = QDateTime::currentDateTimeUtc().addSecs(m_config.healthTimeoutSeconds);
        m_unchecked = m_proposed.vhosts;
        m_expectedTag = configTag(m_config, m_proposed);
        progress(75, m_unchecked.isEmpty() ? QString() : QStringLiteral("Checking that each vhost answers"));
        checkHealth();
    }

    // Polls each vhost until it answers with the new configuration's tag and no server error.
    void checkHealth()
    {
        if (m_unchecked.isEmpty())
            return commit();
        const model::Vhost vhost = m_unchecked.first();
        QNetworkRequest request(
            QUrl(QStringLiteral("http://%1:%2/").arg(m_config.listenAddress).arg(m_config.httpPort)));
        request.setRawHeader("Host", vhost.mainDomain().toLatin1());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(2000);
        QNetworkReply *reply = m_host.m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, vhost] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray tag = reply->rawHeader("X-MWS-Config");
            const bool current = tag == m_expectedTag;
            // An offline site's vhosts answer 503 on purpose.
            const bool healthy = m_proposed.serving ? status > 0 && status < 500 : status == 503;
            if (current && healthy) {
                log(QStringLiteral("%1 answered %2").arg(vhost.mainDomain()).arg(status));
                m_unchecked.removeFirst();
                m_firstServerError = {};
                return checkHealth();
            }
            m_lastHealth =
                status == 0 ? reply->errorString()
                            : QStringLiteral("HTTP %1%2")
                                  .arg(status)
                                  .arg(current ? QString() : QStringLiteral(" from the old configuration"));
            // A server error from the new configuration may be PHP-FPM's pools restarting; if
            // it lasts, the change broke the site.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (current && !healthy && status >= 500 && !m_firstServerError.isValid())
                m_firstServerError = now;
            if (m_firstServerError.isValid() && m_firstServerError.secsTo(now) >= 3)
                return rollBack(QStringLiteral("%1 answers %2 with the new configuration.")
                                    .arg(vhost.mainDomain(), m_lastHealth));
            if (now > m_healthDeadline)
                return rollBack(
                    QStringLiteral("%1 did not answer properly after the reload (last answer: %2).")
                        .arg(vhost.mainDomain(), m_lastHealth));
            QTimer::singleShot(100, this, [this] { checkHealth(); });
        });
    }

    void commit()
    {
        progress(95, QStringLiteral("Recording the new configuration"));
        const QDateTime now = m_host.m_now();
        Status committed = m_store.database().transaction([&]() -> Status {
            Result<model::SiteHosting> saved = m_store.saveSiteHosting(m_proposed, m_change.baseVersion, now);
            if (!saved)
                return saved.error();
            model::AuditEvent event;
            event.at = now;
            event.actor = m_change.actor;
            event.elevated = m_change.elevated;
            event.siteId = m_change.siteId;
            event.action = m_change.action;
            event.target = m_change.target;
            event.before = m_change.auditBefore;
            event.after = m_change.auditAfter;
            if (Result<qint64> audited = m_store.appendAudit(event); !audited)
                return audited.error();
            if (Status removed = m_store.removeHostingChange(m_change.jobId); !removed)
                return removed;
            (void)m_store.appendJobLog(
                m_change.jobId, QStringLiteral("Configuration version %1 is live").arg(m_proposed.version),
                now);
            return m_store.finishJob(m_change.jobId, model::JobState::Succeeded, {},
                                     QJsonObject{{QStringLiteral("version"), m_proposed.version}}, now);
        });
        if (!committed)
            return rollBack(committed.error().message);
        cleanUp();
        end(true);
    }

    void rollBack(const QString &reason)
    {
        log(reason);
        log(QStringLiteral("Restoring the previous configuration"));
        QStringList problems;
        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
            if (!m_old.contains(it.key()))
                QFile::remove(m_config.root + QLatin1Char('/') + it.key());
        for (auto it = m_old.cbegin(); it != m_old.cend(); ++it)
            if (Status restored =
                    writeFile(m_config.root + QLatin1Char('/') + it.key(), it.value(), publicFile);
                !restored)
                problems << restored.error().message;
        // A reload that failed the first time may fail again; the old files are in place anyway.
        (void)signalDaemon(QStringLiteral("PHP-FPM"), m_config.phpPidFile(), SIGUSR2);
        (void)signalDaemon(QStringLiteral("Apache"), m_config.apachePidFile(), SIGUSR1);
        cleanUp();
        QString message = reason;
        message += problems.isEmpty()
                       ? QStringLiteral(
                             "\nThe site was left as it was: the previous configuration is back in place.")
                       : QStringLiteral("\nRestoring the previous configuration failed too: %1")
                             .arg(problems.join(u' '));
        finishFailed(message);
    }

    void failBeforeSwap(const QString &reason)
    {
        log(reason);
        QDir(m_config.stagingDir()).removeRecursively();
        finishFailed(reason + QStringLiteral("\nNothing was changed."));
    }

    void finishFailed(const QString &message)
    {
        const QDateTime now = m_host.m_now();
        (void)m_store.removeHostingChange(m_change.jobId);
        if (Status finished = m_store.finishJob(m_change.jobId, model::JobState::Failed, message, {}, now);
            !finished)
            qWarning("job %s: %s", qPrintable(m_change.jobId), qPrintable(finished.error().message));
        end(false);
    }

    void cleanUp()
    {
        QDir(m_config.stagingDir()).removeRecursively();
        if (m_swapped) {
            QFile::remove(m_config.journalFile());
            QDir(m_config.backupDir()).removeRecursively();
        }
    }

    void end(bool succeeded)
    {
        // The host deletes this run; let the current step unwind first.
        QTimer::singleShot(0, &m_host, [host = &m_host, id = m_change.jobId, succeeded] {
            host->runFinished(id, succeeded);
        });
    }

    void runProcess(const QString &program, const QStringList &arguments,
                    std::function<void(int, const QString &)> done)
    {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        connect(process, &QProcess::finished, this,
                [process, done](int exitCode, QProcess::ExitStatus status) {
                    process->deleteLater();
                    const QString output = QString::fromLocal8Bit(process->readAll());
                    done(status == QProcess::NormalExit ? exitCode : -1, output);
                });
        connect(
            process, &QProcess::errorOccurred, this, [process, program, done](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                process->deleteLater();
                done(-1, QStringLiteral("%1 could not be started: %2").arg(program, process->errorString()));
            });
        process->start(program, arguments);
    }

    SiteHost &m_host;
    const HostConfig &m_config;
    store::Store &m_store;
    store::HostingChange m_change;
    model::SiteHosting m_proposed;
    SiteFiles m_old;
    SiteFiles m_new;
    bool m_swapped = false;
    int m_testsRunning = 0;
    QStringList m_testFailures;
    QList<model::Vhost> m_unchecked;
    QDateTime m_healthDeadline;
    QDateTime m_firstServerError;
    QByteArray m_expectedTag;
    QString m_lastHealth;
};

SiteHost::SiteHost(HostConfig config, store::Store &store, std::function<QDateTime()> now, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_store(store), m_now(std::move(now))
{
    // Health checks go straight to the local Apache, never through a proxy from the environment.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

SiteHost::~SiteHost() = default;

Status SiteHost::prepare()
{
    for (const QString &dir : {m_config.root, m_config.apacheDir() + QStringLiteral("/sites"),
                               m_config.phpDir() + QStringLiteral("/pools"), m_config.runDir(),
                               m_config.logDir(), m_config.root + QStringLiteral("/tls"), m_config.sitesRoot})
        if (!QDir().mkpath(dir))
            return hostError(QStringLiteral("Cannot create %1.").arg(dir));
    if (!QDir().mkpath(m_config.keyDir()) ||
        !QFile::setPermissions(m_config.keyDir(),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return hostError(QStringLiteral("Cannot create %1 for private keys.").arg(m_config.keyDir()));
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
    Status written = writeFile(m_config.apacheMainConfig(), renderApacheMain(m_config), publicFile);
    if (written)
        written = writeFile(m_config.phpMainConfig(), renderPhpFpmMain(m_config), publicFile);
    return written;
}

Status SiteHost::readCatalogue()
{
    auto run = [](const QString &program, const QStringList &arguments) -> Result<QString> {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
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
    QDir(m_config.stagingDir()).removeRecursively();
    QFile file(m_config.journalFile());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject journal = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const QString siteId = journal.value(QLatin1String("siteId")).toString();
        const QString jobId = journal.value(QLatin1String("jobId")).toString();
        Result<model::SiteHosting> stored = m_store.siteHosting(siteId);
        if (!stored)
            return stored.error();
        const bool committed = stored->version == journal.value(QLatin1String("targetVersion")).toInteger();
        if (!committed) {
            // Put every file back as it was before the interrupted change.
            const QJsonArray files = journal.value(QLatin1String("files")).toArray();
            for (const QJsonValue &value : files) {
                const QString path = value.toObject().value(QLatin1String("path")).toString();
                if (path.contains(QLatin1String("..")))
                    continue;
                const QString live = m_config.root + QLatin1Char('/') + path;
                if (value.toObject().value(QLatin1String("existed")).toBool()) {
                    QFile backup(m_config.backupDir() + QLatin1Char('/') + path);
                    if (!backup.open(QIODevice::ReadOnly))
                        return hostError(
                            QStringLiteral("The backup of %1 is missing; restore it by hand.").arg(path));
                    if (Status restored = writeFile(live, backup.readAll(), publicFile); !restored)
                        return restored;
                } else {
                    QFile::remove(live);
                }
            }
            (void)signalDaemon(QStringLiteral("PHP-FPM"), m_config.phpPidFile(), SIGUSR2);
            (void)signalDaemon(QStringLiteral("Apache"), m_config.apachePidFile(), SIGUSR1);
            if (Result<model::Job> job = m_store.job(jobId); job && !job->finishedAt.isValid()) {
                (void)m_store.appendJobLog(
                    jobId,
                    QStringLiteral("The panel stopped in the middle of this change; the "
                                   "previous configuration was restored at its restart."),
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
        QFile::remove(m_config.journalFile());
        QDir(m_config.backupDir()).removeRecursively();
    }
    // Changes that never started are failed with the other interrupted jobs; forget them.
    if (Result<QStringList> waiting = m_store.hostingChangeJobs(); waiting)
        for (const QString &jobId : *waiting)
            (void)m_store.removeHostingChange(jobId);
    return {};
}

model::ConfigPreview SiteHost::preview(const model::SiteHosting &current,
                                       const model::SiteHosting &proposed) const
{
    model::SiteHosting next = proposed;
    next.version = current.version + 1;
    const SiteFiles before = current.version == 0 ? SiteFiles() : renderSite(m_config, current);
    const SiteFiles after = renderSite(m_config, next);
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

Result<model::Job> SiteHost::queue(store::HostingChange change)
{
    model::Job job;
    job.siteId = change.siteId;
    job.kind = change.action; // "vhost.create", "php.update", … : what the jobs list shows
    job.createdBy = change.actor;
    job.createdAt = change.createdAt;
    Result<model::Job> created = Error::make(Error::Kind::Server, {});
    const Status stored = m_store.database().transaction([&]() -> Status {
        created = m_store.createJob(job);
        if (!created)
            return created.error();
        change.jobId = created->id;
        if (Status added = m_store.addHostingChange(change); !added)
            return added;
        Result<int> logged = m_store.appendJobLog(
            created->id, QStringLiteral("Queued: %1 %2").arg(change.action, change.target), change.createdAt);
        if (!logged)
            return logged.error();
        return {};
    });
    if (!stored)
        return stored.error();
    enqueue(created->id);
    return created;
}

void SiteHost::enqueue(const QString &jobId)
{
    m_queue.append(jobId);
    if (!m_running)
        QTimer::singleShot(0, this, [this] { startNext(); });
}

bool SiteHost::isIdle() const
{
    return !m_running && m_queue.isEmpty();
}

void SiteHost::startNext()
{
    while (!m_running && !m_queue.isEmpty()) {
        const QString jobId = m_queue.takeFirst();
        Result<store::HostingChange> change = m_store.hostingChange(jobId);
        if (!change) {
            (void)m_store.finishJob(jobId, model::JobState::Failed, change.error().message, {}, m_now());
            continue;
        }
        m_running = std::make_unique<ApplyRun>(*this, std::move(change).value());
        m_running->start();
    }
}

void SiteHost::runFinished(const QString &jobId, bool succeeded)
{
    m_running.reset();
    emit jobFinished(jobId, succeeded);
    startNext();
}

void SiteHost::lockExpiredDocumentRoots()
{
    Result<QList<model::SiteHosting>> all = m_store.allSiteHostings();
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
        if (Result<QString> waiting = m_store.pendingHostingJob(hosting.siteId);
            !waiting || !waiting->isEmpty())
            continue;
        store::HostingChange change;
        change.siteId = hosting.siteId;
        change.baseVersion = hosting.version;
        change.proposed = locked;
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
