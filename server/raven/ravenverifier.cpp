// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ravenverifier.h"

#include "ravenreason.h"
#include "wlsresponse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace mws::raven {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::raven::RavenVerifier", text);
}

Error refuse(Error::Kind kind, QLatin1StringView reason, const QString &message)
{
    return Error::make(kind, message, QString(reason));
}

Error untrusted(QLatin1StringView reason, const QString &message)
{
    return refuse(Error::Kind::Unauthenticated, reason, message);
}

// What each failure status means to the person who tried to sign in.
Error statusError(int status)
{
    const QString reason = QString(reason::StatusPrefix) + QString::number(status);
    const auto make = [&](Error::Kind kind, const QString &message) {
        return Error::make(kind, message, reason);
    };
    switch (status) {
    case 410:
        return make(Error::Kind::Cancelled, tr("The Raven login was cancelled."));
    case 510:
        return make(Error::Kind::Protocol,
                    tr("Raven offers none of the ways of signing in that this panel accepts."));
    case 520:
        return make(Error::Kind::Protocol,
                    tr("The Raven server does not support the protocol version this panel uses."));
    case 530:
        return make(Error::Kind::Protocol, tr("The Raven server found an error in the login request."));
    case 540:
        return make(Error::Kind::Unauthenticated,
                    tr("Raven would have to ask you to sign in, but this login was not allowed to ask."));
    case 560:
        return make(Error::Kind::Forbidden, tr("This panel is not allowed to use Raven."));
    case 570:
        return make(Error::Kind::Forbidden, tr("Raven declined to sign you in."));
    default:
        return make(Error::Kind::Protocol,
                    tr("The Raven server answered with the unknown status %1.").arg(status));
    }
}

Error badConfig(const QString &field, const QString &message)
{
    Error error = Error::make(Error::Kind::Invalid, message, QString(reason::BadConfig));
    error.fields.append({field, message});
    return error;
}

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &item : a) {
        if (b.contains(item))
            return true;
    }
    return false;
}

} // namespace

bool RavenVerifier::isWellFormedKid(const QString &kid)
{
    // Anchored to the whole value: "$" alone would also match before a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[1-9][0-9]{0,7}")));
    return pattern.match(kid).hasMatch();
}

Result<RavenVerifier> RavenVerifier::create(const RavenVerifierConfig &config)
{
    const QUrl callback(config.callbackUrl, QUrl::StrictMode);
    if (!callback.isValid() || callback.host().isEmpty() ||
        (callback.scheme() != QLatin1String("https") && callback.scheme() != QLatin1String("http"))) {
        return badConfig(QStringLiteral("callbackUrl"),
                         tr("The Raven callback URL must be an absolute http(s) URL."));
    }
    if (config.clockSkewSeconds < 0) {
        return badConfig(QStringLiteral("clockSkewSeconds"),
                         tr("The allowed clock skew cannot be negative."));
    }
    if (config.acceptedAuthTypes.isEmpty()) {
        return badConfig(QStringLiteral("acceptedAuthTypes"),
                         tr("At least one Raven authentication type must be accepted."));
    }
    if (config.publicKeys.isEmpty())
        return badConfig(QStringLiteral("publicKeys"), tr("No Raven public key is configured."));

    RavenVerifier verifier;
    verifier.m_config = config;
    for (auto it = config.publicKeys.cbegin(); it != config.publicKeys.cend(); ++it) {
        if (!isWellFormedKid(it.key())) {
            return badConfig(
                QStringLiteral("publicKeys"),
                tr("\"%1\" is not a Raven key id (1 to 8 digits, no leading zero).").arg(it.key()));
        }
        Result<crypto::KeyPtr> key = crypto::readRsaPublicKey(it.value());
        if (!key) {
            return badConfig(QStringLiteral("publicKeys"),
                             tr("The Raven key %1 cannot be read: %2").arg(it.key(), key.error().message));
        }
        verifier.m_keys.insert(it.key(), std::move(key).value());
    }
    return verifier;
}

