// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace mws {

// A new SSH key pair, to keep in the OS keychain (private) and give the panel (public).
struct SshKeyPair
{
    QByteArray privateKey; // OpenSSH format ("-----BEGIN OPENSSH PRIVATE KEY-----…"), encrypted if asked
    QString publicLine;    // "ssh-ed25519 AAAA… comment", as a .pub file holds it
    QString fingerprint;   // "SHA256:…"
};

namespace keygen {

// An Ed25519 pair. With a passphrase the private key is encrypted by it (bcrypt KDF, as
// ssh-keygen does). The public line is checked by the parser the panel uses (SshPublicKey), so a
// comment it would refuse is refused here. Fast: no need to leave the calling thread.
Result<SshKeyPair> ed25519(const QByteArray &passphrase = {}, const QString &comment = {});

} // namespace keygen

} // namespace mws
