// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "util/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the Terminal page needs to open a shell on a site: the panel's GET /sites/{id}/ssh read
// into the few fields it uses, and the commands that run the system ssh with them. No widgets.
namespace mws::ui::terminal {

// Where a person's shell on a site is (GET /api/v1/sites/{siteId}/ssh).
struct SshConnection
{
    QString host;
    int port = 22;
    QString username;
    bool shell = false;   // whether the caller has shell access there now
    QStringList hostKeys; // the host's public keys as the panel knows them, "type base64" each
};

Result<SshConnection> readSshConnection(const QJsonObject &json);
// The GET itself, on the client's engine; a host that offers no shell answers 404 (NotFound).
QFuture<Result<SshConnection>> fetchSshConnection(api::PanelClient &client, const QString &siteId);

// A program and its arguments, run as they are (no shell in between).
struct TerminalCommand
{
    QString program;
    QStringList arguments;
    bool operator==(const TerminalCommand &) const = default;
};

// The system ssh to the connection's host. Host keys are checked strictly against the keys the
// panel gave (knownHostsPath, a file with knownHostsText() in it, if not empty): ssh never asks
// the person to accept an unknown one.
TerminalCommand sshCommand(const SshConnection &connection, const QString &knownHostsPath = {});
// The host's keys as lines of an OpenSSH known_hosts file for the connection's host and port.
QString knownHostsText(const SshConnection &connection);

enum class Platform
{
    Linux,
    Windows,
    MacOS,
};

Platform currentPlatform();

// The platform's own terminal running inner, for builds without the embedded terminal:
// x-terminal-emulator, Windows Terminal (wt), or Terminal.app opening scriptPath, a file whose
// text is terminalScript(inner).
TerminalCommand externalTerminalCommand(const TerminalCommand &inner, Platform platform,
                                        const QString &scriptPath = {});
// A POSIX shell script that runs inner, each argument quoted.
QString terminalScript(const TerminalCommand &inner);

} // namespace mws::ui::terminal
