// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Login flows, the Raven replay cache and idempotency keys: the short-lived state of signing in
// and of retried requests.

#include "sqlsupport.h"
#include "store.h"

namespace mws::store {

using namespace detail;

namespace {

const QString flowColumns = QStringLiteral(
    "id, login_token_hash, poll_token_hash, client_name, purpose, elevate_token_id, status, principal, "
    "nonce_hash, csrf_hash, failure_reason, created_at, expires_at, raven_session_ends_at");

const QStringList purposes{QStringLiteral("login"), QStringLiteral("elevate")};
const QStringList flowStatuses{QStringLiteral("pending"), QStringLiteral("verified"),
                               QStringLiteral("consented"), QStringLiteral("done"), QStringLiteral("failed")};

LoginFlow readFlow(const Query &q)
{
    LoginFlow flow;
    flow.id = q.value(0).toString();
    flow.loginTokenHash = q.value(1).toString();
    flow.pollTokenHash = q.value(2).toString();
    flow.clientName = q.value(3).toString();
    flow.purpose = q.value(4).toString();
    flow.elevateTokenId = q.value(5).toString();
    flow.status = q.value(6).toString();
    flow.principal = q.value(7).toString();
    flow.nonceHash = q.value(8).toString();
    flow.csrfHash = q.value(9).toString();
    flow.failureReason = q.value(10).toString();
    flow.createdAt = timeFrom(q.value(11));
    flow.expiresAt = timeFrom(q.value(12));
    flow.ravenSessionEnds = timeFrom(q.value(13));
    return flow;
}

Status checkFlow(const LoginFlow &flow)
{
    if (flow.loginTokenHash.isEmpty() || flow.pollTokenHash.isEmpty())
        return invalid(QStringLiteral("tokenHash"), QStringLiteral("A login flow needs both token hashes."));
    if (!purposes.contains(flow.purpose))
        return invalid(QStringLiteral("purpose"),
                       QStringLiteral("A login flow is for \"login\" or \"elevate\"."));
    if (!flowStatuses.contains(flow.status))
        return invalid(QStringLiteral("status"),
                       QStringLiteral("\"%1\" is not a login flow status.").arg(flow.status));
    if (!flow.expiresAt.isValid())
        return invalid(QStringLiteral("expiresAt"), QStringLiteral("A login flow needs an expiry time."));
    return {};
}

Result<LoginFlow> flowWhere(Database &db, const QString &column, const QString &value)
{
    // column is one of ours, never input.
    Result<Query> q =
        db.exec(QStringLiteral("SELECT %1 FROM login_flows WHERE %2 = ?").arg(flowColumns, column), {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("There is no such sign-in; it may have expired."));
    return readFlow(q.value());
}

// A DELETE … WHERE time < ? and how many rows it removed.
Result<int> purge(Database &db, const QString &sql, const QDateTime &time)
{
    return inTransaction<int>(db, [&]() -> Result<int> {
        Result<Query> q = db.exec(sql, {timeValue(time)});
        if (!q)
            return q.error();
        return q.value().numRowsAffected();
    });
}

} // namespace

Result<LoginFlow> Store::createLoginFlow(const LoginFlow &flow)
{
    if (Status valid = checkFlow(flow); !valid)
        return valid.error();
    if (!flow.createdAt.isValid())
        return invalid(QStringLiteral("createdAt"), QStringLiteral("A login flow needs its creation time."));
    LoginFlow stored = flow;
    if (stored.id.isEmpty())
        stored.id = QStringLiteral("flow-") + randomHex(16);
    Status inserted = m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(
            QStringLiteral("INSERT INTO login_flows (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(flowColumns),
            {stored.id, stored.loginTokenHash, stored.pollTokenHash, textValue(stored.clientName),
             stored.purpose, textValue(stored.elevateTokenId), stored.status, textValue(stored.principal),
             textValue(stored.nonceHash), textValue(stored.csrfHash), textValue(stored.failureReason),
             timeValue(stored.createdAt), timeValue(stored.expiresAt), timeValue(stored.ravenSessionEnds)});
        if (!q)
            return q.error();
        return {};
    });
    if (!inserted)
        return reworded(inserted.error(), Error::Kind::Conflict,
                        QStringLiteral("A login flow with this id or token exists already."));
    return flowWhere(m_db, QStringLiteral("id"), stored.id);
}

Result<LoginFlow> Store::loginFlowByLoginTokenHash(const QString &hash)
{
    return flowWhere(m_db, QStringLiteral("login_token_hash"), hash);
}

Result<LoginFlow> Store::loginFlowByPollTokenHash(const QString &hash)
{
    return flowWhere(m_db, QStringLiteral("poll_token_hash"), hash);
}

Status Store::updateLoginFlow(const LoginFlow &flow, const QString &expectedStatus)
{
    if (Status valid = checkFlow(flow); !valid)
        return valid;
    return m_db.transaction([&]() -> Status {
        QString sql = QStringLiteral(
            "UPDATE login_flows SET login_token_hash = ?, poll_token_hash = ?, client_name = ?, purpose = ?, "
            "elevate_token_id = ?, status = ?, principal = ?, nonce_hash = ?, csrf_hash = ?, failure_reason "
            "= ?, "
            "expires_at = ?, raven_session_ends_at = ? WHERE id = ?");
        QVariantList values{flow.loginTokenHash,
                            flow.pollTokenHash,
                            textValue(flow.clientName),
                            flow.purpose,
                            textValue(flow.elevateTokenId),
                            flow.status,
                            textValue(flow.principal),
                            textValue(flow.nonceHash),
                            textValue(flow.csrfHash),
                            textValue(flow.failureReason),
                            timeValue(flow.expiresAt),
                            timeValue(flow.ravenSessionEnds),
                            flow.id};
        if (!expectedStatus.isEmpty()) {
            sql += QStringLiteral(" AND status = ?");
            values.append(expectedStatus);
        }
        Result<Query> q = m_db.exec(sql, values);
        if (!q)
            return reworded(q.error(), Error::Kind::Conflict,
                            QStringLiteral("Another login flow has this token already."));
        if (q.value().numRowsAffected() > 0)
            return {};
        Result<LoginFlow> current = flowWhere(m_db, QStringLiteral("id"), flow.id);
        if (!current)
            return current.error();
        return Error::make(Error::Kind::PreconditionFailed,
                           QStringLiteral("The sign-in has moved on (it is %1, not %2).")
                               .arg(current.value().status, expectedStatus));
    });
}

Status Store::deleteLoginFlow(const QString &id)
{
    return m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM login_flows WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notFound(QStringLiteral("There is no such sign-in; it may have expired."));
        return {};
    });
}

