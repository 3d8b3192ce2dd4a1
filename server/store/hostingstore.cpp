// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hostingstore.h"

#include "sqlsupport.h"

namespace mws::store {

using namespace detail;

QString hostingSlice()
{
    return QStringLiteral("hosting");
}

QString phpSlice()
{
    return QStringLiteral("php");
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
    model::SiteHosting hosting = hostingFrom(state.slice(hostingSlice()));
    hosting.php = model::PhpConfig::fromJson(state.slice(phpSlice()).document);
    return hosting;
}

QJsonObject hostingDocument(const model::SiteHosting &hosting)
{
    QJsonObject json = hosting.toJson();
    // The slice's row holds these, the "php" slice the settings, and home is not stored at all.
    for (const char *key : {"siteId", "version", "appliedAt", "home", "php"})
        json.remove(QLatin1String(key));
    return json;
}

QJsonObject phpDocument(const model::PhpConfig &php)
{
    return php.toJson();
}

namespace {

// Gives every site whose hosting document holds PHP settings a "php" slice (version 1) with
// them; returns the php slice's version by site.
Result<QHash<QString, qint64>> splitStoredPhp(Database &database)
{
    SliceStore slices(database);
    Result<QList<SiteSlice>> hostings = slices.everySite(hostingSlice());
    if (!hostings)
        return hostings.error();
    QHash<QString, qint64> phpVersions;
    for (SiteSlice hosting : std::as_const(*hostings)) {
        const QJsonObject php = hosting.document.take(QLatin1String("php")).toObject();
        Result<Query> kept = database.exec(
            QStringLiteral("UPDATE site_slices SET document = ? WHERE site_id = ? AND slice = ?"),
            {jsonObjectValue(hosting.document), hosting.siteId, hostingSlice()});
        if (!kept)
            return kept.error();
        Result<Query> added = database.exec(
            QStringLiteral("INSERT INTO site_slices (site_id, slice, version, document, applied_at) "
                           "VALUES (?, ?, 1, ?, ?)"),
            {hosting.siteId, phpSlice(), jsonObjectValue(phpDocument(model::PhpConfig::fromJson(php))),
             timeValue(hosting.appliedAt)});
        if (!added)
            return added.error();
        phpVersions.insert(hosting.siteId, 1);
    }
    return phpVersions;
}

} // namespace

Status movePhpIntoItsOwnSlice(Database &database)
{
    Result<QHash<QString, qint64>> phpVersions = splitStoredPhp(database);
    if (!phpVersions)
        return phpVersions.error();
    SliceStore slices(database);
    Result<QStringList> waiting = slices.changeJobs();
    if (!waiting)
        return waiting.error();
    for (const QString &jobId : std::as_const(*waiting)) {
        Result<SiteChange> change = slices.change(jobId);
        if (!change)
            return change.error();
        const QJsonObject php = change->proposed.take(QLatin1String("php")).toObject();
        if (change->action == QLatin1String("php.update")) {
            change->slice = phpSlice();
            change->proposed = phpDocument(model::PhpConfig::fromJson(php));
            change->baseVersion = phpVersions->value(change->siteId, 0);
        }
        if (Status removed = slices.removeChange(jobId); !removed)
            return removed;
        if (Status added = slices.addChange(*change); !added)
            return added;
    }
    return {};
}

Result<model::SiteHosting> HostingStore::siteHosting(const QString &siteId)
{
    Result<SiteState> state = SliceStore(m_db).state(siteId);
    if (!state)
        return state.error();
    return hostingOf(*state);
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
        if (Status claimed = claimDomains(hostingFrom(*saved)); !claimed)
            return claimed.error();
        return siteHosting(hosting.siteId);
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
