// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sftpfiles.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <libssh/libssh.h>

namespace mws::sftpfiles {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::SftpSession)
};

Error::Kind kindOf(int sftpError)
{
    switch (sftpError) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return Error::Kind::NotFound;
    case SSH_FX_PERMISSION_DENIED:
    case SSH_FX_WRITE_PROTECT:
        return Error::Kind::Forbidden;
    case SSH_FX_FILE_ALREADY_EXISTS:
        return Error::Kind::Conflict;
    case SSH_FX_NO_CONNECTION:
    case SSH_FX_CONNECTION_LOST:
        return Error::Kind::Network;
    default:
        return Error::Kind::Server;
    }
}

QByteArray encoded(const QString &path)
{
    return path.toUtf8();
}

QString joined(const QString &folder, const QString &name)
{
    return folder.endsWith(QLatin1Char('/')) ? folder + name : folder + QLatin1Char('/') + name;
}

} // namespace

Error failure(sftp_session sftp, const QString &message)
{
    const int code = sftp_get_error(sftp);
    // A failure of the session itself (no SFTP status) is the connection's.
    const Error::Kind kind = code == SSH_FX_OK ? Error::Kind::Network : kindOf(code);
    return Error::make(kind, message, QString::fromUtf8(ssh_get_error(sftp->session)));
}

SftpEntry entryOf(sftp_attributes attributes)
{
    SftpEntry entry;
    entry.name = QString::fromUtf8(attributes->name ? attributes->name : "");
    entry.size = static_cast<qint64>(attributes->size);
    entry.permissions = static_cast<int>(attributes->permissions & 07777);
    entry.owner = attributes->owner ? QString::fromUtf8(attributes->owner) : QString::number(attributes->uid);
    entry.group = attributes->group ? QString::fromUtf8(attributes->group) : QString::number(attributes->gid);
    const qint64 seconds = attributes->mtime64 ? static_cast<qint64>(attributes->mtime64) : attributes->mtime;
    entry.modified = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
    entry.isDirectory = attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
    entry.isSymlink = attributes->type == SSH_FILEXFER_TYPE_SYMLINK;
    return entry;
}

Result<QList<SftpEntry>> list(sftp_session sftp, const QString &folder)
{
    sftp_dir dir = sftp_opendir(sftp, encoded(folder).constData());
    if (!dir)
        return failure(sftp, Words::tr("Could not open the folder %1.").arg(folder));
    QList<SftpEntry> entries;
    while (sftp_attributes attributes = sftp_readdir(sftp, dir)) {
        SftpEntry entry = entryOf(attributes);
        sftp_attributes_free(attributes);
        if (entry.name != QLatin1String(".") && entry.name != QLatin1String(".."))
            entries.append(std::move(entry));
    }
    const bool complete = sftp_dir_eof(dir);
    sftp_closedir(dir);
    if (!complete)
        return failure(sftp, Words::tr("Could not read the folder %1.").arg(folder));
    return entries;
}

Result<SftpEntry> stat(sftp_session sftp, const QString &path)
{
    sftp_attributes attributes = sftp_stat(sftp, encoded(path).constData());
    if (!attributes)
        return failure(sftp, Words::tr("Could not read %1.").arg(path));
    SftpEntry entry = entryOf(attributes);
    sftp_attributes_free(attributes);
    entry.name = path.section(QLatin1Char('/'), -1);
    return entry;
}

Status makeDirectory(sftp_session sftp, const QString &path, int permissions)
{
    if (sftp_mkdir(sftp, encoded(path).constData(), static_cast<mode_t>(permissions)) != 0)
        return failure(sftp, Words::tr("Could not make the folder %1.").arg(path));
    return {};
}

Status rename(sftp_session sftp, const QString &from, const QString &to)
{
    const QByteArray source = encoded(from);
    const QByteArray target = encoded(to);
    if (sftp_rename(sftp, source.constData(), target.constData()) == 0)
        return {};
    // libssh uses posix-rename@openssh.com where the server has it, which replaces at once; a
    // server with SFTP 3's rename only refuses: the file in the way is removed, then the rename
    // retried.
    sftp_attributes existing = sftp_lstat(sftp, target.constData());
    const bool fileInTheWay = existing && existing->type != SSH_FILEXFER_TYPE_DIRECTORY;
    sftp_attributes_free(existing);
    if (fileInTheWay && sftp_unlink(sftp, target.constData()) == 0 &&
        sftp_rename(sftp, source.constData(), target.constData()) == 0)
        return {};
    return failure(sftp, Words::tr("Could not rename %1 to %2.").arg(from, to));
}

Status remove(sftp_session sftp, const QString &path, SftpSession::Removal removal)
{
    sftp_attributes attributes = sftp_lstat(sftp, encoded(path).constData());
    if (!attributes)
        return failure(sftp, Words::tr("Could not remove %1.").arg(path));
    const bool isDirectory = attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
    sftp_attributes_free(attributes);
    if (!isDirectory) {
        if (sftp_unlink(sftp, encoded(path).constData()) != 0)
            return failure(sftp, Words::tr("Could not remove %1.").arg(path));
        return {};
    }
    if (removal == SftpSession::Removal::Recursive) {
        const Result<QList<SftpEntry>> entries = list(sftp, path);
        if (!entries)
            return entries.error();
        for (const SftpEntry &entry : *entries) {
            if (const Status removed = remove(sftp, joined(path, entry.name), removal); !removed)
                return removed;
        }
    }
    if (sftp_rmdir(sftp, encoded(path).constData()) != 0)
        return failure(sftp, Words::tr("Could not remove the folder %1.").arg(path));
    return {};
}

Status setPermissions(sftp_session sftp, const QString &path, int permissions)
{
    if (sftp_chmod(sftp, encoded(path).constData(), static_cast<mode_t>(permissions)) != 0)
        return failure(sftp, Words::tr("Could not change the permissions of %1.").arg(path));
    return {};
}

} // namespace mws::sftpfiles
