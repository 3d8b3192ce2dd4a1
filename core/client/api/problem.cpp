// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mws::api {

namespace {

Error::Kind kindFor(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 422:
        return Error::Kind::Invalid;
    case 401:
        return Error::Kind::Unauthenticated;
    case 403:
        return Error::Kind::Forbidden;
    case 404:
    case 410:
        return Error::Kind::NotFound;
    case 409:
        return Error::Kind::Conflict;
    case 412:
    case 428:
        return Error::Kind::PreconditionFailed;
    default:
        // 405, 415 and other 4xx mean this client sent something the panel does not take.
        return status >= 500 ? Error::Kind::Server : Error::Kind::Protocol;
    }
}

// For answers without a problem+json detail, e.g. from a proxy in front of the panel.
QString defaultMessage(int status)
{
    switch (status) {
    case 400:
        return ClientText::tr("The panel could not understand the request.");
    case 401:
        return ClientText::tr("Your sign-in has expired or was revoked. Sign in again.");
    case 403:
        return ClientText::tr("You are not allowed to do this.");
    case 404:
        return ClientText::tr("It does not exist, or no longer exists.");
    case 409:
        return ClientText::tr("That conflicts with the current state; reload and check.");
    case 410:
        return ClientText::tr("It has expired.");
    case 413:
        return ClientText::tr("That is too large for the panel to accept.");
    case 422:
        return ClientText::tr("Some of the values are not valid.");
    case 429:
        return ClientText::tr("The panel has had too many requests; wait a minute and try again.");
    case 502:
    case 503:
    case 504:
        return ClientText::tr("The panel is not available at the moment. Try again later.");
    default:
        if (status >= 500)
            return ClientText::tr("The panel failed while handling the request. Try again later.");
        return ClientText::tr("The panel refused the request (HTTP %1).").arg(status);
    }
}

} // namespace

QString staleEditMessage()
{
    return ClientText::tr(
        "Someone else changed this since you opened it. Reload it, compare, and make your change "
        "again.");
}

Error errorFromHttp(int status, const QByteArray &body, const QByteArray &contentType)
{
    Error error;
    error.kind = kindFor(status);
    error.httpStatus = status;
    QString detail;
    QString title;
    // The panel's own answers are problem+json; anything else (HTML from a proxy) is not read.
    if (contentType.startsWith("application/problem+json") || contentType.startsWith("application/json")) {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        detail = problem.value(QLatin1String("detail")).toString().trimmed();
        title = problem.value(QLatin1String("title")).toString().trimmed();
        for (const QJsonValue &value : problem.value(QLatin1String("errors")).toArray()) {
            const QJsonObject field = value.toObject();
            const QString name = field.value(QLatin1String("field")).toString();
            const QString message = field.value(QLatin1String("message")).toString();
            if (!name.isEmpty() || !message.isEmpty())
                error.fields.append({name, message});
        }
    }
    const QString statusLine = title.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                               : QStringLiteral("HTTP %1 %2").arg(status).arg(title);
    if (error.kind == Error::Kind::PreconditionFailed) {
        // The panel's 428 text is for programmers; the user needs to know what to do.
        error.message = staleEditMessage();
        error.detail = detail.isEmpty() ? statusLine : statusLine + QStringLiteral(": ") + detail;
    } else {
        error.message = detail.isEmpty() ? defaultMessage(status) : detail;
        error.detail = statusLine;
    }
    return error;
}

Error errorFromTransport(QNetworkReply::NetworkError code, const QString &errorString, const QUrl &url,
                         const QList<QSslError> &sslErrors)
{
    const QString host = url.host();
    Error error;
    error.kind = Error::Kind::Network;
    error.detail = errorString;
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError: {
        error.message =
            ClientText::tr("The certificate of the panel at %1 is not trusted, so MWS Admin did not connect. "
                           "If this panel uses its own certificate, pin that certificate in the account's "
                           "settings.")
                .arg(host);
        QStringList reasons;
        for (const QSslError &ssl : sslErrors)
            reasons.append(ssl.errorString());
        if (!reasons.isEmpty())
            error.detail = reasons.join(QStringLiteral("; "));
        break;
    }
    case QNetworkReply::ConnectionRefusedError:
        error.message = ClientText::tr("The panel at %1 is not answering (connection refused).").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.message =
            ClientText::tr("The panel's address %1 cannot be found. Check the address and your network.")
                .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = ClientText::tr("The panel at %1 closed the connection before it answered.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        error.kind = Error::Kind::Timeout;
        error.message = ClientText::tr("The panel at %1 did not answer in time.").arg(host);
        break;
    default:
        error.message = ClientText::tr("Cannot reach the panel at %1.").arg(host);
        break;
    }
    return error;
}

Error protocolError(const QString &detail)
{
    return Error::make(
        Error::Kind::Protocol,
        ClientText::tr("The panel sent an answer this version of MWS Admin does not understand."), detail);
}

} // namespace mws::api
