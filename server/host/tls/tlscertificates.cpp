// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tlscertificates.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace mws::host {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::host::TlsCertificates", text);
}

template <auto freeFunction> struct OpenSslDeleter
{
    template <typename T> void operator()(T *object) const { freeFunction(object); }
};

void freeExtensionStack(STACK_OF(X509_EXTENSION) * extensions)
{
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
}

// Only borrows its certificates: they belong to the X509Ptr that read them.
void freeBorrowedCertificateStack(STACK_OF(X509) * certificates)
{
    sk_X509_free(certificates);
}

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using RequestPtr = std::unique_ptr<X509_REQ, OpenSslDeleter<X509_REQ_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using ExtensionStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), OpenSslDeleter<freeExtensionStack>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE_free>>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;
using BorrowedCertificateStackPtr =
    std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeBorrowedCertificateStack>>;

// Far more than any certificate chain; keeps sizes within OpenSSL's int lengths.
constexpr qsizetype maxPemSize = 1024 * 1024;
// The longest common name X.509 allows (ub-common-name); longer names live in the SAN only.
constexpr qsizetype maxCommonNameLength = 64;
constexpr int maxSelfSignedDays = 3650;

const QString certificateField = QStringLiteral("certificate");
const QString chainField = QStringLiteral("chain");
const QString keyField = QStringLiteral("key");
const QString namesField = QStringLiteral("names");

// The last OpenSSL error in words, for the detail of a Backend error. Clears the queue so that a
// later call does not report a stale failure.
QString openSslError()
{
    const unsigned long code = ERR_peek_last_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

Error backendError(const QString &message)
{
    return Error::make(Error::Kind::Backend, message, openSslError());
}

Error invalidInput(const QList<FieldError> &problems)
{
    QStringList messages;
    for (const FieldError &problem : problems)
        messages.append(problem.message);
    Error error = Error::make(Error::Kind::Invalid, messages.join(u' '));
    error.fields = problems;
    return error;
}

Error invalidField(const QString &field, const QString &message)
{
    return invalidInput({FieldError{field, message}});
}

// Never lets OpenSSL prompt on a terminal for a passphrase: an encrypted key simply fails to load.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

BioPtr readOnlyBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

QString asciiText(const ASN1_STRING *text)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)),
                               ASN1_STRING_length(text));
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253, but with UTF-8 left as it is rather than escaped byte by byte.
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return QString::fromUtf8(bioContents(bio.get()));
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::UTC);
}

bool isBlank(const QByteArray &pem)
{
    return pem.trimmed().isEmpty();
}

// --- names -------------------------------------------------------------------------------------

bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'-'))
            return false;
    }
    return true;
}

// Names go into certificates as they are, so only what a DNS name may hold, in lower case and
// without repeats; a wildcard only as the whole first label of a name with two more.
Result<QStringList> normalisedNames(const QStringList &names)
{
    if (names.isEmpty())
        return invalidField(namesField, tr("Give at least one name for the certificate."));
    QStringList normalised;
    for (const QString &name : names) {
        const QString lower = name.trimmed().toLower();
        const QStringList labels = lower.split(u'.');
        bool valid = lower.size() <= 253 && labels.size() >= 2;
        for (qsizetype i = 0; valid && i < labels.size(); ++i) {
            const bool wildcard = i == 0 && labels[i] == QStringLiteral("*") && labels.size() >= 3;
            valid = wildcard || isDnsLabel(labels[i]);
        }
        if (!valid) {
            return invalidField(namesField,
                                tr("“%1” is not a DNS name a certificate can hold (internationalised "
                                   "names go in their xn-- form).")
                                    .arg(name));
        }
        if (!normalised.contains(lower))
            normalised.append(lower);
    }
    return normalised;
}

GeneralNamesPtr dnsAltNames(const QStringList &names)
{
    GeneralNamesPtr altNames(GENERAL_NAMES_new());
    if (!altNames)
        return {};
    for (const QString &name : names) {
        const QByteArray ascii = name.toLatin1();
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        GENERAL_NAME *entry = GENERAL_NAME_new();
        if (!text || !entry || ASN1_STRING_set(text, ascii.constData(), int(ascii.size())) != 1) {
            ASN1_IA5STRING_free(text);
            GENERAL_NAME_free(entry);
            return {};
        }
        GENERAL_NAME_set0_value(entry, GEN_DNS, text);
        if (sk_GENERAL_NAME_push(altNames.get(), entry) <= 0) {
            GENERAL_NAME_free(entry);
            return {};
        }
    }
    return altNames;
}

