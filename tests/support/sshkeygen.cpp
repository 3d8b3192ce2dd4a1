// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sshkeygen.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace mws::test {

GeneratedSshKey makeSshKey(const QString &folder, const QString &type, int bits, const QString &comment)
{
    static QAtomicInt made;
    const QString path = QDir(folder).filePath(QStringLiteral("key%1").arg(made.fetchAndAddRelaxed(1) + 1));
    QStringList args{QStringLiteral("-q"),
                     QStringLiteral("-t"),
                     type,
                     QStringLiteral("-N"),
                     QString(),
                     QStringLiteral("-C"),
                     comment,
                     QStringLiteral("-f"),
                     path};
    if (bits)
        args << QStringLiteral("-b") << QString::number(bits);
    QProcess keygen;
    keygen.setStandardInputFile(QProcess::nullDevice());
    keygen.start(QStringLiteral("ssh-keygen"), args);
    if (!keygen.waitForFinished(60000) || keygen.exitCode() != 0)
        return {};
    QFile pub(path + QStringLiteral(".pub"));
    QFile priv(path);
    if (!pub.open(QIODevice::ReadOnly) || !priv.open(QIODevice::ReadOnly))
        return {};
    GeneratedSshKey key;
    key.publicLine = QString::fromLatin1(pub.readAll()).trimmed();
    key.privateText = QString::fromLatin1(priv.readAll());
    QProcess list;
    list.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), pub.fileName()});
    list.waitForFinished(30000);
    const QStringList words = QString::fromLatin1(list.readAllStandardOutput()).split(QLatin1Char(' '));
    key.bits = words.value(0).toInt();
    key.fingerprint = words.value(1);
    return key;
}

} // namespace mws::test
