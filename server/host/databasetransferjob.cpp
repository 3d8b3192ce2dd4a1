// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The "database.transfer" runner: exports and imports of a site's MariaDB databases
// (databasetransfer.h for who runs what, databaseswap.h for how an import replaces a database).
//
// Export: the site's account is given the database alone, mariadb-dump | gzip writes
// "<database>--<job>.sql.gz.part" (progress by tables, as mariadb-dump --verbose names them),
// renamed when whole; recovery starts it again.
//
// Import: the scratch databases are made with the target's collation and the site's account is
// given the scratch one alone, so that nothing the dump says (USE the_target, USE another_db)
// reaches the target while it loads; the upload is fed to the client (progress by bytes). A dump
// that fails leaves the target as it was and the job names the failing line. Then the account is
// given the target and both scratch databases, and the swap moves the import in. Recovery
// finishes a swap the journal says was under way, and otherwise drops the scratch databases
// and fails: the target was not touched. After either, the account has ALL on each of the
// site's databases again (what the import created runs as it), and nothing on the scratch ones.

#include "clientpipeline.h"
#include "databasefiles.h"
#include "databaseswap.h"
#include "databasetransfer.h"
#include "hostfiles.h"
#include "hostjobs.h"
#include "siteaccount.h"
#include "sitehost.h"

#include <QDir>
#include <QFile>

namespace mws::host {

namespace {

QString messageOf(const Error &error)
{
    return error.detail.isEmpty() ? error.message : error.message + QLatin1Char(' ') + error.detail;
}

// One export or import: the runner makes one per job (several sites' jobs run at once), and it
// deletes itself once the job has ended.
class Transfer final : public QObject
{
public:
    Transfer(SiteHost &host, jobs::JobRun &run)
        : QObject(&host), m_host(host), m_run(run), m_admin(host.config().mariadb)
    {}

    void start() { begin(m_run); }

    void recover()
    {
        jobs::JobRun &run = m_run;
        if (action(run) == QLatin1String("export")) {
            run.log(QStringLiteral("The panel making this export stopped; making it again from the start"));
            return begin(run);
        }
        const QJsonObject journal = DatabaseSwap::readJournal(config(), run.job().siteId);
        if (journal.isEmpty()) {
            run.log(QStringLiteral("The panel importing stopped before the import was moved in"));
            return cleanUp(run, Error::make(Error::Kind::Cancelled,
                                            QStringLiteral("The import was stopped before it replaced the "
                                                           "database, which is as it was. Start it again.")));
        }
        run.log(QStringLiteral("The panel importing stopped during the swap; finishing it"));
        swapIn(run, journal.value(QStringLiteral("target")).toString(), true);
    }

private:
    void succeed(const QJsonObject &result)
    {
        m_run.succeed(result);
        deleteLater();
    }
    void fail(const QString &message)
    {
        m_run.fail(message);
        deleteLater();
    }

    const HostConfig &config() const { return m_host.config(); }
    static QString action(jobs::JobRun &run)
    {
        return run.job().payload.value(QStringLiteral("action")).toString();
    }
    static QString database(jobs::JobRun &run)
    {
        return run.job().payload.value(QStringLiteral("database")).toString();
    }

    // The database, as the server lists it for the site (so the name is one of the site's).
    void withDatabase(jobs::JobRun &run, std::function<void(const DatabaseInfo &)> next)
    {
        m_admin.listSite(run.job().siteId,
                         [this, &run, next = std::move(next)](Result<SiteDatabases> listed) {
                             if (!listed.ok())
                                 return fail(messageOf(listed.error()));
                             for (const DatabaseInfo &info : listed->databases)
                                 if (info.name == database(run))
                                     return next(info);
                             fail(QStringLiteral("The site has no database %1.").arg(database(run)));
                         });
    }

    // Runs the administrative script; on failure, cleans up and fails the job.
    void admin(jobs::JobRun &run, const Result<QString> &sql, std::function<void()> next)
    {
        if (!sql.ok())
            return cleanUp(run, sql.error());
        m_admin.run(*sql, [this, &run, next = std::move(next)](Result<MariaDbAdmin::Rows> rows) {
            if (!rows.ok())
                return cleanUp(run, rows.error());
            next();
        });
    }

