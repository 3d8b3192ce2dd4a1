// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testwls.h"

#include "formencoding.h"
#include "pages.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>

namespace mws::testwls {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

const QByteArray sessionCookie = QByteArrayLiteral("mws-test-wls-session");
const QStringList formNames{QStringLiteral("userid"), QStringLiteral("pwd"), QStringLiteral("login"),
                            QStringLiteral("cancel")};

QHttpServerResponse page(const QByteArray &body, StatusCode status = StatusCode::Ok)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), body, status);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.append(QHttpHeaders::WellKnownHeader::XFrameOptions, "DENY");
    response.setHeaders(std::move(headers));
    return response;
}

// The ptags of a test user, or nothing for an unknown user or a wrong password.
std::optional<QStringList> checkLogin(const QString &userid, const QString &password)
{
    static const QRegularExpression pattern(QStringLiteral("^test([0-9]{4})$"));
    const QRegularExpressionMatch match = pattern.match(userid);
    const int number = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (number < 1 || number > 500 || password != QLatin1String("test"))
        return std::nullopt;
    // Like Raven's demo server: test0500 stands for someone who has left ("Raven for life").
    return number == 500 ? QStringList() : QStringList{QStringLiteral("current")};
}

QByteArray randomHex(int bytes)
{
    QByteArray raw;
    while (raw.size() < bytes) {
        const quint32 word = QRandomGenerator::system()->generate();
        raw.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    return raw.first(bytes).toHex();
}

} // namespace

TestWls::TestWls(raven::RavenSigner signer, QString kid, QObject *parent)
    : QObject(parent), m_signer(std::move(signer)), m_kid(std::move(kid))
{
    m_server.route(QStringLiteral("/auth/authenticate.html"), QHttpServerRequest::Method::Get, this,
                   [this](const QHttpServerRequest &request) { return authenticate(request); });
    m_server.route(QStringLiteral("/auth/authenticate2.html"), QHttpServerRequest::Method::Post, this,
                   [this](const QHttpServerRequest &request) { return authenticate2(request); });
    m_server.setMissingHandler(this, [](const QHttpServerRequest &, QHttpServerResponder &responder) {
        responder.sendResponse(page(pages::notFoundPage(), StatusCode::NotFound));
    });
}

Status TestWls::listen(quint16 port)
{
    auto *tcp = new QTcpServer(&m_server);
    // Loopback only: this server vouches for anyone who types "test".
    if (!tcp->listen(QHostAddress::LocalHost, port) || !m_server.bind(tcp)) {
        return Error::make(Error::Kind::Backend, QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port),
                           tcp->errorString());
    }
    m_port = tcp->serverPort();
    return {};
}

QHttpServerResponse TestWls::authenticate(const QHttpServerRequest &httpRequest)
{
    const WlsRequest request =
        WlsRequest::fromItems(raven::parseFormEncoded(httpRequest.url().query(QUrl::FullyEncoded).toUtf8()));
    if (request.failureStatus)
        return failure(request, request.failureStatus, request.failureMessage);

    if (request.iact == QLatin1String("yes"))
        return page(pages::loginPage(request, {}, {}));
    if (const std::optional<Session> session = sessionOf(httpRequest))
        return passiveSuccess(request, *session);
    if (request.iact == QLatin1String("no"))
        return failure(request, 540, QStringLiteral("interaction would be required"));
    return page(pages::loginPage(request, {}, {}));
}

QHttpServerResponse TestWls::authenticate2(const QHttpServerRequest &httpRequest)
{
    const WlsRequest request = WlsRequest::fromItems(raven::parseFormEncoded(httpRequest.body()), formNames);
    if (request.failureStatus)
        return failure(request, request.failureStatus, request.failureMessage);
    if (!request.formValue(QStringLiteral("cancel")).isEmpty())
        return failure(request, 410, QStringLiteral("cancelled by the user"));

    const QString userid = request.formValue(QStringLiteral("userid"));
    const std::optional<QStringList> ptags = checkLogin(userid, request.formValue(QStringLiteral("pwd")));
    if (!ptags)
        return page(pages::loginPage(request, userid, QStringLiteral("Unrecognised user-id or password.")));

    raven::WlsFields fields;
    fields.status = 200;
    fields.principal = userid;
    fields.ptags = *ptags;
    fields.auth = QStringLiteral("pwd");
    fields.life = sessionSeconds;
    return redirectBack(request, fields, startSession(userid, *ptags));
}

