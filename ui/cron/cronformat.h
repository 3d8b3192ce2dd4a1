// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cron.h"

#include <QDateTime>
#include <QIcon>
#include <QString>
#include <QTimeZone>

class QWidget;

// How the Cron page and its dialogs say what a job is and what its runs did.
namespace mws::ui::cronformat {

// The job as people know it: its description, or its command when it has none.
QString jobTitle(const model::CronJob &job);
// "Succeeded", "Failed", "Timed out", …
QString outcomeText(model::CronOutcome outcome);
// A small icon for the outcome, from the widget's style.
QIcon outcomeIcon(model::CronOutcome outcome, const QWidget *widget);
// "850 ms", "12 s", "3 min 4 s", "2 h 5 min".
QString durationText(qint64 milliseconds);
// A moment in the viewer's local time, short; empty for an invalid time.
QString localTime(const QDateTime &time);
// Who or what started the run: "Schedule", "Run now by abc123".
QString triggerText(const model::CronRunRecord &run);
// How the command ended: "exit 0", "signal 9"; empty while it runs or when it did not start.
QString exitText(const model::CronRunRecord &run);
// The last run in one line: "Failed · 7 Dec 2026 13:00 · 2 s"; "Never" when it never ran.
QString lastRunText(const std::optional<model::CronRunRecord> &run);
// The host's zone (an IANA id), or UTC when the panel sent none that this computer knows.
QTimeZone hostZone(const QString &timeZone);
// One of a job's fields as the panel names it after "jobs[i]." ("command", "environment[1].name"),
// in words ("Command", "Variable 2: name"); empty for a field it does not know.
QString jobFieldLabel(const QString &field);
// The output a run printed: its first part, a line saying how much is not shown, and its last part.
QString outputText(const model::CronRunRecord &run);

} // namespace mws::ui::cronformat
