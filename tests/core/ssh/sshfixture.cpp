// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace mws::test {

QString runProgram(const QString &program, const QStringList &arguments, QString *error,
                   const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : environment)
            variables.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(variables);
    }
    process.start(program, arguments);
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return QString::fromUtf8(process.readAllStandardOutput());
    *error = QStringLiteral("%1 %2: %3 %4")
                 .arg(program, arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError()));
    return {};
}

TestUnixUser::~TestUnixUser()
{
    QString ignored;
    if (m_created)
        runProgram(QStringLiteral("userdel"), {QStringLiteral("-r"), m_name}, &ignored);
}

bool TestUnixUser::create(QString *error)
{
    QString ignored; // left over from a run that was killed
    runProgram(QStringLiteral("userdel"), {QStringLiteral("-r"), m_name}, &ignored);
    error->clear();
    runProgram(QStringLiteral("useradd"),
               {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/bash"), m_name}, error);
    if (!error->isEmpty())
        return false;
    m_created = true;
    // useradd's "!" means locked, which sshd without PAM refuses; "*" is no password, not locked.
    runProgram(QStringLiteral("usermod"), {QStringLiteral("-p"), QStringLiteral("*"), m_name}, error);
    return error->isEmpty();
}

bool SshSite::start(const QString &user, QString *error)
{
    m_user = user;
    QDir().mkpath(path(QStringLiteral("ak")));
    QFile::setPermissions(path(QStringLiteral("ak")), QFileDevice::Permissions(0x7755));
    QFile keys(path(QStringLiteral("ak/")) + user);
    if (!keys.open(QIODevice::Append)) {
        *error = QStringLiteral("cannot write %1").arg(keys.fileName());
        return false;
    }
    keys.close();
    keys.setPermissions(QFileDevice::Permissions(0x6444));
    return m_server.start(path(QStringLiteral("sshd")),
                          {QStringLiteral("AuthorizedKeysFile %1/%u").arg(path(QStringLiteral("ak"))),
                           QStringLiteral("AllowUsers ") + user,
                           QStringLiteral("AuthenticationMethods publickey")},
                          error);
}

bool SshSite::restart(QString *error)
{
    m_server.stop();
    return start(m_user, error);
}

bool SshSite::authorize(const QString &publicLine)
{
    QFile keys(path(QStringLiteral("ak/")) + m_user);
    return keys.open(QIODevice::Append) && keys.write(publicLine.trimmed().toUtf8() + '\n') > 0;
}

QString SshSite::makeClientKey(const QString &name, const QByteArray &passphrase, bool authorize)
{
    const QString file = path(name);
    QString error;
    runProgram(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString::fromUtf8(passphrase), QStringLiteral("-f"), file},
               &error);
    QFile publicFile(file + QStringLiteral(".pub"));
    if (!error.isEmpty() || !publicFile.open(QIODevice::ReadOnly))
        return {};
    if (authorize && !this->authorize(QString::fromUtf8(publicFile.readAll())))
        return {};
    return file;
}

QList<SshfpRecord> SshSite::sshfpRecords() const
{
    QList<SshfpRecord> records;
    for (const QString &file : m_server.hostPublicKeyFiles()) {
        QString error;
        const QString output = runProgram(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-r"), QStringLiteral("127.0.0.1"), QStringLiteral("-f"), file}, &error);
        // "127.0.0.1 IN SSHFP 4 2 <hex>"
        for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (fields.size() == 6 && fields[4] == QLatin1String("2"))
                records.append(SshfpRecord{fields[3].toInt(), 2, fields[5]});
        }
    }
    return records;
}

QString SshSite::ed25519Fingerprint() const
{
    QString error;
    const QString output =
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-lf"), m_server.hostPublicKeyFiles().constFirst()}, &error);
    return output.section(QLatin1Char(' '), 1, 1);
}

SshConnection::Options SshSite::options(const SshCredentials &credentials, const HostTrust &trust) const
{
    SshConnection::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = m_server.port();
    options.user = m_user;
    options.timeoutSeconds = 10;
    options.trust = trust;
    options.credentials = credentials;
    return options;
}

} // namespace mws::test
