// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// HypervisorConnection's work on domains: the bulk listing, lifecycle events, actions and
// snapshots. Everything here but the event callback runs on the connection's worker thread.

#include "staff/hypervisorconnection_p.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>
#include <memory>

namespace mws {

namespace {

struct ActionNames
{
    Q_DECLARE_TR_FUNCTIONS(mws::HypervisorConnection)
};

struct DomainFree
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};
using DomainHandle = std::unique_ptr<virDomain, DomainFree>;

struct SnapshotFree
{
    void operator()(virDomainSnapshotPtr snapshot) const { virDomainSnapshotFree(snapshot); }
};
using SnapshotHandle = std::unique_ptr<virDomainSnapshot, SnapshotFree>;

DomainEvent::Kind toKind(int event)
{
    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED:
        return DomainEvent::Kind::Defined;
    case VIR_DOMAIN_EVENT_UNDEFINED:
        return DomainEvent::Kind::Undefined;
    case VIR_DOMAIN_EVENT_STARTED:
        return DomainEvent::Kind::Started;
    case VIR_DOMAIN_EVENT_SUSPENDED:
        return DomainEvent::Kind::Suspended;
    case VIR_DOMAIN_EVENT_RESUMED:
        return DomainEvent::Kind::Resumed;
    case VIR_DOMAIN_EVENT_STOPPED:
        return DomainEvent::Kind::Stopped;
    case VIR_DOMAIN_EVENT_SHUTDOWN:
        return DomainEvent::Kind::Shutdown;
    case VIR_DOMAIN_EVENT_PMSUSPENDED:
        return DomainEvent::Kind::PMSuspended;
    case VIR_DOMAIN_EVENT_CRASHED:
        return DomainEvent::Kind::Crashed;
    default:
        return DomainEvent::Kind::Other;
    }
}

QUuid uuidOf(virDomainPtr domain)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    return virDomainGetUUIDString(domain, uuid) == 0 ? QUuid::fromString(QLatin1String(uuid)) : QUuid();
}

// Runs on libvirt's event thread. Name and UUID are held by the handle: no round trip.
int lifecycleEvent(virConnectPtr, virDomainPtr domain, int event, int detail, void *opaque)
{
    auto *connection = static_cast<HypervisorConnection *>(opaque);
    DomainEvent change;
    change.name = QString::fromUtf8(virDomainGetName(domain));
    change.uuid = uuidOf(domain);
    change.kind = toKind(event);
    change.detail = detail;
    // Deregistered before the connection object goes (Private::close), so it is still here.
    QMetaObject::invokeMethod(
        connection, [connection, change] { Q_EMIT connection->domainChanged(change); }, Qt::QueuedConnection);
    return 0;
}

DomainInfo fromRecord(const virDomainStatsRecord &record)
{
    DomainInfo info;
    info.name = QString::fromUtf8(virDomainGetName(record.dom));
    info.uuid = uuidOf(record.dom);
    int state = 0;
    if (virTypedParamsGetInt(record.params, record.nparams, "state.state", &state) == 1)
        info.state = libvirt::toState(state);
    unsigned long long value = 0;
    if (virTypedParamsGetULLong(record.params, record.nparams, "cpu.time", &value) == 1) {
        info.cpuTimeNs = value;
        info.hasCpuTime = true;
    }
    unsigned int vcpus = 0;
    if (virTypedParamsGetUInt(record.params, record.nparams, "vcpu.current", &vcpus) == 1)
        info.virtualCpus = int(vcpus);
    if (virTypedParamsGetULLong(record.params, record.nparams, "balloon.current", &value) == 1)
        info.memoryKiB = value;
    if (virTypedParamsGetULLong(record.params, record.nparams, "balloon.maximum", &value) == 1)
        info.maxMemoryKiB = value;
    return info;
}

} // namespace

QString actionName(DomainAction action)
{
    switch (action) {
    case DomainAction::Start:
        return ActionNames::tr("start");
    case DomainAction::Shutdown:
        return ActionNames::tr("shut down");
    case DomainAction::Reboot:
        return ActionNames::tr("reboot");
    case DomainAction::Reset:
        return ActionNames::tr("reset");
    case DomainAction::Destroy:
        return ActionNames::tr("force off");
    case DomainAction::Suspend:
        return ActionNames::tr("suspend");
    case DomainAction::Resume:
        return ActionNames::tr("resume");
    }
    return {};
}

