// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The staff console's calls against the real panel and two private libvirtds: the inventory is
// written and read back through the client, the fleet is built from it, and a VM action done
// through libvirt is in the panel's audit trail as requested and then its result. Out of staff
// mode nothing is read, nothing is done and nothing is recorded.
#include "../staff/fleethost.h"
#include "api/staffrequest.h"
#include "apitestbase.h"
#include "clienttest.h"
#include "staff/auditedaction.h"
#include "staff/fleetmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mws;
using namespace mws::test;

class TestClientStaff : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    std::unique_ptr<api::PanelClient> m_staff; // test0100, in staff mode
    std::unique_ptr<api::PanelClient> m_plain; // test0100, not
    QString m_staffToken;
    std::vector<std::unique_ptr<FleetHost>> m_hosts;
    std::unique_ptr<Fleet> m_fleet;

    PanelProcess &panel() { return m_fixture.panel(); }

    std::unique_ptr<api::PanelClient> newClient(const QString &token)
    {
        auto client = std::make_unique<api::PanelClient>(api::PanelEndpoint{panel().url(QString()), {}});
        client->setToken(token);
        return client;
    }

    QJsonArray vmAudit()
    {
        HttpClient http;
        return http.getJson(panel().url(QStringLiteral("/api/v1/audit?action=vm.")), m_staffToken)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }

    QString state(int host, int i) const
    {
        return m_hosts[host]->virsh(
            {QStringLiteral("domstate"), FleetHost::vmName(m_hosts[host]->name(), i)});
    }

    Status act(api::PanelClient &client, int host, int i, DomainAction action)
    {
        const QString name = m_hosts[host]->name();
        return await(performAudited(*m_fleet, client, name, FleetHost::vmUuid(name, i),
                                    FleetHost::vmName(name, i), action));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!LibvirtDaemon::isAvailable(&error))
            QSKIP(qPrintable(error));
        QVERIFY2(m_fixture.startWithStaff(&error), qPrintable(error));
        m_plain = newClient({});
        const auto staff = signInWithSession(*m_plain, QStringLiteral("test0100"), &error);
        QVERIFY2(staff, qPrintable(error));
        m_plain->setToken(staff->token);
        m_staff = newClient(staff->token);
        const auto elevated = signInWithSession(*m_staff, QStringLiteral("test0100"), &error,
                                                auth::LoginSession::Purpose::StaffMode);
        QVERIFY2(elevated, qPrintable(error));
        m_staffToken = elevated->token;
        m_staff->setToken(m_staffToken);
        for (const char *name : {"hv-a1", "hv-a2"}) {
            m_hosts.push_back(std::make_unique<FleetHost>(QLatin1String(name), QStringLiteral("pair-a")));
            QVERIFY2(m_hosts.back()->start(8, &error), qPrintable(error));
        }
    }

    void theFleetComesFromTheInventory()
    {
        const auto empty = await(api::StaffClient(*m_staff).inventory());
        QVERIFY2(empty.ok(), qPrintable(describe(empty)));
        QCOMPARE(empty->value.version, 0);
        model::Inventory inventory;
        model::FleetCluster cluster{QStringLiteral("pair-a"), QStringLiteral("libvirt"), {}};
        for (const auto &host : m_hosts)
            cluster.hypervisors.append({host->name(), host->uri()});
        inventory.clusters = {cluster};
        inventory.hosts = {
            {QStringLiteral("web1"), QStringLiteral("hv-a1"), FleetHost::vmName(QStringLiteral("hv-a1"), 0)}};
        const auto stored = await(api::StaffClient(*m_staff).replaceInventory(inventory, empty->etag));
        QVERIFY2(stored.ok(), qPrintable(describe(stored)));
        QCOMPARE(stored->version, 1);
        // The same tag again is stale now.
        const auto stale = await(api::StaffClient(*m_staff).replaceInventory(inventory, empty->etag));
        QCOMPARE(stale.ok() ? Error::Kind::Server : stale.error().kind, Error::Kind::PreconditionFailed);

        const auto read = await(api::StaffClient(*m_staff).inventory());
        QVERIFY2(read.ok(), qPrintable(describe(read)));
        QCOMPARE(read->value.clusters, inventory.clusters);
        QCOMPARE(read->value.hosts, inventory.hosts);
        const QList<HypervisorSpec> specs = hypervisorSpecs(read->value);
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs[1].cluster, QStringLiteral("pair-a"));
        QCOMPARE(specs[1].uri, m_hosts[1]->uri());

        Fleet::Options options;
        options.refreshIntervalMs = 0;
        m_fleet = std::make_unique<Fleet>(specs, options);
        m_fleet->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->isConnected(QStringLiteral("hv-a1")) &&
                                     m_fleet->isConnected(QStringLiteral("hv-a2")),
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->model()->rowCount(), 16, 20000);
    }

    void outOfStaffModeNothingIsReadOrDone()
    {
        const auto refused = await(api::StaffClient(*m_plain).inventory());
        QCOMPARE(refused.ok() ? Error::Kind::Server : refused.error().kind, Error::Kind::Forbidden);
        const int shutOff = 2; // FleetHost: a quarter of the domains start shut off
        QCOMPARE(FleetHost::initialState(shutOff), 5);
        const Status done = act(*m_plain, 1, shutOff, DomainAction::Start);
        QCOMPARE(done.ok() ? Error::Kind::Server : done.error().kind, Error::Kind::Forbidden);
        QCOMPARE(state(1, shutOff), QStringLiteral("shut off"));
        QCOMPARE(vmAudit().size(), 0);
    }

    void anActionIsAuditedRequestedThenItsResult()
    {
        const int shutOff = 2;
        const Status started = act(*m_staff, 1, shutOff, DomainAction::Start);
        QVERIFY2(started.ok(), qPrintable(describe(started.ok() ? std::optional<Error>() : started.error())));
        QCOMPARE(state(1, shutOff), QStringLiteral("running"));
        QJsonArray events = vmAudit();
        QCOMPARE(events.size(), 2);
        const QString target = QStringLiteral("hv-a2/") + FleetHost::vmName(QStringLiteral("hv-a2"), shutOff);
        QCOMPARE(events[1][QStringLiteral("target")].toString(), target);
        QCOMPARE(events[1][QStringLiteral("after")][QStringLiteral("phase")].toString(),
                 QStringLiteral("requested"));
        QCOMPARE(events[0][QStringLiteral("after")][QStringLiteral("phase")].toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(events[0][QStringLiteral("after")][QStringLiteral("action")].toString(),
                 QStringLiteral("start"));

        // Starting it again fails in libvirt, and the trail says so with libvirt's words.
        const Status again = act(*m_staff, 1, shutOff, DomainAction::Start);
        QVERIFY(!again.ok());
        events = vmAudit();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0][QStringLiteral("after")][QStringLiteral("phase")].toString(),
                 QStringLiteral("failed"));
        QVERIFY2(!events[0][QStringLiteral("after")][QStringLiteral("detail")].toString().isEmpty(),
                 qPrintable(QString::fromUtf8(QJsonDocument(events[0].toObject()).toJson())));
    }

    // A snapshot taken, reverted to and deleted through the audited path: each record names the
    // snapshot; out of staff mode nothing is taken and nothing recorded.
    void snapshotActionsAreAuditedWithTheSnapshotsName()
    {
        const QString hypervisor = m_hosts[0]->name();
        const int vm = 0; // running, with "base" and its child "upgraded"
        QVERIFY(FleetHost::hasSnapshots(vm));
        const QString domain = FleetHost::vmName(hypervisor, vm);
        const auto snapshot = [&](api::PanelClient &client, SnapshotAction action, const QString &name) {
            return await(snapshotAudited(*m_fleet, client, hypervisor, FleetHost::vmUuid(hypervisor, vm),
                                         domain, action, name, QStringLiteral("before the tests")));
        };
        const auto listed = [&] {
            return m_hosts[0]->virsh({QStringLiteral("snapshot-list"), domain, QStringLiteral("--name")});
        };
        const qsizetype before = vmAudit().size();

        const Status refused = snapshot(*m_plain, SnapshotAction::Create, QStringLiteral("audited"));
        QCOMPARE(refused.ok() ? Error::Kind::Server : refused.error().kind, Error::Kind::Forbidden);
        QVERIFY(!listed().contains(QLatin1String("audited")));
        QCOMPARE(vmAudit().size(), before);

        QVERIFY(snapshot(*m_staff, SnapshotAction::Create, QStringLiteral("audited")).ok());
        QVERIFY(listed().contains(QLatin1String("audited")));
        QVERIFY(m_hosts[0]
                    ->virsh({QStringLiteral("snapshot-dumpxml"), domain, QStringLiteral("audited")})
                    .contains(QLatin1String("<description>before the tests</description>")));
        const Status missing = snapshot(*m_staff, SnapshotAction::Delete, QStringLiteral("never-taken"));
        QCOMPARE(missing.ok() ? Error::Kind::Server : missing.error().kind, Error::Kind::NotFound);
        QVERIFY(snapshot(*m_staff, SnapshotAction::Revert, QStringLiteral("base")).ok());
        QCOMPARE(m_hosts[0]->virsh({QStringLiteral("snapshot-current"), domain, QStringLiteral("--name")}),
                 QStringLiteral("base"));
        QVERIFY(snapshot(*m_staff, SnapshotAction::Delete, QStringLiteral("audited")).ok());
        QVERIFY(!listed().contains(QLatin1String("audited")));

        // Newest first: each action requested, then its result, each naming its snapshot.
        const QJsonArray events = vmAudit();
        QCOMPARE(events.size(), before + 8);
        QStringList records;
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(events[i][QStringLiteral("target")].toString(), hypervisor + QLatin1Char('/') + domain);
            const QJsonValue after = events[i][QStringLiteral("after")];
            records << after[QStringLiteral("action")].toString() + QLatin1Char(' ') +
                           after[QStringLiteral("phase")].toString() + QLatin1Char(' ') +
                           after[QStringLiteral("detail")].toString().section(QLatin1Char(':'), 0, 0);
        }
        QCOMPARE(records, (QStringList{
                              QStringLiteral("snapshot.delete succeeded snapshot audited"),
                              QStringLiteral("snapshot.delete requested snapshot audited"),
                              QStringLiteral("snapshot.revert succeeded snapshot base"),
                              QStringLiteral("snapshot.revert requested snapshot base"),
                              QStringLiteral("snapshot.delete failed snapshot never-taken"),
                              QStringLiteral("snapshot.delete requested snapshot never-taken"),
                              QStringLiteral("snapshot.create succeeded snapshot audited"),
                              QStringLiteral("snapshot.create requested snapshot audited"),
                          }));
        // The failure says why, after the name.
        QVERIFY2(events[4][QStringLiteral("after")][QStringLiteral("detail")].toString().size() >
                     QStringLiteral("snapshot never-taken: ").size(),
                 qPrintable(events[4][QStringLiteral("after")][QStringLiteral("detail")].toString()));
    }

    void cleanupTestCase() { m_fleet.reset(); }
};

QTEST_MAIN(TestClientStaff)
#include "tst_clientstaff.moc"
