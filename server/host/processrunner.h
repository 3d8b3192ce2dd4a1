// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Starting programs for the site host: asynchronously, and as a site's own Unix user where the
// work concerns that site. A process started for a site is in the site's cgroup and has the
// site's uid, gid and no other groups, no capabilities, no way to gain privileges (no_new_privs),
// a clean environment, and dies with the panel. Every process the panel starts holds only
// descriptors 0-2: nothing the panel has open reaches a site's code.

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <sys/types.h>

namespace mws::host {

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
    QByteArray cgroupProcs; // the site's cgroup.procs, joined before the change of user ("" for none)
};

// Who a process runs as: nullopt for the panel's own user.
using RunAs = std::optional<Account>;

// Sets up process to run as runAs (when given) with a minimal environment and home.
void prepareProcess(QProcess &process, const RunAs &runAs, const QString &home = {});

// Runs program and calls done with its exit code (-1 when it could not start or crashed) and
// its merged output. The process belongs to context and is gone when context is.
void runProcess(QObject *context, const QString &program, const QStringList &arguments, const RunAs &runAs,
                std::function<void(int exitCode, const QString &output)> done);

} // namespace mws::host
