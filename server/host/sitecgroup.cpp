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
    // Root's folders in root's file system: no site can make or replace them.
    if (!QDir().mkpath(*dir))
        return hostError(QStringLiteral("Cannot create the site's cgroup %1.").arg(*dir));
    const int fd =
        ::open(QFile::encodeName(*dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return hostError(QStringLiteral("Cannot open the site's cgroup %1: %2")
                             .arg(*dir, QString::fromLocal8Bit(std::strerror(errno))));
    Status attached = attachBindFilter(fd, {config.backendPortFirst, config.backendPortLast, port});
    ::close(fd);
    return attached;
}

} // namespace mws::host