void HypervisorConnection::Private::registerEvents()
{
    // Without it the connection still works; the fleet's periodic refresh catches up.
    lifecycleCallback =
        virConnectDomainEventRegisterAny(connection, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                         VIR_DOMAIN_EVENT_CALLBACK(&lifecycleEvent), q, nullptr);
}

void HypervisorConnection::Private::deregisterEvents()
{
    if (lifecycleCallback >= 0)
        virConnectDomainEventDeregisterAny(connection, lifecycleCallback);
    lifecycleCallback = -1;
}

Result<QList<DomainInfo>> HypervisorConnection::Private::domainStats() const
{
    if (!connection)
        return libvirt::notConnected();
    // Groups a driver does not have are left out silently (no ENFORCE_STATS flag).
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_VCPU |
                                VIR_DOMAIN_STATS_BALLOON;
    virDomainStatsRecordPtr *records = nullptr;
    const int count = virConnectGetAllDomainStats(connection, groups, &records, 0);
    if (count < 0)
        return failure(HypervisorConnection::tr("Could not list the virtual machines."));
    QList<DomainInfo> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result.append(fromRecord(*records[i]));
    virDomainStatsRecordListFree(records);
    return result;
}

namespace {

// Whole sentences, so that each language can word them its own way.
QString actionFailed(DomainAction action, const QString &domain)
{
    switch (action) {
    case DomainAction::Start:
        return ActionNames::tr("Could not start %1.").arg(domain);
    case DomainAction::Shutdown:
        return ActionNames::tr("Could not shut down %1.").arg(domain);
    case DomainAction::Reboot:
        return ActionNames::tr("Could not reboot %1.").arg(domain);
    case DomainAction::Reset:
        return ActionNames::tr("Could not reset %1.").arg(domain);
    case DomainAction::Destroy:
        return ActionNames::tr("Could not force off %1.").arg(domain);
    case DomainAction::Suspend:
        return ActionNames::tr("Could not suspend %1.").arg(domain);
    case DomainAction::Resume:
        return ActionNames::tr("Could not resume %1.").arg(domain);
    }
    return {};
}

int run(virDomainPtr domain, DomainAction action)
{
    switch (action) {
    case DomainAction::Start:
        return virDomainCreate(domain);
    case DomainAction::Shutdown:
        return virDomainShutdown(domain);
    case DomainAction::Reboot:
        return virDomainReboot(domain, 0);
    case DomainAction::Reset:
        return virDomainReset(domain, 0);
    case DomainAction::Destroy:
        return virDomainDestroy(domain);
    case DomainAction::Suspend:
        return virDomainSuspend(domain);
    case DomainAction::Resume:
        return virDomainResume(domain);
    }
    return -1;
}

} // namespace

Result<virDomainPtr> HypervisorConnection::Private::find(const QUuid &uuid) const
{
    if (!connection)
        return libvirt::notConnected();
    const QByteArray text = uuid.toString(QUuid::WithoutBraces).toLatin1();
    virDomainPtr domain = virDomainLookupByUUIDString(connection, text.constData());
    if (!domain)
        return failure(HypervisorConnection::tr("There is no virtual machine %1 on this hypervisor.")
                           .arg(QLatin1String(text)));
    return domain;
}

Result<virDomainSnapshotPtr> HypervisorConnection::Private::findSnapshot(const QUuid &uuid,
                                                                         const QString &name) const
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    DomainHandle domain(found.value());
    // Every libvirt call clears the last error, even virDomainGetName(): read it before.
    const QString domainName = QString::fromUtf8(virDomainGetName(domain.get()));
    const QByteArray bytes = name.toUtf8();
    virDomainSnapshotPtr snapshot = virDomainSnapshotLookupByName(domain.get(), bytes.constData(), 0);
    if (!snapshot)
        return failure(HypervisorConnection::tr("There is no snapshot %1 of %2.").arg(name, domainName));
    return snapshot;
}

