// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databases/databasespage.h"

#include "api/databasesrequest.h"
#include "databases/databasedialogs.h"
#include "databases/databasetransferbar.h"
#include "dialogs/dialogparts.h"
#include "dialogs/messagebox.h"
#include "jobs/jobspanel.h"
#include "session/accountsession.h"
#include "session/siteresourceloader.h"
#include "validate/databasenames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

using session::SiteResource;

QList<SiteResource> databaseResources(const QString &siteId)
{
    return {SiteResource::of<model::SiteDatabases>(
        QStringLiteral("site/%1/databases").arg(siteId),
        [siteId](api::PanelClient *client, const QByteArray &etag) {
            return api::DatabasesClient(*client).databases(siteId, etag);
        })};
}

const QList<model::DatabaseGrant> &grantLevels()
{
    static const QList<model::DatabaseGrant> levels{
        model::DatabaseGrant::None, model::DatabaseGrant::ReadOnly, model::DatabaseGrant::ReadWrite,
        model::DatabaseGrant::All};
    return levels;
}

QString grantText(model::DatabaseGrant level)
{
    switch (level) {
    case model::DatabaseGrant::None:
        return DatabasesPage::tr("None");
    case model::DatabaseGrant::ReadOnly:
        return DatabasesPage::tr("Read-only");
    case model::DatabaseGrant::ReadWrite:
        return DatabasesPage::tr("Read-write");
    case model::DatabaseGrant::All:
        return DatabasesPage::tr("All");
    }
    return {};
}

QPushButton *addButton(QHBoxLayout *row, const QString &text, const char *name, const QString &tip)
{
    QPushButton *button = namedButton(text, QString::fromLatin1(name), row->parentWidget(), tip);
    row->addWidget(button);
    return button;
}

QWidget *titled(QWidget *parent, const QString &title, QWidget *content, QWidget *buttons)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (buttons)
        layout->addWidget(buttons);
    return box;
}

} // namespace

DatabasesPage::DatabasesPage(const SitePageContext &context)
    : SitePage(context.parent), m_jobs(context.jobs),
      m_loader(new session::SiteResourceLoader(&databaseResources, this))
{
    setObjectName(QStringLiteral("databasesPage"));
    auto *layout = new QVBoxLayout(this);
    addPageTitleRow(layout, tr("Databases"), this);
    m_note = valueLabel(this, "databasesNote");
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    m_connection = valueLabel(this, "databasesConnection");
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setText(
        tr("The site's PHP reaches its databases as localhost, over the host's MariaDB socket. From this "
           "computer, open a tunnel on the SSH page (Open Tunnel) and connect to 127.0.0.1 at the port it "
           "shows, as one of the users below."));
    layout->addWidget(m_connection);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildDatabases());
    auto *lower = new QSplitter(Qt::Horizontal, splitter);
    lower->addWidget(buildUsers());
    lower->addWidget(buildGrants());
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);

    connect(m_loader, &session::SiteResourceLoader::loaded, this, &DatabasesPage::showDatabases);
    connect(m_loader, &session::SiteResourceLoader::failed, this, &DatabasesPage::loadFailed);
    connect(m_loader, &session::SiteResourceLoader::settled, this, [this] {
        showNote();
        updateButtons();
    });
    if (m_jobs) {
        connect(m_jobs, &JobsPanel::jobFinished, this, [this](const model::Job &job) { jobEnded(job.id); });
        connect(m_jobs, &JobsPanel::jobLost, this, [this](const QString &jobId) { jobEnded(jobId); });
    }
    updateButtons();
}

QWidget *DatabasesPage::buildDatabases()
{
    m_databaseModel = new QStandardItemModel(0, 4, this);
    m_databaseModel->setHorizontalHeaderLabels({tr("Database"), tr("Collation"), tr("Size"), tr("Tables")});
    m_databaseTable = listTable(m_databaseModel, "databasesView", tr("Databases"), this);
    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_newDatabase = addButton(row, tr("&New Database…"), "newDatabase", tr("Create a database for the site"));
    m_dropDatabase = addButton(row, tr("Drop Data&base…"), "dropDatabase",
                               tr("Delete the selected database and everything in it"));
    m_preview =
        addButton(row, tr("&Look Inside…"), "previewDatabase",
                  tr("The selected database's tables: their first rows and CREATE statements, read-only"));
    connect(m_preview, &QPushButton::clicked, this, &DatabasesPage::previewDatabase);
    m_transfers = new DatabaseTransferBar(m_jobs, buttons);
    row->addWidget(m_transfers, 1);
    connect(m_transfers, &DatabaseTransferBar::importEnded, m_loader, &session::SiteResourceLoader::reload);
    connect(m_newDatabase, &QPushButton::clicked, this, &DatabasesPage::newDatabase);
    connect(m_dropDatabase, &QPushButton::clicked, this, &DatabasesPage::dropDatabase);
    connect(m_databaseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatabasesPage::updateButtons);
    return titled(this, tr("Databases"), m_databaseTable, buttons);
}

