// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/tunnelforwarder.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace mws {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::SshTunnel)
};

constexpr int bufferSize = 64 * 1024;
constexpr int readsPerTurn = 16; // so one busy link does not starve the others
constexpr int idleWaitMs = 1000; // the session is checked at least this often

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}

} // namespace

TunnelForwarder::TunnelForwarder(const QString &targetHost, quint16 targetPort)
    : m_targetHost(targetHost.toUtf8()), m_targetPort(targetPort)
{
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        m_wake[0] = m_wake[1] = -1;
}

TunnelForwarder::~TunnelForwarder()
{
    for (int fd : {m_listener, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

quint16 TunnelForwarder::listen(quint16 port, QString *error)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int yes = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // this machine only, as ssh -L does
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 16) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        *error = Words::tr("Could not listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        return 0;
    }
    return ntohs(address.sin_port);
}

void TunnelForwarder::stop()
{
    m_stopping = true;
    const char wake = 1;
    if (m_wake[1] >= 0) [[maybe_unused]]
        const auto written = ::write(m_wake[1], &wake, 1);
}

void TunnelForwarder::run(ssh_session session)
{
    while (!m_stopping && ssh_is_connected(session)) {
        accept(session);
        for (auto link = m_links.begin(); link != m_links.end();) {
            const bool alive = copyFromSocket(*link) && copyFromChannel(*link);
            if (alive && !(link->socketDone && link->channelDone && link->toSocket.isEmpty())) {
                ++link;
                continue;
            }
            closeLink(*link);
            link = m_links.erase(link);
        }
        waitForWork(session);
    }
    for (Link &link : m_links)
        closeLink(link);
    m_links.clear();
    ::close(m_listener);
    m_listener = -1;
}

void TunnelForwarder::accept(ssh_session session)
{
    while (true) {
        sockaddr_in peer{};
        socklen_t length = sizeof peer;
        const int socket =
            ::accept4(m_listener, reinterpret_cast<sockaddr *>(&peer), &length, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (socket < 0)
            return;
        Link link;
        link.socket = socket;
        link.channel = ssh_channel_new(session);
        // The server connects to the target; a refusal closes the local connection at once.
        if (!link.channel || ssh_channel_open_forward(link.channel, m_targetHost.constData(), m_targetPort,
                                                      "127.0.0.1", ntohs(peer.sin_port)) != SSH_OK) {
            closeLink(link);
            continue;
        }
        m_links.push_back(link);
    }
}

bool TunnelForwarder::copyFromSocket(Link &link)
{
    char buffer[bufferSize];
    for (int turn = 0; turn < readsPerTurn && !link.socketDone; ++turn) {
        const ssize_t got = ::recv(link.socket, buffer, sizeof buffer, 0);
        if (got > 0) {
            if (ssh_channel_write(link.channel, buffer, static_cast<uint32_t>(got)) != got)
                return false;
        } else if (got == 0) {
            ssh_channel_send_eof(link.channel);
            link.socketDone = true;
        } else {
            return wouldBlock();
        }
    }
    return true;
}

bool TunnelForwarder::copyFromChannel(Link &link)
{
    char buffer[bufferSize];
    for (int turn = 0; turn < readsPerTurn; ++turn) {
        if (!link.toSocket.isEmpty()) {
            const ssize_t sent =
                ::send(link.socket, link.toSocket.constData(), link.toSocket.size(), MSG_NOSIGNAL);
            if (sent < 0)
                return wouldBlock();
            link.toSocket.remove(0, sent);
            if (!link.toSocket.isEmpty())
                return true; // the local side is slower: wait for it (poll asks for POLLOUT)
        }
        const int got = ssh_channel_read_nonblocking(link.channel, buffer, sizeof buffer, 0);
        if (got == SSH_ERROR)
            return false;
        if (got > 0) {
            link.toSocket.append(buffer, got);
            continue;
        }
        if (!link.channelDone && (ssh_channel_is_eof(link.channel) || ssh_channel_is_closed(link.channel))) {
            link.channelDone = true;
            ::shutdown(link.socket, SHUT_WR);
        }
        return true;
    }
    return true;
}

void TunnelForwarder::waitForWork(ssh_session session)
{
    std::vector<pollfd> watched{
        {m_wake[0], POLLIN, 0}, {m_listener, POLLIN, 0}, {ssh_get_fd(session), POLLIN, 0}};
    bool buffered = false; // data libssh has read already: the socket will not say so
    for (const Link &link : m_links) {
        const short events = (link.socketDone ? 0 : POLLIN) | (link.toSocket.isEmpty() ? 0 : POLLOUT);
        watched.push_back({link.socket, events, 0});
        buffered = buffered || (link.toSocket.isEmpty() && ssh_channel_poll(link.channel, 0) > 0);
    }
    ::poll(watched.data(), watched.size(), buffered ? 0 : idleWaitMs);
    char drained[64];
    while (::read(m_wake[0], drained, sizeof drained) > 0) {
    }
}

void TunnelForwarder::closeLink(Link &link)
{
    if (link.socket >= 0)
        ::close(link.socket);
    if (link.channel) {
        ssh_channel_close(link.channel);
        ssh_channel_free(link.channel);
    }
    link = Link{};
}

} // namespace mws
