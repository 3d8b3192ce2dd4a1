// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"
#include "util/result.h"

#include <QFuture>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mws::api {
class DatabaseImportUpload;
}

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

class JobsPanel;

// The Databases page's exports and imports of the selected database. Export… asks where to save
// the dump, queues the export (the jobs panel shows its progress) and downloads the dump when
// the job has made it, streamed into the file, which appears only when whole. Import… asks for a
// dump (.sql or .sql.gz) and the database's name typed back, uploads it in parts with progress
// and queues the import, which replaces the database only once the whole dump has loaded. One
// transfer at a time; Cancel stops it (an upload's parts are removed from the panel).
class DatabaseTransferBar : public QWidget
{
    Q_OBJECT

public:
    DatabaseTransferBar(QPointer<JobsPanel> jobs, QWidget *parent);
    ~DatabaseTransferBar() override;

    // The site transfers are for; one under way for another site or account is cancelled.
    void setSite(const QString &siteId, session::AccountSession *session);
    // The database selected (empty: none) and whether the person may change the site.
    void setSelection(const QString &database, bool mayChange);
    bool isBusy() const { return !m_stage.isEmpty(); }

    // What the buttons do once their dialogs are answered.
    void exportTo(const QString &database, const QString &path);
    void importFrom(const QString &database, const QString &path);
    void cancel();

Q_SIGNALS:
    // A transfer ended: ok, and what the bar says of it.
    void ended(bool ok, const QString &message);
    // An import's job ended (whatever its outcome): the page reloads the databases.
    void importEnded();

private:
    void chooseExport();
    void chooseImport();
    void confirmImport(const QString &database, const QString &path);
    void follow(const model::Job &job);
    void jobEnded(const model::Job &job);
    void download(const QString &jobId);
    void showProgress(const QString &text, qint64 done, qint64 total);
    void finish(bool ok, const QString &message);
    void updateButtons();

    QPointer<JobsPanel> m_jobs;
    QString m_siteId;
    QPointer<session::AccountSession> m_session;
    QString m_database;
    bool m_mayChange = false;

    QString m_stage; // "", "export", "download", "upload", "import"
    QString m_jobId;
    QString m_path;
    QFuture<Status> m_download;
    QPointer<api::DatabaseImportUpload> m_upload;

    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QLabel *m_status;
    QProgressBar *m_progress;
};

} // namespace mws::ui
