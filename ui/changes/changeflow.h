// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/changerequest.h"
#include "changes/changenotice.h"
#include "dialogs/messagebox.h"
#include "model/types.h"
#include "pages/sitepage.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>

namespace mws::api {
class PanelClient;
}

namespace mws::ui {

class JobsPanel;

// One change to a site (its hosting, its cron jobs), from the page's request to the result: the panel
// previews it, the DiffDialog shows the diff and what the change means, and on Apply the change is sent as a
// job and handed to the jobs panel, which follows it; the flow listens until it ends. Failures (the job's own
// error, field errors, a change made meanwhile by someone else) are told in a non-modal message box. One
// change at a time: busyChanged(true) lasts from the preview until the job has ended.
class ChangeFlow : public QObject
{
    Q_OBJECT

public:
    ChangeFlow(JobsPanel *jobs, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // page names its fields in the panel's field errors (SitePage::fieldLabel).
    void run(api::PanelClient *client, const QString &siteId, const api::ChangeRequest &request,
             const ChangeNotice &notice, const QByteArray &ifMatch, QWidget *window, const SitePage *page);

Q_SIGNALS:
    void busyChanged(bool busy);
    void jobStarted(const mws::model::Job &job);
    void finished(const mws::model::Job &job);
    // What the window shows is out of date (someone else changed the site, or a job could not
    // be followed to its end): it should load what it shows again.
    void reloadNeeded();

private:
    void showPreview(const model::ConfigPreview &preview);
    void apply();
    void follow(const model::Job &job);
    void done(const model::Job &job);
    void lost(const Error &error);
    QString fieldLabel(const QString &field) const;
    void fail(const Error &error, const QString &what);
    void report(MessageBox::Icon icon, const QString &text, const QString &details);
    void setBusy(bool busy);

    QPointer<api::PanelClient> m_client;
    QPointer<QWidget> m_window;
    QPointer<JobsPanel> m_jobs;
    QPointer<const SitePage> m_page;
    QString m_jobId; // followed by the jobs panel until it ends
    QString m_siteId;
    api::ChangeRequest m_request;
    ChangeNotice m_notice;
    QByteArray m_ifMatch;
    bool m_busy = false;
};

} // namespace mws::ui
