// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A site's MariaDB databases, database users and grants (server/host/mariadbadmin.h). GET lists
// them from the server itself; every change is checked here (names of the site's only, 422 with
// the field's problem otherwise), recorded in the audit and queued as a "databases" job, which
// checks the names again against its own site.
//
// GET answers later (a deferred route): the server is asked without waiting, so a slow MariaDB
// holds nothing else up. A change checks the listing while its request waits, for at most
// listingTimeoutMs (a few milliseconds in practice; the client is killed at the limit and the
// answer is 503), and is then a job, whose scripts run asynchronously.
//
// A new user's password (and a reset one) is made here, answered once and never stored: the job
// carries its hash, which the runner removes from the stored payload as the job ends.
#include "api/databaseroutes.h"
#include "api/siteroutes.h"
#include "http/jsonbody.h"
#include "mariadbadmin.h"
#include "sitehost.h"
#include "validate/databasenames.h"

#include <QHttpHeaders>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int listingTimeoutMs = 5000;

Error badField(const QString &field, const QString &problem)
{
    return invalidFields({FieldError{field, problem}});
}

const host::DatabaseUserInfo *findUser(const host::SiteDatabases &listed, const QString &name)
{
    for (const host::DatabaseUserInfo &user : listed.users)
        if (user.name == name)
            return &user;
    return nullptr;
}

bool hasDatabase(const host::SiteDatabases &listed, const QString &name)
{
    return std::any_of(listed.databases.begin(), listed.databases.end(),
                       [&](const host::DatabaseInfo &database) { return database.name == name; });
}

Error notFound(const QString &what)
{
    return Error::make(Error::Kind::NotFound, what);
}

// Read without waiting: the listing comes from the server asynchronously, and the panel answers
// other requests meanwhile.
void readDatabases(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access,
                   std::function<void(Handled)> done)
{
    if (Status available = requireMariaDb(context); !available.ok())
        return done(available.error());
    const QByteArray ifNoneMatch = request.http.method() == Method::Get
                                       ? request.header(QHttpHeaders::WellKnownHeader::IfNoneMatch)
                                       : QByteArray();
    auto *admin = new host::MariaDbAdmin(context.host->config().mariadb, context.host);
    admin->listSite(access.site.id, [admin, ifNoneMatch, siteId = access.site.id,
                                     done = std::move(done)](Result<host::SiteDatabases> listed) {
        admin->deleteLater();
        if (!listed.ok()) {
            Error error = listed.error();
            error.httpStatus = 503;
            return done(error);
        }
        QJsonObject body = listed->toJson();
        body.insert(QStringLiteral("prefix"), validate::siteDatabasePrefix(siteId) + QLatin1Char('_'));
        body.insert(QStringLiteral("collations"), QJsonArray::fromStringList(validate::databaseCollations()));
        done(jsonAnswer(ifNoneMatch, body));
    });
}

// Queues the change after recording it; the payload's secret, if any, is never audited (and the
// store drops it when the job finishes).
Handled queueChange(PanelContext &context, const Request &request, const Caller &caller,
                    const SiteAccess &access, const QString &kind, const QString &target,
                    const QJsonObject &payload, const QJsonValue &before = QJsonValue::Null,
                    const QJsonValue &after = QJsonValue::Null)
{
    if (Status audited = recordAudit(context, caller, access.site.id, kind, target, before, after);
        !audited.ok())
        return audited.error();
    return queueSiteJob(context, request, caller, access.site.id, kind, QStringLiteral("databases"), payload);
}

// 202 with the job and the password, which is shown this once.
Handled withPassword(Handled queued, const Request &request, const QString &user, const QString &password)
{
    if (!queued.ok())
        return queued;
    QHttpServerResponse &response = queued.value();
    QJsonObject body = QJsonDocument::fromJson(response.data()).object();
    body.insert(QStringLiteral("user"), user);
    body.insert(QStringLiteral("password"), password);
    QHttpServerResponse answer = jsonResponse(request, body, 202);
    QHttpHeaders headers = answer.headers();
    headers.append(QHttpHeaders::WellKnownHeader::Location,
                   response.headers().value(QHttpHeaders::WellKnownHeader::Location).toByteArray());
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store"); // the password, once
    answer.setHeaders(std::move(headers));
    return answer;
}