// The subject is the first name; one too long for a CN is left to the SAN, as public CAs do.
bool setCommonName(X509_NAME *subject, const QString &name)
{
    if (name.size() > maxCommonNameLength)
        return true;
    const QByteArray ascii = name.toLatin1();
    return X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>(ascii.constData()),
                                      int(ascii.size()), -1, 0) == 1;
}

QStringList namesOf(X509 *certificate)
{
    QStringList names;
    GeneralNamesPtr altNames(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; altNames && i < sk_GENERAL_NAME_num(altNames.get()); ++i) {
        const GENERAL_NAME *entry = sk_GENERAL_NAME_value(altNames.get(), i);
        if (entry->type == GEN_DNS)
            names.append(asciiText(entry->d.dNSName));
    }
    if (!names.isEmpty())
        return names;
    // No DNS names: clients fall back to the common name, and so do we.
    const X509_NAME *subject = X509_get_subject_name(certificate);
    for (int i = X509_NAME_get_index_by_NID(subject, NID_commonName, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(subject, NID_commonName, i)) {
        unsigned char *utf8 = nullptr;
        const int length =
            ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, i)));
        if (length >= 0)
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(utf8), length));
        OPENSSL_free(utf8);
    }
    return names;
}

// Whether `name` is served by the certificate. A wildcard name asked for is covered only by that
// very wildcard: X509_check_host matches host names, not patterns.
bool covers(X509 *certificate, const QStringList &certificateNames, const QString &name)
{
    if (name.startsWith(u"*."))
        return certificateNames.contains(name, Qt::CaseInsensitive);
    const QByteArray ascii = name.toLatin1();
    const bool matched = X509_check_host(certificate, ascii.constData(), size_t(ascii.size()),
                                         X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr) == 1;
    ERR_clear_error();
    return matched;
}

// --- reading PEM -------------------------------------------------------------------------------

enum class PemProblem
{
    None,
    NoCertificate, // no "BEGIN CERTIFICATE" block at all
    Damaged,       // a certificate block that does not decode
    TooLarge,
};

struct CertificateList
{
    std::vector<X509Ptr> certificates;
    PemProblem problem = PemProblem::None;
};

CertificateList readCertificates(const QByteArray &pem)
{
    CertificateList list;
    if (pem.size() > maxPemSize) {
        list.problem = PemProblem::TooLarge;
        return list;
    }
    BioPtr bio = readOnlyBio(pem);
    ERR_clear_error();
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr))
        list.certificates.emplace_back(certificate);
    // Running out of PEM blocks is how the loop ends; any other error is a block that is damaged.
    const unsigned long error = ERR_peek_last_error();
    const bool ranOut = ERR_GET_LIB(error) == ERR_LIB_PEM && ERR_GET_REASON(error) == PEM_R_NO_START_LINE;
    ERR_clear_error();
    if (error && !ranOut)
        list.problem = PemProblem::Damaged;
    else if (list.certificates.empty())
        list.problem = PemProblem::NoCertificate;
    return list;
}

bool holdsPrivateKey(const QByteArray &pem)
{
    return pem.contains("PRIVATE KEY-----");
}

// The one certificate of the "certificate" field, or what is wrong with it.
Result<X509Ptr> readLeaf(const QByteArray &pem)
{
    if (isBlank(pem)) {
        return invalidField(certificateField, tr("The certificate is missing: paste it in PEM form, starting "
                                                 "with -----BEGIN CERTIFICATE-----."));
    }
    // A key pasted here would end up wherever certificates go; refuse rather than skip it.
    if (holdsPrivateKey(pem)) {
        return invalidField(certificateField, tr("The certificate field holds a private key. Paste only the "
                                                 "certificate here, and the key under key."));
    }
    CertificateList list = readCertificates(pem);
    switch (list.problem) {
    case PemProblem::None:
        break;
    case PemProblem::NoCertificate:
        return invalidField(certificateField, tr("The certificate is not in PEM form: it should start with "
                                                 "-----BEGIN CERTIFICATE-----."));
    case PemProblem::Damaged:
        return invalidField(certificateField, tr("The certificate could not be read: its PEM block is "
                                                 "damaged or incomplete."));
    case PemProblem::TooLarge:
        return invalidField(certificateField, tr("The certificate is too large (over 1 MiB) to be one."));
    }
    if (list.certificates.size() > 1) {
        return invalidField(certificateField,
                            tr("The certificate field holds %1 certificates. Paste only this vhost's own "
                               "certificate here, and the intermediate certificates under chain.")
                                .arg(list.certificates.size()));
    }
    return std::move(list.certificates.front());
}

