// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "database.h"
#include "panelharness.h"
#include "postgresserver.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mws::test {

// Starts the real test WLS and panel for an API test, on SQLite or (MWS_TEST_DB=postgres) on a
// private PostgreSQL server, so the same tests run against both stores.
class ApiFixture
{
public:
    bool start(PanelProcess::Options options, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (qEnvironmentVariable("MWS_TEST_DB") == QLatin1String("postgres")) {
            m_postgres = std::make_unique<PostgresServer>();
            if (!m_postgres->start(error))
                return false;
            options.postgres = m_postgres.get();
        }
        return m_wls.start(m_dir.path(), error) && m_panel.start(m_wls, options, error);
    }

    // The panel with test0100 as its only staff member, as most tests want it.
    bool startWithStaff(QString *error)
    {
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        return start(options, error);
    }

    // The panel's own store, opened beside it, for what no API does yet and for checking that a
    // refused request changed nothing.
    class OpenStore
    {
    public:
        explicit OpenStore(std::unique_ptr<store::Database> database)
            : m_database(std::move(database)), m_store(*m_database)
        {}
        store::Store &store() { return m_store; }

    private:
        std::unique_ptr<store::Database> m_database;
        store::Store m_store;
    };

    std::unique_ptr<OpenStore> openStore()
    {
        store::Database::Options options;
        if (m_postgres) {
            options.driver = store::Database::Options::Driver::Postgres;
            options.host = QStringLiteral("127.0.0.1");
            options.port = m_postgres->port();
            options.name = m_postgres->database();
            options.user = m_postgres->user();
            options.password = m_postgres->password();
        } else {
            options.driver = store::Database::Options::Driver::Sqlite;
            options.sqlitePath = m_panel.databasePath();
        }
        auto database = store::Database::open(options, QStringLiteral("test-%1").arg(++m_openCount));
        if (!database.ok())
            return nullptr;
        return std::make_unique<OpenStore>(std::move(database).value());
    }

    // No API creates jobs yet (hosting work will), so tests put one in the panel's store.
    QString insertJob(const QString &siteId, const QString &createdBy, const QString &logLine = {})
    {
        auto opened = openStore();
        if (!opened)
            return {};
        model::Job job;
        job.siteId = siteId;
        job.kind = QStringLiteral("test.work");
        job.state = model::JobState::Running;
        job.progress = 40;
        job.createdBy = createdBy;
        job.createdAt = QDateTime::currentDateTimeUtc();
        auto created = opened->store().createJob(job);
        if (!created.ok())
            return {};
        if (!logLine.isEmpty())
            (void)opened->store().appendJobLog(created->id, logLine, QDateTime::currentDateTimeUtc());
        return created->id;
    }

    PanelProcess &panel() { return m_panel; }
    TestWlsProcess &wls() { return m_wls; }
    QString directory() const { return m_dir.path(); }
    bool onPostgres() const { return m_postgres != nullptr; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    TestWlsProcess m_wls;
    PanelProcess m_panel;
    int m_openCount = 0;
};

} // namespace mws::test
