// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Databases page's changes: each sent through DatabasesClient, its job handed to the jobs
// panel, the page reloaded when the job ends; a password the panel answers is shown once.
#include "api/databasesrequest.h"
#include "databases/databasedialogs.h"
#include "databases/databasespage.h"
#include "databases/tablepreviewdialog.h"
#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "jobs/jobspanel.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"
#include "validate/databasenames.h"

#include <QPushButton>

namespace mws::ui {

template <typename T>
void DatabasesPage::send(const QString &what, QFuture<Result<T>> future,
                         std::function<model::Job(const T &)> job, std::function<void(const T &)> done)
{
    ++m_sending;
    updateButtons();
    future.then(this, [this, what, job = std::move(job), done = std::move(done)](const Result<T> &answer) {
        --m_sending;
        updateButtons();
        if (!answer.ok()) {
            if (answer.error().kind == Error::Kind::Cancelled)
                return;
            MessageBox::show(
                window(), MessageBox::Warning, tr("MWS Admin"),
                tr("%1: not done.").arg(what) + QStringLiteral("\n\n") +
                    errorDetails(answer.error(), [this](const QString &field) { return fieldLabel(field); }),
                MessageBox::SelectableText | MessageBox::PlainText, QStringLiteral("databasesError"));
            m_loader->reload();
            return;
        }
        followJob(job(answer.value()));
        if (done)
            done(answer.value());
    });
}

void DatabasesPage::followJob(const model::Job &job)
{
    api::PanelClient *client = m_view.session ? m_view.session->client() : nullptr;
    if (m_jobs && client && !model::isFinished(job.state)) {
        m_pendingJobs.insert(job.id);
        m_jobs->addJob(job, client);
        if (m_jobs->isFollowing(job.id))
            return;
    }
    m_pendingJobs.remove(job.id);
    m_loader->reload();
}

void DatabasesPage::jobEnded(const QString &jobId)
{
    if (m_pendingJobs.remove(jobId))
        m_loader->reload();
}

namespace {

model::Job jobOf(const model::Job &job)
{
    return job;
}

model::Job passwordJobOf(const api::PasswordJob &answer)
{
    return answer.job;
}

// The password, shown once; the dialog clears it as it closes, and nothing else keeps it.
void showPassword(QWidget *parent, const api::PasswordJob &made)
{
    auto *shown = new PasswordDialog(made.user, made.password, parent);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->open();
}

} // namespace

void DatabasesPage::newDatabase()
{
    if (!mayChange())
        return;
    const QString siteId = m_view.siteId;
    auto *dialog = new DatabaseNameDialog(
        "newDatabaseDialog", tr("New Database"),
        tr("The database's name starts with the site's prefix. Its character set is utf8mb4."),
        m_databases.prefix,
        [siteId](const QString &name) { return validate::databaseNameProblem(siteId, name); },
        m_databases.collations.isEmpty() ? validate::databaseCollations() : m_databases.collations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, siteId] {
        if (auto databases = databasesOf(siteId))
            send<model::Job>(tr("Create database %1").arg(dialog->name()),
                             databases->createDatabase(siteId, dialog->name(), dialog->collation()), &jobOf);
    });
    dialog->open();
}

void DatabasesPage::dropDatabase()
{
    const QString database = selectedDatabase();
    if (!mayChange() || database.isEmpty())
        return;
    QStringList users;
    for (const model::DatabaseUser &user : std::as_const(m_databases.users))
        if (user.grantOn(database) != model::DatabaseGrant::None)
            users << user.name;
    QString lost =
        tr("Dropping %1 deletes its tables and every row in them; it cannot be undone.").arg(database);
    if (!users.isEmpty())
        lost += QLatin1Char(' ') +
                tr("These users lose their grants on it: %1.").arg(users.join(QStringLiteral(", ")));
    auto *dialog = new TypedNameDialog({"dropDatabaseDialog", "dropDatabaseName", tr("Drop Database"), lost,
                                        tr("Type the name %1 to drop it:").arg(database), tr("&Drop")},
                                       database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, database, siteId = m_view.siteId] {
        if (auto databases = databasesOf(siteId))
            send<model::Job>(tr("Drop database %1").arg(database),
                             databases->dropDatabase(siteId, database, dialog->typedName()), &jobOf);
    });
    dialog->open();
}

