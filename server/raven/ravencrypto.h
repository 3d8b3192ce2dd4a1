// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// OpenSSL's EVP_PKEY, declared here so that users of mwsraven need no OpenSSL headers.
struct evp_pkey_st;

// The OpenSSL 3 (EVP) calls behind RavenSigner and RavenVerifier. Internal to mwsraven.
namespace mws::raven::crypto {

using KeyPtr = std::shared_ptr<evp_pkey_st>;

Result<KeyPtr> generateRsaKey(int bits);
// Reads an RSA public key in PEM, either SubjectPublicKeyInfo ("PUBLIC KEY") or PKCS#1 ("RSA PUBLIC
// KEY", the form of Raven's own key files).
Result<KeyPtr> readRsaPublicKey(const QByteArray &pem);

enum class PemStructure
{
    SubjectPublicKeyInfo,
    Pkcs1,
};
Result<QByteArray> publicKeyPem(const KeyPtr &key, PemStructure structure);

// RSASSA-PKCS1-v1_5 with SHA-1, as the protocol mandates.
Result<QByteArray> signSha1(const KeyPtr &key, const QByteArray &data);
bool verifySha1(const KeyPtr &key, const QByteArray &data, const QByteArray &signature);

// Base64 with '+', '/' and '=' replaced by '-', '.' and '_' so that it needs no URL escaping.
QString toRavenBase64(const QByteArray &bytes);
std::optional<QByteArray> fromRavenBase64(const QString &text);

} // namespace mws::raven::crypto
