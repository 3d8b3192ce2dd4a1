// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Raven sign-in for the desktop, as a browser flow the panel completes (docs: raven.md §4):
// the app starts a flow and polls; the browser goes to Raven and back, and the user consents;
// the poll then hands the app its API token, exactly once.
#include "api/apisupport.h"
#include "http/htmlpage.h"
#include "http/jsonbody.h"
#include "ravenrequest.h"
#include "ravenverifier.h"
#include "store.h"
#include "wlsresponse.h"

#include <QMutex>
#include <QUrlQuery>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int pollIntervalSeconds = 2;
const QString cookieName = QStringLiteral("mws_login");

// A few flows a minute per address is plenty for people; more is someone filling the table.
class FlowRateLimit
{
public:
    static constexpr int perMinute = 30;

    // 0 if a flow may start now (and counts it), else the seconds until one may.
    int secondsToWait(const QString &address, const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        QList<QDateTime> &times = m_starts[address];
        times.removeIf([&](const QDateTime &t) { return t.secsTo(now) >= 60; });
        if (times.size() >= perMinute)
            return int(qMax<qint64>(1, 60 - times.first().secsTo(now)));
        times.append(now);
        return 0;
    }

private:
    QMutex m_mutex;
    QHash<QString, QList<QDateTime>> m_starts;
};

QUrl panelUrl(const PanelContext &context, const QString &path)
{
    QUrl url = context.config.publicUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString cookieValue(const Request &request)
{
    const QByteArray header = request.header(QHttpHeaders::WellKnownHeader::Cookie);
    for (const QByteArray &part : header.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(cookieName.toLatin1() + '='))
            return QString::fromLatin1(trimmed.mid(cookieName.size() + 1));
    }
    return {};
}

QHttpServerResponse withCookie(QHttpServerResponse response, const PanelContext &context,
                               const QString &value, int maxAgeSeconds)
{
    QByteArray cookie = cookieName.toLatin1() + '=' + value.toLatin1() +
                        "; Path=/login; HttpOnly; SameSite=Lax; Max-Age=" + QByteArray::number(maxAgeSeconds);
    if (context.config.publicUrl.scheme() == QLatin1String("https"))
        cookie += "; Secure";
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::SetCookie, cookie);
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse redirect(const QUrl &to)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::SeeOther);
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::Location, to.toString(QUrl::FullyEncoded).toLatin1());
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse endPage(int status, const QString &title, const QString &message)
{
    return htmlPage(status, title,
                    QStringLiteral("<p>%1</p><p>You can close this window.</p>").arg(htmlEscape(message)));
}

// The answer to an address that started too many flows: what was limited, and when to retry.
QHttpServerResponse tooManySignIns(int retryAfterSeconds)
{
    QHttpServerResponse response = problemResponse(
        429, {},
        QStringLiteral("Too many sign-ins were started from this address (at most %1 a minute). Try again "
                       "in %2 seconds.")
            .arg(FlowRateLimit::perMinute)
            .arg(retryAfterSeconds));
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(retryAfterSeconds));
    response.setHeaders(std::move(headers));
    return response;
}

// Creates a flow and answers with what the app needs to open the browser and poll.
Handled startFlow(PanelContext &context, const Request &request, const QString &clientName,
                  const QString &purpose, const QString &elevateTokenId)
{
    const QDateTime now = context.now();
    store::LoginFlow flow;
    const QString loginToken = newSecret("lf_");
    const QString pollToken = newSecret("lp_");
    flow.loginTokenHash = secretHash(loginToken);
    flow.pollTokenHash = secretHash(pollToken);
    flow.clientName = clientName;
    flow.purpose = purpose;
    flow.elevateTokenId = elevateTokenId;
    flow.status = QStringLiteral("pending");
    flow.createdAt = now;
    flow.expiresAt = now.addSecs(context.config.loginFlowSeconds);
    (void)context.store.purgeExpiredLoginFlows(now);
    auto created = context.store.createLoginFlow(flow);
    if (!created.ok())
        return created.error();
    const QJsonObject body{
        {QStringLiteral("loginUrl"),
         panelUrl(context, QStringLiteral("/login/flow/") + loginToken).toString()},
        {QStringLiteral("pollUrl"), panelUrl(context, QStringLiteral("/api/v1/login/poll")).toString()},
        {QStringLiteral("pollToken"), pollToken},
        {QStringLiteral("interval"), pollIntervalSeconds},
        {QStringLiteral("expiresIn"), context.config.loginFlowSeconds},
        {QStringLiteral("purpose"), purpose}};
    return jsonResponse(request, body, 201);
}

