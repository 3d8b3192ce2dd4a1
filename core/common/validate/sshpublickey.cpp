// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/sshpublickey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <optional>
#include <variant>

namespace mws {

namespace {

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

// What each accepted type's blob holds after its type name.
enum class Shape
{
    Ed25519,   // string key (32 bytes)
    Ecdsa,     // string curve, string point
    Rsa,       // mpint e, mpint n
    SkEd25519, // string key (32 bytes), string application
    SkEcdsa,   // string curve, string point, string application
};

struct KeyType
{
    const char *name;
    Shape shape;
    const char *curve; // for ECDSA
    int pointBytes;    // an uncompressed point: 0x04, X, Y
    int bits;          // 0 for RSA: read from the modulus
};

constexpr KeyType keyTypes[] = {
    {"ssh-ed25519", Shape::Ed25519, nullptr, 0, 256},
    {"ecdsa-sha2-nistp256", Shape::Ecdsa, "nistp256", 65, 256},
    {"ecdsa-sha2-nistp384", Shape::Ecdsa, "nistp384", 97, 384},
    {"ecdsa-sha2-nistp521", Shape::Ecdsa, "nistp521", 133, 521},
    {"ssh-rsa", Shape::Rsa, nullptr, 0, 0},
    {"sk-ssh-ed25519@openssh.com", Shape::SkEd25519, nullptr, 0, 256},
    {"sk-ecdsa-sha2-nistp256@openssh.com", Shape::SkEcdsa, "nistp256", 65, 256},
};

const KeyType *keyType(QByteArrayView name)
{
    for (const KeyType &type : keyTypes)
        if (name == type.name)
            return &type;
    return nullptr;
}

// Reads the SSH wire format: uint32 length + bytes, all of it or nothing.
class WireReader
{
public:
    explicit WireReader(const QByteArray &blob) : m_blob(blob) {}

    std::optional<QByteArray> string()
    {
        if (m_offset + 4 > m_blob.size())
            return std::nullopt;
        const auto *p = reinterpret_cast<const unsigned char *>(m_blob.constData() + m_offset);
        const quint32 length =
            (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (length > quint32(m_blob.size() - m_offset - 4))
            return std::nullopt;
        const QByteArray value = m_blob.mid(m_offset + 4, length);
        m_offset += 4 + length;
        return value;
    }
    bool atEnd() const { return m_offset == m_blob.size(); }

private:
    const QByteArray &m_blob;
    qsizetype m_offset = 0;
};

// The bits of a positive mpint; 0 when it is negative, zero or not minimally encoded.
int mpintBits(const QByteArray &mpint)
{
    if (mpint.isEmpty() || (static_cast<unsigned char>(mpint.at(0)) & 0x80))
        return 0;
    qsizetype start = 0;
    if (mpint.at(0) == 0) {
        // A leading zero only where the next byte's top bit is set.
        if (mpint.size() < 2 || !(static_cast<unsigned char>(mpint.at(1)) & 0x80))
            return 0;
        start = 1;
    }
    int bits = int(mpint.size() - start) * 8;
    for (auto top = static_cast<unsigned char>(mpint.at(start)); !(top & 0x80); top <<= 1)
        --bits;
    return bits;
}

bool isOdd(const QByteArray &mpint)
{
    return !mpint.isEmpty() && (static_cast<unsigned char>(mpint.back()) & 1);
}

// Reads the blob after its type name; the key's size in bits, or an error's message.
std::variant<int, QString> readBody(const KeyType &type, WireReader &reader)
{
    const QString unreadable =
        QCoreApplication::translate("mws::SshPublicKey", "The key body could not be read as a %1 key.")
            .arg(QLatin1String(type.name));
    switch (type.shape) {
    case Shape::Ed25519:
    case Shape::SkEd25519: {
        const auto key = reader.string();
        if (!key || key->size() != 32)
            return unreadable;
        break;
    }
    case Shape::Ecdsa:
    case Shape::SkEcdsa: {
        const auto curve = reader.string();
        const auto point = reader.string();
        if (!curve || !point || *curve != type.curve || point->size() != type.pointBytes ||
            point->at(0) != 0x04)
            return unreadable;
        break;
    }
    case Shape::Rsa: {
        const auto exponent = reader.string();
        const auto modulus = reader.string();
        if (!exponent || !modulus)
            return unreadable;
        const int exponentBits = mpintBits(*exponent);
        const int bits = mpintBits(*modulus);
        if (exponentBits < 2 || exponentBits > 64 || !isOdd(*exponent) || bits == 0 || !isOdd(*modulus))
            return unreadable;
        if (bits < SshPublicKey::minimumRsaBits)
            return QCoreApplication::translate(
                       "mws::SshPublicKey",
                       "RSA keys must have at least %1 bits; this one has %2. Make an Ed25519 key "
                       "(ssh-keygen -t ed25519) or a longer RSA key.")
                .arg(SshPublicKey::minimumRsaBits)
                .arg(bits);
        if (bits > SshPublicKey::maximumRsaBits)
            return QCoreApplication::translate("mws::SshPublicKey",
                                               "RSA keys may have at most %1 bits; this one has %2.")
                .arg(SshPublicKey::maximumRsaBits)
                .arg(bits);
        if (!reader.atEnd())
            return unreadable;
        return bits;
    }
    }
    if (type.shape == Shape::SkEd25519 || type.shape == Shape::SkEcdsa) {
        const auto application = reader.string();
        if (!application || application->isEmpty())
            return unreadable;
    }
    if (!reader.atEnd())
        return unreadable;
    return type.bits;
}

bool looksLikeKeyLine(const QString &text)
{
    const QString first = text.trimmed().section(QRegularExpression(QStringLiteral("[ \\t]+")), 0, 0);
    return keyType(first.toLatin1()) || first == QLatin1String("ssh-dss");
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

} // namespace

QString SshPublicKey::commentProblem(const QString &comment)
{
    if (comment.contains(QLatin1Char('\n')) || comment.contains(QLatin1Char('\r')))
        return tr("The key's comment may not contain line breaks.");
    if (hasControlCharacter(comment))
        return tr("The key's comment may not contain control characters.");
    if (comment.size() > maximumCommentLength)
        return tr("The key's comment may be at most %1 characters long.").arg(maximumCommentLength);
    return {};
}

Result<SshPublicKey> SshPublicKey::parse(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("The key is empty."));
    if (trimmed.size() > maximumLineLength)
        return invalid(tr("The key is %1 KiB long; an OpenSSH public key line may be at most 16 KiB.")
                           .arg(trimmed.size() / 1024));
    if (trimmed.startsWith(QLatin1String("-----BEGIN")) || trimmed.contains(QLatin1String("PRIVATE KEY")) ||
        trimmed.startsWith(QLatin1String("PuTTY-User-Key-File")))
        return invalid(tr("This is a private key. Give the public key (the .pub file) instead."));
    if (trimmed.startsWith(QLatin1String("---- BEGIN SSH2 PUBLIC KEY")))
        return invalid(tr("This key is in the SSH2 (RFC 4716) format. Convert it to OpenSSH's with "
                          "\"ssh-keygen -i -f\" and give that line."));
    if (const qsizetype lineBreak = trimmed.indexOf(QRegularExpression(QStringLiteral("[\\r\\n]")));
        lineBreak >= 0) {
        if (looksLikeKeyLine(trimmed.mid(lineBreak + 1)))
            return invalid(tr("Give one key per line."));
        return invalid(tr("The key's comment may not contain line breaks."));
    }

