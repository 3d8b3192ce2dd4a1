// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/sshaccess.h"
#include "pages/sitepage.h"
#include "ssh/sshconnection.h"
#include "terminal/sshconnection.h"

#include <QSize>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTemporaryDir;

namespace mws::ui {

class KeyChooser;

// The Terminal tab: a shell on the selected site's host, as the signed-in person (their own
// account there, GET /sites/{id}/ssh). Built with QTermWidget, Connect logs in as the Files tab
// does (the key chosen beside it, the host key checked against the panel's SSHFP records, the
// passphrase asked for) and opens the shell over libssh in a tab of the page (ShellTab), so a key
// the keychain keeps works too. Without it (Windows, macOS), Open in Terminal starts the
// platform's own terminal running the system ssh. Switching sites or closing the page ends the
// page's sessions.
class TerminalPage : public SitePage
{
    Q_OBJECT

public:
    explicit TerminalPage(QWidget *parent = nullptr);
    ~TerminalPage() override;

    void setSite(const SiteView &view) override;

    // Whether this build embeds the terminal (QTermWidget was found at configure time).
    static bool hasEmbeddedTerminal();

    // Why the panel's answer does not lead to a session (no shell access there, an error), in a
    // sentence; empty if it does.
    static QString refusal(const Result<terminal::SshConnection> &answer);

    int sessionCount() const;
    // The text on session index's screen, lines joined by "\n"; empty without the embedded terminal.
    QString screenText(int index) const;
    // The size of session index's screen in characters: columns by lines; empty without the
    // embedded terminal.
    QSize screenSize(int index) const;
    // Ends every session of the page (each shell's channel and connection closed).
    void closeSessions();

private:
    void onConnectClicked();
    // With the embedded terminal: the key, the panel's answer, the connection, then the shell.
    void logIn();
    void connectWith(const model::SshAccess &access, const SshCredentials &credentials);
    void openShell(std::unique_ptr<SshConnection> connection, const QString &title,
                   const QString &fingerprint);
    void closeSession(int index);
    // Without it: the system ssh in the platform's terminal.
    void openExternalTerminal(const terminal::SshConnection &connection);
    QString writeKnownHosts(const terminal::SshConnection &connection);
    void setMessage(const QString &message);
    void updateState();

    SiteView m_view;
    quint64 m_generation = 0;                    // bumped when the site changes; stale answers are dropped
    bool m_busy = false;                         // asking the panel, or connecting
    QString m_message;                           // what the last Connect came to, until the site changes
    std::unique_ptr<SshConnection> m_connecting; // until it is a session's
    std::unique_ptr<QTemporaryDir> m_knownHosts; // the host keys the panel gave, for ssh
    KeyChooser *m_key = nullptr;                 // with the embedded terminal only
    QLabel *m_status = nullptr;
    QPushButton *m_connect = nullptr;
    QTabWidget *m_sessions = nullptr;
};

} // namespace mws::ui
