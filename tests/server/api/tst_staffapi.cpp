// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff mode's fleet through the real panel: the inventory (clusters, hypervisors, which VM is
// which host) is read and replaced whole by elevated staff only, with If-Match; bad documents get
// field-level errors and store nothing; the app's VM actions land in the audit trail.
#include "apitestbase.h"
#include "inventorystore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mws::test;

namespace {

QJsonObject hypervisor(const QString &name, const QString &uri)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("uri"), uri}};
}

QJsonObject hostVm(const QString &host, const QString &hypervisorName, const QString &domain)
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("hypervisor"), hypervisorName},
            {QStringLiteral("domain"), domain}};
}

// Two clusters of two hypervisors each, as the service runs them; three hosts.
QJsonObject fleet()
{
    return {
        {QStringLiteral("clusters"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("pair1")},
                 {QStringLiteral("managedBy"), QStringLiteral("pacemaker")},
                 {QStringLiteral("hypervisors"),
                  QJsonArray{
                      hypervisor(QStringLiteral("hv1a"), QStringLiteral("qemu+ssh://hv1a.example/system")),
                      hypervisor(
                          QStringLiteral("hv1b"),
                          QStringLiteral("qemu+libssh://hv1b.example/system?known_hosts_verify=normal"))}}},
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("pair2")},
                 {QStringLiteral("hypervisors"),
                  QJsonArray{hypervisor(QStringLiteral("hv2a"), QStringLiteral("xen+ssh://hv2a.example/")),
                             hypervisor(QStringLiteral("hv2b"),
                                        QStringLiteral("qemu+tls://hv2b.example/system"))}}}}},
        {QStringLiteral("hosts"),
         QJsonArray{hostVm(QStringLiteral("web1"), QStringLiteral("hv1a"), QStringLiteral("mws-web1")),
                    hostVm(QStringLiteral("web2"), QStringLiteral("hv1b"), QStringLiteral("mws-web2")),
                    hostVm(QStringLiteral("web3"), QStringLiteral("hv2a"), QStringLiteral("mws-web3"))}}};
}

} // namespace

class TestStaffApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    HttpClient m_http;
    QString m_staff;      // test0100, elevated
    QString m_plainStaff; // test0100, signed in but not elevated
    QString m_owner;      // test0101

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &path) { return panel().url(path); }
    QUrl inventoryUrl() { return url(QStringLiteral("/api/v1/staff/inventory")); }

    HttpReply put(const QJsonObject &body, const QString &token, const QByteArray &ifMatch)
    {
        QHash<QByteArray, QByteArray> headers;
        if (!ifMatch.isEmpty())
            headers.insert("If-Match", ifMatch);
        return m_http.sendJson("PUT", inventoryUrl(), body, token, headers);
    }
    HttpReply action(const QJsonObject &body, const QString &token)
    {
        return m_http.sendJson("POST", url(QStringLiteral("/api/v1/staff/vm-actions")), body, token);
    }
    QJsonArray audit(const QString &action)
    {
        return m_http.getJson(url(QStringLiteral("/api/v1/audit?action=") + action), m_staff)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }
    // What the store holds, read beside the panel, and the audit of both kinds.
    QByteArray snapshot()
    {
        auto opened = m_fixture.openStore();
        if (!opened)
            return "no store";
        const auto inventory = mws::store::InventoryStore(opened->store().database()).read();
        return (inventory.ok() ? QJsonDocument(inventory->toJson()).toJson() : QByteArray("error")) +
               QJsonDocument(audit(QStringLiteral("inventory."))).toJson() +
               QJsonDocument(audit(QStringLiteral("vm."))).toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        m_plainStaff = signIn(m_http, panel(), QStringLiteral("test0100"), &error);
        QVERIFY2(!m_plainStaff.isEmpty(), qPrintable(error));
        m_staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error, m_plainStaff);
        QVERIFY2(!m_staff.isEmpty(), qPrintable(error));
        m_owner = signIn(m_http, panel(), QStringLiteral("test0101"), &error);
        QVERIFY2(!m_owner.isEmpty(), qPrintable(error));
    }

    // Staff who have not switched to staff mode, and everyone else, get 403 and change nothing.
    void onlyElevatedStaffReachTheFleet()
    {
        const QByteArray before = snapshot();
        for (const QString &token : {m_plainStaff, m_owner}) {
            QCOMPARE(m_http.getJson(inventoryUrl(), token).status, 403);
            QCOMPARE(put(fleet(), token, "*").status, 403);
            QCOMPARE(action({{QStringLiteral("hypervisor"), QStringLiteral("hv1a")},
                             {QStringLiteral("domain"), QStringLiteral("mws-web1")},
                             {QStringLiteral("action"), QStringLiteral("start")},
                             {QStringLiteral("phase"), QStringLiteral("requested")}},
                            token)
                         .status,
                     403);
        }
        QCOMPARE(m_http.getJson(inventoryUrl(), {}).status, 401);
        QCOMPARE(snapshot(), before);
    }

    void theInventoryIsReadAndReplacedWhole()
    {
        const HttpReply empty = m_http.getJson(inventoryUrl(), m_staff);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().value(QStringLiteral("version")).toInt(), 0);
        QCOMPARE(empty.json().value(QStringLiteral("clusters")).toArray().size(), 0);
        QCOMPARE(put(fleet(), m_staff, {}).status, 428);

        const HttpReply stored = put(fleet(), m_staff, empty.header("ETag"));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(stored.json().value(QStringLiteral("updatedBy")).toString(), QStringLiteral("test0100"));
        const QJsonObject read = m_http.getJson(inventoryUrl(), m_staff).json();
        const QJsonArray clusters = read.value(QStringLiteral("clusters")).toArray();
        QCOMPARE(clusters.size(), 2);
        QCOMPARE(clusters[0][QStringLiteral("managedBy")].toString(), QStringLiteral("pacemaker"));
        QCOMPARE(clusters[1][QStringLiteral("managedBy")].toString(), QStringLiteral("libvirt"));
        QCOMPARE(clusters[1][QStringLiteral("hypervisors")][1][QStringLiteral("uri")].toString(),
                 QStringLiteral("qemu+tls://hv2b.example/system"));
        QCOMPARE(read.value(QStringLiteral("hosts")), fleet().value(QStringLiteral("hosts")));

        // A second writer with the first version's tag is refused; with the new one, it is taken.
        QJsonObject smaller = fleet();
        smaller.insert(QStringLiteral("hosts"), QJsonArray{});
        QCOMPARE(put(smaller, m_staff, empty.header("ETag")).status, 412);
        QCOMPARE(put(smaller, m_staff, stored.header("ETag")).status, 200);
        const QJsonArray events = audit(QStringLiteral("inventory.update"));
        QCOMPARE(events.size(), 2);
        const QJsonObject latest = events[0].toObject();
        QVERIFY(latest.value(QStringLiteral("elevated")).toBool());
        QCOMPARE(latest[QStringLiteral("before")][QStringLiteral("hosts")].toInt(), 3);
        QCOMPARE(latest[QStringLiteral("after")][QStringLiteral("hosts")].toInt(), 0);
        QCOMPARE(latest[QStringLiteral("after")][QStringLiteral("hypervisors")].toInt(), 4);
        QCOMPARE(put(fleet(), m_staff, "*").status, 200); // back to three hosts, for what follows
    }

    void badInventoriesNameTheFieldAndStoreNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const auto withCluster = [](const QString &key, const QJsonValue &value) {
            QJsonObject body = fleet();
            QJsonArray clusters = body.value(QStringLiteral("clusters")).toArray();
            QJsonObject first = clusters[0].toObject();
            first.insert(key, value);
            clusters[0] = first;
            body.insert(QStringLiteral("clusters"), clusters);
            return body;
        };
        const auto withHypervisor = [&](const QJsonObject &replacement) {
            return withCluster(
                QStringLiteral("hypervisors"),
                QJsonArray{replacement, hypervisor(QStringLiteral("hv1b"),
                                                   QStringLiteral("qemu+ssh://hv1b.example/system"))});
        };
        const auto withHost = [](const QJsonObject &host) {
            QJsonObject body = fleet();
            QJsonArray hosts = body.value(QStringLiteral("hosts")).toArray();
            hosts.append(host);
            body.insert(QStringLiteral("hosts"), hosts);
            return body;
        };
        QTest::newRow("cluster name with a slash")
            << withCluster(QStringLiteral("name"), QStringLiteral("pair/1"))
            << QStringLiteral("clusters[0].name");
        QTest::newRow("two clusters of one name")
            << withCluster(QStringLiteral("name"), QStringLiteral("pair2"))
            << QStringLiteral("clusters[1].name");
        QTest::newRow("unknown manager")
            << withCluster(QStringLiteral("managedBy"), QStringLiteral("kubernetes"))
            << QStringLiteral("clusters[0].managedBy");
        QTest::newRow("a shell in the URI")
            << withHypervisor(
                   hypervisor(QStringLiteral("hv1a"), QStringLiteral("qemu+ext:///system?command=/bin/sh")))
            << QStringLiteral("clusters[0].hypervisors[0].uri");
        QTest::newRow("a local command in the URI")
            << withHypervisor(hypervisor(QStringLiteral("hv1a"),
                                         QStringLiteral("qemu+ssh://hv1a/system?no_tty=1&command=/tmp/x")))
            << QStringLiteral("clusters[0].hypervisors[0].uri");
        QTest::newRow("spaces in the URI")
            << withHypervisor(hypervisor(QStringLiteral("hv1a"), QStringLiteral("qemu+ssh://a b/system")))
            << QStringLiteral("clusters[0].hypervisors[0].uri");
        QTest::newRow("a newline in the URI")
            << withHypervisor(hypervisor(QStringLiteral("hv1a"), QStringLiteral("qemu+ssh://hv/system\nx")))
            << QStringLiteral("clusters[0].hypervisors[0].uri");
        QTest::newRow("one URI twice")
            << withHypervisor(hypervisor(QStringLiteral("hv1x"), QStringLiteral("xen+ssh://hv2a.example/")))
            << QStringLiteral("clusters[1].hypervisors[0].uri");
        QTest::newRow("one hypervisor name twice")
            << withHypervisor(
                   hypervisor(QStringLiteral("hv2b"), QStringLiteral("qemu+ssh://hv9.example/system")))
            << QStringLiteral("clusters[1].hypervisors[1].name");
        QTest::newRow("unknown field")
            << withHypervisor(QJsonObject{{QStringLiteral("name"), QStringLiteral("hv1a")},
                                          {QStringLiteral("uri"), QStringLiteral("qemu:///system")},
                                          {QStringLiteral("password"), QStringLiteral("x")}})
            << QStringLiteral("clusters[0].hypervisors[0].password");
        QTest::newRow("a host on no hypervisor")
            << withHost(hostVm(QStringLiteral("web9"), QStringLiteral("hv9"), QStringLiteral("mws-web9")))
            << QStringLiteral("hosts[3].hypervisor");
        QTest::newRow("one host twice")
            << withHost(hostVm(QStringLiteral("web1"), QStringLiteral("hv2b"), QStringLiteral("mws-web9")))
            << QStringLiteral("hosts[3].host");
        QTest::newRow("one VM for two hosts")
            << withHost(hostVm(QStringLiteral("web9"), QStringLiteral("hv1a"), QStringLiteral("mws-web1")))
            << QStringLiteral("hosts[3].domain");
        QTest::newRow("a domain name with a quote")
            << withHost(hostVm(QStringLiteral("web9"), QStringLiteral("hv1a"), QStringLiteral("web'9")))
            << QStringLiteral("hosts[3].domain");
    }

    void badInventoriesNameTheFieldAndStoreNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QByteArray before = snapshot();
        const HttpReply refused = put(body, m_staff, "*");
        QCOMPARE(refused.status, 422);
        QStringList fields;
        for (const QJsonValue &error : refused.json().value(QStringLiteral("errors")).toArray())
            fields << error[QStringLiteral("field")].toString();
        QVERIFY2(fields.contains(field), refused.body.constData());
        QCOMPARE(snapshot(), before);
    }

    // What the app did through libvirt reaches the audit trail, requested and then its result.
    void vmActionsAreAudited()
    {
        const QJsonObject requested{{QStringLiteral("hypervisor"), QStringLiteral("hv1a")},
                                    {QStringLiteral("domain"), QStringLiteral("mws-web1")},
                                    {QStringLiteral("action"), QStringLiteral("shutdown")},
                                    {QStringLiteral("phase"), QStringLiteral("requested")}};
        QCOMPARE(action(requested, m_staff).status, 204);
        QJsonObject failed = requested;
        failed.insert(QStringLiteral("phase"), QStringLiteral("failed"));
        failed.insert(QStringLiteral("detail"),
                      QStringLiteral("Requested operation is not valid: domain is not running"));
        QCOMPARE(action(failed, m_staff).status, 204);
        const QJsonArray events = audit(QStringLiteral("vm.action"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][QStringLiteral("target")].toString(), QStringLiteral("hv1a/mws-web1"));
        QCOMPARE(events[0][QStringLiteral("actor")].toString(), QStringLiteral("test0100"));
        QVERIFY(events[0][QStringLiteral("elevated")].toBool());
        QCOMPARE(events[0][QStringLiteral("after")][QStringLiteral("phase")].toString(),
                 QStringLiteral("failed"));
        QCOMPARE(events[0][QStringLiteral("after")][QStringLiteral("detail")].toString(),
                 failed.value(QStringLiteral("detail")).toString());
        QCOMPARE(events[1][QStringLiteral("after")][QStringLiteral("action")].toString(),
                 QStringLiteral("shutdown"));

        const QByteArray before = snapshot();
        for (const auto &[key, value] :
             {std::pair{"hypervisor", "hv9"}, {"domain", "a b"}, {"action", "rm -rf"}, {"phase", "maybe"}}) {
            QJsonObject bad = requested;
            bad.insert(QLatin1String(key), QLatin1String(value));
            const HttpReply refused = action(bad, m_staff);
            QCOMPARE(refused.status, 422);
            QVERIFY2(refused.body.contains(key), refused.body.constData());
        }
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestStaffApi)
#include "tst_staffapi.moc"
