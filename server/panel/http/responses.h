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

QHttpServerResponse emptyResponse(int status = 204);

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
