#include "hostingstore.h"

#include "sqlsupport.h"

namespace mws::store {

using namespace detail;

QString hostingSlice()
{
    return QStringLiteral("hosting");
}

model::SiteHosting hostingFrom(const SiteSlice &slice)
{
    model::SiteHosting hosting = model::SiteHosting::fromJson(slice.document);
    hosting.siteId = slice.siteId;
    hosting.version = slice.version;
    hosting.appliedAt = slice.appliedAt;
    return hosting;
}

model::SiteHosting hostingOf(const SiteState &state)
{
    return hostingFrom(state.slice(hostingSlice()));
}

QJsonObject hostingDocument(const model::SiteHosting &hosting)
{
    QJsonObject json = hosting.toJson();
    // The slice's row holds these, or they are not stored at all (home).
    for (const char *key : {"siteId", "version", "appliedAt", "home"})
        json.remove(QLatin1String(key));
    return json;
}

Result<model::SiteHosting> HostingStore::siteHosting(const QString &siteId)
{
    Result<SiteSlice> slice = SliceStore(m_db).slice(siteId, hostingSlice());
    if (!slice)
        return slice.error();
    return hostingFrom(*slice);
}

Result<QList<model::SiteHosting>> HostingStore::allSiteHostings()
{
    Result<QList<SiteSlice>> slices = SliceStore(m_db).everySite(hostingSlice());
    if (!slices)
        return slices.error();
    QList<model::SiteHosting> all;
    for (const SiteSlice &slice : std::as_const(*slices))
        all.append(hostingFrom(slice));
    return all;
}

Result<model::SiteHosting> HostingStore::save(model::SiteHosting hosting, qint64 expectedVersion,
                                              const QDateTime &now)
{
    return inTransaction<model::SiteHosting>(m_db, [&]() -> Result<model::SiteHosting> {
        SiteSlice slice;
        slice.siteId = hosting.siteId;
        slice.name = hostingSlice();
        slice.document = hostingDocument(hosting);
        Result<SiteSlice> saved = SliceStore(m_db).save(slice, expectedVersion, now);
        if (!saved)
            return saved.error();
        const model::SiteHosting stored = hostingFrom(*saved);
        if (Status claimed = claimDomains(stored); !claimed)
            return claimed.error();
        return stored;
    });
}

Status HostingStore::claimDomains(const model::SiteHosting &hosting)
{
    return m_db.transaction([&]() -> Status {
        Result<Query> cleared =
            m_db.exec(QStringLiteral("DELETE FROM domains WHERE site_id = ?"), {hosting.siteId});
        if (!cleared)
            return cleared.error();
        for (const model::Vhost &vhost : hosting.vhosts) {
            for (const QString &domain : vhost.domains) {
                Result<Query> claimed =
                    m_db.exec(QStringLiteral("INSERT INTO domains (name, site_id, vhost) VALUES (?, ?, ?)"),
                              {domain, hosting.siteId, vhost.name});
                if (!claimed)
                    return reworded(
                        claimed.error(), Error::Kind::Conflict,
                        QStringLiteral("The domain name %1 is in use elsewhere on the service.").arg(domain));
            }
        }
        return {};
    });
}

Result<QString> HostingStore::domainOwner(const QString &domain)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT site_id FROM domains WHERE name = ?"), {domain});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace mws::store
