#include "ssh/sshpublickey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libssh/libssh.h>
#include <memory>

namespace mws {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

constexpr int minimumRsaBits = 2048;

QString tr(const char *text)
{
    return QCoreApplication::translate("mws::SshPublicKey", text);
}

Error invalid(const QString &message)
{
    Error error = Error::make(Error::Kind::Invalid, message);
    error.fields.append({QStringLiteral("key"), message});
    return error;
}

// Reads one SSH wire-format string (uint32 length + bytes) at offset, advancing it.
QByteArray readWireString(const QByteArray &blob, qsizetype &offset)
{
    if (offset + 4 > blob.size())
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(blob.constData() + offset);
    const quint32 length =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    offset += 4;
    if (length > quint32(blob.size() - offset))
        return {};
    const QByteArray value = blob.mid(offset, length);
    offset += length;
    return value;
}

// libssh has no public call for a key's size, so it is read from the blob (RFC 4253 §6.6).
int keyBits(enum ssh_keytypes_e type, const QByteArray &blob)
{
    switch (type) {
    case SSH_KEYTYPE_RSA: {
        qsizetype offset = 0;
        readWireString(blob, offset); // type name
        readWireString(blob, offset); // public exponent
        QByteArray modulus = readWireString(blob, offset);
        while (!modulus.isEmpty() && modulus.at(0) == 0)
            modulus.remove(0, 1);
        if (modulus.isEmpty())
            return 0;
        int bits = int(modulus.size()) * 8;
        for (auto top = static_cast<unsigned char>(modulus.at(0)); !(top & 0x80); top <<= 1)
            --bits;
        return bits;
    }
    case SSH_KEYTYPE_ECDSA_P256:
    case SSH_KEYTYPE_SK_ECDSA:
        return 256;
    case SSH_KEYTYPE_ECDSA_P384:
        return 384;
    case SSH_KEYTYPE_ECDSA_P521:
        return 521;
    case SSH_KEYTYPE_ED25519:
    case SSH_KEYTYPE_SK_ED25519:
        return 256;
    default:
        return 0;
    }
}

} // namespace

Result<SshPublicKey> SshPublicKey::parse(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("The key is empty."));
    if (trimmed.startsWith(QLatin1String("-----BEGIN")))
        return invalid(tr("This is a private key. Give the public key (the .pub file) instead."));
    if (trimmed.contains(QLatin1Char('\n')))
        return invalid(tr("Give one key per line."));

    const QStringList parts = trimmed.split(QRegularExpression(QStringLiteral("[ \\t]+")));
    if (parts.size() < 2)
        return invalid(tr("A public key has a type and a base64 body, like \"ssh-ed25519 AAAA… comment\"."));

    const QByteArray typeName = parts.at(0).toLatin1();
    if (typeName == "ssh-dss")
        return invalid(tr("DSA keys are no longer accepted by OpenSSH. Use an Ed25519 key."));
    const enum ssh_keytypes_e declaredType = ssh_key_type_from_name(typeName.constData());
    if (declaredType == SSH_KEYTYPE_UNKNOWN) {
        return invalid(tr("Unknown key type \"%1\". Options before the key (as in authorized_keys) are "
                          "not accepted here.")
                           .arg(parts.at(0).left(40)));
    }

    const QByteArray body = parts.at(1).toLatin1();
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (!base64.match(parts.at(1)).hasMatch())
        return invalid(tr("The key body is not valid base64."));

    ssh_key rawKey = nullptr;
    if (ssh_pki_import_pubkey_base64(body.constData(), declaredType, &rawKey) != SSH_OK || !rawKey)
        return invalid(tr("The key body could not be read as a %1 key.").arg(parts.at(0)));
    KeyPtr key(rawKey);

    // The blob names its own type; a mismatch is a copy-and-paste error or a forgery.
    const char *actualName = ssh_key_type_to_char(ssh_key_type(key.get()));
    if (!actualName || typeName != QByteArray(actualName)) {
        return invalid(tr("The key says it is %1 but its body is a %2 key.")
                           .arg(parts.at(0), QString::fromLatin1(actualName ? actualName : "unknown")));
    }

    SshPublicKey result;
    result.m_type = parts.at(0);
    result.m_base64 = body;
    result.m_comment = parts.mid(2).join(QLatin1Char(' '));
    result.m_bits = keyBits(ssh_key_type(key.get()), QByteArray::fromBase64(body));

    if (ssh_key_type(key.get()) == SSH_KEYTYPE_RSA && result.m_bits < minimumRsaBits)
        return invalid(tr("RSA keys must have at least %1 bits; this one has %2.")
                           .arg(minimumRsaBits)
                           .arg(result.m_bits));

    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK)
        return Error::make(Error::Kind::Backend, tr("libssh could not compute the key's fingerprint."));
    char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    ssh_clean_pubkey_hash(&hash);
    if (!fingerprint)
        return Error::make(Error::Kind::Backend, tr("libssh could not format the key's fingerprint."));
    result.m_fingerprint = QString::fromLatin1(fingerprint);
    ssh_string_free_char(fingerprint);
    return result;
}

QString SshPublicKey::toLine() const
{
    QString line = m_type + QLatin1Char(' ') + QString::fromLatin1(m_base64);
    if (!m_comment.isEmpty())
        line += QLatin1Char(' ') + m_comment;
    return line;
}

} // namespace mws
