// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ravenrequest.h"

#include "formencoding.h"
#include "ravenreason.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

namespace mws::raven {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::raven::RavenRequest", text);
}

Error invalid(const QString &field, const QString &message)
{
    Error error = Error::make(Error::Kind::Invalid, message, QString(reason::BadRequest));
    error.fields.append({field, message});
    return error;
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

// desc and msg are shown by the WLS as HTML: printable ASCII only, with &, < and > written as
// entities so that the text appears as given.
std::optional<QString> displayText(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return std::nullopt;
        if (c == QLatin1Char('&'))
            escaped += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            escaped += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

Result<QUrl> RavenRequest::toUrl() const
{
    if (!wlsUrl.isValid() || wlsUrl.host().isEmpty() || wlsUrl.hasQuery() || wlsUrl.hasFragment() ||
        !(wlsUrl.scheme() == QLatin1String("https") ||
          (wlsUrl.scheme() == QLatin1String("http") && isLoopback(wlsUrl)))) {
        return invalid(
            QStringLiteral("wlsUrl"),
            tr("The Raven server's URL must be https, without a query (plain http only on this computer)."));
    }
    const QUrl back(returnUrl, QUrl::StrictMode);
    if (!back.isValid() || back.host().isEmpty() || back.hasFragment() ||
        (back.scheme() != QLatin1String("https") && back.scheme() != QLatin1String("http"))) {
        return invalid(QStringLiteral("returnUrl"), tr("The return URL must be an absolute http(s) URL."));
    }
    const std::optional<QString> desc = displayText(description);
    if (!desc)
        return invalid(QStringLiteral("description"), tr("The description may only hold printable ASCII."));
    const std::optional<QString> msg = displayText(message);
    if (!msg)
        return invalid(QStringLiteral("message"), tr("The message may only hold printable ASCII."));
    for (const QString &type : acceptedAuthTypes) {
        if (type.isEmpty() || type.contains(QLatin1Char(','))) {
            return invalid(QStringLiteral("acceptedAuthTypes"),
                           tr("An authentication type cannot be empty or hold a comma."));
        }
    }

    FormItems items{{QStringLiteral("ver"), QStringLiteral("3")}, {QStringLiteral("url"), returnUrl}};
    if (!desc->isEmpty())
        items.append({QStringLiteral("desc"), *desc});
    if (!msg->isEmpty())
        items.append({QStringLiteral("msg"), *msg});
    if (!params.isEmpty())
        items.append({QStringLiteral("params"), params});
    if (interaction != Interaction::Default) {
        items.append({QStringLiteral("iact"),
                      interaction == Interaction::Yes ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    if (!acceptedAuthTypes.isEmpty())
        items.append({QStringLiteral("aauth"), acceptedAuthTypes.join(QLatin1Char(','))});
    if (failOnWls)
        items.append({QStringLiteral("fail"), QStringLiteral("yes")});

    QUrl url = wlsUrl;
    url.setQuery(QString::fromLatin1(formEncode(items)), QUrl::StrictMode);
    return url;
}

} // namespace mws::raven
