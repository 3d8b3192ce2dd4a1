// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hostlock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace mws::host {

HostLock::HostLock(QString path) : m_path(std::move(path)) {}

HostLock::~HostLock()
{
    unlock();
}

bool HostLock::tryLock()
{
    if (m_fd >= 0)
        return false; // held already, by another user of this object
    const int fd = ::open(m_path.toLocal8Bit().constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void HostLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace mws::host
