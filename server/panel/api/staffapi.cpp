// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff mode's fleet: the inventory of clusters, hypervisors and which VM is which host (read and
// replaced whole, by elevated staff only), and the audit of what the desktop did to VMs through
// libvirt, which the panel cannot see: the app reports each action as requested, then its result.
#include "api/apisupport.h"
#include "http/jsonbody.h"
#include "http/responses.h"
#include "inventorystore.h"
#include "store.h"

#include <QRegularExpression>
#include <QSet>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const QString namePattern = QStringLiteral("[a-z0-9][a-z0-9.-]{0,62}");
// What libvirt reaches a hypervisor by: its drivers, locally or over SSH, libssh or TLS.
const QString uriPattern = QStringLiteral("(qemu|xen|test)(\\+(ssh|libssh|tls|unix))?://[!-~]{0,290}");
const QString domainPattern = QStringLiteral("[A-Za-z0-9][A-Za-z0-9._+-]{0,99}");

// Every staff member's app connects to these URIs, so one may carry no parameter that makes libvirt
// run a program (command=) or read a file of theirs (keyfile=, pkipath=, known_hosts=).
bool safeQuery(const QString &uri)
{
    static const QStringList allowed{QStringLiteral("mode"),
                                     QStringLiteral("proxy"),
                                     QStringLiteral("sshauth"),
                                     QStringLiteral("no_tty"),
                                     QStringLiteral("known_hosts_verify"),
                                     QStringLiteral("socket")};
    const qsizetype mark = uri.indexOf(QLatin1Char('?'));
    if (mark < 0)
        return true;
    for (const QString &pair : uri.mid(mark + 1).split(QLatin1Char('&')))
        if (!allowed.contains(pair.section(QLatin1Char('='), 0, 0)))
            return false;
    return true;
}

// A name field: present, and a name.
std::optional<QString> nameField(JsonBody &body, const QString &field)
{
    std::optional<QString> name = body.string(field, true, 63);
    if (name && !matches(namePattern, *name)) {
        body.addError(field, QStringLiteral("Use lower-case letters, digits, dots and hyphens."));
        return std::nullopt;
    }
    return name;
}

void readHypervisors(JsonBody &cluster, model::FleetCluster &into, QSet<QString> &names, QSet<QString> &uris)
{
    const auto hypervisors = cluster.objects(QStringLiteral("hypervisors"), true, 32);
    for (qsizetype i = 0; hypervisors && i < hypervisors->size(); ++i) {
        JsonBody hypervisor = (*hypervisors)[i];
        const auto name = nameField(hypervisor, QStringLiteral("name"));
        const auto uri = hypervisor.string(QStringLiteral("uri"), true, 300);
        if (name && names.contains(*name))
            hypervisor.addError(QStringLiteral("name"), QStringLiteral("Another hypervisor has this name."));
        if (uri && !safeQuery(*uri))
            hypervisor.addError(QStringLiteral("uri"),
                                QStringLiteral("Only the parameters mode, proxy, socket, sshauth, no_tty and "
                                               "known_hosts_verify may be given: others (command, netcat, "
                                               "keyfile, …) name programs or files on the staff member's "
                                               "machine."));
        else if (uri && !matches(uriPattern, *uri))
            hypervisor.addError(QStringLiteral("uri"),
                                QStringLiteral("Use a libvirt URI such as qemu+ssh://host/system (qemu, xen "
                                               "or test; over ssh, libssh, tls or unix)."));
        else if (uri && uris.contains(*uri))
            hypervisor.addError(QStringLiteral("uri"), QStringLiteral("Another hypervisor has this URI."));
        if (name && uri) {
            names.insert(*name);
            uris.insert(*uri);
            into.hypervisors.append({*name, *uri});
        }
        cluster.adopt(QStringLiteral("hypervisors[%1].").arg(i), hypervisor);
    }
}

