// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A cgroup's bind filter: a small eBPF program, attached to a cgroup for IPv4 and IPv6, that
// refuses bind() to any port of a range except one. Written as plain instructions through the
// bpf(2) system call, so it needs no compiler for BPF and no library at run time.

#include "util/result.h"

#include <QString>

namespace mws::host {

struct BindRule
{
    int firstPort = 0; // the range kept for sites' backends
    int lastPort = 0;
    int ownPort = 0; // the one port of the range this cgroup's processes may bind
};

// Attaches (or replaces) the filter on the cgroup open at cgroupFd.
Status attachBindFilter(int cgroupFd, const BindRule &rule);

// The people's filter: a process whose user is a person's (uid in [firstUid, lastUid]) may bind
// no port of the sites' range, wherever it runs. It is keyed on the user, not on the cgroup, so it
// can sit high in the tree (the whole host) beside other programs: sshd puts a login wherever the
// host's session manager says, and a person's processes must be held back in all of them.
struct PeopleBindRule
{
    int firstPort = 0; // the range kept for sites' backends
    int lastPort = 0;
    qint64 firstUid = 0; // the people's accounts
    qint64 lastUid = 0;
    bool operator==(const PeopleBindRule &) const = default;
};

// What was attached, kept by the caller (in a root-owned file) for the next start: programs stay
// attached after the panel ends, so a person cannot take a port while it restarts.
struct PeopleFilterIds
{
    quint32 bind4 = 0; // the kernel's program ids
    quint32 bind6 = 0;
    PeopleBindRule rule;
    QString problem; // an earlier filter that could not be taken off (not an error: it only refuses)
};

// Attaches it to the cgroup open at cgroupFd beside what else is there (BPF_F_ALLOW_MULTI). What
// `before` names is kept if it is still attached with the same rule, and otherwise replaced.
Result<PeopleFilterIds> attachPeopleBindFilter(int cgroupFd, const PeopleBindRule &rule,
                                               const PeopleFilterIds &before);

} // namespace mws::host
