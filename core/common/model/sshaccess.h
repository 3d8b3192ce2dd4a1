// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Who may open a shell on one site and how to reach it: the panel's answer to
// GET /api/v1/sites/{siteId}/ssh. Shell access follows the people's roles on the site; the keys
// they log in with are their own (sshkeys.h), not the site's.

#include "model/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mws::model {

// One person with a role on the site, and whether that role gives them a shell there.
struct SshPerson
{
    QString crsid;
    Role role = Role::SshUser;
    bool shell = false;
    std::optional<qint64> uid; // unset until the person's account on the host exists
    QDateTime expiresAt;       // supporters' access ends; null for everyone else

    QJsonObject toJson() const;
    static SshPerson fromJson(const QJsonObject &json);
};

// One of the host's own keys, as a client sees it on first connecting.
struct SshHostKey
{
    QString type;        // "ssh-ed25519", …
    QString publicKey;   // "type base64", as in known_hosts
    QString fingerprint; // "SHA256:…"

    QJsonObject toJson() const;
    static SshHostKey fromJson(const QJsonObject &json);
};

// One SSHFP record (RFC 4255) to publish in the site's DNS zone, so clients can check the host
// key without asking the user.
struct SshfpRecord
{
    QString name;        // the domain name it is for
    int algorithm = 0;   // 1 RSA, 3 ECDSA, 4 Ed25519
    int type = 0;        // 1 SHA-1, 2 SHA-256
    QString fingerprint; // hex
    QString record;      // the whole zone-file line

    QJsonObject toJson() const;
    static SshfpRecord fromJson(const QJsonObject &json);
};

struct SshAccess
{
    QString host;
    int port = 22;
    QString username; // the signed-in person's login on the host
    bool shell = false;
    QString siteHome; // the site's folder on the host, where its files are; empty if not said
    // Where the host forwards a tunnel (its database server); empty host if it does not say.
    QString tunnelHost;
    int tunnelPort = 0;
    QList<SshPerson> people;
    QList<SshHostKey> hostKeys;
    QList<SshfpRecord> sshfp;

    // "ssh -p PORT USER@HOST", without -p on port 22; empty while there is no host.
    QString command() const;

    QJsonObject toJson() const;
    static SshAccess fromJson(const QJsonObject &json);
};

} // namespace mws::model
