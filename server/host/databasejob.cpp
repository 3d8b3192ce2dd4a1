// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The "databases" runner: a change to a site's MariaDB databases, users or grants, as the
// administrative account makes it (mariadbadmin.h). The payload says what ("action") and names
// only what the route checked; the runner checks the names again against the job's own site, so
// a job can touch nothing of another site's.
//
// A new user's or reset password travels as its hash (mysql_native_password: "*" and 40 hex
// digits; the password itself never reaches the store) in the payload while the job waits; the
// runner removes it from the stored payload as the job ends, whether it succeeded or failed, so
// no finished job keeps a hash that would set the same password elsewhere or could be attacked
// offline.
//
// Every script is idempotent (IF NOT EXISTS, IF EXISTS, a grant replacing the one before), so
// recover() runs the change again: a half-made user gets its second account, a half-dropped one
// loses it.

#include "hostjobs.h"
#include "mariadbadmin.h"
#include "sitehost.h"
#include "store.h"

#include <QJsonArray>

namespace mws::host {

namespace {

class DatabasesRunner final : public jobs::JobRunner
{
public:
    explicit DatabasesRunner(SiteHost &host) : m_admin(host.config().mariadb) {}

    QString name() const override { return QStringLiteral("databases"); }

    void start(jobs::JobRun &run) override { execute(run); }

    void recover(jobs::JobRun &run) override
    {
        run.log(QStringLiteral("The panel making this change stopped; making it again from the start"));
        execute(run);
    }

private:
    void execute(jobs::JobRun &run)
    {
        const QJsonObject payload = run.job().payload;
        const QString action = payload.value(QStringLiteral("action")).toString();
        if (action == QLatin1String("user.grants"))
            return setGrants(run);
        Result<QString> sql = scriptFor(run.job().siteId, payload);
        if (!sql.ok())
            return end(run, sql.error());
        run.progress(10, QStringLiteral("Changing the site's databases"));
        m_admin.run(*sql, [this, &run](Result<MariaDbAdmin::Rows> rows) {
            if (!rows.ok())
                return end(run, rows.error());
            end(run, {});
        });
    }

    static Result<QString> scriptFor(const QString &siteId, const QJsonObject &payload)
    {
        const QString action = payload.value(QStringLiteral("action")).toString();
        const QString name = payload.value(QStringLiteral("name")).toString();
        const QString hash = payload.value(QStringLiteral("secret"))
                                 .toObject()
                                 .value(QStringLiteral("passwordHash"))
                                 .toString();
        if (action == QLatin1String("database.create"))
            return mariadbsql::createDatabase(siteId, name,
                                              payload.value(QStringLiteral("collation")).toString());
        if (action == QLatin1String("database.drop"))
            return mariadbsql::dropDatabase(siteId, name);
        if (action == QLatin1String("user.create"))
            return mariadbsql::createUser(siteId, name, hash);
        if (action == QLatin1String("user.password"))
            return mariadbsql::setPassword(siteId, name, hash);
        if (action == QLatin1String("user.drop"))
            return mariadbsql::dropUser(siteId, name);
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("The job asks for nothing this panel knows."));
    }

    // The user's grants on every database of the site: the level the payload gives, none on the
    // others. The site's databases are listed first, so a grant names one that exists.
    void setGrants(jobs::JobRun &run)
    {
        const QString siteId = run.job().siteId;
        run.progress(10, QStringLiteral("Reading the site's databases"));
        m_admin.listSite(siteId, [this, &run, siteId](Result<SiteDatabases> listed) {
            if (!listed.ok())
                return end(run, listed.error());
            const QJsonObject payload = run.job().payload;
            const QString user = payload.value(QStringLiteral("name")).toString();
            const QJsonObject levels = payload.value(QStringLiteral("grants")).toObject();
            QStringList databases;
            for (const DatabaseInfo &database : listed->databases)
                databases << database.name;
            for (auto it = levels.begin(); it != levels.end(); ++it)
                if (!databases.contains(it.key()))
                    return end(run,
                               Error::make(Error::Kind::NotFound,
                                           QStringLiteral("The site has no database %1.").arg(it.key())));
            QString sql;
            for (const QString &database : databases) {
                const GrantLevel level =
                    grantLevelFromCode(levels.value(database).toString()).value_or(GrantLevel::None);
                Result<QString> part = mariadbsql::setGrant(siteId, user, database, level);
                if (!part.ok())
                    return end(run, part.error());
                sql += *part;
            }
            if (sql.isEmpty())
                return end(run, {});
            run.progress(50, QStringLiteral("Setting the user's grants"));
            m_admin.run(sql, [this, &run](Result<MariaDbAdmin::Rows> rows) {
                end(run, rows.ok() ? Status() : Status(rows.error()));
            });
        });
    }

    // Ends the job; the store takes the password hash out of its payload as it finishes.
    void end(jobs::JobRun &run, const Status &status)
    {
        if (!status.ok()) {
            const Error &error = status.error();
            return run.fail(error.detail.isEmpty() ? error.message
                                                   : error.message + QLatin1Char(' ') + error.detail);
        }
        run.succeed();
    }

    MariaDbAdmin m_admin;
};

} // namespace

std::unique_ptr<jobs::JobRunner> makeDatabasesRunner(SiteHost &host)
{
    if (!host.config().mariadb.enabled)
        return nullptr;
    return std::make_unique<DatabasesRunner>(host);
}

} // namespace mws::host
