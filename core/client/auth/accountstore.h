// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/secretstore.h"
#include "util/result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QUrl>

namespace mws::auth {

// One signed-in person on one panel. Several can exist side by side.
struct Account
{
    QUrl panelUrl;
    QString crsid;
    QString displayName;
    QString tokenId;
    QByteArray pinnedCertificatePem; // empty: the system trust store
    QDateTime lastUsed;

    // "https://panel.example/|abc123": how the keychain entry and the cache are named.
    QString key() const;
    bool operator==(const Account &other) const { return key() == other.key(); }
};

// The accounts the user has signed in with: the list (no secrets) in a JSON file under the
// app's config folder, the API tokens in the OS keychain. Where no keychain backend exists,
// add() fails with Error::Kind::Unavailable and nothing is saved: tokens never go to disk.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    AccountStore(SecretStore *secrets, QString listPath, QObject *parent = nullptr);

    static QString defaultListPath(); // <AppConfigLocation>/accounts.json

    QList<Account> accounts() const { return m_accounts; }             // most recently used first
    QFuture<Status> add(const Account &account, const QString &token); // replaces the same key
    QFuture<Result<QString>> token(const Account &account);
    QFuture<Status> remove(const Account &account); // forgets the token too
    Status markUsed(const Account &account);

Q_SIGNALS:
    void accountsChanged();

private:
    Status load();
    Status save() const; // atomically (QSaveFile)

    SecretStore *m_secrets;
    QString m_listPath;
    QList<Account> m_accounts;
};

} // namespace mws::auth
