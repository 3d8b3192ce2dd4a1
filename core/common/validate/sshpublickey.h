// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace mws {

// An OpenSSH public key as found in a .pub file, checked the same way by the panel and the
// desktop. The panel links no libssh, so the key's wire format (RFC 4253 §6.6, RFC 5656 §3.1,
// RFC 8709 §4, PROTOCOL.u2f) is read here, field by field, with nothing left over.
class SshPublicKey
{
public:
    static constexpr int minimumRsaBits = 3072;
    static constexpr int maximumRsaBits = 16384;
    static constexpr qsizetype maximumLineLength = 16 * 1024;
    static constexpr int maximumCommentLength = 1024;

    // Parses "type base64 [comment]". Refuses lines over 16 KiB, authorized_keys options,
    // private keys, more than one line, comments with control characters, bad base64, unknown
    // types, a type that does not match the key's own, and RSA keys under 3072 bits. Every
    // refusal is an Invalid error with one field error on "key".
    static Result<SshPublicKey> parse(const QString &line);

    // Why a comment cannot be a key's comment (control characters, too long); empty when it can.
    static QString commentProblem(const QString &comment);

    QString type() const { return m_type; }
    QString comment() const { return m_comment; }
    void setComment(const QString &comment) { m_comment = comment; }
    int bits() const { return m_bits; }
    QByteArray base64() const { return m_base64; }
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
