// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Private to the cache: its SQLite schema and how a file is brought up to date.
namespace mws::cache::schema {

// The version this code writes. A file with a larger one comes from a newer app and is rebuilt.
inline constexpr int currentVersion = 1;
inline constexpr QLatin1StringView versionTable{"schema_version"};
inline constexpr QLatin1StringView entriesTable{"entries"};

// A failed statement as an Error. Kind::Protocol when the file itself cannot be read (not a
// database, corrupt, unreadable): open() moves such a file aside. A busy database, a full disk
// and the like are Kind::Backend, because a fresh file would not help.
Error sqlError(const QSqlError &error, const QString &what);

// Prepares, binds and runs one statement.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

struct Found
{
    enum class State
    {
        Empty,   // no tables at all: a new file
        Ours,    // has our version table; see version
        Foreign, // tables, but not ours
    };
    State state = State::Empty;
    int version = 0;
};

// What the file holds. Fails on any SQLite error, which the caller treats as an unreadable file.
Result<Found> inspect(QSqlDatabase &db);

// Runs the migrations from `fromVersion` to currentVersion in one transaction.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace mws::cache::schema
