// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages.h"

namespace mws::testwls::pages {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// desc and msg may hold entities (the protocol allows them); the few a WAA writes are decoded so
// that the text can be escaped once more without showing "&amp;lt;".
QString displayText(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html(text);
}

QByteArray document(const QString &title, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<title>%1</title></head>\n<body>\n<h1>%1</h1>\n%2</body></html>\n")
                .arg(html(title), body))
        .toUtf8();
}

} // namespace

QByteArray loginPage(const WlsRequest &request, const QString &userid, const QString &error)
{
    QString body;
    body += QStringLiteral("<p>This is mws-test-wls, a login server for tests. It is not Raven and "
                           "proves nothing about anyone. Users test0001 to test0500, password "
                           "<code>test</code>.</p>\n");
    if (!request.desc.isEmpty())
        body += QStringLiteral("<p>You are signing in to: %1</p>\n").arg(displayText(request.desc));
    if (!request.msg.isEmpty())
        body += QStringLiteral("<p class=\"msg\">%1</p>\n").arg(displayText(request.msg));
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(html(error));
    body += QStringLiteral("<p>After signing in you go back to %1</p>\n").arg(html(request.url));
    body += QStringLiteral("<form method=\"post\" action=\"/auth/authenticate2.html\">\n");
    for (const auto &[name, value] : request.protocolItems) {
        body +=
            QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n").arg(html(name), html(value));
    }
    body += QStringLiteral(
                "<label>User-id <input name=\"userid\" value=\"%1\" autocomplete=\"username\"></label>\n"
                "<label>Password <input name=\"pwd\" type=\"password\" "
                "autocomplete=\"current-password\"></label>\n"
                "<button type=\"submit\" name=\"login\" value=\"yes\">Login</button>\n"
                "<button type=\"submit\" name=\"cancel\" value=\"yes\">Cancel</button>\n"
                "</form>\n")
                .arg(html(userid));
    return document(QStringLiteral("Test login"), body);
}

QByteArray errorPage(int status, const QString &message)
{
    return document(QStringLiteral("Login failed"),
                    QStringLiteral("<p>Status %1: %2</p>\n").arg(QString::number(status), html(message)));
}

QByteArray notFoundPage()
{
    return document(QStringLiteral("Not found"), QStringLiteral("<p>There is no such page here.</p>\n"));
}

} // namespace mws::testwls::pages
