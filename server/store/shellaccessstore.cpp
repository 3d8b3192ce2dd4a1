// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shellaccessstore.h"

#include "sqlsupport.h"

#include <QHash>

namespace mws::store {

using namespace detail;

QStringList shellAccessTables()
{
    return {
        // A person's Unix account number: unique, and never deleted, so never reused.
        QStringLiteral(R"(CREATE TABLE person_accounts (
         crsid TEXT PRIMARY KEY,
         uid BIGINT NOT NULL UNIQUE,
         created_at BIGINT NOT NULL))"),
        // What each host's sshd offers, as its panel last saw it.
        QStringLiteral(R"(CREATE TABLE ssh_hosts (
         host TEXT PRIMARY KEY,
         address TEXT NOT NULL,
         port INTEGER NOT NULL,
         user_prefix TEXT NOT NULL,
         public_keys TEXT NOT NULL,
         updated_at BIGINT NOT NULL))"),
    };
}

QStringList shellAccessSitesRoot()
{
    return {QStringLiteral("ALTER TABLE ssh_hosts ADD COLUMN sites_root TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE ssh_hosts ADD COLUMN tunnel_to TEXT NOT NULL DEFAULT ''")};
}

Result<std::optional<qint64>> ShellAccessStore::existingUid(const QString &crsid)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT uid FROM person_accounts WHERE crsid = ?"), {crsid});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QHash<QString, qint64>> ShellAccessStore::existingUids(const QStringList &crsids)
{
    QHash<QString, qint64> uids;
    if (crsids.isEmpty())
        return uids;
    QStringList marks(crsids.size(), QStringLiteral("?"));
    QVariantList values;
    for (const QString &crsid : crsids)
        values << crsid;
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT crsid, uid FROM person_accounts WHERE crsid IN (%1)").arg(marks.join(u',')),
        values);
    if (!q)
        return q.error();
    while (q.value().next())
        uids.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    return uids;
}

Result<qint64> ShellAccessStore::personUid(const QString &crsid, qint64 first, qint64 last)
{
    // Two panels giving a number at once: the loser's insert breaks a key (undone on its own, in
    // a savepoint), and it reads again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        qint64 given = -1;
        const Status tried = m_db.transaction([&]() -> Status {
            Result<std::optional<qint64>> existing = existingUid(crsid);
            if (!existing)
                return existing.error();
            if (*existing) {
                given = **existing;
                return {};
            }
            Result<Query> highest =
                m_db.exec(QStringLiteral("SELECT MAX(uid) FROM person_accounts WHERE uid BETWEEN ? AND ?"),
                          {first, last});
            if (!highest)
                return highest.error();
            const QVariant max = highest.value().next() ? highest.value().value(0) : QVariant();
            const qint64 next = max.isNull() ? first : max.toLongLong() + 1;
            if (next > last)
                return Error::make(Error::Kind::Invalid,
                                   QStringLiteral("Every account number of %1–%2 has been given; widen the "
                                                  "range (host/person_uids).")
                                       .arg(first)
                                       .arg(last));
            Result<Query> added = m_db.exec(
                QStringLiteral("INSERT INTO person_accounts (crsid, uid, created_at) VALUES (?, ?, ?)"),
                {crsid, next, timeValue(QDateTime::currentDateTimeUtc())});
            if (!added)
                return added.error();
            given = next;
            return {};
        });
        if (tried)
            return given;
        if (tried.error().kind != Error::Kind::Conflict)
            return tried.error();
    }
    return Error::make(Error::Kind::Conflict,
                       QStringLiteral("Could not give %1 an account number.").arg(crsid));
}

