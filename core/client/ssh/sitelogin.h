// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How the app itself logs in to a site's host (SFTP, the database tunnel): the panel's answer to
// GET /sites/{id}/ssh made into connection options whose host key is checked against the SSHFP
// records the panel serves over its authenticated API, and the private keys a person may use.

#include "model/sshaccess.h"
#include "ssh/sshconnection.h"

#include <QList>
#include <QString>

namespace mws::sitelogin {

// A way to prove who one is: the running agent, or a private key file.
struct KeyChoice
{
    QString label; // "SSH agent", "~/.ssh/id_ed25519"
    SshCredentials credentials;
};

// The agent when SSH_AUTH_SOCK is set, then each private key in home's .ssh that has its
// public half (.pub) beside it: the one the app generates (id_ed25519_mws), then OpenSSH's
// in the order it tries them.
QList<KeyChoice> availableKeys(const QString &home);

// The panel's SSHFP records for the access's host (SHA-256 only, each key once).
QList<SshfpRecord> sshfpRecords(const model::SshAccess &access);

// Options for connecting to the access's host as its username. A host key the panel vouched for
// is recorded in knownHostsFile.
SshConnection::Options connectionOptions(const model::SshAccess &access, const SshCredentials &credentials,
                                         const QString &knownHostsFile);

// The person's ~/.ssh/known_hosts (the folder made, 0700, if missing): a host key the panel
// vouched for is recorded there, so the system's ssh trusts it too.
QString knownHostsFile();

} // namespace mws::sitelogin
