// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "files/filespage.h"

#include "files/transferqueue.h"
#include "hostlogin/keychooser.h"
#include "hostlogin/usableaccess.h"
#include "session/accountsession.h"
#include "ssh/sitelogin.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mws::ui {

namespace {

// "drwxr-x---" from the mode's bits, as ls shows them.
QString modeText(const SftpEntry &entry)
{
    QString text = entry.isDirectory ? QStringLiteral("d")
                   : entry.isSymlink ? QStringLiteral("l")
                                     : QStringLiteral("-");
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        text += entry.permissions & (0400 >> bit) ? QLatin1Char(letters[bit]) : QLatin1Char('-');
    return text;
}

QString parentOf(const QString &folder)
{
    if (folder == QLatin1String("/") || folder.isEmpty())
        return QStringLiteral("/");
    const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : folder.left(slash);
}

} // namespace

FilesPage::FilesPage(QWidget *parent) : SitePage(parent)
{
    setObjectName(QStringLiteral("filesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Files"), this));

    auto *connection = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Log in with:"), this);
    m_key = new KeyChooser(QStringLiteral("filesKey"), this);
    keyLabel->setBuddy(m_key);
    m_connect = namedButton(tr("C&onnect"), QStringLiteral("filesConnect"), this,
                            tr("Open this site's files over SFTP, as yourself"));
    m_status = valueLabel(this, "filesStatus");
    connection->addWidget(keyLabel);
    connection->addWidget(m_key);
    connection->addWidget(m_connect);
    connection->addWidget(m_status, 1);
    layout->addLayout(connection);

    auto *place = new QHBoxLayout;
    m_up = namedButton(tr("&Up"), QStringLiteral("filesUp"), this, tr("The folder this one is in"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filesPath"));
    m_path->setAccessibleName(tr("Folder"));
    place->addWidget(m_up);
    place->addWidget(m_path, 1);
    layout->addLayout(place);

    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Size"), tr("Modified"), tr("Permissions"), tr("Owner")});
    m_table = listTable(m_model, "filesView", tr("Files"), this);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The queue under the list, as tall as the person drags it; hidden while it is empty.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("filesSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(makeQueueBox());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *actions = new QHBoxLayout;
    m_upload = namedButton(tr("Up&load…"), QStringLiteral("filesUpload"), this);
    m_download = namedButton(tr("&Download…"), QStringLiteral("filesDownload"), this);
    m_newFolder = namedButton(tr("&New Folder…"), QStringLiteral("filesNewFolder"), this);
    m_rename = namedButton(tr("&Rename…"), QStringLiteral("filesRename"), this);
    m_delete = namedButton(tr("De&lete"), QStringLiteral("filesDelete"), this);
    m_permissions = namedButton(tr("&Permissions…"), QStringLiteral("filesPermissions"), this,
                                tr("Who may read, write and run it, as chmod's octal number"));
    for (QPushButton *button : {m_upload, m_download, m_newFolder, m_rename, m_permissions, m_delete})
        actions->addWidget(button);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_connect, &QPushButton::clicked, this, &FilesPage::onConnectClicked);
    connect(m_up, &QPushButton::clicked, this, &FilesPage::goUp);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openFolder(m_path->text().trimmed()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { onRowActivated(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FilesPage::updateState);
    connect(m_upload, &QPushButton::clicked, this, &FilesPage::uploadFiles);
    connect(m_download, &QPushButton::clicked, this, &FilesPage::downloadSelected);
    connect(m_newFolder, &QPushButton::clicked, this, &FilesPage::makeFolder);
    connect(m_rename, &QPushButton::clicked, this, &FilesPage::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &FilesPage::deleteSelected);
    connect(m_permissions, &QPushButton::clicked, this, &FilesPage::changePermissions);
    // Files dropped on the list are uploaded into the folder it shows.
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    updateState();
}

FilesPage::~FilesPage()
{
    disconnectFromHost();
}

void FilesPage::setSite(const SiteView &view)
{
    if (view.session != m_view.session || view.siteId != m_view.siteId) {
        disconnectFromHost();
        m_message.clear();
    }
    m_view = view;
    updateState();
}

void FilesPage::refresh()
{
    if (isConnected() && !m_working)
        openFolder(m_folder);
}

QStringList FilesPage::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->item(row, 0)->text();
    return names;
}

void FilesPage::onConnectClicked()
{
    if (isConnected()) {
        disconnectFromHost();
        updateState();
        return;
    }
    if (!m_view.session || !m_view.session->client() || m_view.siteId.isEmpty() || m_view.offline)
        return;
    const quint64 generation = m_generation;
    prepareSiteLogin(
        *m_key, m_view, this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_working = true;
            setMessage(tr("Asking the panel how to connect…"));
        },
        [this, generation](const std::optional<SiteLogin> &login, const QString &why) {
            if (generation != m_generation)
                return;
            m_working = false;
            if (!login)
                return setMessage(why);
            connectWith(login->access, login->credentials);
        });
}

void FilesPage::connectWith(const model::SshAccess &access, const SshCredentials &credentials)
{
    disconnectFromHost();
    m_connection = std::make_unique<SshConnection>();
    m_working = true;
    setMessage(tr("Connecting to %1…").arg(access.host));
    const quint64 generation = m_generation;
    m_connection
        ->connectToHost(sitelogin::connectionOptions(access, credentials, sitelogin::knownHostsFile()))
        .then(this, [this, generation, access, credentials](const Result<HostKeyVerdict> &connected) {
            if (generation != m_generation)
                return;
            m_working = false;
            if (!connected.ok()) {
                m_connection.reset();
                if (KeyChooser::needsPassphrase(credentials, connected.error())) {
                    setMessage(tr("The key needs its passphrase."));
                    return m_key->askPassphrase(credentials,
                                                [this, generation, access](const SshCredentials &with) {
                                                    if (generation == m_generation)
                                                        connectWith(access, with);
                                                });
                }
                return setMessage(connected.error().message);
            }
            m_sftp = std::make_unique<SftpSession>(*m_connection);
            startQueue();
            setMessage(tr("Connected as %1 to %2 (host key %3, as the panel says).")
                           .arg(access.username, access.host, connected->fingerprint));
            openFolder(access.siteHome.isEmpty() ? QStringLiteral(".") : access.siteHome);
        });
}

void FilesPage::disconnectFromHost()
{
    ++m_generation;
    // Before the session goes: its worker waits for the running transfer to stop.
    m_queue->stop(tr("the session ended"));
    m_working = false;
    m_sftp.reset();
    m_connection.reset();
    m_folder.clear();
    m_entries.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_path->clear();
}

void FilesPage::openFolder(const QString &folder)
{
    if (!m_sftp || folder.isEmpty())
        return;
    m_working = true;
    updateState();
    const quint64 generation = m_generation;
    m_sftp->list(folder).then(this, [this, generation, folder](const Result<QList<SftpEntry>> &listed) {
        if (generation != m_generation)
            return;
        m_working = false;
        if (!listed.ok()) {
            m_path->setText(m_folder);
            return setMessage(listed.error().message);
        }
        showEntries(folder, *listed);
    });
}

void FilesPage::showEntries(const QString &folder, const QList<SftpEntry> &entries)
{
    m_folder = folder == QLatin1String("/") ? folder : QDir::cleanPath(folder);
    m_path->setText(m_folder);
    m_entries.clear();
    for (const SftpEntry &entry : entries)
        if (entry.name != QLatin1String(".") && entry.name != QLatin1String(".."))
            m_entries << entry;
    // Folders first, then by name as people read them.
    std::sort(m_entries.begin(), m_entries.end(), [](const SftpEntry &a, const SftpEntry &b) {
        if (a.isDirectory != b.isDirectory)
            return a.isDirectory;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const SftpEntry &entry : std::as_const(m_entries)) {
        QList<QStandardItem *> row{
            new QStandardItem(entry.isDirectory ? entry.name + QLatin1Char('/') : entry.name),
            new QStandardItem(entry.isDirectory ? QString() : locale.formattedDataSize(entry.size)),
            new QStandardItem(locale.toString(entry.modified.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(modeText(entry)),
            new QStandardItem(entry.owner + QLatin1Char(':') + entry.group)};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    updateState();
}

void FilesPage::onRowActivated(int row)
{
    if (row < 0 || row >= m_entries.size() || m_working)
        return;
    if (m_entries[row].isDirectory)
        openFolder(remotePath(m_entries[row].name));
}

void FilesPage::goUp()
{
    if (!m_working)
        openFolder(parentOf(m_folder));
}

const SftpEntry *FilesPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_entries.size())
        return nullptr;
    return &m_entries[rows.first().row()];
}

QString FilesPage::remotePath(const QString &name) const
{
    return m_folder == QLatin1String("/") ? QLatin1Char('/') + name : m_folder + QLatin1Char('/') + name;
}

void FilesPage::setMessage(const QString &message)
{
    m_message = message;
    updateState();
}

void FilesPage::updateState()
{
    const bool selected = !m_view.siteId.isEmpty();
    // The queue may run meanwhile: what is asked then waits for its running file (see the class).
    const bool ready = isConnected() && !m_working;
    m_key->setEnabled(!isConnected() && !m_working);
    m_connect->setText(isConnected() ? tr("Disc&onnect") : tr("C&onnect"));
    m_connect->setEnabled(selected && (isConnected() || (!m_view.offline && !m_working)));
    m_up->setEnabled(ready && m_folder != QLatin1String("/"));
    m_path->setEnabled(ready);
    m_table->setEnabled(isConnected());
    const SftpEntry *entry = selectedEntry();
    m_upload->setEnabled(ready);
    m_newFolder->setEnabled(ready);
    m_download->setEnabled(ready && entry && !entry->isDirectory);
    m_rename->setEnabled(ready && entry);
    m_delete->setEnabled(ready && entry);
    m_permissions->setEnabled(ready && entry && !entry->isSymlink);
    updateQueueState();
    if (!selected)
        m_status->setText(tr("Select a site to open its files."));
    else if (m_view.offline && !isConnected())
        m_status->setText(tr("The panel cannot be reached, so the app cannot connect to this site."));
    else
        m_status->setText(m_message);
}

} // namespace mws::ui
