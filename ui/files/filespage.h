// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/sshaccess.h"
#include "pages/sitepage.h"
#include "ssh/sftpsession.h"
#include "ssh/sshconnection.h"

#include <QFuture>
#include <QList>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mws::ui {

class KeyChooser;
class TransferQueue;
struct Transfer;

// The Files tab: the site's files over SFTP, as the signed-in person (their own account on the
// host, GET /sites/{id}/ssh), logged in with their agent or a private key of theirs. The host's
// key is checked against the SSHFP records the panel serves before anything is sent. It opens in
// the site's home; folders are browsed, files uploaded and downloaded and folders made, renamed
// and deleted. Switching sites ends the session.
//
// Uploads and downloads go into a queue shown under the list (filesqueue.cpp): one at a time,
// each with its progress and state, cancellable while it waits or runs, retried (and resumed)
// when it failed. SftpSession runs every call on the connection's one worker, a whole transfer
// as one job, so the list stays usable while the queue runs but a folder listed or a change made
// then waits until the running file is done (before the next one starts).
class FilesPage : public SitePage
{
    Q_OBJECT

public:
    explicit FilesPage(QWidget *parent = nullptr);
    ~FilesPage() override;

    void setSite(const SiteView &view) override;
    void refresh() override;

    bool isConnected() const { return m_sftp != nullptr; }
    QString currentFolder() const { return m_folder; }
    // The names the table shows, top to bottom.
    QStringList shownNames() const;
    TransferQueue *transfers() const { return m_queue; }

private:
    void onConnectClicked();
    void connectWith(const model::SshAccess &access, const SshCredentials &credentials);
    void disconnectFromHost();
    void openFolder(const QString &folder);
    void showEntries(const QString &folder, const QList<SftpEntry> &entries);
    void onRowActivated(int row);
    void goUp();

    // filesactions.cpp: what is done to the files.
    void uploadFiles();
    void startUploads(const QStringList &localFiles);
    void downloadSelected();
    void makeFolder();
    void renameSelected();
    void deleteSelected();
    void changePermissions();
    bool eventFilter(QObject *watched, QEvent *event) override; // drops on the list upload
    void runChange(QFuture<Status> change, const QString &what);

    // filesqueue.cpp: the transfers' queue under the list.
    QWidget *makeQueueBox();
    void startQueue();
    void onTransferFinished(const Transfer &transfer);
    int selectedTransfer() const;
    void updateQueueState();

    const SftpEntry *selectedEntry() const;
    QString remotePath(const QString &name) const;
    void setMessage(const QString &message);
    void updateState();

    SiteView m_view;
    quint64 m_generation = 0; // bumped when the site or the session changes; stale answers dropped
    bool m_working = false;   // connecting, listing or changing: one thing at a time
    QString m_message;
    std::unique_ptr<SshConnection> m_connection;
    std::unique_ptr<SftpSession> m_sftp;
    QString m_folder;
    QList<SftpEntry> m_entries;
    TransferQueue *m_queue = nullptr;

    KeyChooser *m_key = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_up = nullptr;
    QLineEdit *m_path = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_newFolder = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_permissions = nullptr;
    QWidget *m_queueBox = nullptr;
    QTableView *m_queueView = nullptr;
    QPushButton *m_queueCancel = nullptr;
    QPushButton *m_queueRetry = nullptr;
    QPushButton *m_queueRemove = nullptr;
    QPushButton *m_queueClear = nullptr;
};

} // namespace mws::ui
