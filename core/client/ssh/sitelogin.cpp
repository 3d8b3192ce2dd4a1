// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sitelogin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mws::sitelogin {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::SshConnection)
};

} // namespace

QList<KeyChoice> availableKeys(const QString &home)
{
    QList<KeyChoice> keys;
    if (!qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        keys << KeyChoice{Words::tr("SSH agent"), SshCredentials::fromAgent()};
    const QDir sshDir(QDir(home).filePath(QStringLiteral(".ssh")));
    // The key the app generates for MWS first (ui/ssh/sshkeygendialog), then OpenSSH's own.
    for (const char *name : {"id_ed25519_mws", "id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = sshDir.filePath(QLatin1String(name));
        if (QFileInfo(path).isFile() && QFileInfo::exists(path + QStringLiteral(".pub")))
            keys << KeyChoice{QStringLiteral("~/.ssh/") + QLatin1String(name),
                              SshCredentials::fromKeyFile(path)};
    }
    return keys;
}

QList<SshfpRecord> sshfpRecords(const model::SshAccess &access)
{
    QList<SshfpRecord> records;
    QSet<QString> seen;
    for (const model::SshfpRecord &record : access.sshfp) {
        const QString hex = record.fingerprint.toLower();
        if (record.type != 2 || seen.contains(hex))
            continue;
        seen.insert(hex);
        records << SshfpRecord{record.algorithm, record.type, hex};
    }
    return records;
}

SshConnection::Options connectionOptions(const model::SshAccess &access, const SshCredentials &credentials,
                                         const QString &knownHostsFile)
{
    SshConnection::Options options;
    options.host = access.host;
    options.port = quint16(access.port);
    options.user = access.username;
    options.trust.sshfpRecords = sshfpRecords(access);
    options.trust.knownHostsFile = knownHostsFile;
    options.credentials = credentials;
    return options;
}

QString knownHostsFile()
{
    const QString file = hostkeys::defaultKnownHostsFile();
    const QString folder = QFileInfo(file).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return file;
}

} // namespace mws::sitelogin
