// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The host's MariaDB as the panel's administrative account sees it: a site's databases, its
// database users (each one two MariaDB accounts, name@localhost for the site's PHP over the socket
// and name@127.0.0.1 for an SSH tunnel, kept in step) and their grants.
//
// Every statement is run by the `mariadb` client, started with arguments (never a shell) and fed
// the SQL on its standard input, asynchronously: the panel's event loop never waits for the
// server, and a hung server is killed at the timeout. The client rather than QtSql's QMYSQL:
// a blocking driver would need a thread and a connection of its own kept alive in the panel, and
// MariaDB's DDL (CREATE USER, GRANT, CREATE DATABASE) takes no bound parameters anyway, so QMYSQL
// would bind nothing that matters here. What reaches the SQL instead is only what the panel
// checked: names that validate/databasenames.h took ([a-z0-9_] after the site's prefix, quoted as
// identifiers all the same), a collation from its fixed list, and password hashes the panel made
// (a '*' and 40 hex digits). Each statement builder below checks its inputs again and refuses.

#include "hostconfig.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QProcess;

namespace mws::host {

enum class GrantLevel
{
    None,
    ReadOnly,  // SELECT, SHOW VIEW
    ReadWrite, // and INSERT, UPDATE, DELETE, LOCK TABLES, CREATE TEMPORARY TABLES, EXECUTE
    All,       // ALL PRIVILEGES on the database (never GRANT OPTION)
};
QString grantLevelCode(GrantLevel level); // "none", "read-only", "read-write", "all"
std::optional<GrantLevel> grantLevelFromCode(const QString &code);

struct DatabaseInfo
{
    QString name;
    QString collation;
    qint64 sizeBytes = 0; // data and indexes, as information_schema counts them
    int tables = 0;
    QJsonObject toJson() const;
};

struct DatabaseUserInfo
{
    QString name;
    QMap<QString, GrantLevel> grants; // database → level (of name@localhost)
    bool inStep = true;               // both accounts exist with the same grants
    QJsonObject toJson() const;
};

struct SiteDatabases
{
    QList<DatabaseInfo> databases;
    QList<DatabaseUserInfo> users;
    QJsonObject toJson() const;
};

// The statements, pure functions of checked inputs: an Error (and no SQL) for anything that is not
// a name of the site's, a listed collation or a password hash.
namespace mariadbsql {
Result<QString> createDatabase(const QString &siteId, const QString &name, const QString &collation);
Result<QString> dropDatabase(const QString &siteId, const QString &name);
// Creates the two accounts (or makes existing ones so: running it again finishes a half-done run).
Result<QString> createUser(const QString &siteId, const QString &name, const QString &passwordHash);
Result<QString> setPassword(const QString &siteId, const QString &name, const QString &passwordHash);
Result<QString> dropUser(const QString &siteId, const QString &name);
// The user's level on the database, the same for both accounts; both names must be the site's.
Result<QString> setGrant(const QString &siteId, const QString &user, const QString &database,
                         GrantLevel level);
Result<QString> listSite(const QString &siteId);
// A database as GRANT names it: '_' is a wildcard there, so it is escaped.
QString grantTarget(const QString &database);
} // namespace mariadbsql

// MariaDB's mysql_native_password hash of a password ("*" and 40 upper-case hex digits).
QString nativePasswordHash(const QString &password);
// A new password: 24 letters and digits from the system's random source.
QString newDatabasePassword();

class MariaDbAdmin : public QObject
{
    Q_OBJECT
public:
    explicit MariaDbAdmin(MariaDbConfig config, QObject *parent = nullptr);

    const MariaDbConfig &config() const { return m_config; }

    using Rows = QList<QStringList>;
    // Runs a script as the administrative account; done(rows or error) is called once, later, on
    // this object's thread (never from within run()).
    void run(const QString &sql, std::function<void(Result<Rows>)> done);
    // A site's databases, users and grants.
    void listSite(const QString &siteId, std::function<void(Result<SiteDatabases>)> done);

    // The same, waited for on the calling thread for at most timeoutMs (Timeout after it): for
    // an answer that cannot wait for a callback (see databasesapi.cpp).
    Result<SiteDatabases> listSiteWaiting(const QString &siteId, int timeoutMs) const;

    static Result<SiteDatabases> parseListing(const Rows &rows);
    // A finished client's rows (--batch --skip-column-names), or its error.
    static Result<Rows> answer(QProcess &process);
    // Starts a prepared client (program, arguments, user) on sql; done is called once, later, and
    // the process deletes itself. Killed after timeoutSeconds.
    static void runScript(QProcess *process, const QString &sql, int timeoutSeconds,
                          std::function<void(Result<Rows>)> done);

private:
    Status prepare(QProcess &process) const;

    MariaDbConfig m_config;
};

} // namespace mws::host