void readHosts(JsonBody &body, model::Inventory &into, const QSet<QString> &hypervisors)
{
    const auto hosts = body.objects(QStringLiteral("hosts"), true, 10000);
    QSet<QString> seenHosts, seenVms;
    for (qsizetype i = 0; hosts && i < hosts->size(); ++i) {
        JsonBody host = (*hosts)[i];
        const auto name = nameField(host, QStringLiteral("host"));
        const auto hypervisor = host.string(QStringLiteral("hypervisor"), true, 63);
        const auto domain = host.string(QStringLiteral("domain"), true, 100);
        if (name && seenHosts.contains(*name))
            host.addError(QStringLiteral("host"), QStringLiteral("This host is listed twice."));
        if (hypervisor && !hypervisors.contains(*hypervisor))
            host.addError(QStringLiteral("hypervisor"), QStringLiteral("No cluster has this hypervisor."));
        if (domain && !matches(domainPattern, *domain))
            host.addError(QStringLiteral("domain"), QStringLiteral("This is not a libvirt domain name."));
        else if (domain && hypervisor && seenVms.contains(*hypervisor + QLatin1Char('/') + *domain))
            host.addError(QStringLiteral("domain"), QStringLiteral("Another host is this VM."));
        if (name && hypervisor && domain) {
            seenHosts.insert(*name);
            seenVms.insert(*hypervisor + QLatin1Char('/') + *domain);
            into.hosts.append({*name, *hypervisor, *domain});
        }
        body.adopt(QStringLiteral("hosts[%1].").arg(i), host);
    }
}

Result<model::Inventory> inventoryFromBody(const Request &request)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    body->ignore(QStringLiteral("version")); // what a GET showed beside the document
    body->ignore(QStringLiteral("updatedAt"));
    body->ignore(QStringLiteral("updatedBy"));
    model::Inventory inventory;
    QSet<QString> clusterNames, hypervisorNames, uris;
    const auto clusters = body->objects(QStringLiteral("clusters"), true, 100);
    for (qsizetype i = 0; clusters && i < clusters->size(); ++i) {
        JsonBody cluster = (*clusters)[i];
        model::FleetCluster read;
        const auto name = nameField(cluster, QStringLiteral("name"));
        const auto managedBy = cluster.string(QStringLiteral("managedBy"), false, 20);
        if (name && clusterNames.contains(*name))
            cluster.addError(QStringLiteral("name"), QStringLiteral("Another cluster has this name."));
        if (managedBy && *managedBy != QLatin1String("libvirt") && *managedBy != QLatin1String("pacemaker"))
            cluster.addError(QStringLiteral("managedBy"), QStringLiteral("Use libvirt or pacemaker."));
        read.name = name.value_or(QString());
        read.managedBy = managedBy.value_or(read.managedBy);
        readHypervisors(cluster, read, hypervisorNames, uris);
        if (name)
            clusterNames.insert(*name);
        inventory.clusters.append(read);
        body->adopt(QStringLiteral("clusters[%1].").arg(i), cluster);
    }
    readHosts(*body, inventory, hypervisorNames);
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    return inventory;
}

// What the audit keeps of an inventory: its size, not its (possibly large) text.
QJsonObject inventorySummary(const model::Inventory &inventory)
{
    qsizetype hypervisors = 0;
    for (const model::FleetCluster &cluster : inventory.clusters)
        hypervisors += cluster.hypervisors.size();
    return {{QStringLiteral("version"), inventory.version},
            {QStringLiteral("clusters"), inventory.clusters.size()},
            {QStringLiteral("hypervisors"), hypervisors},
            {QStringLiteral("hosts"), inventory.hosts.size()}};
}

Handled readInventory(PanelContext &context, const Request &request, const Caller &caller)
{
    if (Status elevated = requireElevated(caller); !elevated.ok())
        return elevated.error();
    Result<model::Inventory> inventory = store::InventoryStore(context.store.database()).read();
    if (!inventory)
        return inventory.error();
    return jsonResponse(request, inventory->toJson(), 200, versionTag(inventory->version));
}

