// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The OpenAPI document against the real panel: the general routes (see openapitest.h).
#include "openapitest.h"

#include <algorithm>

using namespace mws::test;

void TestOpenApi::initTestCase()
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
void TestOpenApi::everyOperationIsFitForGenerators()
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
            QVERIFY2(!ids.contains(id), qPrintable(name + QStringLiteral(": operationId used twice: ") + id));
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
void TestOpenApi::browserPagesMatchTheDocument()
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
    QCOMPARE(documented("POST", QStringLiteral("/login/flow/{loginToken}/consent"),
                        browser.postForm(consentUrl, {{QStringLiteral("csrf"), csrf},
                                                      {QStringLiteral("decision"), QStringLiteral("allow")}}))
                 .status,
             200);
    QCOMPARE(
        documented("GET", QStringLiteral("/login/flow/{loginToken}"), browser.send("GET", loginUrl)).status,
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
    QCOMPARE(documented("POST", QStringLiteral("/login/flow/{loginToken}/consent"),
                        stale.postForm(consentUrl, {{QStringLiteral("csrf"), csrf},
                                                    {QStringLiteral("decision"), QStringLiteral("allow")}}))
                 .status,
             404);
    QCOMPARE(
        documented("GET", QStringLiteral("/login/flow/{loginToken}"), stale.send("GET", loginUrl)).status,
        404);
    QCOMPARE(documented("GET", QStringLiteral("/login/callback"), stale.send("GET", callback)).status, 400);
}

void TestOpenApi::everyServedRouteIsDocumentedAndNothingElse()
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

void TestOpenApi::responsesMatchTheDocument()
{
    check("GET", QStringLiteral("/api/v1/health"), {});
    // A token that does not work is refused here too, never taken as anonymous.
    QCOMPARE(
        check("GET", QStringLiteral("/api/v1/health"), {}, {}, QStringLiteral("mws_not-a-real-token-at-all"))
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
    const HttpReply requested = check("POST", QStringLiteral("/api/v1/sites"), {},
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

    const QString jobId = m_fixture.insertJob(s.value(QStringLiteral("siteId")), QStringLiteral("test0201"),
                                              QStringLiteral("step one"));
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
          {{QStringLiteral("siteId"), requested.json().value(QStringLiteral("id")).toString()}}, {}, m_staff);
    check("DELETE", QStringLiteral("/api/v1/sites/{siteId}"), s, {}, m_staff);

    // A person's SSH keys: added, refused (bad, twice), listed and removed.
    const QJsonObject sshKey{
        {QStringLiteral("key"), QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINiqblE33xOSYDNJLROnAEjbb"
                                               "vXm4qMTa2VZyKAbk2bP doc@example")}};
    const HttpReply key = check("POST", QStringLiteral("/api/v1/me/ssh-keys"), {}, sshKey, m_owner);
    QCOMPARE(key.status, 201);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/me/ssh-keys"), {}, sshKey, m_owner).status, 409);
    QCOMPARE(check("POST", QStringLiteral("/api/v1/me/ssh-keys"), {},
                   {{QStringLiteral("key"), QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----")}}, m_owner)
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
    check("DELETE", QStringLiteral("/api/v1/me/tokens/{tokenId}"), {{QStringLiteral("tokenId"), tokenId}}, {},
          m_owner);
}

void TestOpenApi::everyDocumentedOperationWasExercised()
{
    QSet<QString> documented;
    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path)
        for (const QString &method : path.value().toObject().keys())
            documented.insert(method.toUpper() + QLatin1Char(' ') + path.key());
    QCOMPARE(QStringList(QSet(documented - m_exercised).values()), QStringList());
}

QTEST_GUILESS_MAIN(TestOpenApi)
