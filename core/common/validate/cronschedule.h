// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <bitset>
#include <optional>

namespace mws::validate {

// A crontab schedule as Debian's cron (Vixie cron with Debian's patches) reads it: five fields
// (minute, hour, day of month, month, day of week) or one of the @ words. The panel refuses what
// this refuses; the desktop checks, explains and previews as the owner types.

enum class CronField
{
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
};

struct CronSchedule
{
    enum class Special
    {
        None,    // five fields
        Reboot,  // @reboot: once when cron starts
        Yearly,  // @yearly, @annually: 0 0 1 1 *
        Monthly, // @monthly: 0 0 1 * *
        Weekly,  // @weekly: 0 0 * * 0
        Daily,   // @daily, @midnight: 0 0 * * *
        Hourly,  // @hourly: 0 * * * *
    };

    QString text; // as written, without blanks around it
    Special special = Special::None;
    std::bitset<60> minutes;
    std::bitset<24> hours;
    std::bitset<32> daysOfMonth; // bit d is day d (bit 0 unused)
    std::bitset<13> months;      // bit m is month m (bit 0 unused)
    std::bitset<7> daysOfWeek;   // 0 is Sunday; cron's 7 is folded into 0
    // Whether the field's text starts with '*' (cron's MIN_STAR, HR_STAR, DOM_STAR, DOW_STAR):
    // "*/2" counts as a star. The stars decide the day rule and how a job meets a clock change.
    bool minuteStar = false;
    bool hourStar = false;
    bool dayOfMonthStar = false;
    bool dayOfWeekStar = false;

    bool isReboot() const { return special == Special::Reboot; }
    // Cron's day rule: when both day fields are restricted (neither starts with '*'), a day matches
    // if either matches; otherwise both must.
    bool matchesDay(const QDate &date) const;
    // Whether cron starts the job at this wall-clock minute.
    bool matches(const QDate &date, int hour, int minute) const;
    // cron(8)'s "wildcard" jobs: the minute or hour field starts with '*' (so @hourly too). They
    // follow the clock across a change; the others ("fixed-time" jobs) are caught up or run once.
    bool followsClock() const { return minuteStar || hourStar; }
};

struct CronScheduleCheck
{
    // Filled whenever the fields could be read, so also when the only problem is that the schedule
    // can never run ("0 0 31 2 *").
    std::optional<CronSchedule> schedule;
    QString problem;                // empty when cron would take it; else a sentence naming the field
    std::optional<CronField> field; // the field the problem is in, when it is in one
};

// Reads and checks a schedule. Stricter than cron where cron silently does something surprising
// (see cronschedule.cpp): every such case is a problem here, so what is installed means what it says.
CronScheduleCheck checkCronSchedule(const QString &text);
// The problem alone: empty when the schedule is acceptable.
QString cronScheduleProblem(const QString &text);
// The name of a field as the messages use it ("day of month").
QString cronFieldName(CronField field);

// The schedule in words: "at 02:30 every Monday", "every 15 minutes", "at reboot".
QString describeCronSchedule(const CronSchedule &schedule);

// One run cron will make, and how a clock change touched it.
struct CronRun
{
    enum class Note
    {
        None,
        // A fixed-time job whose wall-clock time the clock skipped: cron runs it right after the
        // change (scheduledDate/scheduledTime say which time it stands for).
        AfterSkippedTime,
        // A fixed-time job whose wall-clock time comes twice: this is its only run; cron does not
        // run it again when the clock repeats the time.
        OnceInRepeatedTime,
        // A wildcard job's run while the clock repeats times it already passed.
        RepeatedTime,
        // The first run after a change that skipped runs of this job (a wildcard job in the skipped
        // time, or any job when the clock jumped three hours or more).
        AfterSkippedRuns,
    };

    QDateTime at; // in UTC
    Note note = Note::None;
    // The wall-clock time cron matched, in the schedule's zone (for AfterSkippedTime it does not
    // exist on the clock).
    QDate scheduledDate;
    QTime scheduledTime;
    // For a note: the change, and the clock just before and just after it.
    QDateTime clockChangeAt; // UTC
    QDate clockChangeDate;   // the day of the change on the zone's clock
    QTime clockBefore;
    QTime clockAfter;
};

// The next count runs after the instant after (strictly), with the clock of zone (Debian's cron
// has one zone, the host's), as cron(8) makes them across clock changes. Empty for @reboot and for
// a schedule with no run within searchYears.
QList<CronRun> cronNextRuns(const CronSchedule &schedule, const QDateTime &after, const QTimeZone &zone,
                            int count, int searchYears = 30);

// A sentence about a run's note, with the dates and times in zone; empty for Note::None.
QString cronRunNote(const CronRun &run);

} // namespace mws::validate
