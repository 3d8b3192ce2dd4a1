// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A site's MariaDB databases, database users and their grants: the panel's answer to
// GET /api/v1/sites/{siteId}/databases, as the desktop reads and caches it. The panel builds the
// same JSON from its own listing types (server/host/mariadbadmin.h); no password is ever in it.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::model {

enum class DatabaseGrant
{
    None,
    ReadOnly,
    ReadWrite,
    All,
};
QString databaseGrantCode(DatabaseGrant level); // "none", "read-only", "read-write", "all"
std::optional<DatabaseGrant> databaseGrantFromCode(const QString &code);

struct DatabaseEntry
{
    QString name;
    QString collation;
    qint64 sizeBytes = 0;
    int tables = 0;

    QJsonObject toJson() const;
    static DatabaseEntry fromJson(const QJsonObject &json);
};

struct DatabaseUser
{
    QString name;
    QMap<QString, DatabaseGrant> grants; // database → level; a database not named is None
    bool inStep = true;                  // its socket and tunnel accounts agree

    DatabaseGrant grantOn(const QString &database) const
    {
        return grants.value(database, DatabaseGrant::None);
    }
    QJsonObject toJson() const;
    static DatabaseUser fromJson(const QJsonObject &json);
};

struct SiteDatabases
{
    QList<DatabaseEntry> databases;
    QList<DatabaseUser> users;
    QString prefix;         // every name of the site's starts with it ("s1a2b3c4d_")
    QStringList collations; // what a new database may be made with, the default first

    QJsonObject toJson() const;
    static SiteDatabases fromJson(const QJsonObject &json);
};

} // namespace mws::model
