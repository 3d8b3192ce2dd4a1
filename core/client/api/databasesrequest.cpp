// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/databasesrequest.h"

#include "api/panelcall.h"

#include <QJsonArray>

namespace mws::api {

namespace {

using json::check;
using json::Type;

QString sitePath(const QString &siteId, const QString &rest)
{
    return QStringLiteral("api/v1/sites/%1/%2").arg(segment(siteId), rest);
}

Result<model::SiteDatabases> readDatabases(const QJsonObject &json)
{
    if (auto checked = check(json, "databases",
                             {{"databases", Type::Array},
                              {"users", Type::Array},
                              {"prefix", Type::String},
                              {"collations", Type::Array}});
        !checked.ok())
        return checked.error();
    for (const QJsonValue &value : json.value(QLatin1String("databases")).toArray())
        if (auto checked = check(value.toObject(), "database",
                                 {{"name", Type::String},
                                  {"collation", Type::String},
                                  {"sizeBytes", Type::Number},
                                  {"tables", Type::Number}});
            !checked.ok())
            return checked.error();
    for (const QJsonValue &value : json.value(QLatin1String("users")).toArray()) {
        const QJsonObject user = value.toObject();
        if (auto checked = check(user, "database user", {{"name", Type::String}, {"grants", Type::Array}});
            !checked.ok())
            return checked.error();
        for (const QJsonValue &grant : user.value(QLatin1String("grants")).toArray()) {
            if (auto checked =
                    check(grant.toObject(), "grant", {{"database", Type::String}, {"level", Type::String}});
                !checked.ok())
                return checked.error();
            if (auto known =
                    json::checkEnum(grant.toObject(), "grant", "level", &model::databaseGrantFromCode);
                !known.ok())
                return known.error();
        }
    }
    return model::SiteDatabases::fromJson(json);
}

// The job and the password answered with it (never kept beyond the returned value).
Result<PasswordJob> readPasswordJob(const QJsonObject &json)
{
    if (auto checked = check(json, "password", {{"user", Type::String}, {"password", Type::String}});
        !checked.ok())
        return checked.error();
    Result<model::Job> job = json::job(json);
    if (!job.ok())
        return job.error();
    return PasswordJob{std::move(job).value(), json.value(QLatin1String("user")).toString(),
                       json.value(QLatin1String("password")).toString()};
}

Result<QList<DatabaseTable>> readTables(const QJsonObject &json)
{
    if (auto checked = check(json, "tables", {{"tables", Type::Array}}); !checked.ok())
        return checked.error();
    QList<DatabaseTable> tables;
    for (const QJsonValue &value : json.value(QLatin1String("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        if (auto checked = check(table, "table",
                                 {{"name", Type::String},
                                  {"view", Type::Bool},
                                  {"rows", Type::Number},
                                  {"sizeBytes", Type::Number}});
            !checked.ok())
            return checked.error();
        tables.append({table.value(QLatin1String("name")).toString(),
                       table.value(QLatin1String("view")).toBool(),
                       table.value(QLatin1String("rows")).toInteger(),
                       table.value(QLatin1String("sizeBytes")).toInteger()});
    }
    return tables;
}

Result<TablePreview> readPreview(const QJsonObject &json)
{
    if (auto checked = check(json, "table preview",
                             {{"table", Type::String},
                              {"create", Type::String},
                              {"columns", Type::Array},
                              {"rows", Type::Array},
                              {"truncated", Type::Bool}});
        !checked.ok())
        return checked.error();
    TablePreview preview{json.value(QLatin1String("table")).toString(),
                         json.value(QLatin1String("create")).toString(),
                         {},
                         {},
                         json.value(QLatin1String("truncated")).toBool()};
    for (const QJsonValue &column : json.value(QLatin1String("columns")).toArray())
        preview.columns << column.toString();
    for (const QJsonValue &row : json.value(QLatin1String("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        preview.rows << cells;
    }
    return preview;
}

QFuture<Result<model::Job>> queued(PanelClient &client, const QByteArray &method, const QUrl &url,
                                   const QByteArray &body = {})
{
    return call(client, httpRequest(method, url, false, body), reading<model::Job>(&json::job));
}

} // namespace

QFuture<Result<Fetched<model::SiteDatabases>>> DatabasesClient::databases(const QString &siteId,
                                                                          const QByteArray &ifNoneMatch)
{
    return fetch<model::SiteDatabases>(m_client, m_client.url(sitePath(siteId, QStringLiteral("databases"))),
                                       &readDatabases, ifNoneMatch);
}

QFuture<Result<model::Job>> DatabasesClient::createDatabase(const QString &siteId, const QString &name,
                                                            const QString &collation)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!collation.isEmpty())
        body.insert(QStringLiteral("collation"), collation);
    return queued(m_client, "POST", m_client.url(sitePath(siteId, QStringLiteral("databases"))),
                  jsonBytes(body));
}

QFuture<Result<model::Job>> DatabasesClient::dropDatabase(const QString &siteId, const QString &name,
                                                          const QString &confirmName)
{
    const QUrl url = m_client.url(sitePath(siteId, QStringLiteral("databases/%1").arg(segment(name))),
                                  {{QStringLiteral("confirmName"), confirmName}});
    return queued(m_client, "DELETE", url);
}

QFuture<Result<PasswordJob>> DatabasesClient::createUser(const QString &siteId, const QString &name)
{
    const QUrl url = m_client.url(sitePath(siteId, QStringLiteral("database-users")));
    return call(m_client, httpRequest("POST", url, false, jsonBytes({{QStringLiteral("name"), name}})),
                reading<PasswordJob>(&readPasswordJob));
}

QFuture<Result<PasswordJob>> DatabasesClient::resetPassword(const QString &siteId, const QString &name)
{
    const QUrl url =
        m_client.url(sitePath(siteId, QStringLiteral("database-users/%1/password").arg(segment(name))));
    return call(m_client, httpRequest("POST", url, false, jsonBytes({})),
                reading<PasswordJob>(&readPasswordJob));
}

QFuture<Result<model::Job>> DatabasesClient::dropUser(const QString &siteId, const QString &name)
{
    return queued(m_client, "DELETE",
                  m_client.url(sitePath(siteId, QStringLiteral("database-users/%1").arg(segment(name)))));
}

QFuture<Result<model::Job>>
DatabasesClient::setGrants(const QString &siteId, const QString &user,
                           const QList<QPair<QString, model::DatabaseGrant>> &grants)
{
    QJsonArray list;
    for (const auto &[database, level] : grants)
        list.append(QJsonObject{{QStringLiteral("database"), database},
                                {QStringLiteral("level"), model::databaseGrantCode(level)}});
    const QUrl url =
        m_client.url(sitePath(siteId, QStringLiteral("database-users/%1/grants").arg(segment(user))));
    return queued(m_client, "PUT", url, jsonBytes({{QStringLiteral("grants"), list}}));
}

QFuture<Result<QList<DatabaseTable>>> DatabasesClient::tables(const QString &siteId, const QString &database)
{
    const QUrl url =
        m_client.url(sitePath(siteId, QStringLiteral("databases/%1/tables").arg(segment(database))));
    return call(m_client, httpRequest("GET", url, true), reading<QList<DatabaseTable>>(&readTables));
}

QFuture<Result<TablePreview>> DatabasesClient::preview(const QString &siteId, const QString &database,
                                                       const QString &table)
{
    const QUrl url = m_client.url(
        sitePath(siteId, QStringLiteral("databases/%1/tables/%2").arg(segment(database), segment(table))));
    return call(m_client, httpRequest("GET", url, true), reading<TablePreview>(&readPreview));
}

} // namespace mws::api
