// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changes/changeflow.h"

#include "changes/diffdialog.h"
#include "dialogs/dialogparts.h"
#include "jobs/jobspanel.h"

namespace mws::ui {

ChangeFlow::ChangeFlow(JobsPanel *jobs, QObject *parent) : QObject(parent), m_jobs(jobs)
{
    connect(jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) {
        if (!m_jobId.isEmpty() && job.id == m_jobId)
            done(job);
    });
    connect(jobs, &JobsPanel::jobLost, this, [this](const QString &jobId, const Error &error) {
        if (!m_jobId.isEmpty() && jobId == m_jobId)
            lost(error);
    });
}

void ChangeFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ChangeFlow::run(api::PanelClient *client, const QString &siteId, const api::ChangeRequest &request,
                     const ChangeNotice &notice, const QByteArray &ifMatch, QWidget *window,
                     const SitePage *page)
{
    if (m_busy || !client)
        return;
    m_client = client;
    m_page = page;
    m_window = window;
    m_siteId = siteId;
    m_request = request;
    m_notice = notice;
    m_ifMatch = ifMatch;
    setBusy(true);
    api::previewChange(*client, request).then(this, [this](const Result<model::ConfigPreview> &preview) {
        if (!preview.ok())
            return fail(preview.error(), tr("The panel could not preview “%1”.").arg(m_notice.title));
        showPreview(*preview);
    });
}

void ChangeFlow::showPreview(const model::ConfigPreview &preview)
{
    auto *dialog = new DiffDialog(preview, m_notice, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ChangeFlow::apply);
    connect(dialog, &QDialog::rejected, this, [this] { setBusy(false); });
    dialog->open();
}

void ChangeFlow::apply()
{
    if (!m_client)
        return setBusy(false);
    api::applyChange(*m_client, m_request, m_ifMatch).then(this, [this](const Result<model::Job> &job) {
        if (!job.ok())
            return fail(job.error(), tr("“%1” was not applied.").arg(m_notice.title));
        Q_EMIT jobStarted(*job);
        follow(*job);
    });
}

void ChangeFlow::follow(const model::Job &started)
{
    if (model::isFinished(started.state) || !m_jobs)
        return done(started);
    m_jobId = started.id;
    m_jobs->addJob(started, m_client);
    if (!m_jobs->isFollowing(started.id)) // the panel has no client to follow it with
        done(started);
}

void ChangeFlow::done(const model::Job &job)
{
    m_jobId.clear();
    setBusy(false);
    if (job.state == model::JobState::Failed)
        report(MessageBox::Warning, tr("“%1” was not applied.").arg(m_notice.title), job.error);
    else if (job.state == model::JobState::Cancelled)
        report(MessageBox::Information, tr("“%1” was cancelled.").arg(m_notice.title), job.error);
    Q_EMIT finished(job);
}

void ChangeFlow::lost(const Error &error)
{
    m_jobId.clear();
    setBusy(false);
    report(MessageBox::Warning, tr("The job for “%1” could not be followed to its end.").arg(m_notice.title),
           tr("%1\nSee the jobs panel for how it ends.").arg(error.fullText()));
    Q_EMIT reloadNeeded();
}

QString ChangeFlow::fieldLabel(const QString &field) const
{
    const QString label = m_page ? m_page->fieldLabel(field) : QString();
    return label.isEmpty() ? field : label;
}

void ChangeFlow::fail(const Error &error, const QString &what)
{
    setBusy(false);
    if (error.kind == Error::Kind::Cancelled)
        return;
    if (error.kind == Error::Kind::PreconditionFailed) {
        report(MessageBox::Information, what,
               tr("Someone changed this part of the site since it was loaded. It is being loaded again: look "
                  "at it, then make your change again."));
        Q_EMIT reloadNeeded();
        return;
    }
    const QString details = errorDetails(error, [this](const QString &field) { return fieldLabel(field); });
    report(MessageBox::Warning, what, details);
}

void ChangeFlow::report(MessageBox::Icon icon, const QString &text, const QString &details)
{
    // The panel's words verbatim (Apache's message, its file and line, what was kept), in a box that
    // is not modal: the user may look at the page, the jobs and the log while reading it.
    MessageBox::show(m_window, icon, tr("MWS Admin"),
                     details.isEmpty() ? text : text + QStringLiteral("\n\n") + details,
                     MessageBox::NotModal | MessageBox::SelectableText | MessageBox::PlainText,
                     QStringLiteral("applyResult"));
}

} // namespace mws::ui
