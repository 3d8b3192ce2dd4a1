// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "api/problem.h"
#include "model/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

// Reading the panel's answers into the model types. fromJson() takes whatever it is given; these
// check first that the fields the API promises are there with the right JSON types and known enum
// values, so a changed or broken panel gives a Protocol error instead of half-empty objects.
namespace mws::api::json {

Result<QJsonObject> object(const QByteArray &body);

// What a reader checks before fromJson(): each field is there with its JSON type. An area's
// readers (in its request file, as hostingrequest.cpp) are written with these too.
enum class Type
{
    String,
    Number,
    Bool,
    Array,
    Object,
    Time,         // an RFC 3339 string
    NullableTime, // an RFC 3339 string, null, or absent
    NullableString,
};

struct Field
{
    const char *name;
    Type type;
};

// what names the object in the error ("vhost: \"name\" is missing or has the wrong type").
Status check(const QJsonObject &json, const char *what, std::initializer_list<Field> fields);

// The string field name holds a value parse knows.
template <typename E>
Status checkEnum(const QJsonObject &json, const char *what, const char *name,
                 std::optional<E> (*parse)(const QString &))
{
    const QString text = json.value(QLatin1String(name)).toString();
    if (!parse(text))
        return protocolError(
            QStringLiteral("%1: unknown %2 \"%3\"").arg(QLatin1String(what), QLatin1String(name), text));
    return {};
}

Result<model::Site> site(const QJsonObject &json);
Result<model::SiteMember> member(const QJsonObject &json);
Result<model::AuditEvent> auditEvent(const QJsonObject &json);
Result<model::Job> job(const QJsonObject &json);
Result<model::JobLogLine> logLine(const QJsonObject &json);
Result<model::ApiToken> token(const QJsonObject &json);
Result<Me> me(const QJsonObject &json);
Result<LoginFlowStart> loginFlow(const QJsonObject &json);
Result<LoginPoll> loginPoll(int status, const QJsonObject &json);

// The "items" array of a list answer.
Result<QJsonArray> itemsArray(const QJsonObject &json);
// total, offset and limit of a page answer.
Status readPaging(const QJsonObject &json, int *total, int *offset, int *limit);

// {"items": [...]}, each item read with one of the readers above.
template <typename T> Result<QList<T>> items(const QJsonObject &json, Result<T> (*read)(const QJsonObject &))
{
    auto array = itemsArray(json);
    if (!array.ok())
        return array.error();
    QList<T> list;
    list.reserve(array->size());
    for (const QJsonValue &value : *array) {
        if (!value.isObject())
            return protocolError(QStringLiteral("an item of \"items\" is not an object"));
        auto item = read(value.toObject());
        if (!item.ok())
            return item.error();
        list.append(std::move(item).value());
    }
    return list;
}

// {"items": [...], "total", "offset", "limit"}.
template <typename T> Result<Page<T>> page(const QJsonObject &json, Result<T> (*read)(const QJsonObject &))
{
    Page<T> result;
    if (auto paging = readPaging(json, &result.total, &result.offset, &result.limit); !paging.ok())
        return paging.error();
    auto list = items(json, read);
    if (!list.ok())
        return list.error();
    result.items = std::move(list).value();
    return result;
}

} // namespace mws::api::json
