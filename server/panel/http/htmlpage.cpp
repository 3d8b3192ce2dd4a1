// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http/htmlpage.h"

namespace mws::panel {

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QHttpServerResponse htmlPage(int status, const QString &title, const QString &bodyHtml)
{
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>%1 — MWS</title>"
            "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
            "color:#222}h1{font-size:1.4em;color:#1d4e89}button{font-size:1em;padding:.4em 1.2em;"
            "margin-right:.6em}.error{color:#a00}</style></head><body><h1>%1</h1>%2</body></html>\n")
            .arg(htmlEscape(title), bodyHtml);
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8(),
                                 static_cast<QHttpServerResponse::StatusCode>(status));
    QHttpHeaders headers = response.headers();
    headers.append(
        QHttpHeaders::WellKnownHeader::ContentSecurityPolicy,
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    headers.append(QHttpHeaders::WellKnownHeader::XFrameOptions, "DENY");
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.append("Referrer-Policy", "no-referrer");
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace mws::panel
