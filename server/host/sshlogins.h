// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Who logged in: each person's SSH logins and logouts on the host, read from sshd's own log
// (LogLevel VERBOSE names the key's fingerprint), recorded in the Activity of every site of the
// host they have shell on, and as their key's last use. The log must be one only sshd writes
// (sshd -E, or a file of its own): a syslog file takes lines from anyone with `logger`.

#include "hostconfig.h"

#include <QDateTime>
#include <QString>

namespace mws::store {
class Store;
}

namespace mws::host {

class SshLoginLog
{
public:
    explicit SshLoginLog(const HostConfig &config) : m_config(config) {}

    // Reads what sshd has written since the last call and records it. What the file held when
    // the panel started is not read again (a restart must not record a login twice), so a login
    // while no panel ran is not recorded. Returns how many logins and logouts it recorded.
    int readNew(store::Store &store, const QDateTime &now);

private:
    void record(store::Store &store, const QDateTime &now, const QString &line);

    const HostConfig &m_config;
    qint64 m_offset = -1; // -1: not looked yet
    QByteArray m_partial; // a line sshd has not finished writing
};

} // namespace mws::host