// The intermediates of the "chain" field (none is fine), or what is wrong with them.
Result<std::vector<X509Ptr>> readChain(const QByteArray &pem)
{
    if (isBlank(pem))
        return std::vector<X509Ptr>();
    if (holdsPrivateKey(pem)) {
        return invalidField(chainField, tr("The chain holds a private key. It must hold only the "
                                           "intermediate certificates; the key goes under key."));
    }
    CertificateList list = readCertificates(pem);
    switch (list.problem) {
    case PemProblem::None:
        return std::move(list.certificates);
    case PemProblem::NoCertificate:
        return invalidField(chainField, tr("The chain holds no certificates: it should be the intermediate "
                                           "certificates in PEM form, each starting with "
                                           "-----BEGIN CERTIFICATE-----."));
    case PemProblem::Damaged:
        return invalidField(chainField, tr("The chain could not be read: one of its PEM blocks is damaged "
                                           "or incomplete."));
    case PemProblem::TooLarge:
        return invalidField(chainField, tr("The chain is too large (over 1 MiB)."));
    }
    return std::vector<X509Ptr>();
}

Result<KeyPtr> readPrivateKey(const QByteArray &pem)
{
    if (isBlank(pem)) {
        return invalidField(keyField, tr("The private key is missing: paste it in PEM form, starting with "
                                         "-----BEGIN PRIVATE KEY-----."));
    }
    if (pem.size() > maxPemSize)
        return invalidField(keyField, tr("The private key is too large (over 1 MiB) to be one."));
    if (pem.contains("ENCRYPTED")) {
        return invalidField(keyField, tr("The private key is protected by a passphrase, which the web server "
                                         "cannot type. Remove it first, e.g. with "
                                         "\"openssl pkey -in key.pem -out plain-key.pem\"."));
    }
    BioPtr bio = readOnlyBio(pem);
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr));
    ERR_clear_error();
    if (!key) {
        return invalidField(keyField, tr("The private key could not be read: it should be an unencrypted "
                                         "PEM key, starting with -----BEGIN PRIVATE KEY-----."));
    }
    return key;
}

// --- writing -----------------------------------------------------------------------------------

// EdDSA keys sign the message itself and take no separate digest.
const EVP_MD *signingDigest(EVP_PKEY *key)
{
    return EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448") ? nullptr : EVP_sha256();
}

Result<KeyPtr> generateP256Key()
{
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0 ||
        EVP_PKEY_generate(context.get(), &key) <= 0) {
        return backendError(tr("OpenSSL could not generate an EC P-256 key."));
    }
    return KeyPtr(key);
}

// One of the fixed extensions, from OpenSSL's configuration syntax; never fed user input.
bool addFixedExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

Result<X509Ptr> selfSignedCertificate(EVP_PKEY *key, const QStringList &names, int days, CertificateUse use)
{
    X509Ptr certificate(X509_new());
    BignumPtr serial(BN_new());
    GeneralNamesPtr altNames = dnsAltNames(names);
    if (!certificate || !serial || !altNames || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) ||
        !setCommonName(X509_get_subject_name(certificate.get()), names.constFirst()) ||
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get())) != 1 ||
        !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0) ||
        !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), days, 0, nullptr) ||
        X509_set_pubkey(certificate.get(), key) != 1) {
        return backendError(tr("OpenSSL could not make the self-signed certificate."));
    }
    X509V3_CTX context = {};
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    // keyEncipherment only means something for RSA key exchange.
    const char *keyUsage =
        EVP_PKEY_is_a(key, "RSA") ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature";
    if (!addFixedExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE") ||
        !addFixedExtension(certificate.get(), &context, NID_key_usage, keyUsage) ||
        !addFixedExtension(certificate.get(), &context, NID_ext_key_usage,
                           use == CertificateUse::Client ? "clientAuth" : "serverAuth") ||
        !addFixedExtension(certificate.get(), &context, NID_subject_key_identifier, "hash") ||
        X509_add1_ext_i2d(certificate.get(), NID_subject_alt_name, altNames.get(), 0, X509V3_ADD_DEFAULT) !=
            1 ||
        X509_sign(certificate.get(), key, signingDigest(key)) <= 0) {
        return backendError(tr("OpenSSL could not make the self-signed certificate."));
    }
    return certificate;
}

Result<QByteArray> certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return backendError(tr("OpenSSL could not write the certificate."));
    return bioContents(bio.get());
}

