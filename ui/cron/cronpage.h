// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "changes/changenotice.h"
#include "model/cron.h"
#include "pages/sitepage.h"

#include <QHash>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace mws::session {
class SiteResourceLoader;
}

namespace mws::ui {

class ChangeFlow;
class CodeEditor;
class CronHistory;

// The Cron page: the selected site's cron jobs (on or off, what each is, its schedule in words,
// how its last run went, when it runs next in this computer's time), each added, edited,
// deleted, switched on or off, or run now; the selected job's runs (CronHistory); and the tab
// installed on the host, read-only. A change sends the whole new list of jobs: the panel's
// diff is shown first, then the change is a job the jobs panel follows (ChangeFlow). A job's
// last run turning failed between two loads is said at the top of the page. Read-only while
// offline (the cached copy is shown), until the panel has confirmed what the cache showed, and
// for whom the page table says may not change the site.
class CronPage : public SitePage
{
    Q_OBJECT

public:
    explicit CronPage(const SitePageContext &context);

    void setSite(const SiteView &view) override;
    void refresh() override;
    QString fieldLabel(const QString &apiField) const override;

    session::SiteResourceLoader *loader() const { return m_loader; }
    CronHistory *history() const { return m_history; }
    const model::SiteCron &cron() const { return m_cron; }

private:
    QWidget *buildButtons();
    QWidget *buildDetails();
    void showCron();
    void noticeFailures(const model::SiteCron &cron);
    QList<QStandardItem *> jobRow(const model::CronJob &job) const;
    QString nextRunText(const model::CronJob &job, QString *explanation) const;
    std::optional<model::CronJob> selectedJob() const;
    bool mayChange() const;
    void updateButtons();
    void showNote();
    void selectionChanged();

    void addJob();
    void editJob();
    void deleteJob();
    void toggleJob();
    void runNow();
    void openEditor(const model::CronJob &job, bool isNew);
    void sendJobs(const QList<model::CronJob> &jobs, const ChangeNotice &notice);
    void runEnded(const QString &jobId);

    SiteView m_view;
    QPointer<JobsPanel> m_jobs;
    session::SiteResourceLoader *m_loader;
    ChangeFlow *m_flow;
    model::SiteCron m_cron;
    QList<model::CronJob> m_sent;      // the list last sent, which the panel's field errors index
    QHash<QString, qint64> m_seenRuns; // the last run of each job at the previous load, by job id
    QString m_seenSite;                // the site m_seenRuns is of
    QString m_runJob;                  // the cron.run job followed until it ends
    bool m_starting = false;           // a run now asked, not yet answered
    QString m_loadProblem;             // why the jobs could not be loaded, until they are

    QLabel *m_zone;
    QLabel *m_note;
    QLabel *m_alert;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_toggle;
    QPushButton *m_run;
    CronHistory *m_history;
    CodeEditor *m_crontab;
};

} // namespace mws::ui