Handled createDatabase(PanelContext &context, const Request &request, const Caller &caller,
                       const SiteAccess &access)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const QString name = body->string(QStringLiteral("name"), true, 200).value_or(QString());
    const QString collation = body->string(QStringLiteral("collation"), false, 100)
                                  .value_or(validate::databaseCollations().first());
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    QList<FieldError> fields;
    if (const QString problem = validate::databaseNameProblem(access.site.id, name); !problem.isEmpty())
        fields << FieldError{QStringLiteral("name"), problem};
    if (const QString problem = validate::databaseCollationProblem(collation); !problem.isEmpty())
        fields << FieldError{QStringLiteral("collation"), problem};
    if (!fields.isEmpty())
        return invalidFields(fields);
    Result<host::SiteDatabases> listed = siteDatabaseListing(context, access.site.id);
    if (!listed.ok())
        return listed.error();
    if (hasDatabase(*listed, name))
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("The site has a database %1 already.").arg(name));
    const QJsonObject payload{{QStringLiteral("action"), QStringLiteral("database.create")},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("collation"), collation}};
    return queueChange(context, request, caller, access, QStringLiteral("database.create"), name, payload,
                       QJsonValue::Null, QJsonObject{{QStringLiteral("collation"), collation}});
}

Handled dropDatabase(PanelContext &context, const Request &request, const Caller &caller,
                     const SiteAccess &access)
{
    const QString name = request.path(QStringLiteral("name"));
    if (const QString problem = validate::databaseNameProblem(access.site.id, name); !problem.isEmpty())
        return badField(QStringLiteral("name"), problem);
    // The name typed back, as a query parameter: a DELETE carries no body.
    if (request.query(QStringLiteral("confirmName")) != name)
        return badField(
            QStringLiteral("confirmName"),
            QStringLiteral("Type the database's name, %1, to drop it: its tables and every row in "
                           "them are lost, and the users' grants on it with them.")
                .arg(name));
    Result<host::SiteDatabases> listed = siteDatabaseListing(context, access.site.id);
    if (!listed.ok())
        return listed.error();
    if (!hasDatabase(*listed, name))
        return notFound(QStringLiteral("The site has no database %1.").arg(name));
    const QJsonObject payload{{QStringLiteral("action"), QStringLiteral("database.drop")},
                              {QStringLiteral("name"), name}};
    return queueChange(context, request, caller, access, QStringLiteral("database.drop"), name, payload);
}

// A user of the site's that exists, or the error to answer.
Result<host::DatabaseUserInfo> existingUser(PanelContext &context, const SiteAccess &access,
                                            const QString &name, host::SiteDatabases *listedOut = nullptr)
{
    if (const QString problem = validate::databaseUserNameProblem(access.site.id, name); !problem.isEmpty())
        return badField(QStringLiteral("name"), problem);
    Result<host::SiteDatabases> listed = siteDatabaseListing(context, access.site.id);
    if (!listed.ok())
        return listed.error();
    const host::DatabaseUserInfo *user = findUser(*listed, name);
    if (!user)
        return notFound(QStringLiteral("The site has no database user %1.").arg(name));
    if (listedOut)
        *listedOut = *listed;
    return *user;
}

// A new password for the user, made here: the job gets only its hash, the caller the password
// itself, once, in the answer.
Handled queueWithNewPassword(PanelContext &context, const Request &request, const Caller &caller,
                             const SiteAccess &access, const QString &action, const QString &auditAction,
                             const QString &name)
{
    const QString password = host::newDatabasePassword();
    const QJsonObject payload{{QStringLiteral("action"), action},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("secret"), QJsonObject{{QStringLiteral("passwordHash"),
                                                                      host::nativePasswordHash(password)}}}};
    return withPassword(queueChange(context, request, caller, access, auditAction, name, payload), request,
                        name, password);
}

Handled createUser(PanelContext &context, const Request &request, const Caller &caller,
                   const SiteAccess &access)
{
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const QString name = body->string(QStringLiteral("name"), true, 200).value_or(QString());
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    if (const QString problem = validate::databaseUserNameProblem(access.site.id, name); !problem.isEmpty())
        return badField(QStringLiteral("name"), problem);
    Result<host::SiteDatabases> listed = siteDatabaseListing(context, access.site.id);
    if (!listed.ok())
        return listed.error();
    if (findUser(*listed, name))
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("The site has a database user %1 already.").arg(name));
    return queueWithNewPassword(context, request, caller, access, QStringLiteral("user.create"),
                                QStringLiteral("database-user.create"), name);
}

Handled resetPassword(PanelContext &context, const Request &request, const Caller &caller,
                      const SiteAccess &access)
{
    const QString name = request.path(QStringLiteral("name"));
    Result<host::DatabaseUserInfo> user = existingUser(context, access, name);
    if (!user.ok())
        return user.error();
    return queueWithNewPassword(context, request, caller, access, QStringLiteral("user.password"),
                                QStringLiteral("database-user.password"), name);
}

