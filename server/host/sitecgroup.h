// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Each site's own cgroup (cgroup v2): every process the panel starts as the site's user joins it
// before it drops root, and so does everything those processes start. Today it carries the site's
// bind filter: a process of the site may bind no port of [host] backend_ports but the site's own,
// so no site can squat another's backend while it restarts, nor use up the ports of sites not yet
// made. It is also where per-site limits (memory, CPU, tasks) will be set.

#include "hostconfig.h"
#include "util/result.h"

#include <QString>

namespace mws::host {

// The folder of the site's cgroup in the cgroup2 file system (it may not exist yet).
Result<QString> siteCgroupDir(const HostConfig &config, const QString &siteId);

// Makes the site's cgroup if it is missing and (re)attaches its bind filter for port. Idempotent:
// run when a site gets its port and at every start of the panel, so a changed range applies.
Status confineSite(const HostConfig &config, const QString &siteId, int port);

// The cgroup folder under which the host's sites' cgroups are made: [host] cgroup, or "sites"
// below the panel's own cgroup.
Result<QString> sitesCgroupRoot(const HostConfig &config);

// The people's bind filter (bindfilter.h) on [host] people_cgroup (the whole host unless told):
// no process of a person's account, wherever sshd or the session manager put it, may bind a port
// of backend_ports. Kept attached across the panel's restarts; what is attached is recorded in
// the host's ssh folder, so a start attaches again only when the rule changed. A problem that
// does not leave people unfiltered (an old filter left attached) is returned in note.
Status confinePeople(const HostConfig &config, QString *note);

} // namespace mws::host
