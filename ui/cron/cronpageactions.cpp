// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Cron page's changes: a job added, edited, deleted, switched on or off (each the whole new
// list of jobs, previewed and applied by the change flow), and a job run now.
#include "api/cronrequest.h"
#include "changes/changeflow.h"
#include "cron/cronformat.h"
#include "cron/cronhistory.h"
#include "cron/cronjobdialog.h"
#include "cron/cronpage.h"
#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "jobs/jobspanel.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"
#include "validate/cronjobs.h"

namespace mws::ui {

void CronPage::addJob()
{
    model::CronJob job;
    job.schedule = QStringLiteral("0 3 * * *");
    openEditor(job, true);
}

void CronPage::editJob()
{
    if (const std::optional<model::CronJob> job = selectedJob())
        openEditor(*job, false);
}

void CronPage::openEditor(const model::CronJob &job, bool isNew)
{
    auto *dialog = new CronJobDialog(job, cronformat::hostZone(m_cron.timeZone), isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        const model::CronJob edited = dialog->job();
        QList<model::CronJob> jobs = m_cron.jobs;
        if (isNew) {
            jobs.append(edited);
            return sendJobs(jobs, {tr("Add the cron job “%1”").arg(cronformat::jobTitle(edited)), {}, {}});
        }
        for (model::CronJob &existing : jobs)
            if (existing.id == edited.id)
                existing = edited;
        sendJobs(jobs, {tr("Change the cron job “%1”").arg(cronformat::jobTitle(edited)), {}, {}});
    });
    dialog->open();
}

void CronPage::deleteJob()
{
    const std::optional<model::CronJob> job = selectedJob();
    if (!job)
        return;
    const QString title = cronformat::jobTitle(*job);
    MessageBox::question(
        window(), tr("Delete the cron job “%1”?").arg(title),
        tr("It will no longer run, and its runs will no longer be shown here.\n\nIts command: %1")
            .arg(job->command),
        MessageBox::Yes | MessageBox::Cancel, [this, id = job->id, title](MessageBox::Button answer) {
            if (answer != MessageBox::Yes)
                return;
            QList<model::CronJob> jobs = m_cron.jobs;
            jobs.removeIf([&id](const model::CronJob &listed) { return listed.id == id; });
            sendJobs(jobs,
                     {tr("Delete the cron job “%1”").arg(title), tr("The job will no longer run."), {}});
        });
}

void CronPage::toggleJob()
{
    const std::optional<model::CronJob> job = selectedJob();
    if (!job)
        return;
    QList<model::CronJob> jobs = m_cron.jobs;
    for (model::CronJob &existing : jobs)
        if (existing.id == job->id)
            existing.enabled = !existing.enabled;
    const QString title = cronformat::jobTitle(*job);
    sendJobs(jobs, job->enabled ? ChangeNotice{tr("Switch off the cron job “%1”").arg(title),
                                               tr("The job will not run until it is switched on again."),
                                               {}}
                                : ChangeNotice{tr("Switch on the cron job “%1”").arg(title), {}, {}});
}

// The whole new list, checked as the panel checks it, then previewed and applied.
void CronPage::sendJobs(const QList<model::CronJob> &jobs, const ChangeNotice &notice)
{
    if (!m_view.session || !m_view.session->client())
        return;
    m_sent = jobs;
    const QMap<QString, QString> problems = validate::cronJobsProblems(jobs);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
            const QString label = fieldLabel(it.key());
            lines << tr("%1: %2").arg(label.isEmpty() ? it.key() : label, it.value());
        }
        MessageBox::show(window(), MessageBox::Warning, tr("MWS Admin"),
                         tr("“%1” was not sent:").arg(notice.title) + QStringLiteral("\n\n") +
                             lines.join(QLatin1Char('\n')),
                         MessageBox::SelectableText | MessageBox::PlainText,
                         QStringLiteral("cronJobsProblems"));
        return;
    }
    m_flow->run(m_view.session->client(), m_view.siteId, api::CronClient::setJobs(m_view.siteId, jobs),
                notice, m_loader->etag(0), window(), this);
}

void CronPage::runNow()
{
    const std::optional<model::CronJob> job = selectedJob();
    if (!job || !m_view.session || !m_view.session->client())
        return;
    QPointer<api::PanelClient> client = m_view.session->client();
    m_starting = true;
    updateButtons();
    api::CronClient(*client)
        .runNow(m_view.siteId, job->id)
        .then(this, [this, client, title = cronformat::jobTitle(*job)](const Result<model::Job> &started) {
            m_starting = false;
            if (!started.ok()) {
                updateButtons();
                if (started.error().kind == Error::Kind::Cancelled)
                    return;
                MessageBox::show(window(), MessageBox::Warning, tr("MWS Admin"),
                                 tr("“%1” was not run.").arg(title) + QStringLiteral("\n\n") +
                                     errorDetails(started.error()),
                                 MessageBox::SelectableText | MessageBox::PlainText,
                                 QStringLiteral("cronRunError"));
                return;
            }
            m_runJob = started->id;
            if (m_jobs && client && !model::isFinished(started->state))
                m_jobs->addJob(*started, client);
            if (!m_jobs || !m_jobs->isFollowing(started->id)) // ended already, or nothing to follow it with
                runEnded(started->id);
            updateButtons();
        });
}

// The run now has ended (or could not be followed): its run is in the history, its job's last run
// on the list.
void CronPage::runEnded(const QString &jobId)
{
    if (jobId.isEmpty() || jobId != m_runJob)
        return;
    m_runJob.clear();
    m_loader->reload();
    m_history->reload();
    updateButtons();
}

} // namespace mws::ui
