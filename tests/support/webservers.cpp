// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "webservers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStorageInfo>
#include <QStringList>
#include <QThread>

#include <grp.h>
#include <pwd.h>

namespace mws::test {

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString webServerLogs(const QString &hostRoot, const QString &sitesRoot)
{
    QString out = readAll(hostRoot + QStringLiteral("/logs/front-error.log"));
    QDirIterator logs(sitesRoot, {QStringLiteral("error.log"), QStringLiteral("php-fpm.log")}, QDir::Files,
                      QDirIterator::Subdirectories);
    while (logs.hasNext()) {
        const QString path = logs.next();
        out += QStringLiteral("--- %1\n%2").arg(path, readAll(path));
    }
    return out;
}

void removeSiteUsers(const QString &sitesRoot)
{
    QStringList users;
    ::setpwent();
    while (const passwd *entry = ::getpwent())
        if (QString::fromLocal8Bit(entry->pw_dir).startsWith(sitesRoot + QLatin1Char('/')))
            users << QString::fromLocal8Bit(entry->pw_name);
    ::endpwent();
    for (const QString &user : users) {
        // A person's login may still run; a site's members group goes with the site.
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-u"), user});
        // The host's cron spool is shared by every run: a tab the panel installed goes too.
        QFile::remove(QStringLiteral("/var/spool/cron/crontabs/") + user);
        QProcess::execute(QStringLiteral("userdel"), {QStringLiteral("--remove"), user});
        if (::getgrnam((user + QStringLiteral("-people")).toLocal8Bit().constData()))
            QProcess::execute(QStringLiteral("groupdel"), {user + QStringLiteral("-people")});
    }
}

QString cgroup2Mount()
{
    // Where Debian and the build root mount it; the panel itself looks it up in mountinfo.
    const QString folder = QStringLiteral("/sys/fs/cgroup");
    return QStorageInfo(folder).fileSystemType() == "cgroup2" ? folder : QString();
}

void removeCgroupTree(const QString &cgroup)
{
    const QString mount = cgroup2Mount();
    if (mount.isEmpty() || cgroup.isEmpty())
        return;
    const QString top = mount + cgroup;
    QFile kill(top + QStringLiteral("/cgroup.kill"));
    if (kill.open(QIODevice::WriteOnly))
        kill.write("1");
    kill.close();
    // Children first: a cgroup is removed once it is empty and has no children.
    QStringList dirs;
    QDirIterator below(top, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (below.hasNext())
        dirs.prepend(below.next());
    dirs.append(top);
    for (const QString &dir : std::as_const(dirs))
        for (int attempt = 0; attempt < 50 && !QDir().rmdir(dir) && QFileInfo::exists(dir); ++attempt)
            QThread::msleep(20);
}

} // namespace mws::test
