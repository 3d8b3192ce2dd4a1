// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The next runs of a cron schedule, as cron(8) makes them across clock changes (cronschedule.h).
//
// Debian's cron wakes every minute and reads the clock as minutes since the epoch on the zone's
// wall clock. It remembers the minute it last handled and, when the clock has moved by other than
// one minute (cron.c, the main loop), it looks at how far (the difference in minutes):
// - 2 to 5: it woke late; it handles every minute it missed, all jobs.
// - 6 to 180, the clock went forward (into summer time): the wildcard jobs (minute or hour field
//   starting with '*') run for the new minute only; the fixed-time jobs run for every minute
//   missed, straight away.
// - 0 or back by up to 180 (out of summer time): only wildcard jobs run, for the minute the clock
//   shows, until the clock is past the last minute handled; the fixed-time jobs ran the first time.
// - more than 180 either way: the clock was set; everything runs for the new minute only.
// Here each change of the zone's offset is such a jump at the minute it happens; the runs cron
// makes straight after a jump are given that minute. Two changes less than three hours apart, and
// offsets that are not whole minutes (only before 1972), are not modelled. Cron reads a new offset
// only when the zone's summer-time flag changes; a change of standard offset with no change of that
// flag is taken here as cron would take it after a restart.

#include "validate/cronschedule.h"

#include <algorithm>

namespace mws::validate {

namespace {

constexpr qint64 minutesPerDay = 24 * 60;
constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
constexpr qint64 largeJump = 3 * 60;       // cron.c: 3 * MINUTE_COUNT

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QDateTime instant(qint64 utcMinute)
{
    return QDateTime::fromSecsSinceEpoch(utcMinute * 60, QTimeZone::UTC);
}

struct Wall
{
    QDate date;
    int hour = 0;
    int minute = 0;
};

// A minute of the wall clock (minutes since the epoch as the clock shows them).
Wall wallOf(qint64 localMinute)
{
    const qint64 day = floorDiv(localMinute, minutesPerDay);
    const int minuteOfDay = int(localMinute - day * minutesPerDay);
    return {QDate::fromJulianDay(epochJulianDay + day), minuteOfDay / 60, minuteOfDay % 60};
}

bool matchesAt(const CronSchedule &s, qint64 localMinute)
{
    const Wall wall = wallOf(localMinute);
    return s.matches(wall.date, wall.hour, wall.minute);
}

// The first wall-clock minute in [from, to) the schedule matches.
std::optional<qint64> firstMatch(const CronSchedule &s, qint64 from, qint64 to)
{
    qint64 day = floorDiv(from, minutesPerDay);
    int start = int(from - day * minutesPerDay);
    for (; day * minutesPerDay < to; ++day, start = 0) {
        if (!s.matchesDay(QDate::fromJulianDay(epochJulianDay + day)))
            continue;
        for (int hour = start / 60; hour < 24; ++hour) {
            if (!s.hours.test(hour))
                continue;
            for (int minute = hour == start / 60 ? start % 60 : 0; minute < 60; ++minute) {
                const qint64 found = day * minutesPerDay + hour * 60 + minute;
                if (s.minutes.test(minute))
                    return found < to ? std::optional<qint64>(found) : std::nullopt;
            }
        }
    }
    return std::nullopt;
}

// A change of the zone's offset: at the UTC minute at, from before to after (minutes east of UTC).
struct Change
{
    qint64 at = 0;
    int before = 0;
    int after = 0;
    // How far the wall clock moves between the minute before the change and the one after: cron's
    // timeDiff (1 when nothing changes).
    qint64 jump() const { return 1 + after - before; }
    bool large() const { return jump() > largeJump || jump() < -largeJump; }
    // Out of summer time: cron runs only wildcard jobs until the clock is past where it was.
    bool repeats() const { return jump() <= 0 && !large(); }
};

class RunFinder
{
public:
    RunFinder(const CronSchedule &schedule, const QTimeZone &clockZone, int wanted, qint64 end)
        : s(schedule), zone(clockZone), count(wanted), limit(end)
    {}

    QList<CronRun> find(qint64 from);

private:
    bool full() const { return runs.size() >= count; }
    int offsetAt(qint64 utcMinute) const { return int(floorDiv(zone.offsetFromUtc(instant(utcMinute)), 60)); }
    std::optional<Change> changeFrom(const QTimeZone::OffsetData &transition) const;
    std::optional<Change> nextChange(qint64 from) const;
    void add(qint64 utcMinute, qint64 localMinute, CronRun::Note note, const Change *change);
    void steady(qint64 from, qint64 to, const std::optional<Change> &next);
    qint64 meetChange(const Change &change);
    qint64 repeatedTime(const Change &change, qint64 from);