Handled replaceInventory(PanelContext &context, const Request &request, const Caller &caller)
{
    if (Status elevated = requireElevated(caller); !elevated.ok())
        return elevated.error();
    store::InventoryStore inventories(context.store.database());
    Result<model::Inventory> stored = Error::make(Error::Kind::Server, {});
    const Status done = context.store.database().transaction([&]() -> Status {
        Result<model::Inventory> current = inventories.read();
        if (!current)
            return current.error();
        if (Status fresh = checkIfMatch(request, current->version); !fresh.ok())
            return fresh;
        Result<model::Inventory> wanted = inventoryFromBody(request);
        if (!wanted)
            return wanted.error();
        wanted->updatedAt = context.now();
        wanted->updatedBy = caller.crsid;
        stored = inventories.replace(*wanted, current->version);
        if (!stored)
            return stored.error();
        return recordAudit(context, caller, {}, QStringLiteral("inventory.update"),
                           QStringLiteral("inventory"),
                           current->version == 0 ? QJsonValue() : QJsonValue(inventorySummary(*current)),
                           inventorySummary(*stored));
    });
    if (!done.ok())
        return done.error();
    return jsonResponse(request, stored->toJson(), 200, versionTag(stored->version));
}

// One VM action the app did (or is about to do) through libvirt, on a hypervisor of the inventory.
Handled recordVmAction(PanelContext &context, const Request &request, const Caller &caller)
{
    if (Status elevated = requireElevated(caller); !elevated.ok())
        return elevated.error();
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    static const QStringList actions{QStringLiteral("start"),
                                     QStringLiteral("shutdown"),
                                     QStringLiteral("reboot"),
                                     QStringLiteral("reset"),
                                     QStringLiteral("destroy"),
                                     QStringLiteral("suspend"),
                                     QStringLiteral("resume"),
                                     QStringLiteral("snapshot.create"),
                                     QStringLiteral("snapshot.revert"),
                                     QStringLiteral("snapshot.delete"),
                                     QStringLiteral("move"),
                                     QStringLiteral("cluster-command")};
    static const QStringList phases{QStringLiteral("requested"), QStringLiteral("succeeded"),
                                    QStringLiteral("failed")};
    const auto hypervisor = body->string(QStringLiteral("hypervisor"), true, 63);
    const auto domain = body->string(QStringLiteral("domain"), true, 100);
    const auto action = body->string(QStringLiteral("action"), true, 30);
    const auto phase = body->string(QStringLiteral("phase"), true, 20);
    const auto detail = body->multiline(QStringLiteral("detail"), false, 2000);
    Result<model::Inventory> inventory = store::InventoryStore(context.store.database()).read();
    if (!inventory)
        return inventory.error();
    QSet<QString> known;
    for (const model::FleetCluster &cluster : inventory->clusters)
        for (const model::Hypervisor &each : cluster.hypervisors)
            known.insert(each.name);
    if (hypervisor && !known.contains(*hypervisor))
        body->addError(QStringLiteral("hypervisor"), QStringLiteral("The inventory has no such hypervisor."));
    if (domain && !matches(domainPattern, *domain))
        body->addError(QStringLiteral("domain"), QStringLiteral("This is not a libvirt domain name."));
    if (action && !actions.contains(*action))
        body->addError(QStringLiteral("action"), QStringLiteral("Use one of: %1.").arg(actions.join(u", ")));
    if (phase && !phases.contains(*phase))
        body->addError(QStringLiteral("phase"), QStringLiteral("Use requested, succeeded or failed."));
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    QJsonObject after{{QStringLiteral("action"), *action}, {QStringLiteral("phase"), *phase}};
    if (detail && !detail->isEmpty())
        after.insert(QStringLiteral("detail"), *detail);
    if (Status audited = recordAudit(context, caller, {}, QStringLiteral("vm.action"),
                                     *hypervisor + QLatin1Char('/') + *domain, QJsonValue::Null, after);
        !audited.ok())
        return audited.error();
    return emptyResponse(204);
}

} // namespace

void registerStaffRoutes(Router &router, PanelContext &context)
{
    const QString inventory = QStringLiteral("/api/v1/staff/inventory");
    router.add(Method::Get, inventory, signedInRoute(context, readInventory));
    router.add(Method::Put, inventory, signedInRoute(context, replaceInventory));
    router.add(Method::Post, QStringLiteral("/api/v1/staff/vm-actions"),
               signedInRoute(context, recordVmAction));
}

} // namespace mws::panel
