// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshkeystore.h"

#include "sqlsupport.h"

namespace mws::store {

using namespace detail;

namespace {

const QString keyColumns =
    QStringLiteral("id, crsid, key_type, bits, key_base64, comment, fingerprint, created_at, last_used_at");

model::SshKey readKey(const Query &q)
{
    model::SshKey key;
    key.id = q.value(0).toString();
    key.crsid = q.value(1).toString();
    key.type = q.value(2).toString();
    key.bits = q.value(3).toInt();
    key.keyBase64 = q.value(4).toString();
    key.comment = q.value(5).toString();
    key.fingerprint = q.value(6).toString();
    key.createdAt = timeFrom(q.value(7));
    key.lastUsedAt = timeFrom(q.value(8));
    return key;
}

Error noSuchKey(const QString &keyId)
{
    return notFound(QStringLiteral("You have no SSH key %1.").arg(keyId));
}

} // namespace

QStringList sshKeyTables()
{
    return {
        // A person's SSH public keys: each once per person (by its SHA-256 fingerprint).
        QStringLiteral(R"(CREATE TABLE ssh_keys (
         id TEXT PRIMARY KEY,
         crsid TEXT NOT NULL REFERENCES users (crsid),
         key_type TEXT NOT NULL,
         bits INTEGER NOT NULL,
         key_base64 TEXT NOT NULL,
         comment TEXT NOT NULL,
         fingerprint TEXT NOT NULL,
         created_at BIGINT NOT NULL,
         last_used_at BIGINT,
         UNIQUE (crsid, fingerprint)))"),
        QStringLiteral("CREATE INDEX ssh_keys_by_fingerprint ON ssh_keys (fingerprint)"),
    };
}

Result<QList<model::SshKey>> SshKeyStore::keysOf(const QString &crsid)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM ssh_keys WHERE crsid = ? ORDER BY created_at, id").arg(keyColumns),
        {crsid});
    if (!q)
        return q.error();
    QList<model::SshKey> keys;
    while (q.value().next())
        keys.append(readKey(q.value()));
    return keys;
}

Result<model::SshKey> SshKeyStore::key(const QString &crsid, const QString &keyId)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM ssh_keys WHERE crsid = ? AND id = ?").arg(keyColumns), {crsid, keyId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchKey(keyId);
    return readKey(q.value());
}

Result<model::SshKey> SshKeyStore::add(model::SshKey key, int maxKeys)
{
    return inTransaction<model::SshKey>(m_db, [&]() -> Result<model::SshKey> {
        // Two adds by one person at once must not both pass the cap: on PostgreSQL the person's
        // row is locked until the transaction ends (SQLite has one writer at a time anyway).
        if (m_db.driver() == Database::Driver::Postgres) {
            Result<Query> locked =
                m_db.exec(QStringLiteral("SELECT crsid FROM users WHERE crsid = ? FOR UPDATE"), {key.crsid});
            if (!locked)
                return locked.error();
        }
        Result<Query> counted =
            m_db.exec(QStringLiteral("SELECT COUNT(*) FROM ssh_keys WHERE crsid = ?"), {key.crsid});
        if (!counted)
            return counted.error();
        if (counted.value().next() && counted.value().value(0).toInt() >= maxKeys)
            return Error::make(Error::Kind::Conflict,
                               QStringLiteral("You have %1 SSH keys, the most one person may have. Remove "
                                              "one you no longer use first.")
                                   .arg(maxKeys));
        key.id = QStringLiteral("key-") + randomHex(16);
        Result<Query> added = m_db.exec(
            QStringLiteral("INSERT INTO ssh_keys (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(keyColumns),
            {key.id, key.crsid, key.type, key.bits, key.keyBase64, textValue(key.comment), key.fingerprint,
             timeValue(key.createdAt), timeValue(key.lastUsedAt)});
        if (!added)
            return reworded(added.error(), Error::Kind::Conflict,
                            QStringLiteral("You have added this key (%1) already.").arg(key.fingerprint));
        return key;
    });
}

Status SshKeyStore::remove(const QString &crsid, const QString &keyId)
{
    Result<Query> removed =
        m_db.exec(QStringLiteral("DELETE FROM ssh_keys WHERE crsid = ? AND id = ?"), {crsid, keyId});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return noSuchKey(keyId);
    return {};
}

Status SshKeyStore::markUsed(const QString &crsid, const QString &fingerprint, const QDateTime &at)
{
    Result<Query> marked =
        m_db.exec(QStringLiteral("UPDATE ssh_keys SET last_used_at = ? WHERE crsid = ? AND fingerprint = ?"),
                  {timeValue(at), crsid, fingerprint});
    if (!marked)
        return marked.error();
    if (marked.value().numRowsAffected() != 1)
        return notFound(QStringLiteral("%1 has no SSH key %2.").arg(crsid, fingerprint));
    return {};
}

} // namespace mws::store
