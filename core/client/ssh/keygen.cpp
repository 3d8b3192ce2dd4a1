// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/keygen.h"

#include "validate/sshpublickey.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

namespace mws::keygen {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::SshKeyGenerator)
};

Error failure(const QString &message)
{
    return Error::make(Error::Kind::Backend, message);
}

// Owns the key, whichever way the generation ends.
struct KeyHolder
{
    ssh_key key = nullptr;
    ~KeyHolder() { ssh_key_free(key); }
};

} // namespace

Result<SshKeyPair> ed25519(const QByteArray &passphrase, const QString &comment)
{
    if (const QString problem = SshPublicKey::commentProblem(comment); !problem.isEmpty())
        return Error::make(Error::Kind::Invalid, problem);
    KeyHolder holder;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &holder.key) != SSH_OK)
        return failure(Words::tr("Could not generate an Ed25519 key."));
    char *privateText = nullptr;
    const char *secret = passphrase.isEmpty() ? nullptr : passphrase.constData();
    if (ssh_pki_export_privkey_base64_format(holder.key, secret, nullptr, nullptr, &privateText,
                                             SSH_FILE_FORMAT_OPENSSH) != SSH_OK)
        return failure(Words::tr("Could not write the new private key."));
    SshKeyPair pair;
    pair.privateKey = QByteArray(privateText);
    ssh_string_free_char(privateText);
    char *publicBase64 = nullptr;
    if (ssh_pki_export_pubkey_base64(holder.key, &publicBase64) != SSH_OK)
        return failure(Words::tr("Could not write the new public key."));
    QString line = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(publicBase64);
    ssh_string_free_char(publicBase64);
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    // The panel reads the line with this parser: what it would refuse must not leave here.
    const Result<SshPublicKey> parsed = SshPublicKey::parse(line);
    if (!parsed)
        return parsed.error();
    pair.publicLine = parsed->toLine();
    pair.fingerprint = parsed->fingerprint();
    return pair;
}

} // namespace mws::keygen
