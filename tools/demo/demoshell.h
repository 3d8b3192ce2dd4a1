// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "panelharness.h"
#include "sshserver.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace mws::demo {

// Real shell access on the demo stack: a private sshd with the panel's own drop-in, and a key
// for the demo person. Its public half is added through the panel's API; its private half is in
// a home of the demo's own (.ssh/id_ed25519, where the Files tab looks) and in a private
// ssh-agent (the system ssh of the Terminal tab reads ~/.ssh from the password database, not
// $HOME, so the agent is how it finds the key). The person's own ~/.ssh and agent are never used.
// Only root can make the people's accounts, so elsewhere the demo runs without it.
class DemoShell
{
public:
    DemoShell() = default;
    ~DemoShell();
    DemoShell(const DemoShell &) = delete;
    DemoShell &operator=(const DemoShell &) = delete;

    // Whether shell access can be offered here; if not, why.
    static bool isPossible(QString *why);

    // Before the panel starts: sshd's host keys and port, made in directory and given to the
    // panel's options (shell access, people's accounts, the host's address 127.0.0.1).
    bool prepare(const QString &directory, test::PanelProcess::Options &options, QString *error);
    // After the panel has started and the demo data is in: starts sshd with the panel's drop-in,
    // signs crsid in, gives them a new key, and waits until they can log in with it.
    bool start(test::PanelProcess &panel, test::HttpClient &http, const QString &crsid, QString *error);

    // The private home (with .ssh/id_ed25519 and .pub) and the agent's socket.
    QString home() const { return m_directory + QStringLiteral("/home"); }
    QString agentSocket() const { return m_directory + QStringLiteral("/agent.sock"); }
    // The app's environment: HOME the private home, SSH_AUTH_SOCK the private agent.
    void applyTo(QProcessEnvironment &environment) const;
    // The same for this process, before the app's widgets are made.
    void applyToThisProcess() const;

private:
    bool writeKey(const QString &publicLine, const QString &privateText, QString *error);
    bool startAgent(QString *error);
    bool canLogIn(const QString &user, QString *said);

    QString m_directory;
    test::SshServer m_sshd;
    QProcess m_agent;
};

} // namespace mws::demo
