// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace mws {

class SshConnection;

// One name in a remote folder, or what stat() says of a path.
struct SftpEntry
{
    QString name;
    qint64 size = 0;
    int permissions = 0; // the mode's permission bits (07777)
    QString owner;       // the user's name where the server says it, else the uid
    QString group;
    QDateTime modified;
    bool isDirectory = false;
    bool isSymlink = false;
};

struct TransferSummary
{
    qint64 size = 0;        // the whole file
    qint64 resumedFrom = 0; // bytes a partial file already held
};

// SFTP over an SshConnection, on the connection's worker: every call returns a QFuture at once
// and runs after the calls made before it on that connection (connectToHost first). The SFTP
// channel opens with the first call and closes with the connection. Keep the connection alive
// while calling; the session may go at any time.
//
// Transfers write to a partial file beside the target (".name.part") and rename it to the
// target only when complete, so a cancelled or failed transfer never leaves a partial file under
// the target's name; the next transfer of the same file continues from the partial file's size.
// Their progress is in KiB (QFuture's progress is an int) and they stop when cancelled.
class SftpSession : public QObject
{
    Q_OBJECT

public:
    enum class Removal
    {
        FileOrEmptyFolder,
        Recursive // a folder with everything in it (links are removed, not followed)
    };

    explicit SftpSession(SshConnection &connection, QObject *parent = nullptr);
    ~SftpSession() override;

    QFuture<Result<QList<SftpEntry>>> list(const QString &folder);
    QFuture<Result<SftpEntry>> stat(const QString &path); // follows links
    QFuture<Status> makeDirectory(const QString &path, int permissions = 0755);
    QFuture<Status> rename(const QString &from, const QString &to); // replaces `to`
    QFuture<Status> remove(const QString &path, Removal removal = Removal::FileOrEmptyFolder);
    QFuture<Status> setPermissions(const QString &path, int permissions);

    QFuture<Result<TransferSummary>> upload(const QString &localFile, const QString &remoteFile);
    QFuture<Result<TransferSummary>> download(const QString &remoteFile, const QString &localFile);

    // Where a transfer to `path` keeps its partial data: ".name.part" in the same folder.
    static QString partialPath(const QString &path);

private:
    struct Channel;
    SshConnection &m_connection;
    std::shared_ptr<Channel> m_channel;
};

} // namespace mws
