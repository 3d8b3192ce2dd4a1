// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cache/cacheschema.h"
#include "cache/offlinecache.h"
#include "mockclock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <memory>

using mws::Error;
using mws::Status;
using mws::cache::OfflineCache;

namespace {

template <typename T> T wait(QFuture<T> future)
{
    // The event loop runs while waiting, as it would in the app.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("cache call did not finish in 20 s");
    return future.result();
}

#define VERIFY_OK(status)                                                                                    \
    do {                                                                                                     \
        const auto &s_ = (status);                                                                           \
        QVERIFY2(s_.ok(), qPrintable(s_.ok() ? QString() : s_.error().fullText()));                          \
    } while (false)

const QDateTime t1 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::UTC);
const QDateTime t2 = QDateTime::fromMSecsSinceEpoch(1'700'000'060'456, QTimeZone::UTC);

// A second connection to the cache file from the test's own thread, to look at or tamper with it
// as another program would.
class Peek
{
public:
    explicit Peek(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Peek()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlQuery exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query = exec(sql);
        return query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
};

QStringList asideFiles(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
}

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    std::unique_ptr<OfflineCache> openCache()
    {
        auto cache = std::make_unique<OfflineCache>(m_path);
        const Status opened = wait(cache->open());
        if (!opened.ok())
            qFatal("open failed: %s", qPrintable(opened.error().fullText()));
        return cache;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A folder that does not exist yet, as on first start.
        m_path = m_dir->filePath(QStringLiteral("cache/account.sqlite"));
    }

    void defaultPathIsPerAccount()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QUrl panel(QStringLiteral("https://panel.example.test/"));
        const QString path = OfflineCache::defaultPath(panel, QStringLiteral("abc123"));
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/");
        QVERIFY2(path.startsWith(folder), qPrintable(path));
        const QString name = path.mid(folder.size());
        QVERIFY2(name.contains(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\\.sqlite$"))),
                 qPrintable(name));
        QCOMPARE(OfflineCache::defaultPath(panel, QStringLiteral("abc123")), path);
        // The same panel spelt without the slash is the same account.
        QCOMPARE(OfflineCache::defaultPath(QUrl(QStringLiteral("https://panel.example.test")),
                                           QStringLiteral("abc123")),
                 path);
        QVERIFY(OfflineCache::defaultPath(panel, QStringLiteral("xyz999")) != path);
        QVERIFY(OfflineCache::defaultPath(QUrl(QStringLiteral("https://other.example.test/")),
                                          QStringLiteral("abc123")) != path);
    }

    void roundTrip()
    {
        auto cache = openCache();
        QVERIFY(!cache->wasRebuilt());
        QCOMPARE(cache->path(), m_path);
        QVERIFY(!wait(cache->get(QStringLiteral("sites"))).has_value());

        VERIFY_OK(wait(cache->put(QStringLiteral("sites"), QByteArray("[1,2,3]\0binary", 14), "\"v1\"", t1)));
        auto entry = wait(cache->get(QStringLiteral("sites")));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->body, QByteArray("[1,2,3]\0binary", 14));
        QCOMPARE(entry->etag, QByteArray("\"v1\""));
        QCOMPARE(entry->fetchedAt, t1);

        // A 304: same body and ETag, newer time.
        VERIFY_OK(wait(cache->touch(QStringLiteral("sites"), t2)));
        entry = wait(cache->get(QStringLiteral("sites")));
        QCOMPARE(entry->body, QByteArray("[1,2,3]\0binary", 14));
        QCOMPARE(entry->etag, QByteArray("\"v1\""));
        QCOMPARE(entry->fetchedAt, t2);

        // Replacing, with no ETag and an empty body.
        VERIFY_OK(wait(cache->put(QStringLiteral("sites"), QByteArray(), QByteArray(), t1)));
        entry = wait(cache->get(QStringLiteral("sites")));
        QVERIFY(entry.has_value());
        QVERIFY(entry->body.isEmpty());
        QVERIFY(entry->etag.isEmpty());
        QCOMPARE(entry->fetchedAt, t1);

