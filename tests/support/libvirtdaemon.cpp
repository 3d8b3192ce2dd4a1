// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "libvirtdaemon.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mws::test {

namespace {

constexpr auto daemonPath = "/usr/sbin/libvirtd";
constexpr int readyTimeoutMs = 15000;
constexpr int stopTimeoutMs = 10000;

bool makeOwnedFolder(const QString &path, const struct passwd *owner, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    if (QFileInfo(path).isDir()) // a restart
        return true;
    if (::mkdir(name.constData(), 0700) != 0 ||
        (owner && ::chown(name.constData(), owner->pw_uid, owner->pw_gid) != 0)) {
        *error = QStringLiteral("cannot make %1 for the daemon").arg(path);
        return false;
    }
    return true;
}

} // namespace

LibvirtDaemon::LibvirtDaemon() = default;

LibvirtDaemon::~LibvirtDaemon()
{
    stop();
}

bool LibvirtDaemon::isAvailable(QString *reason)
{
    if (!QFileInfo(QLatin1String(daemonPath)).isExecutable()) {
        *reason = QStringLiteral("libvirtd is not installed here (package libvirt-daemon)");
        return false;
    }
    if (::geteuid() == 0 &&
        (!::getpwnam("nobody") || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())) {
        *reason = QStringLiteral("running as root, but there is no nobody user or no setpriv");
        return false;
    }
    return true;
}

QString LibvirtDaemon::socketPath() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/run/libvirt/libvirt-sock") : QString();
}

QString LibvirtDaemon::uri() const
{
    return QStringLiteral("test+unix:///default?socket=") + socketPath();
}

bool LibvirtDaemon::isRunning() const
{
    return m_daemon.state() != QProcess::NotRunning;
}

bool LibvirtDaemon::start(QString *error)
{
    if (!isAvailable(error))
        return false;
    // Short, because the socket path must fit in 107 bytes.
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mws-lv-XXXXXX"));
    QFile::remove(socketPath()); // left by a daemon that was ended
    const struct passwd *nobody = ::geteuid() == 0 ? ::getpwnam("nobody") : nullptr;
    const QString dir = m_dir->path();
    // The daemon's own user must be able to reach its folders inside the 0700 temporary one.
    if (!m_dir->isValid() ||
        !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                        QFile::ExeOther) ||
        !makeOwnedFolder(dir + QStringLiteral("/run"), nobody, error) ||
        !makeOwnedFolder(dir + QStringLiteral("/home"), nobody, error))
        return false;

    QStringList command;
    if (nobody) {
        command << QStringLiteral("setpriv") << QStringLiteral("--reuid=%1").arg(nobody->pw_uid)
                << QStringLiteral("--regid=%1").arg(nobody->pw_gid) << QStringLiteral("--clear-groups")
                << QStringLiteral("--pdeathsig=TERM") << QStringLiteral("--");
    } else {
        stopWithParent(m_daemon);
    }
    command << QStringLiteral("env") << QStringLiteral("-i") << QStringLiteral("PATH=/usr/sbin:/usr/bin")
            << QStringLiteral("HOME=") + dir + QStringLiteral("/home")
            << QStringLiteral("XDG_RUNTIME_DIR=") + dir + QStringLiteral("/run") << QLatin1String(daemonPath)
            << QStringLiteral("--timeout") << QStringLiteral("120");
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(dir + QStringLiteral("/libvirtd.log"));
    m_daemon.start(command.takeFirst(), command);
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start libvirtd: %1").arg(m_daemon.errorString());
        return false;
    }

    // Ready once its socket takes a connection.
    QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired() && isRunning()) {
        QLocalSocket probe;
        probe.connectToServer(socketPath());
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(20);
    }
    *error = QStringLiteral("libvirtd was not ready:\n%1").arg(logTail());
    stop();
    return false;
}

void LibvirtDaemon::pause()
{
    if (isRunning() && ::kill(pid_t(m_daemon.processId()), SIGSTOP) == 0)
        m_paused = true;
}

void LibvirtDaemon::resume()
{
    if (m_paused && ::kill(pid_t(m_daemon.processId()), SIGCONT) == 0)
        m_paused = false;
}

void LibvirtDaemon::stop()
{
    terminate();
    m_dir.reset();
}

void LibvirtDaemon::terminate()
{
    if (isRunning()) {
        resume();
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(stopTimeoutMs)) {
            m_daemon.kill();
            m_daemon.waitForFinished(stopTimeoutMs);
        }
    }
    m_paused = false;
}

QString LibvirtDaemon::logTail() const
{
    QFile file(m_dir ? m_dir->path() + QStringLiteral("/libvirtd.log") : QString());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    return QString::fromLocal8Bit(file.readAll().right(2000)).trimmed();
}

} // namespace mws::test