Status HypervisorConnection::Private::perform(const QUuid &uuid, DomainAction action) const
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    const DomainHandle domain(found.value());
    const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
    if (run(domain.get(), action) < 0)
        return failure(actionFailed(action, name));
    return {};
}

Result<QString> HypervisorConnection::Private::domainXml(const QUuid &uuid) const
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    const DomainHandle domain(found.value());
    const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
    char *xml = virDomainGetXMLDesc(domain.get(), 0); // no VIR_DOMAIN_XML_SECURE: no passwords
    if (!xml)
        return failure(HypervisorConnection::tr("Could not read the definition of %1.").arg(name));
    const QString result = QString::fromUtf8(xml);
    free(xml);
    return result;
}

namespace {

// What a snapshot's own XML says of it (<domainsnapshot>): its parent, description, state and
// time. The domain definition it carries is skipped.
void readSnapshotXml(const QString &xml, SnapshotInfo &info)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("domainsnapshot"))
        return;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("description")) {
            info.description = reader.readElementText();
        } else if (name == QLatin1String("state")) {
            info.state = reader.readElementText();
        } else if (name == QLatin1String("creationTime")) {
            const qint64 seconds = reader.readElementText().toLongLong();
            info.created = seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC) : QDateTime();
        } else if (name == QLatin1String("parent")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("name"))
                    info.parent = reader.readElementText();
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
}

} // namespace

Result<QList<SnapshotInfo>> HypervisorConnection::Private::snapshots(const QUuid &uuid) const
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    const DomainHandle domain(found.value());
    virDomainSnapshotPtr *list = nullptr;
    // Topological: a parent comes before its children, so a tree can be built in one pass.
    const int count = virDomainListAllSnapshots(domain.get(), &list, VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL);
    if (count < 0)
        return failure(HypervisorConnection::tr("Could not list the snapshots."));
    QList<SnapshotInfo> result;
    for (int i = 0; i < count; ++i) {
        SnapshotHandle snapshot(list[i]);
        SnapshotInfo info;
        info.name = QString::fromUtf8(virDomainSnapshotGetName(snapshot.get()));
        // One round trip for the parent, description and time together.
        if (char *xml = virDomainSnapshotGetXMLDesc(snapshot.get(), 0)) {
            readSnapshotXml(QString::fromUtf8(xml), info);
            free(xml);
        }
        info.current = virDomainSnapshotIsCurrent(snapshot.get(), 0) == 1;
        result.append(info);
    }
    free(list);
    return result;
}

Status HypervisorConnection::Private::createSnapshot(const QUuid &uuid, const QString &name,
                                                     const QString &description) const
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    const DomainHandle domain(found.value());
    const QByteArray xml = QStringLiteral("<domainsnapshot><name>%1</name><description>%2</description>"
                                          "</domainsnapshot>")
                               .arg(name.toHtmlEscaped(), description.toHtmlEscaped())
                               .toUtf8();
    SnapshotHandle snapshot(virDomainSnapshotCreateXML(domain.get(), xml.constData(), 0));
    if (!snapshot)
        return failure(HypervisorConnection::tr("Could not create the snapshot %1.").arg(name));
    return {};
}

Status HypervisorConnection::Private::revertToSnapshot(const QUuid &uuid, const QString &name) const
{
    auto found = findSnapshot(uuid, name);
    if (!found)
        return found.error();
    const SnapshotHandle snapshot(found.value());
    if (virDomainRevertToSnapshot(snapshot.get(), 0) < 0)
        return failure(HypervisorConnection::tr("Could not revert to the snapshot %1.").arg(name));
    return {};
}

Status HypervisorConnection::Private::deleteSnapshot(const QUuid &uuid, const QString &name) const
{
    auto found = findSnapshot(uuid, name);
    if (!found)
        return found.error();
    const SnapshotHandle snapshot(found.value());
    if (virDomainSnapshotDelete(snapshot.get(), 0) < 0)
        return failure(HypervisorConnection::tr("Could not delete the snapshot %1.").arg(name));
    return {};
}

} // namespace mws
