// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "model/databases.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mws::api {

// A queued change that made a password: the job, and the password the panel made, which it
// answers this once (Cache-Control: no-store) and never again. Kept by whoever shows it only as
// long as it is on show; never cached, logged or stored.
struct PasswordJob
{
    model::Job job;
    QString user;
    QString password;
};

// A table or view of a database, as the server estimates it.
struct DatabaseTable
{
    QString name;
    bool view = false;
    qint64 rows = 0;
    qint64 sizeBytes = 0;
};

// A table's CREATE statement and first rows (at most 50; a long cell cut, NULL as "NULL").
struct TablePreview
{
    QString table;
    QString create;
    QStringList columns;
    QList<QStringList> rows;
    bool truncated = false; // it has more rows
};

// The databases area's calls, on a PanelClient's engine: the site's MariaDB databases, users and
// grants, and the changes to them, each a job of kind "databases" (answered 202 with the job).
// Made where a call is made (DatabasesClient(*client).databases(siteId)), it keeps nothing but
// the client. None of the changes is retried: a lost answer may hide a job that was queued.
class DatabasesClient
{
public:
    explicit DatabasesClient(PanelClient &client) : m_client(client) {}

    QFuture<Result<Fetched<model::SiteDatabases>>> databases(const QString &siteId,
                                                             const QByteArray &ifNoneMatch = {});

    QFuture<Result<model::Job>> createDatabase(const QString &siteId, const QString &name,
                                               const QString &collation);
    // confirmName is the name typed back by the person dropping it; the panel refuses any other.
    QFuture<Result<model::Job>> dropDatabase(const QString &siteId, const QString &name,
                                             const QString &confirmName);
    QFuture<Result<PasswordJob>> createUser(const QString &siteId, const QString &name);
    QFuture<Result<PasswordJob>> resetPassword(const QString &siteId, const QString &name);
    QFuture<Result<model::Job>> dropUser(const QString &siteId, const QString &name);
    // The user's whole set of grants: each database named gets its level, the site's others none.
    QFuture<Result<model::Job>> setGrants(const QString &siteId, const QString &user,
                                          const QList<QPair<QString, model::DatabaseGrant>> &grants);

    // A read-only look: the database's tables, and one's CREATE statement and first rows.
    QFuture<Result<QList<DatabaseTable>>> tables(const QString &siteId, const QString &database);
    QFuture<Result<TablePreview>> preview(const QString &siteId, const QString &database,
                                          const QString &table);

private:
    PanelClient &m_client;
};

} // namespace mws::api
