// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http/responses.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mws::panel {

QHttpServerResponse jsonResponse(const Request &request, const QJsonObject &body, int status, QByteArray etag)
{
    const bool get = request.http.method() == QHttpServerRequest::Method::Get;
    return jsonAnswer(get ? request.header(QHttpHeaders::WellKnownHeader::IfNoneMatch) : QByteArray(), body,
                      status, std::move(etag));
}

QHttpServerResponse jsonAnswer(const QByteArray &ifNoneMatch, const QJsonObject &body, int status,
                               QByteArray etag)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (etag.isEmpty() && status == 200)
        etag = '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32) + '"';
    if (!etag.isEmpty()) {
        if (!ifNoneMatch.isEmpty() && (ifNoneMatch == etag || ifNoneMatch == "W/" + etag)) {
            QHttpServerResponse notModified(QHttpServerResponse::StatusCode::NotModified);
            QHttpHeaders headers;
            headers.append(QHttpHeaders::WellKnownHeader::ETag, etag);
            notModified.setHeaders(std::move(headers));
            return notModified;
        }
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), bytes,
                                 static_cast<QHttpServerResponse::StatusCode>(status));
    if (!etag.isEmpty()) {
        QHttpHeaders headers = response.headers();
        headers.append(QHttpHeaders::WellKnownHeader::ETag, etag);
        response.setHeaders(std::move(headers));
    }
    return response;
}

QHttpServerResponse emptyResponse(int status)
{
    return QHttpServerResponse(static_cast<QHttpServerResponse::StatusCode>(status));
}

namespace {
constexpr auto streamedFileHeader = "x-mws-streamed-file";
}

QHttpServerResponse fileResponse(const QString &path, const QByteArray &mimeType, const QString &downloadName)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Ok);
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, mimeType);
    // The name is the panel's (a database name and a date): no quote or control character.
    headers.append(QHttpHeaders::WellKnownHeader::ContentDisposition,
                   "attachment; filename=\"" + downloadName.toLatin1() + '"');
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.append(streamedFileHeader, path.toUtf8().toPercentEncoding());
    response.setHeaders(std::move(headers));
    return response;
}

QString takeStreamedFile(QHttpServerResponse &response)
{
    QHttpHeaders headers = response.headers();
    if (!headers.contains(streamedFileHeader))
        return {};
    const QString path =
        QString::fromUtf8(QByteArray::fromPercentEncoding(headers.value(streamedFileHeader).toByteArray()));
    headers.removeAll(streamedFileHeader);
    response.setHeaders(std::move(headers));
    return path;
}

QByteArray versionTag(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

Status checkIfMatch(const Request &request, qint64 currentVersion)
{
    const QByteArray ifMatch = request.header(QHttpHeaders::WellKnownHeader::IfMatch).trimmed();
    if (ifMatch.isEmpty()) {
        Error error =
            Error::make(Error::Kind::PreconditionFailed,
                        QStringLiteral("Send If-Match with the ETag you read, so that no one else's "
                                       "change is overwritten."));
        error.httpStatus = 428;
        return error;
    }
    if (ifMatch != "*" && ifMatch != versionTag(currentVersion))
        return Error::make(Error::Kind::PreconditionFailed,
                           QStringLiteral("Someone else changed this since you read it. Reload, compare and "
                                          "try again."));
    return {};
}

Result<Paging> readPaging(const Request &request)
{
    Paging paging;
    QList<FieldError> errors;
    const auto readInt = [&](const QString &name, int min, int max, int *out) {
        const QString text = request.query(name);
        if (text.isEmpty())
            return;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < min || value > max)
            errors.append({name, QStringLiteral("Must be a whole number from %1 to %2.").arg(min).arg(max)});
        else
            *out = value;
    };
    readInt(QStringLiteral("offset"), 0, 1000000000, &paging.offset);
    readInt(QStringLiteral("limit"), 1, 500, &paging.limit);
    if (!errors.isEmpty()) {
        Error error = Error::make(Error::Kind::Invalid, QStringLiteral("Bad paging parameters."));
        error.fields = errors;
        error.httpStatus = 400;
        return error;
    }
    return paging;
}

QJsonObject pageJson(const QJsonArray &items, int total, const Paging &paging)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("total"), total},
            {QStringLiteral("offset"), paging.offset},
            {QStringLiteral("limit"), paging.limit}};
}

} // namespace mws::panel
