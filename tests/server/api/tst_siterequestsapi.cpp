// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Site requests through the real panel: an owner asks for a site and sees it as requested in
// their list; elevated staff approve it onto a host of the panel or of the fleet's inventory, or
// decline it with a reason the owner reads. Anyone else is refused, and bad input names the field;
// neither stores anything.
#include "apitestbase.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mws::test;

namespace {

// Which host the store says a site lives on ("" if it cannot say).
QString hostOf(mws::store::Store &store, const QString &siteId)
{
    const mws::Result<QString> host = store.siteHostName(siteId);
    return host.ok() ? *host : QString();
}

} // namespace

class TestSiteRequestsApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    HttpClient m_http;
    QString m_staff;      // test0100, elevated
    QString m_plainStaff; // test0100, signed in but not elevated
    QString m_owner;      // test0101
    QString m_panelHost;  // the host this panel serves

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &path) { return panel().url(path); }

    HttpReply requestSite(const QString &name, const QString &email = QStringLiteral("web@example.test"))
    {
        return m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("description"), QStringLiteral("Our group's pages")},
                                {QStringLiteral("contactEmail"), email}},
                               m_owner);
    }
    HttpReply decide(const QString &siteId, const QString &verb, const QJsonObject &body,
                     const QString &token)
    {
        return m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites/%1/%2").arg(siteId, verb)), body,
                               token);
    }
    QJsonObject ownersSite(const QString &siteId)
    {
        const QJsonArray items = m_http.getJson(url(QStringLiteral("/api/v1/sites")), m_owner)
                                     .json()[QStringLiteral("items")]
                                     .toArray();
        for (const QJsonValue &item : items)
            if (item[QStringLiteral("id")].toString() == siteId)
                return item.toObject();
        return {};
    }
    QJsonArray audit(const QString &action)
    {
        return m_http.getJson(url(QStringLiteral("/api/v1/audit?action=") + action), m_staff)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }
    // Every site the store holds, each with its host, read beside the panel, and the sites' audit.
    QByteArray snapshot()
    {
        auto opened = m_fixture.openStore();
        if (!opened)
            return "no store";
        mws::store::SiteQuery all;
        all.limit = 500;
        const auto sites = opened->store().listSites(all, QDateTime::currentDateTimeUtc());
        if (!sites)
            return "error";
        QByteArray text;
        for (const mws::model::Site &site : sites->items)
            text += QJsonDocument(site.toJson()).toJson() + hostOf(opened->store(), site.id).toUtf8();
        return text + QJsonDocument(audit(QStringLiteral("site."))).toJson();
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
        // A second host in the fleet's inventory, besides the one this panel serves.
        const QJsonObject fleet{
            {QStringLiteral("clusters"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("pair1")},
                                    {QStringLiteral("hypervisors"),
                                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("hv1a")},
                                                            {QStringLiteral("uri"),
                                                             QStringLiteral("qemu+ssh://hv1a/system")}}}}}}},
            {QStringLiteral("hosts"),
             QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("web2")},
                                    {QStringLiteral("hypervisor"), QStringLiteral("hv1a")},
                                    {QStringLiteral("domain"), QStringLiteral("mws-web2")}}}}};
        QCOMPARE(m_http
                     .sendJson("PUT", url(QStringLiteral("/api/v1/staff/inventory")), fleet, m_staff,
                               {{"If-Match", "*"}})
                     .status,
                 200);
        const HttpReply hosts = m_http.getJson(url(QStringLiteral("/api/v1/staff/site-hosts")), m_staff);
        QCOMPARE(hosts.status, 200);
        m_panelHost = hosts.json().value(QStringLiteral("default")).toString();
        QVERIFY(!m_panelHost.isEmpty());
        QCOMPARE(hosts.json().value(QStringLiteral("hosts")).toArray(),
                 (QJsonArray{m_panelHost, QStringLiteral("web2")}));
    }

    void aRequestIsApprovedOntoTheChosenHost()
    {
        const HttpReply asked = requestSite(QStringLiteral("Physics outreach"));
        QCOMPARE(asked.status, 201);
        const QString id = asked.json().value(QStringLiteral("id")).toString();
        QCOMPARE(ownersSite(id).value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QCOMPARE(ownersSite(id).value(QStringLiteral("myRole")).toString(), QStringLiteral("owner"));
        const QJsonArray waiting =
            m_http.getJson(url(QStringLiteral("/api/v1/sites?scope=all&status=requested")), m_staff)
                .json()[QStringLiteral("items")]
                .toArray();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0][QStringLiteral("id")].toString(), id);

        const HttpReply approved = decide(id, QStringLiteral("approve"),
                                          {{QStringLiteral("host"), QStringLiteral("web2")}}, m_staff);
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(
            approved.json().value(QStringLiteral("hostname")).toString().startsWith(id + QLatin1Char('.')));
        QCOMPARE(ownersSite(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        auto opened = m_fixture.openStore();
        QVERIFY(opened);
        QCOMPARE(hostOf(opened->store(), id), QStringLiteral("web2"));
        const QJsonObject event = audit(QStringLiteral("site.approve")).at(0).toObject();
        QCOMPARE(event.value(QStringLiteral("target")).toString(), id);
        QVERIFY(event.value(QStringLiteral("elevated")).toBool());
        QCOMPARE(event[QStringLiteral("after")][QStringLiteral("host")].toString(), QStringLiteral("web2"));
        // Decided once: neither again.
        QCOMPARE(decide(id, QStringLiteral("approve"), {}, m_staff).status, 409);
        QCOMPARE(
            decide(id, QStringLiteral("decline"), {{QStringLiteral("reason"), QStringLiteral("x")}}, m_staff)
                .status,
            409);
    }

    void aDeclinedRequestShowsTheOwnerWhy()
    {
        const QString id =
            requestSite(QStringLiteral("Second homepage")).json().value(QStringLiteral("id")).toString();
        const HttpReply declined = decide(
            id, QStringLiteral("decline"),
            {{QStringLiteral("reason"), QStringLiteral("  Your department already hosts this.  ")}}, m_staff);
        QCOMPARE(declined.status, 200);
        const QJsonObject seen = ownersSite(id);
        QCOMPARE(seen.value(QStringLiteral("status")).toString(), QStringLiteral("declined"));
        QCOMPARE(seen.value(QStringLiteral("declineReason")).toString(),
                 QStringLiteral("Your department already hosts this."));
        QVERIFY(seen.value(QStringLiteral("hostname")).toString().isEmpty());
        QCOMPARE(audit(QStringLiteral("site.decline")).at(0)[QStringLiteral("target")].toString(), id);
        QCOMPARE(decide(id, QStringLiteral("approve"), {}, m_staff).status, 409);
        // A declined site is not one the owner can change or use.
        QCOMPARE(m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites/%1/enable").arg(id)), {}, m_owner)
                     .status,
                 409);
        // Staff may clear it away once it has been read.
        const HttpReply deleted =
            m_http.sendJson("DELETE", url(QStringLiteral("/api/v1/sites/%1").arg(id)), {}, m_staff);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
    }

    // Staff who have not switched to staff mode, and owners, decide nothing.
    void onlyElevatedStaffDecide()
    {
        const QString id =
            requestSite(QStringLiteral("Waiting")).json().value(QStringLiteral("id")).toString();
        const QByteArray before = snapshot();
        for (const QString &token : {m_plainStaff, m_owner}) {
            QCOMPARE(decide(id, QStringLiteral("approve"), {}, token).status, 403);
            QCOMPARE(decide(id, QStringLiteral("decline"), {{QStringLiteral("reason"), QStringLiteral("no")}},
                            token)
                         .status,
                     403);
            QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/staff/site-hosts")), token).status, 403);
        }
        QCOMPARE(decide(id, QStringLiteral("approve"), {}, {}).status, 401);
        QCOMPARE(snapshot(), before);
        QCOMPARE(ownersSite(id).value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    }

    void badInputNamesTheFieldAndStoresNothing_data()
    {
        QTest::addColumn<QString>("verb"); // request, approve or decline
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const auto asked = [](const QString &name, const QString &email) {
            return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("contactEmail"), email}};
        };
        const QString email = QStringLiteral("web@example.test");
        QTest::newRow("empty name") << "request" << asked({}, email) << "name";
        QTest::newRow("blank name") << "request" << asked(QStringLiteral("   "), email) << "name";
        QTest::newRow("name too long") << "request" << asked(QString(101, QLatin1Char('a')), email) << "name";
        QTest::newRow("no webmaster")
            << "request" << QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}} << "contactEmail";
        QTest::newRow("bad webmaster")
            << "request" << asked(QStringLiteral("A"), QStringLiteral("web@localhost")) << "contactEmail";
        QTest::newRow("description too long")
            << "request"
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                           {QStringLiteral("contactEmail"), email},
                           {QStringLiteral("description"), QString(251, QLatin1Char('d'))}}
            << "description";
        QTest::newRow("unknown host")
            << "approve" << QJsonObject{{QStringLiteral("host"), QStringLiteral("web9")}} << "host";
        QTest::newRow("host not a string") << "approve" << QJsonObject{{QStringLiteral("host"), 2}} << "host";
        QTest::newRow("no reason") << "decline" << QJsonObject{} << "reason";
        QTest::newRow("blank reason")
            << "decline" << QJsonObject{{QStringLiteral("reason"), QStringLiteral(" ")}} << "reason";
        QTest::newRow("reason too long")
            << "decline" << QJsonObject{{QStringLiteral("reason"), QString(501, QLatin1Char('r'))}}
            << "reason";
    }

    void badInputNamesTheFieldAndStoresNothing()
    {
        QFETCH(QString, verb);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        static const QString waiting =
            requestSite(QStringLiteral("Pending forever")).json().value(QStringLiteral("id")).toString();
        const QByteArray before = snapshot();
        const HttpReply refused =
            verb == QLatin1String("request")
                ? m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")), body, m_owner)
                : decide(waiting, verb, body, m_staff);
        QCOMPARE(refused.status, 422);
        QStringList fields;
        for (const QJsonValue &error : refused.json().value(QStringLiteral("errors")).toArray())
            fields << error[QStringLiteral("field")].toString();
        QVERIFY2(fields.contains(field), refused.body.constData());
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestSiteRequestsApi)
#include "tst_siterequestsapi.moc"
