#include "staff/hypervisorconnection.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <mutex>

namespace mws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::HypervisorConnection", text);
}

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

QString lastLibvirtError()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QString();
}

DomainInfo::State toState(unsigned char state)
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

} // namespace

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

struct HypervisorConnection::Private
{
    virConnectPtr connection = nullptr;
};

HypervisorConnection::HypervisorConnection(std::unique_ptr<Private> dd) : d(std::move(dd)) {}

HypervisorConnection::~HypervisorConnection()
{
    if (d && d->connection)
        virConnectClose(d->connection);
}

Result<std::unique_ptr<HypervisorConnection>> HypervisorConnection::open(const QString &uri)
{
    silenceLibvirtErrors();
    const QByteArray uriBytes = uri.toUtf8();
    virConnectPtr connection = virConnectOpen(uriBytes.constData());
    if (!connection) {
        return Error::make(Error::Kind::Network, tr("Could not connect to the hypervisor at %1.").arg(uri),
                           lastLibvirtError());
    }
    auto d = std::make_unique<Private>();
    d->connection = connection;
    return std::unique_ptr<HypervisorConnection>(new HypervisorConnection(std::move(d)));
}

QString HypervisorConnection::uri() const
{
    char *uri = virConnectGetURI(d->connection);
    const QString result = uri ? QString::fromUtf8(uri) : QString();
    free(uri);
    return result;
}

QString HypervisorConnection::hostName() const
{
    char *name = virConnectGetHostname(d->connection);
    const QString result = name ? QString::fromUtf8(name) : QString();
    free(name);
    return result;
}

Result<QList<DomainInfo>> HypervisorConnection::domains() const
{
    virDomainPtr *list = nullptr;
    const int count = virConnectListAllDomains(d->connection, &list, 0);
    if (count < 0)
        return Error::make(Error::Kind::Backend, tr("Could not list the virtual machines."),
                           lastLibvirtError());

    QList<DomainInfo> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        virDomainPtr domain = list[i];
        DomainInfo info;
        info.name = QString::fromUtf8(virDomainGetName(domain));
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(domain, uuid) == 0)
            info.uuid = QUuid::fromString(QLatin1String(uuid));
        virDomainInfo raw{};
        if (virDomainGetInfo(domain, &raw) == 0) {
            info.state = toState(raw.state);
            info.memoryKiB = raw.memory;
            info.virtualCpus = raw.nrVirtCpu;
        }
        result.append(info);
        virDomainFree(domain);
    }
    free(list);
    return result;
}

} // namespace mws
