// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

#include <limits>

namespace mws::ui::cronformat {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(mws::ui::CronFormat)
};

} // namespace

QString jobTitle(const model::CronJob &job)
{
    return job.description.trimmed().isEmpty() ? job.command : job.description;
}

QString outcomeText(model::CronOutcome outcome)
{
    switch (outcome) {
    case model::CronOutcome::Running:
        return Words::tr("Running");
    case model::CronOutcome::Succeeded:
        return Words::tr("Succeeded");
    case model::CronOutcome::Failed:
        return Words::tr("Failed");
    case model::CronOutcome::TimedOut:
        return Words::tr("Timed out");
    case model::CronOutcome::Skipped:
        return Words::tr("Skipped");
    }
    return {};
}

QIcon outcomeIcon(model::CronOutcome outcome, const QWidget *widget)
{
    QStyle *style = widget->style();
    switch (outcome) {
    case model::CronOutcome::Running:
        return style->standardIcon(QStyle::SP_BrowserReload, nullptr, widget);
    case model::CronOutcome::Succeeded:
        return style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, widget);
    case model::CronOutcome::Failed:
    case model::CronOutcome::TimedOut:
        return style->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, widget);
    case model::CronOutcome::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
    }
    return {};
}

QString durationText(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return Words::tr("%1 ms").arg(milliseconds);
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return Words::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Words::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Words::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString triggerText(const model::CronRunRecord &run)
{
    if (run.trigger == QLatin1String("schedule"))
        return Words::tr("Schedule");
    if (run.startedBy.isEmpty())
        return Words::tr("Run now");
    return Words::tr("Run now by %1").arg(run.startedBy);
}

QString exitText(const model::CronRunRecord &run)
{
    if (run.signal)
        return Words::tr("signal %1").arg(*run.signal);
    if (run.exitCode)
        return Words::tr("exit %1").arg(*run.exitCode);
    return {};
}

QString lastRunText(const std::optional<model::CronRunRecord> &run)
{
    if (!run)
        return Words::tr("Never");
    QStringList parts{outcomeText(run->outcome), localTime(run->startedAt)};
    if (run->outcome != model::CronOutcome::Running && run->outcome != model::CronOutcome::Skipped)
        parts << durationText(run->durationMs);
    return parts.join(QStringLiteral(" · "));
}

QTimeZone hostZone(const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

QString jobFieldLabel(const QString &field)
{
    static const QRegularExpression variable(QStringLiteral("^environment\\[(\\d+)\\]\\.(name|value)$"));
    if (const QRegularExpressionMatch match = variable.match(field); match.hasMatch()) {
        const int number = match.captured(1).toInt() + 1;
        return match.captured(2) == QLatin1String("name") ? Words::tr("Variable %1: name").arg(number)
                                                          : Words::tr("Variable %1: value").arg(number);
    }
    const QHash<QString, QString> labels{
        {QStringLiteral("id"), Words::tr("Id")},
        {QStringLiteral("schedule"), Words::tr("Schedule")},
        {QStringLiteral("command"), Words::tr("Command")},
        {QStringLiteral("description"), Words::tr("Description")},
        {QStringLiteral("timeoutSeconds"), Words::tr("Timeout")},
        {QStringLiteral("overlap"), Words::tr("When the last run is still going")},
        {QStringLiteral("environment"), Words::tr("Environment variables")},
        {QStringLiteral("enabled"), Words::tr("Enabled")},
        {QStringLiteral("mailOnFailure"), Words::tr("Mail on failure")},
    };
    return labels.value(field);
}

QString outputText(const model::CronRunRecord &run)
{
    if (run.outputTail.isEmpty())
        return run.outputHead;
    const qint64 shown = run.outputHead.toUtf8().size() + run.outputTail.toUtf8().size();
    const qint64 hidden = qMax<qint64>(0, run.outputBytes - shown);
    QString text = run.outputHead;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += Words::tr("… %n byte(s) not shown …", nullptr,
                      int(qMin<qint64>(hidden, std::numeric_limits<int>::max()))) +
            QLatin1Char('\n');
    return text + run.outputTail;
}

} // namespace mws::ui::cronformat
