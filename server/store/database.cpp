// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "migrations.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QSqlError>

namespace mws::store {

using detail::sqlError;

namespace {

// Serialises migrations of one PostgreSQL database across processes ("mws" in ASCII).
constexpr qint64 migrationLockKey = 0x6d7773;
constexpr int sqliteBusyTimeoutMs = 5000;

QString driverName(Database::Driver driver)
{
    return driver == Database::Driver::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

} // namespace

Database::Database(Driver driver, QString connectionName)
    : m_driver(driver), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_transactionQueries.clear();
    {
        QSqlDatabase db = handle();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return detail::migrations().isEmpty() ? 0 : detail::migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const Options &options, const QString &connectionName)
{
    if (connectionName.isEmpty())
        return detail::invalid(QStringLiteral("connectionName"),
                               QStringLiteral("A connection needs a name."));
    if (QSqlDatabase::contains(connectionName))
        return Error::make(
            Error::Kind::Conflict,
            QStringLiteral("The database connection name \"%1\" is already in use.").arg(connectionName));
    const QString driver = driverName(options.driver);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::make(Error::Kind::Unavailable,
                           QStringLiteral("The Qt SQL driver %1 is not installed.").arg(driver));
    if (options.driver == Driver::Sqlite && options.sqlitePath.isEmpty())
        return detail::invalid(QStringLiteral("sqlitePath"),
                               QStringLiteral("The SQLite database needs a file."));
    if (options.driver == Driver::Postgres && options.name.isEmpty())
        return detail::invalid(QStringLiteral("name"),
                               QStringLiteral("The PostgreSQL database needs a name."));

    // From here on the destructor removes the connection again, whatever fails.
    std::unique_ptr<Database> database(new Database(options.driver, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
        if (options.driver == Driver::Sqlite) {
            db.setDatabaseName(options.sqlitePath);
        } else {
            db.setHostName(options.host);
            db.setPort(options.port);
            db.setDatabaseName(options.name);
            db.setUserName(options.user);
            db.setPassword(options.password);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open())
            return Error::make(Error::Kind::Backend, QStringLiteral("Could not open the database."),
                               db.lastError().text());
    }
    if (Status configured = database->configureConnection(options); !configured)
        return configured.error();
    if (Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Status Database::configureConnection(const Options &options)
{
    if (m_driver == Driver::Postgres) {
        // "relation already exists, skipping" and the like are not worth a log line.
        return execControl(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA busy_timeout = %1").arg(sqliteBusyTimeoutMs),
                              QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &pragma : pragmas)
        if (Status status = execControl(pragma); !status)
            return status;
    // WAL lets readers carry on while one connection writes.
    Result<Query> mode = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    const QString journal = mode.value().next() ? mode.value().value(0).toString() : QString();
    if (journal != QLatin1String("wal") && options.sqlitePath != QLatin1String(":memory:"))
        return Error::make(Error::Kind::Backend,
                           QStringLiteral("The SQLite database cannot use write-ahead logging."),
                           QStringLiteral("journal mode is \"%1\"").arg(journal));
    return {};
}

Status Database::migrate()
{
    const int latest = latestSchemaVersion();
    for (;;) {
        bool upToDate = false;
        Status step = transaction([&]() -> Status {
            if (m_driver == Driver::Postgres) {
                // Two panels starting at once must not both migrate.
                if (Status locked =
                        execControl(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey));
                    !locked)
                    return locked;
            }
            if (Status created = execControl(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                            "version INTEGER PRIMARY KEY, "
                                                            "applied_at BIGINT NOT NULL)"));
                !created)
                return created;
            Result<Query> query =
                exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
            if (!query)
                return query.error();
            const int current = query.value().next() ? query.value().value(0).toInt() : 0;
            // An unfinished SELECT would keep SQLite from dropping a table in the migration.
            query.value().finish();
            if (current > latest)
                return Error::make(
                    Error::Kind::Backend,
                    QStringLiteral("The database schema (version %1) is newer than this program "
                                   "understands (version %2). Use a newer mws-paneld.")
                        .arg(current)
                        .arg(latest));
            if (current == latest) {
                upToDate = true;
                return {};
            }
            return applyMigration(current + 1);
        });
        if (!step)
            return step;
        if (upToDate)
            return {};
    }
}

Status Database::applyMigration(int version)
{
    for (const detail::Migration &migration : detail::migrations()) {
        if (migration.version != version)
            continue;
        for (const QString &statement : migration.statements) {
            Result<Query> done = exec(detail::adaptSql(m_driver, statement));
            if (!done) {
                Error error = done.error();
                error.kind = Error::Kind::Backend;
                error.message =
                    QStringLiteral("Could not migrate the database to schema version %1.").arg(version);
                return error;
            }
        }
        if (migration.convert)
            if (Status converted = migration.convert(*this); !converted) {
                Error error = converted.error();
                error.kind = Error::Kind::Backend;
                error.message =
                    QStringLiteral("Could not migrate the database to schema version %1.").arg(version);
                return error;
            }
        Result<Query> recorded =
            exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                 {version, detail::timeValue(QDateTime::currentDateTimeUtc())});
        if (!recorded)
            return recorded.error();
        return {};
    }
    return Error::make(Error::Kind::Backend, QStringLiteral("Schema migration %1 is missing.").arg(version));
}

Status Database::execControl(const QString &sql)
{
    Result<Query> done = exec(sql);
    if (!done)
        return done.error();
    return {};
}

Result<Query> Database::exec(const QString &sql, const QVariantList &values)
{
    auto query = std::make_shared<QSqlQuery>(handle());
    if (m_driver == Driver::Postgres && m_depth > 0)
        m_transactionQueries.append(query);
    query->setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        // Unprepared, because PostgreSQL cannot PREPARE DDL or transaction control.
        ok = query->exec(sql);
    } else {
        if (!query->prepare(sql))
            return sqlError(query->lastError(), QStringLiteral("Could not prepare a database statement."));
        for (const QVariant &value : values)
            query->addBindValue(value);
        ok = query->exec();
    }
    if (!ok)
        return sqlError(query->lastError(), QStringLiteral("A database statement failed."));
    return Query(std::move(query));
}

Status Database::transaction(const std::function<Status()> &work)
{
    const int level = m_depth;
    const QString savepoint = QStringLiteral("mws_savepoint_%1").arg(level);
    // IMMEDIATE takes SQLite's write lock up front, so a transaction that reads and then writes
    // waits for the busy timeout instead of failing when another connection writes first.
    const QString begin = level > 0                    ? QStringLiteral("SAVEPOINT ") + savepoint
                          : m_driver == Driver::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                       : QStringLiteral("BEGIN");
    if (Status begun = execControl(begin); !begun)
        return begun;

    const auto rollBack = [&] {
        Status undone = level > 0 ? execControl(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint)
                                  : execControl(QStringLiteral("ROLLBACK"));
        if (undone && level > 0)
            undone = execControl(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
        if (!undone)
            qWarning("mwsstore: rollback failed: %s", qPrintable(undone.error().fullText()));
        if (level == 0)
            m_transactionQueries.clear();
    };
    // Undoes the work if it leaves by an exception.
    struct Unwind
    {
        Database *database;
        int level;
        const std::function<void()> rollBack;
        bool armed = true;
        ~Unwind()
        {
            if (!armed)
                return;
            database->m_depth = level;
            rollBack();
        }
    } unwind{this, level, rollBack};

    ++m_depth;
    Status result = work();
    m_depth = level;
    unwind.armed = false;

    if (!result) {
        rollBack();
        return result;
    }
    Status finished =
        execControl(level > 0 ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint : QStringLiteral("COMMIT"));
    if (!finished) {
        rollBack();
        return finished;
    }
    if (level == 0)
        m_transactionQueries.clear();
    return result;
}

} // namespace mws::store
