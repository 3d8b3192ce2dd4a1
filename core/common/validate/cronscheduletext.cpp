// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A cron schedule in words, and the notes on runs that a clock change moves (cronschedule.h).

#include "validate/cronschedule.h"
#include "validate/cronschedule_p.h"

#include <QLocale>

#include <functional>

namespace mws::validate {

QString cronOrdinal(int day)
{
    if (day == 1)
        return tr("%1st", "the 1st day of a month").arg(day);
    if (day == 21 || day == 31)
        return tr("%1st", "the 21st or 31st day of a month").arg(day);
    if (day == 2 || day == 22)
        return tr("%1nd", "the 2nd or 22nd day of a month").arg(day);
    if (day == 3 || day == 23)
        return tr("%1rd", "the 3rd or 23rd day of a month").arg(day);
    return tr("%1th", "the 4th…20th, 24th…30th day of a month").arg(day);
}

QString cronJoinedList(const QStringList &items, bool orWord)
{
    if (items.size() < 2)
        return items.value(0);
    const QString head =
        QStringList(items.mid(0, items.size() - 1)).join(tr(", ", "between items of a list"));
    return orWord ? tr("%1 or %2", "the last two items of a list").arg(head, items.last())
                  : tr("%1 and %2", "the last two items of a list").arg(head, items.last());
}

QString cronMonthName(int month)
{
    return QLocale().monthName(month, QLocale::LongFormat);
}

namespace {

// Up to this many times of day are listed ("at 09:00 and 17:30").
constexpr qsizetype timesListed = 6;

QString clock(int hour, int minute)
{
    return QTime(hour, minute).toString(QStringLiteral("HH:mm"));
}

QString dayName(int dayOfWeek) // 0 is Sunday
{
    return QLocale().dayName(dayOfWeek == 0 ? 7 : dayOfWeek, QLocale::LongFormat);
}

// The values set in bits, in order, from low to high.
template <std::size_t N> QList<int> valuesOf(const std::bitset<N> &bits, int low)
{
    QList<int> values;
    for (int i = low; i < int(N); ++i) {
        if (bits.test(i))
            values << i;
    }
    return values;
}

// Runs of three or more consecutive values become "a–b" (with through as the joiner); the rest are
// listed: "1–5 and 10".
QStringList compressed(const QList<int> &values, const std::function<QString(int)> &name,
                       const std::function<QString(const QString &, const QString &)> &through)
{
    QStringList parts;
    for (qsizetype i = 0; i < values.size();) {
        qsizetype j = i;
        while (j + 1 < values.size() && values.at(j + 1) == values.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            parts << through(name(values.at(i)), name(values.at(j)));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts << name(values.at(k));
        }
        i = j + 1;
    }
    return parts;
}

QString numbers(const QList<int> &values)
{
    return cronJoinedList(compressed(
        values, [](int v) { return QString::number(v); },
        [](const QString &a, const QString &b) { return QStringLiteral("%1–%2").arg(a, b); }));
}

QString fromTo(const QString &a, const QString &b)
{
    return tr("%1 to %2", "a range of days or months, as in Monday to Friday").arg(a, b);
}

// Every value from 0 with the same step, the step dividing the field ("*/15" in minutes): the step.
template <std::size_t N> int evenStep(const std::bitset<N> &bits)
{
    const QList<int> values = valuesOf(bits, 0);
    if (values.size() < 2 || values.first() != 0)
        return 0;
    const int step = values.at(1);
    if (int(N) % step != 0 || values.size() != int(N) / step)
        return 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i) != i * step)
            return 0;
    }
    return step;
}

// Whether the values are one run without gaps.
bool contiguous(const QList<int> &values)
{
    return !values.isEmpty() && values.last() - values.first() == values.size() - 1;
}

QString everyFewMinutes(const CronSchedule &s, int step)
{
    const QList<int> hours = valuesOf(s.hours, 0);
    if (hours.size() == 24)
        return tr("every %1 minutes", "at least 2").arg(step);
    if (contiguous(hours))
        return tr("every %1 minutes from %2 to %3", "at least 2")
            .arg(QString::number(step), clock(hours.first(), 0), clock(hours.last(), 60 - step));
    return tr("every %1 minutes during the hours %2", "at least 2")
        .arg(QString::number(step), numbers(hours));
}

// The time of day: "at 02:30", "every 15 minutes", "at minute 5 of every hour".
QString timePart(const CronSchedule &s)
{
    const QList<int> minutes = valuesOf(s.minutes, 0);
    const QList<int> hours = valuesOf(s.hours, 0);
    if (minutes.size() == 60 && hours.size() == 24)
        return tr("every minute");
    if (minutes.size() == 60) {
        if (contiguous(hours))
            return tr("every minute from %1 to %2").arg(clock(hours.first(), 0), clock(hours.last(), 59));
        return tr("every minute during the hours %1").arg(numbers(hours));
    }
    if (minutes.size() * hours.size() <= timesListed) {
        QStringList times;
        for (const int hour : hours) {
            for (const int minute : minutes)
                times << clock(hour, minute);
        }
        return tr("at %1", "at a list of times of day").arg(cronJoinedList(times));
    }
    if (const int step = evenStep(s.minutes); step > 1)
        return everyFewMinutes(s, step);
    if (hours.size() == 24) {
        if (minutes.size() == 1)
            return minutes.first() == 0 ? tr("every hour, on the hour")
                                        : tr("at minute %1 of every hour").arg(minutes.first());
        return tr("at minutes %1 of every hour").arg(numbers(minutes));
    }
    if (const int step = evenStep(s.hours); step > 1 && minutes.size() == 1)
        return tr("every %1 hours at minute %2", "at least 2").arg(step).arg(minutes.first());
    if (minutes.size() == 1 && contiguous(hours))
        return tr("every hour from %1 to %2")
            .arg(clock(hours.first(), minutes.first()), clock(hours.last(), minutes.first()));
    if (minutes.size() == 1)
        return tr("at minute %1 of the hours %2").arg(minutes.first()).arg(numbers(hours));
    return tr("at minutes %1 of the hours %2").arg(numbers(minutes), numbers(hours));
}

