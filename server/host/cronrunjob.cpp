// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The "cron.run" runner: a site's cron job run now, as cron would run it (the wrapper, as the
// site's user), its output in the job's log as it comes. The wrapper reports the run like a
// scheduled one, naming this job, so the run is in the job's history with who asked for it.

#include "cronpart.h"
#include "cronstore.h"
#include "hostjobs.h"
#include "siteaccount.h"
#include "sitehost.h"
#include "store.h"

#include <QPointer>
#include <QProcess>

namespace mws::host {

namespace {

constexpr int maxLoggedLines = 2000;

class CronRunRunner final : public jobs::JobRunner
{
public:
    explicit CronRunRunner(SiteHost &host) : m_host(host) {}

    QString name() const override { return QStringLiteral("cron.run"); }

    void start(jobs::JobRun &run) override
    {
        const HostConfig &config = m_host.config();
        const QString siteId = run.job().siteId;
        const QString jobId = run.job().payload.value(QStringLiteral("jobId")).toString();
        Result<RunAs> runAs = siteRunAs(config, siteId);
        if (!runAs)
            return run.fail(runAs.error().message);
        auto *process = new QProcess(&m_host);
        prepareProcess(*process, *runAs, config.siteHome(siteId));
        QProcessEnvironment environment = process->processEnvironment();
        environment.insert(QStringLiteral("LOGNAME"), siteUnixUser(siteId));
        environment.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/sh"));
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setProgram(config.cronWrapper);
        process->setArguments({config.root + QLatin1Char('/') + siteCronJobsFile(siteId), jobId,
                               QStringLiteral("--now"), run.job().id});
        auto logged = std::make_shared<int>(0);
        QObject::connect(process, &QProcess::readyRead, process, [process, &run, logged] {
            while (process->canReadLine()) {
                const QString line = QString::fromUtf8(process->readLine()).chopped(1);
                if (++*logged <= maxLoggedLines)
                    run.log(line.left(1000));
                else if (*logged == maxLoggedLines + 1)
                    run.log(QStringLiteral("… (the rest of the output is in the run's history)"));
            }
        });
        QObject::connect(process, &QProcess::finished, process, [this, process, &run, siteId] {
            process->deleteLater();
            finish(run, siteId);
        });
        QObject::connect(
            process, &QProcess::errorOccurred, process, [process, &run](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                process->deleteLater();
                run.fail(QStringLiteral("The cron wrapper did not start: %1").arg(process->errorString()));
            });
        run.progress(10, QStringLiteral("Running the job as the site's user"));
        process->start();
    }

    void recover(jobs::JobRun &run) override
    {
        run.fail(
            QStringLiteral("The panel running the job stopped, and the run with it; its history says how "
                           "far it got."));
    }

private:
    void finish(jobs::JobRun &run, const QString &siteId)
    {
        Result<model::CronRunRecord> ran =
            store::CronRunStore(m_host.store().database()).runOfPanelJob(siteId, run.job().id);
        if (!ran)
            return run.fail(QStringLiteral("The job did not run: the wrapper reported no run."));
        const QJsonObject result{{QStringLiteral("runId"), ran->id},
                                 {QStringLiteral("outcome"), model::cronOutcomeCode(ran->outcome)}};
        switch (ran->outcome) {
        case model::CronOutcome::Succeeded:
            return run.succeed(result);
        case model::CronOutcome::Skipped:
            return run.fail(
                QStringLiteral("The job's previous run is still going, and the job skips a run then."));
        case model::CronOutcome::TimedOut:
            return run.fail(QStringLiteral("The job's timeout ended the run and everything it started."));
        default:
            return run.fail(ran->signal
                                ? QStringLiteral("The command was ended by signal %1.").arg(*ran->signal)
                                : QStringLiteral("The command failed with exit status %1.")
                                      .arg(ran->exitCode.value_or(-1)));
        }
    }

    SiteHost &m_host;
};

} // namespace

std::unique_ptr<jobs::JobRunner> makeCronRunRunner(SiteHost &host)
{
    if (!host.config().cron)
        return nullptr;
    return std::make_unique<CronRunRunner>(host);
}

} // namespace mws::host
