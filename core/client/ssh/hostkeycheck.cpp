// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/hostkeycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <libssh/libssh.h>

namespace mws::hostkeys {

namespace {

// The words are the connection's: users meet them when connecting.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::SshConnection)
};

QString algorithmName(int algorithm)
{
    switch (algorithm) {
    case 1:
        return QStringLiteral("RSA");
    case 3:
        return QStringLiteral("ECDSA");
    case 4:
        return QStringLiteral("Ed25519");
    default:
        return QStringLiteral("algorithm %1").arg(algorithm);
    }
}

// The server's key: type, SHA-256 digest and fingerprint, read before anything is trusted.
struct OfferedKey
{
    QString type;
    QByteArray digest;
    QString fingerprint;
};

QByteArray digestOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    const QByteArray digest(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(length));
    ssh_clean_pubkey_hash(&hash);
    return digest;
}

Result<OfferedKey> offeredKey(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return Error::make(Error::Kind::Protocol, Words::tr("The server did not show its host key."),
                           QString::fromUtf8(ssh_get_error(session)));
    OfferedKey offered;
    offered.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    offered.digest = digestOf(key);
    ssh_key_free(key);
    if (offered.digest.isEmpty())
        return Error::make(Error::Kind::Backend, Words::tr("Could not read the server's host key."));
    offered.fingerprint = fingerprintOfDigest(offered.digest);
    return offered;
}

// How known_hosts names this session's server: "host", or "[host]:port" off port 22.
QByteArray knownHostsName(ssh_session session)
{
    char *host = nullptr;
    unsigned int port = 22;
    if (ssh_options_get(session, SSH_OPTIONS_HOST, &host) != SSH_OK)
        return {};
    QByteArray name(host);
    ssh_string_free_char(host);
    ssh_options_get_port(session, &port);
    return port == 22 ? name : '[' + name + "]:" + QByteArray::number(port);
}

// What known_hosts holds for this host, as "type SHA256:…", for the explanation of a refusal.
QString knownHostsEntries(ssh_session session, const QString &knownHostsFile)
{
    QFile file(knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray host = knownHostsName(session);
    QStringList entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ssh_knownhosts_entry *entry = nullptr;
        if (line.isEmpty() ||
            ssh_known_hosts_parse_line(host.constData(), line.constData(), &entry) != SSH_OK)
            continue;
        if (entry && entry->publickey)
            entries << QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(entry->publickey))) +
                           QLatin1Char(' ') + fingerprintOfDigest(digestOf(entry->publickey));
        ssh_knownhosts_entry_free(entry);
    }
    return entries.join(QStringLiteral(", "));
}

QString expectedBySshfp(const QList<SshfpRecord> &records)
{
    QStringList lines;
    for (const SshfpRecord &record : records) {
        if (record.fingerprintType == 2)
            lines << algorithmName(record.algorithm) + QLatin1Char(' ') +
                         fingerprintOfHex(record.hexFingerprint);
    }
    return lines.join(QStringLiteral(", "));
}

bool matchesSshfp(const OfferedKey &key, const QList<SshfpRecord> &records)
{
    const int algorithm = sshfpAlgorithm(key.type);
    for (const SshfpRecord &record : records) {
        if (record.algorithm == algorithm && record.fingerprintType == 2 &&
            QByteArray::fromHex(record.hexFingerprint.toLatin1()) == key.digest)
            return true;
    }
    return false;
}

Error refusal(const QString &message, const QString &detail)
{
    return Error::make(Error::Kind::Forbidden, message, detail);
}

} // namespace

QString defaultKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

int sshfpAlgorithm(const QString &keyType)
{
    if (keyType == QLatin1String("ssh-rsa") || keyType.startsWith(QLatin1String("rsa-sha2-")))
        return 1;
    if (keyType.startsWith(QLatin1String("ecdsa-sha2-")))
        return 3;
    if (keyType == QLatin1String("ssh-ed25519"))
        return 4;
    return 0;
}

QString fingerprintOfDigest(const QByteArray &digest)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString fingerprintOfHex(const QString &hex)
{
    return fingerprintOfDigest(QByteArray::fromHex(hex.toLatin1()));
}

QByteArray hostKeyAlgorithms(const QList<SshfpRecord> &records)
{
    QByteArrayList algorithms;
    auto add = [&algorithms](const char *names) {
        if (!algorithms.contains(names))
            algorithms << names;
    };
    for (const SshfpRecord &record : records) {
        if (record.fingerprintType != 2)
            continue;
        if (record.algorithm == 4)
            add("ssh-ed25519");
        else if (record.algorithm == 3)
            add("ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521");
        else if (record.algorithm == 1)
            add("rsa-sha2-512,rsa-sha2-256");
    }
    return algorithms.join(',');
}

Result<HostKeyVerdict> verify(ssh_session session, const HostTrust &trust, const QString &host)
{
    const Result<OfferedKey> offered = offeredKey(session);
    if (!offered)
        return offered.error();
    const QString shown = offered->type + QLatin1Char(' ') + offered->fingerprint;
    const ssh_known_hosts_e known = ssh_session_is_known_server(session);
    if (known == SSH_KNOWN_HOSTS_CHANGED) {
        return refusal(
            Words::tr("The host key of %1 has changed: it may be an impostor. The connection "
                      "was refused.")
                .arg(host),
            Words::tr("Offered: %1. Expected by %2: %3.")
                .arg(shown, trust.knownHostsFile, knownHostsEntries(session, trust.knownHostsFile)));
    }
    HostKeyVerdict verdict{offered->type, offered->fingerprint, false, false};
    if (!trust.sshfpRecords.isEmpty()) {
        if (!matchesSshfp(*offered, trust.sshfpRecords)) {
            return refusal(
                Words::tr("The host key of %1 does not match the fingerprints the panel publishes for it. "
                          "The connection was refused.")
                    .arg(host),
                Words::tr("Offered: %1. Expected one of: %2.")
                    .arg(shown, expectedBySshfp(trust.sshfpRecords)));
        }
        verdict.matchedSshfp = true;
    } else if (known != SSH_KNOWN_HOSTS_OK) {
        return refusal(
            Words::tr("The host key of %1 cannot be checked: it is not in %2 and the panel gave no "
                      "fingerprints for it. The connection was refused.")
                .arg(host, trust.knownHostsFile),
            Words::tr("Offered: %1.").arg(shown));
    }
    if (known != SSH_KNOWN_HOSTS_OK) {
        // Vouched for by the panel: recorded so that the system's ssh trusts it too.
        if (ssh_session_update_known_hosts(session) != SSH_OK)
            return Error::make(
                Error::Kind::Backend,
                Words::tr("Could not record the host key of %1 in %2.").arg(host, trust.knownHostsFile),
                QString::fromUtf8(ssh_get_error(session)));
        verdict.addedToKnownHosts = true;
    }
    return verdict;
}

} // namespace mws::hostkeys
