// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"
#include "model/types.h"
#include "util/error.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mws::api {
class JobTracker;
class PanelClient;
} // namespace mws::api

namespace mws::ui {

// The jobs of the selected site: state and progress of each, the log of the one selected, and
// cancel. The one tracker of a job in the app: every unfinished job it has seen is followed live
// (one api::JobTracker each) until it ends, also after another site is selected; others that
// wait for a job (ChangeFlow) hand it to addJob() and listen to jobFinished() and jobLost().
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    // labels: the words for the job kinds (CodeLabels::jobKind).
    explicit JobsPanel(CodeLabels labels, QWidget *parent = nullptr);

    void setClient(api::PanelClient *client);
    void showSite(const QString &siteId);
    void setReadOnly(bool readOnly);
    int jobCount() const;
    // Follows a job just started from this window, through the client of the account that
    // started it (by the time it is added another account may be shown), and, if it is the
    // shown site's, shows it at the top, selected.
    void addJob(const model::Job &job, api::PanelClient *client);
    bool isFollowing(const QString &jobId) const { return m_trackers.contains(jobId); }

Q_SIGNALS:
    void jobChanged(const mws::model::Job &job); // progress or state
    void jobFinished(const mws::model::Job &job);
    // The job could not be followed to its end (not: the job failed).
    void jobLost(const QString &jobId, const mws::Error &error);

private:
    QString itemText(const model::Job &job) const;
    void setJobs(const QList<model::Job> &jobs);
    void updateItem(const model::Job &job);
    void showSelected();
    void follow(const model::Job &job, api::PanelClient *client);

    CodeLabels m_labels;
    QPointer<api::PanelClient> m_client;
    QString m_siteId;
    QListWidget *m_list;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QLabel *m_empty;
    QHash<QString, model::Job> m_jobs;
    QHash<QString, QPointer<api::JobTracker>> m_trackers;
    QHash<QString, QStringList> m_logs;
    bool m_readOnly = false;
};

} // namespace mws::ui
