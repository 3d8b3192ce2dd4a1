// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The OpenAPI document (docs/api/openapi.json) against the real panel: every route the panel
// serves is documented, nothing documented is missing, and real responses match their schemas.
// One test: the last slot checks that the others exercised every documented operation. The
// general routes are in tst_openapi.cpp, each area's in tst_openapi_areas.cpp.
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
    void databaseTransfersMatchTheDocument(const QHash<QString, QString> &s,
                                           const QHash<QString, QString> &d);
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
    void initTestCase();
    void everyOperationIsFitForGenerators();
    void browserPagesMatchTheDocument();
    void everyServedRouteIsDocumentedAndNothingElse();
    void cronResponsesMatchTheDocument();
    void databasesResponsesMatchTheDocument();
    void hostingResponsesMatchTheDocument();
    void staffResponsesMatchTheDocument();
    void siteRequestResponsesMatchTheDocument();
    void responsesMatchTheDocument();
    void everyDocumentedOperationWasExercised();
};
