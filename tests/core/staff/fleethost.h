// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "libvirtdaemon.h"

#include <QStringList>
#include <QUuid>

#include <libvirt/libvirt.h>

namespace mws::test {

// One simulated hypervisor for the fleet's tests and benchmark: a private libvirtd whose test
// driver host is filled with generated domains (test-driver XML, one <domain> each), a quarter
// paused, a quarter shut off, every 25th running one with a snapshot and a child snapshot.
//
// The domains are defined into the daemon's shared default host over a connection the fixture
// holds open, not given as a test:///host.xml file: the test driver gives every connection to a
// file its own private copy, so virsh and the code under test would never see each other's
// changes. Holding the connection keeps the daemon from resetting the host.
class FleetHost
{
public:
    FleetHost(QString name, QString cluster);
    ~FleetHost();
    FleetHost(const FleetHost &) = delete;
    FleetHost &operator=(const FleetHost &) = delete;

    // Starts (or restarts) the daemon and defines `domains` domains on it.
    bool start(int domains, QString *error);
    // Ends the daemon (SIGTERM); start() brings it back on the same socket.
    void terminate();

    QString name() const { return m_name; }
    QString cluster() const { return m_cluster; }
    QString uri() const { return m_daemon.uri(); }

    static QString vmName(const QString &host, int i);
    static QUuid vmUuid(const QString &host, int i);
    // virDomainState the generated domain i starts in: 1 running, 3 paused, 5 shut off.
    static int initialState(int i);
    static bool hasSnapshots(int i);

    // virsh over this daemon's socket: its trimmed output, or "error: …" if it failed.
    QString virsh(const QStringList &arguments) const;

private:
    bool populate(int domains, QString *error);

    QString m_name;
    QString m_cluster;
    LibvirtDaemon m_daemon;
    virConnectPtr m_holder = nullptr;
};

} // namespace mws::test
