// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct ssh_session_struct;

namespace mws {

// An SSHFP record (RFC 4255, RFC 6594, RFC 7479) as the panel serves it over its authenticated
// API: algorithm 1 = RSA, 3 = ECDSA, 4 = Ed25519; type 2 = SHA-256 of the key's wire blob, in hex.
struct SshfpRecord
{
    int algorithm = 0;
    int fingerprintType = 2;
    QString hexFingerprint;
};

// What a server's host key is checked against, before any credential is sent.
struct HostTrust
{
    QList<SshfpRecord> sshfpRecords;
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
};

// The key a server proved it holds, and why it was trusted.
struct HostKeyVerdict
{
    QString keyType;     // "ssh-ed25519", …
    QString fingerprint; // "SHA256:…" as ssh-keygen -l prints it
    bool matchedSshfp = false;
    bool addedToKnownHosts = false;
};

namespace hostkeys {

QString defaultKnownHostsFile();
// The SSHFP algorithm number of a key type ("ssh-ed25519" → 4); 0 for none.
int sshfpAlgorithm(const QString &keyType);
// "SHA256:…" (unpadded base64) of a raw SHA-256 digest, or of the hex an SSHFP record holds.
QString fingerprintOfDigest(const QByteArray &digest);
QString fingerprintOfHex(const QString &hex);
// The host key algorithms to offer when SSHFP records exist: only those a record can vouch for,
// so a server with several keys shows one that can be checked. Empty when there are no records.
QByteArray hostKeyAlgorithms(const QList<SshfpRecord> &records);

// Checks the host key of a connected session: a key that matches an SSHFP record is trusted
// and written to known_hosts; one that contradicts known_hosts, or matches no SSHFP record when
// there are records, or is unknown when there are none, is refused with an error that names the
// fingerprint offered and those expected. `host` names the server in messages.
Result<HostKeyVerdict> verify(ssh_session_struct *session, const HostTrust &trust, const QString &host);

} // namespace hostkeys

} // namespace mws
