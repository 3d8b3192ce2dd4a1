// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshshell.h"

#include "ssh/sshconnection.h"
#include "threads/blockingworker.h"

#include <QMutex>

#include <algorithm>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <poll.h>
#include <unistd.h>

namespace mws {

namespace {

constexpr qsizetype outputLimit = 1024 * 1024; // what may wait for read() before the channel waits
constexpr int readSize = 32 * 1024;
constexpr int turnMs = 200; // the longest a turn holds the worker while nothing happens

} // namespace

// Shared by the shell's object (any thread, under the mutex) and the turns on the worker, which
// may outlive the object: the channel is the worker's alone, and the close hook frees it.
struct SshShell::State
{
    State()
    {
        if (::pipe2(wake, O_CLOEXEC | O_NONBLOCK) != 0)
            wake[0] = wake[1] = -1;
    }
    ~State()
    {
        for (int fd : wake)
            if (fd >= 0)
                ::close(fd);
    }
    State(const State &) = delete;
    State &operator=(const State &) = delete;

    // On the worker.
    Status open(const std::shared_ptr<State> &self, int width, int height, const QByteArray &term);
    void turn(const std::shared_ptr<State> &self);
    bool readOutput();
    bool hasEnded() const;
    int exitStatus() const;
    void wait(ssh_session session);
    void finish(int status);
    void closeChannel();

    // From any thread.
    void poke() const;
    template <typename Call> void tellOwner(Call call);

    SshConnection *connection = nullptr;
    ssh_channel channel = nullptr; // the worker's
    int wake[2] = {-1, -1};        // written to end a turn's wait

    QMutex mutex;              // guards the rest
    SshShell *owner = nullptr; // cleared when the object goes; signals are posted to it
    QByteArray input;
    QByteArray output;
    int columns = 0;
    int rows = 0;
    bool resized = false;
    bool closing = false;
};

void SshShell::State::poke() const
{
    const char byte = 1;
    if (wake[1] >= 0) [[maybe_unused]]
        const auto written = ::write(wake[1], &byte, 1);
}

template <typename Call> void SshShell::State::tellOwner(Call call)
{
    QMutexLocker lock(&mutex);
    // Posted while the owner is known to be alive; Qt drops the call if it goes before it runs.
    if (owner)
        QMetaObject::invokeMethod(owner, [target = owner, call] { call(target); }, Qt::QueuedConnection);
}

Status SshShell::State::open(const std::shared_ptr<State> &self, int width, int height,
                             const QByteArray &term)
{
    {
        QMutexLocker lock(&mutex);
        if (closing)
            return Error::make(Error::Kind::Cancelled, SshShell::tr("The shell was closed."));
    }
    ssh_session session = connection->sessionHandle();
    if (!session)
        return Error::make(Error::Kind::Unavailable, SshShell::tr("Not connected."));
    ssh_channel opened = ssh_channel_new(session);
    if (!opened || ssh_channel_open_session(opened) != SSH_OK ||
        ssh_channel_request_pty_size(opened, term.constData(), std::max(width, 1), std::max(height, 1)) !=
            SSH_OK ||
        ssh_channel_request_shell(opened) != SSH_OK) {
        const QString reason = QString::fromUtf8(ssh_get_error(session));
        if (opened) {
            ssh_channel_close(opened);
            ssh_channel_free(opened);
        }
        return Error::make(Error::Kind::Server, SshShell::tr("The host did not start a shell."), reason);
    }
    channel = opened;
    // Freed before the session it belongs to; the hook keeps the state alive until then.
    connection->addCloseHook([self] { self->closeChannel(); });
    return {};
}

void SshShell::State::turn(const std::shared_ptr<State> &self)
{
    if (!channel)
        return;
    QByteArray typed;
    bool resize = false;
    int newColumns = 0;
    int newRows = 0;
    {
        QMutexLocker lock(&mutex);
        if (closing)
            return closeChannel();
        typed.swap(input);
        std::swap(resize, resized);
        newColumns = columns;
        newRows = rows;
    }
    if (resize)
        ssh_channel_change_pty_size(channel, newColumns, newRows);
    if (!typed.isEmpty() &&
        ssh_channel_write(channel, typed.constData(), uint32_t(typed.size())) == SSH_ERROR)
        return finish(noExitStatus);
    if (!readOutput())
        return finish(noExitStatus);
    if (hasEnded())
        return finish(exitStatus());
    ssh_session session = connection->sessionHandle();
    if (!session || !ssh_is_connected(session))
        return finish(noExitStatus);
    wait(session);
    // The next turn queues behind whatever else the worker was given meanwhile; none once the
    // worker stops (the connection goes), and the close hook frees the channel.
    connection->worker().call([self] { self->turn(self); });
}

bool SshShell::State::readOutput()
{
    char buffer[readSize];
    for (int stream : {0, 1}) { // what the shell prints, then its error stream (empty with a PTY)
        while (true) {
            {
                QMutexLocker lock(&mutex);
                if (output.size() >= outputLimit)
                    return true;
            }
            const int got = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, stream);
            if (got == SSH_ERROR)
                return false;
            if (got <= 0)
                break;
            bool first = false;
            {
                QMutexLocker lock(&mutex);
                first = output.isEmpty();
                output.append(buffer, got);
            }
            if (first)
                tellOwner([](SshShell *shell) { Q_EMIT shell->readyRead(); });
        }
    }
    return true;
}

