// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/inventory.h"

#include <QString>

#include <memory>
#include <vector>

namespace mws::demo {

// A small fleet for the staff console of the demo stack: two private libvirtds (the tests'
// LibvirtDaemon, libvirt's test driver) as the hypervisors of one pair, each with a few VMs named
// as a hosting service names them, and one web host with a history of snapshots. The domains are
// defined over a connection held open for the fleet's life, as the tests' FleetHost does, so that
// the daemon keeps them.
class DemoFleet
{
public:
    DemoFleet();
    ~DemoFleet();
    DemoFleet(const DemoFleet &) = delete;
    DemoFleet &operator=(const DemoFleet &) = delete;

    static bool isPossible(QString *why);
    bool start(QString *error);
    // The panel's inventory of it: one cluster, its two hypervisors, which VM is which host.
    model::Inventory inventory() const;

private:
    struct Host;
    std::vector<std::unique_ptr<Host>> m_hosts;
};

} // namespace mws::demo
