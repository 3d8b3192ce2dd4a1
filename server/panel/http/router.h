// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QString>

#include <functional>

namespace mws::panel {

// One incoming request with the values its route pattern captured ({siteId} → "site-1a2b…").
struct Request
{
    const QHttpServerRequest &http;
    QHash<QString, QString> pathParams;

    QString path(const QString &name) const { return pathParams.value(name); }
    QString query(const QString &name) const { return http.query().queryItemValue(name, QUrl::FullyDecoded); }
    QByteArray header(QHttpHeaders::WellKnownHeader name) const
    {
        return http.headers().value(name).toByteArray();
    }
    QByteArray header(QAnyStringView name) const { return http.headers().value(name).toByteArray(); }
};

// The panel's own route table: patterns like "/api/v1/sites/{siteId}". It answers 404 and 405
// itself, and lists what it serves so a test can hold it against the OpenAPI document.
class Router
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<QHttpServerResponse(const Request &)>;
    // How an answer is given: once, on the panel's thread, now or later.
    using Reply = std::function<void(QHttpServerResponse)>;
    // A route whose answer comes later (a database server asked without waiting for it). The
    // request is gone once the handler returns: it copies what it needs, then calls reply.
    using DeferredHandler = std::function<void(const Request &, Reply)>;

    struct Route
    {
        Method method;
        QString pattern;
        QStringList segments;
        Handler handler;
        DeferredHandler deferred; // instead of handler
    };

    void add(Method method, const QString &pattern, Handler handler);
    void addDeferred(Method method, const QString &pattern, DeferredHandler handler);
    // Answers through reply at once; a deferred route gets its reply from later() (which takes the
    // responder away from QtHttpServer's call) and answers through it when it can.
    void dispatch(const QHttpServerRequest &request, const Reply &reply,
                  const std::function<Reply()> &later) const;

    // "GET /api/v1/sites/{siteId}" for every route, in the order they were added.
    QStringList routeList() const;

    static QString methodName(Method method);

private:
    QList<Route> m_routes;
};

} // namespace mws::panel
