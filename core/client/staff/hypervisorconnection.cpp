// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/hypervisorconnection.h"

#include "staff/hypervisorconnection_p.h"
#include "staff/libvirtevents.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <mutex>

namespace mws {

namespace {

// The state names are in the class's translation context too; lupdate would file a plain tr() in
// a free function under "mws".
struct StateNames
{
    Q_DECLARE_TR_FUNCTIONS(mws::HypervisorConnection)
};

// libvirt prints every error to stderr unless told otherwise; we report errors as values.
void silenceLibvirtErrors()
{
    static std::once_flag once;
    std::call_once(once, [] { virSetErrorFunc(nullptr, [](void *, virErrorPtr) {}); });
}

} // namespace

QString libvirt::lastError()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QString();
}

DomainInfo::State libvirt::toState(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
        return DomainInfo::State::Running;
    case VIR_DOMAIN_BLOCKED:
        return DomainInfo::State::Blocked;
    case VIR_DOMAIN_PAUSED:
        return DomainInfo::State::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return DomainInfo::State::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF:
        return DomainInfo::State::ShutOff;
    case VIR_DOMAIN_CRASHED:
        return DomainInfo::State::Crashed;
    case VIR_DOMAIN_PMSUSPENDED:
        return DomainInfo::State::Suspended;
    default:
        return DomainInfo::State::Unknown;
    }
}

QString stateName(DomainInfo::State state)
{
    switch (state) {
    case DomainInfo::State::Running:
        return StateNames::tr("running");
    case DomainInfo::State::Blocked:
        return StateNames::tr("blocked");
    case DomainInfo::State::Paused:
        return StateNames::tr("paused");
    case DomainInfo::State::ShuttingDown:
        return StateNames::tr("shutting down");
    case DomainInfo::State::ShutOff:
        return StateNames::tr("shut off");
    case DomainInfo::State::Crashed:
        return StateNames::tr("crashed");
    case DomainInfo::State::Suspended:
        return StateNames::tr("suspended");
    case DomainInfo::State::Unknown:
        break;
    }
    return StateNames::tr("unknown");
}

Error libvirt::notConnected()
{
    return Error::make(Error::Kind::Unavailable,
                       HypervisorConnection::tr("Not connected to the hypervisor."));
}

namespace {

// Runs on libvirt's event thread.
void connectionClosed(virConnectPtr, int reason, void *opaque)
{
    auto *connection = static_cast<HypervisorConnection *>(opaque);
    const auto lost = reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE
                          ? HypervisorConnection::LostReason::NotAnswering
                          : HypervisorConnection::LostReason::Closed;
    // Unregistered before the connection object goes (Private::close), so it is still here.
    QMetaObject::invokeMethod(
        connection, [connection, lost] { Q_EMIT connection->disconnected(lost); }, Qt::QueuedConnection);
}

DomainInfo describe(virDomainPtr domain)
{
    DomainInfo info;
    info.name = QString::fromUtf8(virDomainGetName(domain));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, uuid) == 0)
        info.uuid = QUuid::fromString(QLatin1String(uuid));
    virDomainInfo raw{};
    if (virDomainGetInfo(domain, &raw) == 0) {
        info.state = libvirt::toState(raw.state);
        info.memoryKiB = raw.memory;
        info.virtualCpus = raw.nrVirtCpu;
    }
    return info;
}

} // namespace

Status HypervisorConnection::Private::open()
{
    if (connection)
        return {};
    silenceLibvirtErrors();
    const QByteArray uriBytes = requestedUri.toUtf8();
    connection = virConnectOpen(uriBytes.constData());
    if (!connection) {
        return Error::make(
            Error::Kind::Network,
            HypervisorConnection::tr("Could not connect to the hypervisor at %1.").arg(requestedUri),
            libvirt::lastError());
    }
    // Only remote connections have keepalive; local drivers refuse it, which is fine.
    virConnectSetKeepAlive(connection, options.keepAliveIntervalSeconds, options.keepAliveCount);
    virConnectRegisterCloseCallback(connection, &connectionClosed, q, nullptr);
    registerEvents();
    return {};
}

void HypervisorConnection::Private::close()
{
    if (!connection)
        return;
    deregisterEvents();
    virConnectUnregisterCloseCallback(connection, &connectionClosed);
    virConnectClose(connection);
    connection = nullptr;
}