Result<RavenIdentity> RavenVerifier::verify(const QString &wlsResponse, const QString &expectedParams,
                                            bool interactiveRequired, const QDateTime &now) const
{
    Result<WlsResponse> parsed = WlsResponse::parse(wlsResponse);
    if (!parsed)
        return parsed.error();
    const WlsFields &f = parsed->fields();

    // A failure needs no signature to be believed: the worst a forged one can do is fail a login.
    if (f.status != 200)
        return statusError(f.status);
    if (f.ver != 3) {
        return refuse(Error::Kind::Protocol, reason::WrongVersion,
                      tr("The Raven server answered in protocol version %1; this panel asked for version 3.")
                          .arg(f.ver));
    }

    // With issue, id is the replay key: an answer without one could never be told from a replay.
    if (f.id.isEmpty())
        return refuse(Error::Kind::Protocol, reason::MissingId, tr("The Raven answer has no response id."));
    if (f.sig.isEmpty())
        return untrusted(reason::Unsigned, tr("The Raven answer is not signed."));
    if (!isWellFormedKid(f.kid))
        return untrusted(reason::MalformedKid, tr("The Raven answer names an invalid key."));
    const auto key = m_keys.constFind(f.kid);
    if (key == m_keys.cend()) {
        // Only a well-formed kid (digits) is repeated: the message reaches an HTML page and the log.
        return untrusted(
            reason::UnknownKid,
            tr("The Raven answer is signed with a key (%1) this panel does not trust.").arg(f.kid));
    }
    const std::optional<QByteArray> signature = crypto::fromRavenBase64(f.sig);
    if (!signature || !crypto::verifySha1(*key, parsed->signedData(), *signature))
        return untrusted(reason::BadSignature, tr("The Raven answer's signature is not valid."));

    const QDateTime earliest = now.addSecs(-qint64(m_config.clockSkewSeconds) - transitSeconds);
    const QDateTime latest = now.addSecs(m_config.clockSkewSeconds);
    if (f.issue < earliest)
        return untrusted(reason::Stale, tr("The Raven answer is too old. Sign in again."));
    if (f.issue > latest) {
        return untrusted(reason::Future,
                         tr("The Raven answer is dated in the future. Check the clock of this server."));
    }

    if (f.url != m_config.callbackUrl)
        return untrusted(reason::WrongUrl, tr("The Raven answer was meant for another site."));
    if (f.params != expectedParams)
        return untrusted(reason::WrongParams, tr("The Raven answer belongs to another login attempt."));

    if (f.principal.isEmpty())
        return untrusted(reason::NoPrincipal, tr("The Raven answer does not say who signed in."));
    if (m_config.requireCurrent && !f.ptags.contains(QLatin1String("current"))) {
        return refuse(Error::Kind::Forbidden, reason::NotCurrent,
                      tr("Raven says %1 is not a current member of the University.").arg(f.principal));
    }

    // aauth and iact in the request prove nothing: anyone can craft a request, so the answer is
    // checked against them here.
    const QStringList &accepted = m_config.acceptedAuthTypes;
    if (interactiveRequired) {
        if (f.auth.isEmpty()) {
            return untrusted(reason::NotInteractive,
                             tr("Raven did not ask for your password again, but this login requires it."));
        }
        if (!accepted.contains(f.auth)) {
            return untrusted(reason::UnacceptableAuth,
                             tr("Raven signed you in in a way this panel does not accept."));
        }
    } else if (!(accepted.contains(f.auth) || intersects(f.sso, accepted))) {
        return untrusted(reason::UnacceptableAuth,
                         tr("Raven signed you in in a way this panel does not accept."));
    }

    return RavenIdentity{f.principal, f.ptags, f.auth, f.sso, f.life, f.issue, f.id};
}

} // namespace mws::raven
