// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "model/sshaccess.h"
#include "model/sshkeys.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace mws::api {

// The SSH area's calls, on a PanelClient's engine: the signed-in person's own keys (they open
// every site where the person's role gives a shell, so they live under /api/v1/me, not under a
// site), and a site's SSH access (who has a shell, the host and its fingerprints). Made where a
// call is made (SshKeysClient(*client).keys()), it keeps nothing but the client. Calls behave
// as PanelClient's do.
class SshKeysClient
{
public:
    explicit SshKeysClient(PanelClient &client) : m_client(client) {}

    QFuture<Result<Fetched<model::SshKeyList>>> keys(const QByteArray &ifNoneMatch = {});
    // keyLine: one OpenSSH public key line ("type base64 [comment]"); comment, if not empty,
    // replaces the line's own. Check it with SshPublicKey::parse() first: the panel refuses
    // what the parser refuses (422, with a field error on "key"), a key the person has already
    // and more keys than the list's maxKeys (409).
    QFuture<Result<model::SshKey>> addKey(const QString &keyLine, const QString &comment = {});
    QFuture<Status> removeKey(const QString &keyId);

    // Who has a shell on the site and why, how to reach it, and the host's keys and SSHFP records.
    QFuture<Result<Fetched<model::SshAccess>>> sshAccess(const QString &siteId,
                                                         const QByteArray &ifNoneMatch = {});

private:
    PanelClient &m_client;
};

} // namespace mws::api
