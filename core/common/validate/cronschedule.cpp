// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/cronschedule.h"

#include "validate/cronschedule_p.h"

#include <QRegularExpression>

#include <array>

// How Debian's cron reads a schedule (entry.c: load_entry, get_list, get_range, get_number), and
// where this is stricter:
// - A field is a comma list of items; an item is "*", a number or name, or a range "a-b", each
//   with an optional step "/n". Names are the first three letters of a month or day, in any case
//   ("jan", "SUN"); crontab(5) says names may not be used in ranges or lists, but get_number reads
//   them wherever a number may stand, so "mon-fri" and "jan,jul" work in cron and are accepted
//   here. Longer names ("monday") are not names to cron. A step is always a number.
// - Day of week 7 is Sunday, as 0 is.
// - The @ words are matched exactly, in lower case (strcmp).
// - Stricter: cron silently skips whatever follows the end of a field's last item ("5/10" is
//   minute 5, "1-9/2/5" steps by 2, "5;6" is 5), loops for ever on a step of 0, sets nothing for a
//   range that runs backwards ("5-2") and checks a range's end only when a step lands on it
//   ("50-70/30" is minute 50). All of those are problems here, with what is wrong.
// - A schedule whose days can never come ("0 0 31 2 *") is accepted by cron and never runs; here it
//   is a problem of the day-of-month field.

