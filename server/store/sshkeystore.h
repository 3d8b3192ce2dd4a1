// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Each person's SSH public keys (model/sshkeys.h), in a table of their own: a key belongs to a
// person (their CRSid), not to a site, and one person has each key once.

#include "database.h"
#include "model/sshkeys.h"
#include "util/result.h"

#include <QList>

namespace mws::store {

// Schema 7: the ssh_keys table.
QStringList sshKeyTables();

class SshKeyStore
{
public:
    explicit SshKeyStore(Database &database) : m_db(database) {}

    // The person's keys, oldest first.
    Result<QList<model::SshKey>> keysOf(const QString &crsid);
    // One of the person's keys; NotFound for an unknown key and for another person's.
    Result<model::SshKey> key(const QString &crsid, const QString &keyId);
    // Stores the key under a new id (the one given is ignored). Conflict when the person has this
    // key (its fingerprint) already, or has maxKeys keys.
    Result<model::SshKey> add(model::SshKey key, int maxKeys);
    // NotFound for an unknown key and for another person's.
    Status remove(const QString &crsid, const QString &keyId);
    // When sshd last let this person in with the key of this fingerprint.
    Status markUsed(const QString &crsid, const QString &fingerprint, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace mws::store
