// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ssh/sftpsession.h"

#include <libssh/sftp.h>

// The SFTP calls behind SftpSession, run on the connection's worker thread.
namespace mws::sftpfiles {

// The last SFTP error as an Error (not found, permission denied, …), with libssh's words.
Error failure(sftp_session sftp, const QString &message);
SftpEntry entryOf(sftp_attributes attributes);

Result<QList<SftpEntry>> list(sftp_session sftp, const QString &folder);
Result<SftpEntry> stat(sftp_session sftp, const QString &path);
Status makeDirectory(sftp_session sftp, const QString &path, int permissions);
Status rename(sftp_session sftp, const QString &from, const QString &to);
Status remove(sftp_session sftp, const QString &path, SftpSession::Removal removal);
Status setPermissions(sftp_session sftp, const QString &path, int permissions);

} // namespace mws::sftpfiles
