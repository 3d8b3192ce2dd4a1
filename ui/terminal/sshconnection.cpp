// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminal/sshconnection.h"

#include "api/jsonread.h"
#include "api/panelcall.h"
#include "api/problem.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace mws::ui::terminal {

namespace {

// A word ssh takes as a host or user name and a known_hosts line as one field: never an option.
bool usableWord(const QString &word)
{
    if (word.isEmpty() || word.startsWith(QLatin1Char('-')))
        return false;
    return std::none_of(word.begin(), word.end(),
                        [](QChar c) { return c.isSpace() || c == QLatin1Char(','); });
}

} // namespace

Result<SshConnection> readSshConnection(const QJsonObject &json)
{
    using api::json::Type;
    if (auto checked = api::json::check(json, "ssh access",
                                        {{"host", Type::String},
                                         {"port", Type::Number},
                                         {"username", Type::String},
                                         {"shell", Type::Bool}});
        !checked.ok())
        return checked.error();
    SshConnection connection;
    connection.host = json.value(QLatin1String("host")).toString();
    connection.port = json.value(QLatin1String("port")).toInt();
    connection.username = json.value(QLatin1String("username")).toString();
    connection.shell = json.value(QLatin1String("shell")).toBool();
    for (const QJsonValue &key : json.value(QLatin1String("hostKeys")).toArray()) {
        const QStringList parts = key.toObject()
                                      .value(QLatin1String("publicKey"))
                                      .toString()
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 2 || !usableWord(parts.at(0)) || !usableWord(parts.at(1)))
            return api::protocolError(
                QStringLiteral("ssh access: a host key that is not an OpenSSH public key"));
        connection.hostKeys.append(parts.at(0) + QLatin1Char(' ') + parts.at(1));
    }
    if (!usableWord(connection.host) || !usableWord(connection.username) || connection.port < 1 ||
        connection.port > 65535)
        return api::protocolError(QStringLiteral("ssh access: an unusable host, port or user name"));
    return connection;
}

QFuture<Result<SshConnection>> fetchSshConnection(api::PanelClient &client, const QString &siteId)
{
    const QUrl url = client.url(QStringLiteral("api/v1/sites/%1/ssh").arg(api::segment(siteId)));
    return api::call(client, api::httpRequest("GET", url, true),
                     api::reading<SshConnection>(&readSshConnection));
}

TerminalCommand sshCommand(const SshConnection &connection, const QString &knownHostsPath)
{
    QStringList arguments{QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes")};
    if (!knownHostsPath.isEmpty())
        arguments << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + knownHostsPath;
    arguments << QStringLiteral("-p") << QString::number(connection.port)
              << connection.username + QLatin1Char('@') + connection.host;
    return {QStringLiteral("ssh"), arguments};
}

QString knownHostsText(const SshConnection &connection)
{
    const QString pattern = connection.port == 22
                                ? connection.host
                                : QStringLiteral("[%1]:%2").arg(connection.host).arg(connection.port);
    QString text;
    for (const QString &key : connection.hostKeys)
        text += pattern + QLatin1Char(' ') + key + QLatin1Char('\n');
    return text;
}

Platform currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

TerminalCommand externalTerminalCommand(const TerminalCommand &inner, Platform platform,
                                        const QString &scriptPath)
{
    switch (platform) {
    case Platform::Windows:
        return {QStringLiteral("wt"),
                QStringList{QStringLiteral("new-tab"), inner.program} + inner.arguments};
    case Platform::MacOS:
        return {QStringLiteral("open"), {QStringLiteral("-a"), QStringLiteral("Terminal"), scriptPath}};
    case Platform::Linux:
        break;
    }
    return {QStringLiteral("x-terminal-emulator"),
            QStringList{QStringLiteral("-e"), inner.program} + inner.arguments};
}

QString terminalScript(const TerminalCommand &inner)
{
    const auto quoted = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
               QLatin1Char('\'');
    };
    QString line = QStringLiteral("exec ") + quoted(inner.program);
    for (const QString &argument : inner.arguments)
        line += QLatin1Char(' ') + quoted(argument);
    return QStringLiteral("#!/bin/sh\n") + line + QLatin1Char('\n');
}

} // namespace mws::ui::terminal
