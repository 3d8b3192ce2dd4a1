// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What other areas' routes call when they change who may have shell on a site: its members, its
// status, or a person's keys.

#include "api/apisupport.h"

#include <QStringList>

namespace mws::panel {

// Asks each site's host to bring its shell access in line with the store now: an "ssh.access"
// job per site, for sites whose host offers shell access (it has published its sshd). Best
// effort: a host syncs every access_sync_seconds anyway. Returns the jobs queued.
QStringList queueShellAccessSync(PanelContext &context, const Caller &caller, const QStringList &siteIds);

} // namespace mws::panel
