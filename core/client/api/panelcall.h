// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/jsonread.h"
#include "api/panelclient.h"
#include "api/requestengine.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// What a call on PanelClient's engine is made of: the request, how it is sent, and how its answer
// is read. PanelClient's own calls (sign-in, sites, members, jobs, audit) and each area's request
// file (hostingrequest.cpp) are written with these.
namespace mws::api {

// One path segment: an id may hold anything, "/" and "?" included; it stays one segment.
QString segment(const QString &id);
QByteArray jsonBytes(const QJsonObject &object);

// A field of a change's body, sent only if the change sets it.
template <typename T> void insertIfSet(QJsonObject &body, const QString &name, const std::optional<T> &value)
{
    if (value)
        body.insert(name, *value);
}

inline void insertIfSet(QJsonObject &body, const QString &name, const std::optional<QStringList> &value)
{
    if (value)
        body.insert(name, QJsonArray::fromStringList(*value));
}

HttpRequest httpRequest(const QByteArray &method, const QUrl &url, bool retryable,
                        const QByteArray &body = {});

// Sends the request through the client's engine; read turns the answer into the call's result.
template <typename R>
QFuture<R> call(PanelClient &client, HttpRequest request, std::function<R(const HttpResponse &)> read)
{
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> future = promise->future();
    client.engine().send(std::move(request), QFuture<void>(future),
                         [promise, read = std::move(read)](Result<HttpResponse> response) {
                             // Dropped by Qt if the future was cancelled; it still finishes.
                             promise->addResult(response.ok() ? read(response.value()) : R(response.error()));
                             promise->finish();
                         });
    return future;
}

template <typename T> using Reader = Result<T> (*)(const QJsonObject &);

// A response body read as one JSON object with a reader from jsonread.h.
template <typename T>
Result<T> readBody(const HttpResponse &response, const std::function<Result<T>(const QJsonObject &)> &read)
{
    auto object = json::object(response.body);
    if (!object.ok())
        return object.error();
    return read(*object);
}

template <typename T>
std::function<Result<T>(const HttpResponse &)> reading(std::function<Result<T>(const QJsonObject &)> read)
{
    return [read = std::move(read)](const HttpResponse &response) { return readBody<T>(response, read); };
}

// A GET that may answer 304 Not Modified to If-None-Match.
template <typename T>
std::function<Result<Fetched<T>>(const HttpResponse &)>
fetching(std::function<Result<T>(const QJsonObject &)> read, const QByteArray &ifNoneMatch)
{
    return [read = std::move(read), ifNoneMatch](const HttpResponse &response) -> Result<Fetched<T>> {
        Fetched<T> fetched;
        fetched.etag = response.etag;
        if (response.status == 304) {
            if (ifNoneMatch.isEmpty())
                return protocolError(QStringLiteral("304 Not Modified to a request without If-None-Match"));
            fetched.notModified = true;
            if (fetched.etag.isEmpty())
                fetched.etag = ifNoneMatch;
            return fetched;
        }
        auto value = readBody<T>(response, read);
        if (!value.ok())
            return value.error();
        fetched.value = std::move(value).value();
        return fetched;
    };
}

// A GET of url sent with If-None-Match (unless it is empty), its answer read as a Fetched<T>.
template <typename T>
QFuture<Result<Fetched<T>>> fetch(PanelClient &client, const QUrl &url,
                                  std::function<Result<T>(const QJsonObject &)> read,
                                  const QByteArray &ifNoneMatch)
{
    HttpRequest request = httpRequest("GET", url, true);
    if (!ifNoneMatch.isEmpty())
        request.headers.append({"If-None-Match", ifNoneMatch});
    return call(client, std::move(request), fetching<T>(std::move(read), ifNoneMatch));
}

template <typename T> std::function<Result<Page<T>>(const QJsonObject &)> pageOf(Reader<T> read)
{
    return [read](const QJsonObject &object) { return json::page<T>(object, read); };
}

template <typename T> std::function<Result<QList<T>>(const QJsonObject &)> listOf(Reader<T> read)
{
    return [read](const QJsonObject &object) { return json::items<T>(object, read); };
}

// The reader of an answer without a body (204).
Status noContent(const HttpResponse &response);

} // namespace mws::api