Result<QString> readClientName(const Request &request)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto clientName = body->string(QStringLiteral("clientName"), true, 100);
    if (clientName && clientName->trimmed().isEmpty())
        body->addError(QStringLiteral("clientName"),
                       QStringLiteral("Name the device or program signing in."));
    if (auto finished = body->finish(); !finished.ok())
        return finished.error();
    return clientName->trimmed();
}

// The browser's flow, found by the login token in its URL, if it may still be used.
Result<store::LoginFlow> browserFlow(PanelContext &context, const QString &loginToken)
{
    auto flow = context.store.loginFlowByLoginTokenHash(secretHash(loginToken));
    if (!flow.ok())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("This sign-in link is not valid. Start again from "
                                          "MWS Admin."));
    if (flow->expiresAt <= context.now()) {
        Error error =
            Error::make(Error::Kind::NotFound,
                        QStringLiteral("This sign-in link has expired. Start again from MWS Admin."));
        error.httpStatus = 410;
        return error;
    }
    return flow;
}

// What the panel checks of a verified Raven answer beyond the protocol: that it is not a replay
// and, for staff mode, that the right person signed in and that their Raven session still runs.
Status acceptIdentity(PanelContext &context, const store::LoginFlow &flow,
                      const raven::RavenIdentity &identity, const QDateTime &now)
{
    // A response that has been seen before is a replay, however valid its signature.
    if (!context.store.rememberRavenResponse(identity.issue, identity.id, now).ok())
        return Error::make(
            Error::Kind::Forbidden,
            QStringLiteral("This Raven response was already used. Start again from MWS Admin."),
            QStringLiteral("replay"));
    if (flow.purpose != QLatin1String("elevate"))
        return {};
    if (!ownToken(context, identity.principal, flow.elevateTokenId))
        return Error::make(Error::Kind::Forbidden,
                           QStringLiteral("Staff mode must be entered by the person who asked for it."),
                           QStringLiteral("other-user"));
    // Staff mode rests on this Raven sign-in, so it cannot outlast Raven's session.
    if (identity.life && identity.issue.addSecs(*identity.life) <= now)
        return Error::make(Error::Kind::Forbidden,
                           QStringLiteral("Your Raven session has already ended, so staff mode cannot start. "
                                          "Sign in to Raven again, then start staff mode again."),
                           QStringLiteral("raven-session-over"));
    return {};
}

QHttpServerResponse errorPage(const Error &error)
{
    return endPage(httpStatusFor(error), QStringLiteral("Sign-in failed"), error.message);
}

QHttpServerResponse consentPage(const store::LoginFlow &flow, const QString &loginToken, const QString &csrf)
{
    const bool elevate = flow.purpose == QLatin1String("elevate");
    const QString question =
        elevate ? QStringLiteral(
                      "Switch <b>%1</b> to staff mode as <b>%2</b>? Staff mode lasts a short while and "
                      "everything done in it is recorded.")
                : QStringLiteral("Allow <b>%1</b> to manage your MWS sites as <b>%2</b>?");
    const QString body =
        QStringLiteral("<p>%1</p><p>Only continue if you started this sign-in yourself just now.</p>"
                       "<form method=\"post\" action=\"/login/flow/%2/consent\">"
                       "<input type=\"hidden\" name=\"csrf\" value=\"%3\">"
                       "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>"
                       "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></form>")
            .arg(question.arg(htmlEscape(flow.clientName), htmlEscape(flow.principal)),
                 htmlEscape(loginToken), htmlEscape(csrf));
    return htmlPage(200, elevate ? QStringLiteral("Staff mode") : QStringLiteral("Grant access"), body);
}

// How often one address may start a sign-in (the panel answers on one thread).
FlowRateLimit &rateLimit()
{
    static FlowRateLimit limit;
    return limit;
}

Handled startLoginFlow(PanelContext &context, const Request &request)
{
    if (const int wait = rateLimit().secondsToWait(request.http.remoteAddress().toString(), context.now()))
        return tooManySignIns(wait);
    auto clientName = readClientName(request);
    if (!clientName.ok())
        return clientName.error();
    return startFlow(context, request, *clientName, QStringLiteral("login"), {});
}

Handled startElevation(PanelContext &context, const Request &request, const Caller &caller)
{
    if (!caller.staff)
        return Error::make(Error::Kind::Forbidden, QStringLiteral("Only staff have a staff mode."));
    auto clientName = readClientName(request);
    if (!clientName.ok())
        return clientName.error();
    return startFlow(context, request, *clientName, QStringLiteral("elevate"), caller.tokenId);
}

