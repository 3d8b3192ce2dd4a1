// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A site's cron jobs (the "crontab" slice of its state) and the runs the panel keeps of them: the
// panel's answer to GET /api/v1/sites/{siteId}/cron and …/cron/runs, and the document a change
// carries (PUT …/cron). A job's schedule and command are checked by validate/cronjobs.h.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mws::model {

// What a run does when the job's previous run is still going.
enum class CronOverlap
{
    Skip, // it does not run (recorded as skipped)
    Wait, // it waits for the previous run to end, under a lock
};
QString cronOverlapCode(CronOverlap overlap); // "skip", "wait"
std::optional<CronOverlap> cronOverlapFromCode(const QString &code);

struct CronVariable
{
    QString name;
    QString value;

    QJsonObject toJson() const;
    static CronVariable fromJson(const QJsonObject &json);
    bool operator==(const CronVariable &) const = default;
};

enum class CronOutcome
{
    Running,
    Succeeded,
    Failed,   // the command ended with a non-zero status or a signal
    TimedOut, // the job's timeout ended it and everything it started
    Skipped,  // the previous run was still going and the job skips
};
QString cronOutcomeCode(CronOutcome outcome); // "running", "succeeded", "failed", "timed-out", "skipped"
CronOutcome cronOutcomeFromCode(const QString &code);

// One run of a job, as the panel recorded it.
struct CronRunRecord
{
    qint64 id = 0;
    QString jobId;
    QString trigger;   // "schedule" (cron started it) or "now" (someone ran it from the panel)
    QString startedBy; // the person who ran it now; empty for a scheduled run
    QDateTime startedAt;
    QDateTime endedAt; // null while it runs
    CronOutcome outcome = CronOutcome::Running;
    std::optional<int> exitCode; // when it exited
    std::optional<int> signal;   // when a signal ended it
    qint64 durationMs = 0;
    QString outputHead;     // the first 64 KiB of what it printed (stdout and stderr together)
    QString outputTail;     // the last 64 KiB, when it printed more than the head holds
    qint64 outputBytes = 0; // everything it printed
    bool failed() const { return outcome == CronOutcome::Failed || outcome == CronOutcome::TimedOut; }

    QJsonObject toJson() const;
    static CronRunRecord fromJson(const QJsonObject &json);
};

struct CronJob
{
    QString id; // stable; the panel gives one to a job sent without
    QString schedule;
    QString command; // one line, run by /bin/sh as the site's user
    QString description;
    int timeoutSeconds = 3600;
    CronOverlap overlap = CronOverlap::Skip;
    QList<CronVariable> environment;
    bool enabled = true;
    bool mailOnFailure = false;
    std::optional<CronRunRecord> lastRun; // shown, never stored with the job

    // The job as the slice stores it (no last run).
    QJsonObject toJson() const;
    static CronJob fromJson(const QJsonObject &json);
    bool sameSettings(const CronJob &other) const;
};

struct SiteCron
{
    QString siteId;
    qint64 version = 0;
    QList<CronJob> jobs;
    QString timeZone;       // the host's zone (IANA id): cron reads every schedule on its clock
    QString crontab;        // the tab installed for the site's user, as rendered from the jobs
    bool suspended = false; // the site is suspended: its tab is empty and no job runs

    const CronJob *job(const QString &id) const;
    QJsonObject toJson() const;
    static SiteCron fromJson(const QJsonObject &json);
};

struct CronRunList
{
    QList<CronRunRecord> runs; // newest first

    QJsonObject toJson() const;
    static CronRunList fromJson(const QJsonObject &json);
};

} // namespace mws::model
