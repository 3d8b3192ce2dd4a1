// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/changerequest.h"

#include "api/panelcall.h"

#include <QJsonArray>

namespace mws::api {

namespace {

using json::check;
using json::Type;

Result<model::ConfigPreview> readConfigPreview(const QJsonObject &json)
{
    if (auto checked = check(json, "preview", {{"files", Type::Array}, {"summary", Type::String}});
        !checked.ok())
        return checked.error();
    for (const QJsonValue &value : json.value(QLatin1String("files")).toArray())
        if (auto checked = check(value.toObject(), "file",
                                 {{"path", Type::String}, {"change", Type::String}, {"diff", Type::String}});
            !checked.ok())
            return checked.error();
    return model::ConfigPreview::fromJson(json);
}

} // namespace

QFuture<Result<model::ConfigPreview>> previewChange(PanelClient &client, const ChangeRequest &change)
{
    // A preview changes nothing, so it may be retried whatever its method.
    return call(client,
                httpRequest(change.method,
                            client.url(change.path, {{QStringLiteral("preview"), QStringLiteral("true")}}),
                            true, jsonBytes(change.body)),
                reading<model::ConfigPreview>(&readConfigPreview));
}

QFuture<Result<model::Job>> applyChange(PanelClient &client, const ChangeRequest &change,
                                        const QByteArray &ifMatch)
{
    // Not retried: a lost answer may hide a queued job, and the version check would refuse a
    // second attempt anyway.
    HttpRequest request = httpRequest(change.method, client.url(change.path), false, jsonBytes(change.body));
    request.headers.append({"If-Match", ifMatch});
    return call(client, std::move(request), reading<model::Job>(&json::job));
}

} // namespace mws::api
