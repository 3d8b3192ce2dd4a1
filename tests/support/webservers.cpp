#include "webservers.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>

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

} // namespace mws::test
