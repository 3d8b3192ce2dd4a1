// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mws::api {

struct HttpRequest
{
    QByteArray method;
    QUrl url;
    QByteArray body;                             // sent (with its Content-Type) unless null
    QByteArray contentType = "application/json"; // the body's
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool retryable = false; // idempotent, or made so by an Idempotency-Key
    bool authenticated = true;
    // A download: a 2xx answer's body is written here as it comes and not kept (the response's
    // body is empty). Never retried, as part of it may be written already.
    QIODevice *sink = nullptr;
    // Bytes received (with a sink) or sent (with a body) so far, and of how many (-1: unknown).
    std::function<void(qint64 done, qint64 total)> progress;
};

// A 1xx–3xx answer; 4xx and 5xx arrive as an Error.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
};

class RequestEngine;

// One request through all its attempts. It finishes exactly once: with the answer, with the error
// of the last attempt, or (cancel()) with the error it is given.
class PendingRequest : public QObject
{
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    PendingRequest(RequestEngine *engine, HttpRequest request, Done done);
    void start(const QFuture<void> &future);
    void cancel(const Error &why);

private:
    void attempt();
    void attemptFinished();
    void drainToSink();
    void retryOrFinish(const Error &error, bool transient);
    void finish(Result<HttpResponse> result);

    RequestEngine *m_engine;
    HttpRequest m_request;
    Done m_done;
    QNetworkReply *m_reply = nullptr;
    QFutureWatcherBase *m_watcher = nullptr; // tells of the future's cancellation
    QList<QSslError> m_sslErrors;
    QString m_sinkError; // the sink refused a write
    QTimer m_backoff;
    int m_attempts = 0;
    bool m_finished = false;
};

// Sends requests for a PanelClient: headers, token, TLS trust, time-outs, retries with back-off,
// and the mapping of every failure to an Error. Lives on the client's thread.
class RequestEngine : public QObject
{
    Q_OBJECT

public:
    explicit RequestEngine(QObject *parent = nullptr);
    ~RequestEngine() override;

    // Empty pem: the system's trust store. Otherwise exactly the certificate(s) in it.
    void setPinnedCertificate(const QByteArray &pem);
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds perAttempt) { m_timeout = perAttempt; }
    void setRetries(int maxAttempts, std::chrono::milliseconds firstDelay);
    bool isReachable() const { return m_reachable; }

    // Starts the request at once. done runs exactly once, on this thread, never before send()
    // returns; if the future is cancelled, the request is aborted and done gets Kind::Cancelled.
    void send(HttpRequest request, const QFuture<void> &future, PendingRequest::Done done);

Q_SIGNALS:
    void unauthenticated();
    void reachableChanged(bool reachable);

private:
    friend class PendingRequest;
    void setReachable(bool reachable);
    void announceUnauthenticated();
    void forget(PendingRequest *request);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::optional<QSslConfiguration> m_ssl;
    QString m_pinProblem; // the pinned certificate could not be read
    QString m_token;
    std::chrono::milliseconds m_timeout{15000};
    int m_maxAttempts = 3;
    std::chrono::milliseconds m_firstDelay{300};
    bool m_reachable = true;
    QList<PendingRequest *> m_pending;
};

} // namespace mws::api