bool SshShell::State::hasEnded() const
{
    if (!ssh_channel_is_eof(channel) && !ssh_channel_is_closed(channel))
        return false;
    // Only once everything it printed has been read.
    return ssh_channel_poll(channel, 0) <= 0 && ssh_channel_poll(channel, 1) <= 0;
}

int SshShell::State::exitStatus() const
{
    uint32_t code = 0;
    char *signal = nullptr;
    int coreDumped = 0;
    // Waits (within the session's timeout) for the exit status that follows the end of output.
    const int rc = ssh_channel_get_exit_state(channel, &code, &signal, &coreDumped);
    const bool signalled = signal != nullptr;
    ssh_string_free_char(signal);
    return rc == SSH_OK && !signalled ? int(code) : noExitStatus;
}

void SshShell::State::wait(ssh_session session)
{
    bool busy = false; // something to send: no wait
    bool full = false; // the reader is behind: wait for it alone
    {
        QMutexLocker lock(&mutex);
        busy = !input.isEmpty() || resized || closing;
        full = output.size() >= outputLimit;
    }
    // Data libssh has read already: the socket will not say so.
    const bool buffered = !full && (ssh_channel_poll(channel, 0) > 0 || ssh_channel_poll(channel, 1) > 0);
    pollfd watched[2] = {{wake[0], POLLIN, 0}, {ssh_get_fd(session), POLLIN, 0}};
    if (!busy && !buffered)
        ::poll(watched, full ? 1 : 2, turnMs);
    char drained[64];
    while (wake[0] >= 0 && ::read(wake[0], drained, sizeof drained) > 0) {
    }
}

void SshShell::State::finish(int status)
{
    closeChannel();
    tellOwner([status](SshShell *shell) { Q_EMIT shell->ended(status); });
}

void SshShell::State::closeChannel()
{
    if (!channel)
        return;
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    channel = nullptr;
}

SshShell::SshShell(SshConnection &connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_state(std::make_shared<State>())
{
    m_state->connection = &connection;
    m_state->owner = this;
}

SshShell::~SshShell()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->owner = nullptr;
    }
    close();
}

QFuture<Status> SshShell::open(int columns, int rows, const QByteArray &term)
{
    return m_connection.worker().callWithPromise<Status>(
        [state = m_state, columns, rows, term](QPromise<Status> &promise) {
            Status opened = state->open(state, columns, rows, term);
            if (opened && promise.isCanceled()) {
                state->closeChannel();
                opened = Error::make(Error::Kind::Cancelled, SshShell::tr("The shell was closed."));
            }
            if (opened)
                state->connection->worker().call([state] { state->turn(state); });
            promise.addResult(std::move(opened));
        });
}

void SshShell::write(const QByteArray &bytes)
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->input.append(bytes);
    }
    m_state->poke();
}

void SshShell::resize(int columns, int rows)
{
    if (columns < 1 || rows < 1)
        return;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->columns = columns;
        m_state->rows = rows;
        m_state->resized = true;
    }
    m_state->poke();
}

QByteArray SshShell::read()
{
    QByteArray taken;
    {
        QMutexLocker lock(&m_state->mutex);
        taken.swap(m_state->output);
    }
    if (taken.size() >= outputLimit)
        m_state->poke(); // the channel was left waiting
    return taken;
}

void SshShell::close()
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->closing = true;
    }
    m_state->poke();
}

} // namespace mws
