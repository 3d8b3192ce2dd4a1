// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sites and their members.

#include "sqlsupport.h"
#include "store.h"

namespace mws::store {

using namespace detail;

namespace {

const QString siteColumns =
    QStringLiteral("s.id, s.name, s.description, s.contact_email, s.status, s.hostname, s.suspension_reason, "
                   "s.requested_by, s.created_at, s.updated_at, s.version, s.decline_reason");
const QString memberColumns = QStringLiteral("site_id, crsid, role, expires_at, added_by, created_at");

// How many times a generated id may collide before giving up; 8 hex digits rarely do.
constexpr int idAttempts = 5;

Result<model::Site> readSite(const Query &q)
{
    model::Site site;
    site.id = q.value(0).toString();
    site.name = q.value(1).toString();
    site.description = q.value(2).toString();
    site.contactEmail = q.value(3).toString();
    const std::optional<model::SiteStatus> status = model::siteStatusFromString(q.value(4).toString());
    if (!status)
        return Error::make(
            Error::Kind::Backend,
            QStringLiteral("Site %1 has an unknown status \"%2\".").arg(site.id, q.value(4).toString()));
    site.status = *status;
    site.hostname = q.value(5).toString();
    site.suspensionReason = q.value(6).toString();
    site.requestedBy = q.value(7).toString();
    site.createdAt = timeFrom(q.value(8));
    site.updatedAt = timeFrom(q.value(9));
    site.version = q.value(10).toLongLong();
    site.declineReason = q.value(11).toString();
    return site;
}

// The domain names the sites' vhosts serve, in one query, so lists can be searched by them.
Status attachDomains(Database &db, QList<model::Site> &sites)
{
    if (sites.isEmpty())
        return {};
    QStringList marks;
    QVariantList ids;
    for (const model::Site &site : sites) {
        marks << QStringLiteral("?");
        ids << site.id;
    }
    Result<Query> q =
        db.exec(QStringLiteral("SELECT site_id, name FROM domains WHERE site_id IN (%1) ORDER BY name")
                    .arg(marks.join(u',')),
                ids);
    if (!q)
        return q.error();
    QHash<QString, QStringList> domains;
    while (q.value().next())
        domains[q.value().value(0).toString()] << q.value().value(1).toString();
    for (model::Site &site : sites)
        site.domains = domains.value(site.id);
    return {};
}

Result<model::SiteMember> readMember(const Query &q)
{
    model::SiteMember member;
    member.siteId = q.value(0).toString();
    member.crsid = q.value(1).toString();
    const std::optional<model::Role> role = model::roleFromString(q.value(2).toString());
    if (!role)
        return Error::make(Error::Kind::Backend, QStringLiteral("A member of %1 has an unknown role \"%2\".")
                                                     .arg(member.siteId, q.value(2).toString()));
    member.role = *role;
    member.expiresAt = timeFrom(q.value(3));
    member.addedBy = q.value(4).toString();
    member.createdAt = timeFrom(q.value(5));
    return member;
}

Result<QList<model::SiteMember>> readMembers(Result<Query> &q)
{
    if (!q)
        return q.error();
    QList<model::SiteMember> members;
    while (q.value().next()) {
        Result<model::SiteMember> member = readMember(q.value());
        if (!member)
            return member.error();
        members.append(member.value());
    }
    return members;
}

Result<bool> siteExists(Database &db, const QString &id)
{
    Result<Query> q = db.exec(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q.value().next();
}

Error noSuchSite(const QString &id)
{
    return notFound(QStringLiteral("There is no site %1.").arg(id));
}

Error nameTaken(const QString &name)
{
    return Error::make(Error::Kind::Conflict, QStringLiteral("There is a site called %1 already.").arg(name));
}

} // namespace

Result<model::Site> Store::createSite(model::Site site, const QDateTime &now)
{
    if (site.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), QStringLiteral("A site needs a name."));
    const bool generateId = site.id.isEmpty();
    site.createdAt = now;
    site.updatedAt = now;
    site.version = 1;
    return inTransaction<model::Site>(m_db, [&]() -> Result<model::Site> {
        for (int attempt = 0;; ++attempt) {
            if (generateId)
                site.id = QStringLiteral("site-") + randomHex(8);
            Result<bool> taken = siteExists(m_db, site.id);
            if (!taken)
                return taken.error();
            if (!taken.value())
                break;
            if (!generateId)
                return Error::make(Error::Kind::Conflict,
                                   QStringLiteral("There is a site %1 already.").arg(site.id));
            if (attempt + 1 == idAttempts)
                return Error::make(Error::Kind::Backend, QStringLiteral("Could not find a free site id."));
        }
        // The unique index on name decides, so two requests for one name cannot both succeed.
        Result<Query> q =
            m_db.exec(QStringLiteral(
                          "INSERT INTO sites (id, name, description, contact_email, status, hostname, "
                          "suspension_reason, requested_by, created_at, updated_at, version, decline_reason) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {site.id, site.name, textValue(site.description), textValue(site.contactEmail),
                       toString(site.status), textValue(site.hostname), textValue(site.suspensionReason),
                       textValue(site.requestedBy), timeValue(now), timeValue(now), qlonglong(1),
                       textValue(site.declineReason)});
        if (!q)
            return q.error().kind == Error::Kind::Conflict ? nameTaken(site.name) : q.error();
        return this->site(site.id);
    });
}

Result<model::Site> Store::site(const QString &id)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT %1 FROM sites s WHERE s.id = ?").arg(siteColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return noSuchSite(id);
    Result<model::Site> site = readSite(q.value());
    if (!site)
        return site;
    QList<model::Site> one{*site};
    if (Status attached = attachDomains(m_db, one); !attached)
        return attached.error();
    return one.first();
}

