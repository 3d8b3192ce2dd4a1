#pragma once

#include <QString>

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

} // namespace mws::host
