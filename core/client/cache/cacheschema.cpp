// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cache/cacheschema.h"

#include "cache/offlinecache.h"

#include <QSqlError>

namespace mws::cache::schema {

namespace {

// SQLite's primary result codes for trouble that is not the file's fault: busy, locked, out of
// memory, interrupted, disk full. Every other failure means the file cannot be read as ours.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteNoMemory = 7;
constexpr int sqliteInterrupted = 9;
constexpr int sqliteFull = 13;

// One step per version: steps[i] takes the schema from version i to i + 1. Append; never edit
// a step that has shipped.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 0 → 1: the entries.
        {QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY NOT NULL, body BLOB NOT NULL, "
                        "etag BLOB NOT NULL, fetched_at INTEGER NOT NULL)")
             .arg(entriesTable)},
    };
    return all;
}

} // namespace

Error sqlError(const QSqlError &error, const QString &what)
{
    // The driver enables extended result codes; the low byte is the primary code.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const bool transient = code == sqliteBusy || code == sqliteLocked || code == sqliteNoMemory ||
                           code == sqliteInterrupted || code == sqliteFull;
    return Error::make(numeric && !transient ? Error::Kind::Protocol : Error::Kind::Backend,
                       OfflineCache::tr("The offline cache could not be read or written."),
                       QStringLiteral("%1: SQLite %2: %3").arg(what, error.nativeErrorCode(), error.text()));
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return sqlError(query.lastError(), sql);
    return query;
}

Result<Found> inspect(QSqlDatabase &db)
{
    auto tables = exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return tables.error();
    bool anyTable = false;
    bool ours = false;
    while (tables->next()) {
        anyTable = true;
        ours = ours || tables->value(0).toString() == versionTable;
    }
    if (!anyTable)
        return Found{Found::State::Empty, 0};
    if (!ours)
        return Found{Found::State::Foreign, 0};
    auto version = exec(db, QStringLiteral("SELECT version FROM %1").arg(versionTable));
    if (!version)
        return version.error();
    bool numeric = false;
    const int found = version->next() ? version->value(0).toInt(&numeric) : 0;
    // A version table without exactly one number in it was not written by us.
    if (!numeric || version->next())
        return Found{Found::State::Foreign, 0};
    return Found{Found::State::Ours, found};
}

Status migrate(QSqlDatabase &db, int fromVersion)
{
    if (fromVersion == currentVersion)
        return {};
    if (fromVersion < 0 || fromVersion > currentVersion || steps().size() != currentVersion)
        return Error::make(Error::Kind::Protocol,
                           OfflineCache::tr("The offline cache has an unknown format."),
                           QStringLiteral("from version %1 to %2").arg(fromVersion).arg(currentVersion));
    if (!db.transaction())
        return sqlError(db.lastError(), QStringLiteral("BEGIN"));
    const auto run = [&]() -> Status {
        if (fromVersion == 0) {
            if (auto created =
                    exec(db, QStringLiteral("CREATE TABLE %1 (version INTEGER NOT NULL)").arg(versionTable));
                !created)
                return created.error();
        }
        for (int v = fromVersion; v < currentVersion; ++v)
            for (const QString &statement : steps().at(v))
                if (auto done = exec(db, statement); !done)
                    return done.error();
        if (auto cleared = exec(db, QStringLiteral("DELETE FROM %1").arg(versionTable)); !cleared)
            return cleared.error();
        if (auto set = exec(db, QStringLiteral("INSERT INTO %1 (version) VALUES (?)").arg(versionTable),
                            {currentVersion});
            !set)
            return set.error();
        return {};
    };
    if (Status done = run(); !done) {
        db.rollback();
        return done;
    }
    if (!db.commit())
        return sqlError(db.lastError(), QStringLiteral("COMMIT"));
    return {};
}

} // namespace mws::cache::schema
