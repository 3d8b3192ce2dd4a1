#include "hostfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mws::host {

namespace {

std::optional<qint64> pidFrom(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok && pid > 1 ? std::optional<qint64>(pid) : std::nullopt;
}

} // namespace

Error hostError(const QString &message, const QString &detail)
{
    return Error::make(Error::Kind::Backend, message, detail);
}

// Writes a file whole or not at all, with the given permissions.
Status writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return hostError(QStringLiteral("Cannot create the folder of %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return hostError(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(permissions);
    file.write(bytes);
    if (!file.commit())
        return hostError(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// rename(2) replaces the target atomically: readers see the old file or the new, never neither.
Status replaceFile(const QString &from, const QString &to)
{
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return hostError(QStringLiteral("Cannot create the folder of %1.").arg(to));
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return hostError(QStringLiteral("Cannot move %1 into place: %2")
                             .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

// Signals a daemon through its pid file: Apache reloads gracefully on SIGUSR1, PHP-FPM on SIGUSR2.
Status signalDaemon(const QString &name, const QString &pidFile, int signal)
{
    const std::optional<qint64> pid = pidFrom(pidFile);
    if (!pid)
        return hostError(
            QStringLiteral("%1 is not running: there is no process id in %2.").arg(name, pidFile));
    if (::kill(pid_t(*pid), signal) != 0)
        return hostError(QStringLiteral("%1 could not be reloaded (process %2: %3).")
                             .arg(name)
                             .arg(*pid)
                             .arg(QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

// The site's files as they are on disk now, by path relative to root.
SiteFiles siteFilesOnDisk(const HostConfig &config, const QString &siteId)
{
    SiteFiles files;
    QStringList paths{siteApacheFile(siteId), sitePoolFile(siteId)};
    QDirIterator tls(config.root + QLatin1Char('/') + siteTlsDir(siteId), QDir::Files);
    while (tls.hasNext())
        paths << siteTlsDir(siteId) + QLatin1Char('/') + QFileInfo(tls.next()).fileName();
    for (const QString &path : paths) {
        QFile file(config.root + QLatin1Char('/') + path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, file.readAll());
    }
    return files;
}

// The main files list every site's files explicitly when testing a candidate.
QStringList liveFilesMatching(const QString &dir, const QString &pattern, const QString &except)
{
    QStringList out;
    const QStringList names = QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        if (name != except)
            out << dir + QLatin1Char('/') + name;
    return out;
}

// The test hook for crash tests: MWS_PANELD_FAILPOINT=<step> kills the panel at that step.
void failpoint(const char *step)
{
    if (qEnvironmentVariable("MWS_PANELD_FAILPOINT") == QLatin1String(step)) {
        std::fprintf(stderr, "mws-paneld: failpoint %s reached, killing myself\n", step);
        std::fflush(stderr);
        ::raise(SIGKILL);
    }
}

std::optional<Account> unixAccount(const QString &user)
{
    const passwd *entry = ::getpwnam(user.toLocal8Bit().constData());
    if (!entry)
        return std::nullopt;
    return Account{entry->pw_uid, entry->pw_gid};
}

std::optional<gid_t> unixGroup(const QString &group)
{
    const struct group *entry = ::getgrnam(group.toLocal8Bit().constData());
    return entry ? std::optional<gid_t>(entry->gr_gid) : std::nullopt;
}

Status makeDir(const QString &path, mode_t mode, std::optional<uid_t> owner, std::optional<gid_t> group)
{
    if (!QDir().mkpath(path))
        return hostError(QStringLiteral("Cannot create %1.").arg(path));
    const QByteArray native = QFile::encodeName(path);
    if (owner || group)
        if (::chown(native.constData(), owner ? *owner : uid_t(-1), group ? *group : gid_t(-1)) != 0)
            return hostError(QStringLiteral("Cannot hand %1 to the site: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::chmod(native.constData(), mode) != 0)
        return hostError(QStringLiteral("Cannot set the permissions of %1.").arg(path));
    return {};
}

// Apache names the file and line of a syntax error; show the live file's name, not the staged one.
QString readableOutput(QString output, const HostConfig &config)
{
    output.replace(config.stagingDir() + QLatin1Char('/'), config.root + QLatin1Char('/'));
    QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QLatin1Char('\n'));
}

} // namespace mws::host