Result<model::Site> Store::updateSite(const model::Site &site, qint64 expectedVersion, const QDateTime &now)
{
    if (site.name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), QStringLiteral("A site needs a name."));
    return inTransaction<model::Site>(m_db, [&]() -> Result<model::Site> {
        // Compare and set in one statement: of two writers holding one version, only one wins.
        Result<Query> q = m_db.exec(
            QStringLiteral(
                "UPDATE sites SET name = ?, description = ?, contact_email = ?, status = ?, hostname = ?, "
                "suspension_reason = ?, decline_reason = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ?"),
            {site.name, textValue(site.description), textValue(site.contactEmail), toString(site.status),
             textValue(site.hostname), textValue(site.suspensionReason), textValue(site.declineReason),
             timeValue(now), site.id, qlonglong(expectedVersion)});
        if (!q)
            return q.error().kind == Error::Kind::Conflict ? nameTaken(site.name) : q.error();
        Result<model::Site> stored = this->site(site.id);
        if (!stored)
            return stored.error();
        if (q.value().numRowsAffected() == 0)
            return Error::make(Error::Kind::PreconditionFailed,
                               QStringLiteral("Site %1 was changed by someone else (version %2, not %3).")
                                   .arg(site.id)
                                   .arg(stored.value().version)
                                   .arg(expectedVersion));
        return stored;
    });
}

