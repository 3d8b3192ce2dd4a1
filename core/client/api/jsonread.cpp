// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/jsonread.h"

#include <QJsonDocument>

#include <initializer_list>

namespace mws::api::json {

namespace {

bool matches(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::String:
        return value.isString();
    case Type::Number:
        return value.isDouble();
    case Type::Bool:
        return value.isBool();
    case Type::Array:
        return value.isArray();
    case Type::Object:
        return value.isObject();
    case Type::Time:
        return value.isString() && model::timeFromJson(value).isValid();
    case Type::NullableTime:
        return value.isUndefined() || value.isNull() ||
               (value.isString() && model::timeFromJson(value).isValid());
    case Type::NullableString:
        return value.isUndefined() || value.isNull() || value.isString();
    }
    return false;
}

} // namespace

Status check(const QJsonObject &json, const char *what, std::initializer_list<Field> fields)
{
    for (const Field &field : fields) {
        if (!matches(json.value(QLatin1String(field.name)), field.type))
            return protocolError(QStringLiteral("%1: \"%2\" is missing or has the wrong type")
                                     .arg(QLatin1String(what), QLatin1String(field.name)));
    }
    return {};
}

Result<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return protocolError(
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return protocolError(QStringLiteral("the answer is not a JSON object"));
    return document.object();
}

Result<QJsonArray> itemsArray(const QJsonObject &json)
{
    if (auto checked = check(json, "list", {{"items", Type::Array}}); !checked.ok())
        return checked.error();
    return json.value(QLatin1String("items")).toArray();
}

Status readPaging(const QJsonObject &json, int *total, int *offset, int *limit)
{
    if (auto checked =
            check(json, "page", {{"total", Type::Number}, {"offset", Type::Number}, {"limit", Type::Number}});
        !checked.ok())
        return checked;
    *total = json.value(QLatin1String("total")).toInt();
    *offset = json.value(QLatin1String("offset")).toInt();
    *limit = json.value(QLatin1String("limit")).toInt();
    return {};
}

Result<model::Site> site(const QJsonObject &json)
{
    if (auto checked = check(json, "site",
                             {{"id", Type::String},
                              {"name", Type::String},
                              {"description", Type::String},
                              {"contactEmail", Type::String},
                              {"status", Type::String},
                              {"hostname", Type::String},
                              {"version", Type::Number},
                              {"createdAt", Type::Time},
                              {"updatedAt", Type::Time},
                              {"suspensionReason", Type::NullableString},
                              {"declineReason", Type::NullableString},
                              {"requestedBy", Type::NullableString}});
        !checked.ok())
        return checked.error();
    if (auto known = checkEnum(json, "site", "status", &model::siteStatusFromString); !known.ok())
        return known.error();
    return model::Site::fromJson(json);
}

Result<model::SiteMember> member(const QJsonObject &json)
{
    if (auto checked = check(json, "member",
                             {{"siteId", Type::String},
                              {"crsid", Type::String},
                              {"role", Type::String},
                              {"expiresAt", Type::NullableTime},
                              {"addedBy", Type::String},
                              {"createdAt", Type::NullableTime}});
        !checked.ok())
        return checked.error();
    if (auto known = checkEnum(json, "member", "role", &model::roleFromString); !known.ok())
        return known.error();
    return model::SiteMember::fromJson(json);
}

Result<model::AuditEvent> auditEvent(const QJsonObject &json)
{
    if (auto checked = check(json, "audit event",
                             {{"id", Type::Number},
                              {"at", Type::Time},
                              {"actor", Type::String},
                              {"elevated", Type::Bool},
                              {"siteId", Type::NullableString},
                              {"action", Type::String},
                              {"target", Type::String}});
        !checked.ok())
        return checked.error();
    return model::AuditEvent::fromJson(json);
}

Result<model::Job> job(const QJsonObject &json)
{
    if (auto checked = check(json, "job",
                             {{"id", Type::String},
                              {"siteId", Type::String},
                              {"kind", Type::String},
                              {"state", Type::String},
                              {"progress", Type::Number},
                              {"createdBy", Type::String},
                              {"createdAt", Type::Time},
                              {"startedAt", Type::NullableTime},
                              {"finishedAt", Type::NullableTime},
                              {"error", Type::NullableString}});
        !checked.ok())
        return checked.error();
    if (auto known = checkEnum(json, "job", "state", &model::jobStateFromString); !known.ok())
        return known.error();
    const QJsonValue result = json.value(QLatin1String("result"));
    if (!result.isUndefined() && !result.isNull() && !result.isObject())
        return protocolError(QStringLiteral("job: \"result\" is not an object"));
    return model::Job::fromJson(json);
}

