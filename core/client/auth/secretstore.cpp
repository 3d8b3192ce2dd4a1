// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/secretstore.h"

#include <QPromise>
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace mws {

namespace {

Error toError(QKeychain::Error code, const QString &text)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, SecretStore::tr("No such entry in the keychain."), text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(Error::Kind::Unavailable,
                           SecretStore::tr("No keychain is available on this computer, so the sign-in cannot "
                                           "be remembered. Install and unlock a keychain (for example GNOME "
                                           "Keyring or KWallet) and try again."),
                           text);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(Error::Kind::Forbidden, SecretStore::tr("Access to the keychain was denied."),
                           text);
    default:
        return Error::make(Error::Kind::Backend, SecretStore::tr("The keychain failed."), text);
    }
}

// On Linux and the BSDs every keychain backend (Secret Service, KWallet) lives on the session
// bus; without one QtKeychain only reports a generic error, so we name the real cause.
std::optional<Error> missingBackend()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!QDBusConnection::sessionBus().isConnected())
        return toError(QKeychain::NoBackendAvailable, QStringLiteral("no D-Bus session bus"));
#endif
    return std::nullopt;
}

template <typename T, typename Job, typename Extract>
QFuture<T> runJob(Job *job, SecretStore *context, Extract extract,
                  QKeychain::Error alsoSuccess = QKeychain::NoError)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    if (const auto error = missingBackend()) {
        delete job;
        promise->addResult(T(*error));
        promise->finish();
        return future;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [promise, extract, alsoSuccess](QKeychain::Job *finished) {
                         if (finished->error() == QKeychain::NoError || finished->error() == alsoSuccess)
                             promise->addResult(extract(finished));
                         else
                             promise->addResult(T(toError(finished->error(), finished->errorString())));
                         promise->finish();
                     });
    job->start();
    return future;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QFuture<Status> SecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    return runJob<Status>(job, this, [](QKeychain::Job *) { return Status(); });
}

QFuture<Result<QByteArray>> SecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    return runJob<Result<QByteArray>>(job, this, [](QKeychain::Job *finished) {
        return Result<QByteArray>(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData());
    });
}

QFuture<Status> SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    return runJob<Status>(job, this, [](QKeychain::Job *) { return Status(); }, QKeychain::EntryNotFound);
}

} // namespace mws
