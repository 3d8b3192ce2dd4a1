// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/requestengine.h"

#include "api/problem.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>

#include <utility>

namespace mws::api {

namespace {

// A 502/503/504 from something in front of the panel (a proxy, a load balancer) that could not
// reach it. The panel's own answers are problem+json: its 503 (a host without databases) is an
// ordinary error, neither retried nor a sign that the panel is unreachable.
bool isGatewayFailure(int status, const QByteArray &contentType)
{
    const bool problem = contentType.trimmed().toLower().startsWith("application/problem+json");
    return (status == 502 || status == 503 || status == 504) && !problem;
}

// QNetworkReply's codes below 200 are about the connection (1–99) or a proxy (101–199); from
// 201 on they only echo an HTTP status, which is read from the answer itself.
bool isTransportFailure(QNetworkReply::NetworkError code, int status)
{
    return status == 0 || (code > QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied);
}

} // namespace

PendingRequest::PendingRequest(RequestEngine *engine, HttpRequest request, Done done)
    : m_engine(engine), m_request(std::move(request)), m_done(std::move(done))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &PendingRequest::attempt);
}

void PendingRequest::start(const QFuture<void> &future)
{
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [this, watcher] {
        // Emitting: finish() must not delete the watcher under its own feet.
        m_watcher = nullptr;
        watcher->deleteLater();
        cancel(Error::make(Error::Kind::Cancelled, ClientText::tr("The request was cancelled.")));
    });
    watcher->setFuture(future);
    m_watcher = watcher;
    attempt();
}

void PendingRequest::attempt()
{
    ++m_attempts;
    m_sslErrors.clear();
    if (!m_engine->m_pinProblem.isEmpty()) {
        finish(Error::make(Error::Kind::Network, m_engine->m_pinProblem));
        return;
    }
    if (!m_request.url.isValid()) {
        finish(Error::make(Error::Kind::NotFound, ClientText::tr("There is nothing by that name.")));
        return;
    }
    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(int(m_engine->m_timeout.count()));
    // A redirect would carry the token to wherever it points; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("User-Agent", "MWS-Admin/" MWS_VERSION);
    if (m_request.authenticated && !m_engine->m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_engine->m_token.toUtf8());
    if (!m_request.body.isNull())
        request.setRawHeader("Content-Type", m_request.contentType);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    if (m_engine->m_ssl)
        request.setSslConfiguration(*m_engine->m_ssl);

    QNetworkAccessManager *network = m_engine->m_network.get();
    if (m_request.method == "GET")
        m_reply = network->get(request);
    else if (m_request.body.isNull())
        m_reply = network->sendCustomRequest(request, m_request.method);
    else
        m_reply = network->sendCustomRequest(request, m_request.method, m_request.body);
    // Never ignored: kept only to say what was wrong with the certificate.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &PendingRequest::attemptFinished);
    if (m_request.sink)
        connect(m_reply, &QNetworkReply::readyRead, this, &PendingRequest::drainToSink);
    if (m_request.progress) {
        connect(m_reply, m_request.sink ? &QNetworkReply::downloadProgress : &QNetworkReply::uploadProgress,
                this, [this](qint64 done, qint64 total) { m_request.progress(done, total); });
    }
}

// A download's bytes go to the sink as they come, once the status says they are the answer (an
// error's problem document stays in the reply for attemptFinished).
void PendingRequest::drainToSink()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (m_request.sink->write(bytes) != bytes.size()) {
        m_sinkError = m_request.sink->errorString();
        m_reply->abort();
    }
}

