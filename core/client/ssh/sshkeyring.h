// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

namespace mws {

class SecretStore;

// A private SSH key the app keeps in the operating system's keychain, only when the person asks
// (the key generator's "Keep it in the keychain"): its text is a keychain entry, so no file on
// disk holds it. A keychain cannot be listed, so which keys there are is kept in the app's
// settings, with nothing secret: the fingerprint names the entry, the comment is shown.
struct KeychainSshKey
{
    QString fingerprint; // "SHA256:…"
    QString comment;
};

namespace sshkeyring {

QList<KeychainSshKey> list();
// Writes the private key to the keychain, then lists it; a key listed already is replaced.
QFuture<Status> add(SecretStore &secrets, const KeychainSshKey &key, const QByteArray &privateKey);
QFuture<Result<QByteArray>> privateKey(SecretStore &secrets, const QString &fingerprint);

} // namespace sshkeyring

} // namespace mws
