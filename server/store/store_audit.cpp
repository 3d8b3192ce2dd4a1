// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail.

#include "sqlsupport.h"
#include "store.h"

namespace mws::store {

using namespace detail;

Result<qint64> Store::appendAudit(const model::AuditEvent &event)
{
    if (!event.at.isValid())
        return invalid(QStringLiteral("at"), QStringLiteral("An audit event needs its time."));
    if (event.action.isEmpty())
        return invalid(QStringLiteral("action"), QStringLiteral("An audit event needs an action."));
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        // RETURNING (SQLite 3.35, PostgreSQL) rather than lastInsertId(), which QPSQL reads as an OID.
        Result<Query> q = m_db.exec(
            QStringLiteral(
                "INSERT INTO audit_events (at, actor, elevated, site_id, action, target, before_json, "
                "after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {timeValue(event.at), textValue(event.actor), boolValue(event.elevated), textValue(event.siteId),
             event.action, textValue(event.target), jsonValue(event.before), jsonValue(event.after)});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::make(Error::Kind::Backend, QStringLiteral("The new audit event has no id."));
        const qint64 id = q.value().value(0).toLongLong();
        // SQLite commits only once the statement is done.
        q.value().finish();
        return id;
    });
}

Result<Page<model::AuditEvent>> Store::audit(const AuditQuery &query)
{
    if (Status page = checkPage(query.offset, query.limit); !page)
        return page.error();
    QStringList where;
    QVariantList values;
    if (!query.siteId.isEmpty()) {
        where << QStringLiteral("site_id = ?");
        values << query.siteId;
    }
    if (!query.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        values << query.actor;
    }
    if (!query.actionPrefix.isEmpty()) {
        // SUBSTR rather than LIKE: LIKE ignores case in SQLite but not in PostgreSQL.
        where << QStringLiteral("SUBSTR(action, 1, ?) = ?");
        values << int(query.actionPrefix.size()) << query.actionPrefix;
    }
    if (query.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << timeValue(query.since);
    }
    const QString filter =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));

    Result<Query> counted = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events") + filter, values);
    if (!counted)
        return counted.error();
    Page<model::AuditEvent> page;
    page.total = counted.value().next() ? counted.value().value(0).toInt() : 0;

    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT id, at, actor, elevated, site_id, action, target, before_json, after_json "
                       "FROM audit_events%1 ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
            .arg(filter),
        values + QVariantList{query.limit, query.offset});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const Query &row = q.value();
        model::AuditEvent event;
        event.id = row.value(0).toLongLong();
        event.at = timeFrom(row.value(1));
        event.actor = row.value(2).toString();
        event.elevated = row.value(3).toInt() != 0;
        event.siteId = row.value(4).toString();
        event.action = row.value(5).toString();
        event.target = row.value(6).toString();
        event.before = jsonFrom(row.value(7));
        event.after = jsonFrom(row.value(8));
        page.items.append(event);
    }
    return page;
}

} // namespace mws::store
