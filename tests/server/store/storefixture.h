// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "database.h"
#include "postgresserver.h"
#include "store.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace mws::test {

// Every store test runs against the backend MWS_STORE_BACKEND names: "sqlite" (the default) or
// "postgres", for which a private PostgreSQL is started. Each test function gets an empty
// database, migrated from nothing.
class StoreFixture
{
public:
    enum class Setup
    {
        Ready,
        Skip, // this machine cannot run the backend; message says why
        Fail,
    };
    Setup setUp(QString *message); // from initTestCase()

    bool isPostgres() const { return m_postgres != nullptr; }
    PostgresServer *postgres() const { return m_postgres.get(); }
    QString backendName() const
    {
        return isPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    }
    store::Database::Options options() const;

    // Leaves the database empty: no tables, not even schema_migrations.
    bool wipe(QString *error);
    // A new connection to the current database (a fresh connection name each time).
    Result<std::unique_ptr<store::Database>> open();

    // init()/cleanup(): an empty, migrated database and a Store on it.
    bool openFresh(QString *error);
    void close();
    store::Database &db() { return *m_db; }
    store::Store &store() { return *m_store; }

private:
    std::unique_ptr<PostgresServer> m_postgres;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sqlitePath;
    int m_databases = 0;
    int m_connections = 0;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Store> m_store;
};

// What every store test does around its test functions: the backend is set up once (or the
// whole test skipped when this machine cannot run it), and each function gets an empty, migrated
// database (m_fx.db(), m_fx.store()).
class StoreTest : public QObject
{
    Q_OBJECT

protected:
    StoreFixture m_fx;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
};

// A fixed instant plus some seconds, in whole milliseconds as the store keeps them.
inline QDateTime at(qint64 seconds = 0)
{
    return QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::UTC).addSecs(seconds);
}

template <typename R> QString errorText(const R &result)
{
    return result.ok() ? QString() : result.error().fullText();
}

} // namespace mws::test

// Fails the test with the error's text when a Result or Status is not ok.
#define MWS_VERIFY_OK(expression)                                                                            \
    do {                                                                                                     \
        const auto &mwsResult_ = (expression);                                                               \
        QVERIFY2(mwsResult_.ok(), qPrintable(mws::test::errorText(mwsResult_)));                             \
    } while (false)

// Fails the test unless the Result or Status failed with this Error::Kind.
#define MWS_VERIFY_ERROR(expression, errorKind)                                                              \
    do {                                                                                                     \
        const auto &mwsResult_ = (expression);                                                               \
        QVERIFY2(!mwsResult_.ok(), "succeeded, but should have failed");                                     \
        QCOMPARE(mws::kindName(mwsResult_.error().kind), mws::kindName(errorKind));                          \
    } while (false)

// Sets up the fixture from initTestCase(): skips or fails the whole test case as it must.
#define MWS_STORE_SETUP(fixture)                                                                             \
    do {                                                                                                     \
        QString mwsMessage_;                                                                                 \
        switch ((fixture).setUp(&mwsMessage_)) {                                                             \
        case mws::test::StoreFixture::Setup::Ready:                                                          \
            break;                                                                                           \
        case mws::test::StoreFixture::Setup::Skip:                                                           \
            QSKIP(qPrintable(mwsMessage_));                                                                  \
        case mws::test::StoreFixture::Setup::Fail:                                                           \
            QFAIL(qPrintable(mwsMessage_));                                                                  \
        }                                                                                                    \
    } while (false)
