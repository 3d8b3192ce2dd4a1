#pragma once

#include "model/types.h"

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
// cancel. Unfinished jobs are followed live; when one ends, jobFinished() lets the window tell
// the user even if they are looking elsewhere.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget *parent = nullptr);

    void setClient(api::PanelClient *client);
    void showSite(const QString &siteId);
    void setReadOnly(bool readOnly);
    int jobCount() const;
    // Shows a job just started from this window at the top, selected, and follows it.
    void addJob(const model::Job &job);

Q_SIGNALS:
    void jobFinished(const mws::model::Job &job);

private:
    void setJobs(const QList<model::Job> &jobs);
    void updateItem(const model::Job &job);
    void showSelected();
    void follow(const model::Job &job);

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
