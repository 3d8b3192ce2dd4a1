// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sites, members, audit and jobs through the real panel: what a correct request does, and that
// a bad one gets a clear, field-level error and changes nothing.
#include "apitestbase.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mws::test;

class TestSitesApi : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    HttpClient m_http;
    QString m_owner;                 // test0101
    QString m_staff;                 // test0100, elevated
    QString m_staffOutsideStaffMode; // test0100 too
    QString m_siteId;

    PanelProcess &panel() { return m_fixture.panel(); }
    QUrl url(const QString &path) { return panel().url(path); }

    // Everything a refused request could have touched, to compare before and after.
    QByteArray storeSnapshot()
    {
        const HttpReply site = m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_owner);
        const HttpReply members =
            m_http.getJson(url(QStringLiteral("/api/v1/sites/%1/members").arg(m_siteId)), m_owner);
        // Changes only: staff mode's reads (staff.read) are recorded by design, these included.
        int changes = 0;
        for (const char *prefix : {"site.", "member.", "supporter.", "job.", "token."})
            changes +=
                m_http
                    .getJson(url(QStringLiteral("/api/v1/audit?limit=1&action=") + QLatin1String(prefix)),
                             m_staff)
                    .json()
                    .value(QStringLiteral("total"))
                    .toInt();
        const HttpReply sites = m_http.getJson(url(QStringLiteral("/api/v1/sites?scope=all")), m_staff);
        return site.body + members.body + QByteArray::number(changes) +
               QByteArray::number(sites.json().value(QStringLiteral("total")).toInt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.startWithStaff(&error), qPrintable(error));
        m_staffOutsideStaffMode = signIn(m_http, panel(), QStringLiteral("test0100"), &error);
        QVERIFY2(!m_staffOutsideStaffMode.isEmpty(), qPrintable(error));
        m_staff = signIn(m_http, panel(), QStringLiteral("test0100"), &error, m_staffOutsideStaffMode);
        QVERIFY2(!m_staff.isEmpty(), qPrintable(error));
        m_owner = signIn(m_http, panel(), QStringLiteral("test0101"), &error);
        QVERIFY2(!m_owner.isEmpty(), qPrintable(error));
        const HttpReply created =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("Department of Examples")},
                             {QStringLiteral("contactEmail"), QStringLiteral("web@dept.example")},
                             {QStringLiteral("owner"), QStringLiteral("test0101")}},
                            m_staff);
        QCOMPARE(created.status, 201);
        m_siteId = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(m_siteId.startsWith(QLatin1String("site-")));
        QCOMPARE(created.header("ETag"), QByteArray("\"v1\""));
    }

    void aRequestedSiteWaitsForStaff()
    {
        const HttpReply requested =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("My new blog")},
                             {QStringLiteral("contactEmail"), QStringLiteral("me@example.test")}},
                            m_owner);
        QCOMPARE(requested.status, 201);
        QCOMPARE(requested.json().value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QCOMPARE(requested.json().value(QStringLiteral("myRole")).toString(), QStringLiteral("owner"));
        const QString id = requested.json().value(QStringLiteral("id")).toString();
        // A requested site cannot be changed by its owner until staff approve it.
        QCOMPARE(m_http
                     .sendJson("PATCH", url(QStringLiteral("/api/v1/sites/") + id),
                               {{QStringLiteral("description"), QStringLiteral("x")}}, m_owner,
                               {{"If-Match", "*"}})
                     .status,
                 409);
        const HttpReply approved =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites/%1/approve").arg(id)), {}, m_staff);
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void updatesNeedTheCurrentETag()
    {
        const HttpReply read = m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_owner);
        QCOMPARE(read.status, 200);
        const QByteArray etag = read.header("ETag");
        QVERIFY(!etag.isEmpty());

        const QJsonObject change{{QStringLiteral("description"), QStringLiteral("Research group pages")}};
        QCOMPARE(m_http.sendJson("PATCH", url(QStringLiteral("/api/v1/sites/") + m_siteId), change, m_owner)
                     .status,
                 428);
        const HttpReply first = m_http.sendJson("PATCH", url(QStringLiteral("/api/v1/sites/") + m_siteId),
                                                change, m_owner, {{"If-Match", etag}});
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("ETag") != etag);
        QCOMPARE(first.json().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Research group pages"));

        // A second admin who read before that change cannot overwrite it.
        const HttpReply stale = m_http.sendJson(
            "PATCH", url(QStringLiteral("/api/v1/sites/") + m_siteId),
            {{QStringLiteral("description"), QStringLiteral("lost update")}}, m_staff, {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
        QVERIFY(stale.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("changed")));
        const HttpReply after = m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_owner);
        QCOMPARE(after.json().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Research group pages"));

        // Revalidation: the same ETag answers 304 with no body.
        const HttpReply notModified = m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId),
                                                     m_owner, {{"If-None-Match", after.header("ETag")}});
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
    }

    void changesAreAudited()
    {
        const HttpReply audit = m_http.getJson(
            url(QStringLiteral("/api/v1/sites/%1/audit?action=site.update").arg(m_siteId)), m_owner);
        QCOMPARE(audit.status, 200);
        const QJsonArray items = audit.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject event = items.first().toObject();
        QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("test0101"));
        QCOMPARE(
            event.value(QStringLiteral("before")).toObject().value(QStringLiteral("description")).toString(),
            QString());
        QCOMPARE(
            event.value(QStringLiteral("after")).toObject().value(QStringLiteral("description")).toString(),
            QStringLiteral("Research group pages"));
        const HttpReply byStaff =
            m_http.getJson(url(QStringLiteral("/api/v1/audit?actor=test0100&siteId=") + m_siteId), m_staff);
        QCOMPARE(byStaff.status, 200);
        for (const QJsonValue &e : byStaff.json().value(QStringLiteral("items")).toArray()) {
            QCOMPARE(e.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("test0100"));
            QVERIFY(e.toObject().value(QStringLiteral("elevated")).toBool());
        }
    }

    void staffModeReadsAreAudited()
    {
        const auto reads = [this] {
            return m_http.getJson(url(QStringLiteral("/api/v1/audit?limit=1&action=staff.read")), m_staff)
                .json()
                .value(QStringLiteral("total"))
                .toInt();
        };
        const int before = reads(); // this read is recorded once it has answered
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_staff).status, 200);
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_owner).status,
                 200); // not staff
        QCOMPARE(reads(), before + 2);
        const HttpReply latest = m_http.getJson(
            url(QStringLiteral("/api/v1/sites/%1/audit?action=staff.read&limit=1").arg(m_siteId)), m_owner);
        const QJsonObject event = latest.json().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("test0100"));
        QCOMPARE(event.value(QStringLiteral("target")).toString(),
                 QStringLiteral("/api/v1/sites/") + m_siteId);
        QVERIFY(event.value(QStringLiteral("elevated")).toBool());
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QString site = QStringLiteral("/api/v1/sites/{site}");
        const QString sites = QStringLiteral("/api/v1/sites");
        QTest::newRow("malformed JSON")
            << QByteArray("PATCH") << site << QByteArray("{\"name\": ") << 400 << QString();
        QTest::newRow("not an object")
            << QByteArray("PATCH") << site << QByteArray("[1,2]") << 400 << QString();
        QTest::newRow("wrong type") << QByteArray("PATCH") << site << QByteArray("{\"name\": 42}") << 422
                                    << QStringLiteral("name");
        QTest::newRow("unknown field")
            << QByteArray("PATCH") << site << QByteArray("{\"status\": \"active\"}") << 422
            << QStringLiteral("status");
        QTest::newRow("blank name") << QByteArray("PATCH") << site << QByteArray("{\"name\": \"   \"}") << 422
                                    << QStringLiteral("name");
        QTest::newRow("long description")
            << QByteArray("PATCH") << site << ("{\"description\": \"" + QByteArray(251, 'x') + "\"}") << 422
            << QStringLiteral("description");
        QTest::newRow("bad email") << QByteArray("PATCH") << site
                                   << QByteArray("{\"contactEmail\": \"not an email\"}") << 422
                                   << QStringLiteral("contactEmail");
        QTest::newRow("control characters")
            << QByteArray("PATCH") << site << QByteArray("{\"name\": \"a\\u0000b\"}") << 422
            << QStringLiteral("name");
        QTest::newRow("one bad field spoils all")
            << QByteArray("PATCH") << site
            << QByteArray("{\"description\": \"fine\", \"contactEmail\": \"@\"}") << 422
            << QStringLiteral("contactEmail");
        QTest::newRow("oversized body")
            << QByteArray("PATCH") << site << ("{\"description\": \"" + QByteArray(2 << 20, 'x') + "\"}")
            << 413 << QString();
        QTest::newRow("missing required") << QByteArray("POST") << sites << QByteArray("{\"name\": \"x\"}")
                                          << 422 << QStringLiteral("contactEmail");
        QTest::newRow("bad member role")
            << QByteArray("PUT") << QStringLiteral("/api/v1/sites/{site}/members/test0102")
            << QByteArray("{\"role\": \"root\"}") << 422 << QStringLiteral("role");
        QTest::newRow("bad member name")
            << QByteArray("PUT")
            << QStringLiteral("/api/v1/sites/{site}/members/Robert'); DROP TABLE sites;--")
            << QByteArray("{\"role\": \"admin\"}") << 422 << QStringLiteral("crsid");
        QTest::newRow("last owner") << QByteArray("PUT")
                                    << QStringLiteral("/api/v1/sites/{site}/members/test0101")
                                    << QByteArray("{\"role\": \"admin\"}") << 409 << QString();
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        path.replace(QStringLiteral("{site}"), m_siteId);
        const QByteArray before = storeSnapshot();
        const HttpReply reply = m_http.send(method, url(path), body,
                                            {{"Content-Type", "application/json"},
                                             {"Authorization", "Bearer " + m_owner.toLatin1()},
                                             {"If-Match", "*"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject problem = reply.json();
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!problem.value(QStringLiteral("title")).toString().isEmpty());
        if (!field.isEmpty()) {
            bool named = false;
            for (const QJsonValue &error : problem.value(QStringLiteral("errors")).toArray())
                named |= error.toObject().value(QStringLiteral("field")).toString() == field;
            QVERIFY2(named, reply.body.constData());
        }
        QCOMPARE(storeSnapshot(), before);
    }

    void injectionStringsAreJustText()
    {
        const QString nasty = QStringLiteral("x'); DROP TABLE sites; -- <script>alert(1)</script> %_\\");
        const HttpReply changed =
            m_http.sendJson("PATCH", url(QStringLiteral("/api/v1/sites/") + m_siteId),
                            {{QStringLiteral("description"), nasty}}, m_owner, {{"If-Match", "*"}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites/") + m_siteId), m_owner)
                     .json()
                     .value(QStringLiteral("description"))
                     .toString(),
                 nasty);
        // Search treats % and _ literally.
        const HttpReply search =
            m_http.getJson(url(QStringLiteral("/api/v1/sites?scope=all&q=%25_")), m_staff);
        QCOMPARE(search.status, 200);
        QCOMPARE(search.json().value(QStringLiteral("total")).toInt(), 0);
    }

    void idempotentCreates()
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Idempotent site")},
                               {QStringLiteral("contactEmail"), QStringLiteral("i@example.test")}};
        const HttpReply first = m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")), body, m_owner,
                                                {{"Idempotency-Key", "create-1"}});
        QCOMPARE(first.status, 201);
        const HttpReply retry = m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")), body, m_owner,
                                                {{"Idempotency-Key", "create-1"}});
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.json().value(QStringLiteral("id")), first.json().value(QStringLiteral("id")));
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        const HttpReply mine = m_http.getJson(url(QStringLiteral("/api/v1/sites?q=Idempotent")), m_owner);
        QCOMPARE(mine.json().value(QStringLiteral("total")).toInt(), 1);

        QJsonObject other = body;
        other.insert(QStringLiteral("name"), QStringLiteral("Something else"));
        QCOMPARE(m_http
                     .sendJson("POST", url(QStringLiteral("/api/v1/sites")), other, m_owner,
                               {{"Idempotency-Key", "create-1"}})
                     .status,
                 422);
        // Without a key, the same name is a conflict.
        QCOMPARE(m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")), body, m_owner).status, 409);
    }

    void listsPageAndSearch()
    {
        for (int i = 0; i < 7; ++i) {
            const HttpReply created =
                m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                                {{QStringLiteral("name"), QStringLiteral("paged %1").arg(i)},
                                 {QStringLiteral("contactEmail"), QStringLiteral("p@example.test")},
                                 {QStringLiteral("owner"), QStringLiteral("test0103")}},
                                m_staff);
            QCOMPARE(created.status, 201);
        }
        const HttpReply page =
            m_http.getJson(url(QStringLiteral("/api/v1/sites?scope=all&q=paged&offset=2&limit=3")), m_staff);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 7);
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("paged 2"));
        // Search by a member's CRSid finds their sites.
        const HttpReply byUser =
            m_http.getJson(url(QStringLiteral("/api/v1/sites?scope=all&q=test0103")), m_staff);
        QCOMPARE(byUser.json().value(QStringLiteral("total")).toInt(), 7);
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites?limit=0")), m_staff).status, 400);
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites?status=nonsense")), m_staff).status, 400);
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/sites?scope=everything")), m_staff).status, 400);
    }

    void unknownRoutesAndMethods()
    {
        const HttpReply missing = m_http.getJson(url(QStringLiteral("/api/v1/nothing-here")), m_owner);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(m_http
                     .send("PUT", url(QStringLiteral("/api/v1/sites")), "{}",
                           {{"Content-Type", "application/json"}})
                     .status,
                 405);
        QCOMPARE(m_http
                     .send("POST", url(QStringLiteral("/api/v1/sites")), "name=x",
                           {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"Authorization", "Bearer " + m_owner.toLatin1()}})
                     .status,
                 415);
    }

    void aRestartFailsInterruptedJobs()
    {
        const QString jobId = m_fixture.insertJob(m_siteId, QStringLiteral("test0101"));
        QVERIFY(!jobId.isEmpty());
        panel().kill(); // as in a crash: no chance to clean up
        QString error;
        QVERIFY2(panel().restart(&error), qPrintable(error));
        const HttpReply job = m_http.getJson(url(QStringLiteral("/api/v1/jobs/") + jobId), m_owner);
        QCOMPARE(job.status, 200);
        QCOMPARE(job.json().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(job.json().value(QStringLiteral("error")).toString().contains(QLatin1String("stopped")));
        // Tokens survive the restart: they live in the store.
        QCOMPARE(m_http.getJson(url(QStringLiteral("/api/v1/me")), m_owner).status, 200);
    }

    // Staff reach any site through a supporter grant, so it is a staff-mode action and recorded
    // as one; outside staff mode it grants nothing and records nothing.
    void aSupporterGrantIsAnElevatedAction()
    {
        const HttpReply created =
            m_http.sendJson("POST", url(QStringLiteral("/api/v1/sites")),
                            {{QStringLiteral("name"), QStringLiteral("Needs support")},
                             {QStringLiteral("contactEmail"), QStringLiteral("help@example.test")},
                             {QStringLiteral("owner"), QStringLiteral("test0101")}},
                            m_staff);
        QCOMPARE(created.status, 201);
        const QString site = created.json().value(QStringLiteral("id")).toString();
        const QUrl grant = url(QStringLiteral("/api/v1/sites/%1/supporters").arg(site));
        const QUrl members = url(QStringLiteral("/api/v1/sites/%1/members").arg(site));
        const QUrl audit = url(QStringLiteral("/api/v1/sites/%1/audit?action=supporter.grant").arg(site));
        const QByteArray membersBefore = m_http.getJson(members, m_staff).body;

        const HttpReply refused = m_http.sendJson("POST", grant, {}, m_staffOutsideStaffMode);
        QCOMPARE(refused.status, 403);
        QVERIFY2(
            refused.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("staff mode")),
            refused.body.constData());
        QCOMPARE(m_http.getJson(members, m_staff).body, membersBefore);
        QCOMPARE(m_http.getJson(audit, m_staff).json().value(QStringLiteral("total")).toInt(), 0);

        QCOMPARE(m_http.sendJson("POST", grant, {}, m_staff).status, 201);
        const QJsonArray events =
            m_http.getJson(audit, m_staff).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()[QStringLiteral("actor")].toString(), QStringLiteral("test0100"));
        QCOMPARE(events.first()[QStringLiteral("target")].toString(), QStringLiteral("test0100"));
        QCOMPARE(events.first()[QStringLiteral("elevated")].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestSitesApi)
#include "tst_sitesapi.moc"