// --- checking ----------------------------------------------------------------------------------

CertificateInfo describe(X509 *certificate)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.names = namesOf(certificate);
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1) {
        info.sha256Fingerprint = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex(':').toUpper());
    }
    // Signed by its own key, not merely issuer == subject.
    info.selfSigned = X509_self_signed(certificate, 1) == 1;
    ERR_clear_error();
    return info;
}

// The leaf's own dates are reported apart, in words with the dates; a chain error would repeat them.
int ignoreLeafValidityPeriod(int ok, X509_STORE_CTX *context)
{
    const int error = X509_STORE_CTX_get_error(context);
    const bool leafDates = error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID;
    if (!ok && leafDates && X509_STORE_CTX_get_error_depth(context) == 0)
        return 1;
    return ok;
}

// Builds the path from the leaf through the chain to a trusted root, as a browser would at `now`.
// Invalid with the field at fault, or Backend when the trust store itself cannot be set up.
Status verifyChain(X509 *leaf, const std::vector<X509Ptr> &chain, const QStringList &trustedCaFiles,
                   const QDateTime &now)
{
    StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_set_default_paths(store.get()) != 1)
        return backendError(tr("OpenSSL could not load the system's trusted certificate authorities."));
    for (const QString &file : trustedCaFiles) {
        if (X509_STORE_load_file(store.get(), QFile::encodeName(file).constData()) != 1)
            return backendError(tr("The trusted authority file %1 could not be read.").arg(file));
    }
    BorrowedCertificateStackPtr untrusted(sk_X509_new_null());
    if (!untrusted)
        return backendError(tr("OpenSSL could not check the chain."));
    for (const X509Ptr &certificate : chain) {
        if (sk_X509_push(untrusted.get(), certificate.get()) <= 0)
            return backendError(tr("OpenSSL could not check the chain."));
    }
    StoreContextPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf, untrusted.get()) != 1 ||
        X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER) != 1) {
        return backendError(tr("OpenSSL could not check the chain."));
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), std::time_t(now.toSecsSinceEpoch()));
    X509_STORE_CTX_set_verify_cb(context.get(), ignoreLeafValidityPeriod);

    const int verified = X509_verify_cert(context.get());
    if (verified == 1) {
        ERR_clear_error();
        return {};
    }
    if (verified < 0)
        return backendError(tr("OpenSSL could not check the chain."));
    ERR_clear_error();

    const int code = X509_STORE_CTX_get_error(context.get());
    const int depth = X509_STORE_CTX_get_error_depth(context.get());
    if (code == X509_V_ERR_INVALID_PURPOSE && depth == 0) {
        return invalidField(certificateField, tr("The certificate is not meant for web servers: its extended "
                                                 "key usage does not include serverAuth."));
    }
    QString reason = QString::fromUtf8(X509_verify_cert_error_string(code));
    if (X509 *atFault = X509_STORE_CTX_get_current_cert(context.get()); atFault && depth > 0)
        reason += QStringLiteral(" (%1)").arg(nameText(X509_get_subject_name(atFault)));
    QString message = tr("The chain does not lead to a trusted authority: %1.").arg(reason);
    if (code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY || code == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT)
        message += QLatin1Char(' ') +
                   tr("Add the intermediate certificates your authority sent with the certificate.");
    return invalidField(chainField, message);
}

} // namespace

QJsonObject CertificateInfo::toJson() const
{
    return {
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("names"), QJsonArray::fromStringList(names)},
        {QStringLiteral("notBefore"), notBefore.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("notAfter"), notAfter.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("sha256Fingerprint"), sha256Fingerprint},
        {QStringLiteral("selfSigned"), selfSigned},
    };
}

