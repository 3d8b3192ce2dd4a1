// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databases/databasetransferbar.h"

#include "api/databasetransfers.h"
#include "databases/databasedialogs.h"
#include "jobs/jobspanel.h"
#include "pages/sitepage.h"
#include "session/accountsession.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>

#include <memory>

namespace mws::ui {

DatabaseTransferBar::DatabaseTransferBar(QPointer<JobsPanel> jobs, QWidget *parent)
    : QWidget(parent), m_jobs(std::move(jobs))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_export = namedButton(tr("&Export…"), QStringLiteral("exportDatabase"), this,
                           tr("Save a compressed dump of the selected database on this computer"));
    m_import =
        namedButton(tr("&Import…"), QStringLiteral("importDatabase"), this,
                    tr("Replace the selected database with a dump (.sql or .sql.gz) from this computer"));
    m_cancel = namedButton(tr("Cancel"), QStringLiteral("cancelTransfer"), this, tr("Stop the transfer"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transferStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    row->addWidget(m_export);
    row->addWidget(m_import);
    row->addWidget(m_progress);
    row->addWidget(m_status, 1);
    row->addWidget(m_cancel);
    connect(m_export, &QPushButton::clicked, this, &DatabaseTransferBar::chooseExport);
    connect(m_import, &QPushButton::clicked, this, &DatabaseTransferBar::chooseImport);
    connect(m_cancel, &QPushButton::clicked, this, &DatabaseTransferBar::cancel);
    if (m_jobs) {
        connect(m_jobs, &JobsPanel::jobFinished, this, &DatabaseTransferBar::jobEnded);
        connect(m_jobs, &JobsPanel::jobLost, this, [this](const QString &jobId, const Error &error) {
            if (jobId == m_jobId)
                finish(false, tr("The job could not be followed: %1").arg(error.message));
        });
    }
    updateButtons();
}

DatabaseTransferBar::~DatabaseTransferBar()
{
    if (isBusy())
        cancel();
}

void DatabaseTransferBar::setSite(const QString &siteId, session::AccountSession *session)
{
    if (siteId == m_siteId && session == m_session)
        return;
    if (isBusy())
        cancel();
    m_siteId = siteId;
    m_session = session;
    m_status->clear();
    updateButtons();
}

void DatabaseTransferBar::setSelection(const QString &database, bool mayChange)
{
    m_database = database;
    m_mayChange = mayChange;
    updateButtons();
}

void DatabaseTransferBar::updateButtons()
{
    const bool ready = !isBusy() && m_session && m_session->client() && !m_database.isEmpty();
    m_export->setEnabled(ready && m_mayChange);
    m_import->setEnabled(ready && m_mayChange);
    m_cancel->setVisible(m_stage == QLatin1String("download") || m_stage == QLatin1String("upload"));
}

void DatabaseTransferBar::chooseExport()
{
    const QString database = m_database;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.sql.gz")
            .arg(database, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd"))));
    auto *dialog = new QFileDialog(window(), tr("Export %1").arg(database), suggested,
                                   tr("Compressed SQL dumps (*.sql.gz)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, database](const QString &path) { exportTo(database, path); });
    dialog->open();
}

void DatabaseTransferBar::chooseImport()
{
    const QString database = m_database;
    auto *dialog = new QFileDialog(window(), tr("Import into %1").arg(database), QDir::homePath(),
                                   tr("SQL dumps (*.sql *.sql.gz *.gz)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, database](const QString &path) { confirmImport(database, path); });
    dialog->open();
}

void DatabaseTransferBar::confirmImport(const QString &database, const QString &path)
{
    auto *dialog = new TypedNameDialog(
        {"importDatabaseDialog", "importDatabaseName", tr("Import Into Database"),
         tr("Importing %1 replaces everything %2 holds now: its tables, rows, views, triggers and routines. "
            "If the dump fails part way, %2 stays exactly as it was.")
             .arg(QFileInfo(path).fileName(), database),
         tr("Type the name %1 to import into it:").arg(database), tr("&Import")},
        database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, database, path] { importFrom(database, path); });
    dialog->open();
}

void DatabaseTransferBar::exportTo(const QString &database, const QString &path)
{
    if (isBusy() || !m_session || !m_session->client())
        return;
    m_stage = QStringLiteral("export");
    m_path = path;
    showProgress(tr("Exporting %1…").arg(database), 0, 0);
    api::DatabaseTransfersClient(*m_session->client())
        .exportDatabase(m_siteId, database)
        .then(this, [this, siteId = m_siteId](const Result<model::Job> &job) {
            if (m_stage != QLatin1String("export") || siteId != m_siteId)
                return;
            if (!job.ok())
                return finish(false, tr("The export was not started: %1").arg(job.error().message));
            follow(*job);
        });
}

void DatabaseTransferBar::importFrom(const QString &database, const QString &path)
{
    if (isBusy() || !m_session || !m_session->client())
        return;
    m_stage = QStringLiteral("upload");
    m_path = path;
    auto *upload = new api::DatabaseImportUpload(m_session->client(), m_siteId, database, path, this);
    m_upload = upload;
    connect(upload, &api::DatabaseImportUpload::progress, this, [this](qint64 sent, qint64 total) {
        showProgress(tr("Sending %1: %2 of %3")
                         .arg(QFileInfo(m_path).fileName(), QLocale().formattedDataSize(sent),
                              QLocale().formattedDataSize(total)),
                     sent, total);
    });
    connect(upload, &api::DatabaseImportUpload::failed, this, [this](const Error &error) {
        finish(false, tr("The dump was not sent: %1").arg(error.message));
    });
    connect(upload, &api::DatabaseImportUpload::queued, this, [this, database](const model::Job &job) {
        m_stage = QStringLiteral("import");
        showProgress(tr("Importing into %1…").arg(database), 0, 0);
        follow(job);
    });
    upload->start();
    updateButtons();
}

void DatabaseTransferBar::follow(const model::Job &job)
{
    m_jobId = job.id;
    if (m_jobs && m_session && m_session->client() && !model::isFinished(job.state)) {
        m_jobs->addJob(job, m_session->client());
        if (m_jobs->isFollowing(job.id))
            return updateButtons();
    }
    jobEnded(job);
}

void DatabaseTransferBar::jobEnded(const model::Job &job)
{
    if (job.id != m_jobId || m_jobId.isEmpty())
        return;
    m_jobId.clear();
    const bool succeeded = job.state == model::JobState::Succeeded;
    if (m_stage == QLatin1String("import")) {
        Q_EMIT importEnded();
        return finish(succeeded, succeeded ? tr("Imported %1 into %2.")
                                                 .arg(QFileInfo(m_path).fileName(),
                                                      job.payload.value(QLatin1String("database")).toString())
                                           : tr("The import failed: %1").arg(job.error));
    }
    if (!succeeded)
        return finish(false, tr("The export failed: %1").arg(job.error));
    download(job.id);
}

void DatabaseTransferBar::download(const QString &jobId)
{
    m_stage = QStringLiteral("download");
    // The file lives as long as the request writing into it (the progress function keeps it).
    auto file = std::make_shared<QSaveFile>(m_path);
    if (!file->open(QIODevice::WriteOnly))
        return finish(false, tr("%1 cannot be written: %2").arg(m_path, file->errorString()));
    updateButtons();
    const QString name = QFileInfo(m_path).fileName();
    m_download =
        api::DatabaseTransfersClient(*m_session->client())
            .download(m_siteId, jobId, file.get(), [this, file, name](qint64 received, qint64 total) {
                showProgress(tr("Downloading %1: %2").arg(name, QLocale().formattedDataSize(received)),
                             received, total);
            });
    m_download.then(this, [this, file, name](const Status &done) {
        if (m_stage != QLatin1String("download"))
            return;
        if (!done.ok()) {
            file->cancelWriting();
            return finish(false, tr("The dump was not saved: %1").arg(done.error().message));
        }
        if (!file->commit())
            return finish(false, tr("The dump was not saved: %1").arg(file->errorString()));
        finish(true, tr("Saved %1 (%2).").arg(m_path, QLocale().formattedDataSize(QFileInfo(m_path).size())));
    });
}

void DatabaseTransferBar::cancel()
{
    if (m_stage == QLatin1String("download"))
        m_download.cancel(); // the request is aborted; QSaveFile keeps nothing it did not commit
    if (m_upload)
        m_upload->cancel(); // removes what was sent
    if (isBusy())
        finish(false, tr("Cancelled."));
}

void DatabaseTransferBar::showProgress(const QString &text, qint64 done, qint64 total)
{
    m_status->setText(text);
    m_progress->show();
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the jobs panel has the job's own percentage
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000 * done / total));
}

void DatabaseTransferBar::finish(bool ok, const QString &message)
{
    m_stage.clear();
    m_jobId.clear();
    m_upload.clear();
    m_download = {};
    m_progress->hide();
    m_status->setText(message);
    updateButtons();
    Q_EMIT ended(ok, message);
}

} // namespace mws::ui
