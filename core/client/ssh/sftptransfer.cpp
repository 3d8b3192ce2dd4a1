// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sftptransfer.h"

#include "ssh/sftpfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <sys/stat.h>

namespace mws::sftptransfer {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::SftpSession)
};

// Requests in flight and their size: 16 × 256 KiB keeps loopback and long links busy alike
// (the server's own limit, from sftp_limits(), caps the size).
constexpr int requestsInFlight = 16;
constexpr qint64 largestRequest = 256 * 1024;

int kibibytes(qint64 bytes)
{
    return static_cast<int>((bytes + 1023) / 1024);
}

qint64 requestSize(sftp_session sftp, bool forWriting)
{
    qint64 size = largestRequest;
    if (sftp_limits_t limits = sftp_limits(sftp)) {
        const auto limit =
            static_cast<qint64>(forWriting ? limits->max_write_length : limits->max_read_length);
        if (limit > 0)
            size = std::min(size, limit);
        sftp_limits_free(limits);
    }
    return size;
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, Words::tr("The transfer was cancelled."));
}

// The remote file open for one transfer; closed whichever way the transfer ends.
struct RemoteFile
{
    sftp_file file = nullptr;
    ~RemoteFile()
    {
        if (file)
            sftp_close(file);
    }
};

// Sends the local file from `offset` on, keeping requests in flight; false on an SFTP error.
bool sendFrom(sftp_session sftp, sftp_file file, QFile &source, qint64 offset, Promise &promise)
{
    const qint64 size = source.size();
    const qint64 chunk = requestSize(sftp, true);
    QByteArray buffer(chunk, Qt::Uninitialized);
    std::deque<sftp_aio> pending;
    qint64 sent = offset;
    qint64 written = offset;
    bool failed = false;
    while (true) {
        while (!failed && !promise.isCanceled() && sent < size && pending.size() < requestsInFlight) {
            const qint64 read = source.read(buffer.data(), std::min(chunk, size - sent));
            sftp_aio aio = nullptr;
            const ssize_t queued = read > 0 ? sftp_aio_begin_write(file, buffer.constData(), read, &aio) : -1;
            // The data is copied into the request: the buffer may be refilled at once.
            if (queued != read) {
                failed = true;
                break;
            }
            pending.push_back(aio);
            sent += read;
        }
        if (pending.empty())
            break;
        sftp_aio aio = pending.front();
        pending.pop_front();
        const ssize_t done = sftp_aio_wait_write(&aio); // every request is waited for, even when failing
        failed = failed || done < 0;
        written += std::max<ssize_t>(done, 0);
        promise.setProgressValue(kibibytes(written));
    }
    return !failed && written == size;
}

// Receives the remote file from `offset` on into target; false on an SFTP or disk error.
bool receiveFrom(sftp_session sftp, sftp_file file, QFile &target, qint64 offset, qint64 size,
                 Promise &promise)
{
    const qint64 chunk = requestSize(sftp, false);
    QByteArray buffer(chunk, Qt::Uninitialized);
    std::deque<std::pair<sftp_aio, qint64>> pending; // each request and the length asked for
    qint64 requested = offset;
    qint64 received = offset;
    bool failed = false;
    while (true) {
        while (!failed && !promise.isCanceled() && requested < size && pending.size() < requestsInFlight) {
            sftp_aio aio = nullptr;
            const ssize_t asked = sftp_aio_begin_read(file, std::min(chunk, size - requested), &aio);
            if (asked <= 0) {
                failed = true;
                break;
            }
            pending.emplace_back(aio, asked);
            requested += asked;
        }
        if (pending.empty())
            break;
        auto [aio, asked] = pending.front();
        pending.pop_front();
        const ssize_t got = sftp_aio_wait_read(&aio, buffer.data(), buffer.size());
        // The replies follow one another in the file: a short one would leave a hole.
        if (failed || got != asked || target.write(buffer.constData(), got) != got) {
            failed = true;
            continue;
        }
        received += got;
        promise.setProgressValue(kibibytes(received));
    }
    return !failed && received == size;
}

qint64 remoteSize(sftp_session sftp, const QString &path)
{
    sftp_attributes attributes = sftp_stat(sftp, path.toUtf8().constData());
    const qint64 size = attributes ? static_cast<qint64>(attributes->size) : -1;
    sftp_attributes_free(attributes);
    return size;
}

} // namespace

