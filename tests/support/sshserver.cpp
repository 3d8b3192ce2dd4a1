// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshserver.h"

#include "testsupport.h"
#include "webservers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mws::test {

namespace {

constexpr auto sshdPath = "/usr/sbin/sshd";
constexpr int readyTimeoutMs = 15000;
const QStringList hostKeyTypes{QStringLiteral("ed25519"), QStringLiteral("ecdsa"), QStringLiteral("rsa")};

bool run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return true;
    *error = QStringLiteral("%1 %2: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()));
    return false;
}

// Every folder from / down to path may be entered by anyone (a QTemporaryDir is 0700).
void makeTraversable(const QString &path)
{
    QString walked;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        walked += QLatin1Char('/') + part;
        struct stat info{};
        const QByteArray name = QFile::encodeName(walked);
        if (::stat(name.constData(), &info) == 0 && S_ISDIR(info.st_mode))
            ::chmod(name.constData(), info.st_mode | S_IXOTH | S_IXGRP);
    }
}

QString keyFile(const QString &directory, const QString &type)
{
    return directory + QStringLiteral("/ssh_host_%1_key").arg(type);
}

} // namespace

SshServer::~SshServer()
{
    stop();
}

bool SshServer::isAvailable(QString *reason)
{
    if (!QFileInfo(QLatin1String(sshdPath)).isExecutable()) {
        *reason = QStringLiteral("sshd is not installed here (package openssh-server)");
        return false;
    }
    return true;
}

bool SshServer::prepare(const QString &directory, QString *error)
{
    m_directory = directory;
    QDir().mkpath(directory);
    makeTraversable(directory);
    for (const QString &type : hostKeyTypes) {
        const QString file = keyFile(directory, type);
        QStringList arguments{QStringLiteral("-q"),
                              QStringLiteral("-t"),
                              type,
                              QStringLiteral("-N"),
                              QString(),
                              QStringLiteral("-f"),
                              file};
        if (type == QLatin1String("rsa"))
            arguments << QStringLiteral("-b") << QStringLiteral("3072");
        if (!QFileInfo::exists(file) && !run(QStringLiteral("ssh-keygen"), arguments, error))
            return false;
    }
    m_port = freeLoopbackPort();
    return true;
}

bool SshServer::start(const QString &directory, const QStringList &extraConfig, QString *error,
                      const QString &cgroup)
{
    if ((m_port == 0 || m_directory != directory) && !prepare(directory, error))
        return false;
    QDir().mkpath(QStringLiteral("/run/sshd")); // its privilege separation folder
    QStringList config{QStringLiteral("Port %1").arg(m_port), QStringLiteral("ListenAddress 127.0.0.1"),
                       QStringLiteral("PidFile %1/sshd.pid").arg(directory), QStringLiteral("UsePAM no"),
                       QStringLiteral("StrictModes no"), // its keys live under /tmp, which is 1777
                       QStringLiteral("PasswordAuthentication no"),
                       QStringLiteral("KbdInteractiveAuthentication no"), QStringLiteral("LogLevel VERBOSE"),
                       // As Debian's sshd_config has it: SFTP for everyone who may log in.
                       QStringLiteral("Subsystem sftp internal-sftp"),
                       QStringLiteral("PerSourcePenalties no")}; // tests log in and fail in quick turns
    for (const QString &type : hostKeyTypes)
        config << QStringLiteral("HostKey ") + keyFile(directory, type);
    const QString configFile = directory + QStringLiteral("/sshd_config");
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write((config + extraConfig).join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        *error = QStringLiteral("cannot write %1").arg(configFile);
        return false;
    }
    file.close();
    if (!run(QLatin1String(sshdPath), {QStringLiteral("-t"), QStringLiteral("-f"), configFile}, error))
        return false;
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(directory + QStringLiteral("/sshd.log"));
    stopWithParent(m_daemon);
    if (!cgroup.isEmpty()) {
        const QByteArray procs = QFile::encodeName(cgroup2Mount() + cgroup + QStringLiteral("/cgroup.procs"));
        m_daemon.setChildProcessModifier([procs] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            const int fd = ::open(procs.constData(), O_WRONLY | O_CLOEXEC);
            if (fd < 0 || ::write(fd, "0", 1) != 1)
                ::_exit(126); // not where the test means it to be: no sshd at all
            ::close(fd);
        });
    }
    m_daemon.start(QLatin1String(sshdPath),
                   {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configFile});
    QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired() && m_daemon.state() != QProcess::NotRunning) {
        if (log().contains(QLatin1String("Server listening on")))
            return true;
        QThread::msleep(20);
    }
    *error = QStringLiteral("sshd did not start: %1").arg(log());
    return false;
}

void SshServer::stop()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(10000))
        m_daemon.kill();
    m_daemon.waitForFinished(5000);
}

bool SshServer::isRunning() const
{
    return m_daemon.state() == QProcess::Running;
}

QStringList SshServer::hostPublicKeyFiles() const
{
    QStringList files;
    for (const QString &type : hostKeyTypes)
        files << keyFile(m_directory, type) + QStringLiteral(".pub");
    return files;
}

QString SshServer::log() const
{
    QFile file(m_directory + QStringLiteral("/sshd.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString SshServer::knownHosts() const
{
    QString lines;
    for (const QString &path : hostPublicKeyFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList fields = QString::fromUtf8(file.readAll()).split(QLatin1Char(' '));
        lines += QStringLiteral("[127.0.0.1]:%1 %2 %3\n").arg(m_port).arg(fields.value(0), fields.value(1));
    }
    return lines;
}

} // namespace mws::test
