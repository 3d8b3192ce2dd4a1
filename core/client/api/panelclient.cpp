// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/panelclient.h"

#include "api/panelcall.h"
#include "api/problem.h"

#include <QUuid>

namespace mws::api {

namespace {

using Query = QList<std::pair<QString, QString>>;

QString actionPath(SiteAction action)
{
    switch (action) {
    case SiteAction::Approve:
        return QStringLiteral("approve");
    case SiteAction::Suspend:
        return QStringLiteral("suspend");
    case SiteAction::Unsuspend:
        return QStringLiteral("unsuspend");
    case SiteAction::Disable:
        return QStringLiteral("disable");
    case SiteAction::Enable:
        return QStringLiteral("enable");
    case SiteAction::Delete:
        break;
    }
    return {};
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

struct PanelClient::Private
{
    PanelEndpoint endpoint;
    QUrl base; // the endpoint's URL, its path ending in "/" so that resolved() appends
    RequestEngine engine;

    QUrl url(const QString &path, const Query &query = {}) const
    {
        QUrl relative;
        relative.setPath(path, QUrl::TolerantMode);
        if (!query.isEmpty()) {
            QStringList parts;
            for (const auto &[name, value] : query)
                parts.append(name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
            relative.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
        }
        const QUrl resolved = base.resolved(relative);
        // resolved() drops "." and ".." segments: an id like that must not lead to another route.
        if (resolved.path() != base.path() + relative.path())
            return {};
        return resolved;
    }
};

PanelClient::PanelClient(PanelEndpoint endpoint, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->endpoint = std::move(endpoint);
    d->base = d->endpoint.baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!d->base.path().endsWith(QLatin1Char('/')))
        d->base.setPath(d->base.path() + QLatin1Char('/'));
    d->engine.setPinnedCertificate(d->endpoint.pinnedCertificatePem);
    connect(&d->engine, &RequestEngine::unauthenticated, this, &PanelClient::unauthenticated);
    connect(&d->engine, &RequestEngine::reachableChanged, this, &PanelClient::reachableChanged);
}

PanelClient::~PanelClient() = default;

const PanelEndpoint &PanelClient::endpoint() const
{
    return d->endpoint;
}

void PanelClient::setToken(const QString &token)
{
    d->engine.setToken(token);
}

QString PanelClient::token() const
{
    return d->engine.token();
}

void PanelClient::setTimeout(std::chrono::milliseconds perAttempt)
{
    d->engine.setTimeout(perAttempt);
}

void PanelClient::setRetries(int maxAttempts, std::chrono::milliseconds firstDelay)
{
    d->engine.setRetries(maxAttempts, firstDelay);
}

bool PanelClient::isReachable() const
{
    return d->engine.isReachable();
}

QUrl PanelClient::url(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    return d->url(path, query);
}

RequestEngine &PanelClient::engine()
{
    return d->engine;
}

QFuture<Result<LoginFlowStart>> PanelClient::startLogin(const QString &clientName)
{
    HttpRequest request = httpRequest("POST", d->url(QStringLiteral("api/v1/login/flows")), false,
                                      jsonBytes({{QStringLiteral("clientName"), clientName}}));
    request.authenticated = false;
    return call(*this, std::move(request), reading<LoginFlowStart>(&json::loginFlow));
}

QFuture<Result<LoginPoll>> PanelClient::pollLogin(const LoginFlowStart &flow)
{
    // The poll token goes only to the panel this client talks to, whatever the flow says.
    const QUrl pollUrl = flow.pollUrl.isValid() && sameOrigin(flow.pollUrl, d->base)
                             ? flow.pollUrl
                             : d->url(QStringLiteral("api/v1/login/poll"));
    HttpRequest request =
        httpRequest("POST", pollUrl, false, jsonBytes({{QStringLiteral("pollToken"), flow.pollToken}}));
    request.authenticated = false;
    return call(
        *this, std::move(request), std::function([](const HttpResponse &response) -> Result<LoginPoll> {
            auto object = json::object(response.body);
            if (!object.ok())
                return object.error();
            if (response.status != 200 && response.status != 202)
                return protocolError(QStringLiteral("sign-in poll answered HTTP %1").arg(response.status));
            return json::loginPoll(response.status, *object);
        }));
}

QFuture<Result<LoginFlowStart>> PanelClient::startElevation(const QString &clientName)
{
    return call(*this,
                httpRequest("POST", d->url(QStringLiteral("api/v1/me/elevation")), false,
                            jsonBytes({{QStringLiteral("clientName"), clientName}})),
                reading<LoginFlowStart>(&json::loginFlow));
}

QFuture<Result<Me>> PanelClient::me()
{
    return call(*this, httpRequest("GET", d->url(QStringLiteral("api/v1/me")), true), reading<Me>(&json::me));
}

QFuture<Result<QList<model::ApiToken>>> PanelClient::tokens()
{
    return call(*this, httpRequest("GET", d->url(QStringLiteral("api/v1/me/tokens")), true),
                reading<QList<model::ApiToken>>(listOf(&json::token)));
}

QFuture<Status> PanelClient::revokeToken(const QString &tokenId)
{
    return call(*this,
                httpRequest("DELETE", d->url(QStringLiteral("api/v1/me/tokens/") + segment(tokenId)), true),
                std::function(&noContent));
}

QFuture<Result<Fetched<Page<model::Site>>>> PanelClient::sites(const SiteListQuery &query,
                                                               const QByteArray &ifNoneMatch)
{
    Query parameters;
    if (!query.text.isEmpty())
        parameters.append({QStringLiteral("q"), query.text});
    if (query.allSites)
        parameters.append({QStringLiteral("scope"), QStringLiteral("all")});
    parameters.append({QStringLiteral("offset"), QString::number(query.offset)});
    parameters.append({QStringLiteral("limit"), QString::number(query.limit)});
    return fetch<Page<model::Site>>(*this, d->url(QStringLiteral("api/v1/sites"), parameters),
                                    pageOf(&json::site), ifNoneMatch);
}

QFuture<Result<Fetched<model::Site>>> PanelClient::site(const QString &siteId, const QByteArray &ifNoneMatch)
{
    return fetch<model::Site>(*this, d->url(QStringLiteral("api/v1/sites/") + segment(siteId)), &json::site,
                              ifNoneMatch);
}

QFuture<Result<Fetched<model::Site>>>
PanelClient::updateSite(const QString &siteId, const SiteChanges &changes, const QByteArray &ifMatch)
{
    QJsonObject body;
    insertIfSet(body, QStringLiteral("name"), changes.name);
    insertIfSet(body, QStringLiteral("description"), changes.description);
    insertIfSet(body, QStringLiteral("contactEmail"), changes.contactEmail);
    HttpRequest request = httpRequest("PATCH", d->url(QStringLiteral("api/v1/sites/") + segment(siteId)),
                                      false, jsonBytes(body));
    if (!ifMatch.isEmpty())
        request.headers.append({"If-Match", ifMatch});
    return call(*this, std::move(request), fetching<model::Site>(&json::site, {}));
}

QFuture<Result<model::Site>> PanelClient::createSite(const NewSite &site)
{
    QJsonObject body{{QStringLiteral("name"), site.name},
                     {QStringLiteral("contactEmail"), site.contactEmail}};
    if (!site.description.isEmpty())
        body.insert(QStringLiteral("description"), site.description);
    if (!site.owner.isEmpty())
        body.insert(QStringLiteral("owner"), site.owner);
    // One key for every attempt: a retry after a lost answer gets that answer, not a second site.
    HttpRequest request = httpRequest("POST", d->url(QStringLiteral("api/v1/sites")), true, jsonBytes(body));
    request.headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return call(*this, std::move(request), reading<model::Site>(&json::site));
}

QFuture<Result<model::Site>> PanelClient::changeSiteStatus(const QString &siteId, SiteAction action,
                                                           const QString &reason)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    const QString sitePath = QStringLiteral("api/v1/sites/") + segment(siteId);
    HttpRequest request =
        action == SiteAction::Delete
            ? httpRequest("DELETE", d->url(sitePath), true, body.isEmpty() ? QByteArray() : jsonBytes(body))
            : httpRequest("POST", d->url(sitePath + QLatin1Char('/') + actionPath(action)), false,
                          jsonBytes(body));
    return call(*this, std::move(request), reading<model::Site>(&json::site));
}

QFuture<Result<QList<model::SiteMember>>> PanelClient::members(const QString &siteId)
{
    return call(
        *this,
        httpRequest("GET", d->url(QStringLiteral("api/v1/sites/%1/members").arg(segment(siteId))), true),
        reading<QList<model::SiteMember>>(listOf(&json::member)));
}

QFuture<Result<model::SiteMember>> PanelClient::putMember(const QString &siteId, const QString &crsid,
                                                          model::Role role)
{
    return call(
        *this,
        httpRequest("PUT",
                    d->url(QStringLiteral("api/v1/sites/%1/members/%2").arg(segment(siteId), segment(crsid))),
                    true, jsonBytes({{QStringLiteral("role"), model::toString(role)}})),
        reading<model::SiteMember>(&json::member));
}

QFuture<Status> PanelClient::removeMember(const QString &siteId, const QString &crsid)
{
    return call(
        *this,
        httpRequest("DELETE",
                    d->url(QStringLiteral("api/v1/sites/%1/members/%2").arg(segment(siteId), segment(crsid))),
                    true),
        std::function(&noContent));
}

QFuture<Result<model::SiteMember>> PanelClient::becomeSupporter(const QString &siteId)
{
    return call(
        *this,
        httpRequest("POST", d->url(QStringLiteral("api/v1/sites/%1/supporters").arg(segment(siteId))), false),
        reading<model::SiteMember>(&json::member));
}

QFuture<Result<Fetched<Page<model::AuditEvent>>>> PanelClient::audit(const AuditFilter &filter,
                                                                     const QByteArray &ifNoneMatch)
{
    Query parameters;
    if (!filter.actor.isEmpty())
        parameters.append({QStringLiteral("actor"), filter.actor});
    if (!filter.actionPrefix.isEmpty())
        parameters.append({QStringLiteral("action"), filter.actionPrefix});
    parameters.append({QStringLiteral("offset"), QString::number(filter.offset)});
    parameters.append({QStringLiteral("limit"), QString::number(filter.limit)});
    const QString path = filter.siteId.isEmpty()
                             ? QStringLiteral("api/v1/audit")
                             : QStringLiteral("api/v1/sites/%1/audit").arg(segment(filter.siteId));
    return fetch<Page<model::AuditEvent>>(*this, d->url(path, parameters), pageOf(&json::auditEvent),
                                          ifNoneMatch);
}

QFuture<Result<Page<model::Job>>> PanelClient::jobs(const QString &siteId, int offset, int limit)
{
    const Query parameters{{QStringLiteral("offset"), QString::number(offset)},
                           {QStringLiteral("limit"), QString::number(limit)}};
    return call(*this,
                httpRequest("GET",
                            d->url(QStringLiteral("api/v1/sites/%1/jobs").arg(segment(siteId)), parameters),
                            true),
                reading<Page<model::Job>>(pageOf(&json::job)));
}

QFuture<Result<model::Job>> PanelClient::job(const QString &jobId)
{
    return call(*this, httpRequest("GET", d->url(QStringLiteral("api/v1/jobs/") + segment(jobId)), true),
                reading<model::Job>(&json::job));
}

QFuture<Result<QList<model::JobLogLine>>> PanelClient::jobLog(const QString &jobId, int afterSeq)
{
    return call(*this,
                httpRequest("GET",
                            d->url(QStringLiteral("api/v1/jobs/%1/log").arg(segment(jobId)),
                                   {{QStringLiteral("after"), QString::number(afterSeq)}}),
                            true),
                reading<QList<model::JobLogLine>>(listOf(&json::logLine)));
}

QFuture<Result<model::Job>> PanelClient::cancelJob(const QString &jobId)
{
    return call(
        *this,
        httpRequest("POST", d->url(QStringLiteral("api/v1/jobs/%1/cancel").arg(segment(jobId))), false),
        reading<model::Job>(&json::job));
}

} // namespace mws::api
