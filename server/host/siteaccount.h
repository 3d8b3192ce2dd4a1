// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the host makes once for a site: its Unix user, its folders, its loopback port and its
// own web server's certificate; and the front's client certificate, made once for the host.

#include "hostconfig.h"
#include "processrunner.h"
#include "renderer.h"
#include "util/result.h"

#include <QObject>

#include <functional>

namespace mws::host {

// Who the site's servers and the panel's work in its home run as: the site's user, or (without
// Unix users, in an unprivileged demo) the panel's own.
Result<RunAs> siteRunAs(const HostConfig &config, const QString &siteId);

// The site's port: read, or chosen once among the free ones of the configured range.
Result<SiteSlot> siteSlot(const HostConfig &config, const QString &siteId);

// The root-owned folders of a site (its configuration, readable by its group; its run folder,
// its own), its home (made once, then never touched by root again) and its server's
// certificate. runAs is the site's account.
Status prepareSiteFolders(const HostConfig &config, const QString &siteId, const RunAs &runAs);

// The site's Unix user, made if it is missing (useradd: a system user and its group, the home
// not made here, no login shell).
void ensureSiteUnixUser(QObject *context, const HostConfig &config, const QString &siteId,
                        std::function<void(Status)> done);

// Everything a process run as the site needs, made if missing: its Unix user, its root-owned
// folders, its port and its cgroup with the bind filter. done gets who to run as.
void prepareSiteAccount(QObject *context, const HostConfig &config, const QString &siteId,
                        std::function<void(Result<RunAs>)> done);

// The front's client certificate, which every site's server requires.
Status prepareFrontIdentity(const HostConfig &config);

// Makes the folders of the site's home as the site's own user (what it may do over SSH anyway):
// root never follows a path inside a home. folders: relative to the home, with their modes.
void makeHomeFolders(QObject *context, const HostConfig &config, const QString &siteId, const RunAs &runAs,
                     const QList<QPair<QString, QString>> &foldersAndModes, std::function<void(Status)> done);

} // namespace mws::host
