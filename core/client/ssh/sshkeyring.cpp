// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshkeyring.h"

#include "auth/secretstore.h"

#include <QSettings>

namespace mws::sshkeyring {

namespace {

const QString listKey = QStringLiteral("ssh/keychainKeys"); // [{fingerprint, comment}]

QString entryName(const QString &fingerprint)
{
    return QStringLiteral("ssh-key/") + fingerprint;
}

void writeList(const QList<KeychainSshKey> &keys)
{
    QVariantList entries;
    for (const KeychainSshKey &key : keys)
        entries << QVariantMap{{QStringLiteral("fingerprint"), key.fingerprint},
                               {QStringLiteral("comment"), key.comment}};
    QSettings().setValue(listKey, entries);
}

} // namespace

QList<KeychainSshKey> list()
{
    QList<KeychainSshKey> keys;
    for (const QVariant &entry : QSettings().value(listKey).toList()) {
        const QVariantMap map = entry.toMap();
        const QString fingerprint = map.value(QStringLiteral("fingerprint")).toString();
        if (fingerprint.startsWith(QLatin1String("SHA256:")))
            keys << KeychainSshKey{fingerprint, map.value(QStringLiteral("comment")).toString()};
    }
    return keys;
}

QFuture<Status> add(SecretStore &secrets, const KeychainSshKey &key, const QByteArray &privateKey)
{
    return secrets.write(entryName(key.fingerprint), privateKey).then([key](const Status &written) {
        if (!written.ok())
            return written;
        QList<KeychainSshKey> keys = list();
        keys.removeIf([&key](const KeychainSshKey &listed) { return listed.fingerprint == key.fingerprint; });
        keys << key;
        writeList(keys);
        return Status();
    });
}

QFuture<Result<QByteArray>> privateKey(SecretStore &secrets, const QString &fingerprint)
{
    return secrets.read(entryName(fingerprint));
}

} // namespace mws::sshkeyring
