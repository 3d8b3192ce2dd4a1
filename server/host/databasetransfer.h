// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Exports and imports of a site's MariaDB databases: what runs, as whom, and on which database.
//
// A dump is never read or written by the administrative account. Each site has its own database
// account, named as its Unix user ("site-1a2b3c4d"@localhost) and authenticated by the server's
// unix_socket plugin: only a process of the site's Unix user can be it (the site's PHP included,
// which may do as much with its own databases anyway), and the panel starts the clients as that
// user (processrunner.h). The administrative account gives it ALL on each of the site's
// databases and nothing else (never GRANT OPTION, never a global privilege); while a dump loads,
// on the scratch database alone. So whatever a dump says (GRANT, CREATE USER, USE another_db or
// the target, SET GLOBAL, LOAD_FILE) is said by an account that may touch only that database, and
// the client runs in --sandbox mode (no \! shell, no source, no file access).
//
// A definition's DEFINER is taken out as the dump loads (sed, as the site's user, on the lines
// that start a definition): the account could not create an object as another account, so
// every view, trigger, routine and event of an import is the site account's own, and runs with
// its privileges on the site's databases.
//
// An import never writes to the database it replaces: it goes into a scratch database,
// "<prefix>#new", which no owner can name ('#' is not in their names, and the listing's LIKE does
// not match it); databaseswap.h then moves it in.

#include "clientpipeline.h"
#include "hostconfig.h"
#include "mariadbadmin.h"

#include <QStringList>

namespace mws::host {

// The site's own database account, and the two scratch databases of an import: what is imported
// ("#new") and what it replaces, set aside until the swap ends ("#old").
QString siteDatabaseAccount(const QString &siteId);
QString scratchDatabase(const QString &siteId);
QString setAsideDatabase(const QString &siteId);

// A name the site chose (a table, view, trigger or routine of its own) as an identifier: in
// backticks, a backtick in it doubled. Nothing else of the site's reaches the panel's SQL.
QString quotedName(const QString &name);

namespace mariadbsql {
// Makes the site's account if it is missing and leaves it ALL on exactly these databases (the
// site's own names, or its scratch databases) and no other privilege.
Result<QString> grantSiteAccount(const QString &siteId, const QStringList &databases);
// The account keeps no privilege.
Result<QString> revokeSiteAccount(const QString &siteId);
// Both scratch databases, empty, made with the target's collation.
Result<QString> prepareScratch(const QString &siteId, const QString &collation);
Result<QString> dropScratch(const QString &siteId);
} // namespace mariadbsql

// mariadb-dump of one database as the site's account, consistent (--single-transaction), with
// its routines, events and triggers and without CREATE DATABASE or USE (so it loads into any
// database), compressed by gzip.
QList<PipelineStage> exportStages(const MariaDbConfig &config, const QString &siteId, const QString &database,
                                  const RunAs &runAs);
// The client as the site's account, sandboxed, into the scratch database, stopping at the
// first error, after sed takes the definers out; gzip -dc first when the upload is compressed.
QList<PipelineStage> importStages(const MariaDbConfig &config, const QString &siteId, bool compressed,
                                  const RunAs &runAs);

// "The dump failed at line 12: …" from what the client wrote to standard error.
QString importFailure(const QString &clientErrors);
// Which table mariadb-dump --verbose says it is dumping, or "" for another line.
QString dumpedTable(const QString &verboseLine);

// Runs SQL the panel wrote as the site's own account (the client as the site's Unix user,
// sandboxed); done is called once, later.
void runAsSiteAccount(QObject *context, const MariaDbConfig &config, const QString &siteId,
                      const RunAs &runAs, const QString &sql,
                      std::function<void(Result<MariaDbAdmin::Rows>)> done);

} // namespace mws::host
