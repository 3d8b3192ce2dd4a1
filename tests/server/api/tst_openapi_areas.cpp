// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The OpenAPI document against the real panel: each area's routes (see openapitest.h).
#include "openapitest.h"

using namespace mws::test;

void TestOpenApi::cronResponsesMatchTheDocument()
{
    const HttpReply site = check("POST", QStringLiteral("/api/v1/sites"), {},
                                 {{QStringLiteral("name"), QStringLiteral("Timed")},
                                  {QStringLiteral("contactEmail"), QStringLiteral("c@example.test")},
                                  {QStringLiteral("owner"), QStringLiteral("test0201")}},
                                 m_staff);
    QCOMPARE(site.status, 201);
    const QHash<QString, QString> s{
        {QStringLiteral("siteId"), site.json().value(QStringLiteral("id")).toString()}};
    const HttpReply read = check("GET", QStringLiteral("/api/v1/sites/{siteId}/cron"), s, {}, m_owner);
    QCOMPARE(read.status, 200);
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/cron"), s, {}, m_owner,
          {{"If-None-Match", read.header("ETag")}});
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/cron"), s);
    const QJsonObject jobs{
        {QStringLiteral("jobs"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("hello")},
                                {QStringLiteral("schedule"), QStringLiteral("@yearly")},
                                {QStringLiteral("command"), QStringLiteral("echo hello")},
                                {QStringLiteral("environment"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                                        {QStringLiteral("value"), QStringLiteral("b")}}}}}}}};
    QCOMPARE(
        check("PUT", QStringLiteral("/api/v1/sites/{siteId}/cron?preview=true"), s, jobs, m_owner).status,
        200);
    QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/cron"), s, jobs, m_owner).status, 428);
    QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/cron"), s,
                   {{QStringLiteral("jobs"),
                     QJsonArray{QJsonObject{{QStringLiteral("schedule"), QStringLiteral("* *")},
                                            {QStringLiteral("command"), QStringLiteral("a\nb")}}}}},
                   m_owner, {{"If-Match", read.header("ETag")}})
                 .status,
             422);
    const QJsonObject applied = waitForJob(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/cron"), s,
                                                 jobs, m_owner, {{"If-Match", read.header("ETag")}}));
    QCOMPARE(applied.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/cron"), s, jobs, m_owner,
                   {{"If-Match", read.header("ETag")}})
                 .status,
             412);
    const QHash<QString, QString> j{{QStringLiteral("siteId"), s.value(QStringLiteral("siteId"))},
                                    {QStringLiteral("jobId"), QStringLiteral("hello")}};
    const QJsonObject ran = waitForJob(
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/cron/jobs/{jobId}/run"), j, {}, m_owner));
    QCOMPARE(ran.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    check("POST", QStringLiteral("/api/v1/sites/{siteId}/cron/jobs/{jobId}/run"),
          {{QStringLiteral("siteId"), s.value(QStringLiteral("siteId"))},
           {QStringLiteral("jobId"), QStringLiteral("nope")}},
          {}, m_owner);
    const HttpReply runs =
        check("GET", QStringLiteral("/api/v1/sites/{siteId}/cron/runs?job=hello"), s, {}, m_owner);
    QCOMPARE(runs.json().value(QStringLiteral("runs")).toArray().size(), 1);
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/cron/runs?limit=0"), s, {}, m_owner);
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/cron"), s, {}, m_owner);
}

void TestOpenApi::databasesResponsesMatchTheDocument()
{
    const HttpReply site = check("POST", QStringLiteral("/api/v1/sites"), {},
                                 {{QStringLiteral("name"), QStringLiteral("Stored")},
                                  {QStringLiteral("contactEmail"), QStringLiteral("d@example.test")},
                                  {QStringLiteral("owner"), QStringLiteral("test0201")}},
                                 m_staff);
    QCOMPARE(site.status, 201);
    const QString siteId = site.json().value(QStringLiteral("id")).toString();
    const QString prefix = QLatin1Char('s') + siteId.mid(5) + QLatin1Char('_');
    const QHash<QString, QString> s{{QStringLiteral("siteId"), siteId}};
    const HttpReply listed = check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases"), s, {}, m_owner);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(QStringLiteral("prefix")).toString(), prefix);
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases"), s, {}, m_owner,
          {{"If-None-Match", listed.header("ETag")}});
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases"), s);
    const QString db = prefix + QStringLiteral("shop");
    const QString user = prefix + QStringLiteral("app");
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/databases"), s,
                   {{QStringLiteral("name"), QStringLiteral("shop`;")}}, m_owner)
                 .status,
             422);
    QCOMPARE(waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/databases"), s,
                              {{QStringLiteral("name"), db}}, m_owner))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/databases"), s,
                   {{QStringLiteral("name"), db}}, m_owner)
                 .status,
             409);
    const HttpReply created = check("POST", QStringLiteral("/api/v1/sites/{siteId}/database-users"), s,
                                    {{QStringLiteral("name"), user}}, m_owner);
    QCOMPARE(created.json().value(QStringLiteral("password")).toString().size(), 24);
    QCOMPARE(waitForJob(created).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QHash<QString, QString> u = s;
    u.insert(QStringLiteral("name"), user);
    const QJsonObject grants{
        {QStringLiteral("grants"),
         QJsonArray{QJsonObject{{QStringLiteral("database"), db},
                                {QStringLiteral("level"), QStringLiteral("read-only")}}}}};
    QCOMPARE(waitForJob(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}/grants"), u,
                              grants, m_owner))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("succeeded"));
    const HttpReply reset = check(
        "POST", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}/password"), u, {}, m_owner);
    QCOMPARE(waitForJob(reset).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const HttpReply after = check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases"), s, {}, m_owner);
    QCOMPARE(after.json()[QStringLiteral("users")][0][QStringLiteral("grants")][0][QStringLiteral("level")]
                 .toString(),
             QStringLiteral("read-only"));
    check("POST", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}/password"),
          {{QStringLiteral("siteId"), siteId}, {QStringLiteral("name"), prefix + QStringLiteral("nobody")}},
          {}, m_owner);
    QCOMPARE(waitForJob(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}"), u, {},
                              m_owner))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("succeeded"));
    QHash<QString, QString> d = s;
    d.insert(QStringLiteral("name"), db);
    databaseTransfersMatchTheDocument(s, d);
    QCOMPARE(
        check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}"), d, {}, m_owner).status,
        422);
    QCOMPARE(waitForJob(check("DELETE",
                              QStringLiteral("/api/v1/sites/{siteId}/databases/{name}?confirmName=") + db, d,
                              {}, m_owner))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("succeeded"));
    check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}?confirmName=") + db, d, {},
          m_owner);
}

