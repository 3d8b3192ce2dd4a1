// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/accountstore.h"

#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace mws::auth {

namespace {

constexpr int listFormatVersion = 1;

QJsonObject toJson(const Account &account)
{
    return QJsonObject{
        {QStringLiteral("panelUrl"), account.panelUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("crsid"), account.crsid},
        {QStringLiteral("displayName"), account.displayName},
        {QStringLiteral("tokenId"), account.tokenId},
        {QStringLiteral("pinnedCertificatePem"),
         QString::fromLatin1(account.pinnedCertificatePem.toBase64())},
        {QStringLiteral("lastUsed"),
         account.lastUsed.isValid() ? account.lastUsed.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
}

std::optional<Account> fromJson(const QJsonObject &object)
{
    Account account;
    account.panelUrl = QUrl(object.value(QStringLiteral("panelUrl")).toString(), QUrl::StrictMode);
    account.crsid = object.value(QStringLiteral("crsid")).toString();
    account.displayName = object.value(QStringLiteral("displayName")).toString();
    account.tokenId = object.value(QStringLiteral("tokenId")).toString();
    const auto pem = QByteArray::fromBase64Encoding(
        object.value(QStringLiteral("pinnedCertificatePem")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    account.lastUsed =
        QDateTime::fromString(object.value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs);
    if (!account.panelUrl.isValid() || account.panelUrl.isRelative() || account.crsid.isEmpty() || !pem)
        return std::nullopt;
    account.pinnedCertificatePem = *pem;
    return account;
}

} // namespace

QString Account::key() const
{
    // One spelling per panel: "https://Panel.example" and "https://panel.example/" share an entry.
    QUrl url = panelUrl.adjusted(QUrl::NormalizePathSegments);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url.toString(QUrl::FullyEncoded) + QLatin1Char('|') + crsid;
}

AccountStore::AccountStore(SecretStore *secrets, QString listPath, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_listPath(std::move(listPath))
{
    if (Status loaded = load(); !loaded) {
        // Losing the list only means signing in again (the tokens stay in the keychain); keeping
        // the bad file lets someone find out what wrote it.
        const QString aside = m_listPath + QStringLiteral(".corrupt-") +
                              Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const bool kept = QFile::rename(m_listPath, aside);
        qWarning("account list %s cannot be read (%s); starting with no accounts%s", qPrintable(m_listPath),
                 qPrintable(loaded.error().fullText()),
                 kept ? qPrintable(QStringLiteral(", the file is kept as ") + aside) : "");
        m_accounts.clear();
    }
}

QString AccountStore::defaultListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/accounts.json");
}

Status AccountStore::load()
{
    m_accounts.clear();
    QFile file(m_listPath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Backend, tr("Could not read the list of accounts."),
                           file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Protocol, tr("The list of accounts is damaged."),
                           parseError.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("accounts")).isArray())
        return Error::make(Error::Kind::Protocol, tr("The list of accounts is damaged."),
                           QStringLiteral("no \"accounts\" array"));
    if (const int version = root.value(QStringLiteral("version")).toInt(); version != listFormatVersion)
        return Error::make(Error::Kind::Protocol, tr("The list of accounts has an unknown format."),
                           QStringLiteral("version %1").arg(version));
    for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
        const std::optional<Account> account = value.isObject() ? fromJson(value.toObject()) : std::nullopt;
        if (!account)
            return Error::make(Error::Kind::Protocol, tr("The list of accounts is damaged."),
                               QStringLiteral("an entry without a valid panel URL, CRSid or certificate"));
        if (!m_accounts.contains(*account))
            m_accounts.append(*account);
    }
    return {};
}

Status AccountStore::save() const
{
    const QString folder = QFileInfo(m_listPath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Kind::Backend, tr("Could not create the folder for the list of accounts."),
                           folder);
    QJsonArray list;
    for (const Account &account : m_accounts)
        list.append(toJson(account));
    const QJsonObject root{{QStringLiteral("version"), listFormatVersion},
                           {QStringLiteral("accounts"), list}};
    QSaveFile file(m_listPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Backend, tr("Could not save the list of accounts."),
                           file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(Error::Kind::Backend, tr("Could not save the list of accounts."),
                           file.errorString());
    return {};
}

QFuture<Status> AccountStore::add(const Account &account, const QString &token)
{
    if (account.crsid.isEmpty() || !account.panelUrl.isValid() || account.panelUrl.isRelative())
        return QtFuture::makeReadyValueFuture(Status(Error::make(
            Error::Kind::Invalid, tr("An account needs a panel address and a CRSid."), account.key())));
    // The token first: where it cannot be kept, the account must not appear signed in.
    return m_secrets->write(account.key(), token.toUtf8())
        .then(this, [this, account](const Status &written) -> Status {
            if (!written)
                return written;
            const QList<Account> before = m_accounts;
            Account added = account;
            if (!added.lastUsed.isValid())
                added.lastUsed = Clock::nowUtc();
            m_accounts.removeAll(added);
            m_accounts.prepend(added);
            if (Status saved = save(); !saved) {
                m_accounts = before;
                // Without a list entry nothing would ever read or delete a new token.
                if (!before.contains(added))
                    (void)m_secrets->remove(added.key());
                return saved;
            }
            Q_EMIT accountsChanged();
            return {};
        });
}

QFuture<Result<QString>> AccountStore::token(const Account &account)
{
    return m_secrets->read(account.key()).then([](const Result<QByteArray> &secret) -> Result<QString> {
        if (!secret)
            return secret.error();
        return QString::fromUtf8(secret.value());
    });
}

QFuture<Status> AccountStore::remove(const Account &account)
{
    return m_secrets->remove(account.key()).then(this, [this, account](const Status &removed) -> Status {
        // Without a keychain no token can exist, so the account can still be forgotten; any other
        // failure keeps it listed, so that signing out can be tried again.
        if (!removed && removed.error().kind != Error::Kind::Unavailable)
            return removed;
        if (!m_accounts.contains(account))
            return {};
        const QList<Account> before = m_accounts;
        m_accounts.removeAll(account);
        if (Status saved = save(); !saved) {
            m_accounts = before;
            return saved;
        }
        Q_EMIT accountsChanged();
        return {};
    });
}

Status AccountStore::markUsed(const Account &account)
{
    const qsizetype index = m_accounts.indexOf(account);
    if (index < 0)
        return Error::make(Error::Kind::NotFound, tr("No such account."), account.key());
    const QList<Account> before = m_accounts;
    Account used = m_accounts.takeAt(index);
    used.lastUsed = Clock::nowUtc();
    m_accounts.prepend(used);
    if (Status saved = save(); !saved) {
        m_accounts = before;
        return saved;
    }
    Q_EMIT accountsChanged();
    return {};
}

} // namespace mws::auth
