// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mws::test {

// A private session libvirtd for one test, serving libvirt's test driver on a socket in a
// temporary folder, so the test can stop it (SIGSTOP) or end it under a live connection. libvirtd
// must not run as root: as root it is started as nobody. It ends with the test, or after two idle
// minutes if the test dies.
class LibvirtDaemon
{
public:
    LibvirtDaemon();
    ~LibvirtDaemon();
    LibvirtDaemon(const LibvirtDaemon &) = delete;
    LibvirtDaemon &operator=(const LibvirtDaemon &) = delete;

    static bool isAvailable(QString *reason);

    // Starts it and waits until it accepts connections; on failure, error says why.
    bool start(QString *error);
    void stop(); // SIGTERM (after SIGCONT if paused), and waits
    // Like stop(), but keeps its folder: start() again serves the same socket path.
    void terminate();
    bool isRunning() const;
    void pause();  // SIGSTOP: it keeps its connections but answers nothing
    void resume(); // SIGCONT

    QString socketPath() const;
    // The test driver's default host, through this daemon. Every client of the daemon shares it
    // (a test:///file.xml host would be a private copy per connection), as long as one stays
    // connected: with the last one gone the daemon resets it.
    QString uri() const;

private:
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_daemon;
    bool m_paused = false;
};

} // namespace mws::test
