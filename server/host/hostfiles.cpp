// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

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
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mws::host {

std::optional<qint64> pidFrom(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok && pid > 1 ? std::optional<qint64>(pid) : std::nullopt;
}

Error hostError(const QString &message, const QString &detail)
{
    return Error::make(Error::Kind::Backend, message, detail);
}

// Writes a file whole or not at all, with the given permissions.
Status writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                 std::optional<gid_t> group)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return hostError(QStringLiteral("Cannot create the folder of %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return hostError(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(permissions);
    // The group before the bytes: the file is never readable by a group it was not meant for.
    if (group && ::fchown(int(file.handle()), uid_t(-1), *group) != 0)
        return hostError(QStringLiteral("Cannot give %1 to its group: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
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

SiteFiles filesOnDisk(const HostConfig &config, const QStringList &paths)
{
    SiteFiles files;
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

// The test hook for crash tests: MWS_PANELD_FAILPOINT=<step> kills the panel at that step, as
// does a file named by MWS_PANELD_FAILPOINT_FILE once it exists and holds the step's name.
void failpoint(const char *step)
{
    QString wanted = qEnvironmentVariable("MWS_PANELD_FAILPOINT");
    if (const QString path = qEnvironmentVariable("MWS_PANELD_FAILPOINT_FILE"); !path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            wanted = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (wanted == QLatin1String(step)) {
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
    return Account{entry->pw_uid, entry->pw_gid, {}};
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

Status makeOwnedFolderOnce(const QString &parent, const QString &name, mode_t mode, uid_t owner, gid_t group)
{
    const auto failed = [&](const QString &what) {
        return hostError(QStringLiteral("Cannot %1 %2/%3: %4")
                             .arg(what, parent, name, QString::fromLocal8Bit(std::strerror(errno))));
    };
    const int parentFd =
        ::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (parentFd < 0)
        return failed(QStringLiteral("open the parent of"));
    const QByteArray native = QFile::encodeName(name);
    Status result;
    if (::mkdirat(parentFd, native.constData(), 0700) == 0) {
        if (::fchownat(parentFd, native.constData(), owner, group, AT_SYMLINK_NOFOLLOW) != 0 ||
            ::fchmodat(parentFd, native.constData(), mode, 0) != 0)
            result = failed(QStringLiteral("hand over"));
    } else if (errno != EEXIST) {
        result = failed(QStringLiteral("create"));
    } else {
        struct stat info = {};
        if (::fstatat(parentFd, native.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
            result = failed(QStringLiteral("inspect"));
        else if (!S_ISDIR(info.st_mode) || info.st_uid != owner)
            result = hostError(QStringLiteral("%1/%2 is not a folder of its own user; it was left alone.")
                                   .arg(parent, name));
    }
    ::close(parentFd);
    return result;
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