QHttpServerResponse TestWls::failure(const WlsRequest &request, int status, const QString &message)
{
    if (!request.urlUsable)
        return page(pages::errorPage(status, message), StatusCode::BadRequest);
    if (request.fail)
        return page(pages::errorPage(status, message));
    raven::WlsFields fields;
    fields.status = status;
    fields.msg = message;
    return redirectBack(request, fields);
}

QHttpServerResponse TestWls::passiveSuccess(const WlsRequest &request, const Session &session)
{
    raven::WlsFields fields;
    fields.status = 200;
    fields.principal = session.principal;
    fields.ptags = session.ptags;
    fields.sso = QStringList{QStringLiteral("pwd")};
    fields.life = QDateTime::currentDateTimeUtc().secsTo(session.expires);
    return redirectBack(request, fields);
}

QHttpServerResponse TestWls::redirectBack(const WlsRequest &request, raven::WlsFields fields,
                                          const QByteArray &setCookie)
{
    fields.ver = request.replyVersion;
    fields.issue = QDateTime::currentDateTimeUtc();
    fields.id = newResponseId();
    fields.url = request.url;
    fields.params = request.params;
    fields.kid = m_kid;
    const Result<QString> response = m_signer.signedResponse(fields);
    if (!response)
        return page(pages::errorPage(500, response.error().fullText()), StatusCode::InternalServerError);

    QUrl target(request.url, QUrl::StrictMode);
    // Version 1 answers to scheme, host and path only.
    if (request.replyVersion == 1)
        target = target.adjusted(QUrl::RemoveQuery);
    QByteArray location = target.toEncoded();
    location += target.hasQuery() ? '&' : '?';
    location += "WLS-Response=" + raven::formEncodeValue(*response);

    QHttpServerResponse redirect(StatusCode::SeeOther);
    QHttpHeaders headers = redirect.headers();
    headers.append(QHttpHeaders::WellKnownHeader::Location, location);
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    if (!setCookie.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::SetCookie, setCookie);
    redirect.setHeaders(std::move(headers));
    return redirect;
}

std::optional<TestWls::Session> TestWls::sessionOf(const QHttpServerRequest &httpRequest)
{
    const QByteArray prefix = sessionCookie + '=';
    for (const QByteArray &header : httpRequest.headers().values(QHttpHeaders::WellKnownHeader::Cookie)) {
        for (const QByteArray &part : header.split(';')) {
            const QByteArray cookie = part.trimmed();
            if (!cookie.startsWith(prefix))
                continue;
            const auto it = m_sessions.constFind(cookie.sliced(prefix.size()));
            if (it == m_sessions.cend())
                continue;
            if (it->expires <= QDateTime::currentDateTimeUtc()) {
                m_sessions.erase(it);
                continue;
            }
            return *it;
        }
    }
    return std::nullopt;
}

QByteArray TestWls::startSession(const QString &principal, const QStringList &ptags)
{
    // Bounded so that a runaway test cannot exhaust memory; everyone simply signs in again.
    if (m_sessions.size() >= maxSessions)
        m_sessions.clear();
    const QByteArray token = randomHex(32);
    m_sessions.insert(token,
                      Session{principal, ptags, QDateTime::currentDateTimeUtc().addSecs(sessionSeconds)});
    return sessionCookie + '=' + token +
           "; Path=/auth; HttpOnly; SameSite=Lax; Max-Age=" + QByteArray::number(sessionSeconds);
}

QString TestWls::newResponseId()
{
    QString id;
    do {
        id = QString::fromLatin1(randomHex(8));
    } while (m_issuedIds.contains(id));
    m_issuedIds.insert(id);
    return id;
}

} // namespace mws::testwls
