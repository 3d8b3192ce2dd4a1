// What each site serves, its domain names, and the changes waiting to be applied.

#include "sqlsupport.h"
#include "store.h"

#include <QJsonDocument>

namespace mws::store {

using namespace detail;

namespace {

model::SiteHosting readHosting(const Query &q)
{
    model::SiteHosting hosting = model::SiteHosting::fromJson(jsonObjectFrom(q.value(2)));
    hosting.siteId = q.value(0).toString();
    hosting.version = q.value(1).toLongLong();
    hosting.appliedAt = timeFrom(q.value(3));
    return hosting;
}

QJsonObject changeJson(const HostingChange &change)
{
    return {{QStringLiteral("proposed"), change.proposed.toJson()},
            {QStringLiteral("action"), change.action},
            {QStringLiteral("target"), change.target},
            {QStringLiteral("actor"), change.actor},
            {QStringLiteral("elevated"), change.elevated},
            {QStringLiteral("auditBefore"), change.auditBefore},
            {QStringLiteral("auditAfter"), change.auditAfter}};
}

} // namespace

model::AuditEvent HostingChange::auditEvent(const QDateTime &at) const
{
    model::AuditEvent event;
    event.at = at;
    event.actor = actor;
    event.elevated = elevated;
    event.siteId = siteId;
    event.action = action;
    event.target = target;
    event.before = auditBefore;
    event.after = auditAfter;
    return event;
}

Result<model::SiteHosting> Store::siteHosting(const QString &siteId)
{
    Result<Query> q =
        m_db.exec(QStringLiteral(
                      "SELECT site_id, version, config_json, applied_at FROM site_hosting WHERE site_id = ?"),
                  {siteId});
    if (!q)
        return q.error();
    if (q.value().next())
        return readHosting(q.value());
    model::SiteHosting empty;
    empty.siteId = siteId;
    return empty;
}

Result<QList<model::SiteHosting>> Store::allSiteHostings()
{
    Result<Query> q = m_db.exec(QStringLiteral(
        "SELECT site_id, version, config_json, applied_at FROM site_hosting ORDER BY site_id"));
    if (!q)
        return q.error();
    QList<model::SiteHosting> all;
    while (q.value().next())
        all.append(readHosting(q.value()));
    return all;
}

Result<model::SiteHosting> Store::saveSiteHosting(model::SiteHosting hosting, qint64 expectedVersion,
                                                  const QDateTime &now)
{
    return inTransaction<model::SiteHosting>(m_db, [&]() -> Result<model::SiteHosting> {
        Result<model::SiteHosting> stored = siteHosting(hosting.siteId);
        if (!stored)
            return stored.error();
        if (stored->version != expectedVersion)
            return Error::make(
                Error::Kind::PreconditionFailed,
                QStringLiteral("The hosting of %1 is at version %2, not %3: someone changed it "
                               "in the meantime.")
                    .arg(hosting.siteId)
                    .arg(stored->version)
                    .arg(expectedVersion));
        hosting.version = expectedVersion + 1;
        hosting.appliedAt = now;
        QJsonObject json = hosting.toJson();
        // The columns hold these; the document keeps the rest.
        json.remove(QStringLiteral("siteId"));
        json.remove(QStringLiteral("version"));
        json.remove(QStringLiteral("appliedAt"));
        json.remove(QStringLiteral("home"));
        Result<Query> written =
            expectedVersion == 0
                ? m_db.exec(
                      QStringLiteral("INSERT INTO site_hosting (site_id, version, config_json, applied_at) "
                                     "VALUES (?, ?, ?, ?)"),
                      {hosting.siteId, hosting.version, jsonObjectValue(json), timeValue(now)})
                : m_db.exec(
                      QStringLiteral("UPDATE site_hosting SET version = ?, config_json = ?, applied_at = ? "
                                     "WHERE site_id = ?"),
                      {hosting.version, jsonObjectValue(json), timeValue(now), hosting.siteId});
        if (!written)
            return written.error();
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
        return hosting;
    });
}

Result<QString> Store::domainOwner(const QString &domain)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT site_id FROM domains WHERE name = ?"), {domain});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status Store::addHostingChange(const HostingChange &change)
{
    Result<Query> q = m_db.exec(QStringLiteral("INSERT INTO hosting_changes (job_id, site_id, base_version, "
                                               "change_json, created_at) VALUES (?, ?, ?, ?, ?)"),
                                {change.jobId, change.siteId, change.baseVersion,
                                 jsonObjectValue(changeJson(change)), timeValue(change.createdAt)});
    if (!q)
        return q.error();
    return {};
}

Result<HostingChange> Store::hostingChange(const QString &jobId)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT job_id, site_id, base_version, change_json, created_at "
                                 "FROM hosting_changes WHERE job_id = ?"),
                  {jobId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("Job %1 has no hosting change waiting.").arg(jobId));
    const QJsonObject json = jsonObjectFrom(q.value().value(3));
    HostingChange change;
    change.jobId = q.value().value(0).toString();
    change.siteId = q.value().value(1).toString();
    change.baseVersion = q.value().value(2).toLongLong();
    change.proposed = model::SiteHosting::fromJson(json.value(QLatin1String("proposed")).toObject());
    change.action = json.value(QLatin1String("action")).toString();
    change.target = json.value(QLatin1String("target")).toString();
    change.actor = json.value(QLatin1String("actor")).toString();
    change.elevated = json.value(QLatin1String("elevated")).toBool();
    change.auditBefore = json.value(QLatin1String("auditBefore"));
    change.auditAfter = json.value(QLatin1String("auditAfter"));
    change.createdAt = timeFrom(q.value().value(4));
    return change;
}

Status Store::removeHostingChange(const QString &jobId)
{
    Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM hosting_changes WHERE job_id = ?"), {jobId});
    if (!q)
        return q.error();
    return {};
}

Result<QStringList> Store::hostingChangeJobs()
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT job_id FROM hosting_changes ORDER BY created_at, job_id"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

Result<QString> Store::pendingHostingJob(const QString &siteId)
{
    // A change whose job was cancelled before it ran is not pending.
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT h.job_id FROM hosting_changes h JOIN jobs j ON j.id = h.job_id "
                                 "WHERE h.site_id = ? AND j.state IN (?, ?) "
                                 "ORDER BY h.created_at, h.job_id LIMIT 1"),
                  {siteId, toString(model::JobState::Queued), toString(model::JobState::Running)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace mws::store