Handled dropUser(PanelContext &context, const Request &request, const Caller &caller,
                 const SiteAccess &access)
{
    const QString name = request.path(QStringLiteral("name"));
    Result<host::DatabaseUserInfo> user = existingUser(context, access, name);
    if (!user.ok())
        return user.error();
    const QJsonObject payload{{QStringLiteral("action"), QStringLiteral("user.drop")},
                              {QStringLiteral("name"), name}};
    return queueChange(context, request, caller, access, QStringLiteral("database-user.drop"), name, payload,
                       user->toJson());
}

Handled setGrants(PanelContext &context, const Request &request, const Caller &caller,
                  const SiteAccess &access)
{
    const QString name = request.path(QStringLiteral("name"));
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    QJsonObject levels;
    QList<FieldError> fields;
    if (auto items = body->objects(QStringLiteral("grants"), true, 200))
        for (qsizetype i = 0; i < items->size(); ++i) {
            JsonBody &item = (*items)[i];
            const QString database = item.string(QStringLiteral("database"), true, 200).value_or(QString());
            const QString level = item.string(QStringLiteral("level"), true, 20).value_or(QString());
            body->adopt(QStringLiteral("grants[%1].").arg(i), item);
            const QString at = QStringLiteral("grants[%1].").arg(i);
            if (const QString problem = validate::databaseNameProblem(access.site.id, database);
                !problem.isEmpty())
                fields << FieldError{at + QStringLiteral("database"), problem};
            else if (levels.contains(database))
                fields << FieldError{at + QStringLiteral("database"),
                                     QStringLiteral("%1 is named twice.").arg(database)};
            if (!host::grantLevelFromCode(level))
                fields << FieldError{at + QStringLiteral("level"),
                                     QStringLiteral("The level is all, read-write, read-only or none.")};
            levels.insert(database, level);
        }
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    if (!fields.isEmpty())
        return invalidFields(fields);
    host::SiteDatabases listed;
    Result<host::DatabaseUserInfo> user = existingUser(context, access, name, &listed);
    if (!user.ok())
        return user.error();
    for (auto it = levels.begin(); it != levels.end(); ++it)
        if (!hasDatabase(listed, it.key()))
            return notFound(QStringLiteral("The site has no database %1.").arg(it.key()));
    const QJsonObject payload{{QStringLiteral("action"), QStringLiteral("user.grants")},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("grants"), levels}};
    return queueChange(context, request, caller, access, QStringLiteral("database-user.grants"), name,
                       payload, user->toJson().value(QStringLiteral("grants")), levels);
}

} // namespace

Status requireMariaDb(PanelContext &context)
{
    if (Result<host::SiteHost *> host = requireHost(context); !host.ok())
        return host.error();
    if (context.host->config().mariadb.enabled)
        return {};
    Error error = Error::make(Error::Kind::Unavailable,
                              QStringLiteral("This host offers no databases ([mariadb] enabled is off)."));
    error.httpStatus = 503;
    return error;
}

Status requireSiteAccount(PanelContext &context)
{
    if (Status available = requireMariaDb(context); !available.ok())
        return available;
    if (context.host->config().unixUsers)
        return {};
    Error error = Error::make(Error::Kind::Unavailable,
                              QStringLiteral("This runs as the site's own Unix user, and this host has none "
                                             "([host] unix_users is off)."));
    error.httpStatus = 503;
    return error;
}

Result<host::SiteDatabases> siteDatabaseListing(PanelContext &context, const QString &siteId)
{
    if (Status available = requireMariaDb(context); !available.ok())
        return available.error();
    Result<host::SiteDatabases> listed =
        host::MariaDbAdmin(context.host->config().mariadb).listSiteWaiting(siteId, listingTimeoutMs);
    if (!listed.ok()) {
        Error error = listed.error();
        error.httpStatus = 503;
        return error;
    }
    return listed;
}

void registerDatabaseRoutes(Router &router, PanelContext &context)
{
    const QString site = QStringLiteral("/api/v1/sites/{siteId}");
    router.addDeferred(Method::Get, site + QStringLiteral("/databases"),
                       deferredSiteRoute(context, Need::Read, readDatabases));
    router.add(Method::Post, site + QStringLiteral("/databases"),
               siteRoute(context, Need::Write, createDatabase));
    router.add(Method::Delete, site + QStringLiteral("/databases/{name}"),
               siteRoute(context, Need::Write, dropDatabase));
    router.add(Method::Post, site + QStringLiteral("/database-users"),
               siteRoute(context, Need::Write, createUser));
    router.add(Method::Post, site + QStringLiteral("/database-users/{name}/password"),
               siteRoute(context, Need::Write, resetPassword));
    router.add(Method::Delete, site + QStringLiteral("/database-users/{name}"),
               siteRoute(context, Need::Write, dropUser));
    router.add(Method::Put, site + QStringLiteral("/database-users/{name}/grants"),
               siteRoute(context, Need::Write, setGrants));
}

} // namespace mws::panel