Result<KeyAndRequest> makeKeyAndRequest(const QStringList &names)
{
    Result<QStringList> validNames = normalisedNames(names);
    if (!validNames)
        return validNames.error();
    Result<KeyPtr> key = generateP256Key();
    if (!key)
        return key.error();

    RequestPtr request(X509_REQ_new());
    GeneralNamesPtr altNames = dnsAltNames(*validNames);
    STACK_OF(X509_EXTENSION) *extensions = nullptr;
    const bool built =
        request && altNames && X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) == 1 &&
        setCommonName(X509_REQ_get_subject_name(request.get()), validNames->constFirst()) &&
        X509V3_add1_i2d(&extensions, NID_subject_alt_name, altNames.get(), 0, X509V3_ADD_DEFAULT) == 1;
    const ExtensionStackPtr ownedExtensions(extensions);
    if (!built || X509_REQ_add_extensions(request.get(), extensions) != 1 ||
        X509_REQ_set_pubkey(request.get(), key->get()) != 1 ||
        X509_REQ_sign(request.get(), key->get(), signingDigest(key->get())) <= 0) {
        return backendError(tr("OpenSSL could not make the certificate signing request."));
    }

    BioPtr requestBio(BIO_new(BIO_s_mem()));
    // Secure heap for the key's PEM, so that it does not linger in freed memory here at least.
    BioPtr keyBio(BIO_new(BIO_s_secmem()));
    if (!requestBio || !keyBio || PEM_write_bio_X509_REQ(requestBio.get(), request.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key->get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return backendError(tr("OpenSSL could not write the key and signing request."));
    }
    return KeyAndRequest{bioContents(keyBio.get()), bioContents(requestBio.get())};
}

Result<QByteArray> makeSelfSigned(const QByteArray &privateKeyPem, const QStringList &names, int days,
                                  CertificateUse use)
{
    if (days < 1 || days > maxSelfSignedDays) {
        return invalidField(QStringLiteral("days"),
                            tr("A self-signed certificate lasts from 1 to %1 days.").arg(maxSelfSignedDays));
    }
    Result<QStringList> validNames = normalisedNames(names);
    if (!validNames)
        return validNames.error();
    Result<KeyPtr> key = readPrivateKey(privateKeyPem);
    if (!key)
        return key.error();
    Result<X509Ptr> certificate = selfSignedCertificate(key->get(), *validNames, days, use);
    if (!certificate)
        return certificate.error();
    return certificatePem(certificate->get());
}

Result<CertificateInfo> inspectCertificate(const QByteArray &certificatePem)
{
    Result<X509Ptr> certificate = readLeaf(certificatePem);
    if (!certificate)
        return certificate.error();
    return describe(certificate->get());
}

Result<CertificateInfo> checkCertificate(const CertificateCheck &check)
{
    // Every field is read even when an earlier one is wrong, so that one answer names all problems.
    QList<FieldError> problems;
    Result<X509Ptr> leaf = readLeaf(check.certificatePem);
    if (!leaf)
        problems.append(leaf.error().fields);
    Result<std::vector<X509Ptr>> chain = readChain(check.chainPem);
    if (!chain)
        problems.append(chain.error().fields);
    Result<KeyPtr> key = readPrivateKey(check.privateKeyPem);
    if (!key)
        problems.append(key.error().fields);
    if (!leaf)
        return invalidInput(problems); // nothing more can be said without the certificate

    const CertificateInfo info = describe(leaf->get());
    const QDateTime now = check.now.isValid() ? check.now.toUTC() : QDateTime::currentDateTimeUtc();

    if (key && EVP_PKEY_eq(X509_get0_pubkey(leaf->get()), key->get()) != 1) {
        problems.append(
            FieldError{certificateField, tr("The certificate does not match this vhost's private key.")});
    }
    ERR_clear_error();

    if (now < info.notBefore) {
        problems.append(FieldError{certificateField, tr("The certificate is not valid before %1 UTC.")
                                                         .arg(info.notBefore.toString(u"yyyy-MM-dd HH:mm"))});
    } else if (now > info.notAfter) {
        problems.append(
            FieldError{certificateField,
                       tr("The certificate expired on %1.").arg(info.notAfter.toString(u"yyyy-MM-dd"))});
    }

    QStringList missing;
    for (const QString &name : check.names) {
        const QString lower = name.trimmed().toLower();
        if (!covers(leaf->get(), info.names, lower))
            missing.append(lower);
    }
    if (!missing.isEmpty()) {
        problems.append(
            FieldError{certificateField,
                       tr("The certificate does not cover: %1.").arg(missing.join(QStringLiteral(", ")))});
    }

    if (info.selfSigned) {
        if (!check.allowSelfSigned) {
            problems.append(
                FieldError{certificateField, tr("The certificate is self-signed, so browsers will not trust "
                                                "it. Use one issued by a certificate authority.")});
        }
    } else if (chain) {
        const Status trusted = verifyChain(leaf->get(), *chain, check.trustedCaFiles, now);
        if (!trusted && trusted.error().kind != Error::Kind::Invalid)
            return trusted.error();
        if (!trusted)
            problems.append(trusted.error().fields);
    }

    if (!problems.isEmpty())
        return invalidInput(problems);
    return info;
}

} // namespace mws::host