Result<QList<ShellSite>> ShellAccessStore::sitesOfHost(const QString &host, const QDateTime &now)
{
    // A declined request never lived on the host, so it has nothing there to keep.
    Result<Query> sites = m_db.exec(
        QStringLiteral("SELECT id, status FROM sites WHERE host = ? AND status NOT IN (?, ?) ORDER BY id"),
        {host, model::toString(model::SiteStatus::Deleted), model::toString(model::SiteStatus::Declined)});
    if (!sites)
        return sites.error();
    QList<ShellSite> result;
    QHash<QString, qsizetype> index;
    while (sites.value().next()) {
        ShellSite site;
        site.siteId = sites.value().value(0).toString();
        site.status = model::siteStatusFromString(sites.value().value(1).toString())
                          .value_or(model::SiteStatus::Disabled);
        index.insert(site.siteId, result.size());
        result.append(site);
    }
    Result<Query> members = m_db.exec(
        QStringLiteral("SELECT m.site_id, m.crsid, m.role, m.expires_at FROM site_members m JOIN sites s ON "
                       "s.id = m.site_id WHERE s.host = ? AND s.status = ? AND (m.expires_at IS NULL OR "
                       "m.expires_at > ?) ORDER BY m.crsid"),
        {host, model::toString(model::SiteStatus::Active), timeValue(now)});
    if (!members)
        return members.error();
    while (members.value().next()) {
        const auto role = model::roleFromString(members.value().value(2).toString());
        const qsizetype at = index.value(members.value().value(0).toString(), -1);
        if (!role || at < 0)
            continue;
        result[at].people.append(
            ShellMember{members.value().value(1).toString(), *role, timeFrom(members.value().value(3))});
    }
    return result;
}

Result<QStringList> ShellAccessStore::shellSitesOf(const QString &crsid, const QDateTime &now)
{
    Result<Query> q = m_db.exec(
        QStringLiteral(
            "SELECT m.site_id FROM site_members m JOIN sites s ON s.id = m.site_id WHERE m.crsid = ? "
            "AND s.status = ? AND (m.expires_at IS NULL OR m.expires_at > ?) ORDER BY m.site_id"),
        {crsid, model::toString(model::SiteStatus::Active), timeValue(now)});
    if (!q)
        return q.error();
    QStringList sites;
    while (q.value().next())
        sites << q.value().value(0).toString();
    return sites;
}

Result<QString> ShellAccessStore::hostOfSite(const QString &siteId)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT host FROM sites WHERE id = ?"), {siteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("There is no such site."));
    return q.value().value(0).toString();
}

Status ShellAccessStore::publishHost(const SshHost &host)
{
    return m_db.transaction([&]() -> Status {
        Result<Query> removed =
            m_db.exec(QStringLiteral("DELETE FROM ssh_hosts WHERE host = ?"), {host.host});
        if (!removed)
            return removed.error();
        Result<Query> added =
            m_db.exec(QStringLiteral(
                          "INSERT INTO ssh_hosts (host, address, port, user_prefix, public_keys, sites_root, "
                          "tunnel_to, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {host.host, host.address, host.port, textValue(host.userPrefix),
                       host.publicKeys.join(QLatin1Char('\n')), textValue(host.sitesRoot),
                       textValue(host.tunnelTo), timeValue(host.updatedAt)});
        if (!added)
            return added.error();
        return {};
    });
}

Result<SshHost> ShellAccessStore::sshHost(const QString &host)
{
    Result<Query> q = m_db.exec(
        QStringLiteral(
            "SELECT host, address, port, public_keys, updated_at, user_prefix, sites_root, tunnel_to "
            "FROM ssh_hosts "
            "WHERE host = ?"),
        {host});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("The host %1 has not said what its SSH server offers yet.").arg(host));
    SshHost found;
    found.host = q.value().value(0).toString();
    found.address = q.value().value(1).toString();
    found.port = q.value().value(2).toInt();
    found.publicKeys = q.value().value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    found.updatedAt = timeFrom(q.value().value(4));
    found.userPrefix = q.value().value(5).toString();
    found.sitesRoot = q.value().value(6).toString();
    found.tunnelTo = q.value().value(7).toString();
    return found;
}

} // namespace mws::store
