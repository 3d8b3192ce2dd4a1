// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mws::test {

// A private MariaDB for one test: its own data folder, listening on 127.0.0.1 and a socket in
// that folder, with a database and a password user for TCP clients from 127.0.0.1 (what a
// client through an SSH tunnel is). Stopped (SIGTERM) and removed by the destructor.
class MariaDbServer
{
public:
    MariaDbServer() = default;
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    // Whether mariadbd and its tools exist here (and run as root, which owns the data folder
    // for the mysql user); if not, why (tests skip with that reason).
    static bool isAvailable(QString *reason);

    // install-db, start, wait until it answers, make the database and user. On failure, error
    // says why, with the end of the server's log.
    bool start(QString *error);
    void stop();

    // Runs SQL as root over the socket; its output, or an empty string and error set.
    QString sql(const QString &statements, QString *error) const;
    // The server's databases, accounts and database grants as root sees them, to compare before
    // and after something that must change nothing ("error: …" if they cannot be read).
    QString accountsAndGrants() const;
    // Connects as user with QtSql's QMYSQL, over the socket (localhost) or TCP (127.0.0.1), and
    // runs the statements; the first error, or an empty string.
    QString runAsUser(const QString &user, const QString &password, const QString &database, bool socket,
                      const QStringList &statements) const;

    quint16 port() const { return m_port; }
    QString socketPath() const { return path(QStringLiteral("my.sock")); }
    QString database() const { return QStringLiteral("app"); }
    QString user() const { return QStringLiteral("app"); }
    QString password() const { return m_password; }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool waitUntilReady(QString *error);
    QString logTail() const;

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_password;
};

} // namespace mws::test
