// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processrunner.h"

#include <QProcessEnvironment>

#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace mws::host {

namespace {

// Writing 0 to a cgroup's cgroup.procs moves the writer itself.
bool joinCgroup(const char *procsFile)
{
    const int fd = ::open(procsFile, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool joined = ::write(fd, "0", 1) == 1;
    ::close(fd);
    return joined;
}

} // namespace

void prepareProcess(QProcess &process, const RunAs &runAs, const QString &home)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!home.isEmpty())
        environment.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(environment);
    if (!home.isEmpty())
        process.setWorkingDirectory(home);
    // Only 0-2 reach the child: Qt closes the rest before exec, and the modifier marks every
    // descriptor close-on-exec again in case one was opened without it.
    process.setUnixProcessParameters(
        {QProcess::UnixProcessFlag::CloseFileDescriptors | QProcess::UnixProcessFlag::ResetSignalHandlers,
         STDERR_FILENO + 1});
    const RunAs account = runAs;
    // Runs in the child between fork and exec: only async-signal-safe calls, and _exit on
    // failure, so that nothing ever runs with the panel's rights by mistake.
    process.setChildProcessModifier([account] {
        ::close_range(STDERR_FILENO + 1, ~0U, CLOSE_RANGE_CLOEXEC);
        if (account) {
            // Into the site's cgroup while still root; a site's user cannot leave it.
            if (!account->cgroupProcs.isEmpty() && !joinCgroup(account->cgroupProcs.constData()))
                ::_exit(126);
            if (::setgroups(0, nullptr) != 0 || ::setgid(account->gid) != 0 || ::setuid(account->uid) != 0)
                ::_exit(126);
            if (::getuid() != account->uid || ::geteuid() != account->uid)
                ::_exit(126);
        }
        ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        // After the change of user, which clears it: the servers end when the panel does.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
}

void runProcess(QObject *context, const QString &program, const QStringList &arguments, const RunAs &runAs,
                std::function<void(int, const QString &)> done)
{
    auto *process = new QProcess(context);
    process->setProcessChannelMode(QProcess::MergedChannels);
    prepareProcess(*process, runAs);
    QObject::connect(process, &QProcess::finished, context,
                     [process, done](int exitCode, QProcess::ExitStatus status) {
                         process->deleteLater();
                         const QString output = QString::fromLocal8Bit(process->readAll());
                         done(status == QProcess::NormalExit ? exitCode : -1, output);
                     });
    QObject::connect(
        process, &QProcess::errorOccurred, context, [process, program, done](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            process->deleteLater();
            done(-1, QStringLiteral("%1 could not be started: %2").arg(program, process->errorString()));
        });
    process->start(program, arguments);
}

} // namespace mws::host
