// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sftpsession.h"

#include <QPromise>

#include <libssh/sftp.h>

// Uploads and downloads behind SftpSession, run on the connection's worker thread. Both keep
// several requests in flight (libssh's sftp_aio_*), as OpenSSH's sftp does, so that a transfer is
// not one round trip per chunk; both resume from the partial file and rename it when complete.
namespace mws::sftptransfer {

using Promise = QPromise<Result<TransferSummary>>;

void upload(sftp_session sftp, const QString &localFile, const QString &remoteFile, Promise &promise);
void download(sftp_session sftp, const QString &remoteFile, const QString &localFile, Promise &promise);

} // namespace mws::sftptransfer