        const Status missing = wait(cache->touch(QStringLiteral("nothing"), t2));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        const Status undated = wait(cache->put(QStringLiteral("x"), "b", "e", QDateTime()));
        QVERIFY(!undated.ok());
        QCOMPARE(undated.error().kind, Error::Kind::Invalid);
    }

    void removePrefixAndClear()
    {
        auto cache = openCache();
        const QStringList keys{QStringLiteral("site/1/members"), QStringLiteral("site/1/activity"),
                               QStringLiteral("site/10/members"), QStringLiteral("site/1%/members"),
                               QStringLiteral("sites")};
        for (const QString &key : keys)
            VERIFY_OK(wait(cache->put(key, key.toUtf8(), {}, t1)));

        VERIFY_OK(wait(cache->removePrefix(QStringLiteral("site/1/"))));
        QVERIFY(!wait(cache->get(QStringLiteral("site/1/members"))).has_value());
        QVERIFY(!wait(cache->get(QStringLiteral("site/1/activity"))).has_value());
        // Neither a longer id nor a LIKE wildcard in a key matches.
        QCOMPARE(wait(cache->get(QStringLiteral("site/10/members")))->body, QByteArray("site/10/members"));
        QCOMPARE(wait(cache->get(QStringLiteral("site/1%/members")))->body, QByteArray("site/1%/members"));
        QVERIFY(wait(cache->get(QStringLiteral("sites"))).has_value());

        VERIFY_OK(wait(cache->clear()));
        for (const QString &key : keys)
            QVERIFY2(!wait(cache->get(key)).has_value(), qPrintable(key));
        // Still usable after clearing.
        VERIFY_OK(wait(cache->put(QStringLiteral("sites"), "again", {}, t2)));
        QCOMPARE(wait(cache->get(QStringLiteral("sites")))->body, QByteArray("again"));
    }

    void survivesRestart()
    {
        {
            auto cache = openCache();
            VERIFY_OK(wait(cache->put(QStringLiteral("sites"), "body", "etag", t1)));
        }
        auto cache = openCache();
        QVERIFY(!cache->wasRebuilt());
        const auto entry = wait(cache->get(QStringLiteral("sites")));
        QVERIFY(entry.has_value());
        QCOMPARE(entry->body, QByteArray("body"));
        QCOMPARE(entry->etag, QByteArray("etag"));
        QCOMPARE(entry->fetchedAt, t1);
        QVERIFY(asideFiles(m_path).isEmpty());
    }

    void usesWalAndRecordsItsVersion()
    {
        auto cache = openCache();
        Peek peek(m_path);
        QCOMPARE(peek.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(peek.scalar(QStringLiteral("SELECT version FROM %1").arg(mws::cache::schema::versionTable))
                     .toInt(),
                 mws::cache::schema::currentVersion);
    }

    void garbageIsMovedAsideAndRebuilt()
    {
        {
            auto cache = openCache();
            VERIFY_OK(wait(cache->put(QStringLiteral("sites"), "body", "etag", t1)));
        }
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char(i * 7 + 3));
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(garbage);
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot be used.*starting a new one")));
        auto cache = std::make_unique<OfflineCache>(m_path);
        VERIFY_OK(wait(cache->open()));
        QVERIFY(cache->wasRebuilt());

        const QStringList aside = asideFiles(m_path);
        QCOMPARE(aside.size(), 1);
        QFile kept(QFileInfo(m_path).dir().filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);

        QVERIFY(!wait(cache->get(QStringLiteral("sites"))).has_value());
        VERIFY_OK(wait(cache->put(QStringLiteral("sites"), "fresh", {}, t2)));
        QCOMPARE(wait(cache->get(QStringLiteral("sites")))->body, QByteArray("fresh"));

        // The new file is a good one: the next start keeps it.
        cache.reset();
        cache = openCache();
        QVERIFY(!cache->wasRebuilt());
        QCOMPARE(wait(cache->get(QStringLiteral("sites")))->body, QByteArray("fresh"));
        QCOMPARE(asideFiles(m_path).size(), 1);
    }

    // The file moved aside is named by the clock (read on the cache's worker thread).
    void asideFileIsNamedByTheClock()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        mws::test::MockClock clock(t1);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot be used.*starting a new one")));
        auto cache = std::make_unique<OfflineCache>(m_path);
        VERIFY_OK(wait(cache->open()));
        QVERIFY(cache->wasRebuilt());
        QCOMPARE(asideFiles(m_path),
                 QStringList{QFileInfo(m_path).fileName() + QStringLiteral(".corrupt-20231114-221320-123")});
    }

    void newerSchemaIsRebuilt()
    {
        {
            auto cache = openCache();
            VERIFY_OK(wait(cache->put(QStringLiteral("sites"), "old", {}, t1)));
        }
        {
            Peek peek(m_path);
            peek.exec(QStringLiteral("UPDATE %1 SET version = %2")
                          .arg(mws::cache::schema::versionTable)
                          .arg(mws::cache::schema::currentVersion + 1));
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("newer version|schema version")));
        auto cache = std::make_unique<OfflineCache>(m_path);
        VERIFY_OK(wait(cache->open()));
        QVERIFY(cache->wasRebuilt());
        QCOMPARE(asideFiles(m_path).size(), 1);
        QVERIFY(!wait(cache->get(QStringLiteral("sites"))).has_value());
        VERIFY_OK(wait(cache->put(QStringLiteral("sites"), "new", {}, t2)));
        QCOMPARE(wait(cache->get(QStringLiteral("sites")))->body, QByteArray("new"));
        cache.reset();
        Peek peek(m_path);
        QCOMPARE(peek.scalar(QStringLiteral("SELECT version FROM %1").arg(mws::cache::schema::versionTable))
                     .toInt(),
                 mws::cache::schema::currentVersion);
    }

    void someoneElsesDatabaseIsRebuilt()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            Peek peek(m_path);
            peek.exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be used")));
        auto cache = std::make_unique<OfflineCache>(m_path);
        VERIFY_OK(wait(cache->open()));
        QVERIFY(cache->wasRebuilt());
        QCOMPARE(asideFiles(m_path).size(), 1);
        VERIFY_OK(wait(cache->put(QStringLiteral("k"), "v", {}, t1)));
    }

    void callsBeforeOpenFail()
    {
        OfflineCache cache(m_path);
        const Status put = wait(cache.put(QStringLiteral("k"), "v", {}, t1));
        QVERIFY(!put.ok());
        QVERIFY(!wait(cache.get(QStringLiteral("k"))).has_value());
    }

    void workRunsOffTheGuiThreadAndContinuesOnIt()
    {
        auto cache = openCache();
        QObject receiver;
        QThread *continuedOn = nullptr;
        bool sawEntry = false;
        VERIFY_OK(wait(cache->put(QStringLiteral("k"), "v", {}, t1)));
        auto done = cache->get(QStringLiteral("k"))
                        .then(&receiver, [&](const std::optional<OfflineCache::Entry> &entry) {
                            continuedOn = QThread::currentThread();
                            sawEntry = entry.has_value() && entry->body == "v";
                        });
        QVERIFY(QTest::qWaitFor([&] { return done.isFinished(); }, 20000));
        QCOMPARE(continuedOn, QThread::currentThread());
        QVERIFY(sawEntry);

        // Another program holds the write lock: if a put ran on this thread it would block here
        // for the busy timeout. Instead 5,000 of them queue up while the event loop keeps running.
        Peek other(m_path);
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        other.exec(
            QStringLiteral("INSERT INTO %1 (key, body, etag, fetched_at) VALUES ('other', x'', x'', 0)")
                .arg(mws::cache::schema::entriesTable));
        QList<QFuture<Status>> puts;
        for (int i = 0; i < 5000; ++i)
            puts.append(cache->put(QStringLiteral("bulk/%1").arg(i), QByteArray::number(i), {}, t1));
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, 2000);
        QVERIFY(!puts.first().isFinished());
        QVERIFY(!puts.last().isFinished());
        other.exec(QStringLiteral("COMMIT"));

        for (const auto &put : std::as_const(puts))
            VERIFY_OK(wait(put));
        QCOMPARE(wait(cache->get(QStringLiteral("bulk/4999")))->body, QByteArray("4999"));
        QCOMPARE(wait(cache->get(QStringLiteral("other")))->fetchedAt.toMSecsSinceEpoch(), 0);
    }

    void callsKeepTheirOrder()
    {
        auto cache = openCache();
        // Issued without waiting: each get must see exactly the puts issued before it.
        QList<QFuture<std::optional<OfflineCache::Entry>>> gets;
        QList<QByteArray> expected;
        for (int round = 0; round < 200; ++round) {
            const QString key = QStringLiteral("key/%1").arg(round % 7);
            const QByteArray body = QByteArray::number(round);
            (void)cache->put(key, body, QByteArray::number(round * 2), t1.addMSecs(round));
            gets.append(cache->get(key));
            expected.append(body);
            if (round % 13 == 0) {
                (void)cache->removePrefix(key);
                gets.append(cache->get(key));
                expected.append(QByteArray());
            }
        }
        for (qsizetype i = 0; i < gets.size(); ++i) {
            const auto entry = wait(gets.at(i));
            if (expected.at(i).isNull()) {
                QVERIFY2(!entry.has_value(), qPrintable(QString::number(i)));
            } else {
                QVERIFY2(entry.has_value(), qPrintable(QString::number(i)));
                QCOMPARE(entry->body, expected.at(i));
            }
        }
    }

    void destroyingFinishesPendingWork()
    {
        QList<QFuture<Status>> puts;
        {
            auto cache = openCache();
            for (int i = 0; i < 500; ++i)
                puts.append(cache->put(QStringLiteral("k/%1").arg(i), QByteArray::number(i), {}, t1));
        }
        // Every future is finished and none was dropped.
        for (const auto &put : std::as_const(puts)) {
            QVERIFY(put.isFinished());
            VERIFY_OK(put.result());
        }
        auto cache = openCache();
        QCOMPARE(wait(cache->get(QStringLiteral("k/499")))->body, QByteArray("499"));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "tst_offlinecache.moc"
