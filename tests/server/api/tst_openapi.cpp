// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The OpenAPI document (docs/api/openapi.json) against the real panel: every route the panel
// serves is documented, nothing documented is missing, and real responses match their schemas.
#include "apitestbase.h"
#include "jsonschema.h"
#include "mariadbserver.h"
#include "sshkeygen.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>

using namespace mws::test;

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    MariaDbServer m_mariadb; // outlives the panel
    ApiFixture m_fixture;
    HttpClient m_http;
    QJsonObject m_document;
    QSet<QString> m_exercised; // "GET /api/v1/sites/{siteId}"
    QString m_staff;
    QString m_owner;
    QTemporaryDir m_hostKeyDir;

    PanelProcess &panel() { return m_fixture.panel(); }

    // Sends a request to a documented route and checks the answer against the document.
    HttpReply check(const QByteArray &method, const QString &route, const QHash<QString, QString> &params,
                    const QJsonObject &body = {}, const QString &token = {},
                    const QHash<QByteArray, QByteArray> &headers = {})
    {
        QString path = route;
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            path.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        QHash<QByteArray, QByteArray> all = headers;
        if (!token.isEmpty())
            all.insert("Authorization", "Bearer " + token.toLatin1());
        const HttpReply reply = method == "GET" || method == "DELETE"
                                    ? m_http.send(method, panel().url(path), {}, all)
                                    : m_http.sendJson(method, panel().url(path), body, token, headers);
        return documented(method, route.section(QLatin1Char('?'), 0, 0), reply);
    }

    // Checks an answer of a route against the document: its status must be listed there, and its
    // body must have the documented type and, for JSON, match the schema.
    HttpReply documented(const QByteArray &method, const QString &routeOnly, const HttpReply &reply)
    {
        m_exercised.insert(QString::fromLatin1(method) + QLatin1Char(' ') + routeOnly);

        const QJsonObject operation = m_document.value(QStringLiteral("paths"))
                                          .toObject()
                                          .value(routeOnly)
                                          .toObject()
                                          .value(QString::fromLatin1(method).toLower())
                                          .toObject();
        if (operation.isEmpty()) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("%1 %2 is not documented").arg(QString::fromLatin1(method), routeOnly)),
                __FILE__, __LINE__);
            return reply;
        }
        QJsonObject response = operation.value(QStringLiteral("responses"))
                                   .toObject()
                                   .value(QString::number(reply.status))
                                   .toObject();
        if (response.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("%1 %2 answered %3, which is not documented: %4")
                                        .arg(QString::fromLatin1(method), routeOnly)
                                        .arg(reply.status)
                                        .arg(QString::fromUtf8(reply.body.left(300)))),
                         __FILE__, __LINE__);
            return reply;
        }
        if (response.contains(QStringLiteral("$ref")))
            response = m_document.value(QStringLiteral("components"))
                           .toObject()
                           .value(QStringLiteral("responses"))
                           .toObject()
                           .value(QStringLiteral("Problem"))
                           .toObject();
        const QJsonObject content = response.value(QStringLiteral("content")).toObject();
        const QByteArray contentType = reply.header("Content-Type").split(';').first();
        if (!content.isEmpty()) {
            if (!content.contains(QString::fromLatin1(contentType))) {
                QTest::qFail(qPrintable(QStringLiteral("%1 %2 answered %3 with %4, documented %5")
                                            .arg(QString::fromLatin1(method), routeOnly)
                                            .arg(reply.status)
                                            .arg(QString::fromLatin1(contentType),
                                                 content.keys().join(QLatin1Char(',')))),
                             __FILE__, __LINE__);
                return reply;
            }
            if (!contentType.contains("json"))
                return reply; // an HTML page: its type is what the document promises
            const QJsonObject schema = content.value(QString::fromLatin1(contentType))
                                           .toObject()
                                           .value(QStringLiteral("schema"))
                                           .toObject();
            const QStringList errors =
                schemaErrors(m_document, schema, QJsonDocument::fromJson(reply.body).object());
            if (!errors.isEmpty())
                QTest::qFail(qPrintable(QStringLiteral("%1 %2 (%3): %4")
                                            .arg(QString::fromLatin1(method), routeOnly)
                                            .arg(reply.status)
                                            .arg(errors.join(QStringLiteral("; ")))),
                             __FILE__, __LINE__);
        }
        return reply;
    }

    // Polls a job until it is finished, then checks its last answer against the document.
    QJsonObject waitForJob(const HttpReply &accepted)
    {
        const QString jobId = accepted.json().value(QStringLiteral("id")).toString();
        if (accepted.status != 202 || jobId.isEmpty() ||
            accepted.header("Location") != QStringLiteral("/api/v1/jobs/%1").arg(jobId).toLatin1())
            return {};
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const QString state =
                m_http.getJson(panel().url(QStringLiteral("/api/v1/jobs/") + jobId), m_owner)
                    .json()
                    .value(QStringLiteral("state"))
                    .toString();
            if (state != QLatin1String("queued") && state != QLatin1String("running"))
                break;
            QTest::qWait(50);
        }
        return check("GET", QStringLiteral("/api/v1/jobs/{jobId}"), {{QStringLiteral("jobId"), jobId}}, {},
                     m_owner)
            .json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(MWS_SOURCE_DIR "/docs/api/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        m_document = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(m_document.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.")));

        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0200")};
        // Real Apache and PHP-FPM, so that the hosting routes answer as they do in production.
        options.webServers = true;
        // Shell access too, so that its routes answer as they do on a host that offers it.
        options.shellAccess = true;
        QVERIFY(m_hostKeyDir.isValid());
        const GeneratedSshKey hostKey = makeSshKey(m_hostKeyDir.path(), QStringLiteral("ed25519"));
        QVERIFY(hostKey.ok());
        const QString publicFile = QDir(m_hostKeyDir.path()).entryList({QStringLiteral("*.pub")}).value(0);
        options.sshHostKeyFiles = {m_hostKeyDir.filePath(publicFile)};
        // Cron too (no cron daemon: run-now needs none).
        options.extraHostConfig = QStringLiteral("cron_enabled = true\ncron_wrapper = \"%1\"\n")
                                      .arg(QStringLiteral(MWS_CRON_RUN_BINARY));
        // And databases, on a MariaDB of the test's own.
        QString startError;
        QVERIFY2(MariaDbServer::isAvailable(&startError), qPrintable(startError));
        QVERIFY2(m_mariadb.start(&startError), qPrintable(startError));
        options.extraConfig =
            QStringLiteral("[mariadb]\nenabled = true\nsocket = \"%1\"\n").arg(m_mariadb.socketPath());
        QVERIFY2(m_fixture.start(options, &startError), qPrintable(startError));
        const QString staff = signIn(m_http, panel(), QStringLiteral("test0200"), &startError);
        QVERIFY2(!staff.isEmpty(), qPrintable(startError));
        m_staff = signIn(m_http, panel(), QStringLiteral("test0200"), &startError, staff);
        m_owner = signIn(m_http, panel(), QStringLiteral("test0201"), &startError);
        QVERIFY2(!m_staff.isEmpty() && !m_owner.isEmpty(), qPrintable(startError));
    }

    // What client generators and Redocly's recommended rules ask of every operation.
    void everyOperationIsFitForGenerators()
    {
        static const QRegularExpression idPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z][A-Za-z0-9]*")));
        static const QRegularExpression parameterPattern(QStringLiteral("\\{([^}]+)\\}"));
        QSet<QString> ids;
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto op = operations.constBegin(); op != operations.constEnd(); ++op) {
                const QString name = op.key().toUpper() + QLatin1Char(' ') + path.key();
                const QJsonObject operation = op.value().toObject();
                const QString id = operation.value(QStringLiteral("operationId")).toString();
                QVERIFY2(idPattern.match(id).hasMatch(),
                         qPrintable(name + QStringLiteral(": operationId \"") + id + u'"'));
                QVERIFY2(!ids.contains(id),
                         qPrintable(name + QStringLiteral(": operationId used twice: ") + id));
                ids.insert(id);
                QVERIFY2(!operation.value(QStringLiteral("summary")).toString().isEmpty(), qPrintable(name));
                const QStringList statuses = operation.value(QStringLiteral("responses")).toObject().keys();
                const auto has = [&](QChar first) {
                    return std::any_of(statuses.cbegin(), statuses.cend(),
                                       [&](const QString &s) { return s.startsWith(first); });
                };
                QVERIFY2(has(u'2') || has(u'3'), qPrintable(name + QStringLiteral(": no success")));
                QVERIFY2(has(u'4'), qPrintable(name + QStringLiteral(": no 4xx")));
                QStringList declared;
                for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray())
                    if (parameter[QStringLiteral("in")] == QLatin1String("path"))
                        declared.append(parameter[QStringLiteral("name")].toString());
                for (const auto &match : parameterPattern.globalMatch(path.key()))
                    QVERIFY2(declared.contains(match.captured(1)),
                             qPrintable(name + QStringLiteral(": ") + match.captured(1)));
            }
        }
        // Every schema in components is used somewhere.
        const QByteArray text = QJsonDocument(m_document).toJson(QJsonDocument::Compact);
        for (const QString &schema :
             m_document[QStringLiteral("components")][QStringLiteral("schemas")].toObject().keys())
            QVERIFY2(text.contains(("\"#/components/schemas/" + schema + u'"').toUtf8()), qPrintable(schema));
    }

    // The browser's pages of a sign-in, every answer checked against the document: the hops of
    // a sign-in, and the same pages again once it is over or for a flow that never was.
    void browserPagesMatchTheDocument()
    {
        const QJsonObject flow = check("POST", QStringLiteral("/api/v1/login/flows"), {},
                                       {{QStringLiteral("clientName"), QStringLiteral("browser pages")}})
                                     .json();
        const QUrl loginUrl(flow.value(QStringLiteral("loginUrl")).toString());
        HttpClient browser;
        const HttpReply toWls =
            documented("GET", QStringLiteral("/login/flow/{loginToken}"), browser.send("GET", loginUrl));
        QCOMPARE(toWls.status, 303);
        const QUrl wlsUrl(QString::fromLatin1(toWls.header("Location")));
        const QString params = QUrlQuery(wlsUrl).queryItemValue(QStringLiteral("params"), QUrl::FullyDecoded);
        QList<std::pair<QString, QString>> fields;
        for (const auto &[name, value] : QUrlQuery(wlsUrl).queryItems(QUrl::FullyDecoded))
            fields.append({name, value});
        fields.append({QStringLiteral("userid"), QStringLiteral("test0203")});
        fields.append({QStringLiteral("pwd"), QStringLiteral("test")});
        QUrl submit = wlsUrl;
        submit.setPath(QStringLiteral("/auth/authenticate2.html"));
        submit.setQuery(QString());
        const QUrl callback(QString::fromLatin1(browser.postForm(submit, fields).header("Location")));
        const HttpReply consent =
            documented("GET", QStringLiteral("/login/callback"), browser.send("GET", callback));
        QCOMPARE(consent.status, 200);
        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
                                 .match(QString::fromUtf8(consent.body))
                                 .captured(1);
        const QUrl consentUrl(loginUrl.toString() + QStringLiteral("/consent"));
        QCOMPARE(
            documented("POST", QStringLiteral("/login/flow/{loginToken}/consent"),
                       browser.postForm(consentUrl, {{QStringLiteral("csrf"), csrf},
                                                     {QStringLiteral("decision"), QStringLiteral("allow")}}))
                .status,
            200);
        QCOMPARE(documented("GET", QStringLiteral("/login/flow/{loginToken}"), browser.send("GET", loginUrl))
                     .status,
                 409);
        QCOMPARE(check("POST", QStringLiteral("/api/v1/login/poll"), {},
                       {{QStringLiteral("pollToken"), flow.value(QStringLiteral("pollToken"))}})
                     .status,
                 200);

        // The flow is gone now: its cookie, its consent form and its link lead nowhere.
        HttpClient stale;
        QCOMPARE(documented("GET", QStringLiteral("/login/callback"),
                            stale.send("GET", callback, {}, {{"Cookie", "mws_login=" + params.toLatin1()}}))
                     .status,
                 404);
        QCOMPARE(
            documented("POST", QStringLiteral("/login/flow/{loginToken}/consent"),
                       stale.postForm(consentUrl, {{QStringLiteral("csrf"), csrf},
                                                   {QStringLiteral("decision"), QStringLiteral("allow")}}))
                .status,
            404);
        QCOMPARE(
            documented("GET", QStringLiteral("/login/flow/{loginToken}"), stale.send("GET", loginUrl)).status,
            404);
        QCOMPARE(documented("GET", QStringLiteral("/login/callback"), stale.send("GET", callback)).status,
                 400);
    }

    void everyServedRouteIsDocumentedAndNothingElse()
    {
        QProcess routes;
        keepSanitizerReports(routes, QStringLiteral("mws-paneld"));
        routes.start(QStringLiteral(MWS_PANELD_BINARY),
                     {QStringLiteral("--config"), panel().configPath(), QStringLiteral("--list-routes")});
        QVERIFY(routes.waitForFinished(20000));
        QCOMPARE(routes.exitCode(), 0);
        QSet<QString> served;
        for (const QByteArray &line : routes.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                served.insert(QString::fromUtf8(line.trimmed()));
        QVERIFY(served.size() > 20);

        QSet<QString> documented;
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.constBegin(); path != paths.constEnd(); ++path)
            for (const QString &method : path.value().toObject().keys())
                documented.insert(method.toUpper() + QLatin1Char(' ') + path.key());
        QCOMPARE(QStringList(QSet(served - documented).values()), QStringList());
        QCOMPARE(QStringList(QSet(documented - served).values()), QStringList());
    }

    void cronResponsesMatchTheDocument()
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
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("hello")},
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

    void databasesResponsesMatchTheDocument()
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
        const HttpReply listed =
            check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases"), s, {}, m_owner);
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
        QCOMPARE(
            waitForJob(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}/grants"), u,
                             grants, m_owner))
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("succeeded"));
        const HttpReply reset = check(
            "POST", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}/password"), u, {}, m_owner);
        QCOMPARE(waitForJob(reset).value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const HttpReply after =
            check("GET", QStringLiteral("/api/v1/sites/{siteId}/databases"), s, {}, m_owner);
        QCOMPARE(
            after.json()[QStringLiteral("users")][0][QStringLiteral("grants")][0][QStringLiteral("level")]
                .toString(),
            QStringLiteral("read-only"));
        check(
            "POST", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}/password"),
            {{QStringLiteral("siteId"), siteId}, {QStringLiteral("name"), prefix + QStringLiteral("nobody")}},
            {}, m_owner);
        QCOMPARE(waitForJob(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/database-users/{name}"), u,
                                  {}, m_owner))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        QHash<QString, QString> d = s;
        d.insert(QStringLiteral("name"), db);
        QCOMPARE(
            check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}"), d, {}, m_owner).status,
            422);
        QCOMPARE(waitForJob(check("DELETE",
                                  QStringLiteral("/api/v1/sites/{siteId}/databases/{name}?confirmName=") + db,
                                  d, {}, m_owner))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/databases/{name}?confirmName=") + db, d, {},
              m_owner);
    }

    void hostingResponsesMatchTheDocument()
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
            return check("GET", QStringLiteral("/api/v1/sites/{siteId}/hosting"), s, {}, m_owner)
                .header("ETag");
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
                                {QStringLiteral("domains"), QJsonArray{QStringLiteral("www.hosted.test"),
                                                                       QStringLiteral("hosted.test")}},
                                {QStringLiteral("redirectAliases"), true}};
        QCOMPARE(
            check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts?preview=true"), s, vhost, m_owner)
                .status,
            200);
        QCOMPARE(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s, vhost, m_owner).status,
                 428);
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
        QCOMPARE(check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}?preview=true"), v,
                       change, m_owner)
                     .status,
                 200);
        QCOMPARE(check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"), v,
                       {{QStringLiteral("hsts"), true}}, m_owner, {{"If-Match", etag()}})
                     .status,
                 422);
        QVERIFY(succeeded(waitForJob(check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"),
                                           v, change, m_owner, {{"If-Match", etag()}}))));
        check("PATCH", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"),
              {{QStringLiteral("siteId"), siteId}, {QStringLiteral("vhost"), QStringLiteral("nope")}}, change,
              m_owner, {{"If-Match", etag()}});

        // PHP.
        const QJsonObject php{{QStringLiteral("settings"),
                               QJsonObject{{QStringLiteral("memory_limit"), QStringLiteral("96m")}}}};
        QCOMPARE(
            check("PUT", QStringLiteral("/api/v1/sites/{siteId}/php?preview=true"), s, php, m_owner).status,
            200);
        QCOMPARE(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/php"), s,
                       {{QStringLiteral("settings"),
                         QJsonObject{{QStringLiteral("open_basedir"), QStringLiteral("/")}}}},
                       m_owner, {{"If-Match", etag()}})
                     .status,
                 422);
        QVERIFY(succeeded(waitForJob(check("PUT", QStringLiteral("/api/v1/sites/{siteId}/php"), s, php,
                                           m_owner, {{"If-Match", etag()}}))));

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
                       QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed?preview=true"),
                       v, {}, m_owner)
                     .status,
                 200);
        QVERIFY(succeeded(
            waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed"),
                             v, {}, m_owner, {{"If-Match", etag()}}))));
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
        QCOMPARE(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls?preview=true"), v,
                       {}, m_owner)
                     .status,
                 200);
        QVERIFY(
            succeeded(waitForJob(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls"),
                                       v, {}, m_owner, {{"If-Match", etag()}}))));

        // Self-signed certificates are for test names only.
        QVERIFY(succeeded(
            waitForJob(check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts"), s,
                             {{QStringLiteral("name"), QStringLiteral("real")},
                              {QStringLiteral("domains"), QJsonArray{QStringLiteral("www.hosted.ac.uk")}}},
                             m_owner, {{"If-Match", etag()}}))));
        QCOMPARE(
            check("POST", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}/tls/self-signed"),
                  {{QStringLiteral("siteId"), siteId}, {QStringLiteral("vhost"), QStringLiteral("real")}}, {},
                  m_owner, {{"If-Match", etag()}})
                .status,
            422);

        // Removing the vhost.
        QCOMPARE(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}?preview=true"), v, {},
                       m_owner)
                     .status,
                 200);
        QVERIFY(succeeded(waitForJob(check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/vhosts/{vhost}"),
                                           v, {}, m_owner, {{"If-Match", etag()}}))));
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

    void responsesMatchTheDocument()
    {
        check("GET", QStringLiteral("/api/v1/health"), {});
        // A token that does not work is refused here too, never taken as anonymous.
        QCOMPARE(check("GET", QStringLiteral("/api/v1/health"), {}, {},
                       QStringLiteral("mws_not-a-real-token-at-all"))
                     .status,
                 401);
        const HttpReply flow = check("POST", QStringLiteral("/api/v1/login/flows"), {},
                                     {{QStringLiteral("clientName"), QStringLiteral("doc")}});
        check("POST", QStringLiteral("/api/v1/login/poll"), {},
              {{QStringLiteral("pollToken"), flow.json().value(QStringLiteral("pollToken"))}});
        check("POST", QStringLiteral("/api/v1/login/poll"), {},
              {{QStringLiteral("pollToken"), QStringLiteral("nope")}});
        check("POST", QStringLiteral("/api/v1/login/poll"), {}, {{QStringLiteral("pollToken"), 7}});
        check("GET", QStringLiteral("/api/v1/me"), {}, {}, m_owner);
        check("GET", QStringLiteral("/api/v1/me"), {});
        check("GET", QStringLiteral("/api/v1/me/tokens"), {}, {}, m_owner);
        check("POST", QStringLiteral("/api/v1/me/elevation"), {},
              {{QStringLiteral("clientName"), QStringLiteral("doc")}}, m_staff);

        const HttpReply site = check("POST", QStringLiteral("/api/v1/sites"), {},
                                     {{QStringLiteral("name"), QStringLiteral("Documented")},
                                      {QStringLiteral("contactEmail"), QStringLiteral("d@example.test")},
                                      {QStringLiteral("owner"), QStringLiteral("test0201")}},
                                     m_staff);
        const QHash<QString, QString> s{
            {QStringLiteral("siteId"), site.json().value(QStringLiteral("id")).toString()}};
        check("POST", QStringLiteral("/api/v1/sites"), {}, {{QStringLiteral("name"), 1}}, m_owner);
        const HttpReply requested =
            check("POST", QStringLiteral("/api/v1/sites"), {},
                  {{QStringLiteral("name"), QStringLiteral("Requested")},
                   {QStringLiteral("contactEmail"), QStringLiteral("r@example.test")}},
                  m_owner);
        check("GET", QStringLiteral("/api/v1/sites?scope=all"), {}, {}, m_staff);
        check("GET", QStringLiteral("/api/v1/sites"), {}, {}, m_owner);
        const HttpReply read = check("GET", QStringLiteral("/api/v1/sites/{siteId}"), s, {}, m_owner);
        check("GET", QStringLiteral("/api/v1/sites/{siteId}"), s, {}, m_owner,
              {{"If-None-Match", read.header("ETag")}});
        check("PATCH", QStringLiteral("/api/v1/sites/{siteId}"), s,
              {{QStringLiteral("description"), QStringLiteral("d")}}, m_owner,
              {{"If-Match", read.header("ETag")}});
        check("PATCH", QStringLiteral("/api/v1/sites/{siteId}"), s,
              {{QStringLiteral("description"), QStringLiteral("e")}}, m_owner,
              {{"If-Match", read.header("ETag")}});
        check("PATCH", QStringLiteral("/api/v1/sites/{siteId}"), s,
              {{QStringLiteral("description"), QStringLiteral("e")}}, m_owner);
        check("GET", QStringLiteral("/api/v1/sites/{siteId}/members"), s, {}, m_owner);
        QCOMPARE(check("GET", QStringLiteral("/api/v1/sites/{siteId}/ssh"), s, {}, m_owner).status, 200);
        check("PUT", QStringLiteral("/api/v1/sites/{siteId}/members/{crsid}"),
              {{QStringLiteral("siteId"), s.value(QStringLiteral("siteId"))},
               {QStringLiteral("crsid"), QStringLiteral("test0202")}},
              {{QStringLiteral("role"), QStringLiteral("admin")}}, m_owner);
        check("PUT", QStringLiteral("/api/v1/sites/{siteId}/members/{crsid}"),
              {{QStringLiteral("siteId"), s.value(QStringLiteral("siteId"))},
               {QStringLiteral("crsid"), QStringLiteral("test0202")}},
              {{QStringLiteral("role"), QStringLiteral("ssh")}}, m_owner);
        check("DELETE", QStringLiteral("/api/v1/sites/{siteId}/members/{crsid}"),
              {{QStringLiteral("siteId"), s.value(QStringLiteral("siteId"))},
               {QStringLiteral("crsid"), QStringLiteral("test0202")}},
              {}, m_owner);
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/supporters"), s, {}, m_staff);
        check("GET", QStringLiteral("/api/v1/sites/{siteId}/audit"), s, {}, m_owner);
        check("GET", QStringLiteral("/api/v1/audit"), {}, {}, m_staff);
        check("GET", QStringLiteral("/api/v1/audit"), {}, {}, m_owner);

        const QString jobId = m_fixture.insertJob(s.value(QStringLiteral("siteId")),
                                                  QStringLiteral("test0201"), QStringLiteral("step one"));
        QVERIFY(!jobId.isEmpty());
        const QHash<QString, QString> j{{QStringLiteral("jobId"), jobId}};
        check("GET", QStringLiteral("/api/v1/sites/{siteId}/jobs"), s, {}, m_owner);
        check("GET", QStringLiteral("/api/v1/jobs/{jobId}"), j, {}, m_owner);
        check("GET", QStringLiteral("/api/v1/jobs/{jobId}/log"), j, {}, m_owner);
        check("POST", QStringLiteral("/api/v1/jobs/{jobId}/cancel"), j, {}, m_owner);
        check("POST", QStringLiteral("/api/v1/jobs/{jobId}/cancel"), j, {}, m_owner);

        check("POST", QStringLiteral("/api/v1/sites/{siteId}/disable"), s, {}, m_owner);
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/enable"), s, {}, m_owner);
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/suspend"), s,
              {{QStringLiteral("reason"), QStringLiteral("unpaid")}}, m_staff);
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/unsuspend"), s, {}, m_staff);
        check("POST", QStringLiteral("/api/v1/sites/{siteId}/approve"),
              {{QStringLiteral("siteId"), requested.json().value(QStringLiteral("id")).toString()}}, {},
              m_staff);
        check("DELETE", QStringLiteral("/api/v1/sites/{siteId}"), s, {}, m_staff);

        // A person's SSH keys: added, refused (bad, twice), listed and removed.
        const QJsonObject sshKey{
            {QStringLiteral("key"),
             QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINiqblE33xOSYDNJLROnAEjbb"
                            "vXm4qMTa2VZyKAbk2bP doc@example")}};
        const HttpReply key = check("POST", QStringLiteral("/api/v1/me/ssh-keys"), {}, sshKey, m_owner);
        QCOMPARE(key.status, 201);
        QCOMPARE(check("POST", QStringLiteral("/api/v1/me/ssh-keys"), {}, sshKey, m_owner).status, 409);
        QCOMPARE(check("POST", QStringLiteral("/api/v1/me/ssh-keys"), {},
                       {{QStringLiteral("key"), QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----")}},
                       m_owner)
                     .status,
                 422);
        check("GET", QStringLiteral("/api/v1/me/ssh-keys"), {}, {}, m_owner);
        const QHash<QString, QString> k{
            {QStringLiteral("keyId"), key.json().value(QStringLiteral("id")).toString()}};
        QCOMPARE(check("DELETE", QStringLiteral("/api/v1/me/ssh-keys/{keyId}"), k, {}, m_owner).status, 204);
        QCOMPARE(check("DELETE", QStringLiteral("/api/v1/me/ssh-keys/{keyId}"), k, {}, m_owner).status, 404);

        const QString tokenId = check("GET", QStringLiteral("/api/v1/me"), {}, {}, m_owner)
                                    .json()
                                    .value(QStringLiteral("tokenId"))
                                    .toString();
        check("DELETE", QStringLiteral("/api/v1/me/tokens/{tokenId}"), {{QStringLiteral("tokenId"), tokenId}},
              {}, m_owner);
    }

    void everyDocumentedOperationWasExercised()
    {
        QSet<QString> documented;
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.constBegin(); path != paths.constEnd(); ++path)
            for (const QString &method : path.value().toObject().keys())
                documented.insert(method.toUpper() + QLatin1Char(' ') + path.key());
        QCOMPARE(QStringList(QSet(documented - m_exercised).values()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