// An export downloaded and imported back, through every route of the transfers.
void TestOpenApi::databaseTransfersMatchTheDocument(const QHash<QString, QString> &s,
                                                    const QHash<QString, QString> &d)
{
    const QJsonObject exported = waitForJob(
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}/export"), d, {}, m_owner));
    QCOMPARE(exported.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QHash<QString, QString> e = s;
    e.insert(QStringLiteral("jobId"), exported.value(QStringLiteral("id")).toString());
    const HttpReply dump =
        check("GET", QStringLiteral("/api/v1/sites/{siteId}/database-exports/{jobId}"), e, {}, m_owner);
    QVERIFY(dump.body.startsWith("\x1f\x8b"));
    e.insert(QStringLiteral("jobId"), QStringLiteral("job-000000000000"));
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/database-exports/{jobId}"), e, {}, m_owner);
    const QString database = d.value(QStringLiteral("name"));
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}/tables"), d, {}, m_owner);
    QHash<QString, QString> t = d;
    t.insert(QStringLiteral("table"), QStringLiteral("missing"));
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}/tables/{table}"), t, {}, m_owner);
    check("POST", QStringLiteral("/api/v1/sites/{siteId}/database-imports"), s,
          {{QStringLiteral("database"), database}, {QStringLiteral("size"), double(qint64(1) << 40)}},
          m_owner);
    const HttpReply created =
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/database-imports"), s,
              {{QStringLiteral("database"), database}, {QStringLiteral("size"), double(dump.body.size())}},
              m_owner);
    QCOMPARE(created.status, 201);
    QHash<QString, QString> u = s;
    u.insert(QStringLiteral("id"), created.json().value(QStringLiteral("id")).toString());
    const auto part = [&](qint64 offset, const QByteArray &bytes) {
        const QString route = QStringLiteral("/api/v1/sites/{siteId}/database-imports/{id}");
        QString path = route;
        path.replace(QStringLiteral("{siteId}"), s.value(QStringLiteral("siteId")))
            .replace(QStringLiteral("{id}"), u.value(QStringLiteral("id")));
        return documented("PUT", route,
                          m_http.send("PUT", panel().url(path + QStringLiteral("?offset=%1").arg(offset)),
                                      bytes, {{"Authorization", "Bearer " + m_owner.toLatin1()}}));
    };
    const qsizetype half = dump.body.size() / 2;
    QCOMPARE(part(0, dump.body.left(half)).status, 200);
    QCOMPARE(part(0, dump.body.left(half)).status, 409);
    QCOMPARE(check("GET", QStringLiteral("/api/v1/sites/{siteId}/database-imports/{id}"), u, {}, m_owner)
                 .json()
                 .value(QStringLiteral("received"))
                 .toInteger(),
             half);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/database-imports/{id}/apply"), u,
                   {{QStringLiteral("confirmName"), database}}, m_owner)
                 .status,
             409);
    QCOMPARE(part(half, dump.body.mid(half)).status, 200);
    QCOMPARE(waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/database-imports/{id}/apply"), u,
                              {{QStringLiteral("confirmName"), database}}, m_owner))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/database-imports/{id}"), u, {}, m_owner)
                 .status,
             404); // an applied upload is gone
}

