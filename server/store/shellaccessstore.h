// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shell access's own tables: each person's Unix account number, given once from the fleet's
// range and never given to anyone else, so a person's files keep their owner on every host;
// and each host's SSH endpoint and public host keys, published by the panel serving the host so
// that any panel can answer for it (SSHFP records). Who has shell on a site is not stored here:
// it follows the site's members and status.

#include "database.h"
#include "model/types.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::store {

// Schema 8: person_accounts and ssh_hosts.
QStringList shellAccessTables();
// Schema 9: where each host keeps its sites' homes and where its one allowed forward goes, so a
// person's client can open a site's files and its database tunnel.
QStringList shellAccessSitesRoot();

// A person with shell access on a site, and why (their role).
struct ShellMember
{
    QString crsid;
    model::Role role = model::Role::Admin;
    QDateTime expiresAt; // supporters
};

// One site of a host: whether it gives shell access now, and to whom.
struct ShellSite
{
    QString siteId;
    model::SiteStatus status = model::SiteStatus::Active;
    QList<ShellMember> people; // empty unless the site is active
};

// What a host's sshd offers: where people connect, and its public host keys.
struct SshHost
{
    QString host;
    QString address;
    int port = 22;
    QString userPrefix;     // before each CRSid in account names ("" but in tests)
    QStringList publicKeys; // "type base64" lines
    QString sitesRoot;      // where the sites' homes are: <sitesRoot>/<site id>
    QString tunnelTo;       // "host:port", the one forward sshd allows (the database server)
    QDateTime updatedAt;
};

class ShellAccessStore
{
public:
    explicit ShellAccessStore(Database &database) : m_db(database) {}

    // The person's account number: the one given before, or the next free one of [first, last],
    // given now and kept for good. Conflict when the range is used up.
    Result<qint64> personUid(const QString &crsid, qint64 first, qint64 last);
    // The number given before, if any.
    Result<std::optional<qint64>> existingUid(const QString &crsid);
    // The same for several people in one query: those without an account are not in the answer.
    Result<QHash<QString, qint64>> existingUids(const QStringList &crsids);

    // Every site of the host but deleted ones, with the people who have shell on it at now
    // (every current member of an active site, whatever the role).
    Result<QList<ShellSite>> sitesOfHost(const QString &host, const QDateTime &now);
    // The sites where the person has shell now, on any host.
    Result<QStringList> shellSitesOf(const QString &crsid, const QDateTime &now);

    // Which host a site lives on.
    Result<QString> hostOfSite(const QString &siteId);

    Status publishHost(const SshHost &host);
    // NotFound until the host's panel has published it.
    Result<SshHost> sshHost(const QString &host);

private:
    Database &m_db;
};

} // namespace mws::store
