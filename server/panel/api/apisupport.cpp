// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/apisupport.h"

#include "store.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mws::panel {

namespace {

Error forbidden(const QString &message)
{
    return Error::make(Error::Kind::Forbidden, message);
}

} // namespace

Error badParameter(const QString &parameter, const QString &message)
{
    Error error = Error::make(Error::Kind::Invalid, QStringLiteral("Bad query parameter %1.").arg(parameter));
    error.fields.append({parameter, message});
    error.httpStatus = 400;
    return error;
}

Status requireElevated(const Caller &caller)
{
    if (caller.elevated)
        return {};
    if (caller.staff)
        return forbidden(
            QStringLiteral("This needs staff mode. Switch to staff mode (sign in again) first."));
    return forbidden(QStringLiteral("Only staff can do this."));
}

std::optional<model::SiteMember> currentMembership(PanelContext &context, const QString &siteId,
                                                   const QString &crsid)
{
    auto member = context.store.membership(siteId, crsid, context.now());
    return member.ok() ? member.value() : std::nullopt;
}

std::optional<model::ApiToken> ownToken(PanelContext &context, const QString &crsid, const QString &tokenId)
{
    auto tokens = context.store.tokensOf(crsid);
    if (tokens.ok())
        for (const model::ApiToken &token : tokens.value())
            if (token.id == tokenId)
                return token;
    return std::nullopt;
}

Result<SiteAccess> accessSite(PanelContext &context, const Caller &caller, const QString &siteId, Need need)
{
    auto site = context.store.site(siteId);
    if (!site.ok() || (site->status == model::SiteStatus::Deleted && !caller.elevated))
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no site %1.").arg(siteId));

    SiteAccess access{site.value(), std::nullopt};
    if (const auto member = currentMembership(context, siteId, caller.crsid))
        access.role = member->role;

    if (caller.elevated)
        return access;
    if (need == Need::Staff)
        return requireElevated(caller).error();
    if (!access.role)
        return forbidden(QStringLiteral("You have no access to site %1.").arg(siteId));
    if (!model::hasPanelAccess(*access.role))
        return forbidden(
            QStringLiteral("SSH users have shell access to %1 but cannot manage it here.").arg(siteId));
    if (need == Need::Members && *access.role != model::Role::Owner && *access.role != model::Role::Admin)
        return forbidden(QStringLiteral("Only the site's owners and admins can change who has access."));
    if ((need == Need::Write || need == Need::Members) && access.site.status != model::SiteStatus::Active) {
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("Site %1 is %2; only staff can change it now.")
                               .arg(siteId, model::toString(access.site.status)));
    }
    return access;
}

Status auditElevatedRead(PanelContext &context, const Caller &caller, const Request &request,
                         const QHttpServerResponse &response)
{
    return auditElevatedRead(context, caller, Router::methodName(request.http.method()),
                             request.path(QStringLiteral("siteId")), request.http.url().path(), response);
}

Status auditElevatedRead(PanelContext &context, const Caller &caller, const QString &method,
                         const QString &siteId, const QString &path, const QHttpServerResponse &response)
{
    const int status = int(response.statusCode());
    if (method != QLatin1String("GET") || status < 200 || status >= 300)
        return {};
    return recordAudit(context, caller, siteId, QStringLiteral("staff.read"), path, QJsonValue::Null,
                       QJsonValue::Null);
}

QJsonObject siteJson(const model::Site &site, const std::optional<model::Role> &role)
{
    QJsonObject json = site.toJson();
    json.insert(QStringLiteral("myRole"),
                role ? QJsonValue(model::toString(*role)) : QJsonValue(QJsonValue::Null));
    return json;
}

QString siteServiceName(const PanelContext &context, const QString &siteId)
{
    return siteId + QLatin1Char('.') + context.config.sitesDomain;
}

Status recordAudit(PanelContext &context, const Caller &caller, const QString &siteId, const QString &action,
                   const QString &target, const QJsonValue &before, const QJsonValue &after)
{
    model::AuditEvent event;
    event.at = context.now();
    event.actor = caller.crsid;
    event.elevated = caller.elevated;
    event.siteId = siteId;
    event.action = action;
    event.target = target;
    event.before = before;
    event.after = after;
    auto id = context.store.appendAudit(event);
    if (!id.ok())
        return id.error();
    return {};
}

Handled withIdempotency(PanelContext &context, const Caller &caller, const Request &request,
                        const std::function<Handled()> &create)
{
    const QString key = QString::fromLatin1(request.header("Idempotency-Key")).trimmed();
    if (key.isEmpty())
        return create();
    if (key.size() > 200) {
        Error error = Error::make(Error::Kind::Invalid,
                                  QStringLiteral("Idempotency-Key is longer than 200 characters."));
        error.httpStatus = 400;
        return error;
    }
    const QString path = request.http.url().path();
    const QByteArray requestHash =
        QCryptographicHash::hash(path.toUtf8() + '\n' + request.http.body(), QCryptographicHash::Sha256);
    auto found = context.store.findIdempotency(caller.crsid, key);
    if (!found.ok())
        return found.error();
    if (const auto &earlier = found.value()) {
        if (earlier->requestHash != requestHash || earlier->path != path) {
            Error error =
                Error::make(Error::Kind::Invalid,
                            QStringLiteral("This Idempotency-Key was used for a different request."));
            error.httpStatus = 422;
            return error;
        }
        QHttpServerResponse replay(QByteArrayLiteral("application/json"), earlier->body,
                                   static_cast<QHttpServerResponse::StatusCode>(earlier->status));
        QHttpHeaders headers = replay.headers();
        headers.append("Idempotent-Replayed", "true");
        replay.setHeaders(std::move(headers));
        return replay;
    }
    Handled result = create();
    if (result.ok() && int(result->statusCode()) < 500) {
        store::IdempotencyRecord record;
        record.crsid = caller.crsid;
        record.key = key;
        record.method = Router::methodName(request.http.method());
        record.path = path;
        record.requestHash = requestHash;
        record.status = int(result->statusCode());
        record.body = result->data();
        record.createdAt = context.now();
        (void)context.store.saveIdempotency(record);
    }
    return result;
}

Router::DeferredHandler deferredSiteRoute(PanelContext &context, Need need, DeferredSiteHandler handler)
{
    return [&context, need, handler](const Request &request, Router::Reply reply) {
        auto caller = requireCaller(context, request);
        if (!caller.ok())
            return reply(problemResponse(caller.error()));
        auto access = accessSite(context, *caller, request.path(QStringLiteral("siteId")), need);
        if (!access.ok())
            return reply(problemResponse(access.error()));
        // The audit of an elevated read needs the request's method and path, copied now: the
        // request is gone when the answer comes.
        const QString method = Router::methodName(request.http.method());
        const QString siteId = request.path(QStringLiteral("siteId"));
        const QString path = request.http.url().path();
        handler(context, request, *caller, *access,
                [&context, caller = *caller, method, siteId, path, reply = std::move(reply)](Handled result) {
                    if (!result.ok())
                        return reply(problemResponse(result.error()));
                    if (caller.elevated)
                        if (Status audited =
                                auditElevatedRead(context, caller, method, siteId, path, result.value());
                            !audited.ok())
                            return reply(problemResponse(audited.error()));
                    reply(std::move(result).value());
                });
    };
}

} // namespace mws::panel