namespace mws::validate {

namespace {

constexpr int maximumLength = 1000;

const std::array<const char *, 12> monthAbbreviations = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
const std::array<const char *, 7> dayAbbreviations = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

struct FieldSpec
{
    CronField field;
    int low;
    int high;
    const char *const *names; // names[i] stands for low + i; nullptr when the field has none
    int nameCount;
};

const std::array<FieldSpec, 5> fieldSpecs = {{
    {CronField::Minute, 0, 59, nullptr, 0},
    {CronField::Hour, 0, 23, nullptr, 0},
    {CronField::DayOfMonth, 1, 31, nullptr, 0},
    {CronField::Month, 1, 12, monthAbbreviations.data(), 12},
    {CronField::DayOfWeek, 0, 7, dayAbbreviations.data(), 7},
}};

struct FieldValue
{
    std::bitset<64> bits;
    bool star = false;
    QString problem; // why the field is wrong, without the field's name
};

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The field's names as "jan–dec".
QString nameSpan(const FieldSpec &spec)
{
    return QStringLiteral("%1–%2").arg(QLatin1String(spec.names[0]),
                                       QLatin1String(spec.names[spec.nameCount - 1]));
}

QString notANumber(const QString &text, const FieldSpec &spec)
{
    if (!spec.names)
        return tr("“%1” is not a number").arg(text);
    for (int i = 0; i < spec.nameCount; ++i) {
        const QLatin1String name(spec.names[i]);
        if (text.size() > 3 && text.startsWith(name, Qt::CaseInsensitive))
            return tr("“%1” is not a name cron knows: write the first three letters, “%2”").arg(text, name);
    }
    return tr("“%1” is neither a number nor a name cron knows (%2)").arg(text, nameSpan(spec));
}

// One number or name of the field; sets problem when it is neither or out of range.
int readValue(const QString &text, const FieldSpec &spec, QString &problem)
{
    if (text.isEmpty()) {
        problem = tr("a range needs a number on each side of the “-”");
        return -1;
    }
    for (int i = 0; i < spec.nameCount; ++i) {
        if (text.compare(QLatin1String(spec.names[i]), Qt::CaseInsensitive) == 0)
            return spec.low + i;
    }
    if (!allDigits(text)) {
        problem = notANumber(text, spec);
        return -1;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < spec.low || value > spec.high) {
        problem = tr("%1 is out of range %2–%3").arg(text).arg(spec.low).arg(spec.high);
        return -1;
    }
    return value;
}

// The step after "/": a whole number of at least 1.
int readStep(const QString &text, QString &problem)
{
    if (!allDigits(text)) {
        problem = tr("“%1” after “/” is not a step: write a whole number, as in */15").arg(text);
        return 0;
    }
    bool ok = false;
    const int step = text.toInt(&ok);
    if (!ok)
        return 1000; // larger than every field: only the range's start
    if (step == 0)
        problem = tr("a step of 0 never moves on: write 1 or more");
    return step;
}

// One item of a list: "*", "5", "mon", "1-5", "*/15", "10-50/20".
QString readItem(const QString &item, const FieldSpec &spec, std::bitset<64> &bits)
{
    const QStringList stepParts = item.split(u'/');
    if (stepParts.size() > 2)
        return tr("“%1” has more than one step").arg(item);
    QString problem;
    int step = 1;
    if (stepParts.size() == 2) {
        step = readStep(stepParts.at(1), problem);
        if (!problem.isEmpty())
            return problem;
    }
    const QString &range = stepParts.at(0);
    int first = spec.low;
    int last = spec.high;
    if (range != u"*") {
        const QStringList ends = range.split(u'-');
        if (ends.size() > 2)
            return tr("“%1” is not a range: a range is two values joined by one “-”").arg(range);
        first = readValue(ends.at(0), spec, problem);
        last = ends.size() == 2 && problem.isEmpty() ? readValue(ends.at(1), spec, problem) : first;
        if (!problem.isEmpty())
            return problem;
        if (ends.size() == 1 && stepParts.size() == 2)
            return tr("a step needs a range or * before it, as in */%1 or %2-%3/%1")
                .arg(stepParts.at(1), range)
                .arg(spec.high);
        if (first > last)
            return tr("the range %1 runs backwards; write the smaller value first").arg(range);
    }
    for (int value = first; value <= last; value += step)
        bits.set(value);
    return {};
}

FieldValue readField(const QString &text, const FieldSpec &spec)
{
    FieldValue result;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9*,/-]*$"));
    if (!allowed.match(text).hasMatch()) {
        static const QRegularExpression stranger(QStringLiteral("[^A-Za-z0-9*,/-]"));
        result.problem = tr("“%1” has no place in a schedule; a field has numbers, names, *, -, / and commas")
                             .arg(stranger.match(text).captured());
        return result;
    }
    result.star = text.startsWith(u'*');
    for (const QString &item : text.split(u',')) {
        if (item.isEmpty()) {
            result.problem = tr("the list has an empty item (two commas together, or one at an end)");
            return result;
        }
        result.problem = readItem(item, spec, result.bits);
        if (!result.problem.isEmpty())
            return result;
    }
    return result;
}

template <std::size_t N> std::bitset<N> narrowed(const std::bitset<64> &bits)
{
    std::bitset<N> result;
    for (std::size_t i = 0; i < N; ++i)
        result[i] = bits[i];
    return result;
}

QString fieldProblem(CronField field, const QString &reason)
{
    return tr("%1: %2.", "a schedule field, then what is wrong with it").arg(cronFieldName(field), reason);
}

// The @ words, as cron sets them (including which star flags each sets).
std::optional<CronSchedule> specialSchedule(const QString &word)
{
    CronSchedule s;
    s.minutes.set(0);
    s.hours.set(0);
    s.daysOfMonth.set(1);
    s.months.set(1);
    s.daysOfWeek.set();
    if (word == u"@reboot") {
        s = CronSchedule{};
        s.special = CronSchedule::Special::Reboot;
    } else if (word == u"@yearly" || word == u"@annually") {
        s.special = CronSchedule::Special::Yearly;
        s.dayOfWeekStar = true;
    } else if (word == u"@monthly") {
        s.special = CronSchedule::Special::Monthly;
        s.months.set().reset(0);
        s.dayOfWeekStar = true;
    } else if (word == u"@weekly") {
        s.special = CronSchedule::Special::Weekly;
        s.daysOfMonth.set().reset(0);
        s.months.set().reset(0);
        s.daysOfWeek.reset().set(0);
        s.dayOfWeekStar = true;
    } else if (word == u"@daily" || word == u"@midnight") {
        s.special = CronSchedule::Special::Daily;
        s.daysOfMonth.set().reset(0);
        s.months.set().reset(0);
    } else if (word == u"@hourly") {
        s.special = CronSchedule::Special::Hourly;
        s.hours.set();
        s.daysOfMonth.set().reset(0);
        s.months.set().reset(0);
        s.hourStar = true;
    } else {
        return std::nullopt;
    }
    s.text = word;
    return s;
}

int longestMonth(int month)
{
    return QDate(2024, month, 1).daysInMonth(); // a leap year: February has its 29th
}

// When the day-of-month field is restricted and must hold with the day of week, a month without
// any of its days means no run at all: "there is no 31st in February".
QString neverRunsProblem(const CronSchedule &s)
{
    if (s.dayOfMonthStar || !s.dayOfWeekStar)
        return {}; // the day rule is "either" (or every day of the month counts): some day comes
    QStringList days;
    QStringList months;
    for (int month = 1; month <= 12; ++month) {
        if (!s.months.test(month))
            continue;
        for (int day = 1; day <= 31; ++day) {
            if (s.daysOfMonth.test(day) && day <= longestMonth(month))
                return {};
        }
        months << cronMonthName(month);
    }
    for (int day = 1; day <= 31; ++day) {
        if (s.daysOfMonth.test(day))
            days << cronOrdinal(day);
    }
    return fieldProblem(CronField::DayOfMonth,
                        tr("there is no %1 in %2, so this schedule would never run")
                            .arg(cronJoinedList(days, true), cronJoinedList(months, true)));
}

CronScheduleCheck checkFields(const QStringList &fields, const QString &text)
{
    CronScheduleCheck check;
    std::array<FieldValue, 5> values;
    for (int i = 0; i < 5; ++i) {
        values[i] = readField(fields.at(i), fieldSpecs[i]);
        if (!values[i].problem.isEmpty()) {
            check.problem = fieldProblem(fieldSpecs[i].field, values[i].problem);
            check.field = fieldSpecs[i].field;
            return check;
        }
    }
    CronSchedule s;
    s.text = text;
    s.minutes = narrowed<60>(values[0].bits);
    s.hours = narrowed<24>(values[1].bits);
    s.daysOfMonth = narrowed<32>(values[2].bits);
    s.months = narrowed<13>(values[3].bits);
    s.daysOfWeek = narrowed<7>(values[4].bits);
    if (values[4].bits.test(7))
        s.daysOfWeek.set(0);
    s.minuteStar = values[0].star;
    s.hourStar = values[1].star;
    s.dayOfMonthStar = values[2].star;
    s.dayOfWeekStar = values[4].star;
    check.schedule = s;
    check.problem = neverRunsProblem(s);
    if (!check.problem.isEmpty())
        check.field = CronField::DayOfMonth;
    return check;
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c != u'\t' && (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
                           c.category() == QChar::Separator_Paragraph))
            return true;
    }
    return false;
}

} // namespace