void DatabasesPage::previewDatabase()
{
    const QString database = selectedDatabase();
    if (!mayChange() || database.isEmpty() || !m_view.session || !m_view.session->client())
        return;
    auto *dialog = new TablePreviewDialog(m_view.session->client(), m_view.siteId, database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DatabasesPage::newUser()
{
    if (!mayChange())
        return;
    const QString siteId = m_view.siteId;
    auto *dialog = new DatabaseNameDialog(
        "newDatabaseUserDialog", tr("New Database User"),
        tr("The user's name starts with the site's prefix. Its password is made by the panel and shown once; "
           "grant it databases in the grants table."),
        m_databases.prefix,
        [siteId](const QString &name) { return validate::databaseUserNameProblem(siteId, name); }, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, siteId] {
        if (auto databases = databasesOf(siteId))
            send<api::PasswordJob>(tr("Create database user %1").arg(dialog->name()),
                                   databases->createUser(siteId, dialog->name()), &passwordJobOf,
                                   [this](const api::PasswordJob &made) { showPassword(this, made); });
    });
    dialog->open();
}

void DatabasesPage::resetPassword()
{
    const QString user = selectedUser();
    if (!mayChange() || user.isEmpty())
        return;
    MessageBox::question(
        window(), tr("Reset Password"),
        tr("Give %1 a new password? The old one stops working once the job has run: update the site's "
           "configuration with the new one.")
            .arg(user),
        MessageBox::Yes | MessageBox::Cancel,
        [this, user, siteId = m_view.siteId](MessageBox::Button answer) {
            auto databases = databasesOf(siteId);
            if (answer == MessageBox::Yes && databases)
                send<api::PasswordJob>(tr("Reset the password of %1").arg(user),
                                       databases->resetPassword(siteId, user), &passwordJobOf,
                                       [this](const api::PasswordJob &made) { showPassword(this, made); });
        });
}

void DatabasesPage::dropUser()
{
    const QString user = selectedUser();
    if (!mayChange() || user.isEmpty())
        return;
    MessageBox::question(
        window(), tr("Drop User"),
        tr("Drop the database user %1? Whatever connects as it (the site's PHP, a tunnel) stops working; its "
           "databases stay.")
            .arg(user),
        MessageBox::Yes | MessageBox::Cancel,
        [this, user, siteId = m_view.siteId](MessageBox::Button answer) {
            auto databases = databasesOf(siteId);
            if (answer == MessageBox::Yes && databases)
                send<model::Job>(tr("Drop database user %1").arg(user), databases->dropUser(siteId, user),
                                 &jobOf);
        });
}

// The panel takes the user's whole set of grants (a database not named gets none), so the one
// cell changed goes with the user's other grants as they are.
void DatabasesPage::setGrant(const QString &user, const QString &database, model::DatabaseGrant level)
{
    auto databases = databasesOf(m_view.siteId);
    if (!mayChange() || !databases)
        return;
    QList<QPair<QString, model::DatabaseGrant>> grants;
    for (const model::DatabaseUser &known : std::as_const(m_databases.users))
        if (known.name == user)
            for (auto it = known.grants.cbegin(); it != known.grants.cend(); ++it)
                if (it.key() != database)
                    grants.append({it.key(), it.value()});
    grants.append({database, level});
    send<model::Job>(tr("Change the grants of %1").arg(user),
                     databases->setGrants(m_view.siteId, user, grants), &jobOf);
}

std::optional<api::DatabasesClient> DatabasesPage::databasesOf(const QString &siteId) const
{
    if (!m_view.session || !m_view.session->client() || siteId != m_view.siteId)
        return std::nullopt;
    return api::DatabasesClient(*m_view.session->client());
}

} // namespace mws::ui