    const CronSchedule &s;
    const QTimeZone &zone;
    const int count;
    const qint64 limit;
    QList<CronRun> runs;
    std::optional<Change> skippedRuns; // a change that skipped runs, for the next run's note
};

std::optional<Change> RunFinder::changeFrom(const QTimeZone::OffsetData &transition) const
{
    if (!transition.atUtc.isValid())
        return std::nullopt;
    Change change;
    change.at = floorDiv(transition.atUtc.toSecsSinceEpoch() + 59, 60);
    change.before = int(floorDiv(zone.offsetFromUtc(transition.atUtc.addSecs(-1)), 60));
    change.after = int(floorDiv(transition.offsetFromUtc, 60));
    return change;
}

// The next change of offset at or after the UTC minute from, before the limit.
std::optional<Change> RunFinder::nextChange(qint64 from) const
{
    if (!zone.hasTransitions())
        return std::nullopt;
    QDateTime after = instant(from).addSecs(-1);
    while (true) {
        const QTimeZone::OffsetData transition = zone.nextTransition(after);
        const std::optional<Change> change = changeFrom(transition);
        if (!change || change->at >= limit)
            return std::nullopt;
        if (change->before != change->after)
            return change;
        after = transition.atUtc; // only the name or the summer-time flag changed
    }
}

void RunFinder::add(qint64 utcMinute, qint64 localMinute, CronRun::Note note, const Change *change)
{
    if (full())
        return;
    if (note == CronRun::Note::None && skippedRuns) {
        note = CronRun::Note::AfterSkippedRuns;
        change = &*skippedRuns;
    }
    skippedRuns.reset();
    CronRun run;
    run.at = instant(utcMinute);
    run.note = note;
    const Wall wall = wallOf(localMinute);
    run.scheduledDate = wall.date;
    run.scheduledTime = QTime(wall.hour, wall.minute);
    if (change && note != CronRun::Note::None) {
        const Wall before = wallOf(change->at + change->before);
        const Wall after = wallOf(change->at + change->after);
        run.clockChangeAt = instant(change->at);
        run.clockChangeDate = before.date;
        run.clockBefore = QTime(before.hour, before.minute);
        run.clockAfter = QTime(after.hour, after.minute);
    }
    runs.append(run);
}

// The minutes [from, to) with the clock going one minute at a time; next is the change at to.
void RunFinder::steady(qint64 from, qint64 to, const std::optional<Change> &next)
{
    const int offset = offsetAt(from);
    while (!full()) {
        const std::optional<qint64> local = firstMatch(s, from + offset, to + offset);
        if (!local)
            return;
        // A fixed-time job whose time the clock will show again after going back: this is its run.
        const bool once = next && next->repeats() && !s.followsClock() && *local >= next->at + next->after;
        add(*local - offset, *local, once ? CronRun::Note::OnceInRepeatedTime : CronRun::Note::None,
            once ? &*next : nullptr);
        from = *local - offset + 1;
    }
}

// The runs cron makes when the clock changes; returns the UTC minute from which it goes steadily.
qint64 RunFinder::meetChange(const Change &change)
{
    const qint64 last = change.at - 1 + change.before; // the last minute handled before the change
    const qint64 now = change.at + change.after;       // the minute the clock shows after it
    if (change.repeats())
        return repeatedTime(change, change.at);
    // Straight after the change: the fixed-time jobs of the skipped minutes (every job when cron
    // only woke late), then what is due at the new minute.
    bool skipped = false;
    for (qint64 local = last + 1; local < now; ++local) {
        if (!matchesAt(s, local))
            continue;
        if (!change.large() && (change.jump() <= 5 || !s.followsClock()))
            add(change.at, local, CronRun::Note::AfterSkippedTime, &change);
        else
            skipped = true;
    }
    if (skipped && !full())
        skippedRuns = change;
    if (matchesAt(s, now))
        add(change.at, now, CronRun::Note::None, nullptr);
    return change.at + 1;
}

// While the clock repeats times cron has handled: only wildcard jobs, from the UTC minute from.
qint64 RunFinder::repeatedTime(const Change &change, qint64 from)
{
    const qint64 caughtUp = change.at + change.before - change.after; // the clock is past where it was
    for (qint64 utc = from; utc < caughtUp && !full(); ++utc) {
        const qint64 local = utc + change.after;
        if (s.followsClock() && matchesAt(s, local))
            add(utc, local, CronRun::Note::RepeatedTime, &change);
    }
    return caughtUp;
}

QList<CronRun> RunFinder::find(qint64 from)
{
    // Cron may still be in the repeated time of a change just before from.
    if (zone.hasTransitions()) {
        const std::optional<Change> previous = changeFrom(zone.previousTransition(instant(from)));
        if (previous && previous->repeats() && previous->at < from)
            from = std::max(from, repeatedTime(*previous, from));
    }
    while (!full() && from < limit) {
        const std::optional<Change> next = nextChange(from);
        steady(from, next ? next->at : limit, next);
        if (full() || !next)
            break;
        from = meetChange(*next);
    }
    return runs.mid(0, count);
}

} // namespace

QList<CronRun> cronNextRuns(const CronSchedule &schedule, const QDateTime &after, const QTimeZone &zone,
                            int count, int searchYears)
{
    if (schedule.isReboot() || count <= 0 || !zone.isValid() || !after.isValid())
        return {};
    const QDateTime start = after.toUTC();
    const qint64 from = floorDiv(start.toSecsSinceEpoch(), 60) + 1;
    const qint64 limit = floorDiv(start.addYears(searchYears).toSecsSinceEpoch(), 60);
    return RunFinder(schedule, zone, count, limit).find(from);
}

} // namespace mws::validate
