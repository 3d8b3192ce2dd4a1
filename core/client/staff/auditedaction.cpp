// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/auditedaction.h"

#include "api/staffrequest.h"

#include <QCoreApplication>
#include <QPointer>

namespace mws {

namespace {

class AuditedAction
{
    Q_DECLARE_TR_FUNCTIONS(AuditedAction)
};

using Phase = api::StaffClient::Phase;

} // namespace

QList<HypervisorSpec> hypervisorSpecs(const model::Inventory &inventory)
{
    QList<HypervisorSpec> specs;
    for (const model::FleetCluster &cluster : inventory.clusters)
        for (const model::Hypervisor &hypervisor : cluster.hypervisors)
            specs.append({hypervisor.name, cluster.name, hypervisor.uri});
    return specs;
}

QString actionCode(DomainAction action)
{
    switch (action) {
    case DomainAction::Start:
        return QStringLiteral("start");
    case DomainAction::Shutdown:
        return QStringLiteral("shutdown");
    case DomainAction::Reboot:
        return QStringLiteral("reboot");
    case DomainAction::Reset:
        return QStringLiteral("reset");
    case DomainAction::Destroy:
        return QStringLiteral("destroy");
    case DomainAction::Suspend:
        return QStringLiteral("suspend");
    case DomainAction::Resume:
        return QStringLiteral("resume");
    }
    return {};
}

QFuture<Status> performAudited(Fleet &fleet, api::PanelClient &client, const QString &hypervisor,
                               const QUuid &vm, const QString &domain, DomainAction action)
{
    const QString code = actionCode(action);
    QPointer<Fleet> fleetAlive(&fleet);
    QPointer<api::PanelClient> clientAlive(&client);
    return api::StaffClient(client)
        .recordVmAction(hypervisor, domain, code, Phase::Requested)
        .then(&fleet,
              [fleetAlive, hypervisor, vm, action](const Status &requested) {
                  if (!requested.ok() || !fleetAlive)
                      return QtFuture::makeReadyValueFuture(requested);
                  return fleetAlive->perform(hypervisor, vm, action);
              })
        .unwrap()
        .then(&fleet,
              [clientAlive, hypervisor, domain, code](const Status &done) {
                  if (!clientAlive)
                      return QtFuture::makeReadyValueFuture(done);
                  return api::StaffClient(*clientAlive)
                      .recordVmAction(hypervisor, domain, code, done.ok() ? Phase::Succeeded : Phase::Failed,
                                      done.ok() ? QString() : done.error().fullText())
                      .then([done](const Status &recorded) {
                          if (done.ok() && !recorded.ok())
                              return Status(
                                  Error::make(recorded.error().kind,
                                              AuditedAction::tr("Done, but the panel did not record "
                                                                "the result: %1")
                                                  .arg(recorded.error().message)));
                          return done;
                      });
              })
        .unwrap();
}

} // namespace mws
