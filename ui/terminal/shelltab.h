// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sshconnection.h"
#include "ssh/sshshell.h"

#include <QByteArray>
#include <QFuture>
#include <QSize>
#include <QWidget>

#include <memory>

class QSocketNotifier;
class QTermWidget;

namespace mws::ui {

// One session of the Terminal page: a QTermWidget that runs no program of its own (its teletype
// mode) showing a shell on the host over libssh (SshShell, on the tab's own connection). What
// the shell prints is written to the widget's pseudo-terminal as fast as the widget takes it,
// what is typed goes to the shell, and the widget's size follows to the host's terminal.
// Once the shell has ended, or when the tab is destroyed, the shell and the connection are closed,
// which ends the session on the host.
class ShellTab : public QWidget
{
    Q_OBJECT

public:
    ShellTab(std::unique_ptr<SshConnection> connection, QWidget *parent = nullptr);
    ~ShellTab() override;

    // Starts the shell at the widget's size; the future says whether it started.
    QFuture<Status> start();
    // The text on the screen and in its history, lines joined by "\n".
    QString screenText() const;
    // Columns by lines.
    QSize screenSize() const;

Q_SIGNALS:
    void ended(int exitStatus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void flush();
    void sendSize();
    void onEnded(int exitStatus);

    std::unique_ptr<SshConnection> m_connection;
    std::unique_ptr<SshShell> m_shell;
    QTermWidget *m_term = nullptr;
    QSocketNotifier *m_writable = nullptr; // the pseudo-terminal has room again
    QByteArray m_pending;                  // read from the shell, not yet taken by the widget
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace mws::ui
