// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The Unix side of shell access: each person's own account (named by their CRSid), each site's
// members group (separate from the site's own group, which reads its configuration and backend
// key: no person ever joins that one), and ending a person's processes when they lose a group.

#include "hostconfig.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace mws::host {

// The person's account name on the host: their CRSid (after the configured prefix, for tests).
QString personUserName(const HostConfig &config, const QString &crsid);
// Where the person's home is made.
QString personHome(const HostConfig &config, const QString &crsid);
// The site's members group: everyone with shell access on the site.
QString siteMembersGroup(const QString &siteId);

// The group's listed members (/etc/group), sorted; empty if there is no such group.
QStringList groupMembers(const QString &group);

// Ends every process of uid on the host at once (SIGKILL; real, effective, saved or file-system
// uid), looking again until none is left, so a fork in between does not escape: a login keeps the
// groups it started with, so losing a group means losing the login. Returns how many ended.
int endProcessesOf(uid_t uid);

} // namespace mws::host