void upload(sftp_session sftp, const QString &localFile, const QString &remoteFile, Promise &promise)
{
    QFile source(localFile);
    if (!source.open(QIODevice::ReadOnly)) {
        promise.addResult(Error::make(Error::Kind::Backend, Words::tr("Could not read %1.").arg(localFile),
                                      source.errorString()));
        return;
    }
    const qint64 size = source.size();
    const QString partial = SftpSession::partialPath(remoteFile);
    qint64 offset = std::max<qint64>(remoteSize(sftp, partial), 0);
    if (offset > size)
        offset = 0; // not a part of this file: start again
    RemoteFile remote;
    const int flags = O_WRONLY | O_CREAT | (offset == 0 ? O_TRUNC : 0);
    remote.file = sftp_open(sftp, partial.toUtf8().constData(), flags, 0600);
    if (!remote.file || sftp_seek64(remote.file, static_cast<uint64_t>(offset)) != 0 ||
        !source.seek(offset)) {
        promise.addResult(sftpfiles::failure(sftp, Words::tr("Could not write %1.").arg(partial)));
        return;
    }
    promise.setProgressRange(0, kibibytes(size));
    promise.setProgressValue(kibibytes(offset));
    const bool sent = sendFrom(sftp, remote.file, source, offset, promise);
    const bool closed = sftp_close(remote.file) == 0;
    remote.file = nullptr;
    if (promise.isCanceled()) {
        promise.addResult(cancelled());
        return;
    }
    if (!sent || !closed) {
        promise.addResult(sftpfiles::failure(sftp, Words::tr("Could not upload %1.").arg(localFile)));
        return;
    }
    // The file gets the local file's mode, as OpenSSH's sftp gives it.
    struct stat local{};
    if (::stat(QFile::encodeName(localFile).constData(), &local) == 0)
        sftp_chmod(sftp, partial.toUtf8().constData(), local.st_mode & 0777);
    if (const Status renamed = sftpfiles::rename(sftp, partial, remoteFile); !renamed) {
        promise.addResult(renamed.error());
        return;
    }
    promise.addResult(TransferSummary{size, offset});
}

void download(sftp_session sftp, const QString &remoteFile, const QString &localFile, Promise &promise)
{
    const qint64 size = remoteSize(sftp, remoteFile);
    if (size < 0) {
        promise.addResult(sftpfiles::failure(sftp, Words::tr("Could not read %1.").arg(remoteFile)));
        return;
    }
    const QString partial = SftpSession::partialPath(localFile);
    QFile target(partial);
    qint64 offset = QFileInfo(partial).size();
    const bool resumable = offset > 0 && offset <= size;
    if (!target.open(resumable ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
        promise.addResult(Error::make(Error::Kind::Backend, Words::tr("Could not write %1.").arg(partial),
                                      target.errorString()));
        return;
    }
    offset = resumable ? offset : 0;
    RemoteFile remote;
    remote.file = sftp_open(sftp, remoteFile.toUtf8().constData(), O_RDONLY, 0);
    if (!remote.file || sftp_seek64(remote.file, static_cast<uint64_t>(offset)) != 0) {
        promise.addResult(sftpfiles::failure(sftp, Words::tr("Could not read %1.").arg(remoteFile)));
        return;
    }
    promise.setProgressRange(0, kibibytes(size));
    promise.setProgressValue(kibibytes(offset));
    const bool received = receiveFrom(sftp, remote.file, target, offset, size, promise);
    const bool flushed = target.flush();
    target.close();
    if (promise.isCanceled()) {
        promise.addResult(cancelled());
        return;
    }
    if (!received || !flushed) {
        promise.addResult(sftpfiles::failure(sftp, Words::tr("Could not download %1.").arg(remoteFile)));
        return;
    }
    // rename(2) replaces the target at once: no moment without a file, none with half of one.
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(localFile).constData()) != 0) {
        promise.addResult(Error::make(Error::Kind::Backend,
                                      Words::tr("Could not move the download to %1.").arg(localFile),
                                      QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    promise.addResult(TransferSummary{size, offset});
}

} // namespace mws::sftptransfer