void TestOpenApi::hostingResponsesMatchTheDocument()
{
    check("GET", QStringLiteral("/api/v1/hosting/catalogue"), {}, {}, m_owner);
    check("GET", QStringLiteral("/api/v1/hosting/catalogue"), {});

    const HttpReply site = check("POST", QStringLiteral("/api/v1/sites"), {},
                                 {{QStringLiteral("name"), QStringLiteral("Hosted")},
                                  {QStringLiteral("contactEmail"), QStringLiteral("h@example.test")},
                                  {QStringLiteral("owner"), QStringLiteral("test0201")}},
                                 m_staff);
    QCOMPARE(site.status, 201);
    const QString siteId = site.json().value(QStringLiteral("id")).toString();
    const QHash<QString, QString> s{{QStringLiteral("siteId"), siteId}};
    const QHash<QString, QString> v{{QStringLiteral("siteId"), siteId},
                                    {QStringLiteral("vhost"), QStringLiteral("main")}};
    const auto etag = [&] {
        return check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"), s, {}, m_owner).header("ETag");
    };
    const auto succeeded = [](const QJsonObject &job) {
        return job.value(QStringLiteral("state")).toString() == QLatin1String("succeeded");
    };

    // Reading: nothing applied yet, so the times are null.
    QCOMPARE(check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"), s, {}, m_owner).status, 200);
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"), s);
    check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"),
          {{QStringLiteral("siteId"), QStringLiteral("site-00000000")}}, {}, m_owner);

    // A vhost: previewed, refused, then made.
    const QJsonObject vhost{{QStringLiteral("name"), QStringLiteral("main")},
                            {QStringLiteral("domains"),
                             QJsonArray{QStringLiteral("www.hosted.test"), QStringLiteral("hosted.test")}},
                            {QStringLiteral("redirectAliases"), true}};
    QCOMPARE(
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts?preview=true"), s, vhost, m_owner).status,
        200);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s, vhost, m_owner).status, 428);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s,
                   {{QStringLiteral("name"), QStringLiteral("Bad Name")},
                    {QStringLiteral("domains"), QJsonArray{QStringLiteral("bad name.test")}}},
                   m_owner, {{"If-Match", etag()}})
                 .status,
             422);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s, vhost, m_owner,
                   {{"If-Match", "\"v999\""}})
                 .status,
             412);
    QVERIFY(succeeded(waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s, vhost,
                                       m_owner, {{"If-Match", etag()}}))));

    // Changing it.
    const QJsonObject change{{QStringLiteral("docrootWritable"), true},
                             {QStringLiteral("modules"), QJsonArray{}},
                             {QStringLiteral("directives"), QString()}};
    QCOMPARE(check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}?preview=true"), v, change,
                   m_owner)
                 .status,
             200);
    QCOMPARE(check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"), v,
                   {{QStringLiteral("hsts"), true}}, m_owner, {{"If-Match", etag()}})
                 .status,
             422);
    QVERIFY(succeeded(waitForJob(check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"), v,
                                       change, m_owner, {{"If-Match", etag()}}))));
    check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"),
          {{QStringLiteral("siteId"), siteId}, {QStringLiteral("vhost"), QStringLiteral("nope")}}, change,
          m_owner, {{"If-Match", etag()}});

    // PHP.
    const QJsonObject php{
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("96m")}}}};
    QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/php?preview=true"), s, php, m_owner).status,
             200);
    QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/php"), s,
                   {{QStringLiteral("settings"),
                     QJsonObject{{QStringLiteral("open_basedir"), QStringLiteral("/")}}}},
                   m_owner, {{"If-Match", etag()}})
                 .status,
             422);
    QVERIFY(succeeded(waitForJob(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/php"), s, php, m_owner,
                                       {{"If-Match", etag()}}))));

    // A check asks the vhosts through the front; it needs no version.
    QVERIFY(succeeded(
        waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/checks"), s, {}, m_owner))));
    check("POST", QStringLiteral("/api/v1/sites/{siteId}/checks"), s, {});

    // TLS: a CSR, an upload the panel refuses, a self-signed certificate, and back to HTTP.
    const HttpReply requested =
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/request"), v, {}, m_owner,
              {{"If-Match", etag()}});
    QCOMPARE(requested.status, 200);
    QVERIFY(requested.json()
                .value(QStringLiteral("request"))
                .toString()
                .startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")));
    QCOMPARE(
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/request"), v, {}, m_owner)
            .status,
        428);
    QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls"), v,
                   {{QStringLiteral("certificate"), QStringLiteral("not a certificate")}}, m_owner,
                   {{"If-Match", etag()}})
                 .status,
             422);
    QCOMPARE(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls"), v, {}, m_owner,
                   {{"If-Match", etag()}})
                 .status,
             409);
    QCOMPARE(check("POST",
                   QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed?preview=true"), v,
                   {}, m_owner)
                 .status,
             200);
    QVERIFY(succeeded(
        waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed"), v,
                         {}, m_owner, {{"If-Match", etag()}}))));
    // The certificate's times and names are in the hosting now.
    const QJsonObject tls = check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"), s, {}, m_owner)
                                .json()
                                .value(QStringLiteral("vhosts"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("tls"))
                                .toObject();
    QCOMPARE(tls.value(QStringLiteral("mode")).toString(), QStringLiteral("selfSigned"));
    QVERIFY(tls.value(QStringLiteral("notAfter")).isString());
    QCOMPARE(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls?preview=true"), v, {},
                   m_owner)
                 .status,
             200);
    QVERIFY(succeeded(waitForJob(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls"),
                                       v, {}, m_owner, {{"If-Match", etag()}}))));

    // Self-signed certificates are for test names only.
    QVERIFY(succeeded(
        waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s,
                         {{QStringLiteral("name"), QStringLiteral("real")},
                          {QStringLiteral("domains"), QJsonArray{QStringLiteral("www.hosted.ac.uk")}}},
                         m_owner, {{"If-Match", etag()}}))));
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed"),
                   {{QStringLiteral("siteId"), siteId}, {QStringLiteral("vhost"), QStringLiteral("real")}},
                   {}, m_owner, {{"If-Match", etag()}})
                 .status,
             422);

    // Removing the vhost.
    QCOMPARE(
        check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}?preview=true"), v, {}, m_owner)
            .status,
        200);
    QVERIFY(succeeded(waitForJob(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"), v,
                                       {}, m_owner, {{"If-Match", etag()}}))));
    QCOMPARE(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"), v, {}, m_owner,
                   {{"If-Match", etag()}})
                 .status,
             404);
    QCOMPARE(check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"), s, {}, m_owner)
                 .json()
                 .value(QStringLiteral("vhosts"))
                 .toArray()
                 .size(),
             1);
}

