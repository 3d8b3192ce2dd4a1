// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <utility>

namespace mws::store {

// The outcome of one statement: QSqlQuery's reading calls on a shared handle. Inside a
// PostgreSQL transaction the Database keeps its own reference until the transaction ends,
// because freeing a prepared statement is itself a command, which an aborted transaction refuses.
class Query
{
public:
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }

private:
    friend class Database;
    explicit Query(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
    std::shared_ptr<QSqlQuery> m_query;
};

// One connection to the panel's database (SQLite or PostgreSQL), migrated to the schema this
// program knows. Qt SQL connections belong to the thread that made them: open one Database per
// thread, each under its own connection name, and use it only on that thread.
class Database
{
public:
    struct Options
    {
        enum class Driver
        {
            Sqlite,
            Postgres
        };
        Driver driver = Driver::Sqlite;
        QString sqlitePath; // a file; ":memory:" works for throwaway use
        QString host;       // PostgreSQL: a host name, or a socket folder when it starts with '/'
        int port = 5432;
        QString name;
        QString user;
        QString password;
    };
    using Driver = Options::Driver;

    // Connects and brings the schema up to date. Refuses a database whose schema is newer than
    // this program, so an old binary cannot write into a layout it does not understand.
    static Result<std::unique_ptr<Database>> open(const Options &options, const QString &connectionName);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Driver driver() const { return m_driver; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase handle() const;

    // The schema version this program migrates to.
    static int latestSchemaVersion();

    // Runs work in a transaction: commits when it succeeds, rolls back when it fails, so a failed
    // call leaves nothing behind. Nested calls become savepoints; a failing inner part is undone
    // on its own and the outer work may carry on.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Runs one statement with the values bound to its '?' placeholders, in order. Input only ever
    // travels as bound values. Unique violations come back as Conflict, foreign key violations
    // as NotFound, anything else as Backend.
    Result<Query> exec(const QString &sql, const QVariantList &values = {});

private:
    Database(Driver driver, QString connectionName);
    Status configureConnection(const Options &options);
    Status migrate();
    Status applyMigration(int version);
    Status execControl(const QString &sql);

    Driver m_driver;
    QString m_connectionName;
    int m_depth = 0;
    // PostgreSQL: the statements run in the current transaction, kept until it has ended.
    QList<std::shared_ptr<QSqlQuery>> m_transactionQueries;
};

} // namespace mws::store
