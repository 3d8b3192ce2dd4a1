// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/databases.h"

#include <QJsonArray>

namespace mws::model {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString databaseGrantCode(DatabaseGrant level)
{
    switch (level) {
    case DatabaseGrant::None:
        return QStringLiteral("none");
    case DatabaseGrant::ReadOnly:
        return QStringLiteral("read-only");
    case DatabaseGrant::ReadWrite:
        return QStringLiteral("read-write");
    case DatabaseGrant::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("none");
}

std::optional<DatabaseGrant> databaseGrantFromCode(const QString &code)
{
    for (DatabaseGrant level :
         {DatabaseGrant::None, DatabaseGrant::ReadOnly, DatabaseGrant::ReadWrite, DatabaseGrant::All})
        if (databaseGrantCode(level) == code)
            return level;
    return std::nullopt;
}

QJsonObject DatabaseEntry::toJson() const
{
    return {{key("name"), name},
            {key("collation"), collation},
            {key("sizeBytes"), sizeBytes},
            {key("tables"), tables}};
}

DatabaseEntry DatabaseEntry::fromJson(const QJsonObject &json)
{
    DatabaseEntry entry;
    entry.name = json.value(key("name")).toString();
    entry.collation = json.value(key("collation")).toString();
    entry.sizeBytes = json.value(key("sizeBytes")).toInteger();
    entry.tables = json.value(key("tables")).toInt();
    return entry;
}

QJsonObject DatabaseUser::toJson() const
{
    QJsonArray list;
    for (auto it = grants.cbegin(); it != grants.cend(); ++it)
        list.append(QJsonObject{{key("database"), it.key()}, {key("level"), databaseGrantCode(it.value())}});
    return {{key("name"), name}, {key("grants"), list}, {key("inStep"), inStep}};
}

DatabaseUser DatabaseUser::fromJson(const QJsonObject &json)
{
    DatabaseUser user;
    user.name = json.value(key("name")).toString();
    user.inStep = json.value(key("inStep")).toBool(true);
    for (const QJsonValue &value : json.value(key("grants")).toArray()) {
        const QJsonObject grant = value.toObject();
        const std::optional<DatabaseGrant> level =
            databaseGrantFromCode(grant.value(key("level")).toString());
        if (level && *level != DatabaseGrant::None)
            user.grants.insert(grant.value(key("database")).toString(), *level);
    }
    return user;
}

QJsonObject SiteDatabases::toJson() const
{
    QJsonArray databaseList, userList;
    for (const DatabaseEntry &database : databases)
        databaseList.append(database.toJson());
    for (const DatabaseUser &user : users)
        userList.append(user.toJson());
    return {{key("databases"), databaseList},
            {key("users"), userList},
            {key("prefix"), prefix},
            {key("collations"), QJsonArray::fromStringList(collations)}};
}

SiteDatabases SiteDatabases::fromJson(const QJsonObject &json)
{
    SiteDatabases site;
    for (const QJsonValue &value : json.value(key("databases")).toArray())
        site.databases.append(DatabaseEntry::fromJson(value.toObject()));
    for (const QJsonValue &value : json.value(key("users")).toArray())
        site.users.append(DatabaseUser::fromJson(value.toObject()));
    site.prefix = json.value(key("prefix")).toString();
    for (const QJsonValue &value : json.value(key("collations")).toArray())
        site.collations.append(value.toString());
    return site;
}

} // namespace mws::model
