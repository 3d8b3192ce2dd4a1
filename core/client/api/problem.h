// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

namespace mws::api {

// The translation context of the client's own messages, for code that is not a QObject.
class ClientText
{
    Q_DECLARE_TR_FUNCTIONS(mws::api::PanelClient)
};

// What the user is told when someone else changed a thing between reading and writing it.
QString staleEditMessage();

// An HTTP error answer (status >= 400) as an Error: the problem+json detail and field errors
// when the panel sent them, a message that fits the status when it did not (a proxy's HTML).
Error errorFromHttp(int status, const QByteArray &body, const QByteArray &contentType);

// A request that got no HTTP answer at all. sslErrors: what the handshake complained about.
Error errorFromTransport(QNetworkReply::NetworkError code, const QString &errorString, const QUrl &url,
                         const QList<QSslError> &sslErrors);

// A 2xx answer whose body is not what the API promises.
Error protocolError(const QString &detail);

} // namespace mws::api
