// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/cronjobs.h"

#include "validate/cronschedule.h"

#include <QRegularExpression>
#include <QSet>

namespace mws::validate {

namespace {

// The characters a crontab line or cron's environment would read as something else: a newline
// or carriage return would start a second line of the tab, NUL would end the text early.
QString controlCharacterProblem(const QString &text, const QString &what)
{
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r')
            return QStringLiteral("%1 must be one line: it contains a line break.").arg(what);
        if (c == QChar(0))
            return QStringLiteral("%1 contains a NUL character.").arg(what);
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            return QStringLiteral("%1 contains a control character (U+%2).")
                .arg(what)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

QString cronJobIdProblem(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    if (!pattern.match(id).hasMatch())
        return QStringLiteral("A job's id is 1 to 32 lower-case letters, digits and hyphens.");
    return {};
}

QString cronCommandProblem(const QString &command)
{
    if (command.trimmed().isEmpty())
        return QStringLiteral("The command is empty.");
    if (command.size() > CronLimits::maxCommandLength)
        return QStringLiteral("The command is %1 characters long; at most %2 are allowed (put a longer "
                              "one in a script).")
            .arg(command.size())
            .arg(CronLimits::maxCommandLength);
    return controlCharacterProblem(command, QStringLiteral("The command"));
}

QString cronDescriptionProblem(const QString &description)
{
    if (description.size() > CronLimits::maxDescriptionLength)
        return QStringLiteral("The description is longer than %1 characters.")
            .arg(CronLimits::maxDescriptionLength);
    return controlCharacterProblem(description, QStringLiteral("The description"));
}

QString cronTimeoutProblem(int seconds)
{
    if (seconds < 1 || seconds > CronLimits::maxTimeoutSeconds)
        return QStringLiteral("The timeout is between 1 second and %1 seconds (a day).")
            .arg(CronLimits::maxTimeoutSeconds);
    return {};
}

QString cronVariableNameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return QStringLiteral("A variable's name is a letter or _ followed by letters, digits and _ (at "
                              "most 64).");
    if (name.startsWith(QLatin1String("MWS_"), Qt::CaseInsensitive))
        return QStringLiteral("Names starting with MWS_ are the panel's own.");
    return {};
}

QString cronVariableValueProblem(const QString &value)
{
    if (value.size() > CronLimits::maxVariableLength)
        return QStringLiteral("The value is longer than %1 characters.").arg(CronLimits::maxVariableLength);
    return controlCharacterProblem(value, QStringLiteral("The value"));
}

QMap<QString, QString> cronJobsProblems(const QList<model::CronJob> &jobs)
{
    QMap<QString, QString> problems;
    if (jobs.size() > CronLimits::maxJobs)
        problems.insert(QStringLiteral("jobs"),
                        QStringLiteral("A site has at most %1 cron jobs.").arg(CronLimits::maxJobs));
    QSet<QString> ids;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const model::CronJob &job = jobs.at(i);
        const QString field = QStringLiteral("jobs[%1].").arg(i);
        auto add = [&](const QString &name, const QString &problem) {
            if (!problem.isEmpty())
                problems.insert(field + name, problem);
        };
        if (!job.id.isEmpty()) {
            add(QStringLiteral("id"), cronJobIdProblem(job.id));
            if (ids.contains(job.id))
                add(QStringLiteral("id"), QStringLiteral("Another job has the id %1.").arg(job.id));
            ids.insert(job.id);
        }
        add(QStringLiteral("schedule"), cronScheduleProblem(job.schedule));
        add(QStringLiteral("command"), cronCommandProblem(job.command));
        add(QStringLiteral("description"), cronDescriptionProblem(job.description));
        add(QStringLiteral("timeoutSeconds"), cronTimeoutProblem(job.timeoutSeconds));
        if (job.environment.size() > CronLimits::maxVariables)
            add(QStringLiteral("environment"),
                QStringLiteral("A job has at most %1 variables.").arg(CronLimits::maxVariables));
        QSet<QString> names;
        for (qsizetype v = 0; v < job.environment.size(); ++v) {
            const model::CronVariable &variable = job.environment.at(v);
            const QString at = QStringLiteral("environment[%1].").arg(v);
            add(at + QStringLiteral("name"), cronVariableNameProblem(variable.name));
            if (names.contains(variable.name))
                add(at + QStringLiteral("name"), QStringLiteral("%1 is set twice.").arg(variable.name));
            names.insert(variable.name);
            add(at + QStringLiteral("value"), cronVariableValueProblem(variable.value));
        }
    }
    return problems;
}

} // namespace mws::validate
