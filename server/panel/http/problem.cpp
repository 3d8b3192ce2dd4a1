// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http/problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mws::panel {

namespace {

QString titleFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Authentication required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not found");
    case 405:
        return QStringLiteral("Method not allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 411:
        return QStringLiteral("Length required");
    case 412:
        return QStringLiteral("Changed by someone else");
    case 413:
        return QStringLiteral("Request too large");
    case 415:
        return QStringLiteral("Unsupported media type");
    case 422:
        return QStringLiteral("Invalid request");
    case 428:
        return QStringLiteral("Precondition required");
    case 429:
        return QStringLiteral("Too many requests");
    case 431:
        return QStringLiteral("Request headers too large");
    case 503:
        return QStringLiteral("Unavailable");
    default:
        return status >= 500 ? QStringLiteral("Server error") : QStringLiteral("Error");
    }
}

QHttpServerResponse json(const QJsonObject &body, int status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/problem+json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(status));
    return response;
}

} // namespace

int httpStatusFor(const Error &error)
{
    if (error.httpStatus)
        return error.httpStatus;
    switch (error.kind) {
    case Error::Kind::Invalid:
        return 422;
    case Error::Kind::NotFound:
        return 404;
    case Error::Kind::Conflict:
        return 409;
    case Error::Kind::PreconditionFailed:
        return 412;
    case Error::Kind::Unauthenticated:
        return 401;
    case Error::Kind::Forbidden:
        return 403;
    case Error::Kind::Unavailable:
        return 503;
    default:
        return 500;
    }
}

QHttpServerResponse problemResponse(const Error &error)
{
    const int status = httpStatusFor(error);
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                     {QStringLiteral("title"), titleFor(status)},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("detail"), error.message}};
    if (!error.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldError &field : error.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                      {QStringLiteral("message"), field.message}});
        body.insert(QStringLiteral("errors"), fields);
    }
    return json(body, status);
}

QHttpServerResponse problemResponse(int status, const QString &title, const QString &detail)
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                     {QStringLiteral("title"), title.isEmpty() ? titleFor(status) : title},
                     {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return json(body, status);
}

} // namespace mws::panel
