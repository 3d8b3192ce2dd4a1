#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace mws {

// A domain (VM) as libvirt reports it.
struct DomainInfo
{
    enum class State
    {
        Unknown,
        Running,
        Blocked,
        Paused,
        ShuttingDown,
        ShutOff,
        Crashed,
        Suspended
    };

    QString name;
    QUuid uuid;
    State state = State::Unknown;
    quint64 memoryKiB = 0;
    int virtualCpus = 0;
};

QString stateName(DomainInfo::State state);

// One libvirt connection. Its calls block, so it lives on a worker thread of its own in the app;
// tests may use it directly.
class HypervisorConnection
{
public:
    static Result<std::unique_ptr<HypervisorConnection>> open(const QString &uri);
    ~HypervisorConnection();

    HypervisorConnection(const HypervisorConnection &) = delete;
    HypervisorConnection &operator=(const HypervisorConnection &) = delete;

    QString uri() const;
    QString hostName() const;
    Result<QList<DomainInfo>> domains() const;

private:
    struct Private;
    explicit HypervisorConnection(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace mws
