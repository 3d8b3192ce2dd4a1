// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The database itself: migrations, re-opening, refusing a newer schema, transactions.

#include "storefixture.h"

#include <QSqlQuery>
#include <QTest>

using mws::Error;
using mws::Result;
using mws::Status;
using mws::store::Database;
using mws::store::Store;
using mws::test::at;
using mws::test::StoreFixture;

namespace {

const QStringList tables{QStringLiteral("users"),
                         QStringLiteral("api_tokens"),
                         QStringLiteral("login_flows"),
                         QStringLiteral("raven_responses"),
                         QStringLiteral("sites"),
                         QStringLiteral("site_members"),
                         QStringLiteral("audit_events"),
                         QStringLiteral("jobs"),
                         QStringLiteral("job_log"),
                         QStringLiteral("idempotency_keys"),
                         QStringLiteral("ssh_keys"),
                         QStringLiteral("person_accounts"),
                         QStringLiteral("ssh_hosts"),
                         QStringLiteral("cron_runs"),
                         QStringLiteral("schema_migrations")};

mws::model::Site site(const QString &name)
{
    mws::model::Site site;
    site.name = name;
    site.requestedBy = QStringLiteral("abc123");
    return site;
}

int count(Database &db, const QString &table)
{
    // Table names come from the list above, not from input.
    Result<mws::store::Query> query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!query || !query.value().next())
        return -1;
    return query.value().value(0).toInt();
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fx;

private Q_SLOTS:
    void initTestCase() { MWS_STORE_SETUP(m_fx); }

    void init()
    {
        QString error;
        QVERIFY2(m_fx.wipe(&error), qPrintable(error));
    }

    void migratesFromEmpty()
    {
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        QVERIFY(Database::latestSchemaVersion() >= 1);
        for (const QString &table : tables)
            QVERIFY2(count(*db.value(), table) >= 0, qPrintable(table));

        Result<mws::store::Query> rows = db.value()->exec(
            QStringLiteral("SELECT version, applied_at FROM schema_migrations ORDER BY version"));
        MWS_VERIFY_OK(rows);
        int expected = 1;
        while (rows.value().next()) {
            QCOMPARE(rows.value().value(0).toInt(), expected++);
            const qint64 appliedAt = rows.value().value(1).toLongLong();
            QVERIFY(qAbs(appliedAt - QDateTime::currentMSecsSinceEpoch()) < 60 * 1000);
        }
        QCOMPARE(expected - 1, Database::latestSchemaVersion());
    }

    void reopeningChangesNothing()
    {
        {
            Result<std::unique_ptr<Database>> db = m_fx.open();
            MWS_VERIFY_OK(db);
            Store store(*db.value());
            MWS_VERIFY_OK(store.createSite(site(QStringLiteral("kept")), at()));
        }
        for (int round = 0; round < 2; ++round) {
            Result<std::unique_ptr<Database>> db = m_fx.open();
            MWS_VERIFY_OK(db);
            QCOMPARE(count(*db.value(), QStringLiteral("schema_migrations")),
                     Database::latestSchemaVersion());
            QCOMPARE(count(*db.value(), QStringLiteral("sites")), 1);
        }
    }

    void twoConnectionsShareOneDatabase()
    {
        Result<std::unique_ptr<Database>> first = m_fx.open();
        MWS_VERIFY_OK(first);
        Result<std::unique_ptr<Database>> second = m_fx.open();
        MWS_VERIFY_OK(second);
        Store a(*first.value());
        Store b(*second.value());
        Result<mws::model::Site> created = a.createSite(site(QStringLiteral("shared")), at());
        MWS_VERIFY_OK(created);
        Result<mws::model::Site> seen = b.site(created->id);
        MWS_VERIFY_OK(seen);
        QCOMPARE(seen->name, QStringLiteral("shared"));
        // The unique name holds across connections, too.
        MWS_VERIFY_ERROR(b.createSite(site(QStringLiteral("shared")), at()), Error::Kind::Conflict);
    }

