// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cache/offlinecache.h"

#include "auth/accountstore.h"
#include "cache/cacheschema.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace mws::cache {

namespace {

constexpr int busyTimeoutMs = 5000;

// Qt binds a null QByteArray as SQL NULL; an empty body or ETag is stored as a zero-length blob.
QByteArray blob(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

Error notOpen()
{
    return Error::make(Error::Kind::Backend, OfflineCache::tr("The offline cache is not open."));
}

} // namespace

struct OfflineCache::Worker
{
    explicit Worker(QString file) : path(std::move(file)), context(std::make_unique<QObject>())
    {
        thread.setObjectName(QStringLiteral("mws-offline-cache"));
        context->moveToThread(&thread);
        thread.start();
    }

    // Runs `work` on the worker thread after everything posted before it; its value fulfils the
    // future, which finishes on the worker thread (continuations pick their own context).
    template <typename T, typename Work> QFuture<T> post(Work work)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            context.get(),
            [promise, work = std::move(work)]() mutable {
                promise->addResult(work());
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    // These, and the connection state under them, are used on the worker thread only.
    Status open();
    Status tryOpen();
    Status moveAside();
    void close();
    QString connectionName;
    QSqlDatabase db;
    bool isOpen = false;

    const QString path;
    std::atomic<bool> rebuilt = false; // written on the worker thread, read on any

    QThread thread;
    std::unique_ptr<QObject> context; // lives in `thread`; the target of every posted call
};

Status OfflineCache::Worker::open()
{
    if (isOpen)
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::make(Error::Kind::Unavailable, OfflineCache::tr("The offline cache needs SQLite."),
                           QStringLiteral("the Qt SQL driver QSQLITE is not installed"));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Backend,
                           OfflineCache::tr("Could not create the offline cache folder."), folder);

