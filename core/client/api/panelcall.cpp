// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/panelcall.h"

#include <QJsonDocument>

namespace mws::api {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpRequest httpRequest(const QByteArray &method, const QUrl &url, bool retryable, const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.retryable = retryable;
    return request;
}

Status noContent(const HttpResponse &)
{
    return {};
}

} // namespace mws::api
