// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sitecgroup.h"

#include "bindfilter.h"
#include "hostfiles.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mws::host {

namespace {

// Where the cgroup2 file system is mounted ("" when it is not).
QString cgroup2Mount()
{
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    // "36 25 0:30 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw": the mount point is the fifth
    // field, the type the first after " - ".
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const qsizetype dash = line.indexOf(" - ");
        if (dash < 0 || !line.mid(dash + 3).startsWith("cgroup2 "))
            continue;
        const QList<QByteArray> fields = line.left(dash).split(' ');
        if (fields.size() >= 5 && fields[3] == "/")
            return QString::fromLocal8Bit(fields[4]);
    }
    return {};
}

// The panel's own cgroup in the v2 hierarchy ("0::/system.slice/mws-paneld.service").
QString ownCgroup()
{
    QFile own(QStringLiteral("/proc/self/cgroup"));
    if (!own.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : own.readAll().split('\n'))
        if (line.startsWith("0::"))
            return QString::fromLocal8Bit(line.mid(3));
    return {};
}

// "bind4 bind6 firstPort lastPort firstUid lastUid", as confinePeople() wrote it.
PeopleFilterIds readPeopleFilter(const QString &path)
{
    QFile file(path);
    PeopleFilterIds ids;
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    if (fields.size() != 6)
        return ids;
    ids.bind4 = fields[0].toUInt();
    ids.bind6 = fields[1].toUInt();
    ids.rule = {fields[2].toInt(), fields[3].toInt(), fields[4].toLongLong(), fields[5].toLongLong()};
    return ids;
}

Result<int> openCgroup(const QString &dir)
{
    // Root's folders in root's file system: no site can make or replace them.
    if (!QDir().mkpath(dir))
        return hostError(QStringLiteral("Cannot create the cgroup %1.").arg(dir));
    const int fd =
        ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return hostError(QStringLiteral("Cannot open the cgroup %1: %2")
                             .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
    return fd;
}

} // namespace

Result<QString> sitesCgroupRoot(const HostConfig &config)
{
    static const QString mount = cgroup2Mount();
    if (mount.isEmpty())
        return hostError(QStringLiteral("No cgroup2 file system is mounted, so sites cannot be confined "
                                        "(each site's processes run in a cgroup of their own)."));
    QString path = config.cgroup;
    if (path.isEmpty()) {
        static const QString own = ownCgroup();
        path = own + QStringLiteral("/sites");
    }
    return QDir::cleanPath(mount + QLatin1Char('/') + path);
}

Result<QString> siteCgroupDir(const HostConfig &config, const QString &siteId)
{
    Result<QString> root = sitesCgroupRoot(config);
    if (!root)
        return root;
    return *root + QLatin1Char('/') + siteId;
}

Status confineSite(const HostConfig &config, const QString &siteId, int port)
{
    Result<QString> dir = siteCgroupDir(config, siteId);
    if (!dir)
        return dir.error();
    const Result<int> fd = openCgroup(*dir);
    if (!fd)
        return fd.error();
    Status attached = attachBindFilter(*fd, {config.backendPortFirst, config.backendPortLast, port});
    ::close(*fd);
    return attached;
}

Status confinePeople(const HostConfig &config, QString *note)
{
    static const QString mount = cgroup2Mount();
    if (mount.isEmpty())
        return hostError(QStringLiteral("No cgroup2 file system is mounted, so people's logins cannot be "
                                        "kept off the sites' backend ports."));
    const Result<int> fd = openCgroup(QDir::cleanPath(mount + QLatin1Char('/') + config.peopleCgroup));
    if (!fd)
        return fd.error();
    const QString record = config.sshDir() + QStringLiteral("/people-bind-filter");
    const PeopleBindRule rule{config.backendPortFirst, config.backendPortLast, config.personUidFirst,
                              config.personUidLast};
    const Result<PeopleFilterIds> attached = attachPeopleBindFilter(*fd, rule, readPeopleFilter(record));
    ::close(*fd);
    if (!attached)
        return attached.error();
    *note = attached->problem;
    return writeFile(record,
                     QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                         .arg(attached->bind4)
                         .arg(attached->bind6)
                         .arg(rule.firstPort)
                         .arg(rule.lastPort)
                         .arg(rule.firstUid)
                         .arg(rule.lastUid)
                         .toLatin1(),
                     publicFile);
}

} // namespace mws::host
