// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/databasesrequest.h"
#include "model/databases.h"
#include "pages/sitepage.h"
#include "util/result.h"

#include <QFuture>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace mws::api {
class PanelClient;
}

namespace mws::session {
class SiteResourceLoader;
}

namespace mws::ui {

class DatabaseTransferBar;

// The Databases page: the selected site's MariaDB databases (name, collation, size, tables), its
// database users, and a grants matrix (users × databases, each cell none, read-only, read-write or
// all, changed in place). New database and New user check the name with the shared validator
// before sending; Drop asks for the database's name typed back; a new or reset password is shown
// once (PasswordDialog) and kept nowhere. Each change is a "databases" job the jobs panel follows;
// the page reloads when it ends. Read-only while offline (the cached copy is shown), until the
// panel has confirmed it, and for whom the page table says may not change the site. A host that
// offers no databases (the panel answers 503) is said plainly.
class DatabasesPage : public SitePage
{
    Q_OBJECT

public:
    explicit DatabasesPage(const SitePageContext &context);

    void setSite(const SiteView &view) override;
    void refresh() override;
    QString fieldLabel(const QString &apiField) const override;

    session::SiteResourceLoader *loader() const { return m_loader; }
    DatabaseTransferBar *transfers() const { return m_transfers; }
    const model::SiteDatabases &databases() const { return m_databases; }

private:
    QWidget *buildDatabases();
    QWidget *buildUsers();
    QWidget *buildGrants();
    void showDatabases();
    void showGrants();
    void showNote();
    void loadFailed(const Error &error);
    bool mayChange() const;
    // The calls for siteId while the page still shows it and its account is open; nothing otherwise
    // (an answer that came after the page moved on changes nothing).
    std::optional<api::DatabasesClient> databasesOf(const QString &siteId) const;
    void updateButtons();
    QString selectedDatabase() const;
    QString selectedUser() const;

    void newDatabase();
    void dropDatabase();
    void previewDatabase();
    void newUser();
    void resetPassword();
    void dropUser();
    void setGrant(const QString &user, const QString &database, model::DatabaseGrant level);

    // Sends a change; a job it queued is handed to the jobs panel, a refusal is said in a box.
    template <typename T>
    void send(const QString &what, QFuture<Result<T>> future, std::function<model::Job(const T &)> job,
              std::function<void(const T &)> done = {});
    void followJob(const model::Job &job);
    void jobEnded(const QString &jobId);

    SiteView m_view;
    QPointer<JobsPanel> m_jobs;
    session::SiteResourceLoader *m_loader;
    model::SiteDatabases m_databases;
    QSet<QString> m_pendingJobs; // this page's jobs, until they end
    int m_sending = 0;           // changes asked, not yet answered
    QString m_loadProblem;
    bool m_noDatabases = false; // the host offers none

    QLabel *m_note;
    QLabel *m_connection;
    QStandardItemModel *m_databaseModel;
    QTableView *m_databaseTable;
    QStandardItemModel *m_userModel;
    QTableView *m_userTable;
    QTableWidget *m_grants;
    QPushButton *m_newDatabase;
    QPushButton *m_dropDatabase;
    QPushButton *m_newUser;
    QPushButton *m_resetPassword;
    QPushButton *m_dropUser;
    DatabaseTransferBar *m_transfers;
    QPushButton *m_preview;
};

} // namespace mws::ui