    const Status first = tryOpen();
    if (first)
        return {};
    close();
    if (first.error().kind != Error::Kind::Protocol || !QFileInfo::exists(path))
        return first;
    qWarning("offline cache %s cannot be used (%s); starting a new one", qPrintable(path),
             qPrintable(first.error().detail));
    if (Status moved = moveAside(); !moved)
        return moved;
    rebuilt = true;
    Status second = tryOpen();
    if (!second)
        close();
    return second;
}

Status OfflineCache::Worker::tryOpen()
{
    connectionName =
        QStringLiteral("mws-offline-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return schema::sqlError(db.lastError(), QStringLiteral("open"));

    // The first statement reads the header: a file that is not SQLite fails here.
    auto mode = schema::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    // WAL keeps a write from stalling reads; where the file system cannot do it, the default
    // journal still works.
    if (const QString journal = mode->next() ? mode->value(0).toString() : QString();
        journal != QLatin1String("wal"))
        qWarning("offline cache %s: journal mode is \"%s\", not WAL", qPrintable(path), qPrintable(journal));
    // An unfinished statement would keep the migration below from committing.
    mode->finish();
    // A cache may lose its last writes on power loss; it must not be corrupted, which WAL ensures.
    if (auto sync = schema::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !sync)
        return sync.error();

    auto check = schema::exec(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    if (const QString verdict = check->next() ? check->value(0).toString() : QString();
        verdict != QLatin1String("ok"))
        return Error::make(Error::Kind::Protocol, OfflineCache::tr("The offline cache file is damaged."),
                           verdict);
    check->finish();

    const auto found = schema::inspect(db);
    if (!found)
        return found.error();
    if (found->state == schema::Found::State::Foreign)
        return Error::make(Error::Kind::Protocol, OfflineCache::tr("The file is not an offline cache."),
                           QStringLiteral("no %1 table").arg(schema::versionTable));
    if (found->version > schema::currentVersion)
        return Error::make(Error::Kind::Protocol,
                           OfflineCache::tr("The offline cache was written by a newer version of the app."),
                           QStringLiteral("schema version %1, this version knows up to %2")
                               .arg(found->version)
                               .arg(schema::currentVersion));
    if (Status migrated = schema::migrate(db, found->version); !migrated)
        return migrated;
    isOpen = true;
    return {};
}

Status OfflineCache::Worker::moveAside()
{
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    // The old file is kept for a bug report; if it cannot be kept, a fresh cache still matters more.
    if (!QFile::rename(path, aside) && !QFile::remove(path))
        return Error::make(Error::Kind::Backend,
                           OfflineCache::tr("Could not replace the damaged offline cache."), path);
    // A log or journal left beside the new file would be replayed into it.
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-journal")}) {
        const QString side = path + suffix;
        if (QFileInfo::exists(side) && !QFile::rename(side, aside + suffix) && !QFile::remove(side))
            return Error::make(Error::Kind::Backend,
                               OfflineCache::tr("Could not replace the damaged offline cache."), side);
    }
    QFile::remove(path + QStringLiteral("-shm"));
    return {};
}

void OfflineCache::Worker::close()
{
    isOpen = false;
    if (connectionName.isEmpty())
        return;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    connectionName.clear();
}

QString OfflineCache::defaultPath(const QUrl &panelUrl, const QString &crsid)
{
    // Named like the account's keychain entry, hashed so that no URL characters reach the file name.
    auth::Account account;
    account.panelUrl = panelUrl;
    account.crsid = crsid;
    const QByteArray hash =
        QCryptographicHash::hash(account.key().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/") +
           QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

OfflineCache::OfflineCache(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_worker(std::make_unique<Worker>(m_path))
{}

OfflineCache::~OfflineCache()
{
    // Queued behind every call made so far, so those still run (a put made just before closing
    // is kept) and their futures finish; then the connection closes on the thread that owns it.
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker->context.get(),
        [worker] {
            worker->close();
            worker->thread.quit();
        },
        Qt::QueuedConnection);
    worker->thread.wait();
}

QFuture<Status> OfflineCache::open()
{
    return m_worker->post<Status>([worker = m_worker.get()] { return worker->open(); });
}

bool OfflineCache::wasRebuilt() const
{
    return m_worker->rebuilt;
}

QFuture<std::optional<OfflineCache::Entry>> OfflineCache::get(const QString &key)
{
    return m_worker->post<std::optional<Entry>>([worker = m_worker.get(), key]() -> std::optional<Entry> {
        if (!worker->isOpen)
            return std::nullopt;
        auto query = schema::exec(
            worker->db,
            QStringLiteral("SELECT body, etag, fetched_at FROM %1 WHERE key = ?").arg(schema::entriesTable),
            {key});
        // A cache that cannot be read is a cache miss: the caller asks the panel instead.
        if (!query) {
            qWarning("offline cache: %s", qPrintable(query.error().fullText()));
            return std::nullopt;
        }
        if (!query->next())
            return std::nullopt;
        return Entry{query->value(0).toByteArray(), query->value(1).toByteArray(),
                     QDateTime::fromMSecsSinceEpoch(query->value(2).toLongLong(), QTimeZone::UTC)};
    });
}

QFuture<Status> OfflineCache::put(const QString &key, const QByteArray &body, const QByteArray &etag,
                                  const QDateTime &fetchedAt)
{
    return m_worker->post<Status>([worker = m_worker.get(), key, body, etag, fetchedAt]() -> Status {
        if (!worker->isOpen)
            return notOpen();
        if (!fetchedAt.isValid())
            return Error::make(Error::Kind::Invalid,
                               OfflineCache::tr("A cache entry needs the time it was fetched."));
        auto done =
            schema::exec(worker->db,
                         QStringLiteral("INSERT INTO %1 (key, body, etag, fetched_at) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET body = excluded.body, "
                                        "etag = excluded.etag, fetched_at = excluded.fetched_at")
                             .arg(schema::entriesTable),
                         {key, blob(body), blob(etag), fetchedAt.toMSecsSinceEpoch()});
        if (!done)
            return done.error();
        return {};
    });
}

QFuture<Status> OfflineCache::touch(const QString &key, const QDateTime &fetchedAt)
{
    return m_worker->post<Status>([worker = m_worker.get(), key, fetchedAt]() -> Status {
        if (!worker->isOpen)
            return notOpen();
        if (!fetchedAt.isValid())
            return Error::make(Error::Kind::Invalid,
                               OfflineCache::tr("A cache entry needs the time it was fetched."));
        auto done = schema::exec(
            worker->db,
            QStringLiteral("UPDATE %1 SET fetched_at = ? WHERE key = ?").arg(schema::entriesTable),
            {fetchedAt.toMSecsSinceEpoch(), key});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound,
                               OfflineCache::tr("The offline cache has no such entry."), key);
        return {};
    });
}

QFuture<Status> OfflineCache::removePrefix(const QString &keyPrefix)
{
    return m_worker->post<Status>([worker = m_worker.get(), keyPrefix]() -> Status {
        if (!worker->isOpen)
            return notOpen();
        // The range lets SQLite use the key's index; substr() then makes the match exact (LIKE
        // would treat % and _ in keys as wildcards).
        auto done =
            schema::exec(worker->db,
                         QStringLiteral("DELETE FROM %1 WHERE key >= ? AND substr(key, 1, length(?)) = ?")
                             .arg(schema::entriesTable),
                         {keyPrefix, keyPrefix, keyPrefix});
        if (!done)
            return done.error();
        return {};
    });
}

QFuture<Status> OfflineCache::clear()
{
    return m_worker->post<Status>([worker = m_worker.get()]() -> Status {
        if (!worker->isOpen)
            return notOpen();
        auto done = schema::exec(worker->db, QStringLiteral("DELETE FROM %1").arg(schema::entriesTable));
        if (!done)
            return done.error();
        return {};
    });
}

} // namespace mws::cache