    void newerSchemaIsRefused()
    {
        const int newer = Database::latestSchemaVersion() + 1;
        {
            Result<std::unique_ptr<Database>> db = m_fx.open();
            MWS_VERIFY_OK(db);
            MWS_VERIFY_OK(db.value()->exec(
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                {newer, QDateTime::currentMSecsSinceEpoch()}));
        }
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        Result<std::unique_ptr<Database>> refused = m_fx.open();
        MWS_VERIFY_ERROR(refused, Error::Kind::Backend);
        qInfo("refused: %s", qPrintable(refused.error().fullText()));
        QVERIFY(refused.error().message.contains(QLatin1String("newer")));
        QVERIFY(refused.error().message.contains(QString::number(newer)));
        // The refused connection is closed and its name free again.
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        // Refusing changed nothing: asking again gives the same answer.
        MWS_VERIFY_ERROR(m_fx.open(), Error::Kind::Backend);
    }

    void refusedOpenReleasesItsConnectionName()
    {
        Database::Options options = m_fx.options();
        options.password = QStringLiteral("wrong");
        options.sqlitePath = QStringLiteral("/nonexistent/folder/store.sqlite");
        const QString name = QStringLiteral("refused-open");
        MWS_VERIFY_ERROR(Database::open(options, name), Error::Kind::Backend);
        QVERIFY(!QSqlDatabase::contains(name));
        // And a good open under that name works afterwards.
        Result<std::unique_ptr<Database>> db = Database::open(m_fx.options(), name);
        MWS_VERIFY_OK(db);
    }

