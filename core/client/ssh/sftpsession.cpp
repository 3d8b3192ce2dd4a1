// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sftpsession.h"

#include "ssh/sftpfiles.h"
#include "ssh/sftptransfer.h"
#include "ssh/sshconnection.h"
#include "threads/blockingworker.h"

#include <QMutex>

#include <libssh/libssh.h>

namespace mws {

// The SFTP channel, opened by the first call and freed by the connection's close hook (which
// may outlive this session's object, hence shared). Used on the connection's worker only.
struct SftpSession::Channel
{
    SshConnection *connection = nullptr;
    sftp_session sftp = nullptr;

    Result<sftp_session> open(const std::shared_ptr<Channel> &self);
    void close()
    {
        sftp_free(sftp);
        sftp = nullptr;
    }
};

Result<sftp_session> SftpSession::Channel::open(const std::shared_ptr<Channel> &self)
{
    if (sftp)
        return sftp;
    ssh_session session = connection->sessionHandle();
    if (!session)
        return Error::make(Error::Kind::Unavailable, SftpSession::tr("Not connected."));
    sftp_session opened = sftp_new(session);
    if (!opened || sftp_init(opened) != SSH_OK) {
        const QString reason = QString::fromUtf8(ssh_get_error(session));
        sftp_free(opened);
        return Error::make(Error::Kind::Server, SftpSession::tr("The server did not start SFTP."), reason);
    }
    sftp = opened;
    // Freed before the session it runs in; the hook keeps the channel alive until then.
    connection->addCloseHook([self] { self->close(); });
    return sftp;
}

namespace {

// Runs operation(sftp) on the worker once the channel is open; its Result fulfils the future.
template <typename Channel, typename Operation>
auto onChannel(BlockingWorker &worker, const std::shared_ptr<Channel> &channel, Operation operation)
{
    return worker.call([channel, operation = std::move(operation)] {
        using Returned = std::invoke_result_t<Operation &, sftp_session>;
        const Result<sftp_session> sftp = channel->open(channel);
        if (!sftp)
            return Returned(sftp.error());
        return operation(*sftp);
    });
}

} // namespace

SftpSession::SftpSession(SshConnection &connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_channel(std::make_shared<Channel>())
{
    m_channel->connection = &connection;
}

SftpSession::~SftpSession() = default;

QString SftpSession::partialPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return path.left(slash + 1) + QLatin1Char('.') + path.mid(slash + 1) + QStringLiteral(".part");
}

QFuture<Result<QList<SftpEntry>>> SftpSession::list(const QString &folder)
{
    return onChannel(m_connection.worker(), m_channel,
                     [folder](sftp_session sftp) { return sftpfiles::list(sftp, folder); });
}

QFuture<Result<SftpEntry>> SftpSession::stat(const QString &path)
{
    return onChannel(m_connection.worker(), m_channel,
                     [path](sftp_session sftp) { return sftpfiles::stat(sftp, path); });
}

QFuture<Status> SftpSession::makeDirectory(const QString &path, int permissions)
{
    return onChannel(m_connection.worker(), m_channel, [path, permissions](sftp_session sftp) {
        return sftpfiles::makeDirectory(sftp, path, permissions);
    });
}

QFuture<Status> SftpSession::rename(const QString &from, const QString &to)
{
    return onChannel(m_connection.worker(), m_channel,
                     [from, to](sftp_session sftp) { return sftpfiles::rename(sftp, from, to); });
}

QFuture<Status> SftpSession::remove(const QString &path, Removal removal)
{
    return onChannel(m_connection.worker(), m_channel,
                     [path, removal](sftp_session sftp) { return sftpfiles::remove(sftp, path, removal); });
}

QFuture<Status> SftpSession::setPermissions(const QString &path, int permissions)
{
    return onChannel(m_connection.worker(), m_channel, [path, permissions](sftp_session sftp) {
        return sftpfiles::setPermissions(sftp, path, permissions);
    });
}

QFuture<Result<TransferSummary>> SftpSession::upload(const QString &localFile, const QString &remoteFile)
{
    return m_connection.worker().callWithPromise<Result<TransferSummary>>(
        [channel = m_channel, localFile, remoteFile](sftptransfer::Promise &promise) {
            const Result<sftp_session> sftp = channel->open(channel);
            if (sftp)
                sftptransfer::upload(*sftp, localFile, remoteFile, promise);
            else
                promise.addResult(sftp.error());
        });
}

QFuture<Result<TransferSummary>> SftpSession::download(const QString &remoteFile, const QString &localFile)
{
    return m_connection.worker().callWithPromise<Result<TransferSummary>>(
        [channel = m_channel, remoteFile, localFile](sftptransfer::Promise &promise) {
            const Result<sftp_session> sftp = channel->open(channel);
            if (sftp)
                sftptransfer::download(*sftp, remoteFile, localFile, promise);
            else
                promise.addResult(sftp.error());
        });
}

} // namespace mws
