// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A site's cron jobs as its owner sends them: every field checked before anything is stored, each
// problem under the field's name ("jobs[2].command"). Shared by the panel, which refuses what this
// refuses, and the desktop, which says it as the owner types.

#include "model/cron.h"

#include <QMap>
#include <QString>

namespace mws::validate {

struct CronLimits
{
    static constexpr int maxJobs = 50;
    static constexpr int maxCommandLength = 4096;
    static constexpr int maxDescriptionLength = 200;
    static constexpr int maxVariables = 20;
    static constexpr int maxVariableLength = 1024;
    static constexpr int maxTimeoutSeconds = 86400;
};

// The problem with one field, empty when there is none.
QString cronJobIdProblem(const QString &id);
QString cronCommandProblem(const QString &command);
QString cronDescriptionProblem(const QString &description);
QString cronTimeoutProblem(int seconds);
QString cronVariableNameProblem(const QString &name);
QString cronVariableValueProblem(const QString &value);

// Every problem of the jobs, by field ("jobs[0].schedule", "jobs[1].environment[0].name"); an
// empty map when the panel would take them. Jobs without an id are fine (the panel gives one).
QMap<QString, QString> cronJobsProblems(const QList<model::CronJob> &jobs);

} // namespace mws::validate
