// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ravencrypto.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace mws::raven::crypto {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::raven::RavenCrypto", text);
}

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct DecoderDeleter
{
    void operator()(OSSL_DECODER_CTX *ctx) const { OSSL_DECODER_CTX_free(ctx); }
};
struct EncoderDeleter
{
    void operator()(OSSL_ENCODER_CTX *ctx) const { OSSL_ENCODER_CTX_free(ctx); }
};

KeyPtr adopt(EVP_PKEY *key)
{
    return KeyPtr(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); });
}

// The last OpenSSL error in words, for the detail of a Backend error. Clears the error queue so
// that a later call does not report a stale failure.
QString openSslError()
{
    const unsigned long code = ERR_peek_last_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

Result<KeyPtr> generateRsaKey(int bits)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) <= 0 || EVP_PKEY_generate(ctx.get(), &key) <= 0) {
        return Error::make(Error::Kind::Backend, tr("OpenSSL could not generate an RSA key."),
                           openSslError());
    }
    return adopt(key);
}

Result<KeyPtr> readRsaPublicKey(const QByteArray &pem)
{
    EVP_PKEY *key = nullptr;
    std::unique_ptr<OSSL_DECODER_CTX, DecoderDeleter> ctx(OSSL_DECODER_CTX_new_for_pkey(
        &key, "PEM", nullptr, "RSA", OSSL_KEYMGMT_SELECT_PUBLIC_KEY, nullptr, nullptr));
    if (!ctx)
        return Error::make(Error::Kind::Backend, tr("OpenSSL cannot read RSA keys."), openSslError());
    const unsigned char *data = bytes(pem);
    size_t length = size_t(pem.size());
    if (OSSL_DECODER_from_data(ctx.get(), &data, &length) <= 0 || !key) {
        ERR_clear_error();
        return Error::make(Error::Kind::Invalid, tr("This is not an RSA public key in PEM format."));
    }
    return adopt(key);
}

Result<QByteArray> publicKeyPem(const KeyPtr &key, PemStructure structure)
{
    const char *structureName = structure == PemStructure::Pkcs1 ? "type-specific" : "SubjectPublicKeyInfo";
    std::unique_ptr<OSSL_ENCODER_CTX, EncoderDeleter> ctx(OSSL_ENCODER_CTX_new_for_pkey(
        key.get(), OSSL_KEYMGMT_SELECT_PUBLIC_KEY, "PEM", structureName, nullptr));
    unsigned char *data = nullptr;
    size_t length = 0;
    if (!ctx || OSSL_ENCODER_to_data(ctx.get(), &data, &length) <= 0 || !data) {
        return Error::make(Error::Kind::Backend, tr("OpenSSL could not write the public key."),
                           openSslError());
    }
    QByteArray pem(reinterpret_cast<const char *>(data), qsizetype(length));
    OPENSSL_free(data);
    return pem;
}

Result<QByteArray> signSha1(const KeyPtr &key, const QByteArray &data)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pkeyCtx = nullptr;
    size_t length = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), &pkeyCtx, "SHA1", nullptr, nullptr, key.get(), nullptr) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) <= 0 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, bytes(data), size_t(data.size())) <= 0) {
        return Error::make(Error::Kind::Backend, tr("OpenSSL could not sign the response."), openSslError());
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes(data),
                       size_t(data.size())) <= 0) {
        return Error::make(Error::Kind::Backend, tr("OpenSSL could not sign the response."), openSslError());
    }
    signature.truncate(qsizetype(length));
    return signature;
}

bool verifySha1(const KeyPtr &key, const QByteArray &data, const QByteArray &signature)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pkeyCtx = nullptr;
    const bool valid =
        ctx &&
        EVP_DigestVerifyInit_ex(ctx.get(), &pkeyCtx, "SHA1", nullptr, nullptr, key.get(), nullptr) > 0 &&
        EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) > 0 &&
        EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(data),
                         size_t(data.size())) == 1;
    ERR_clear_error();
    return valid;
}

QString toRavenBase64(const QByteArray &bytes)
{
    QByteArray text = bytes.toBase64();
    for (char &c : text) {
        if (c == '+')
            c = '-';
        else if (c == '/')
            c = '.';
        else if (c == '=')
            c = '_';
    }
    return QString::fromLatin1(text);
}

std::optional<QByteArray> fromRavenBase64(const QString &text)
{
    QByteArray standard = text.toLatin1();
    for (char &c : standard) {
        if (c == '-')
            c = '+';
        else if (c == '.')
            c = '/';
        else if (c == '_')
            c = '=';
        else if (c == '+' || c == '/' || c == '=')
            return std::nullopt; // the protocol's alphabet never has these
    }
    auto decoded = QByteArray::fromBase64Encoding(standard, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace mws::raven::crypto
