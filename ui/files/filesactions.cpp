// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What the Files page does to the site's files: uploads and downloads (queued, see
// filesqueue.cpp), new folders, renames and deletions.
#include "dialogs/messagebox.h"
#include "files/filespage.h"
#include "files/transferqueue.h"

#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>

namespace mws::ui {

namespace {

// Why a name typed for a file or folder cannot be one, or empty if it can.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return FilesPage::tr("A name is needed.");
    if (name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1Char('/')) ||
        name.contains(QChar(0)))
        return FilesPage::tr("“%1” cannot be a name: a name has no “/” and is not “.” or “..”.").arg(name);
    return {};
}

// A dialog asking for a name, found by objectName; done gets the name when it is accepted.
void askName(QWidget *parent, const QString &objectName, const QString &title, const QString &label,
             const QString &initial, std::function<void(const QString &)> done)
{
    auto *ask = new QInputDialog(parent);
    ask->setObjectName(objectName);
    ask->setWindowTitle(title);
    ask->setLabelText(label);
    ask->setTextValue(initial);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(ask, &QInputDialog::textValueSelected, parent,
                     [done = std::move(done)](const QString &name) { done(name.trimmed()); });
    ask->open();
}

} // namespace

void FilesPage::uploadFiles()
{
    auto *files = new QFileDialog(this, tr("Upload to %1").arg(m_folder),
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    files->setObjectName(QStringLiteral("filesUploadFrom"));
    files->setFileMode(QFileDialog::ExistingFiles);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::filesSelected, this, &FilesPage::startUploads);
    files->open();
}

// Into the folder shown now, behind what the queue has already.
void FilesPage::startUploads(const QStringList &localFiles)
{
    if (!m_sftp)
        return;
    for (const QString &local : localFiles) {
        const QFileInfo file(local);
        m_queue->enqueue(Transfer::Direction::Upload, local, remotePath(file.fileName()), file.size());
    }
    updateState();
}

void FilesPage::downloadSelected()
{
    const SftpEntry *entry = selectedEntry();
    if (!entry || entry->isDirectory)
        return;
    const QString remote = remotePath(entry->name);
    const qint64 size = entry->size;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(entry->name);
    auto *files = new QFileDialog(this, tr("Download %1 to").arg(entry->name), suggested);
    files->setObjectName(QStringLiteral("filesDownloadTo"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(files, &QFileDialog::fileSelected, this, [this, generation, remote, size](const QString &local) {
        if (generation != m_generation || !m_sftp)
            return;
        m_queue->enqueue(Transfer::Direction::Download, local, remote, size);
        updateState();
    });
    files->open();
}

void FilesPage::makeFolder()
{
    const quint64 generation = m_generation;
    askName(this, QStringLiteral("filesFolderName"), tr("New Folder"),
            tr("Name of the new folder in %1:").arg(m_folder), {}, [this, generation](const QString &name) {
                if (generation != m_generation || !m_sftp)
                    return;
                if (const QString problem = nameProblem(name); !problem.isEmpty())
                    return setMessage(problem);
                // rwx for the site's members group too: the site's files are the group's.
                runChange(m_sftp->makeDirectory(remotePath(name), 0775), tr("Made the folder %1.").arg(name));
            });
}

void FilesPage::renameSelected()
{
    const SftpEntry *entry = selectedEntry();
    if (!entry)
        return;
    const QString from = entry->name;
    const quint64 generation = m_generation;
    askName(this, QStringLiteral("filesNewName"), tr("Rename"), tr("New name of %1:").arg(from), from,
            [this, generation, from](const QString &name) {
                if (generation != m_generation || !m_sftp || name == from)
                    return;
                if (const QString problem = nameProblem(name); !problem.isEmpty())
                    return setMessage(problem);
                if (shownNames().contains(name) || shownNames().contains(name + QLatin1Char('/')))
                    return setMessage(
                        tr("%1 is there already: choose another name, or delete it first.").arg(name));
                runChange(m_sftp->rename(remotePath(from), remotePath(name)),
                          tr("Renamed %1 to %2.").arg(from, name));
            });
}

void FilesPage::deleteSelected()
{
    const SftpEntry *entry = selectedEntry();
    if (!entry)
        return;
    const QString name = entry->name;
    const bool folder = entry->isDirectory;
    const QString question =
        folder ? tr("Delete the folder %1 and everything in it? This cannot be undone.").arg(name)
               : tr("Delete %1? This cannot be undone.").arg(name);
    const quint64 generation = m_generation;
    MessageBox::question(
        this, tr("Delete"), question, MessageBox::Yes | MessageBox::Cancel,
        [this, generation, name, folder](MessageBox::Button answer) {
            if (answer != MessageBox::Yes || generation != m_generation || !m_sftp)
                return;
            runChange(m_sftp->remove(remotePath(name), folder ? SftpSession::Removal::Recursive
                                                              : SftpSession::Removal::FileOrEmptyFolder),
                      tr("Deleted %1.").arg(name));
        });
}

void FilesPage::changePermissions()
{
    const SftpEntry *entry = selectedEntry();
    if (!entry)
        return;
    const QString name = entry->name;
    const quint64 generation = m_generation;
    askName(
        this, QStringLiteral("filesMode"), tr("Permissions"),
        tr("Permissions of %1 as an octal number (644: you read and write, everyone reads; 664: the "
           "site's members write too):")
            .arg(name),
        QString::number(entry->permissions & 0777, 8), [this, generation, name](const QString &typed) {
            if (generation != m_generation || !m_sftp)
                return;
            bool octal = false;
            const int mode = typed.toInt(&octal, 8);
            // No setuid, setgid or sticky bits from here: they are not a site's to set.
            if (!octal || mode < 0 || mode > 0777 || typed.size() > 4)
                return setMessage(
                    tr("“%1” is not a mode: give three octal digits, such as 644 or 755.").arg(typed));
            runChange(
                m_sftp->setPermissions(remotePath(name), mode),
                tr("%1 is now %2.").arg(name, QString::number(mode, 8).rightJustified(3, QLatin1Char('0'))));
        });
}

bool FilesPage::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched != m_table->viewport() ||
        (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop))
        return SitePage::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    QStringList files;
    for (const QUrl &url : drop->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    const bool ready = isConnected() && !m_working;
    if (files.isEmpty() || !ready)
        return SitePage::eventFilter(watched, event);
    drop->acceptProposedAction();
    if (type == QEvent::Drop)
        startUploads(files);
    return true;
}

void FilesPage::runChange(QFuture<Status> change, const QString &what)
{
    m_working = true;
    updateState();
    const quint64 generation = m_generation;
    change.then(this, [this, generation, what](const Status &done) {
        if (generation != m_generation)
            return;
        m_working = false;
        setMessage(done.ok() ? what : done.error().message);
        openFolder(m_folder);
    });
}

} // namespace mws::ui
