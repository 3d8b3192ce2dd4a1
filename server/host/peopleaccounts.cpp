// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "peopleaccounts.h"

#include <QDir>
#include <QFile>

#include <grp.h>
#include <signal.h>

namespace mws::host {

QString personUserName(const HostConfig &config, const QString &crsid)
{
    return config.personUserPrefix + crsid;
}

QString personHome(const HostConfig &config, const QString &crsid)
{
    return config.peopleRoot + QLatin1Char('/') + personUserName(config, crsid);
}

QString siteMembersGroup(const QString &siteId)
{
    return siteId + QStringLiteral("-people");
}

QStringList groupMembers(const QString &group)
{
    QStringList members;
    if (const struct group *entry = ::getgrnam(group.toLocal8Bit().constData()))
        for (char **member = entry->gr_mem; member && *member; ++member)
            members << QString::fromLocal8Bit(*member);
    members.sort();
    return members;
}

namespace {

// Whether /proc/<pid>/status names uid among its Uid line's four (real, effective, saved, fs);
// a process that has ended but not been reaped (a zombie) runs as nobody.
bool runsAs(const QString &pid, uid_t uid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    // A /proc file says its size is 0: read it whole rather than trust atEnd().
    if (!status.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("State:") && (line.contains("\tZ") || line.contains("\tX")))
            return false;
        if (!line.startsWith("Uid:"))
            continue;
        const QList<QByteArray> ids = line.mid(4).simplified().split(' ');
        for (const QByteArray &id : ids)
            if (id.toULongLong() == uid)
                return true;
        return false;
    }
    return false;
}

} // namespace

int endProcessesOf(uid_t uid)
{
    if (uid == 0)
        return 0;
    int ended = 0;
    for (int round = 0; round < 50; ++round) {
        int found = 0;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            bool isNumber = false;
            const qint64 number = pid.toLongLong(&isNumber);
            if (!isNumber || !runsAs(pid, uid))
                continue;
            ++found;
            if (::kill(pid_t(number), SIGKILL) == 0)
                ++ended;
        }
        if (found == 0)
            break;
    }
    return ended;
}

} // namespace mws::host
