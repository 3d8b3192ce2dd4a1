// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migrations.h"

#include "cronstore.h"
#include "hostingstore.h"
#include "inventorystore.h"
#include "shellaccessstore.h"
#include "sshkeystore.h"

namespace mws::store::detail {

namespace {

// Users, API tokens, sign-in flows and Raven's replay cache.
QStringList peopleAndSignIn()
{
    return {
        QStringLiteral(R"(CREATE TABLE users (
         crsid TEXT PRIMARY KEY,
         display_name TEXT NOT NULL,
         staff INTEGER NOT NULL DEFAULT 0,
         created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE api_tokens (
         id TEXT PRIMARY KEY,
         crsid TEXT NOT NULL REFERENCES users (crsid),
         name TEXT NOT NULL,
         secret_hash TEXT NOT NULL UNIQUE,
         created_at BIGINT NOT NULL,
         last_used_at BIGINT,
         expires_at BIGINT NOT NULL,
         elevated_until BIGINT,
         revoked_at BIGINT))"),
        QStringLiteral("CREATE INDEX api_tokens_by_crsid ON api_tokens (crsid)"),
        QStringLiteral(R"(CREATE TABLE login_flows (
         id TEXT PRIMARY KEY,
         login_token_hash TEXT NOT NULL UNIQUE,
         poll_token_hash TEXT NOT NULL UNIQUE,
         client_name TEXT NOT NULL,
         purpose TEXT NOT NULL,
         elevate_token_id TEXT NOT NULL,
         status TEXT NOT NULL,
         principal TEXT NOT NULL,
         nonce_hash TEXT NOT NULL,
         csrf_hash TEXT NOT NULL,
         failure_reason TEXT NOT NULL,
         created_at BIGINT NOT NULL,
         expires_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX login_flows_by_expiry ON login_flows (expires_at)"),
        // The primary key is what makes replay detection atomic.
        QStringLiteral(R"(CREATE TABLE raven_responses (
         issue BIGINT NOT NULL,
         response_id TEXT NOT NULL,
         seen_at BIGINT NOT NULL,
         PRIMARY KEY (issue, response_id)))"),
        QStringLiteral("CREATE INDEX raven_responses_by_seen ON raven_responses (seen_at)"),
    };
}

// Sites, their members, the audit trail, jobs and idempotency keys.
QStringList sitesAuditAndJobs()
{
    return {
        QStringLiteral(R"(CREATE TABLE sites (
         id TEXT PRIMARY KEY,
         name TEXT NOT NULL UNIQUE,
         description TEXT NOT NULL,
         contact_email TEXT NOT NULL,
         status TEXT NOT NULL,
         hostname TEXT NOT NULL,
         suspension_reason TEXT NOT NULL,
         requested_by TEXT NOT NULL,
         created_at BIGINT NOT NULL,
         updated_at BIGINT NOT NULL,
         version BIGINT NOT NULL))"),
        // Members need not be users yet: people are added before they first sign in.
        QStringLiteral(R"(CREATE TABLE site_members (
         site_id TEXT NOT NULL REFERENCES sites (id),
         crsid TEXT NOT NULL,
         role TEXT NOT NULL,
         expires_at BIGINT,
         added_by TEXT NOT NULL,
         created_at BIGINT NOT NULL,
         PRIMARY KEY (site_id, crsid)))"),
        QStringLiteral("CREATE INDEX site_members_by_crsid ON site_members (crsid)"),
        // No foreign key to sites: the trail outlives what it describes.
        QStringLiteral(R"(CREATE TABLE audit_events (
         id {{id}},
         at BIGINT NOT NULL,
         actor TEXT NOT NULL,
         elevated INTEGER NOT NULL,
         site_id TEXT NOT NULL,
         action TEXT NOT NULL,
         target TEXT NOT NULL,
         before_json TEXT,
         after_json TEXT))"),
        QStringLiteral("CREATE INDEX audit_events_by_at ON audit_events (at)"),
        QStringLiteral("CREATE INDEX audit_events_by_site ON audit_events (site_id, at)"),
        QStringLiteral("CREATE INDEX audit_events_by_actor ON audit_events (actor, at)"),
        // log_seq numbers the log lines; bumping it locks the job row, so appenders queue.
        QStringLiteral(R"(CREATE TABLE jobs (
         id TEXT PRIMARY KEY,
         site_id TEXT NOT NULL,
         kind TEXT NOT NULL,
         state TEXT NOT NULL,
         progress INTEGER NOT NULL,
         created_by TEXT NOT NULL,
         created_at BIGINT NOT NULL,
         started_at BIGINT,
         finished_at BIGINT,
         error TEXT NOT NULL,
         result_json TEXT NOT NULL,
         log_seq INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX jobs_by_site ON jobs (site_id, created_at)"),
        QStringLiteral("CREATE INDEX jobs_by_state ON jobs (state)"),
        QStringLiteral(R"(CREATE TABLE job_log (
         job_id TEXT NOT NULL REFERENCES jobs (id),
         seq INTEGER NOT NULL,
         at BIGINT NOT NULL,
         line TEXT NOT NULL,
         PRIMARY KEY (job_id, seq)))"),
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
         crsid TEXT NOT NULL,
         idem_key TEXT NOT NULL,
         method TEXT NOT NULL,
         path TEXT NOT NULL,
         request_hash {{blob}} NOT NULL,
         status INTEGER NOT NULL,
         body {{blob}} NOT NULL,
         created_at BIGINT NOT NULL,
         PRIMARY KEY (crsid, idem_key)))"),
        QStringLiteral("CREATE INDEX idempotency_keys_by_created ON idempotency_keys (created_at)"),
    };
}