QHttpServerResponse loginFlowPage(PanelContext &context, const Request &request)
{
    const QString loginToken = request.path(QStringLiteral("loginToken"));
    auto flow = browserFlow(context, loginToken);
    if (!flow.ok())
        return errorPage(flow.error());
    if (flow->status != QLatin1String("pending"))
        return endPage(
            409, QStringLiteral("Already used"),
            QStringLiteral("This sign-in link has already been used. Start again from MWS Admin."));
    // The nonce binds Raven's answer to this browser: it goes out as params and into a cookie.
    const QString nonce = newSecret("");
    flow->nonceHash = secretHash(nonce);
    if (auto updated = context.store.updateLoginFlow(*flow); !updated.ok())
        return errorPage(updated.error());
    const bool elevate = flow->purpose == QLatin1String("elevate");
    raven::RavenRequest ravenRequest;
    ravenRequest.wlsUrl = context.config.wlsUrl;
    ravenRequest.returnUrl = context.config.callbackUrl().toString();
    ravenRequest.description = QStringLiteral("MWS control panel");
    ravenRequest.params = loginToken + QLatin1Char('.') + nonce;
    ravenRequest.interaction =
        elevate ? raven::RavenRequest::Interaction::Yes : raven::RavenRequest::Interaction::Default;
    ravenRequest.acceptedAuthTypes = {QStringLiteral("pwd")};
    auto url = ravenRequest.toUrl();
    if (!url.ok())
        return errorPage(url.error());
    return withCookie(redirect(*url), context, ravenRequest.params, context.config.loginFlowSeconds);
}

QHttpServerResponse ravenCallback(PanelContext &context, const Request &request)
{
    const QString params = cookieValue(request);
    const QString loginToken = params.section(QLatin1Char('.'), 0, 0);
    const QString nonce = params.section(QLatin1Char('.'), 1);
    if (loginToken.isEmpty() || nonce.isEmpty())
        return endPage(400, QStringLiteral("Sign-in failed"),
                       QStringLiteral("This browser did not start the sign-in (its cookie is missing). Allow "
                                      "cookies for the panel and start again from MWS Admin."));
    auto flow = browserFlow(context, loginToken);
    if (!flow.ok())
        return errorPage(flow.error());
    if (flow->status != QLatin1String("pending") || flow->nonceHash != secretHash(nonce))
        return endPage(409, QStringLiteral("Sign-in failed"),
                       QStringLiteral("This sign-in was already completed or restarted elsewhere."));

    const bool elevate = flow->purpose == QLatin1String("elevate");
    const QDateTime now = context.now();
    // Form-decoded ('+' is a space), and refused when it is missing or given twice.
    const auto response =
        raven::WlsResponse::fromQuery(request.http.url().query(QUrl::FullyEncoded).toLatin1());
    auto identity = response.ok() ? context.verifier.verify(*response, params, elevate, now)
                                  : Result<raven::RavenIdentity>(response.error());
    const Status checked =
        identity.ok() ? acceptIdentity(context, *flow, *identity, now) : Status(identity.error());
    if (!checked.ok()) {
        flow->status = QStringLiteral("failed");
        flow->failureReason = checked.error().message;
        (void)context.store.updateLoginFlow(*flow);
        qWarning("login flow refused: %s (%s)", qPrintable(checked.error().message),
                 qPrintable(checked.error().detail));
        return endPage(403, QStringLiteral("Sign-in failed"), checked.error().message);
    }

    const QString csrf = newSecret("");
    flow->status = QStringLiteral("verified");
    flow->principal = identity->principal;
    flow->csrfHash = secretHash(csrf);
    if (identity->life)
        flow->ravenSessionEnds = identity->issue.addSecs(*identity->life);
    if (auto user = context.store.upsertUser(identity->principal, identity->principal, now); !user.ok())
        return errorPage(user.error());
    if (auto updated = context.store.updateLoginFlow(*flow); !updated.ok())
        return errorPage(updated.error());
    return consentPage(*flow, loginToken, csrf);
}

QHttpServerResponse consent(PanelContext &context, const Request &request)
{
    const QString loginToken = request.path(QStringLiteral("loginToken"));
    auto flow = browserFlow(context, loginToken);
    if (!flow.ok())
        return errorPage(flow.error());
    const QUrlQuery form(QString::fromUtf8(request.http.body()));
    const QString csrf = form.queryItemValue(QStringLiteral("csrf"), QUrl::FullyDecoded);
    const QString decision = form.queryItemValue(QStringLiteral("decision"));
    const QString cookieNonce = cookieValue(request).section(QLatin1Char('.'), 1);
    if (flow->status != QLatin1String("verified") || csrf.isEmpty() || flow->csrfHash != secretHash(csrf) ||
        flow->nonceHash != secretHash(cookieNonce))
        return endPage(403, QStringLiteral("Sign-in failed"),
                       QStringLiteral("This confirmation is not valid here. Start again from MWS Admin."));
    if (decision == QLatin1String("allow")) {
        flow->status = QStringLiteral("consented");
    } else {
        flow->status = QStringLiteral("failed");
        flow->failureReason = QStringLiteral("Access was denied in the browser.");
    }
    if (auto updated = context.store.updateLoginFlow(*flow); !updated.ok())
        return errorPage(updated.error());
    // The cookie has done its work.
    const bool allowed = flow->status == QLatin1String("consented");
    return withCookie(endPage(200, allowed ? QStringLiteral("Signed in") : QStringLiteral("Access denied"),
                              allowed
                                  ? QStringLiteral("You are signed in. Return to %1.").arg(flow->clientName)
                                  : QStringLiteral("Nothing was granted.")),
                      context, {}, 0);
}

