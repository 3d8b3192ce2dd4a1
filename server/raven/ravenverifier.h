// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ravencrypto.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::raven {

// Who a verified response says signed in. Replay detection is the caller's (the panel's store
// remembers issue+id), so both are passed on.
struct RavenIdentity
{
    QString principal;
    QStringList ptags;
    QString auth;
    QStringList sso;
    // Seconds left of the WLS session at issue, if the WLS says. The panel ends staff mode with
    // that session; a device's API token is a grant to the device and outlives it (panel-config.md).
    std::optional<qint64> life;
    QDateTime issue;
    QString id;
};

struct RavenVerifierConfig
{
    // kid -> RSA public key in PEM (SubjectPublicKeyInfo or PKCS#1). Production trusts kid 2 only.
    QMap<QString, QByteArray> publicKeys;
    // The callback URL exactly as sent in requests; taken from configuration, never from Host:.
    QString callbackUrl;
    int clockSkewSeconds = 30;
    bool requireCurrent = true; // ptags must contain "current"
    QStringList acceptedAuthTypes{QStringLiteral("pwd")};
};

// The WAA checks of the protocol (V4.1) on one WLS-Response value. Every refusal is an Error with
// a sentence for the user in message and a reason code (ravenreason.h) in detail.
class RavenVerifier
{
public:
    // Allowance for the browser's redirect on top of the clock skew.
    static constexpr int transitSeconds = 60;

    // Checks the configuration and reads every key now, so that a bad key fails at startup.
    static Result<RavenVerifier> create(const RavenVerifierConfig &config);

    // wlsResponse is the URL-decoded value; expectedParams the nonce sent as params;
    // interactiveRequired whether iact=yes was sent.
    Result<RavenIdentity> verify(const QString &wlsResponse, const QString &expectedParams,
                                 bool interactiveRequired, const QDateTime &now) const;

    const RavenVerifierConfig &config() const { return m_config; }

    // How long after an answer was accepted a copy of it could still pass the time check (its
    // issue at most skew ahead then, at least skew + transit behind at a replay). After that its
    // (issue, id) need not be remembered.
    int replayWindowSeconds() const { return 2 * m_config.clockSkewSeconds + transitSeconds; }

    // 1-8 digits without a leading zero: checked before a kid is used to look anything up.
    static bool isWellFormedKid(const QString &kid);

private:
    RavenVerifierConfig m_config;
    QMap<QString, crypto::KeyPtr> m_keys;
};

} // namespace mws::raven