QWidget *DatabasesPage::buildUsers()
{
    m_userModel = new QStandardItemModel(0, 2, this);
    m_userModel->setHorizontalHeaderLabels({tr("User"), tr("State")});
    m_userTable = listTable(m_userModel, "databaseUsersView", tr("Database users"), this);
    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_newUser = addButton(row, tr("New &User…"), "newDatabaseUser",
                          tr("Create a database user; its password is shown once"));
    m_resetPassword =
        addButton(row, tr("Res&et Password…"), "resetDatabasePassword",
                  tr("Give the selected user a new password, shown once; the old one stops working"));
    m_dropUser =
        addButton(row, tr("Drop Us&er…"), "dropDatabaseUser", tr("Delete the selected database user"));
    row->addStretch();
    connect(m_newUser, &QPushButton::clicked, this, &DatabasesPage::newUser);
    connect(m_resetPassword, &QPushButton::clicked, this, &DatabasesPage::resetPassword);
    connect(m_dropUser, &QPushButton::clicked, this, &DatabasesPage::dropUser);
    connect(m_userTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatabasesPage::updateButtons);
    return titled(this, tr("Users"), m_userTable, buttons);
}

QWidget *DatabasesPage::buildGrants()
{
    m_grants = new QTableWidget(this);
    m_grants->setObjectName(QStringLiteral("databaseGrantsView"));
    m_grants->setAccessibleName(tr("What each user may do in each database"));
    m_grants->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return titled(this, tr("Grants (users × databases)"), m_grants, nullptr);
}

void DatabasesPage::setSite(const SiteView &view)
{
    const bool sameSite = view.session == m_view.session && view.siteId == m_view.siteId;
    const bool backOnline = sameSite && m_view.offline && !view.offline;
    m_view = view;
    if (!sameSite) {
        m_databases = {};
        m_databaseModel->removeRows(0, m_databaseModel->rowCount());
        m_userModel->removeRows(0, m_userModel->rowCount());
        m_grants->clear();
        m_grants->setRowCount(0);
        m_grants->setColumnCount(0);
        m_loadProblem.clear();
        m_noDatabases = false;
        m_pendingJobs.clear();
    }
    if (!view.site()) {
        m_loader->unload();
        showNote();
        return updateButtons();
    }
    m_transfers->setSite(view.siteId, view.session);
    m_loader->setSite(view.session, view.siteId);
    if (backOnline && m_loader->isLoaded() && !m_loader->isConfirmed() && !m_loader->isLoading())
        m_loader->reload();
    showNote();
    updateButtons();
}

void DatabasesPage::refresh()
{
    m_loader->reload();
}

QString DatabasesPage::fieldLabel(const QString &apiField) const
{
    if (apiField == QLatin1String("name"))
        return tr("Name");
    if (apiField == QLatin1String("collation"))
        return tr("Collation");
    if (apiField == QLatin1String("confirmName"))
        return tr("Name typed back");
    if (apiField.startsWith(QLatin1String("grants")))
        return tr("Grants");
    return {};
}

void DatabasesPage::loadFailed(const Error &error)
{
    // The panel says 503 (problem+json) when its host has no MariaDB ([mariadb] is off) or it
    // does not answer; either way there is nothing to show here, and its words say which.
    m_noDatabases = error.httpStatus == 503;
    m_loadProblem = m_noDatabases ? tr("The databases are not available here: %1").arg(error.message)
                                  : tr("The databases could not be loaded: %1").arg(error.message);
    showNote();
    updateButtons();
}

