// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A cgroup's bind filter: a small eBPF program, attached to a cgroup for IPv4 and IPv6, that
// refuses bind() to any port of a range except one. Written as plain instructions through the
// bpf(2) system call, so it needs no compiler for BPF and no library at run time.

#include "util/result.h"

namespace mws::host {

struct BindRule
{
    int firstPort = 0; // the range kept for sites' backends
    int lastPort = 0;
    int ownPort = 0; // the one port of the range this cgroup's processes may bind
};

// Attaches (or replaces) the filter on the cgroup open at cgroupFd.
Status attachBindFilter(int cgroupFd, const BindRule &rule);

} // namespace mws::host
