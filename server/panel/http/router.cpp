// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http/router.h"

#include "http/problem.h"

namespace mws::panel {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// Matches a request path against a route's segments, filling the captured parameters.
bool match(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isParameter(pattern[i])) {
            const QString value = QUrl::fromPercentEncoding(path[i].toUtf8());
            if (value.isEmpty())
                return false;
            params->insert(pattern[i].mid(1, pattern[i].size() - 2), value);
        } else if (pattern[i] != path[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(Method method, const QString &pattern, Handler handler)
{
    m_routes.append({method, pattern, splitPath(pattern), std::move(handler), {}});
}

void Router::addDeferred(Method method, const QString &pattern, DeferredHandler handler)
{
    m_routes.append({method, pattern, splitPath(pattern), {}, std::move(handler)});
}

void Router::dispatch(const QHttpServerRequest &request, const Reply &reply,
                      const std::function<Reply()> &later) const
{
    const QStringList path = splitPath(request.url().path(QUrl::FullyEncoded));
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route.segments, path, &params))
            continue;
        pathKnown = true;
        if (route.method != request.method())
            continue;
        if (route.deferred)
            return route.deferred(Request{request, std::move(params)}, later());
        return reply(route.handler(Request{request, std::move(params)}));
    }
    if (pathKnown)
        return reply(problemResponse(
            405, {}, QStringLiteral("This resource does not answer %1.").arg(methodName(request.method()))));
    reply(problemResponse(404, {}, QStringLiteral("There is nothing at %1.").arg(request.url().path())));
}

QStringList Router::routeList() const
{
    QStringList list;
    for (const Route &route : m_routes)
        list.append(methodName(route.method) + QLatin1Char(' ') + route.pattern);
    return list;
}

QString Router::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace mws::panel
