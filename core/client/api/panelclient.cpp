#include "api/panelclient.h"

#include "api/jsonread.h"
#include "api/problem.h"
#include "api/requestengine.h"

#include <QJsonDocument>
#include <QPromise>
#include <QUuid>

#include <functional>

namespace mws::api {

namespace {

// One path segment: an id may hold anything, "/" and "?" included; it stays one segment.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

using Query = QList<std::pair<QString, QString>>;

template <typename T> using Reader = Result<T> (*)(const QJsonObject &);

// A response body read as one JSON object with a reader from jsonread.h.
template <typename T>
Result<T> readBody(const HttpResponse &response, const std::function<Result<T>(const QJsonObject &)> &read)
{
    auto object = json::object(response.body);
    if (!object.ok())
        return object.error();
    return read(*object);
}

template <typename T>
std::function<Result<T>(const HttpResponse &)> reading(std::function<Result<T>(const QJsonObject &)> read)
{
    return [read = std::move(read)](const HttpResponse &response) { return readBody<T>(response, read); };
}

// A GET that may answer 304 Not Modified to If-None-Match.
template <typename T>
std::function<Result<Fetched<T>>(const HttpResponse &)>
fetching(std::function<Result<T>(const QJsonObject &)> read, const QByteArray &ifNoneMatch)
{
    return [read = std::move(read), ifNoneMatch](const HttpResponse &response) -> Result<Fetched<T>> {
        Fetched<T> fetched;
        fetched.etag = response.etag;
        if (response.status == 304) {
            if (ifNoneMatch.isEmpty())
                return protocolError(QStringLiteral("304 Not Modified to a request without If-None-Match"));
            fetched.notModified = true;
            if (fetched.etag.isEmpty())
                fetched.etag = ifNoneMatch;
            return fetched;
        }
        auto value = readBody<T>(response, read);
        if (!value.ok())
            return value.error();
        fetched.value = std::move(value).value();
        return fetched;
    };
}

template <typename T> std::function<Result<Page<T>>(const QJsonObject &)> pageOf(Reader<T> read)
{
    return [read](const QJsonObject &object) { return json::page<T>(object, read); };
}

template <typename T> std::function<Result<QList<T>>(const QJsonObject &)> listOf(Reader<T> read)
{
    return [read](const QJsonObject &object) { return json::items<T>(object, read); };
}

Status noContent(const HttpResponse &)
{
    return {};
}

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

    static HttpRequest request(const QByteArray &method, const QUrl &url, bool retryable,
                               const QByteArray &body = {})
    {
        HttpRequest request;
        request.method = method;
        request.url = url;
        request.body = body;
        request.retryable = retryable;
        return request;
    }

