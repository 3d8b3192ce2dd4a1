// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/router.h"
#include "util/result.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

namespace mws::panel {

// A JSON response with an ETag. A GET whose If-None-Match names the same tag gets 304, so
// clients can revalidate their cache cheaply. Without an explicit tag, one is derived from the body.
QHttpServerResponse jsonResponse(const Request &request, const QJsonObject &body, int status = 200,
                                 QByteArray etag = {});
// The same for an answer given after the request is gone: ifNoneMatch is a GET's If-None-Match
// (empty for any other method).
QHttpServerResponse jsonAnswer(const QByteArray &ifNoneMatch, const QJsonObject &body, int status = 200,
                               QByteArray etag = {});

QHttpServerResponse emptyResponse(int status = 204);

// A download of one of the panel's own files (a database export), which is never read whole into
// memory: the route answers with this, and the panel's HTTP handler streams the file from disk
// after the headers (takeStreamedFile). The file's path travels in a header of the panel's own
// that the handler removes before anything is sent.
QHttpServerResponse fileResponse(const QString &path, const QByteArray &mimeType,
                                 const QString &downloadName);
// The path a fileResponse() names, taken out of its headers; "" for any other response.
QString takeStreamedFile(QHttpServerResponse &response);

// The ETag of a versioned resource, and the check of a request's If-Match against it.
QByteArray versionTag(qint64 version);
// Fails with 428 when the header is missing and 412 when it names another version.
Status checkIfMatch(const Request &request, qint64 currentVersion);

// Paging parameters (?offset=&limit=) with bounds; bad values are field errors.
struct Paging
{
    int offset = 0;
    int limit = 50;
};
Result<Paging> readPaging(const Request &request);
QJsonObject pageJson(const QJsonArray &items, int total, const Paging &paging);

} // namespace mws::panel
