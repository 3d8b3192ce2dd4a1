// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/caller.h"

#include "context.h"
#include "store.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mws::panel {

namespace {

// Writing last-use on every request would make every GET a write; once a minute is enough.
constexpr qint64 touchIntervalMs = 60 * 1000;

Error unauthenticated(const QString &message)
{
    return Error::make(Error::Kind::Unauthenticated, message);
}

} // namespace

QString newSecret(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals));
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<Caller>> identify(PanelContext &context, const Request &request)
{
    const QByteArray header = request.header(QHttpHeaders::WellKnownHeader::Authorization);
    if (header.isEmpty())
        return std::optional<Caller>();
    if (!header.startsWith("Bearer ") || header.size() < 16)
        return unauthenticated(QStringLiteral("The Authorization header must be \"Bearer <token>\"."));
    const QString secret = QString::fromLatin1(header.mid(7).trimmed());
    const auto token = context.store.tokenBySecretHash(secretHash(secret));
    const QDateTime now = context.now();
    if (!token.ok() || !token->isUsable(now))
        return unauthenticated(QStringLiteral("Your sign-in has expired or was revoked. Sign in again."));

    Caller caller;
    caller.crsid = token->crsid;
    caller.tokenId = token->id;
    const auto user = context.store.user(token->crsid);
    caller.staff = context.config.staffUsers.contains(token->crsid) || (user.ok() && user->staff);
    caller.elevated = caller.staff && token->isElevated(now);
    if (!token->lastUsedAt.isValid() || token->lastUsedAt.msecsTo(now) > touchIntervalMs)
        (void)context.store.touchToken(token->id, now);
    return std::optional<Caller>(caller);
}

Result<Caller> requireCaller(PanelContext &context, const Request &request)
{
    auto caller = identify(context, request);
    if (!caller.ok())
        return caller.error();
    if (!caller.value())
        return unauthenticated(QStringLiteral("Sign in to use this."));
    return *caller.value();
}

Result<IssuedToken> issueToken(PanelContext &context, const QString &crsid, const QString &deviceName,
                               const QDateTime &expiresAt, const QDateTime &elevatedUntil)
{
    IssuedToken issued;
    issued.secret = newSecret("mws_");
    auto token = context.store.createToken(crsid, deviceName, secretHash(issued.secret), expiresAt,
                                           elevatedUntil, context.now());
    if (!token.ok())
        return token.error();
    issued.token = token.value();
    return issued;
}

} // namespace mws::panel
