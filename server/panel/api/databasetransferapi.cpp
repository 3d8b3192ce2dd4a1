// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Exports and imports of a site's MariaDB databases (server/host/databasetransfer.h).
//
// An export is a job; when it has succeeded its file is downloaded from
// …/database-exports/{jobId}, streamed from disk. An import is uploaded first, because QtHttpServer
// holds a request's whole body in memory: POST …/database-imports announces the size (refused
// at once over [mariadb] max_import_mib or when the disk has no room), then each part of at most
// 1 MiB is PUT at its offset (?offset=N; a part at another offset is refused with where the
// upload ends, so a client resumes from there), and POST …/{id}/apply, with the database's name
// typed back, queues the import, which replaces the database only once the whole dump has loaded.
#include "api/databaseroutes.h"
#include "databasefiles.h"
#include "http/jsonbody.h"
#include "sitehost.h"
#include "store.h"
#include "validate/databasenames.h"

#include <QDateTime>
#include <QHttpHeaders>
#include <QRegularExpression>

#include <algorithm>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

constexpr qint64 maxPartBytes = JsonBody::maxBytes; // what the request gate lets through

// The site's database of that name, as the server lists it.
Result<host::DatabaseInfo> existingDatabase(PanelContext &context, const QString &siteId, const QString &name,
                                            const QString &field)
{
    if (const QString problem = validate::databaseNameProblem(siteId, name); !problem.isEmpty())
        return invalidFields({FieldError{field, problem}});
    Result<host::SiteDatabases> listed = siteDatabaseListing(context, siteId);
    if (!listed.ok())
        return listed.error();
    for (const host::DatabaseInfo &database : listed->databases)
        if (database.name == name)
            return database;
    return Error::make(Error::Kind::NotFound, QStringLiteral("The site has no database %1.").arg(name));
}

Handled exportDatabase(PanelContext &context, const Request &request, const Caller &caller,
                       const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    Result<host::DatabaseInfo> database = existingDatabase(
        context, access.site.id, request.path(QStringLiteral("name")), QStringLiteral("name"));
    if (!database.ok())
        return database.error();
    if (Status audited = recordAudit(context, caller, access.site.id, QStringLiteral("database.export"),
                                     database->name, QJsonValue::Null, QJsonValue::Null);
        !audited.ok())
        return audited.error();
    return queueSiteJob(
        context, request, caller, access.site.id, QStringLiteral("database.export"),
        QStringLiteral("database.transfer"),
        {{QStringLiteral("action"), QStringLiteral("export")}, {QStringLiteral("database"), database->name}});
}

Handled downloadExport(PanelContext &context, const Request &request, const Caller &,
                       const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    const QString jobId = request.path(QStringLiteral("jobId"));
    Result<model::Job> job = context.store.job(jobId);
    const Error gone = Error::make(
        Error::Kind::NotFound, QStringLiteral("There is no finished export %1 of this site's.").arg(jobId));
    if (!job.ok() || job->siteId != access.site.id || job->kind != QLatin1String("database.export") ||
        job->state != model::JobState::Succeeded)
        return gone;
    const QString path = host::DatabaseFiles(context.host->config(), access.site.id).finishedExport(job->id);
    if (path.isEmpty())
        return Error::make(
            Error::Kind::NotFound,
            QStringLiteral("Export %1 was replaced by a newer one of the same database.").arg(jobId));
    const QString database = job->payload.value(QStringLiteral("database")).toString();
    const QString name =
        QStringLiteral("%1-%2.sql.gz")
            .arg(database, job->finishedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return fileResponse(path, "application/gzip", name);
}

QJsonObject uploadJson(const QString &siteId, const host::ImportUpload &upload)
{
    QJsonObject json = upload.toJson();
    json.insert(QStringLiteral("url"),
                QStringLiteral("/api/v1/sites/%1/database-imports/%2").arg(siteId, upload.id));
    json.insert(QStringLiteral("maxPartBytes"), double(maxPartBytes));
    return json;
}

Handled createUpload(PanelContext &context, const Request &request, const Caller &caller,
                     const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const qint64 limit = context.host->config().mariadb.maxImportBytes;
    const QString name = body->string(QStringLiteral("database"), true, 200).value_or(QString());
    // Any size is read (to say what the limit is), and refused over it below.
    const qint64 size = body->integer(QStringLiteral("size"), true, 1, qint64(1) << 52).value_or(0);
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    if (size > limit)
        return invalidFields({FieldError{
            QStringLiteral("size"), QStringLiteral("An import on this host is at most %1 MiB; this one is "
                                                   "%2 MiB.")
                                        .arg(limit >> 20)
                                        .arg((size + (1 << 20) - 1) >> 20)}});
    Result<host::DatabaseInfo> database =
        existingDatabase(context, access.site.id, name, QStringLiteral("database"));
    if (!database.ok())
        return database.error();
    Result<host::ImportUpload> upload = host::DatabaseFiles(context.host->config(), access.site.id)
                                            .createUpload(database->name, size, caller.crsid);
    if (!upload.ok())
        return upload.error();
    const QJsonObject json = uploadJson(access.site.id, *upload);
    QHttpServerResponse response = jsonResponse(request, json, 201);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::Location,
                   json.value(QStringLiteral("url")).toString().toUtf8());
    response.setHeaders(std::move(headers));
    return response;
}