    // Sends the request; read turns the answer into the call's result.
    template <typename R> QFuture<R> call(HttpRequest request, std::function<R(const HttpResponse &)> read)
    {
        auto promise = std::make_shared<QPromise<R>>();
        promise->start();
        QFuture<R> future = promise->future();
        engine.send(std::move(request), QFuture<void>(future),
                    [promise, read = std::move(read)](Result<HttpResponse> response) {
                        // Dropped by Qt if the future was cancelled; it still finishes.
                        promise->addResult(response.ok() ? read(response.value()) : R(response.error()));
                        promise->finish();
                    });
        return future;
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

QFuture<Result<LoginFlowStart>> PanelClient::startLogin(const QString &clientName)
{
    HttpRequest request = Private::request("POST", d->url(QStringLiteral("api/v1/login/flows")), false,
                                           jsonBytes({{QStringLiteral("clientName"), clientName}}));
    request.authenticated = false;
    return d->call(std::move(request), reading<LoginFlowStart>(&json::loginFlow));
}

QFuture<Result<LoginPoll>> PanelClient::pollLogin(const LoginFlowStart &flow)
{
    // The poll token goes only to the panel this client talks to, whatever the flow says.
    const QUrl pollUrl = flow.pollUrl.isValid() && sameOrigin(flow.pollUrl, d->base)
                             ? flow.pollUrl
                             : d->url(QStringLiteral("api/v1/login/poll"));
    HttpRequest request =
        Private::request("POST", pollUrl, false, jsonBytes({{QStringLiteral("pollToken"), flow.pollToken}}));
    request.authenticated = false;
    return d->call(std::move(request), std::function([](const HttpResponse &response) -> Result<LoginPoll> {
                       auto object = json::object(response.body);
                       if (!object.ok())
                           return object.error();
                       if (response.status != 200 && response.status != 202)
                           return protocolError(
                               QStringLiteral("sign-in poll answered HTTP %1").arg(response.status));
                       return json::loginPoll(response.status, *object);
                   }));
}

QFuture<Result<LoginFlowStart>> PanelClient::startElevation(const QString &clientName)
{
    return d->call(Private::request("POST", d->url(QStringLiteral("api/v1/me/elevation")), false,
                                    jsonBytes({{QStringLiteral("clientName"), clientName}})),
                   reading<LoginFlowStart>(&json::loginFlow));
}

QFuture<Result<Me>> PanelClient::me()
{
    return d->call(Private::request("GET", d->url(QStringLiteral("api/v1/me")), true),
                   reading<Me>(&json::me));
}

QFuture<Result<QList<model::ApiToken>>> PanelClient::tokens()
{
    return d->call(Private::request("GET", d->url(QStringLiteral("api/v1/me/tokens")), true),
                   reading<QList<model::ApiToken>>(listOf(&json::token)));
}

QFuture<Status> PanelClient::revokeToken(const QString &tokenId)
{
    return d->call(
        Private::request("DELETE", d->url(QStringLiteral("api/v1/me/tokens/") + segment(tokenId)), true),
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
    HttpRequest request = Private::request("GET", d->url(QStringLiteral("api/v1/sites"), parameters), true);
    if (!ifNoneMatch.isEmpty())
        request.headers.append({"If-None-Match", ifNoneMatch});
    return d->call(std::move(request), fetching<Page<model::Site>>(pageOf(&json::site), ifNoneMatch));
}

QFuture<Result<Fetched<model::Site>>> PanelClient::site(const QString &siteId, const QByteArray &ifNoneMatch)
{
    HttpRequest request =
        Private::request("GET", d->url(QStringLiteral("api/v1/sites/") + segment(siteId)), true);
    if (!ifNoneMatch.isEmpty())
        request.headers.append({"If-None-Match", ifNoneMatch});
    return d->call(std::move(request), fetching<model::Site>(&json::site, ifNoneMatch));
}

QFuture<Result<Fetched<model::Site>>>
PanelClient::updateSite(const QString &siteId, const SiteChanges &changes, const QByteArray &ifMatch)
{
    QJsonObject body;
    if (changes.name)
        body.insert(QStringLiteral("name"), *changes.name);
    if (changes.description)
        body.insert(QStringLiteral("description"), *changes.description);
    if (changes.contactEmail)
        body.insert(QStringLiteral("contactEmail"), *changes.contactEmail);
    HttpRequest request = Private::request("PATCH", d->url(QStringLiteral("api/v1/sites/") + segment(siteId)),
                                           false, jsonBytes(body));
    if (!ifMatch.isEmpty())
        request.headers.append({"If-Match", ifMatch});
    return d->call(std::move(request), fetching<model::Site>(&json::site, {}));
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
    HttpRequest request =
        Private::request("POST", d->url(QStringLiteral("api/v1/sites")), true, jsonBytes(body));
    request.headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return d->call(std::move(request), reading<model::Site>(&json::site));
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
            ? Private::request("DELETE", d->url(sitePath), true,
                               body.isEmpty() ? QByteArray() : jsonBytes(body))
            : Private::request("POST", d->url(sitePath + QLatin1Char('/') + actionPath(action)), false,
                               jsonBytes(body));
    return d->call(std::move(request), reading<model::Site>(&json::site));
}

QFuture<Result<QList<model::SiteMember>>> PanelClient::members(const QString &siteId)
{
    return d->call(
        Private::request("GET", d->url(QStringLiteral("api/v1/sites/%1/members").arg(segment(siteId))), true),
        reading<QList<model::SiteMember>>(listOf(&json::member)));
}

QFuture<Result<model::SiteMember>> PanelClient::putMember(const QString &siteId, const QString &crsid,
                                                          model::Role role)
{
    return d->call(
        Private::request(
            "PUT", d->url(QStringLiteral("api/v1/sites/%1/members/%2").arg(segment(siteId), segment(crsid))),
            true, jsonBytes({{QStringLiteral("role"), model::toString(role)}})),
        reading<model::SiteMember>(&json::member));
}

QFuture<Status> PanelClient::removeMember(const QString &siteId, const QString &crsid)
{
    return d->call(
        Private::request(
            "DELETE",
            d->url(QStringLiteral("api/v1/sites/%1/members/%2").arg(segment(siteId), segment(crsid))), true),
        std::function(&noContent));
}

QFuture<Result<model::SiteMember>> PanelClient::becomeSupporter(const QString &siteId)
{
    return d->call(Private::request("POST",
                                    d->url(QStringLiteral("api/v1/sites/%1/supporters").arg(segment(siteId))),
                                    false),
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
    HttpRequest request = Private::request("GET", d->url(path, parameters), true);
    if (!ifNoneMatch.isEmpty())
        request.headers.append({"If-None-Match", ifNoneMatch});
    return d->call(std::move(request),
                   fetching<Page<model::AuditEvent>>(pageOf(&json::auditEvent), ifNoneMatch));
}

QFuture<Result<Page<model::Job>>> PanelClient::jobs(const QString &siteId, int offset, int limit)
{
    const Query parameters{{QStringLiteral("offset"), QString::number(offset)},
                           {QStringLiteral("limit"), QString::number(limit)}};
    return d->call(
        Private::request(
            "GET", d->url(QStringLiteral("api/v1/sites/%1/jobs").arg(segment(siteId)), parameters), true),
        reading<Page<model::Job>>(pageOf(&json::job)));
}

QFuture<Result<model::Job>> PanelClient::job(const QString &jobId)
{
    return d->call(Private::request("GET", d->url(QStringLiteral("api/v1/jobs/") + segment(jobId)), true),
                   reading<model::Job>(&json::job));
}

QFuture<Result<QList<model::JobLogLine>>> PanelClient::jobLog(const QString &jobId, int afterSeq)
{
    return d->call(Private::request("GET",
                                    d->url(QStringLiteral("api/v1/jobs/%1/log").arg(segment(jobId)),
                                           {{QStringLiteral("after"), QString::number(afterSeq)}}),
                                    true),
                   reading<QList<model::JobLogLine>>(listOf(&json::logLine)));
}

QFuture<Result<model::Job>> PanelClient::cancelJob(const QString &jobId)
{
    return d->call(
        Private::request("POST", d->url(QStringLiteral("api/v1/jobs/%1/cancel").arg(segment(jobId))), false),
        reading<model::Job>(&json::job));
}

QFuture<Result<model::HostingCatalogue>> PanelClient::hostingCatalogue()
{
    return d->call(Private::request("GET", d->url(QStringLiteral("api/v1/hosting/catalogue")), true),
                   reading<model::HostingCatalogue>(&json::hostingCatalogue));
}

QFuture<Result<Fetched<model::HostingCatalogue>>> PanelClient::hostingCatalogue(const QByteArray &ifNoneMatch)
{
    HttpRequest request = Private::request("GET", d->url(QStringLiteral("api/v1/hosting/catalogue")), true);
    if (!ifNoneMatch.isEmpty())
        request.headers.append({"If-None-Match", ifNoneMatch});
    return d->call(std::move(request),
                   fetching<model::HostingCatalogue>(&json::hostingCatalogue, ifNoneMatch));
}

QFuture<Result<Fetched<model::SiteHosting>>> PanelClient::hosting(const QString &siteId,
                                                                  const QByteArray &ifNoneMatch)
{
    HttpRequest request =
        Private::request("GET", d->url(QStringLiteral("api/v1/sites/%1/hosting").arg(segment(siteId))), true);
    if (!ifNoneMatch.isEmpty())
        request.headers.append({"If-None-Match", ifNoneMatch});
    return d->call(std::move(request), fetching<model::SiteHosting>(&json::siteHosting, ifNoneMatch));
}

QFuture<Result<model::ConfigPreview>> PanelClient::preview(const HostingRequest &change)
{
    // A preview changes nothing, so it may be retried whatever its method.
    return d->call(
        Private::request(change.method,
                         d->url(change.path, {{QStringLiteral("preview"), QStringLiteral("true")}}), true,
                         jsonBytes(change.body)),
        reading<model::ConfigPreview>(&json::configPreview));
}

QFuture<Result<model::Job>> PanelClient::apply(const HostingRequest &change, const QByteArray &ifMatch)
{
    // Not retried: a lost answer may hide a queued job, and the version check would refuse a
    // second attempt anyway.
    HttpRequest request = Private::request(change.method, d->url(change.path), false, jsonBytes(change.body));
    request.headers.append({"If-Match", ifMatch});
    return d->call(std::move(request), reading<model::Job>(&json::job));
}

QFuture<Result<QString>> PanelClient::requestCertificate(const QString &siteId, const QString &vhost,
                                                         const QByteArray &ifMatch)
{
    HttpRequest request = Private::request(
        "POST",
        d->url(QStringLiteral("api/v1/sites/%1/vhosts/%2/tls/request").arg(segment(siteId), segment(vhost))),
        false, jsonBytes({}));
    request.headers.append({"If-Match", ifMatch});
    return d->call(std::move(request), reading<QString>([](const QJsonObject &object) -> Result<QString> {
                       const QString pem = object.value(QLatin1String("request")).toString();
                       if (!pem.startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")))
                           return protocolError(
                               QStringLiteral("the answer holds no certificate signing request"));
                       return pem;
                   }));
}

} // namespace mws::api
