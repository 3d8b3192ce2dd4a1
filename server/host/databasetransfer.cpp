// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databasetransfer.h"

#include "renderer.h"
#include "validate/databasenames.h"

#include <QProcess>
#include <QRegularExpression>

#include <memory>

namespace mws::host {

namespace {

Error refused(const QString &message)
{
    return Error::make(Error::Kind::Invalid, message);
}

// The site's account as a string: the site id is "site-" and hex digits (the prefix check).
Result<QString> accountOf(const QString &siteId)
{
    if (validate::siteDatabasePrefix(siteId).isEmpty())
        return refused(QStringLiteral("%1 is not a site id.").arg(siteId));
    return QStringLiteral("'%1'@'localhost'").arg(siteDatabaseAccount(siteId));
}

// A database the site's account may be given: one of the site's names, or its scratch ones.
bool isSitesDatabase(const QString &siteId, const QString &database)
{
    return database == scratchDatabase(siteId) || database == setAsideDatabase(siteId) ||
           validate::databaseNameProblem(siteId, database).isEmpty();
}

QStringList clientConnection(const MariaDbConfig &config, const QString &siteId)
{
    return {QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + config.socket,
            QStringLiteral("--user=") + siteDatabaseAccount(siteId),
            QStringLiteral("--default-character-set=utf8mb4")};
}

} // namespace

QString siteDatabaseAccount(const QString &siteId)
{
    return siteUnixUser(siteId); // unix_socket: the account's name is the Unix user's
}

QString scratchDatabase(const QString &siteId)
{
    return validate::siteDatabasePrefix(siteId) + QStringLiteral("#new");
}

QString setAsideDatabase(const QString &siteId)
{
    return validate::siteDatabasePrefix(siteId) + QStringLiteral("#old");
}

QString quotedName(const QString &name)
{
    return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QStringLiteral("``")) +
           QLatin1Char('`');
}

namespace mariadbsql {

Result<QString> grantSiteAccount(const QString &siteId, const QStringList &databases)
{
    Result<QString> account = revokeSiteAccount(siteId);
    if (!account.ok())
        return account;
    QString sql = *account;
    for (const QString &database : databases) {
        if (!isSitesDatabase(siteId, database))
            return refused(QStringLiteral("%1 is not a database of the site's.").arg(database));
        sql += QStringLiteral("GRANT ALL PRIVILEGES ON %1 TO %2;\n")
                   .arg(grantTarget(database), *accountOf(siteId));
    }
    return sql;
}

Result<QString> revokeSiteAccount(const QString &siteId)
{
    Result<QString> account = accountOf(siteId);
    if (!account.ok())
        return account;
    return QStringLiteral("CREATE USER IF NOT EXISTS %1 IDENTIFIED VIA unix_socket;\n"
                          "REVOKE ALL PRIVILEGES, GRANT OPTION FROM %1;\n")
        .arg(*account);
}

Result<QString> prepareScratch(const QString &siteId, const QString &collation)
{
    if (const QString problem = validate::databaseCollationProblem(collation); !problem.isEmpty())
        return refused(problem);
    Result<QString> sql = dropScratch(siteId);
    if (!sql.ok())
        return sql;
    for (const QString &database : {scratchDatabase(siteId), setAsideDatabase(siteId)})
        *sql += QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE %2;\n")
                    .arg(database, collation);
    return sql;
}

Result<QString> dropScratch(const QString &siteId)
{
    if (validate::siteDatabasePrefix(siteId).isEmpty())
        return refused(QStringLiteral("%1 is not a site id.").arg(siteId));
    return QStringLiteral("DROP DATABASE IF EXISTS `%1`;\nDROP DATABASE IF EXISTS `%2`;\n")
        .arg(scratchDatabase(siteId), setAsideDatabase(siteId));
}

} // namespace mariadbsql

QList<PipelineStage> exportStages(const MariaDbConfig &config, const QString &siteId, const QString &database,
                                  const RunAs &runAs)
{
    QStringList dump = clientConnection(config, siteId);
    dump << QStringLiteral("--single-transaction") << QStringLiteral("--quick")
         << QStringLiteral("--routines") << QStringLiteral("--events") << QStringLiteral("--triggers")
         << QStringLiteral("--hex-blob") << QStringLiteral("--skip-dump-date") << QStringLiteral("--verbose")
         << QStringLiteral("--") << database;
    return {PipelineStage{config.dumpClient, dump, runAs, QStringLiteral("mariadb-dump")},
            PipelineStage{QStringLiteral("/bin/gzip"),
                          {QStringLiteral("-1"), QStringLiteral("-n")},
                          runAs,
                          QStringLiteral("gzip")}};
}

QList<PipelineStage> importStages(const MariaDbConfig &config, const QString &siteId, bool compressed,
                                  const RunAs &runAs)
{
    QStringList client = clientConnection(config, siteId);
    client << QStringLiteral("--sandbox") << QStringLiteral("--batch")
           << QStringLiteral("--database=") + scratchDatabase(siteId);
    QList<PipelineStage> stages;
    if (compressed)
        stages << PipelineStage{
            QStringLiteral("/bin/gzip"), {QStringLiteral("-dc")}, runAs, QStringLiteral("gzip")};
    // Only a line that starts a definition (mariadb-dump's "/*!50013 DEFINER=…", "CREATE
    // DEFINER=…"); rows are lines of INSERT, whose values mariadb-dump keeps on one line.
    static const QString definer =
        QStringLiteral("/^(\\/\\*!|CREATE )/ s/DEFINER *= *(`([^`]|``)*`|'([^']|'')*'|[^ "
                       "@'`]+)@(`([^`]|``)*`|'([^']|'')*'|[^ *'`]+)//g");
    stages << PipelineStage{
        QStringLiteral("/bin/sed"), {QStringLiteral("-E"), definer}, runAs, QStringLiteral("sed")};
    stages << PipelineStage{config.client, client, runAs, QStringLiteral("mariadb")};
    return stages;
}

QString importFailure(const QString &clientErrors)
{
    static const QRegularExpression atLine(
        QStringLiteral("ERROR(?: \\d+ \\([0-9A-Z]+\\))? at line (\\d+)(?: in file: '[^']*')?: ([^\\n]*)"));
    const QRegularExpressionMatch match = atLine.match(clientErrors);
    if (!match.hasMatch())
        return clientErrors.trimmed();
    return QStringLiteral("The dump failed at line %1: %2")
        .arg(match.captured(1), match.captured(2).trimmed());
}

QString dumpedTable(const QString &verboseLine)
{
    static const QRegularExpression structure(
        QStringLiteral("^-- Retrieving table structure for table (.+)\\.\\.\\.$"));
    const QRegularExpressionMatch match = structure.match(verboseLine);
    return match.hasMatch() ? match.captured(1) : QString();
}

void runAsSiteAccount(QObject *context, const MariaDbConfig &config, const QString &siteId,
                      const RunAs &runAs, const QString &sql,
                      std::function<void(Result<MariaDbAdmin::Rows>)> done)
{
    auto *process = new QProcess(context);
    prepareProcess(*process, runAs);
    process->setProgram(config.client);
    QStringList arguments = clientConnection(config, siteId);
    arguments << QStringLiteral("--sandbox") << QStringLiteral("--batch")
              << QStringLiteral("--skip-column-names");
    process->setArguments(arguments);
    MariaDbAdmin::runScript(process, sql, config.timeoutSeconds, std::move(done));
}

} // namespace mws::host