bool CronSchedule::matchesDay(const QDate &date) const
{
    if (special == Special::Reboot || !months.test(date.month()))
        return false;
    const bool dayOfMonth = daysOfMonth.test(date.day());
    const bool dayOfWeek = daysOfWeek.test(date.dayOfWeek() % 7);
    return dayOfMonthStar || dayOfWeekStar ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek;
}

bool CronSchedule::matches(const QDate &date, int hour, int minute) const
{
    return hours.test(hour) && minutes.test(minute) && matchesDay(date);
}

QString cronFieldName(CronField field)
{
    switch (field) {
    case CronField::Minute:
        return tr("minute", "cron field");
    case CronField::Hour:
        return tr("hour", "cron field");
    case CronField::DayOfMonth:
        return tr("day of month", "cron field");
    case CronField::Month:
        return tr("month", "cron field");
    case CronField::DayOfWeek:
        return tr("day of week", "cron field");
    }
    return {};
}

CronScheduleCheck checkCronSchedule(const QString &input)
{
    CronScheduleCheck check;
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    const QString text = QString(input).remove(QRegularExpression(QStringLiteral("^[ \\t]+|[ \\t]+$")));
    if (text.size() > maximumLength) {
        check.problem =
            tr("The schedule is too long: a schedule has at most %1 characters.").arg(maximumLength);
    } else if (hasControlCharacter(text)) {
        check.problem = tr("A schedule is one line, without line breaks or other control characters.");
    } else if (text.isEmpty()) {
        check.problem = tr("Give a schedule: five fields (minute, hour, day of month, month, day of week), "
                           "or @hourly, @daily, @weekly, @monthly, @yearly or @reboot.");
    } else if (text.startsWith(u'@')) {
        const QString word = text.section(blanks, 0, 0);
        check.schedule = specialSchedule(word);
        if (word != text) {
            check.schedule.reset();
            check.problem = tr("%1 stands alone: nothing may follow it in the schedule.").arg(word);
        } else if (!check.schedule) {
            check.problem = tr("“%1” is not a schedule cron knows; the @ schedules are @reboot, @yearly, "
                               "@annually, @monthly, @weekly, @daily, @midnight and @hourly.")
                                .arg(word);
        }
    } else {
        const QStringList fields = text.split(blanks);
        if (fields.size() != 5)
            check.problem = tr("A schedule has five fields (minute, hour, day of month, month, day of week) "
                               "separated by spaces; this one has %1.")
                                .arg(fields.size());
        else
            check = checkFields(fields, text);
    }
    return check;
}

QString cronScheduleProblem(const QString &text)
{
    return checkCronSchedule(text).problem;
}

} // namespace mws::validate
