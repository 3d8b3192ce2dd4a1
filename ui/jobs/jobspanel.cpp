// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jobs/jobspanel.h"

#include "api/jobtracker.h"
#include "api/panelclient.h"

#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

QString stateText(model::JobState state)
{
    switch (state) {
    case model::JobState::Queued:
        return JobsPanel::tr("waiting");
    case model::JobState::Running:
        return JobsPanel::tr("running");
    case model::JobState::Succeeded:
        return JobsPanel::tr("done");
    case model::JobState::Failed:
        return JobsPanel::tr("failed");
    case model::JobState::Cancelled:
        return JobsPanel::tr("cancelled");
    }
    return {};
}

} // namespace

QString JobsPanel::itemText(const model::Job &job) const
{
    const QString kind = m_labels.jobKind(job.kind);
    if (model::isFinished(job.state))
        return tr("%1 — %2").arg(kind, stateText(job.state));
    return tr("%1 — %2, %3%").arg(kind, stateText(job.state)).arg(job.progress);
}

JobsPanel::JobsPanel(CodeLabels labels, QWidget *parent) : QWidget(parent), m_labels(std::move(labels))
{
    setObjectName(QStringLiteral("jobsPanel"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_empty = new QLabel(tr("No jobs for this site."), this);
    left->addWidget(m_empty);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("jobList"));
    m_list->setAccessibleName(tr("Jobs"));
    left->addWidget(m_list);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setAccessibleName(tr("Progress of the selected job"));
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Log of the selected job"));
    m_cancel = new QPushButton(tr("Cancel job"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    right->addWidget(m_progress);
    right->addWidget(m_log, 1);
    right->addWidget(m_cancel, 0, Qt::AlignRight);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &JobsPanel::showSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        if (auto tracker = m_trackers.value(item->data(Qt::UserRole).toString()))
            tracker->cancel();
    });
    showSelected();
}

void JobsPanel::setClient(api::PanelClient *client)
{
    m_client = client;
}

void JobsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showSelected();
}

int JobsPanel::jobCount() const
{
    return m_list->count();
}

void JobsPanel::showSite(const QString &siteId)
{
    m_siteId = siteId;
    m_list->clear();
    showSelected();
    if (!m_client || siteId.isEmpty())
        return;
    m_client->jobs(siteId).then(this, [this, siteId](const Result<api::Page<model::Job>> &page) {
        if (page.ok() && siteId == m_siteId)
            setJobs(page->items);
    });
}

void JobsPanel::setJobs(const QList<model::Job> &jobs)
{
    for (const model::Job &listed : jobs) {
        // A job followed already is as its tracker last saw it, not as the list was.
        const model::Job job = m_trackers.contains(listed.id) ? m_jobs.value(listed.id) : listed;
        auto *item = new QListWidgetItem(itemText(job), m_list);
        item->setData(Qt::UserRole, job.id);
        m_jobs.insert(job.id, job);
        follow(job, m_client);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void JobsPanel::addJob(const model::Job &job, api::PanelClient *client)
{
    if (m_jobs.contains(job.id) && (m_trackers.contains(job.id) || model::isFinished(m_jobs[job.id].state)))
        return;
    m_jobs.insert(job.id, job);
    follow(job, client);
    if (job.siteId != m_siteId)
        return;
    auto *item = new QListWidgetItem(itemText(job));
    item->setData(Qt::UserRole, job.id);
    m_list->insertItem(0, item);
    m_list->setCurrentRow(0);
    showSelected();
}

void JobsPanel::follow(const model::Job &job, api::PanelClient *client)
{
    if (model::isFinished(job.state) || !client || m_trackers.contains(job.id))
        return;
    auto *tracker = new api::JobTracker(client, job.id, this);
    m_trackers.insert(job.id, tracker);
    // Followed again (after it was lost): its log comes again from the first line.
    m_logs.remove(job.id);
    connect(tracker, &api::JobTracker::progressChanged, this, [this, tracker] {
        updateItem(tracker->job());
        Q_EMIT jobChanged(tracker->job());
    });
    connect(tracker, &api::JobTracker::logLine, this, [this, id = job.id](const model::JobLogLine &line) {
        m_logs[id].append(line.line);
        showSelected();
    });
    connect(tracker, &api::JobTracker::finished, this, [this, tracker](const model::Job &finished) {
        m_trackers.remove(finished.id);
        tracker->deleteLater();
        updateItem(finished);
        Q_EMIT jobFinished(finished);
    });
    connect(tracker, &api::JobTracker::failed, this, [this, tracker, id = job.id](const Error &error) {
        m_trackers.remove(id);
        tracker->deleteLater();
        Q_EMIT jobLost(id, error);
    });
    tracker->start();
}

void JobsPanel::updateItem(const model::Job &job)
{
    m_jobs.insert(job.id, job);
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == job.id)
            m_list->item(row)->setText(itemText(job));
    showSelected();
}

void JobsPanel::showSelected()
{
    m_empty->setVisible(m_list->count() == 0);
    const QListWidgetItem *item = m_list->currentItem();
    const auto job = item ? m_jobs.value(item->data(Qt::UserRole).toString()) : model::Job();
    m_progress->setVisible(item != nullptr);
    m_progress->setValue(job.progress);
    // A finished job is not followed; its log is fetched once, when it is first looked at.
    if (item && model::isFinished(job.state) && !m_logs.contains(job.id) && m_client) {
        m_logs.insert(job.id, {});
        m_client->jobLog(job.id).then(this, [this, id = job.id](const Result<QList<model::JobLogLine>> &log) {
            if (!log.ok())
                return;
            QStringList lines;
            for (const model::JobLogLine &line : log.value())
                lines.append(line.line);
            m_logs.insert(id, lines);
            showSelected();
        });
    }
    QStringList lines = m_logs.value(job.id);
    if (!job.error.isEmpty())
        lines.append(tr("Error: %1").arg(job.error));
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
    m_cancel->setEnabled(item && !model::isFinished(job.state) && !m_readOnly);
}

} // namespace mws::ui