void DatabasesPage::showNote()
{
    QString note;
    if (!m_view.site())
        note = tr("No site is selected.");
    else if (!m_loader->isLoaded() && !m_loadProblem.isEmpty())
        note = m_loadProblem;
    else if (m_view.offline && m_loader->isLoaded())
        note = tr("Offline: this is the copy last read from the panel; nothing can be changed until it can "
                  "be reached.");
    else if (m_view.offline)
        note = tr("Offline: the panel cannot be reached, and no copy of the site's databases was kept.");
    else if (m_loader->isLoaded() && !m_view.mayChange)
        note = tr("You may look at the site's databases but not change them.");
    else if (m_loader->isLoaded() && m_databases.databases.isEmpty())
        note = tr("The site has no databases yet.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_connection->setVisible(m_loader->isLoaded());
}

void DatabasesPage::showDatabases()
{
    if (!m_loader->isLoaded())
        return;
    const QString database = selectedDatabase();
    const QString user = selectedUser();
    m_databases = model::SiteDatabases::fromJson(m_loader->value(0));
    m_loadProblem.clear();
    m_noDatabases = false;
    m_databaseModel->removeRows(0, m_databaseModel->rowCount());
    const QLocale locale;
    for (const model::DatabaseEntry &entry : std::as_const(m_databases.databases)) {
        auto *size = new QStandardItem(locale.formattedDataSize(entry.sizeBytes));
        size->setData(entry.sizeBytes, Qt::UserRole);
        m_databaseModel->appendRow({new QStandardItem(entry.name), new QStandardItem(entry.collation), size,
                                    new QStandardItem(locale.toString(entry.tables))});
        if (entry.name == database)
            m_databaseTable->selectRow(m_databaseModel->rowCount() - 1);
    }
    m_userModel->removeRows(0, m_userModel->rowCount());
    for (const model::DatabaseUser &entry : std::as_const(m_databases.users)) {
        m_userModel->appendRow(
            {new QStandardItem(entry.name),
             new QStandardItem(entry.inStep
                                   ? tr("Ready")
                                   : tr("Its socket and tunnel accounts differ; reset its password"))});
        if (entry.name == user)
            m_userTable->selectRow(m_userModel->rowCount() - 1);
    }
    // Names in full: the last column takes what is left.
    m_databaseTable->resizeColumnsToContents();
    m_userTable->resizeColumnsToContents();
    showGrants();
    showNote();
    updateButtons();
}

void DatabasesPage::showGrants()
{
    m_grants->clear();
    m_grants->setRowCount(int(m_databases.users.size()));
    m_grants->setColumnCount(int(m_databases.databases.size()));
    QStringList columns, rows;
    for (const model::DatabaseEntry &entry : std::as_const(m_databases.databases))
        columns << entry.name;
    for (const model::DatabaseUser &entry : std::as_const(m_databases.users))
        rows << entry.name;
    m_grants->setHorizontalHeaderLabels(columns);
    m_grants->setVerticalHeaderLabels(rows);
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < columns.size(); ++column) {
            auto *combo = new QComboBox(m_grants);
            combo->setObjectName(QStringLiteral("grant:%1:%2").arg(rows.at(row), columns.at(column)));
            combo->setAccessibleName(tr("%1 on %2").arg(rows.at(row), columns.at(column)));
            for (model::DatabaseGrant level : grantLevels())
                combo->addItem(grantText(level), QVariant::fromValue(int(level)));
            const model::DatabaseGrant level = m_databases.users.at(row).grantOn(columns.at(column));
            combo->setCurrentIndex(int(grantLevels().indexOf(level)));
            connect(combo, &QComboBox::activated, this,
                    [this, user = rows.at(row), database = columns.at(column), combo](int index) {
                        if (index >= 0 && index < grantLevels().size())
                            setGrant(user, database, grantLevels().at(index));
                        Q_UNUSED(combo);
                    });
            m_grants->setCellWidget(row, column, combo);
        }
    updateButtons();
}

bool DatabasesPage::mayChange() const
{
    return m_view.site() && m_view.mayChange && !m_view.offline && m_loader->isLoaded() &&
           m_loader->isConfirmed() && m_sending == 0;
}

void DatabasesPage::updateButtons()
{
    const bool may = mayChange();
    m_newDatabase->setEnabled(may);
    m_dropDatabase->setEnabled(may && !selectedDatabase().isEmpty());
    m_transfers->setSelection(selectedDatabase(), may);
    m_preview->setEnabled(may && !selectedDatabase().isEmpty());
    m_newUser->setEnabled(may);
    m_resetPassword->setEnabled(may && !selectedUser().isEmpty());
    m_dropUser->setEnabled(may && !selectedUser().isEmpty());
    for (int row = 0; row < m_grants->rowCount(); ++row)
        for (int column = 0; column < m_grants->columnCount(); ++column)
            if (QWidget *cell = m_grants->cellWidget(row, column))
                cell->setEnabled(may);
}

QString DatabasesPage::selectedDatabase() const
{
    const QModelIndexList rows = m_databaseTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_databaseModel->item(rows.first().row())->text();
}

QString DatabasesPage::selectedUser() const
{
    const QModelIndexList rows = m_userTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_userModel->item(rows.first().row())->text();
}

} // namespace mws::ui
