// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cronmail.h"

#include "processrunner.h"

#include <QDateTime>
#include <QLocale>
#include <QProcess>

namespace mws::host {

namespace {

QString outcomeText(const model::CronRunRecord &run)
{
    if (run.outcome == model::CronOutcome::TimedOut)
        return QStringLiteral("was ended by its timeout");
    if (run.signal)
        return QStringLiteral("was ended by signal %1").arg(*run.signal);
    return QStringLiteral("failed with exit status %1").arg(run.exitCode.value_or(-1));
}

// One header line: anything that could end it is dropped.
QByteArray headerValue(const QString &text)
{
    QString line = text;
    line.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return line.left(200).toUtf8();
}

} // namespace

QByteArray failedRunMessage(const HostConfig &config, const QString &to, const QString &siteId,
                            const model::CronJob &job, const model::CronRunRecord &run)
{
    const QString what = job.description.isEmpty() ? job.id : job.description;
    QByteArray message;
    message += "From: " + headerValue(config.cronMailFrom) + "\n";
    message += "To: " + headerValue(to) + "\n";
    message += "Subject: " +
               headerValue(QStringLiteral("Cron job \"%1\" of %2 %3").arg(what, siteId, outcomeText(run))) +
               "\n";
    message +=
        "Date: " + QLocale::c().toString(run.endedAt.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss +0000").toUtf8() +
        "\n";
    message += "Auto-Submitted: auto-generated\n";
    message += "Content-Type: text/plain; charset=utf-8\n\n";
    QString text = QStringLiteral("The cron job %1 of site %2 %3.\n\n").arg(job.id, siteId, outcomeText(run));
    text += QStringLiteral("Schedule: %1\nCommand:  %2\nStarted:  %3 UTC\nDuration: %4 s\n")
                .arg(job.schedule, job.command, run.startedAt.toUTC().toString(Qt::ISODate))
                .arg(double(run.durationMs) / 1000.0, 0, 'f', 1);
    const QString output = run.outputTail.isEmpty() ? run.outputHead : run.outputTail;
    text += QStringLiteral("\nThe end of its output (%1 bytes in all):\n\n%2\n")
                .arg(run.outputBytes)
                .arg(output.right(4096));
    text += QStringLiteral("\nEvery run and its whole output are in the panel (the site's Cron page).\n");
    // A line that is only "." ends nothing in msmtp's input, but keep lines short for SMTP.
    for (const QString &line : text.split(QLatin1Char('\n')))
        message += line.left(990).toUtf8() + "\n";
    return message;
}

void mailFailedRun(QObject *context, const HostConfig &config, const QString &to, const QString &siteId,
                   const model::CronJob &job, const model::CronRunRecord &run)
{
    if (config.cronMailRelay.isEmpty() || to.isEmpty())
        return;
    const qsizetype colon = config.cronMailRelay.lastIndexOf(QLatin1Char(':'));
    auto *process = new QProcess(context);
    prepareProcess(*process, std::nullopt);
    process->setProgram(config.msmtpBinary);
    process->setArguments({QStringLiteral("--host=") + config.cronMailRelay.left(colon),
                           QStringLiteral("--port=") + config.cronMailRelay.mid(colon + 1),
                           QStringLiteral("--from=") + config.cronMailFrom, QStringLiteral("--auth=off"),
                           QStringLiteral("--tls=off"), QStringLiteral("--"), to});
    process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(process, &QProcess::finished, process, [process, to](int exitCode) {
        if (exitCode != 0)
            qWarning("mail to %s about a failed cron run was not sent: %s", qPrintable(to),
                     process->readAll().trimmed().constData());
        process->deleteLater();
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qWarning("msmtp did not start: %s", qPrintable(process->errorString()));
            process->deleteLater();
        }
    });
    process->start();
    process->write(failedRunMessage(config, to, siteId, job, run));
    process->closeWriteChannel();
}

} // namespace mws::host
