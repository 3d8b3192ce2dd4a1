// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fleethost.h"

#include "staff/libvirtevents.h"

#include <QProcess>

#include <libvirt/virterror.h>

namespace mws::test {

namespace {

QString libvirtError()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QString();
}

QByteArray domainXml(const QString &host, int i)
{
    return QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid>"
                          "<memory unit='MiB'>%3</memory><vcpu>%4</vcpu><os><type>hvm</type></os></domain>")
        .arg(FleetHost::vmName(host, i), FleetHost::vmUuid(host, i).toString(QUuid::WithoutBraces))
        .arg(256 * (1 + i % 4))
        .arg(1 + i % 3)
        .toUtf8();
}

bool snapshot(virDomainPtr domain, const char *xml)
{
    virDomainSnapshotPtr made = virDomainSnapshotCreateXML(domain, xml, 0);
    if (made)
        virDomainSnapshotFree(made);
    return made != nullptr;
}

// Defines domain i and brings it into its initial state.
bool addDomain(virConnectPtr connection, const QString &host, int i)
{
    const QByteArray xml = domainXml(host, i);
    virDomainPtr domain = virDomainDefineXML(connection, xml.constData());
    if (!domain)
        return false;
    bool ok = true;
    if (FleetHost::initialState(i) != VIR_DOMAIN_SHUTOFF)
        ok = virDomainCreate(domain) == 0;
    if (ok && FleetHost::hasSnapshots(i)) {
        ok = snapshot(domain, "<domainsnapshot><name>base</name></domainsnapshot>") &&
             snapshot(domain, "<domainsnapshot><name>upgraded</name></domainsnapshot>");
    }
    if (ok && FleetHost::initialState(i) == VIR_DOMAIN_PAUSED)
        ok = virDomainSuspend(domain) == 0;
    virDomainFree(domain);
    return ok;
}

} // namespace

FleetHost::FleetHost(QString name, QString cluster) : m_name(std::move(name)), m_cluster(std::move(cluster))
{}

FleetHost::~FleetHost()
{
    terminate();
}

QString FleetHost::vmName(const QString &host, int i)
{
    return QStringLiteral("%1-vm-%2").arg(host).arg(i, 4, 10, QLatin1Char('0'));
}

QUuid FleetHost::vmUuid(const QString &host, int i)
{
    static const QUuid space(QStringLiteral("6f1c2a40-8d1e-4c55-9a0e-3b7d5e2f9a11"));
    return QUuid::createUuidV5(space, vmName(host, i));
}

int FleetHost::initialState(int i)
{
    switch (i % 4) {
    case 1:
        return VIR_DOMAIN_PAUSED;
    case 2:
        return VIR_DOMAIN_SHUTOFF;
    default:
        return VIR_DOMAIN_RUNNING;
    }
}

bool FleetHost::hasSnapshots(int i)
{
    return i % 25 == 0;
}

bool FleetHost::start(int domains, QString *error)
{
    mws::libvirtevents::start(); // before this process's first connection, as libvirt requires
    if (!m_daemon.start(error))
        return false;
    return populate(domains, error);
}

bool FleetHost::populate(int domains, QString *error)
{
    const QByteArray uri = m_daemon.uri().toUtf8();
    m_holder = virConnectOpen(uri.constData());
    if (!m_holder) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(m_daemon.uri(), libvirtError());
        return false;
    }
    // The default host's own domain goes, so the host has the generated ones only.
    if (virDomainPtr builtIn = virDomainLookupByName(m_holder, "test")) {
        virDomainDestroy(builtIn);
        virDomainUndefine(builtIn);
        virDomainFree(builtIn);
    }
    for (int i = 0; i < domains; ++i) {
        if (!addDomain(m_holder, m_name, i)) {
            *error = QStringLiteral("cannot set up %1: %2").arg(vmName(m_name, i), libvirtError());
            return false;
        }
    }
    return true;
}

void FleetHost::terminate()
{
    m_daemon.terminate();
    if (m_holder)
        virConnectClose(m_holder);
    m_holder = nullptr;
}

QString FleetHost::virsh(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral("virsh"),
                  QStringList{QStringLiteral("-q"), QStringLiteral("-c"), uri()} + arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("error: virsh did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("error: ") + QString::fromUtf8(process.readAllStandardError()).trimmed();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace mws::test