    void begin(jobs::JobRun &run)
    {
        run.progress(1, QStringLiteral("Preparing the site's own account"));
        prepareSiteAccount(this, config(), run.job().siteId, [this, &run](Result<RunAs> runAs) {
            if (!runAs.ok())
                return fail(messageOf(runAs.error()));
            m_runAs = *runAs;
            run.progress(2, QStringLiteral("Reading the site's databases"));
            withDatabase(run, [this, &run](const DatabaseInfo &info) {
                if (action(run) == QLatin1String("export"))
                    return exportDatabase(run, info);
                if (action(run) == QLatin1String("import"))
                    return importDatabase(run, info);
                fail(QStringLiteral("The job asks for nothing this panel knows."));
            });
        });
    }

    void exportDatabase(jobs::JobRun &run, const DatabaseInfo &info)
    {
        const QString siteId = run.job().siteId;
        admin(run, mariadbsql::grantSiteAccount(siteId, {info.name}), [this, &run, info, siteId] {
            const DatabaseFiles files(config(), siteId);
            const QString path = files.exportPath(info.name, run.job().id);
            QDir().mkpath(files.folder());
            m_pipeline =
                std::make_unique<ClientPipeline>(exportStages(config().mariadb, siteId, info.name, m_runAs));
            m_pipeline->setOutputFile(path + QStringLiteral(".part"));
            auto dumped = std::make_shared<int>(0);
            m_pipeline->onErrorLine([this, &run, info, dumped](int, const QString &line) {
                const QString table = dumpedTable(line);
                if (table.isEmpty())
                    return;
                ++*dumped;
                run.progress(5 + 90 * qMin(*dumped, qMax(info.tables, 1)) / qMax(info.tables, 1),
                             QStringLiteral("Dumping %1").arg(table));
            });
            run.progress(5, QStringLiteral("Dumping %1 (%2 tables)").arg(info.name).arg(info.tables));
            m_pipeline->start([this, &run, info, path, siteId](Status dumpedAll) {
                if (!dumpedAll.ok()) {
                    QFile::remove(path + QStringLiteral(".part"));
                    return cleanUp(run, dumpedAll.error());
                }
                QFile::remove(path);
                if (!QFile::rename(path + QStringLiteral(".part"), path))
                    return cleanUp(
                        run, Error::make(Error::Kind::Backend, QStringLiteral("The export cannot be kept.")));
                DatabaseFiles(config(), siteId).removeOtherExports(info.name, run.job().id);
                const QJsonObject result{
                    {QStringLiteral("database"), info.name},
                    {QStringLiteral("bytes"), double(QFileInfo(path).size())},
                    {QStringLiteral("download"),
                     QStringLiteral("/api/v1/sites/%1/database-exports/%2").arg(siteId, run.job().id)}};
                settleThen(run, false, [this, result] { succeed(result); });
            });
        });
    }

    void importDatabase(jobs::JobRun &run, const DatabaseInfo &info)
    {
        const QString siteId = run.job().siteId;
        const DatabaseFiles files(config(), siteId);
        Result<ImportUpload> upload =
            files.upload(run.job().payload.value(QStringLiteral("upload")).toString());
        if (!upload.ok() || !upload->complete() || upload->database != info.name)
            return fail(QStringLiteral("The upload for this import is missing or not whole."));
        const QString data = files.uploadDataPath(upload->id);
        QFile head(data);
        const bool compressed = head.open(QIODevice::ReadOnly) && head.read(2) == QByteArray("\x1f\x8b", 2);
        Result<QString> prepare = mariadbsql::prepareScratch(siteId, info.collation);
        if (prepare.ok()) {
            Result<QString> grant = mariadbsql::grantSiteAccount(siteId, {scratchDatabase(siteId)});
            prepare = grant.ok() ? Result<QString>(*prepare + *grant) : grant;
        }
        run.progress(3, QStringLiteral("Making a scratch database to load the dump into"));
        admin(run, prepare, [this, &run, info, siteId, data, compressed] {
            m_pipeline =
                std::make_unique<ClientPipeline>(importStages(config().mariadb, siteId, compressed, m_runAs));
            m_pipeline->setInputFile(data);
            m_pipeline->onInputProgress([this, &run](qint64 fed, qint64 total) {
                failpoint("database-import-loading");
                const int percent = total > 0 ? int(5 + 80 * fed / total) : 85;
                if (percent != run.job().progress)
                    run.progress(percent);
            });
            run.progress(5, QStringLiteral("Loading the dump into a scratch database"));
            m_pipeline->start([this, &run, info](Status loaded) {
                if (!loaded.ok()) {
                    Error error = loaded.error();
                    error.message = importFailure(error.detail);
                    error.detail = QStringLiteral("%1 is as it was.").arg(info.name);
                    return cleanUp(run, error);
                }
                swapIn(run, info.name, false);
            });
        });
    }