// The staff console's fleet: the inventory read and replaced, and a VM action recorded.
void TestOpenApi::staffResponsesMatchTheDocument()
{
    const QString inventory = QStringLiteral("/api/v1/staff/inventory");
    const HttpReply read = check("GET", inventory, {}, {}, m_staff);
    QCOMPARE(read.status, 200);
    const QJsonObject fleet{
        {QStringLiteral("clusters"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("pair1")},
             {QStringLiteral("hypervisors"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("hv1a")},
                                     {QStringLiteral("uri"), QStringLiteral("test:///default")}}}}}}},
        {QStringLiteral("hosts"),
         QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("web1")},
                                {QStringLiteral("hypervisor"), QStringLiteral("hv1a")},
                                {QStringLiteral("domain"), QStringLiteral("test")}}}}};
    QCOMPARE(check("PUT", inventory, {}, fleet, m_staff, {{"If-Match", read.header("ETag")}}).status, 200);
    QCOMPARE(check("PUT", inventory, {}, fleet, m_staff, {{"If-Match", read.header("ETag")}}).status, 412);
    QCOMPARE(check("GET", inventory, {}, {}, m_owner).status, 403);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/staff/vm-actions"), {},
                   {{QStringLiteral("hypervisor"), QStringLiteral("hv1a")},
                    {QStringLiteral("domain"), QStringLiteral("test")},
                    {QStringLiteral("action"), QStringLiteral("start")},
                    {QStringLiteral("phase"), QStringLiteral("requested")}},
                   m_staff)
                 .status,
             204);
}

