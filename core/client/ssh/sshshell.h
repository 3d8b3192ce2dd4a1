// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>

#include <memory>

namespace mws {

class SshConnection;

// A login shell on the host over an SshConnection (connectToHost first): a session channel with
// a pseudo-terminal, as `ssh host` opens. Everything libssh does runs on the connection's worker,
// in short turns queued one after another, so the caller's thread never waits and the worker's
// other jobs wait at most one turn. What the shell prints waits in read() (readyRead() says when
// some has come), what is typed goes with write(), the terminal's size with resize(); ended()
// says when the shell has gone. Destroying the shell, or its connection, closes the channel, which
// ends the shell's session on the host.
class SshShell : public QObject
{
    Q_OBJECT

public:
    explicit SshShell(SshConnection &connection, QObject *parent = nullptr);
    ~SshShell() override; // closes the channel on the worker; returns at once

    // Opens the channel with a pseudo-terminal of columns by rows, of the kind term, and starts
    // the shell; the future says whether it started. Cancelling stops it before it starts.
    QFuture<Status> open(int columns, int rows, const QByteArray &term = QByteArrayLiteral("xterm-256color"));
    // Both return at once and take effect on the worker, in the order called.
    void write(const QByteArray &bytes);
    void resize(int columns, int rows);
    // What the shell printed since the last call. At most about a MiB waits here: beyond that the
    // channel is not read until this is called, so the host waits for a slow reader.
    QByteArray read();
    // Ends the shell now (its channel closed); ended() is not emitted then.
    void close();

    // What ended() gives when the shell left no exit status (killed by a signal, or the
    // connection went first).
    static constexpr int noExitStatus = -1;

Q_SIGNALS:
    void readyRead();
    void ended(int exitStatus);

private:
    struct State;
    SshConnection &m_connection;
    std::shared_ptr<State> m_state;
};

} // namespace mws