void PendingRequest::attemptFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    if (!m_sinkError.isEmpty()) {
        finish(Error::make(Error::Kind::Backend,
                           ClientText::tr("The download could not be written: %1").arg(m_sinkError)));
        return;
    }

    if (isTransportFailure(code, status)) {
        m_engine->setReachable(false);
        if (code == QNetworkReply::NoError) {
            finish(protocolError(QStringLiteral("no HTTP answer")));
            return;
        }
        // Worth another try: the connection failing or breaking off. Not: a certificate that is
        // not trusted now (it will not be a moment later), or a URL Qt cannot handle.
        const bool transient =
            (code < QNetworkReply::ContentAccessDenied && code != QNetworkReply::SslHandshakeFailedError) ||
            code == QNetworkReply::ProtocolFailure;
        retryOrFinish(errorFromTransport(code, reply->errorString(), m_request.url, m_sslErrors), transient);
        return;
    }

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const bool gateway = isGatewayFailure(status, contentType);
    m_engine->setReachable(!gateway);
    if (status >= 400) {
        const Error error = errorFromHttp(status, reply->readAll(), contentType);
        if (status == 401 && m_request.authenticated)
            m_engine->announceUnauthenticated();
        retryOrFinish(error, gateway);
        return;
    }
    if (status >= 300 && status != 304) {
        finish(protocolError(QStringLiteral("HTTP %1 to %2")
                                 .arg(status)
                                 .arg(QString::fromLatin1(reply->rawHeader("Location")))));
        return;
    }
    if (m_request.sink) {
        m_reply = reply;
        drainToSink();
        m_reply = nullptr;
        if (!m_sinkError.isEmpty()) {
            finish(Error::make(Error::Kind::Backend,
                               ClientText::tr("The download could not be written: %1").arg(m_sinkError)));
            return;
        }
        finish(HttpResponse{status, {}, reply->rawHeader("ETag")});
        return;
    }
    finish(HttpResponse{status, reply->readAll(), reply->rawHeader("ETag")});
}

void PendingRequest::retryOrFinish(const Error &error, bool transient)
{
    if (transient && m_request.retryable && !m_request.sink && m_attempts < m_engine->m_maxAttempts) {
        // 300 ms, 600 ms, 1.2 s, …: a panel that is restarting gets a moment to come back.
        const auto delay = m_engine->m_firstDelay * (qint64(1) << std::min(m_attempts - 1, 20));
        m_backoff.start(delay);
        return;
    }
    finish(error);
}

void PendingRequest::cancel(const Error &why)
{
    if (m_finished)
        return;
    m_backoff.stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finish(why);
}

void PendingRequest::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_backoff.stop();
    m_engine->forget(this);
    // Gone before the result is reported, so that the future's last events are not posted to it.
    delete std::exchange(m_watcher, nullptr);
    deleteLater();
    // Last: whatever runs on the future may destroy the client, and with it the engine.
    Done done = std::move(m_done);
    done(std::move(result));
}

RequestEngine::RequestEngine(QObject *parent)
    : QObject(parent), m_network(std::make_unique<QNetworkAccessManager>())
{}

RequestEngine::~RequestEngine()
{
    const QList<PendingRequest *> pending = std::exchange(m_pending, {});
    for (PendingRequest *request : pending)
        request->cancel(
            Error::make(Error::Kind::Cancelled, ClientText::tr("The connection to the panel was closed.")));
    // Not deleted here: this may run inside a reply's finished signal (a continuation that
    // closes the account), and the manager owns that reply.
    m_network.release()->deleteLater();
}

void RequestEngine::setPinnedCertificate(const QByteArray &pem)
{
    m_ssl.reset();
    m_pinProblem.clear();
    if (pem.isEmpty())
        return;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        m_pinProblem = ClientText::tr("The certificate pinned for this panel cannot be read; "
                                      "pin it again in the account's settings.");
        return;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Replaces the system's roots (and stops Qt loading them on demand): only the pin is trusted.
    // The host name is still checked against the certificate.
    ssl.setCaCertificates(certificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_ssl = ssl;
}

void RequestEngine::setRetries(int maxAttempts, std::chrono::milliseconds firstDelay)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstDelay = std::max(firstDelay, std::chrono::milliseconds(0));
}

void RequestEngine::send(HttpRequest request, const QFuture<void> &future, PendingRequest::Done done)
{
    auto *pending = new PendingRequest(this, std::move(request), std::move(done));
    m_pending.append(pending);
    pending->start(future);
}

void RequestEngine::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    // Queued, so that no handler runs (and perhaps deletes the client) in the middle of a request.
    QMetaObject::invokeMethod(
        this, [this, reachable] { Q_EMIT reachableChanged(reachable); }, Qt::QueuedConnection);
}

void RequestEngine::announceUnauthenticated()
{
    QMetaObject::invokeMethod(this, [this] { Q_EMIT unauthenticated(); }, Qt::QueuedConnection);
}

void RequestEngine::forget(PendingRequest *request)
{
    m_pending.removeOne(request);
}

} // namespace mws::api