Handled pollLoginFlow(PanelContext &context, const Request &request)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const auto pollToken = body->string(QStringLiteral("pollToken"), true, 200);
    if (auto finished = body->finish(); !finished.ok())
        return finished.error();
    auto flow = context.store.loginFlowByPollTokenHash(secretHash(*pollToken));
    if (!flow.ok())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("No such sign-in: it was never started, or it has already "
                                          "given out its token."));
    const QDateTime now = context.now();
    if (flow->expiresAt <= now) {
        (void)context.store.deleteLoginFlow(flow->id);
        Error error = Error::make(Error::Kind::NotFound,
                                  QStringLiteral("The sign-in took too long and expired. Try again."));
        error.httpStatus = 410;
        return error;
    }
    if (flow->status == QLatin1String("failed")) {
        (void)context.store.deleteLoginFlow(flow->id);
        return Error::make(Error::Kind::Forbidden, flow->failureReason);
    }
    if (flow->status != QLatin1String("consented"))
        return jsonResponse(request,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")},
                                        {QStringLiteral("interval"), pollIntervalSeconds}},
                            202);

    const bool elevate = flow->purpose == QLatin1String("elevate");
    QDateTime expires = elevate ? now.addSecs(context.config.elevationMinutes * 60)
                                : now.addDays(context.config.tokenLifetimeDays);
    // Staff mode ends with the Raven session it rests on; a device's token does not
    // (docs/panel-config.md, "Raven sessions").
    if (elevate && flow->ravenSessionEnds.isValid())
        expires = qMin(expires, flow->ravenSessionEnds);
    if (expires <= now) {
        (void)context.store.deleteLoginFlow(flow->id);
        return Error::make(Error::Kind::Forbidden,
                           QStringLiteral("Your Raven session ended before staff mode began. Start "
                                          "staff mode again."));
    }
    Result<IssuedToken> issued = Error::make(Error::Kind::Server, {});
    // Minting and forgetting the flow happen together: the token is given out once.
    const Status done = context.store.database().transaction([&]() -> Status {
        issued =
            issueToken(context, flow->principal, flow->clientName, expires, elevate ? expires : QDateTime());
        if (!issued.ok())
            return issued.error();
        if (auto deleted = context.store.deleteLoginFlow(flow->id); !deleted.ok())
            return deleted;
        Caller actor;
        actor.crsid = flow->principal;
        actor.elevated = elevate;
        return recordAudit(context, actor, {},
                           elevate ? QStringLiteral("staff.elevate") : QStringLiteral("token.issue"),
                           issued->token.id, QJsonValue::Null, issued->token.toJson());
    });
    if (!done.ok())
        return done.error();
    QJsonObject result = issued->token.toJson();
    result.insert(QStringLiteral("token"), issued->secret);
    result.insert(QStringLiteral("status"), QStringLiteral("done"));
    return jsonResponse(request, result);
}

} // namespace

void registerLoginRoutes(Router &router, PanelContext &context)
{
    router.add(Method::Post, QStringLiteral("/api/v1/login/flows"),
               handled([&context](const Request &request) { return startLoginFlow(context, request); }));

    // Staff mode needs a fresh, interactive Raven login by the same person.
    router.add(Method::Post, QStringLiteral("/api/v1/me/elevation"), signedInRoute(context, startElevation));

    router.add(Method::Get, QStringLiteral("/login/flow/{loginToken}"),
               [&context](const Request &request) { return loginFlowPage(context, request); });

    router.add(Method::Get, QStringLiteral("/login/callback"),
               [&context](const Request &request) { return ravenCallback(context, request); });

    router.add(Method::Post, QStringLiteral("/login/flow/{loginToken}/consent"),
               [&context](const Request &request) { return consent(context, request); });

    router.add(Method::Post, QStringLiteral("/api/v1/login/poll"),
               handled([&context](const Request &request) { return pollLoginFlow(context, request); }));
}

} // namespace mws::panel
