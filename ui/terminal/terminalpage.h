// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pages/sitepage.h"
#include "terminal/sshconnection.h"

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTemporaryDir;

namespace mws::ui {

// The Terminal tab: a shell on the selected site through the system ssh, to the host, port and
// account the panel gives (GET /sites/{id}/ssh). Built with QTermWidget, each Connect opens the
// session in a tab of the page; without it (Windows, macOS), Open in Terminal starts the
// platform's own terminal instead. Switching sites or closing the page ends the page's sessions.
class TerminalPage : public SitePage
{
    Q_OBJECT

public:
    // The command a session runs, from the connection and the known_hosts file written for it.
    using CommandBuilder = std::function<terminal::TerminalCommand(const terminal::SshConnection &,
                                                                   const QString &knownHostsPath)>;

    explicit TerminalPage(QWidget *parent = nullptr);
    ~TerminalPage() override;

    void setSite(const SiteView &view) override;

    // Whether this build embeds the terminal (QTermWidget was found at configure time).
    static bool hasEmbeddedTerminal();

    // The step after the panel answered: opens a session to connection (a new tab, or the
    // platform's terminal). Tests call it with known details and a builder that runs a local program
    // in place of ssh (terminal::sshCommand by default).
    void connectTo(const terminal::SshConnection &connection);
    void setCommandBuilder(CommandBuilder builder);
    // Why the panel's answer does not lead to a session (no shell access there, an error), in a
    // sentence; empty if it does.
    static QString refusal(const Result<terminal::SshConnection> &answer);

    int sessionCount() const;
    // The text on session index's screen, lines joined by "\n"; empty without the embedded terminal.
    QString screenText(int index) const;
    // The process id of session index's program, 0 if it has none.
    qint64 sessionProcessId(int index) const;
    // Ends every session of the page (its processes are hung up, then ended).
    void closeSessions();

private:
    void onConnectClicked();
    void openSession(const terminal::TerminalCommand &command, const QString &title);
    void openExternalTerminal(const terminal::TerminalCommand &command);
    void closeSession(int index);
    QString writeKnownHosts(const terminal::SshConnection &connection);
    void updateState();

    SiteView m_view;
    quint64 m_generation = 0; // bumped when the site changes; stale answers are dropped
    bool m_fetching = false;
    QString m_message; // what the last Connect came to, until the site changes
    CommandBuilder m_builder;
    std::unique_ptr<QTemporaryDir> m_knownHosts; // the host keys the panel gave, for ssh
    QLabel *m_status = nullptr;
    QPushButton *m_connect = nullptr;
    QTabWidget *m_sessions = nullptr;
};

} // namespace mws::ui
