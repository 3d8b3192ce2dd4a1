#include "webservers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QThread>

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
    for (const QString &user : users)
        QProcess::execute(QStringLiteral("userdel"), {user});
}

QString cgroup2Mount()
{
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const qsizetype dash = line.indexOf(" - ");
        const QList<QByteArray> fields = line.left(dash).split(' ');
        if (dash > 0 && line.mid(dash + 3).startsWith("cgroup2 ") && fields.size() >= 5 && fields[3] == "/")
            return QString::fromLocal8Bit(fields[4]);
    }
    return {};
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
