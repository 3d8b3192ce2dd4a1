// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A read-only look into a site's database: its tables (…/databases/{name}/tables) and one table's
// CREATE statement, columns and first rows (…/tables/{table}). Read as the site's own database
// account (server/host/databasetransfer.h), never the administrative one, which only makes the
// account and gives it the site's databases. Deferred routes: the server is asked without
// waiting. A table's name is anything its owner chose: it reaches the SQL only quoted (as an
// identifier, or as a string with its quotes and backslashes escaped).
#include "api/databaseroutes.h"
#include "databasetransfer.h"
#include "siteaccount.h"
#include "sitehost.h"
#include "validate/databasenames.h"

#include <QHttpHeaders>
#include <QJsonArray>

#include <memory>

namespace mws::panel {

namespace {

using Method = QHttpServerRequest::Method;

constexpr int previewRows = 50;
constexpr int maxCellChars = 500;
constexpr int maxTableName = 64; // MariaDB's NAME_CHAR_LEN

QString stringLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

using Results = QList<host::MariaDbAdmin::Rows>;

// Runs the scripts one after the other as the site's account; finish gets every script's rows.
void runScripts(QObject *context, const host::MariaDbConfig &config, const QString &siteId,
                const host::RunAs &runAs, const QStringList &scripts, Results sofar,
                std::function<void(Result<Results>)> finish)
{
    if (sofar.size() == scripts.size())
        return finish(sofar);
    const QString script = scripts.at(sofar.size());
    host::runAsSiteAccount(context, config, siteId, runAs, script,
                           [=](Result<host::MariaDbAdmin::Rows> rows) mutable {
                               if (!rows.ok())
                                   return finish(rows.error());
                               sofar.append(*rows);
                               runScripts(context, config, siteId, runAs, scripts, sofar, finish);
                           });
}

// Makes the site's account ready (its Unix user, ALL on the site's databases), then runs each
// script in turn as it; done gets each script's rows, or the first error.
void readAsSite(PanelContext &context, const QString &siteId, const QString &database,
                const QStringList &scripts, std::function<void(Result<Results>)> done)
{
    host::SiteHost *siteHost = context.host;
    const host::HostConfig config = siteHost->config();
    auto *admin = new host::MariaDbAdmin(config.mariadb, siteHost);
    auto finish = [admin, done](Result<Results> result) {
        admin->deleteLater();
        done(std::move(result));
    };
    admin->listSite(siteId, [=](Result<host::SiteDatabases> listed) {
        if (!listed.ok())
            return finish(listed.error());
        QStringList names;
        for (const host::DatabaseInfo &info : listed->databases)
            names << info.name;
        if (!names.contains(database))
            return finish(Error::make(Error::Kind::NotFound,
                                      QStringLiteral("The site has no database %1.").arg(database)));
        // A site whose user exists (it has web servers, or had a transfer) is ready as it is.
        const auto prepared = [=](std::function<void(Result<host::RunAs>)> next) {
            if (Result<host::RunAs> runAs = host::siteRunAs(config, siteId); runAs.ok())
                return next(runAs);
            host::prepareSiteAccount(admin, config, siteId, std::move(next));
        };
        prepared([=](Result<host::RunAs> runAs) {
            if (!runAs.ok())
                return finish(runAs.error());
            Result<QString> grant = host::mariadbsql::grantSiteAccount(siteId, names);
            if (!grant.ok())
                return finish(grant.error());
            admin->run(*grant, [=](Result<host::MariaDbAdmin::Rows> granted) {
                if (!granted.ok())
                    return finish(granted.error());
                runScripts(admin, config.mariadb, siteId, *runAs, scripts, {}, finish);
            });
        });
    });
}

Status checkDatabase(PanelContext &context, const QString &siteId, const QString &database)
{
    if (Status available = requireSiteAccount(context); !available.ok())
        return available;
    if (const QString problem = validate::databaseNameProblem(siteId, database); !problem.isEmpty())
        return invalidFields({FieldError{QStringLiteral("name"), problem}});
    return {};
}

// The database's tables and views, with their rows (as the server estimates them) and sizes.
void listTables(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access,
                std::function<void(Handled)> done)
{
    const QString database = request.path(QStringLiteral("name"));
    if (Status good = checkDatabase(context, access.site.id, database); !good.ok())
        return done(good.error());
    const QString sql =
        QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE, IFNULL(TABLE_ROWS, 0), IFNULL(DATA_LENGTH + "
                       "INDEX_LENGTH, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 "
                       "ORDER BY TABLE_NAME;")
            .arg(stringLiteral(database));
    readAsSite(context, access.site.id, database, {sql}, [database, done](Result<Results> results) {
        if (!results.ok())
            return done(results.error());
        QJsonArray tables;
        for (const QStringList &row : results->first())
            tables.append(QJsonObject{{QStringLiteral("name"), row.value(0)},
                                      {QStringLiteral("view"), row.value(1) == QLatin1String("VIEW")},
                                      {QStringLiteral("rows"), row.value(2).toDouble()},
                                      {QStringLiteral("sizeBytes"), row.value(3).toDouble()}});
        done(jsonAnswer({}, {{QStringLiteral("database"), database}, {QStringLiteral("tables"), tables}}));
    });
}

QJsonObject previewJson(const QString &database, const QString &table, const Results &results)
{
    QJsonArray columns;
    for (const QStringList &row : results.at(0))
        columns.append(row.value(0));
    QJsonArray rows;
    for (const QStringList &row : results.at(2).mid(0, previewRows)) {
        QJsonArray cells;
        for (const QString &cell : row)
            cells.append(cell.size() > maxCellChars ? cell.left(maxCellChars) + QStringLiteral("…") : cell);
        rows.append(cells);
    }
    return {{QStringLiteral("database"), database},
            {QStringLiteral("table"), table},
            {QStringLiteral("create"), results.at(1).value(0).value(1)},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("truncated"), results.at(2).size() > previewRows}};
}

// One table's CREATE statement, its columns and its first rows (cells cut at maxCellChars; NULL
// reads as the client writes it).
void previewTable(PanelContext &context, const Request &request, const Caller &, const SiteAccess &access,
                  std::function<void(Handled)> done)
{
    const QString database = request.path(QStringLiteral("name"));
    const QString table = request.path(QStringLiteral("table"));
    if (Status good = checkDatabase(context, access.site.id, database); !good.ok())
        return done(good.error());
    if (table.isEmpty() || table.size() > maxTableName)
        return done(invalidFields(
            {FieldError{QStringLiteral("table"),
                        QStringLiteral("A table's name has 1 to %1 characters.").arg(maxTableName)}}));
    const QString qualified = QStringLiteral("`%1`.%2").arg(database, host::quotedName(table));
    const QStringList scripts{
        QStringLiteral(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = %2 "
            "ORDER BY ORDINAL_POSITION;")
            .arg(stringLiteral(database), stringLiteral(table)),
        QStringLiteral("SHOW CREATE TABLE %1;").arg(qualified),
        QStringLiteral("SELECT * FROM %1 LIMIT %2;").arg(qualified).arg(previewRows + 1)};
    readAsSite(context, access.site.id, database, scripts, [database, table, done](Result<Results> results) {
        if (!results.ok()) {
            Error error = results.error();
            if (error.detail.contains(QLatin1String("doesn't exist")))
                error = Error::make(Error::Kind::NotFound,
                                    QStringLiteral("%1 has no table %2.").arg(database, table));
            return done(error);
        }
        done(jsonAnswer({}, previewJson(database, table, *results)));
    });
}

} // namespace

void registerDatabaseTableRoutes(Router &router, PanelContext &context)
{
    const QString database = QStringLiteral("/api/v1/sites/{siteId}/databases/{name}");
    router.addDeferred(Method::Get, database + QStringLiteral("/tables"),
                       deferredSiteRoute(context, Need::Write, listTables));
    router.addDeferred(Method::Get, database + QStringLiteral("/tables/{table}"),
                       deferredSiteRoute(context, Need::Write, previewTable));
}

} // namespace mws::panel
