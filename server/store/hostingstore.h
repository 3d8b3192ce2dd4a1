// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The hosting area's state, in two slices of a site's state (siteslices.h): "hosting" (its vhosts
// and whether it serves them) and "php" (its PHP settings), so that a PHP change and a vhost
// change never make each other stale; and the domain names its vhosts claim across the service.

#include "database.h"
#include "model/hosting.h"
#include "siteslices.h"
#include "util/result.h"

namespace mws::store {

// The slices' names.
QString hostingSlice();
QString phpSlice();

// The hosting the two slices hold (version 0 and no vhosts for a site that has none yet); its
// version is the "hosting" slice's. And back: each slice's document.
model::SiteHosting hostingOf(const SiteState &state);
model::SiteHosting hostingFrom(const SiteSlice &hostingSlice); // without the PHP settings
QJsonObject hostingDocument(const model::SiteHosting &hosting);
QJsonObject phpDocument(const model::PhpConfig &php);

// Schema 6: the PHP settings leave the "hosting" document for a "php" slice of their own, and
// waiting changes follow (a PHP change becomes a change to the "php" slice).
Status movePhpIntoItsOwnSlice(Database &database);

class HostingStore
{
public:
    explicit HostingStore(Database &database) : m_db(database) {}

    Result<model::SiteHosting> siteHosting(const QString &siteId); // both slices
    Result<QList<model::SiteHosting>> allSiteHostings();           // without the PHP settings
    // Stores the "hosting" slice's next version only if the stored one is expectedVersion
    // (PreconditionFailed otherwise) and claims its domain names (claimDomains).
    Result<model::SiteHosting> save(model::SiteHosting hosting, qint64 expectedVersion, const QDateTime &now);
    // Makes the site's vhosts' domain names its own and frees those it dropped; a Conflict when
    // another site has one.
    Status claimDomains(const model::SiteHosting &hosting);
    Result<QString> domainOwner(const QString &domain); // the site id, empty when free

private:
    Database &m_db;
};

} // namespace mws::store
