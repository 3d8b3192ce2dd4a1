#include "webservers.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>
#include <pwd.h>

namespace mws::test {

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void stopProcess(QProcess &process, int signal)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), signal);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

WebServers::~WebServers()
{
    stop();
}

bool WebServers::start(const QString &hostRoot, quint16 httpPort, QString *error)
{
    m_root = hostRoot;
    m_php.setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(m_php);
    stopWithParent(m_apache);
    m_php.start(QStringLiteral("/usr/sbin/php-fpm8.4"),
                {QStringLiteral("-F"), QStringLiteral("-y"), hostRoot + QStringLiteral("/php/fpm.conf")});
    m_apache.setProcessChannelMode(QProcess::MergedChannels);
    m_apache.start(QStringLiteral("/usr/sbin/apache2"),
                   {QStringLiteral("-f"), hostRoot + QStringLiteral("/apache/httpd.conf"),
                    QStringLiteral("-D"), QStringLiteral("FOREGROUND")});
    // Ready: both have written their pid files (the panel reloads through them) and Apache listens.
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_apache.state() == QProcess::NotRunning || m_php.state() == QProcess::NotRunning)
            break;
        if (QFileInfo::exists(hostRoot + QStringLiteral("/run/apache2.pid")) &&
            QFileInfo::exists(hostRoot + QStringLiteral("/run/php-fpm.pid")) && waitForPort(httpPort, 50))
            return true;
        QThread::msleep(20);
    }
    *error = QStringLiteral("Apache or PHP-FPM did not start:\n%1\n%2\n%3")
                 .arg(QString::fromUtf8(m_apache.readAll()), QString::fromUtf8(m_php.readAll()), logs());
    stop();
    return false;
}

void WebServers::stop()
{
    stopProcess(m_apache, SIGTERM);
    stopProcess(m_php, SIGQUIT);
}

bool WebServers::isRunning() const
{
    return m_apache.state() == QProcess::Running && m_php.state() == QProcess::Running;
}

QString WebServers::logs() const
{
    return readAll(m_root + QStringLiteral("/logs/apache-error.log")) +
           readAll(m_root + QStringLiteral("/logs/php-fpm.log"));
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