    const QStringList parts = trimmed.split(QRegularExpression(QStringLiteral("[ \\t]+")));
    if (parts.size() < 2)
        return invalid(tr("A public key has a type and a base64 body, like \"ssh-ed25519 AAAA… comment\"."));

    const QByteArray typeName = parts.at(0).toLatin1();
    if (typeName == "ssh-dss")
        return invalid(tr("DSA keys are no longer accepted by OpenSSH. Use an Ed25519 key."));
    const KeyType *declared = keyType(typeName);
    if (!declared) {
        bool options = parts.at(0).contains(QLatin1Char('='));
        for (const QString &part : parts.mid(1))
            options = options || looksLikeKeyLine(part);
        if (options)
            return invalid(tr("Options before the key (as in authorized_keys, like %1) are not "
                              "accepted here: give the key alone, starting with its type.")
                               .arg(parts.at(0).left(40)));
        return invalid(tr("Unknown key type \"%1\". Accepted are ssh-ed25519, ecdsa-sha2-nistp256, -384 "
                          "and -521, ssh-rsa (at least %2 bits) and their security-key (sk-) forms.")
                           .arg(parts.at(0).left(40))
                           .arg(minimumRsaBits));
    }

    const QByteArray body = parts.at(1).toLatin1();
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    const auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!base64.match(parts.at(1)).hasMatch() || body.size() % 4 != 0 || !decoded)
        return invalid(tr("The key body is not valid base64."));
    const QByteArray blob = *decoded;

    // The blob names its own type; a mismatch is a copy-and-paste error or a forgery.
    WireReader reader(blob);
    const auto actualName = reader.string();
    if (!actualName)
        return invalid(tr("The key body could not be read as a %1 key.").arg(parts.at(0)));
    if (*actualName != typeName) {
        const KeyType *actual = keyType(*actualName);
        return invalid(tr("The key says it is %1 but its body is a %2 key.")
                           .arg(parts.at(0), actual ? QString::fromLatin1(actual->name) : tr("unknown")));
    }
    const std::variant<int, QString> bits = readBody(*declared, reader);
    if (const QString *problem = std::get_if<QString>(&bits))
        return invalid(*problem);

    SshPublicKey result;
    result.m_type = parts.at(0);
    result.m_base64 = body;
    result.m_comment = parts.mid(2).join(QLatin1Char(' '));
    result.m_bits = std::get<int>(bits);
    if (const QString problem = commentProblem(result.m_comment); !problem.isEmpty())
        return invalid(problem);
    QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (hash.endsWith('='))
        hash.chop(1);
    result.m_fingerprint = QStringLiteral("SHA256:") + QString::fromLatin1(hash);
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