Error HypervisorConnection::Private::failure(const QString &message) const
{
    const QString reason = libvirt::lastError(); // before virConnectIsAlive() resets it
    const int code = virGetLastErrorCode();
    // A daemon that went away or stopped answering is a network problem, not libvirt's.
    if (virConnectIsAlive(connection) != 1)
        return Error::make(Error::Kind::Network, message, reason);
    switch (code) {
    case VIR_ERR_NO_DOMAIN:
    case VIR_ERR_NO_DOMAIN_SNAPSHOT:
        return Error::make(Error::Kind::NotFound, message, reason);
    case VIR_ERR_OPERATION_INVALID: // e.g. shutting down a domain that is not running
        return Error::make(Error::Kind::Conflict, message, reason);
    default:
        return Error::make(Error::Kind::Backend, message, reason);
    }
}

QString HypervisorConnection::Private::uri() const
{
    char *uri = connection ? virConnectGetURI(connection) : nullptr;
    const QString result = uri ? QString::fromUtf8(uri) : QString();
    free(uri);
    return result;
}

QString HypervisorConnection::Private::hostName() const
{
    char *name = connection ? virConnectGetHostname(connection) : nullptr;
    const QString result = name ? QString::fromUtf8(name) : QString();
    free(name);
    return result;
}

void HypervisorConnection::Private::listDomains(QPromise<Result<QList<DomainInfo>>> &promise) const
{
    if (!connection) {
        promise.addResult(libvirt::notConnected());
        return;
    }
    virDomainPtr *list = nullptr;
    const int count = virConnectListAllDomains(connection, &list, 0);
    if (count < 0) {
        promise.addResult(failure(HypervisorConnection::tr("Could not list the virtual machines.")));
        return;
    }
    promise.setProgressRange(0, count);
    QList<DomainInfo> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Each domain's details are a round trip of their own: a cancelled listing stops here.
        if (!promise.isCanceled()) {
            result.append(describe(list[i]));
            promise.setProgressValue(i + 1);
        }
        virDomainFree(list[i]);
    }
    free(list);
    if (!promise.isCanceled())
        promise.addResult(std::move(result));
}

HypervisorConnection::HypervisorConnection(const QString &uri, QObject *parent)
    : HypervisorConnection(uri, Options{}, parent)
{}

HypervisorConnection::HypervisorConnection(const QString &uri, Options options, QObject *parent)
    : QObject(parent)
{
    libvirtevents::start(); // before the first connection opens, as libvirt requires
    d = std::make_unique<Private>(this, uri, options);
}

HypervisorConnection::~HypervisorConnection()
{
    // Joined here, while this object is whole: a close callback may still be posting to it.
    d->worker.stop();
}

QString HypervisorConnection::requestedUri() const
{
    return d->requestedUri;
}

QFuture<Status> HypervisorConnection::open()
{
    return d->worker.call([state = d.get()] { return state->open(); });
}

QFuture<QString> HypervisorConnection::uri()
{
    return d->worker.call([state = d.get()] { return state->uri(); });
}

QFuture<QString> HypervisorConnection::hostName()
{
    return d->worker.call([state = d.get()] { return state->hostName(); });
}

QFuture<Result<QList<DomainInfo>>> HypervisorConnection::domainStats()
{
    return d->worker.call([state = d.get()] { return state->domainStats(); });
}

QFuture<Status> HypervisorConnection::perform(const QUuid &domain, DomainAction action)
{
    return d->worker.call([state = d.get(), domain, action] { return state->perform(domain, action); });
}

QFuture<Result<QString>> HypervisorConnection::domainXml(const QUuid &domain)
{
    return d->worker.call([state = d.get(), domain] { return state->domainXml(domain); });
}

QFuture<Result<QList<SnapshotInfo>>> HypervisorConnection::snapshots(const QUuid &domain)
{
    return d->worker.call([state = d.get(), domain] { return state->snapshots(domain); });
}

QFuture<Status> HypervisorConnection::createSnapshot(const QUuid &domain, const QString &name,
                                                     const QString &description)
{
    return d->worker.call([state = d.get(), domain, name, description] {
        return state->createSnapshot(domain, name, description);
    });
}

QFuture<Status> HypervisorConnection::revertToSnapshot(const QUuid &domain, const QString &snapshot)
{
    return d->worker.call(
        [state = d.get(), domain, snapshot] { return state->revertToSnapshot(domain, snapshot); });
}

QFuture<Status> HypervisorConnection::deleteSnapshot(const QUuid &domain, const QString &snapshot)
{
    return d->worker.call(
        [state = d.get(), domain, snapshot] { return state->deleteSnapshot(domain, snapshot); });
}

QFuture<Result<QList<DomainInfo>>> HypervisorConnection::domains()
{
    return d->worker.callWithPromise<Result<QList<DomainInfo>>>(
        [state = d.get()](QPromise<Result<QList<DomainInfo>>> &promise) { state->listDomains(promise); });
}

} // namespace mws
