// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A person's SSH public keys, kept in the panel: they belong to the person (their CRSid), not to
// a site, and the host's sshd reads them from files the panel renders.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mws::model {

struct SshKey
{
    QString id; // "key-" and hex, the panel's choice
    QString crsid;
    QString type; // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", …
    int bits = 0;
    QString keyBase64;
    QString comment;
    QString fingerprint; // "SHA256:…", as ssh-keygen -l prints it
    QDateTime createdAt;
    QDateTime lastUsedAt; // null until sshd reports a login with it

    // The API's form: id, type, bits, comment, fingerprint, createdAt, lastUsedAt (the key's
    // body and its owner are not sent back).
    QJsonObject toJson() const;
    static SshKey fromJson(const QJsonObject &json);
};

// A person's keys as the API lists them, oldest first, and how many one person may keep.
struct SshKeyList
{
    QList<SshKey> items;
    int maxKeys = 0;

    QJsonObject toJson() const;
    static SshKeyList fromJson(const QJsonObject &json);
};

} // namespace mws::model
