// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demofleet.h"

#include "libvirtdaemon.h"
#include "staff/libvirtevents.h"
#include "util/clock.h"

#include <QUuid>

#include <iterator>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace mws::demo {

namespace {

struct DemoVm
{
    const char *hypervisor;
    const char *name;
    int vcpus;
    int memoryMiB;
    int state; // virDomainState: 1 running, 3 paused, 5 shut off
};

const DemoVm demoVms[] = {
    {"hv-a1", "web1", 2, 4096, VIR_DOMAIN_RUNNING}, {"hv-a1", "web2", 2, 4096, VIR_DOMAIN_RUNNING},
    {"hv-a1", "db1", 4, 8192, VIR_DOMAIN_RUNNING},  {"hv-a1", "build1", 4, 4096, VIR_DOMAIN_SHUTOFF},
    {"hv-a2", "web3", 2, 4096, VIR_DOMAIN_RUNNING}, {"hv-a2", "web4", 2, 4096, VIR_DOMAIN_PAUSED},
    {"hv-a2", "db2", 4, 8192, VIR_DOMAIN_RUNNING},  {"hv-a2", "staging", 1, 2048, VIR_DOMAIN_SHUTOFF},
};

// web1's history: each snapshot's name, parent, description and age in hours.
struct DemoSnapshot
{
    const char *name;
    const char *parent;
    const char *description;
    int hoursAgo;
};

const DemoSnapshot web1Snapshots[] = {
    {"installed", nullptr, "Debian 12 as installed, before any site", 24 * 200},
    {"before-debian-13", "installed", "Before the upgrade to Debian 13", 24 * 40},
    {"debian-13", "before-debian-13", "Upgraded; Apache and PHP-FPM checked", 24 * 39},
    {"before-php-8.4", "debian-13", "Before PHP 8.4 for every site", 26},
    {"php-8.3-kept", "before-debian-13", "Rolled back: PHP 8.3 kept for the old sites", 24 * 38},
};

QString libvirtError()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QString();
}

QString domainXml(const DemoVm &vm, const QString &uuid)
{
    return QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid>"
                          "<description>%1.mws.example: %3</description>"
                          "<memory unit='MiB'>%4</memory><vcpu>%5</vcpu>"
                          "<os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>"
                          "<devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                          "<source file='/var/lib/libvirt/images/%1.qcow2'/><target dev='vda' bus='virtio'/>"
                          "</disk><interface type='network'><source network='default'/>"
                          "<model type='virtio'/></interface></devices></domain>")
        .arg(QLatin1String(vm.name), uuid,
             QLatin1String(QByteArray(vm.name).startsWith("db") ? "MariaDB for the sites"
                                                                : "Apache and PHP-FPM for the sites"))
        .arg(vm.memoryMiB)
        .arg(vm.vcpus);
}

} // namespace

struct DemoFleet::Host
{
    QString name;
    test::LibvirtDaemon daemon;
    virConnectPtr holder = nullptr;

    ~Host()
    {
        if (holder)
            virConnectClose(holder);
    }
};

DemoFleet::DemoFleet() = default;
DemoFleet::~DemoFleet() = default;

bool DemoFleet::isPossible(QString *why)
{
    return test::LibvirtDaemon::isAvailable(why);
}

namespace {

// Redefined rather than taken, so that each has the time and parent of a real history.
bool addSnapshots(virDomainPtr domain, const QString &definition, QString *error)
{
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const int count = int(std::size(web1Snapshots));
    for (int i = 0; i < count; ++i) {
        const DemoSnapshot &snapshot = web1Snapshots[i];
        const QString parent =
            snapshot.parent
                ? QStringLiteral("<parent><name>%1</name></parent>").arg(QLatin1String(snapshot.parent))
                : QString();
        const QByteArray xml = QStringLiteral("<domainsnapshot><name>%1</name><description>%2</description>"
                                              "<state>running</state><creationTime>%3</creationTime>%4%5"
                                              "</domainsnapshot>")
                                   .arg(QLatin1String(snapshot.name), QLatin1String(snapshot.description))
                                   .arg(now - qint64(snapshot.hoursAgo) * 3600)
                                   .arg(parent, definition)
                                   .toUtf8();
        // The newest of the line the VM runs on is the current one.
        const unsigned flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE |
                               (i == 3 ? unsigned(VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT) : 0u);
        virDomainSnapshotPtr made = virDomainSnapshotCreateXML(domain, xml.constData(), flags);
        if (!made) {
            *error = QStringLiteral("cannot add the snapshot %1: %2")
                         .arg(QLatin1String(snapshot.name), libvirtError());
            return false;
        }
        virDomainSnapshotFree(made);
    }
    return true;
}

bool addVm(virConnectPtr connection, const DemoVm &vm, QString *error)
{
    static const QUuid space(QStringLiteral("0b6f3a52-5d8e-4f8a-9a43-7c1e2d9b6a10"));
    const QString uuid = QUuid::createUuidV5(space, QLatin1String(vm.name)).toString(QUuid::WithoutBraces);
    const QString definition = domainXml(vm, uuid);
    const QByteArray xml = definition.toUtf8();
    virDomainPtr domain = virDomainDefineXML(connection, xml.constData());
    bool ok = domain != nullptr;
    if (ok && vm.state != VIR_DOMAIN_SHUTOFF)
        ok = virDomainCreate(domain) == 0;
    if (ok && vm.state == VIR_DOMAIN_PAUSED)
        ok = virDomainSuspend(domain) == 0;
    if (!ok)
        *error = QStringLiteral("cannot set up %1: %2").arg(QLatin1String(vm.name), libvirtError());
    if (ok && qstrcmp(vm.name, "web1") == 0)
        ok = addSnapshots(domain, definition, error);
    if (domain)
        virDomainFree(domain);
    return ok;
}

} // namespace

bool DemoFleet::start(QString *error)
{
    libvirtevents::start(); // before this process's first connection, as libvirt requires
    for (const char *name : {"hv-a1", "hv-a2"}) {
        auto host = std::make_unique<Host>();
        host->name = QLatin1String(name);
        if (!host->daemon.start(error))
            return false;
        const QByteArray uri = host->daemon.uri().toUtf8();
        host->holder = virConnectOpen(uri.constData());
        if (!host->holder) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(host->daemon.uri(), libvirtError());
            return false;
        }
        // The test driver's own domain goes: the hypervisor has the demo's VMs only.
        if (virDomainPtr builtIn = virDomainLookupByName(host->holder, "test")) {
            virDomainDestroy(builtIn);
            virDomainUndefine(builtIn);
            virDomainFree(builtIn);
        }
        for (const DemoVm &vm : demoVms)
            if (host->name == QLatin1String(vm.hypervisor) && !addVm(host->holder, vm, error))
                return false;
        m_hosts.push_back(std::move(host));
    }
    return true;
}

model::Inventory DemoFleet::inventory() const
{
    model::Inventory inventory;
    model::FleetCluster cluster{QStringLiteral("pair-a"), QStringLiteral("libvirt"), {}};
    for (const auto &host : m_hosts)
        cluster.hypervisors.append({host->name, host->daemon.uri()});
    inventory.clusters = {cluster};
    for (const DemoVm &vm : demoVms)
        inventory.hosts.append(
            {QLatin1String(vm.name), QLatin1String(vm.hypervisor), QLatin1String(vm.name)});
    return inventory;
}

} // namespace mws::demo
