// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cronpart.h"

#include "cronstore.h"
#include "hostfiles.h"
#include "hostingstore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mws::host {

namespace {

// A word of a crontab line as /bin/sh reads it, with cron's own '%' (a newline) escaped.
QByteArray shellWord(const QString &text)
{
    QByteArray word = text.toUtf8();
    word.replace('\'', "'\\''");
    word.replace('%', "\\%");
    return '\'' + word + '\'';
}

class CrontabPart final : public SitePart
{
public:
    QString name() const override { return QStringLiteral("crontab"); }
    QString server() const override { return QStringLiteral("cron"); }
    // The wrapper reads the jobs file as the site's user.
    bool readBySite() const override { return true; }
    SiteFiles render(const PartContext &context, const store::SiteState &state) const override
    {
        const model::SiteCron cron = store::cronOf(state);
        if (!context.config.cron || cron.jobs.isEmpty())
            return {};
        const bool serving = store::hostingOf(state).serving;
        return {{siteCrontabFile(state.siteId), renderCrontab(context.config, state.siteId, cron, serving)},
                {siteCronJobsFile(state.siteId), renderCronJobs(context.config, state.siteId, cron)}};
    }
    QStringList filesOnDisk(const HostConfig &config, const QString &siteId) const override
    {
        QStringList out;
        for (const QString &file : {siteCrontabFile(siteId), siteCronJobsFile(siteId)})
            if (QFileInfo::exists(config.root + QLatin1Char('/') + file))
                out << file;
        return out;
    }
};

QByteArray liveCrontab(const HostConfig &config, const QString &siteId)
{
    QFile file(config.root + QLatin1Char('/') + siteCrontabFile(siteId));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The host's cron daemon: the panel does not run it; it installs each site's tab with crontab.
class CronServer final : public SiteServer
{
public:
    QString id() const override { return QStringLiteral("cron"); }
    QString displayName() const override { return QStringLiteral("cron"); }
    ServiceSpec service(const HostConfig &, const QString &siteId, const RunAs &runAs) const override
    {
        return ServiceSpec{siteId + QStringLiteral(".cron"), {}, {}, runAs, {}, 0, 0, false, {}};
    }
    void test(QObject *context, const Candidate &candidate,
              std::function<void(const QString &)> done) const override
    {
        const QString file = siteCrontabFile(candidate.siteId);
        if (!candidate.files.contains(file))
            return done({});
        runProcess(context, candidate.config.crontabBinary,
                   {QStringLiteral("-n"), candidate.config.stagingDir() + QLatin1Char('/') + file},
                   std::nullopt, [done](int exitCode, const QString &output) {
                       done(exitCode == 0 ? QString()
                                          : QStringLiteral("crontab refused the tab:\n%1").arg(output));
                   });
    }
    QList<HealthProbe> probes(const HostConfig &, const store::SiteState &, const SiteSlot &,
                              const SiteFiles &) const override
    {
        return {};
    }
    Status reload(Supervisor &, const HostConfig &config, const QString &siteId, const RunAs &) const override
    {
        if (!config.cron)
            return {};
        const QByteArray live = liveCrontab(config, siteId);
        Status installed = installCrontab(config, siteId, live);
        if (installed)
            m_checked.insert(siteId, {live, QDateTime::currentDateTimeUtc()});
        return installed;
    }
    // Called twice a second: the tab is read back at the panel's start, after a change of the
    // live file, and every few minutes, not on every call.
    void serve(Supervisor &, const HostConfig &config, const QString &siteId, const RunAs &) const override
    {
        if (!config.cron)
            return;
        const QByteArray live = liveCrontab(config, siteId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto checked = m_checked.constFind(siteId);
        if (checked != m_checked.cend() && checked->first == live &&
            checked->second.secsTo(now) < recheckSeconds)
            return;
        Result<QByteArray> installed = installedCrontab(config, siteId);
        if (installed && *installed != live) {
            qWarning("the crontab of %s is not the panel's; putting it back", qPrintable(siteId));
            installed = installCrontab(config, siteId, live) ? Result<QByteArray>(live) : installed;
        }
        if (installed && *installed == live)
            m_checked.insert(siteId, {live, now});
    }

private:
    static constexpr int recheckSeconds = 300;
    // By site: the tab last found installed, and when (the panel's thread only).
    mutable QHash<QString, std::pair<QByteArray, QDateTime>> m_checked;
};

} // namespace

QString siteCrontabFile(const QString &siteId)
{
    return QStringLiteral("sites/") + siteId + QStringLiteral("/crontab");
}

QString siteCronJobsFile(const QString &siteId)
{
    return QStringLiteral("sites/") + siteId + QStringLiteral("/cron-jobs.json");
}

QByteArray renderCrontab(const HostConfig &config, const QString &siteId, const model::SiteCron &cron,
                         bool serving)
{
    QByteArray tab = "# The cron jobs of " + siteId.toUtf8() + ", version " +
                     QByteArray::number(cron.version) +
                     ", installed by mws-paneld.\n"
                     "# Change them in the panel: a tab changed here is put back.\n"
                     "SHELL=/bin/sh\n"
                     "PATH=/usr/local/bin:/usr/bin:/bin\n"
                     "MAILTO=\"\"\n";
    if (!serving)
        return tab + "# The site is offline (suspended or turned off): none of its jobs runs.\n";
    const QByteArray jobs = shellWord(config.root + QLatin1Char('/') + siteCronJobsFile(siteId));
    for (const model::CronJob &job : cron.jobs) {
        // The description was checked: one line, no control characters.
        tab += "\n# " + job.id.toUtf8() +
               (job.description.isEmpty() ? QByteArray() : ": " + job.description.toUtf8()) + '\n';
        if (!job.enabled) {
            tab += "# (disabled)\n";
            continue;
        }
        tab += job.schedule.simplified().toUtf8() + ' ' + shellWord(config.cronWrapper) + ' ' + jobs + ' ' +
               job.id.toUtf8() + '\n';
    }
    return tab;
}

QByteArray renderCronJobs(const HostConfig &config, const QString &siteId, const model::SiteCron &cron)
{
    QJsonObject jobs;
    for (const model::CronJob &job : cron.jobs) {
        QJsonArray environment;
        for (const model::CronVariable &variable : job.environment)
            environment.append(variable.toJson());
        jobs.insert(job.id, QJsonObject{{QStringLiteral("command"), job.command},
                                        {QStringLiteral("timeoutSeconds"), job.timeoutSeconds},
                                        {QStringLiteral("overlap"), model::cronOverlapCode(job.overlap)},
                                        {QStringLiteral("environment"), environment}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("siteId"), siteId},
                                     {QStringLiteral("socket"), config.cronSocket()},
                                     {QStringLiteral("lockDir"), config.siteRunDir(siteId)},
                                     {QStringLiteral("jobs"), jobs}})
        .toJson();
}

// Debian's crontab checks /etc/cron.allow for the user whose tab it changes even when root runs
// it, and a site's user must not be allowed to run it; so root writes the spool file itself, as
// crontab would (the site user's, group crontab, 0600, renamed into place; cron sees the folder
// change). The spool folder is root's (1730): no site can reach its own file there.
QString spoolFile(const HostConfig &config, const QString &siteId)
{
    return config.cronSpoolDir + QLatin1Char('/') + siteUnixUser(siteId);
}

Result<QByteArray> installedCrontab(const HostConfig &config, const QString &siteId)
{
    const QByteArray path = QFile::encodeName(spoolFile(config, siteId));
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Result<QByteArray>(QByteArray())
                               : Result<QByteArray>(hostError(
                                     QStringLiteral("Cannot read %1.").arg(QString::fromLocal8Bit(path))));
    QFile file;
    struct stat info{};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > (1 << 20) ||
        !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return hostError(QStringLiteral("%1 is not a crontab.").arg(QString::fromLocal8Bit(path)));
    }
    return file.readAll();
}

Status installCrontab(const HostConfig &config, const QString &siteId, const QByteArray &tab)
{
    const QString target = spoolFile(config, siteId);
    if (tab.isEmpty()) {
        if (::unlink(QFile::encodeName(target).constData()) != 0 && errno != ENOENT)
            return hostError(QStringLiteral("Cannot remove %1.").arg(target));
        return {};
    }
    const std::optional<Account> user = unixAccount(siteUnixUser(siteId));
    const std::optional<gid_t> crontabGroup = unixGroup(QStringLiteral("crontab"));
    if (!user || !crontabGroup || !QFileInfo(config.cronSpoolDir).isDir())
        return hostError(
            QStringLiteral("The host's cron is not ready: the site's user, the crontab group or %1 is "
                           "missing.")
                .arg(config.cronSpoolDir));
    const QString staged = config.cronSpoolDir + QStringLiteral("/.mws-") + siteUnixUser(siteId);
    const QByteArray stagedPath = QFile::encodeName(staged);
    ::unlink(stagedPath.constData());
    const int fd = ::open(stagedPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return hostError(QStringLiteral("Cannot write %1.").arg(staged));
    const bool written = ::write(fd, tab.constData(), size_t(tab.size())) == tab.size() &&
                         ::fchown(fd, user->uid, *crontabGroup) == 0 && ::fchmod(fd, 0600) == 0 &&
                         ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(stagedPath.constData(), QFile::encodeName(target).constData()) != 0) {
        ::unlink(stagedPath.constData());
        return hostError(QStringLiteral("Cannot install the crontab of %1.").arg(siteUnixUser(siteId)));
    }
    Result<QByteArray> installed = installedCrontab(config, siteId);
    if (!installed)
        return installed.error();
    if (*installed != tab)
        return hostError(QStringLiteral("The crontab of %1 reads back differently from what was installed.")
                             .arg(siteUnixUser(siteId)));
    return {};
}

const SitePart &crontabPart()
{
    static const CrontabPart part;
    return part;
}

const SiteServer &cronServer()
{
    static const CronServer server;
    return server;
}

} // namespace mws::host
