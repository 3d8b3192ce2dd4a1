// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ravensigner.h"

namespace mws::raven {

Result<RavenSigner> RavenSigner::generate(int bits)
{
    Result<crypto::KeyPtr> key = crypto::generateRsaKey(bits);
    if (!key)
        return key.error();
    Result<QByteArray> spki = crypto::publicKeyPem(*key, crypto::PemStructure::SubjectPublicKeyInfo);
    if (!spki)
        return spki.error();
    Result<QByteArray> pkcs1 = crypto::publicKeyPem(*key, crypto::PemStructure::Pkcs1);
    if (!pkcs1)
        return pkcs1.error();

    RavenSigner signer;
    signer.m_key = std::move(key).value();
    signer.m_publicKeyPem = std::move(spki).value();
    signer.m_publicKeyPkcs1Pem = std::move(pkcs1).value();
    return signer;
}

Result<QString> RavenSigner::signature(const QByteArray &data) const
{
    Result<QByteArray> raw = crypto::signSha1(m_key, data);
    if (!raw)
        return raw.error();
    return crypto::toRavenBase64(*raw);
}

Result<QString> RavenSigner::signedResponse(WlsFields fields) const
{
    Result<QString> sig = signature(WlsResponse::signedPart(fields));
    if (!sig)
        return sig.error();
    fields.sig = *sig;
    return WlsResponse::compose(fields);
}

} // namespace mws::raven