QString weekdays(const CronSchedule &s)
{
    QList<int> days; // Monday first: 1…6, then Sunday as 7
    for (int day = 1; day <= 7; ++day) {
        if (s.daysOfWeek.test(day % 7))
            days << day;
    }
    return cronJoinedList(compressed(days, [](int d) { return dayName(d % 7); }, fromTo));
}

QString monthList(const CronSchedule &s)
{
    return cronJoinedList(compressed(valuesOf(s.months, 1), cronMonthName, fromTo));
}

QString dayList(const CronSchedule &s)
{
    return cronJoinedList(compressed(valuesOf(s.daysOfMonth, 1), cronOrdinal, fromTo));
}

// The days: "every Monday", "on the 1st of every month", "on the 1st of January"; empty for every
// day of every month.
QString dayPart(const CronSchedule &s)
{
    const bool allMonths = s.months.count() == 12;
    const bool allDaysOfMonth = s.daysOfMonth.count() == 31;
    const bool allWeekdays = s.daysOfWeek.count() == 7;
    // Cron's rule: with neither day field starting with '*', either one is enough.
    const bool either = !s.dayOfMonthStar && !s.dayOfWeekStar;
    if ((allDaysOfMonth && allWeekdays) || (either && (allDaysOfMonth || allWeekdays)))
        return allMonths ? QString() : tr("every day in %1").arg(monthList(s));
    if (allDaysOfMonth)
        return allMonths ? tr("every %1", "every Monday").arg(weekdays(s))
                         : tr("every %1 in %2", "every Monday in January").arg(weekdays(s), monthList(s));
    if (allWeekdays)
        return allMonths ? tr("on the %1 of every month").arg(dayList(s))
                         : tr("on the %1 of %2", "on the 1st of January").arg(dayList(s), monthList(s));
    if (either)
        return allMonths ? tr("on the %1 of every month and on every %2").arg(dayList(s), weekdays(s))
                         : tr("in %3, on the %1 and on every %2").arg(dayList(s), weekdays(s), monthList(s));
    return allMonths ? tr("on the %1 of every month when it is a %2").arg(dayList(s), weekdays(s))
                     : tr("on the %1 of %3 when it is a %2").arg(dayList(s), weekdays(s), monthList(s));
}

} // namespace

QString describeCronSchedule(const CronSchedule &s)
{
    if (s.isReboot())
        return tr("at reboot (when cron starts)");
    const QString time = timePart(s);
    const QString days = dayPart(s);
    // "every 15 minutes" and "every hour from 09:00 to 17:00" need no "every day" after them;
    // "at 02:30" and "every minute from 02:00 to 02:59" do.
    const bool throughTheDay =
        s.hours.count() > 1 && qsizetype(s.hours.count() * s.minutes.count()) > timesListed;
    if (days.isEmpty())
        return throughTheDay ? time : tr("%1 every day", "at 02:30 every day").arg(time);
    return tr("%1 %2", "a time of day, then the days: at 02:30 every Monday").arg(time, days);
}

QString cronRunNote(const CronRun &run)
{
    const QString date = QLocale().toString(run.clockChangeDate, tr("d MMMM yyyy", "a date in a note"));
    const QString before = run.clockBefore.toString(QStringLiteral("HH:mm"));
    const QString after = run.clockAfter.toString(QStringLiteral("HH:mm"));
    const QString scheduled = run.scheduledTime.toString(QStringLiteral("HH:mm"));
    switch (run.note) {
    case CronRun::Note::None:
        return {};
    case CronRun::Note::AfterSkippedTime:
        return tr("On %1 the clock jumps from %2 to %3, so %4 does not come; cron runs this at %3 instead.")
            .arg(date, before, after, scheduled);
    case CronRun::Note::OnceInRepeatedTime:
        return tr("On %1 the clock goes back from %2 to %3, so %4 comes twice; cron runs this only the first "
                  "time.")
            .arg(date, before, after, scheduled);
    case CronRun::Note::RepeatedTime:
        return tr("On %1 the clock goes back from %2 to %3; this runs again at %4 as the clock repeats the "
                  "time.")
            .arg(date, before, after, scheduled);
    case CronRun::Note::AfterSkippedRuns:
        return tr("On %1 the clock jumps from %2 to %3; the runs due in between do not happen.")
            .arg(date, before, after);
    }
    return {};
}

} // namespace mws::validate