Result<int> Store::purgeExpiredLoginFlows(const QDateTime &now)
{
    return purge(m_db, QStringLiteral("DELETE FROM login_flows WHERE expires_at <= ?"), now);
}

Status Store::rememberRavenResponse(const QDateTime &issue, const QString &id, const QDateTime &now)
{
    if (!issue.isValid())
        return invalid(QStringLiteral("issue"), QStringLiteral("A Raven response needs its issue time."));
    return m_db.transaction([&]() -> Status {
        // One statement against the primary key: two replays racing cannot both get in.
        Result<Query> q =
            m_db.exec(QStringLiteral("INSERT INTO raven_responses (issue, response_id, seen_at) "
                                     "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                      {timeValue(issue), textValue(id), timeValue(now)});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::make(Error::Kind::Conflict,
                               QStringLiteral("This Raven response has been used before."));
        return {};
    });
}

Result<int> Store::purgeRavenResponses(const QDateTime &olderThan)
{
    return purge(m_db, QStringLiteral("DELETE FROM raven_responses WHERE seen_at < ?"), olderThan);
}

Result<std::optional<IdempotencyRecord>> Store::findIdempotency(const QString &crsid, const QString &key)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT method, path, request_hash, status, body, created_at FROM idempotency_keys "
                       "WHERE crsid = ? AND idem_key = ?"),
        {crsid, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<IdempotencyRecord>();
    const Query &row = q.value();
    return std::optional<IdempotencyRecord>(IdempotencyRecord{
        crsid, key, row.value(0).toString(), row.value(1).toString(), row.value(2).toByteArray(),
        row.value(3).toInt(), row.value(4).toByteArray(), timeFrom(row.value(5))});
}

Status Store::saveIdempotency(const IdempotencyRecord &record)
{
    if (record.crsid.isEmpty() || record.key.isEmpty())
        return invalid(QStringLiteral("key"),
                       QStringLiteral("An idempotency record needs a person and a key."));
    if (!record.createdAt.isValid())
        return invalid(QStringLiteral("createdAt"),
                       QStringLiteral("An idempotency record needs its creation time."));
    return m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(
            QStringLiteral(
                "INSERT INTO idempotency_keys (crsid, idem_key, method, path, request_hash, status, body, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {record.crsid, record.key, textValue(record.method), textValue(record.path),
             blobValue(record.requestHash), record.status, blobValue(record.body),
             timeValue(record.createdAt)});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error::make(
                Error::Kind::Conflict,
                QStringLiteral("The idempotency key %1 has been used already.").arg(record.key));
        return {};
    });
}

Result<int> Store::purgeIdempotency(const QDateTime &olderThan)
{
    return purge(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"), olderThan);
}

} // namespace mws::store