    // Gives the account the target and both scratch databases, and swaps (or finishes a swap).
    void swapIn(jobs::JobRun &run, const QString &target, bool fromJournal)
    {
        const QString siteId = run.job().siteId;
        Result<RunAs> runAs = siteRunAs(config(), siteId);
        if (!runAs.ok())
            return fail(messageOf(runAs.error()));
        m_runAs = *runAs;
        run.progress(88, QStringLiteral("Moving the import in place of %1").arg(target));
        const QStringList databases{target, scratchDatabase(siteId), setAsideDatabase(siteId)};
        admin(run, mariadbsql::grantSiteAccount(siteId, databases),
              [this, &run, target, fromJournal, siteId] {
                  m_swap = std::make_unique<DatabaseSwap>(config(), siteId, m_runAs);
                  auto swapped = [this, &run, target](Status status) {
                      if (!status.ok())
                          return settleThen(run, false, [this, status] { fail(messageOf(status.error())); });
                      DatabaseFiles(config(), run.job().siteId)
                          .removeUpload(run.job().payload.value(QStringLiteral("upload")).toString());
                      settleThen(run, false,
                                 [this, target] { succeed({{QStringLiteral("database"), target}}); });
                  };
                  if (fromJournal)
                      m_swap->finish(swapped);
                  else
                      m_swap->swap(target, swapped);
              });
    }

    // Drops the scratch databases (unless a swap is under way), leaves the site's account its
    // steady privileges and fails the job with error.
    void cleanUp(jobs::JobRun &run, const Error &error)
    {
        // A failed import's upload goes too: it would hold the disk, and is sent again for a retry.
        if (action(run) == QLatin1String("import"))
            DatabaseFiles(config(), run.job().siteId)
                .removeUpload(run.job().payload.value(QStringLiteral("upload")).toString());
        const bool swapping = !DatabaseSwap::readJournal(config(), run.job().siteId).isEmpty();
        settleThen(run, !swapping, [this, error] { fail(messageOf(error)); });
    }

    // The site's account keeps ALL on each of the site's databases between transfers: what an
    // import creates (views, triggers, routines) has it as definer and runs with its privileges.
    void settleThen(jobs::JobRun &run, bool dropScratch, std::function<void()> next)
    {
        const QString siteId = run.job().siteId;
        m_admin.listSite(
            siteId, [this, &run, siteId, dropScratch, next = std::move(next)](Result<SiteDatabases> listed) {
                QStringList names;
                if (listed.ok())
                    for (const DatabaseInfo &database : listed->databases)
                        names << database.name;
                Result<QString> sql = listed.ok() ? mariadbsql::grantSiteAccount(siteId, names)
                                                  : mariadbsql::revokeSiteAccount(siteId);
                if (sql.ok() && dropScratch)
                    if (Result<QString> drop = mariadbsql::dropScratch(siteId); drop.ok())
                        *sql += *drop;
                if (!sql.ok())
                    return fail(messageOf(sql.error()));
                m_admin.run(*sql, [this, next](Result<MariaDbAdmin::Rows> rows) {
                    if (!rows.ok())
                        return fail(messageOf(rows.error()));
                    next();
                });
            });
    }

    SiteHost &m_host;
    jobs::JobRun &m_run;
    MariaDbAdmin m_admin;
    RunAs m_runAs;
    std::unique_ptr<ClientPipeline> m_pipeline;
    std::unique_ptr<DatabaseSwap> m_swap;
};

class TransferRunner final : public jobs::JobRunner
{
public:
    explicit TransferRunner(SiteHost &host) : m_host(host) {}

    QString name() const override { return QStringLiteral("database.transfer"); }
    void start(jobs::JobRun &run) override { (new Transfer(m_host, run))->start(); }
    void recover(jobs::JobRun &run) override { (new Transfer(m_host, run))->recover(); }

private:
    SiteHost &m_host;
};

} // namespace

std::unique_ptr<jobs::JobRunner> makeDatabaseTransferRunner(SiteHost &host)
{
    if (!host.config().mariadb.enabled)
        return nullptr;
    return std::make_unique<TransferRunner>(host);
}

} // namespace mws::host