// What each site serves, its domain names, and changes waiting for their job.
QStringList hostingTables()
{
    return {
        // What each site serves, as the panel last applied it (one JSON document per site).
        QStringLiteral(R"(CREATE TABLE site_hosting (
         site_id TEXT PRIMARY KEY REFERENCES sites (id),
         version BIGINT NOT NULL,
         config_json TEXT NOT NULL,
         applied_at BIGINT))"),
        // A domain name belongs to one vhost of the whole service: the key says so.
        QStringLiteral(R"(CREATE TABLE domains (
         name TEXT PRIMARY KEY,
         site_id TEXT NOT NULL REFERENCES sites (id),
         vhost TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX domains_by_site ON domains (site_id)"),
        // A change waiting for (or being applied by) its job; gone once the job ends.
        QStringLiteral(R"(CREATE TABLE hosting_changes (
         job_id TEXT PRIMARY KEY REFERENCES jobs (id),
         site_id TEXT NOT NULL,
         base_version BIGINT NOT NULL,
         change_json TEXT NOT NULL,
         created_at BIGINT NOT NULL))"),
    };
}

// When the Raven session behind a verified flow ends.
QStringList ravenSessionEnds()
{
    return {
        // When the Raven session behind a verified flow ends: staff mode ends with it.
        QStringLiteral("ALTER TABLE login_flows ADD COLUMN raven_session_ends_at BIGINT"),
    };
}

// The job queue several panels share.
QStringList jobQueue()
{
    return {
        // Which host a site lives on: the panels serving that host run its jobs.
        QStringLiteral("ALTER TABLE sites ADD COLUMN host TEXT NOT NULL DEFAULT 'local'"),
        // The job queue: the runner that carries a job out (its kind says what it does),
        // its input, the host it runs on, and which panel holds it until when (the lease).
        QStringLiteral("ALTER TABLE jobs ADD COLUMN runner TEXT NOT NULL DEFAULT 'hosting'"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN payload_json TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN host TEXT NOT NULL DEFAULT 'local'"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN lease_until BIGINT"),
        QStringLiteral("CREATE INDEX jobs_by_queue ON jobs (host, state, created_at)"),
    };
}

// A site's state as slices (store/siteslices.h), each with its own version.
QStringList siteSlices()
{
    return {
        // A site's state as slices, each with its own version: hosting was the only one.
        QStringLiteral(R"(CREATE TABLE site_slices (
         site_id TEXT NOT NULL REFERENCES sites (id),
         slice TEXT NOT NULL,
         version BIGINT NOT NULL,
         document TEXT NOT NULL,
         applied_at BIGINT,
         PRIMARY KEY (site_id, slice)))"),
        QStringLiteral("INSERT INTO site_slices (site_id, slice, version, document, applied_at) "
                       "SELECT site_id, 'hosting', version, config_json, applied_at FROM site_hosting"),
        QStringLiteral("DROP TABLE site_hosting"),
        // A change to one slice, waiting for (or being applied by) its job.
        QStringLiteral(R"(CREATE TABLE site_changes (
         job_id TEXT PRIMARY KEY REFERENCES jobs (id),
         site_id TEXT NOT NULL,
         slice TEXT NOT NULL,
         base_version BIGINT NOT NULL,
         change_json TEXT NOT NULL,
         created_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX site_changes_by_site ON site_changes (site_id, slice)"),
        QStringLiteral("INSERT INTO site_changes (job_id, site_id, slice, base_version, change_json, "
                       "created_at) SELECT job_id, site_id, 'hosting', base_version, change_json, "
                       "created_at FROM hosting_changes"),
        QStringLiteral("DROP TABLE hosting_changes"),
    };
}

// Why staff declined a site's request, for its owner to read (the site stays, status "declined").
QStringList siteDeclineReasons()
{
    return {QStringLiteral("ALTER TABLE sites ADD COLUMN decline_reason TEXT NOT NULL DEFAULT ''")};
}

} // namespace

// Times are BIGINT milliseconds since the epoch (UTC), JSON is TEXT, booleans are INTEGER 0/1,
// and enums are their model string forms.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1, peopleAndSignIn() + sitesAuditAndJobs()},
        {2, hostingTables()},
        {3, ravenSessionEnds()},
        {4, jobQueue()},
        {5, siteSlices()},
        {6, {}, &movePhpIntoItsOwnSlice},
        {7, sshKeyTables()},
        {8, shellAccessTables()},
        {9, shellAccessSitesRoot()},
        {10, cronRunTables()},
        {11, inventoryTables()},
        {12, siteDeclineReasons()},
    };
    return all;
}

QString adaptSql(Database::Driver driver, QString sql)
{
    const bool postgres = driver == Database::Driver::Postgres;
    // SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY (a 64-bit rowid).
    sql.replace(QLatin1String("{{id}}"),
                postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                         : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("{{blob}}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return sql;
}

} // namespace mws::store::detail
