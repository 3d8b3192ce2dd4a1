// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mws::test {

// The front's and every site's server logs under a host root, for failure messages. The panel
// itself starts and supervises the servers (as it does wherever there is no systemd).
QString webServerLogs(const QString &hostRoot, const QString &sitesRoot);

// Removes the Unix users the panel made with homes under root (tests run as root in the build
// root, where each site and each person with shell access gets their own user): their processes
// end, their homes and sites' members groups go with them.
void removeSiteUsers(const QString &sitesRoot);

// Where the cgroup2 file system is mounted ("" without one).
QString cgroup2Mount();
// Ends every process left in a test's sites' cgroups (cgroup path, e.g. /mws-tests/x) and removes
// them, children first.
void removeCgroupTree(const QString &cgroup);

} // namespace mws::test
