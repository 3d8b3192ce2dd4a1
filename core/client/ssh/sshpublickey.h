#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace mws {

// An OpenSSH public key as found in a .pub file or an authorized_keys line, checked by libssh.
class SshPublicKey
{
public:
    // Parses "type base64 [comment]". Refuses authorized_keys options, private keys, bad base64,
    // a type that does not match the key's own, and RSA keys under 2048 bits.
    static Result<SshPublicKey> parse(const QString &line);

    QString type() const { return m_type; }
    QString comment() const { return m_comment; }
    int bits() const { return m_bits; }
    // "SHA256:…" exactly as ssh-keygen -l prints it.
    QString fingerprint() const { return m_fingerprint; }
    // The normalised one-line form: "type base64 comment".
    QString toLine() const;

private:
    QString m_type;
    QByteArray m_base64;
    QString m_comment;
    QString m_fingerprint;
    int m_bits = 0;
};

} // namespace mws
