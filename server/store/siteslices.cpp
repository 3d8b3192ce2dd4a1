// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "siteslices.h"

#include "sqlsupport.h"

namespace mws::store {

using namespace detail;

namespace {

const QString sliceColumns = QStringLiteral("site_id, slice, version, document, applied_at");

SiteSlice readSlice(const Query &q)
{
    SiteSlice slice;
    slice.siteId = q.value(0).toString();
    slice.name = q.value(1).toString();
    slice.version = q.value(2).toLongLong();
    slice.document = jsonObjectFrom(q.value(3));
    slice.appliedAt = timeFrom(q.value(4));
    return slice;
}

QJsonObject changeJson(const SiteChange &change)
{
    return {
        {QStringLiteral("proposed"), change.proposed},    {QStringLiteral("action"), change.action},
        {QStringLiteral("target"), change.target},        {QStringLiteral("actor"), change.actor},
        {QStringLiteral("elevated"), change.elevated},    {QStringLiteral("auditBefore"), change.auditBefore},
        {QStringLiteral("auditAfter"), change.auditAfter}};
}

} // namespace

SiteSlice SiteState::slice(const QString &name) const
{
    SiteSlice found = slices.value(name);
    found.siteId = siteId;
    found.name = name;
    return found;
}

SiteState SiteState::with(const QString &name, const QJsonObject &document, qint64 baseVersion) const
{
    SiteState next = *this;
    SiteSlice &slice = next.slices[name];
    slice.siteId = siteId;
    slice.name = name;
    slice.document = document;
    slice.version = baseVersion + 1;
    return next;
}

model::AuditEvent SiteChange::auditEvent(const QDateTime &at) const
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

Result<SiteSlice> SliceStore::slice(const QString &siteId, const QString &name)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM site_slices WHERE site_id = ? AND slice = ?").arg(sliceColumns),
        {siteId, name});
    if (!q)
        return q.error();
    if (q.value().next())
        return readSlice(q.value());
    SiteSlice empty;
    empty.siteId = siteId;
    empty.name = name;
    return empty;
}

Result<SiteState> SliceStore::state(const QString &siteId)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM site_slices WHERE site_id = ? ORDER BY slice").arg(sliceColumns),
        {siteId});
    if (!q)
        return q.error();
    SiteState state;
    state.siteId = siteId;
    while (q.value().next()) {
        SiteSlice slice = readSlice(q.value());
        state.slices.insert(slice.name, slice);
    }
    return state;
}

Result<QList<SiteSlice>> SliceStore::everySite(const QString &name)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT %1 FROM site_slices WHERE slice = ? ORDER BY site_id").arg(sliceColumns),
        {name});
    if (!q)
        return q.error();
    QList<SiteSlice> all;
    while (q.value().next())
        all.append(readSlice(q.value()));
    return all;
}

Result<SiteSlice> SliceStore::save(SiteSlice slice, qint64 expectedVersion, const QDateTime &now)
{
    return inTransaction<SiteSlice>(m_db, [&]() -> Result<SiteSlice> {
        Result<SiteSlice> stored = this->slice(slice.siteId, slice.name);
        if (!stored)
            return stored.error();
        if (stored->version != expectedVersion)
            return Error::make(Error::Kind::PreconditionFailed,
                               QStringLiteral("The %1 of %2 is at version %3, not %4: someone changed it "
                                              "in the meantime.")
                                   .arg(slice.name, slice.siteId)
                                   .arg(stored->version)
                                   .arg(expectedVersion));
        slice.version = expectedVersion + 1;
        slice.appliedAt = now;
        const QVariantList values{jsonObjectValue(slice.document), slice.version, timeValue(now),
                                  slice.siteId, slice.name};
        Result<Query> written =
            expectedVersion == 0
                ? m_db.exec(QStringLiteral("INSERT INTO site_slices (document, version, applied_at, site_id, "
                                           "slice) VALUES (?, ?, ?, ?, ?)"),
                            values)
                : m_db.exec(QStringLiteral("UPDATE site_slices SET document = ?, version = ?, applied_at = ? "
                                           "WHERE site_id = ? AND slice = ?"),
                            values);
        if (!written)
            return written.error();
        return slice;
    });
}

Status SliceStore::addChange(const SiteChange &change)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("INSERT INTO site_changes (job_id, site_id, slice, base_version, "
                                 "change_json, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {change.jobId, change.siteId, change.slice, change.baseVersion,
                   jsonObjectValue(changeJson(change)), timeValue(change.createdAt)});
    if (!q)
        return q.error();
    return {};
}

Result<SiteChange> SliceStore::change(const QString &jobId)
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT job_id, site_id, slice, base_version, change_json, created_at "
                                 "FROM site_changes WHERE job_id = ?"),
                  {jobId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(QStringLiteral("Job %1 has no change waiting.").arg(jobId));
    const QJsonObject json = jsonObjectFrom(q.value().value(4));
    SiteChange change;
    change.jobId = q.value().value(0).toString();
    change.siteId = q.value().value(1).toString();
    change.slice = q.value().value(2).toString();
    change.baseVersion = q.value().value(3).toLongLong();
    change.proposed = json.value(QLatin1String("proposed")).toObject();
    change.action = json.value(QLatin1String("action")).toString();
    change.target = json.value(QLatin1String("target")).toString();
    change.actor = json.value(QLatin1String("actor")).toString();
    change.elevated = json.value(QLatin1String("elevated")).toBool();
    change.auditBefore = json.value(QLatin1String("auditBefore"));
    change.auditAfter = json.value(QLatin1String("auditAfter"));
    change.createdAt = timeFrom(q.value().value(5));
    return change;
}

Status SliceStore::removeChange(const QString &jobId)
{
    Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM site_changes WHERE job_id = ?"), {jobId});
    if (!q)
        return q.error();
    return {};
}

Result<QStringList> SliceStore::changeJobs()
{
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT job_id FROM site_changes ORDER BY created_at, job_id"));
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    return ids;
}

Result<QString> SliceStore::pendingChangeJob(const QString &siteId, const QString &slice)
{
    // A change whose job was cancelled before it ran is not pending.
    Result<Query> q =
        m_db.exec(QStringLiteral("SELECT c.job_id FROM site_changes c JOIN jobs j ON j.id = c.job_id "
                                 "WHERE c.site_id = ? AND c.slice = ? AND j.state IN (?, ?) "
                                 "ORDER BY c.created_at, c.job_id LIMIT 1"),
                  {siteId, slice, toString(model::JobState::Queued), toString(model::JobState::Running)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

} // namespace mws::store
