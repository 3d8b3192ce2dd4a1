// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The site host's primitives on the machine: whole-file writes and atomic swaps, daemons
// signalled through their pid files, Unix accounts and folders, and the test failpoint.

#include "hostconfig.h"
#include "processrunner.h"
#include "renderer.h"
#include "util/result.h"

#include <QFileDevice>
#include <QString>
#include <QStringList>

#include <optional>
#include <sys/types.h>

namespace mws::host {

inline constexpr auto publicFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
inline constexpr auto secretFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error hostError(const QString &message, const QString &detail = {});

// Writes a file whole or not at all, with the given permissions (and group, when given). Only
// for root's own folders: the panel writes nothing inside a site's home.
Status writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions,
                 std::optional<gid_t> group = std::nullopt);
// rename(2) replaces the target atomically: readers see the old file or the new, never neither.
Status replaceFile(const QString &from, const QString &to);
// Signals a daemon through the pid file the supervisor keeps for it (in root's own run folder).
Status signalDaemon(const QString &name, const QString &pidFile, int signal);
// The process id a pid file names, if it names one.
std::optional<qint64> pidFrom(const QString &pidFile);

// The files of paths that exist now, by path relative to the config's root.
SiteFiles filesOnDisk(const HostConfig &config, const QStringList &paths);
// The files of dir matching pattern, but except, as absolute paths (a candidate's includes).
QStringList liveFilesMatching(const QString &dir, const QString &pattern, const QString &except);
// Apache's and PHP-FPM's test output with the staged paths shown as the live ones.
QString readableOutput(QString output, const HostConfig &config);

// The test hook for crash tests: MWS_PANELD_FAILPOINT=<step> kills the panel at that step.
void failpoint(const char *step);

std::optional<Account> unixAccount(const QString &user);
std::optional<gid_t> unixGroup(const QString &group);
// mkdir -p, then chown (when given) and chmod: for root's own folders only.
Status makeDir(const QString &path, mode_t mode, std::optional<uid_t> owner, std::optional<gid_t> group);
// Makes parent/name once, owned by owner:group with mode, without following a link at any step;
// if it is already there it must be a folder owned by owner, and it is left as it is (never
// re-chowned). parent must be root's own.
Status makeOwnedFolderOnce(const QString &parent, const QString &name, mode_t mode, uid_t owner, gid_t group);

} // namespace mws::host
