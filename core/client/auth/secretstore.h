// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

namespace mws {

// Secrets (API tokens) in the operating system's keychain, through QtKeychain.
// There is no fallback to a plain file: where no keychain backend exists, writes fail with
// Error::Kind::Unavailable and the caller tells the user.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QString service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    // The service the app keeps its secrets under (tokens, SSH keys kept in the keychain).
    static QString appService() { return QStringLiteral("uk.ac.cam.mws.admin"); }

    QFuture<Status> write(const QString &key, const QByteArray &secret);
    // An entry that does not exist fails with Error::Kind::NotFound, apart from real errors.
    QFuture<Result<QByteArray>> read(const QString &key);
    // Removing an entry that does not exist succeeds.
    QFuture<Status> remove(const QString &key);

private:
    QString m_service;
};

} // namespace mws
