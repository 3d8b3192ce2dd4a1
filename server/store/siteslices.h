// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A site's desired state is a set of slices: "hosting" (its vhosts and whether it serves them),
// "php" (its PHP settings), and one per area that follows (SSH access, a crontab, …). Each slice
// is one JSON document with its own version, so a change to one never makes a change to another
// stale; the parts that render a site's files read whichever slices they need (SiteState).
// Changes wait here for the job that applies them, one slice each.

#include "database.h"
#include "model/types.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mws::store {

struct SiteSlice
{
    QString siteId;
    QString name;
    qint64 version = 0; // 0: never stored
    QJsonObject document;
    QDateTime appliedAt;
};

// Every slice of one site, by name. A slice never stored reads as version 0 with an empty
// document.
struct SiteState
{
    QString siteId;
    QMap<QString, SiteSlice> slices;

    SiteSlice slice(const QString &name) const;
    // This state with one slice's document replaced, at the version after base.
    SiteState with(const QString &name, const QJsonObject &document, qint64 baseVersion) const;
};

// A change to one slice, stored whole (the document the slice will have), so the job applies
// exactly what was previewed.
struct SiteChange
{
    QString jobId;
    QString siteId;
    QString slice;
    qint64 baseVersion = 0;
    QJsonObject proposed;
    QString action; // audit action, e.g. "vhost.create"
    QString target; // audit target, e.g. the vhost's name
    QString actor;  // who asked
    bool elevated = false;
    QJsonValue auditBefore;
    QJsonValue auditAfter;
    QDateTime createdAt;

    // What the audit log records once the change is live.
    model::AuditEvent auditEvent(const QDateTime &at) const;
};

// The queries of site_slices and site_changes. Holds no connection of its own: each call runs on
// the Database it was made with (one per thread), inside its caller's transaction if there is one.
class SliceStore
{
public:
    explicit SliceStore(Database &database) : m_db(database) {}

    Result<SiteSlice> slice(const QString &siteId, const QString &name);
    Result<SiteState> state(const QString &siteId);
    // One slice of every site that has it, by site id.
    Result<QList<SiteSlice>> everySite(const QString &name);
    // Stores the next version of the slice only if the stored one is expectedVersion
    // (PreconditionFailed otherwise), and returns it as stored.
    Result<SiteSlice> save(SiteSlice slice, qint64 expectedVersion, const QDateTime &now);

    Status addChange(const SiteChange &change);
    Result<SiteChange> change(const QString &jobId);
    Status removeChange(const QString &jobId);
    Result<QStringList> changeJobs(); // oldest first
    // The job of the site's oldest change to that slice still queued or running; empty when none.
    Result<QString> pendingChangeJob(const QString &siteId, const QString &slice);

private:
    Database &m_db;
};

} // namespace mws::store
