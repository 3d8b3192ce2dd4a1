// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to mwsstore: how values travel between the model types and SQL columns.

#include "database.h"
#include "model/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace mws::store::detail {

// A row of the jobs table, selected as jobColumns (store_jobs.cpp).
extern const QString jobColumns;
Result<model::Job> readJob(const Query &q);

enum class Violation
{
    None,
    Unique,
    ForeignKey,
};
// Reads the driver's native code (SQLite extended result code, PostgreSQL SQLSTATE).
Violation violationOf(const QSqlError &error);
Error sqlError(const QSqlError &error, const QString &what);

// Times are BIGINT milliseconds since the epoch, UTC; a null time is SQL NULL.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL need an empty string.
QVariant textValue(const QString &text);
QVariant blobValue(const QByteArray &bytes);
QVariant boolValue(bool value);

// JSON is stored as compact text; null and undefined are SQL NULL.
QVariant jsonValue(const QJsonValue &value);
QJsonValue jsonFrom(const QVariant &value);
QVariant jsonObjectValue(const QJsonObject &object);
QJsonObject jsonObjectFrom(const QVariant &value);

// A LIKE pattern matching text anywhere, lower-cased, with %, _ and \ escaped (ESCAPE '\').
QString containsPattern(const QString &text);

// count random lower-case hex digits from the system's CSPRNG.
QString randomHex(int count);

Error notFound(const QString &message);
Error invalid(const QString &field, const QString &message);

// Invalid unless 0 <= offset and 1 <= limit <= maxPageSize.
Status checkPage(int offset, int limit);

// Runs work, which returns Result<T>, in a transaction and hands its value out.
template <typename T, typename Work> Result<T> inTransaction(Database &db, Work &&work)
{
    std::optional<T> out;
    Status status = db.transaction([&]() -> Status {
        Result<T> result = work();
        if (!result)
            return result.error();
        out = std::move(result).value();
        return {};
    });
    if (!status)
        return status.error();
    return std::move(*out);
}

// The error of a failed call with its message replaced, when it is of the given kind: the
// database's wording ("UNIQUE constraint failed") is kept as the detail.
Error reworded(Error error, Error::Kind kind, const QString &message);

} // namespace mws::store::detail
