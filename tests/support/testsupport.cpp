// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace mws::test {

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(20);
    }
    return false;
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool makeSelfSignedCertificate(const QString &keyPath, const QString &certificatePath, QString *error)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("basicConstraints=critical,CA:FALSE"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certificatePath});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a certificate: ") +
                 QString::fromUtf8(openssl.readAllStandardError());
        return false;
    }
    return true;
}

void keepSanitizerReports(QProcess &process, const QString &program)
{
    const QString folder = qEnvironmentVariable("MWS_SANITIZER_REPORTS");
    if (folder.isEmpty())
        return;
    QObject::connect(&process, &QProcess::finished, &process,
                     [&process, program, folder](int exitCode, QProcess::ExitStatus status) {
                         if (status != QProcess::NormalExit || exitCode != sanitizerExitCode)
                             return;
                         // peek(), not read: the test may still want its output.
                         const QProcess::ProcessChannel channel = process.readChannel();
                         process.setReadChannel(QProcess::StandardError);
                         const QByteArray text = process.peek(process.bytesAvailable());
                         process.setReadChannel(channel);
                         static int count = 0;
                         QFile report(QStringLiteral("%1/stderr.%2.%3-%4")
                                          .arg(folder, program)
                                          .arg(QCoreApplication::applicationPid())
                                          .arg(++count));
                         if (report.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                             report.write(text.isEmpty() ? QByteArray("(nothing on standard error)\n")
                                                         : text);
                     });
}

void stopWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace mws::test
