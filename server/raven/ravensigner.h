// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ravencrypto.h"
#include "util/result.h"
#include "wlsresponse.h"

#include <QByteArray>
#include <QString>

namespace mws::raven {

// The WLS side of the signature: an RSA key pair made for this run only. The test WLS signs its
// responses with it, and tests use it to forge responses the verifier must judge.
class RavenSigner
{
public:
    static constexpr int defaultBits = 2048;

    static Result<RavenSigner> generate(int bits = defaultBits);

    // SubjectPublicKeyInfo ("BEGIN PUBLIC KEY"), what --public-key-out writes.
    QByteArray publicKeyPem() const { return m_publicKeyPem; }
    // PKCS#1 ("BEGIN RSA PUBLIC KEY"), the form Raven publishes its keys in.
    QByteArray publicKeyPkcs1Pem() const { return m_publicKeyPkcs1Pem; }

    // RSASSA-PKCS1-v1_5 over SHA-1, in the protocol's base64 ('-', '.', '_' for '+', '/', '=').
    Result<QString> signature(const QByteArray &data) const;

    // The complete WLS-Response value (not yet URL-encoded): fields.kid as given, fields.sig
    // replaced by the signature over the escaped signed part.
    Result<QString> signedResponse(WlsFields fields) const;

private:
    crypto::KeyPtr m_key;
    QByteArray m_publicKeyPem;
    QByteArray m_publicKeyPkcs1Pem;
};

} // namespace mws::raven
