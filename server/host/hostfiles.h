#pragma once

// The site host's primitives on the machine: whole-file writes and atomic swaps, daemons
// signalled through their pid files, Unix accounts and folders, and the test failpoint.

#include "hostconfig.h"
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

// Writes a file whole or not at all, with the given permissions.
Status writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions);
// rename(2) replaces the target atomically: readers see the old file or the new, never neither.
Status replaceFile(const QString &from, const QString &to);
// Signals a daemon through its pid file: Apache reloads gracefully on SIGUSR1, PHP-FPM on SIGUSR2.
Status signalDaemon(const QString &name, const QString &pidFile, int signal);

// The site's files as they are on disk now, by path relative to root.
SiteFiles siteFilesOnDisk(const HostConfig &config, const QString &siteId);
// The files of dir matching pattern, but except, as absolute paths (a candidate's includes).
QStringList liveFilesMatching(const QString &dir, const QString &pattern, const QString &except);
// Apache's and PHP-FPM's test output with the staged paths shown as the live ones.
QString readableOutput(QString output, const HostConfig &config);

// The test hook for crash tests: MWS_PANELD_FAILPOINT=<step> kills the panel at that step.
void failpoint(const char *step);

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};
std::optional<Account> unixAccount(const QString &user);
std::optional<gid_t> unixGroup(const QString &group);
// mkdir -p, then chown (when given) and chmod.
Status makeDir(const QString &path, mode_t mode, std::optional<uid_t> owner, std::optional<gid_t> group);

} // namespace mws::host
