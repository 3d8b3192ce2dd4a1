#pragma once

// The hosting area's state: a site's vhosts, PHP settings and whether it serves them, kept as the
// "hosting" slice of its state (siteslices.h), and the domain names its vhosts claim across the
// whole service.

#include "database.h"
#include "model/hosting.h"
#include "siteslices.h"
#include "util/result.h"

namespace mws::store {

// The slice's name.
QString hostingSlice();

// The hosting a slice holds (version 0 and no vhosts for a site that has none yet), and back.
model::SiteHosting hostingFrom(const SiteSlice &slice);
model::SiteHosting hostingOf(const SiteState &state);
QJsonObject hostingDocument(const model::SiteHosting &hosting);

class HostingStore
{
public:
    explicit HostingStore(Database &database) : m_db(database) {}

    Result<model::SiteHosting> siteHosting(const QString &siteId);
    Result<QList<model::SiteHosting>> allSiteHostings();
    // Stores the next version only if the stored one is expectedVersion (PreconditionFailed
    // otherwise) and claims its domain names (claimDomains).
    Result<model::SiteHosting> save(model::SiteHosting hosting, qint64 expectedVersion, const QDateTime &now);
    // Makes the site's vhosts' domain names its own and frees those it dropped; a Conflict when
    // another site has one.
    Status claimDomains(const model::SiteHosting &hosting);
    Result<QString> domainOwner(const QString &domain); // the site id, empty when free

private:
    Database &m_db;
};

} // namespace mws::store
