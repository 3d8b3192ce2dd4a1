// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Users and API tokens.

#include "sqlsupport.h"
#include "store.h"

namespace mws::store {

using namespace detail;

namespace {

const QString userColumns = QStringLiteral("crsid, display_name, staff, created_at");
const QString tokenColumns =
    QStringLiteral("id, crsid, name, created_at, last_used_at, expires_at, elevated_until, revoked_at");

model::User readUser(const Query &q)
{
    model::User user;
    user.crsid = q.value(0).toString();
    user.displayName = q.value(1).toString();
    user.staff = q.value(2).toInt() != 0;
    user.createdAt = timeFrom(q.value(3));
    return user;
}

model::ApiToken readToken(const Query &q)
{
    model::ApiToken token;
    token.id = q.value(0).toString();
    token.crsid = q.value(1).toString();
    token.name = q.value(2).toString();
    token.createdAt = timeFrom(q.value(3));
    token.lastUsedAt = timeFrom(q.value(4));
    token.expiresAt = timeFrom(q.value(5));
    token.elevatedUntil = timeFrom(q.value(6));
    token.revokedAt = timeFrom(q.value(7));
    return token;
}

Result<model::ApiToken> tokenWhere(Database &db, const QString &column, const QString &value)
{
    // column is one of ours, never input.
    Result<Query> q =
        db.exec(QStringLiteral("SELECT %1 FROM api_tokens WHERE %2 = ?").arg(tokenColumns, column), {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("There is no such API token."));
    return readToken(q.value());
}

// An UPDATE of one token: NotFound when no row matched.
Status updateToken(Database &db, const QString &sql, const QVariantList &values)
{
    return db.transaction([&]() -> Status {
        Result<Query> q = db.exec(sql, values);
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notFound(QStringLiteral("There is no such API token."));
        return {};
    });
}

} // namespace

Store::Store(Database &database) : m_db(database) {}

Result<model::User> Store::upsertUser(const QString &crsid, const QString &displayName, const QDateTime &now)
{
    if (crsid.isEmpty())
        return invalid(QStringLiteral("crsid"), QStringLiteral("A user needs a CRSid."));
    return inTransaction<model::User>(m_db, [&]() -> Result<model::User> {
        Result<Query> upserted = m_db.exec(
            QStringLiteral("INSERT INTO users (crsid, display_name, staff, created_at) VALUES (?, ?, 0, ?) "
                           "ON CONFLICT (crsid) DO UPDATE SET display_name = excluded.display_name"),
            {crsid, textValue(displayName), timeValue(now)});
        if (!upserted)
            return upserted.error();
        return user(crsid);
    });
}

Result<model::User> Store::user(const QString &crsid)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE crsid = ?").arg(userColumns), {crsid});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("There is no user %1.").arg(crsid));
    return readUser(q.value());
}

Status Store::setStaff(const QString &crsid, bool staff)
{
    return m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(QStringLiteral("UPDATE users SET staff = ? WHERE crsid = ?"),
                                    {boolValue(staff), crsid});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notFound(QStringLiteral("There is no user %1.").arg(crsid));
        return {};
    });
}

Result<model::ApiToken> Store::createToken(const QString &crsid, const QString &name,
                                           const QString &secretHash, const QDateTime &expiresAt,
                                           const QDateTime &elevatedUntil, const QDateTime &now)
{
    if (secretHash.isEmpty())
        return invalid(QStringLiteral("secretHash"), QStringLiteral("A token needs the hash of its secret."));
    if (!expiresAt.isValid())
        return invalid(QStringLiteral("expiresAt"), QStringLiteral("A token needs an expiry time."));
    model::ApiToken token;
    token.id = QStringLiteral("tok_") + randomHex(16);
    token.crsid = crsid;
    token.name = name;
    token.createdAt = now;
    token.expiresAt = expiresAt;
    token.elevatedUntil = elevatedUntil;
    Status inserted = m_db.transaction([&]() -> Status {
        Result<Query> q =
            m_db.exec(QStringLiteral("INSERT INTO api_tokens (id, crsid, name, secret_hash, created_at, "
                                     "expires_at, elevated_until) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {token.id, crsid, textValue(name), secretHash, timeValue(now), timeValue(expiresAt),
                       timeValue(elevatedUntil)});
        if (!q)
            return q.error();
        return {};
    });
    if (!inserted) {
        Error error = reworded(inserted.error(), Error::Kind::NotFound,
                               QStringLiteral("There is no user %1.").arg(crsid));
        return reworded(error, Error::Kind::Conflict,
                        QStringLiteral("A token with this secret exists already."));
    }
    // The database keeps milliseconds; hand back exactly what a later read returns.
    return tokenWhere(m_db, QStringLiteral("id"), token.id);
}

Result<model::ApiToken> Store::tokenBySecretHash(const QString &secretHash)
{
    return tokenWhere(m_db, QStringLiteral("secret_hash"), secretHash);
}

Status Store::touchToken(const QString &id, const QDateTime &now)
{
    return updateToken(m_db, QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"),
                       {timeValue(now), id});
}

Result<QList<model::ApiToken>> Store::tokensOf(const QString &crsid)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM api_tokens WHERE crsid = ? ORDER BY created_at, id").arg(tokenColumns),
        {crsid});
    if (!q)
        return q.error();
    QList<model::ApiToken> tokens;
    while (q.value().next())
        tokens.append(readToken(q.value()));
    return tokens;
}

Status Store::revokeToken(const QString &id, const QDateTime &now)
{
    return updateToken(
        m_db, QStringLiteral("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"),
        {timeValue(now), id});
}

Status Store::setTokenElevation(const QString &id, const QDateTime &until)
{
    return updateToken(m_db, QStringLiteral("UPDATE api_tokens SET elevated_until = ? WHERE id = ?"),
                       {timeValue(until), id});
}

} // namespace mws::store
