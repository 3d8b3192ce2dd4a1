// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mws::test {

// A private PostgreSQL 17 for one test: its own cluster in a temporary folder, listening on
// 127.0.0.1 and a socket in that folder, with a database and a password role for the test.
// It is stopped (fast shutdown) and removed by the destructor.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Whether the PostgreSQL programs exist here; if not, why (tests skip with that reason).
    static bool isAvailable(QString *reason);
    static QString binDir(); // $MWS_POSTGRES_BINDIR, or /usr/lib/postgresql/17/bin

    // initdb, start, wait until ready, create the role and database. On failure, error says why
    // and includes the end of the server's log.
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    // Another empty database owned by user(), for tests that need several.
    bool createDatabase(const QString &name, QString *error);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString socketDir() const;
    QString database() const { return QStringLiteral("mws_test"); }
    QString user() const { return QStringLiteral("mws_test"); }
    QString password() const { return m_password; }

private:
    bool startOnce(QString *error, bool *portTaken);
    bool runAsServerUser(const QString &program, const QStringList &arguments, QString *error);
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    bool psql(const QStringList &commands, QString *error);
    QString logTail() const;
    qint64 postmasterPid() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_postgres;
    quint16 m_port = 0;
    QString m_password;
    QString m_osUser; // whom initdb and postgres run as: "postgres" when we are root
};

} // namespace mws::test