Result<model::JobLogLine> logLine(const QJsonObject &json)
{
    if (auto checked =
            check(json, "log line", {{"seq", Type::Number}, {"at", Type::Time}, {"line", Type::String}});
        !checked.ok())
        return checked.error();
    return model::JobLogLine::fromJson(json);
}

Result<model::ApiToken> token(const QJsonObject &json)
{
    if (auto checked = check(json, "token",
                             {{"id", Type::String},
                              {"crsid", Type::String},
                              {"name", Type::NullableString},
                              {"createdAt", Type::NullableTime},
                              {"lastUsedAt", Type::NullableTime},
                              {"expiresAt", Type::Time},
                              {"elevatedUntil", Type::NullableTime},
                              {"revokedAt", Type::NullableTime}});
        !checked.ok())
        return checked.error();
    return model::ApiToken::fromJson(json);
}

Result<Me> me(const QJsonObject &json)
{
    if (auto checked = check(json, "me",
                             {{"crsid", Type::String},
                              {"displayName", Type::String},
                              {"staff", Type::Bool},
                              {"elevated", Type::Bool},
                              {"elevatedUntil", Type::NullableTime},
                              {"tokenId", Type::String},
                              {"createdAt", Type::NullableTime},
                              {"roles", Type::Array}});
        !checked.ok())
        return checked.error();
    Me result;
    result.user = model::User::fromJson(json);
    result.elevated = json.value(QLatin1String("elevated")).toBool();
    result.elevatedUntil = model::timeFromJson(json.value(QLatin1String("elevatedUntil")));
    result.tokenId = json.value(QLatin1String("tokenId")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("roles")).toArray()) {
        const QJsonObject role = value.toObject();
        if (auto checked = check(role, "role", {{"siteId", Type::String}, {"role", Type::String}});
            !checked.ok())
            return checked.error();
        const auto parsed = model::roleFromString(role.value(QLatin1String("role")).toString());
        if (!parsed)
            return protocolError(
                QStringLiteral("me: unknown role \"%1\"").arg(role.value(QLatin1String("role")).toString()));
        result.roles.append({role.value(QLatin1String("siteId")).toString(), *parsed});
    }
    return result;
}

Result<LoginFlowStart> loginFlow(const QJsonObject &json)
{
    if (auto checked = check(json, "login flow",
                             {{"loginUrl", Type::String},
                              {"pollUrl", Type::String},
                              {"pollToken", Type::String},
                              {"interval", Type::Number},
                              {"expiresIn", Type::Number}});
        !checked.ok())
        return checked.error();
    LoginFlowStart flow;
    flow.loginUrl = QUrl(json.value(QLatin1String("loginUrl")).toString(), QUrl::StrictMode);
    flow.pollUrl = QUrl(json.value(QLatin1String("pollUrl")).toString(), QUrl::StrictMode);
    flow.pollToken = json.value(QLatin1String("pollToken")).toString();
    flow.intervalSeconds = json.value(QLatin1String("interval")).toInt();
    flow.expiresInSeconds = json.value(QLatin1String("expiresIn")).toInt();
    // The browser is sent to loginUrl: only a web address will do, never file: or the like.
    const QString scheme = flow.loginUrl.scheme();
    if (!flow.loginUrl.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return protocolError(QStringLiteral("login flow: loginUrl is not a web address"));
    if (!flow.pollUrl.isValid() || flow.pollToken.isEmpty())
        return protocolError(QStringLiteral("login flow: no poll address or token"));
    if (flow.intervalSeconds < 1)
        flow.intervalSeconds = 2;
    return flow;
}

Result<LoginPoll> loginPoll(int status, const QJsonObject &json)
{
    LoginPoll poll;
    if (status == 202) {
        const QJsonValue interval = json.value(QLatin1String("interval"));
        poll.intervalSeconds = interval.isDouble() && interval.toInt() >= 1 ? interval.toInt() : 2;
        return poll;
    }
    if (auto checked = check(json, "sign-in", {{"token", Type::String}}); !checked.ok())
        return checked.error();
    auto info = token(json);
    if (!info.ok())
        return info.error();
    poll.done = true;
    poll.token = json.value(QLatin1String("token")).toString();
    poll.tokenInfo = std::move(info).value();
    if (poll.token.isEmpty())
        return protocolError(QStringLiteral("sign-in: the token is empty"));
    return poll;
}

} // namespace mws::api::json