    void connectionNameInUseIsRefused()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_fx.options(), QStringLiteral("taken"));
        MWS_VERIFY_OK(db);
        MWS_VERIFY_ERROR(Database::open(m_fx.options(), QStringLiteral("taken")), Error::Kind::Conflict);
        db.value().reset();
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("taken")));
    }

    void transactionCommitsEverything()
    {
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        Store store(*db.value());
        MWS_VERIFY_OK(db.value()->transaction([&]() -> Status {
            Result<mws::model::Site> created = store.createSite(site(QStringLiteral("one")), at());
            if (!created)
                return created.error();
            Result<mws::model::User> user =
                store.upsertUser(QStringLiteral("abc123"), QStringLiteral("A B"), at());
            if (!user)
                return user.error();
            return {};
        }));
        QVERIFY(!db.value()->inTransaction());
        QCOMPARE(count(*db.value(), QStringLiteral("sites")), 1);
        QCOMPARE(count(*db.value(), QStringLiteral("users")), 1);
    }

    void failedTransactionLeavesNothing()
    {
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        Store store(*db.value());
        bool wrote = false;
        const Status failed = db.value()->transaction([&]() -> Status {
            Result<mws::model::Site> created = store.createSite(site(QStringLiteral("doomed")), at());
            if (!created)
                return created.error();
            mws::model::SiteMember member{created->id, QStringLiteral("abc123"), mws::model::Role::Owner,
                                          {},          QStringLiteral("abc123"), at()};
            if (Status put = store.putMember(member); !put)
                return put;
            mws::model::AuditEvent event;
            event.at = at();
            event.action = QStringLiteral("site.create");
            if (Result<qint64> appended = store.appendAudit(event); !appended)
                return appended.error();
            wrote = true;
            return Error::make(Error::Kind::Conflict, QStringLiteral("changed my mind"));
        });
        QVERIFY(wrote);
        MWS_VERIFY_ERROR(failed, Error::Kind::Conflict);
        QCOMPARE(failed.error().message, QStringLiteral("changed my mind"));
        QVERIFY(!db.value()->inTransaction());
        QCOMPARE(count(*db.value(), QStringLiteral("sites")), 0);
        QCOMPARE(count(*db.value(), QStringLiteral("site_members")), 0);
        QCOMPARE(count(*db.value(), QStringLiteral("audit_events")), 0);
    }

    void failedStatementRollsBackTheTransaction()
    {
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        Store store(*db.value());
        const Status failed = db.value()->transaction([&]() -> Status {
            if (Result<mws::model::Site> created = store.createSite(site(QStringLiteral("doomed")), at());
                !created)
                return created.error();
            Result<mws::store::Query> broken =
                db.value()->exec(QStringLiteral("SELECT no_such_column FROM sites"));
            if (!broken)
                return broken.error();
            return {};
        });
        MWS_VERIFY_ERROR(failed, Error::Kind::Backend);
        QCOMPARE(count(*db.value(), QStringLiteral("sites")), 0);
        // The connection is usable afterwards (PostgreSQL would refuse everything in an aborted one).
        MWS_VERIFY_OK(store.createSite(site(QStringLiteral("after")), at()));
        QCOMPARE(count(*db.value(), QStringLiteral("sites")), 1);
    }

    void failedInnerStepIsUndoneAlone()
    {
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        Store store(*db.value());
        Status innerFailure;
        MWS_VERIFY_OK(db.value()->transaction([&]() -> Status {
            if (Result<mws::model::Site> one = store.createSite(site(QStringLiteral("one")), at()); !one)
                return one.error();
            // Fails inside the outer transaction; only this step is undone.
            Result<mws::model::Site> again = store.createSite(site(QStringLiteral("one")), at());
            if (again)
                return Error::make(Error::Kind::Server, QStringLiteral("a duplicate name was accepted"));
            innerFailure = again.error();
            if (Result<mws::model::Site> two = store.createSite(site(QStringLiteral("two")), at()); !two)
                return two.error();
            return {};
        }));
        MWS_VERIFY_ERROR(innerFailure, Error::Kind::Conflict);
        QCOMPARE(count(*db.value(), QStringLiteral("sites")), 2);
    }

    void innerTransactionRollsBackAlone()
    {
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        Store store(*db.value());
        Status inner;
        MWS_VERIFY_OK(db.value()->transaction([&]() -> Status {
            if (Result<mws::model::Site> outer = store.createSite(site(QStringLiteral("outer")), at());
                !outer)
                return outer.error();
            inner = db.value()->transaction([&]() -> Status {
                if (Result<mws::model::Site> created = store.createSite(site(QStringLiteral("inner")), at());
                    !created)
                    return created.error();
                return Error::make(Error::Kind::Invalid, QStringLiteral("undo the inner part"));
            });
            return {};
        }));
        MWS_VERIFY_ERROR(inner, Error::Kind::Invalid);
        Result<mws::store::Page<mws::model::Site>> sites = store.listSites({}, at());
        MWS_VERIFY_OK(sites);
        QCOMPARE(sites->total, 1);
        QCOMPARE(sites->items.at(0).name, QStringLiteral("outer"));
    }

    void postgresOverItsSocketAndInAnotherDatabase()
    {
        if (!m_fx.isPostgres())
            QSKIP("PostgreSQL only");
        QString error;
        QVERIFY2(m_fx.postgres()->createDatabase(QStringLiteral("second"), &error), qPrintable(error));
        QVERIFY(!m_fx.postgres()->createDatabase(QStringLiteral("bad; name"), &error));

        Database::Options options = m_fx.options();
        options.host = m_fx.postgres()->socketDir(); // a folder: connect over the Unix socket
        options.name = QStringLiteral("second");
        Result<std::unique_ptr<Database>> second = Database::open(options, QStringLiteral("second"));
        MWS_VERIFY_OK(second);
        QCOMPARE(count(*second.value(), QStringLiteral("schema_migrations")),
                 Database::latestSchemaVersion());
        Store store(*second.value());
        MWS_VERIFY_OK(store.createSite(site(QStringLiteral("elsewhere")), at()));

        // The two databases are apart.
        Result<std::unique_ptr<Database>> first = m_fx.open();
        MWS_VERIFY_OK(first);
        QCOMPARE(count(*first.value(), QStringLiteral("sites")), 0);
        QCOMPARE(count(*second.value(), QStringLiteral("sites")), 1);

        options.password = QStringLiteral("wrong");
        MWS_VERIFY_ERROR(Database::open(options, QStringLiteral("wrong-password")), Error::Kind::Backend);
    }

    void sqliteSettings()
    {
        if (m_fx.isPostgres())
            QSKIP("SQLite only");
        Result<std::unique_ptr<Database>> db = m_fx.open();
        MWS_VERIFY_OK(db);
        const auto pragma = [&](const char *name) {
            Result<mws::store::Query> query =
                db.value()->exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            return query && query.value().next() ? query.value().value(0).toString() : QString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_store_schema.moc"
