// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mws::test {

// A key pair made by ssh-keygen, and what ssh-keygen -l says of its public half.
struct GeneratedSshKey
{
    QString publicLine;  // "type base64 comment", as in the .pub file
    QString privateText; // the private key file, for tests that paste it where it must be refused
    QString fingerprint; // "SHA256:…"
    int bits = 0;
    bool ok() const { return !publicLine.isEmpty(); }
};

// Makes a key without a passphrase in folder (type "ed25519", "ecdsa", "rsa"; bits 0 for
// ssh-keygen's default); a key that is not ok() when ssh-keygen failed or refused.
GeneratedSshKey makeSshKey(const QString &folder, const QString &type, int bits = 0,
                           const QString &comment = QStringLiteral("someone@example.test"));

} // namespace mws::test
