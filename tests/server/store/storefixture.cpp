// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storefixture.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mws::test {

StoreFixture::Setup StoreFixture::setUp(QString *message)
{
    const QString backend = qEnvironmentVariable("MWS_STORE_BACKEND", QStringLiteral("sqlite"));
    if (backend == QLatin1String("sqlite")) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            *message = QStringLiteral("the Qt SQLite driver is not installed");
            return Setup::Skip;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *message = m_dir->errorString();
            return Setup::Fail;
        }
        qInfo("backend: SQLite in %s", qPrintable(m_dir->path()));
        return Setup::Ready;
    }
    if (backend != QLatin1String("postgres")) {
        *message = QStringLiteral("MWS_STORE_BACKEND is \"%1\"; use sqlite or postgres").arg(backend);
        return Setup::Fail;
    }
    if (!PostgresServer::isAvailable(message))
        return Setup::Skip;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *message = QStringLiteral("the Qt PostgreSQL driver is not installed");
        return Setup::Skip;
    }
    QElapsedTimer timer;
    timer.start();
    m_postgres = std::make_unique<PostgresServer>();
    if (!m_postgres->start(message))
        return Setup::Fail;
    qInfo("backend: PostgreSQL on 127.0.0.1:%u, started in %lld ms", m_postgres->port(), timer.elapsed());
    return Setup::Ready;
}

store::Database::Options StoreFixture::options() const
{
    store::Database::Options options;
    if (m_postgres) {
        options.driver = store::Database::Driver::Postgres;
        options.host = m_postgres->host();
        options.port = m_postgres->port();
        options.name = m_postgres->database();
        options.user = m_postgres->user();
        options.password = m_postgres->password();
    } else {
        options.driver = store::Database::Driver::Sqlite;
        options.sqlitePath = m_sqlitePath;
    }
    return options;
}

bool StoreFixture::wipe(QString *error)
{
    if (!m_postgres) {
        // A new file is the emptiest SQLite database there is.
        m_sqlitePath = m_dir->filePath(QStringLiteral("store-%1.sqlite").arg(++m_databases));
        return true;
    }
    const QString name = QStringLiteral("wipe");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_postgres->host());
        db.setPort(m_postgres->port());
        db.setDatabaseName(m_postgres->database());
        db.setUserName(m_postgres->user());
        db.setPassword(m_postgres->password());
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("SET client_min_messages TO WARNING")) &&
                 query.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                 query.exec(QStringLiteral("CREATE SCHEMA public"));
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Result<std::unique_ptr<store::Database>> StoreFixture::open()
{
    return store::Database::open(options(), QStringLiteral("store-test-%1").arg(++m_connections));
}

bool StoreFixture::openFresh(QString *error)
{
    close();
    if (!wipe(error))
        return false;
    Result<std::unique_ptr<store::Database>> opened = open();
    if (!opened) {
        *error = opened.error().fullText();
        return false;
    }
    m_db = std::move(opened).value();
    m_store = std::make_unique<store::Store>(*m_db);
    return true;
}

void StoreTest::initTestCase()
{
    MWS_STORE_SETUP(m_fx);
}

void StoreTest::init()
{
    QString error;
    QVERIFY2(m_fx.openFresh(&error), qPrintable(error));
}

void StoreTest::cleanup()
{
    m_fx.close();
}

void StoreFixture::close()
{
    m_store.reset();
    m_db.reset();
}

} // namespace mws::test
