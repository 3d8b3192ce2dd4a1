// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the host's sshd reads from the panel: the drop-in that applies only to the people the
// panel manages, each person's authorized keys (rendered by root into root's own folder, never
// read from a home), and the SSHFP records of its host keys.

#include "hostconfig.h"
#include "model/sshkeys.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mws::host {

// The group every person the panel made an account for is in: the drop-in's Match names it, so
// the host's own administrators keep their usual sshd settings and keys.
inline constexpr char peopleGroup[] = "mws-people";

// The drop-in: publickey only, keys only from the panel's folder, no agent, X11, socket or
// remote forwarding, local forwarding to the tunnel's target only; no root login; the sites' own
// Unix users (which run their servers) never log in.
QByteArray renderSshdDropIn(const HostConfig &config);

// A person's authorized_keys: one line per key, each restricted (no agent or X11 forwarding, no
// user rc) but for a terminal and the tunnel's one forward.
QByteArray renderAuthorizedKeys(const HostConfig &config, const QList<model::SshKey> &keys);

// One SSHFP record's fields for a public host key line ("type base64 [comment]"): algorithm
// (1 RSA, 3 ECDSA, 4 Ed25519), fingerprint type 2 (SHA-256) and the hex digest of the key's blob.
struct SshfpRecord
{
    int algorithm = 0;
    int type = 2;
    QString fingerprint; // lower-case hex
    QString sha256;      // "SHA256:…", as ssh-keygen -l prints it
};
// Empty algorithm (0) for a key type SSHFP has no number for, or a line that is not a key.
SshfpRecord sshfpOf(const QString &publicKeyLine);

} // namespace mws::host
