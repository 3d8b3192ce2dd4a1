// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>

namespace mws::host {

// An exclusive lock on a file in root's run folder, shared by every panel process on the
// host: flock(2), so the kernel lets go of it when its holder dies, however it dies. The file
// is opened close-on-exec, so no server the panel starts can keep it held.
class HostLock
{
public:
    explicit HostLock(QString path);
    ~HostLock();
    HostLock(const HostLock &) = delete;
    HostLock &operator=(const HostLock &) = delete;

    // Never waits: false when another process (or another holder in this one) has it.
    bool tryLock();
    void unlock();
    bool isHeld() const { return m_fd >= 0; }

private:
    QString m_path;
    int m_fd = -1;
};

// A held HostLock, let go of when its holder is done with it: moved along with the work that
// needs it, released when that ends or when the holder is destroyed. It never outlives the lock.
class HostLockHold
{
public:
    HostLockHold() = default;
    explicit HostLockHold(const std::shared_ptr<HostLock> &lock) : m_lock(lock) {}
    HostLockHold(HostLockHold &&other) noexcept : m_lock(std::move(other.m_lock)) { other.m_lock.reset(); }
    HostLockHold &operator=(HostLockHold &&other) noexcept
    {
        if (this != &other) {
            release();
            m_lock = std::move(other.m_lock);
            other.m_lock.reset();
        }
        return *this;
    }
    HostLockHold(const HostLockHold &) = delete;
    HostLockHold &operator=(const HostLockHold &) = delete;
    ~HostLockHold() { release(); }

    void release()
    {
        if (const std::shared_ptr<HostLock> lock = m_lock.lock())
            lock->unlock();
        m_lock.reset();
    }

private:
    std::weak_ptr<HostLock> m_lock;
};

} // namespace mws::host
