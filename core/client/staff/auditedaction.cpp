// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/auditedaction.h"

#include "api/staffrequest.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

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

namespace {

// Records `code` as requested, runs `act` if the panel recorded it, then records the result. The
// detail, if any, goes into every record; a failure's reason follows it.
QFuture<Status> audited(QObject *context, api::PanelClient &client, const QString &hypervisor,
                        const QString &domain, const QString &code, const QString &detail,
                        std::function<QFuture<Status>()> act)
{
    QPointer<QObject> contextAlive(context);
    QPointer<api::PanelClient> clientAlive(&client);
    return api::StaffClient(client)
        .recordVmAction(hypervisor, domain, code, Phase::Requested, detail)
        .then(context,
              [contextAlive, act = std::move(act)](const Status &requested) {
                  if (!requested.ok() || !contextAlive)
                      return QtFuture::makeReadyValueFuture(requested);
                  return act();
              })
        .unwrap()
        .then(context,
              [clientAlive, hypervisor, domain, code, detail](const Status &done) {
                  if (!clientAlive)
                      return QtFuture::makeReadyValueFuture(done);
                  QStringList said;
                  if (!detail.isEmpty())
                      said << detail;
                  if (!done.ok())
                      said << done.error().fullText();
                  return api::StaffClient(*clientAlive)
                      .recordVmAction(hypervisor, domain, code, done.ok() ? Phase::Succeeded : Phase::Failed,
                                      said.join(QStringLiteral(": ")))
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

} // namespace

QFuture<Status> performAudited(Fleet &fleet, api::PanelClient &client, const QString &hypervisor,
                               const QUuid &vm, const QString &domain, DomainAction action)
{
    QPointer<Fleet> fleetAlive(&fleet);
    return audited(
        &fleet, client, hypervisor, domain, actionCode(action), {},
        [fleetAlive, hypervisor, vm, action] { return fleetAlive->perform(hypervisor, vm, action); });
}

QString snapshotActionCode(SnapshotAction action)
{
    switch (action) {
    case SnapshotAction::Create:
        return QStringLiteral("snapshot.create");
    case SnapshotAction::Revert:
        return QStringLiteral("snapshot.revert");
    case SnapshotAction::Delete:
        return QStringLiteral("snapshot.delete");
    }
    return {};
}

QFuture<Status> snapshotAudited(Fleet &fleet, api::PanelClient &client, const QString &hypervisor,
                                const QUuid &vm, const QString &domain, SnapshotAction action,
                                const QString &snapshot, const QString &description)
{
    QPointer<Fleet> fleetAlive(&fleet);
    // The trail's words, not the user's: the panel keeps them for whoever reads the audit.
    const QString detail = QStringLiteral("snapshot %1").arg(snapshot);
    return audited(&fleet, client, hypervisor, domain, snapshotActionCode(action), detail,
                   [fleetAlive, hypervisor, vm, action, snapshot, description] {
                       HypervisorConnection *connection = fleetAlive->connection(hypervisor);
                       if (!connection) { // in Fleet's words, as its perform() says it
                           return QtFuture::makeReadyValueFuture(Status(Error::make(
                               Error::Kind::Unavailable,
                               Fleet::tr("The hypervisor %1 is not connected.").arg(hypervisor))));
                       }
                       switch (action) {
                       case SnapshotAction::Create:
                           return connection->createSnapshot(vm, snapshot, description);
                       case SnapshotAction::Revert:
                           return connection->revertToSnapshot(vm, snapshot);
                       case SnapshotAction::Delete:
                           break;
                       }
                       return connection->deleteSnapshot(vm, snapshot);
                   });
}

} // namespace mws