// Site requests: an owner's request approved onto a host, another declined with a reason.
void TestOpenApi::siteRequestResponsesMatchTheDocument()
{
    const auto request = [this](const QString &name) {
        return check("POST", QStringLiteral("/api/v1/sites"), {},
                     {{QStringLiteral("name"), name},
                      {QStringLiteral("description"), QStringLiteral("For the doc")},
                      {QStringLiteral("contactEmail"), QStringLiteral("w@example.test")}},
                     m_owner)
            .json()
            .value(QStringLiteral("id"))
            .toString();
    };
    const QHash<QString, QString> approved{{QStringLiteral("siteId"), request(QStringLiteral("Asked"))}};
    const QHash<QString, QString> declined{{QStringLiteral("siteId"), request(QStringLiteral("Refused"))}};
    const HttpReply hosts = check("GET", QStringLiteral("/api/v1/staff/site-hosts"), {}, {}, m_staff);
    QCOMPARE(hosts.status, 200);
    QCOMPARE(check("GET", QStringLiteral("/api/v1/staff/site-hosts"), {}, {}, m_owner).status, 403);
    const QString host = hosts.json().value(QStringLiteral("default")).toString();
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/approve"), approved,
                   {{QStringLiteral("host"), QStringLiteral("nowhere")}}, m_staff)
                 .status,
             422);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/approve"), approved,
                   {{QStringLiteral("host"), host}}, m_staff)
                 .status,
             200);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/decline"), declined,
                   {{QStringLiteral("reason"), QString()}}, m_staff)
                 .status,
             422);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/decline"), declined,
                   {{QStringLiteral("reason"), QStringLiteral("Use the department's site")}}, m_staff)
                 .status,
             200);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/decline"), approved,
                   {{QStringLiteral("reason"), QStringLiteral("Too late")}}, m_staff)
                 .status,
             409);
    QCOMPARE(check("GET", QStringLiteral("/api/v1/sites/{siteId}"), declined, {}, m_owner)
                 .json()
                 .value(QStringLiteral("declineReason"))
                 .toString(),
             QStringLiteral("Use the department's site"));
}