Handled readUpload(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    Result<host::ImportUpload> upload = host::DatabaseFiles(context.host->config(), access.site.id)
                                            .upload(request.path(QStringLiteral("id")));
    if (!upload.ok())
        return upload.error();
    return jsonResponse(request, uploadJson(access.site.id, *upload));
}

Handled sendPart(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    bool number = false;
    const qint64 offset = request.query(QStringLiteral("offset")).toLongLong(&number);
    if (!number || offset < 0)
        return invalidFields(
            {FieldError{QStringLiteral("offset"),
                        QStringLiteral("Say where the part goes: ?offset= and a number of bytes.")}});
    const QByteArray part = request.http.body();
    if (part.isEmpty())
        return invalidFields({FieldError{QStringLiteral("body"), QStringLiteral("The part is empty.")}});
    Result<host::ImportUpload> upload = host::DatabaseFiles(context.host->config(), access.site.id)
                                            .append(request.path(QStringLiteral("id")), offset, part);
    if (!upload.ok())
        return upload.error();
    return jsonResponse(request, uploadJson(access.site.id, *upload));
}

Handled cancelUpload(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    const host::DatabaseFiles files(context.host->config(), access.site.id);
    Result<host::ImportUpload> upload = files.upload(request.path(QStringLiteral("id")));
    if (!upload.ok())
        return upload.error();
    files.removeUpload(upload->id);
    return emptyResponse();
}

Handled applyImport(PanelContext &context, const Request &request, const Caller &caller,
                    const SiteAccess &access)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available.error();
    auto body = JsonBody::parse(request.http);
    if (!body.ok())
        return body.error();
    const QString confirmName = body->string(QStringLiteral("confirmName"), true, 200).value_or(QString());
    if (Status finished = body->finish(); !finished.ok())
        return finished.error();
    Result<host::ImportUpload> upload = host::DatabaseFiles(context.host->config(), access.site.id)
                                            .upload(request.path(QStringLiteral("id")));
    if (!upload.ok())
        return upload.error();
    if (!upload->complete())
        return Error::make(Error::Kind::Conflict,
                           QStringLiteral("The upload has %1 of its %2 bytes; send the rest first.")
                               .arg(upload->received)
                               .arg(upload->size));
    if (confirmName != upload->database)
        return invalidFields({FieldError{
            QStringLiteral("confirmName"),
            QStringLiteral(
                "Type the database's name, %1, to import into it: what it holds now is replaced by "
                "the dump once the whole dump has loaded.")
                .arg(upload->database)}});
    Result<host::DatabaseInfo> database =
        existingDatabase(context, access.site.id, upload->database, QStringLiteral("database"));
    if (!database.ok())
        return database.error();
    if (Status audited =
            recordAudit(context, caller, access.site.id, QStringLiteral("database.import"), database->name,
                        QJsonValue::Null, QJsonObject{{QStringLiteral("bytes"), double(upload->size)}});
        !audited.ok())
        return audited.error();
    return queueSiteJob(context, request, caller, access.site.id, QStringLiteral("database.import"),
                        QStringLiteral("database.transfer"),
                        {{QStringLiteral("action"), QStringLiteral("import")},
                         {QStringLiteral("database"), database->name},
                         {QStringLiteral("upload"), upload->id}});
}

} // namespace

void registerDatabaseTransferRoutes(Router &router, PanelContext &context)
{
    const QString site = QStringLiteral("/api/v1/sites/{siteId}");
    router.add(Method::Post, site + QStringLiteral("/databases/{name}/export"),
               siteRoute(context, Need::Write, exportDatabase));
    router.add(Method::Get, site + QStringLiteral("/database-exports/{jobId}"),
               siteRoute(context, Need::Write, downloadExport));
    router.add(Method::Post, site + QStringLiteral("/database-imports"),
               siteRoute(context, Need::Write, createUpload));
    router.add(Method::Get, site + QStringLiteral("/database-imports/{id}"),
               siteRoute(context, Need::Write, readUpload));
    router.add(Method::Put, site + QStringLiteral("/database-imports/{id}"),
               siteRoute(context, Need::Write, sendPart));
    router.add(Method::Delete, site + QStringLiteral("/database-imports/{id}"),
               siteRoute(context, Need::Write, cancelUpload));
    router.add(Method::Post, site + QStringLiteral("/database-imports/{id}/apply"),
               siteRoute(context, Need::Write, applyImport));
}

} // namespace mws::panel