Result<Page<model::Site>> Store::listSites(const SiteQuery &query, const QDateTime &now)
{
    if (Status page = checkPage(query.offset, query.limit); !page)
        return page.error();
    // Only fixed fragments are joined; every input is a bound value.
    QStringList where;
    QVariantList values;
    if (!query.text.isEmpty()) {
        const QString pattern = containsPattern(query.text);
        where << QStringLiteral(
            "(LOWER(s.name) LIKE ? ESCAPE '\\' OR LOWER(s.hostname) LIKE ? ESCAPE '\\' OR LOWER(s.id) LIKE ? "
            "ESCAPE '\\' OR EXISTS (SELECT 1 FROM site_members m WHERE m.site_id = s.id AND m.crsid = ? "
            "AND (m.expires_at IS NULL OR m.expires_at > ?)) OR EXISTS (SELECT 1 FROM domains d WHERE "
            "d.site_id = s.id AND d.name LIKE ? ESCAPE '\\'))");
        values << pattern << pattern << pattern << query.text << timeValue(now) << pattern;
    }
    if (!query.memberCrsid.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM site_members m WHERE m.site_id = s.id AND m.crsid = ? "
                                "AND (m.expires_at IS NULL OR m.expires_at > ?))");
        values << query.memberCrsid << timeValue(now);
    }
    if (query.status) {
        where << QStringLiteral("s.status = ?");
        values << toString(*query.status);
    }
    const QString filter =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));

    Result<Query> counted = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM sites s") + filter, values);
    if (!counted)
        return counted.error();
    Page<model::Site> page;
    page.total = counted.value().next() ? counted.value().value(0).toInt() : 0;

    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT %1 FROM sites s%2 ORDER BY s.name, s.id LIMIT ? OFFSET ?")
                      .arg(siteColumns, filter),
                  values + QVariantList{query.limit, query.offset});
    if (!q)
        return q.error();
    while (q.value().next()) {
        Result<model::Site> site = readSite(q.value());
        if (!site)
            return site.error();
        page.items.append(site.value());
    }
    if (Status attached = attachDomains(m_db, page.items); !attached)
        return attached.error();
    return page;
}

Status Store::putMember(const model::SiteMember &member)
{
    if (member.crsid.isEmpty())
        return invalid(QStringLiteral("crsid"), QStringLiteral("A member needs a CRSid."));
    if (!member.createdAt.isValid())
        return invalid(QStringLiteral("createdAt"), QStringLiteral("A membership needs its creation time."));
    return m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(
            QStringLiteral(
                "INSERT INTO site_members (%1) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site_id, crsid) "
                "DO UPDATE SET role = excluded.role, expires_at = excluded.expires_at, "
                "added_by = excluded.added_by, created_at = excluded.created_at")
                .arg(memberColumns),
            {member.siteId, member.crsid, toString(member.role), timeValue(member.expiresAt),
             textValue(member.addedBy), timeValue(member.createdAt)});
        if (!q)
            return q.error().kind == Error::Kind::NotFound ? noSuchSite(member.siteId) : q.error();
        return {};
    });
}

Status Store::removeMember(const QString &siteId, const QString &crsid)
{
    return m_db.transaction([&]() -> Status {
        Result<Query> q = m_db.exec(
            QStringLiteral("DELETE FROM site_members WHERE site_id = ? AND crsid = ?"), {siteId, crsid});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return notFound(QStringLiteral("%1 is not a member of %2.").arg(crsid, siteId));
        return {};
    });
}

Result<QList<model::SiteMember>> Store::members(const QString &siteId)
{
    Result<bool> exists = siteExists(m_db, siteId);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return noSuchSite(siteId);
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM site_members WHERE site_id = ? ORDER BY crsid").arg(memberColumns),
        {siteId});
    return readMembers(q);
}

Result<std::optional<model::SiteMember>> Store::membership(const QString &siteId, const QString &crsid,
                                                           const QDateTime &now)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT %1 FROM site_members WHERE site_id = ? AND crsid = ? "
                                               "AND (expires_at IS NULL OR expires_at > ?)")
                                    .arg(memberColumns),
                                {siteId, crsid, timeValue(now)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<model::SiteMember>();
    Result<model::SiteMember> member = readMember(q.value());
    if (!member)
        return member.error();
    return std::optional<model::SiteMember>(member.value());
}

Result<QList<model::SiteMember>> Store::membershipsOf(const QString &crsid, const QDateTime &now)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT %1 FROM site_members WHERE crsid = ? "
                                               "AND (expires_at IS NULL OR expires_at > ?) ORDER BY site_id")
                                    .arg(memberColumns),
                                {crsid, timeValue(now)});
    return readMembers(q);
}

} // namespace mws::store
