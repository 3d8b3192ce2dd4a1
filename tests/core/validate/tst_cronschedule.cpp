// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "validate/cronschedule.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace mws::validate;

namespace {

using Note = CronRun::Note;

QDateTime utc(const char *text)
{
    QDateTime when = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    when.setTimeZone(QTimeZone::UTC);
    return when;
}

CronSchedule parsed(const QString &text)
{
    const CronScheduleCheck check = checkCronSchedule(text);
    if (!check.problem.isEmpty() || !check.schedule)
        qFatal("%s: %s", qPrintable(text), qPrintable(check.problem));
    return *check.schedule;
}

template <std::size_t N> QString valuesText(const std::bitset<N> &bits, int low)
{
    QStringList values;
    for (int i = low; i < int(N); ++i) {
        if (bits.test(i))
            values << QString::number(i);
    }
    return values.size() == int(N) - low ? QStringLiteral("all") : values.join(u',');
}

// The runs as "UTC time [note]" lines, for readable comparisons.
QStringList described(const QList<CronRun> &runs)
{
    static const QMap<Note, QString> notes{{Note::None, QString()},
                                           {Note::AfterSkippedTime, QStringLiteral(" moved")},
                                           {Note::OnceInRepeatedTime, QStringLiteral(" once")},
                                           {Note::RepeatedTime, QStringLiteral(" repeated")},
                                           {Note::AfterSkippedRuns, QStringLiteral(" after-skipped")}};
    QStringList lines;
    for (const CronRun &run : runs)
        lines << run.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + notes.value(run.note);
    return lines;
}

// A second implementation of the schedule syntax, for the cross-check: a random schedule is built
// from parts whose values the test knows without reading the text.
struct RandomField
{
    QString text;
    QSet<int> values;
};

RandomField randomItem(QRandomGenerator &random, int low, int high, const QStringList &names)
{
    const auto name = [&](int v) {
        return !names.isEmpty() && v - low < names.size() && random.bounded(3) == 0 ? names.at(v - low)
                                                                                    : QString::number(v);
    };
    RandomField item;
    const int a = low + int(random.bounded(high - low + 1));
    const int b = a + int(random.bounded(high - a + 1));
    const int step = 1 + int(random.bounded(12));
    switch (random.bounded(4)) {
    case 0:
        item.text = name(a);
        item.values.insert(a);
        break;
    case 1:
        item.text = name(a) + u'-' + name(b);
        for (int v = a; v <= b; ++v)
            item.values.insert(v);
        break;
    case 2:
        item.text = name(a) + u'-' + name(b) + u'/' + QString::number(step);
        for (int v = a; v <= b; v += step)
            item.values.insert(v);
        break;
    default:
        item.text = QStringLiteral("*/%1").arg(step);
        for (int v = low; v <= high; v += step)
            item.values.insert(v);
    }
    return item;
}

RandomField randomField(QRandomGenerator &random, int low, int high, const QStringList &names = {})
{
    RandomField field;
    if (random.bounded(3) == 0) {
        field.text = QStringLiteral("*");
        for (int v = low; v <= high; ++v)
            field.values.insert(v);
        return field;
    }
    QStringList texts;
    for (int i = 0, n = 1 + int(random.bounded(3)); i < n; ++i) {
        const RandomField item = randomItem(random, low, high, names);
        texts << item.text;
        field.values.unite(item.values);
    }
    field.text = texts.join(u',');
    return field;
}

// The test's own reading of a random schedule: its values, and cron's day rule written out.
struct RandomSchedule
{
    RandomField minute, hour, dayOfMonth, month, dayOfWeek;
    QString text() const
    {
        return QStringList{minute.text, hour.text, dayOfMonth.text, month.text, dayOfWeek.text}.join(u' ');
    }
    bool dayMatches(const QDate &date) const
    {
        if (!month.values.contains(date.month()))
            return false;
        const int weekday = date.dayOfWeek() % 7;
        const bool dow = dayOfWeek.values.contains(weekday) || (weekday == 0 && dayOfWeek.values.contains(7));
        const bool dom = dayOfMonth.values.contains(date.day());
        if (dayOfMonth.text.startsWith(u'*') || dayOfWeek.text.startsWith(u'*'))
            return dom && dow;
        return dom || dow;
    }
};

RandomSchedule randomSchedule(QRandomGenerator &random)
{
    static const QStringList months{"jan", "Feb", "MAR", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    static const QStringList days{"sun", "Mon", "TUE", "wed", "thu", "fri", "sat"};
    return {randomField(random, 0, 59), randomField(random, 0, 23), randomField(random, 1, 31),
            randomField(random, 1, 12, months), randomField(random, 0, 7, days)};
}

// A second implementation of cron(8)'s main loop (cron.c), minute by minute: which jobs run at
// which UTC minute, for the clock of zone. Returns "UTC minute of the run".
QList<qint64> simulateCron(const CronSchedule &s, const QTimeZone &zone, qint64 from, qint64 to)
{
    const auto clockAt = [&](qint64 minute) {
        return minute + zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::UTC)) / 60;
    };
    QList<qint64> runs;
    qint64 now = 0;
    const auto findJobs = [&](qint64 local, bool wild, bool fixed) {
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(local * 60, QTimeZone::UTC);
        if (s.matches(wall.date(), wall.time().hour(), wall.time().minute()) &&
            (s.followsClock() ? wild : fixed))
            runs << now;
    };
    qint64 virtualTime = clockAt(from - 1);
    for (now = from; now < to; ++now) {
        const qint64 timeRunning = clockAt(now);
        const qint64 timeDiff = timeRunning - virtualTime;
        if (timeDiff == 1) {
            virtualTime = timeRunning;
            findJobs(virtualTime, true, true);
        } else if (timeDiff > 180 || timeDiff < -180) {
            virtualTime = timeRunning;
            findJobs(timeRunning, true, true);
        } else if (timeDiff > 5) {
            findJobs(timeRunning, true, false);
            do {
                findJobs(++virtualTime, false, true);
            } while (virtualTime < timeRunning);
        } else if (timeDiff > 0) {
            do {
                findJobs(++virtualTime, true, true);
            } while (virtualTime < timeRunning);
        } else {
            findJobs(timeRunning, true, false);
        }
    }
    return runs;
}

// Rows of refuses(): schedules wrong as a whole, wrong values, wrong syntax in a field.
void addWholeScheduleRows()
{
    const int none = -1;
    const QString fiveFields =
        QStringLiteral("A schedule has five fields (minute, hour, day of month, month, "
                       "day of week) separated by spaces; this one has %1.");
    QTest::newRow("empty")
        << "" << none
        << "Give a schedule: five fields (minute, hour, day of month, month, day of week), "
           "or @hourly, @daily, @weekly, @monthly, @yearly or @reboot.";
    QTest::newRow("blank")
        << " \t " << none
        << "Give a schedule: five fields (minute, hour, day of month, month, day of week), "
           "or @hourly, @daily, @weekly, @monthly, @yearly or @reboot.";
    QTest::newRow("four fields") << "* * * *" << none << fiveFields.arg(4);
    QTest::newRow("six fields") << "* * * * * /bin/true" << none << fiveFields.arg(6);
    QTest::newRow("one field") << "*" << none << fiveFields.arg(1);
    QTest::newRow("newline") << "0 0 * * *\n* * * * *" << none
                             << "A schedule is one line, without line breaks or other control characters.";
    QTest::newRow("carriage return") << "0 0 * * *\r" << none
                                     << "A schedule is one line, without line breaks or other control "
                                        "characters.";
    QTest::newRow("NUL") << QStringLiteral("0 0 * * *") + QChar(0) << none
                         << "A schedule is one line, without line breaks or other control characters.";
    QTest::newRow("too long") << QString(1001, u'1') << none
                              << "The schedule is too long: a schedule has at most 1000 characters.";
    QTest::newRow("special with more")
        << "@daily /bin/true" << none << "@daily stands alone: nothing may follow it in the schedule.";
    const QString atWords = QStringLiteral("; the @ schedules are @reboot, @yearly, @annually, @monthly, "
                                           "@weekly, @daily, @midnight and @hourly.");
    QTest::newRow("unknown special") << "@fortnightly" << none
                                     << "“@fortnightly” is not a schedule cron knows" + atWords;
    QTest::newRow("special in capitals")
        << "@Daily" << none << "“@Daily” is not a schedule cron knows" + atWords;
}

void addValueRows()
{
    const int minute = int(CronField::Minute);
    const int hour = int(CronField::Hour);
    const int dom = int(CronField::DayOfMonth);
    const int month = int(CronField::Month);
    const int dow = int(CronField::DayOfWeek);
    QTest::newRow("minute 60") << "60 * * * *" << minute << "minute: 60 is out of range 0–59.";
    QTest::newRow("hour 24") << "0 24 * * *" << hour << "hour: 24 is out of range 0–23.";
    QTest::newRow("day 32") << "0 0 32 * *" << dom << "day of month: 32 is out of range 1–31.";
    QTest::newRow("day 0") << "0 0 0 * *" << dom << "day of month: 0 is out of range 1–31.";
    QTest::newRow("month 13") << "0 0 * 13 *" << month << "month: 13 is out of range 1–12.";
    QTest::newRow("month 0") << "0 0 * 0 *" << month << "month: 0 is out of range 1–12.";
    QTest::newRow("weekday 8") << "0 0 * * 8" << dow << "day of week: 8 is out of range 0–7.";
    QTest::newRow("range end out of range") << "0 0 * * 1-8" << dow << "day of week: 8 is out of range 0–7.";
    QTest::newRow("huge number") << "99999999999 * * * *" << minute
                                 << "minute: 99999999999 is out of range 0–59.";
    QTest::newRow("bad month name") << "0 0 * foo *" << month
                                    << "month: “foo” is neither a number nor a name cron knows (jan–dec).";
    QTest::newRow("full day name") << "0 0 * * monday" << dow
                                   << "day of week: “monday” is not a name cron knows: write the first three "
                                      "letters, “mon”.";
    QTest::newRow("full month name") << "0 0 * January *" << month
                                     << "month: “January” is not a name cron knows: write the first three "
                                        "letters, “jan”.";
    QTest::newRow("name in minutes") << "mon * * * *" << minute << "minute: “mon” is not a number.";
    QTest::newRow("name in days of month") << "0 0 jan * *" << dom << "day of month: “jan” is not a number.";
    QTest::newRow("letters after digits") << "1x * * * *" << minute << "minute: “1x” is not a number.";
}

void addSyntaxRows()
{
    const int minute = int(CronField::Minute);
    const int hour = int(CronField::Hour);
    const int dom = int(CronField::DayOfMonth);
    const int month = int(CronField::Month);
    const int dow = int(CronField::DayOfWeek);
    QTest::newRow("step 0") << "*/0 * * * *" << minute
                            << "minute: a step of 0 never moves on: write 1 or more.";
    QTest::newRow("step not a number")
        << "0 */x * * *" << hour << "hour: “x” after “/” is not a step: write a whole number, as in */15.";
    QTest::newRow("step name") << "0 0 * */jan *" << month
                               << "month: “jan” after “/” is not a step: write a whole number, as in */15.";
    QTest::newRow("empty step") << "*/ * * * *" << minute
                                << "minute: “” after “/” is not a step: write a whole number, as in */15.";
    QTest::newRow("step on one value")
        << "5/10 * * * *" << minute << "minute: a step needs a range or * before it, as in */10 or 5-59/10.";
    QTest::newRow("two steps") << "*/5/2 * * * *" << minute << "minute: “*/5/2” has more than one step.";
    QTest::newRow("backwards") << "10-5 * * * *" << minute
                               << "minute: the range 10-5 runs backwards; write the smaller value first.";
    QTest::newRow("backwards names") << "0 0 * * sat-sun" << dow
                                     << "day of week: the range sat-sun runs backwards; write the smaller "
                                        "value first.";
    QTest::newRow("open range") << "5- * * * *" << minute
                                << "minute: a range needs a number on each side of the “-”.";
    QTest::newRow("range from nothing")
        << "0 -5 * * *" << hour << "hour: a range needs a number on each side of the “-”.";
    QTest::newRow("three ends") << "1-2-3 * * * *" << minute
                                << "minute: “1-2-3” is not a range: a range is two values joined by one “-”.";
    QTest::newRow("star in a range") << "*-5 * * * *" << minute << "minute: “*” is not a number.";
    QTest::newRow("empty item")
        << "1,,2 * * * *" << minute
        << "minute: the list has an empty item (two commas together, or one at an end).";
    QTest::newRow("trailing comma") << "0 0 * * 1," << dow
                                    << "day of week: the list has an empty item (two commas together, or one "
                                       "at an end).";
    QTest::newRow("stray character") << "0 0 * * 1;2" << dow
                                     << "day of week: “;” has no place in a schedule; a field has numbers, "
                                        "names, *, -, / and commas.";
    QTest::newRow("question mark") << "0 0 ? * *" << dom
                                   << "day of month: “?” has no place in a schedule; a field has numbers, "
                                      "names, *, -, / and commas.";
    QTest::newRow("never: 31 February")
        << "0 0 31 2 *" << dom
        << "day of month: there is no 31st in February, so this schedule would "
           "never run.";
    QTest::newRow("never: 30 or 31 February")
        << "0 0 30,31 feb *" << dom
        << "day of month: there is no 30th or 31st in February, so this "
           "schedule would never run.";
    QTest::newRow("never: 31 April or June") << "0 0 31 4,6 *" << dom
                                             << "day of month: there is no 31st in April or June, so this "
                                                "schedule would never run.";
    QTest::newRow("never: starred weekday") << "0 0 31 2 */2" << dom
                                            << "day of month: there is no 31st in February, so this schedule "
                                               "would never run.";
}

} // namespace

class TestCronSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Syntax --------------------------------------------------------------------------------------

    void acceptsEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("days");
        QTest::addColumn<QString>("months");
        QTest::addColumn<QString>("weekdays");
        QTest::newRow("all stars") << "* * * * *" << "all" << "all" << "all" << "all" << "all";
        QTest::newRow("single values") << "5 4 3 2 1" << "5" << "4" << "3" << "2" << "1";
        QTest::newRow("leading zeros") << "05 09 01 02 00" << "5" << "9" << "1" << "2" << "0";
        QTest::newRow("ranges") << "0-4 8-10 1-3 6-8 1-5" << "0,1,2,3,4" << "8,9,10" << "1,2,3" << "6,7,8"
                                << "1,2,3,4,5";
        QTest::newRow("star steps") << "*/15 */6 */10 */4 */3" << "0,15,30,45" << "0,6,12,18" << "1,11,21,31"
                                    << "1,5,9" << "0,3,6";
        QTest::newRow("range steps") << "10-40/10 1-23/11 5-20/5 2-12/5 1-5/2" << "10,20,30,40" << "1,12,23"
                                     << "5,10,15,20" << "2,7,12" << "1,3,5";
        QTest::newRow("lists") << "1,2,5-7,50-59/5 0,12 1,15 1,7 0,3" << "1,2,5,6,7,50,55" << "0,12" << "1,15"
                               << "1,7" << "0,3";
        QTest::newRow("step beyond the range")
            << "*/100 1-2/60 * * *" << "0" << "1" << "all" << "all" << "all";
        QTest::newRow("month names") << "0 0 1 jan,JUL *" << "0" << "0" << "1" << "1,7" << "all";
        QTest::newRow("month name range") << "0 0 1 Mar-oct *" << "0" << "0" << "1" << "3,4,5,6,7,8,9,10"
                                          << "all";
        QTest::newRow("day names") << "0 0 * * mon,WED,Fri" << "0" << "0" << "all" << "all" << "1,3,5";
        QTest::newRow("day name range") << "0 0 * * mon-fri" << "0" << "0" << "all" << "all" << "1,2,3,4,5";
        QTest::newRow("name range with step") << "0 0 * jan-dec/3 sun-sat/2" << "0" << "0" << "all"
                                              << "1,4,7,10" << "0,2,4,6";
        QTest::newRow("7 is Sunday") << "0 0 * * 7" << "0" << "0" << "all" << "all" << "0";
        QTest::newRow("Friday to Sunday") << "0 0 * * 5-7" << "0" << "0" << "all" << "all" << "0,5,6";
        QTest::newRow("sun is 0") << "0 0 * * SUN" << "0" << "0" << "all" << "all" << "0";
        QTest::newRow("tabs and blanks") << "\t 0\t\t0  * *   * " << "0" << "0" << "all" << "all" << "all";
    }

    void acceptsEveryForm()
    {
        QFETCH(QString, text);
        const CronScheduleCheck check = checkCronSchedule(text);
        QCOMPARE(check.problem, QString());
        QVERIFY(check.schedule);
        QVERIFY(!check.field);
        const CronSchedule &s = *check.schedule;
        QFETCH(QString, minutes);
        QFETCH(QString, hours);
        QFETCH(QString, days);
        QFETCH(QString, months);
        QFETCH(QString, weekdays);
        QCOMPARE(valuesText(s.minutes, 0), minutes);
        QCOMPARE(valuesText(s.hours, 0), hours);
        QCOMPARE(valuesText(s.daysOfMonth, 1), days);
        QCOMPARE(valuesText(s.months, 1), months);
        QCOMPARE(valuesText(s.daysOfWeek, 0), weekdays);
        QCOMPARE(s.text, text.trimmed());
        QCOMPARE(cronScheduleProblem(text), QString());
    }

    void starFlags()
    {
        const CronSchedule stars = parsed(QStringLiteral("*/5 *,1 */2 * *"));
        QVERIFY(stars.minuteStar && stars.hourStar && stars.dayOfMonthStar && stars.dayOfWeekStar);
        QVERIFY(stars.followsClock());
        const CronSchedule fixed = parsed(QStringLiteral("0-59 0-23 1-31 * 0-7"));
        QVERIFY(!fixed.minuteStar && !fixed.hourStar && !fixed.dayOfMonthStar && !fixed.dayOfWeekStar);
        QVERIFY(!fixed.followsClock());
        QVERIFY(parsed(QStringLiteral("* 2 * * *")).followsClock());
        QVERIFY(parsed(QStringLiteral("30 * * * *")).followsClock());
        QVERIFY(!parsed(QStringLiteral("30 2 * * *")).followsClock());
    }

    void specials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("equivalent");
        QTest::addColumn<bool>("followsClock");
        QTest::newRow("hourly") << "@hourly" << "0 * * * *" << true;
        QTest::newRow("daily") << "@daily" << "0 0 * * *" << false;
        QTest::newRow("midnight") << "@midnight" << "0 0 * * *" << false;
        QTest::newRow("weekly") << "@weekly" << "0 0 * * 0" << false;
        QTest::newRow("monthly") << "@monthly" << "0 0 1 * *" << false;
        QTest::newRow("yearly") << "@yearly" << "0 0 1 1 *" << false;
        QTest::newRow("annually") << "@annually" << "0 0 1 1 *" << false;
    }

    void specials()
    {
        QFETCH(QString, text);
        QFETCH(QString, equivalent);
        QFETCH(bool, followsClock);
        const CronSchedule special = parsed(text);
        const CronSchedule fields = parsed(equivalent);
        QCOMPARE(special.minutes, fields.minutes);
        QCOMPARE(special.hours, fields.hours);
        QCOMPARE(special.daysOfMonth, fields.daysOfMonth);
        QCOMPARE(special.months, fields.months);
        QCOMPARE(special.daysOfWeek, fields.daysOfWeek);
        QCOMPARE(special.followsClock(), followsClock);
        QVERIFY(special.special != CronSchedule::Special::None);
        // The same runs for a year and a half.
        for (const char *zone : {"UTC", "Europe/London"}) {
            const QTimeZone tz(zone);
            const QDateTime from = utc("2026-01-01T00:00:00");
            QCOMPARE(described(cronNextRuns(special, from, tz, 40)),
                     described(cronNextRuns(fields, from, tz, 40)));
        }
    }

    void reboot()
    {
        const CronSchedule s = parsed(QStringLiteral("@reboot"));
        QVERIFY(s.isReboot());
        QCOMPARE(s.special, CronSchedule::Special::Reboot);
        QVERIFY(cronNextRuns(s, utc("2026-01-01T00:00:00"), QTimeZone::UTC, 5).isEmpty());
        QVERIFY(!s.matches(QDate(2026, 1, 1), 0, 0));
        QCOMPARE(describeCronSchedule(s), QStringLiteral("at reboot (when cron starts)"));
    }

    // Errors --------------------------------------------------------------------------------------

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("field"); // -1: not one field
        QTest::addColumn<QString>("problem");
        addWholeScheduleRows();
        addValueRows();
        addSyntaxRows();
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(int, field);
        QFETCH(QString, problem);
        const CronScheduleCheck check = checkCronSchedule(text);
        QCOMPARE(check.problem, problem);
        QCOMPARE(check.field ? int(*check.field) : -1, field);
        QCOMPARE(cronScheduleProblem(text), problem);
    }

    void possibleDaysAreNotRefused()
    {
        // Either day field is enough when both are restricted, and 29 February comes in leap years.
        for (const char *text :
             {"0 0 31 2 mon", "0 0 31 2,3 *", "0 0 29 2 *", "0 0 30 */2 *", "0 0 */31 2 *"})
            QCOMPARE(cronScheduleProblem(QLatin1String(text)), QString());
    }

    void fieldNames()
    {
        QCOMPARE(cronFieldName(CronField::Minute), QStringLiteral("minute"));
        QCOMPARE(cronFieldName(CronField::Hour), QStringLiteral("hour"));
        QCOMPARE(cronFieldName(CronField::DayOfMonth), QStringLiteral("day of month"));
        QCOMPARE(cronFieldName(CronField::Month), QStringLiteral("month"));
        QCOMPARE(cronFieldName(CronField::DayOfWeek), QStringLiteral("day of week"));
    }

    // The day rule --------------------------------------------------------------------------------

    void dayRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("matches");
        const QDate friday13(2026, 2, 13);
        const QDate friday6(2026, 2, 6);
        const QDate tuesday13(2026, 1, 13);
        const QDate wednesday14(2026, 1, 14);
        // Both restricted: either.
        QTest::newRow("either: Friday 13th") << "0 0 13 * 5" << friday13 << true;
        QTest::newRow("either: a Friday") << "0 0 13 * 5" << friday6 << true;
        QTest::newRow("either: a 13th") << "0 0 13 * 5" << tuesday13 << true;
        QTest::newRow("either: neither") << "0 0 13 * 5" << wednesday14 << false;
        QTest::newRow("either: names") << "0 0 13 * fri" << friday6 << true;
        QTest::newRow("either: full weekday list matches every day") << "0 0 13 * 0-6" << wednesday14 << true;
        QTest::newRow("either: full day list matches every day") << "0 0 1-31 * 5" << wednesday14 << true;
        // One starred: both.
        QTest::newRow("days only: the 13th") << "0 0 13 * *" << tuesday13 << true;
        QTest::newRow("days only: a Friday") << "0 0 13 * *" << friday6 << false;
        QTest::newRow("weekdays only: a Friday") << "0 0 * * 5" << friday6 << true;
        QTest::newRow("weekdays only: a 13th") << "0 0 * * 5" << tuesday13 << false;
        QTest::newRow("starred step: both, odd Friday") << "0 0 */2 * 5" << friday13 << true;
        QTest::newRow("starred step: both, even Friday") << "0 0 */2 * 5" << friday6 << false;
        QTest::newRow("starred step: both, odd Tuesday") << "0 0 */2 * 5" << tuesday13 << false;
        QTest::newRow("starred weekday step: both") << "0 0 13 * */5" << tuesday13 << false;
        QTest::newRow("starred weekday step: 13th Friday") << "0 0 13 * */5" << friday13 << true;
        QTest::newRow("month restricts either") << "0 0 13 3 5" << friday6 << false;
        QTest::newRow("Sunday as 7") << "0 0 * * 7" << QDate(2026, 3, 29) << true;
    }

    void dayRule()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(bool, matches);
        QCOMPARE(parsed(text).matchesDay(date), matches);
    }

    // In words ------------------------------------------------------------------------------------

    void explains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("weekly at a time") << "30 2 * * 1" << "at 02:30 every Monday";
        QTest::newRow("every 15 minutes") << "*/15 * * * *" << "every 15 minutes";
        QTest::newRow("every minute") << "* * * * *" << "every minute";
        QTest::newRow("minute of every hour") << "5 * * * *" << "at minute 5 of every hour";
        QTest::newRow("hourly") << "@hourly" << "every hour, on the hour";
        QTest::newRow("monthly") << "0 0 1 * *" << "at 00:00 on the 1st of every month";
        QTest::newRow("@monthly") << "@monthly" << "at 00:00 on the 1st of every month";
        QTest::newRow("daily") << "@daily" << "at 00:00 every day";
        QTest::newRow("weekly") << "@weekly" << "at 00:00 every Sunday";
        QTest::newRow("yearly") << "@yearly" << "at 00:00 on the 1st of January";
        QTest::newRow("leap day") << "0 0 29 2 *" << "at 00:00 on the 29th of February";
        QTest::newRow("two times") << "0,30 9 * * *" << "at 09:00 and 09:30 every day";
        QTest::newRow("working hours")
            << "0 9-17 * * mon-fri" << "every hour from 09:00 to 17:00 every Monday to Friday";
        QTest::newRow("every 15 minutes of an hour")
            << "*/15 9 * * *" << "at 09:00, 09:15, 09:30 and 09:45 every day";
        QTest::newRow("every 20 minutes at night")
            << "*/20 1-3 * * *" << "every 20 minutes from 01:00 to 03:40";
        QTest::newRow("every 30 minutes") << "*/30 * * * *" << "every 30 minutes";
        QTest::newRow("every 10 minutes in the day")
            << "*/10 9-17 * * *" << "every 10 minutes from 09:00 to 17:50";
        QTest::newRow("every minute of an hour")
            << "* 2 * * *" << "every minute from 02:00 to 02:59 every day";
        QTest::newRow("four times") << "15 */6 * * *" << "at 00:15, 06:15, 12:15 and 18:15 every day";
        QTest::newRow("every 2 hours") << "15 */2 * * *" << "every 2 hours at minute 15";
        QTest::newRow("summer") << "0 12 * jun-aug *" << "at 12:00 every day in June to August";
        QTest::newRow("two days of the month")
            << "0 12 1,15 * *" << "at 12:00 on the 1st and 15th of every month";
        QTest::newRow("weekend") << "0 0 * * 0,6" << "at 00:00 every Saturday and Sunday";
        QTest::newRow("either day rule")
            << "0 0 13 * 5" << "at 00:00 on the 13th of every month and on every Friday";
        QTest::newRow("either, in some months")
            << "0 0 13 1,7 5" << "at 00:00 in January and July, on the 13th and on every Friday";
        QTest::newRow("both day rule")
            << "0 8 1-7 * */7" << "at 08:00 on the 1st to 7th of every month when it is a Sunday";
        QTest::newRow("weekdays in some months") << "0 8 * 3 1" << "at 08:00 every Monday in March";
        QTest::newRow("odd times") << "7,19,23,41 1,3,5,8 * * *"
                                   << "at minutes 7, 19, 23 and 41 of the hours 1, 3, 5 and 8";
        QTest::newRow("odd minutes every hour")
            << "7,19,23,41 * * * *" << "at minutes 7, 19, 23 and 41 of every hour";
        QTest::newRow("minute of scattered hours") << "5 1,3,8,9,10,20,22 * * *"
                                                   << "at minute 5 of the hours 1, 3, 8–10, 20 and 22";
        QTest::newRow("uneven step") << "*/7 * * * *"
                                     << "at minutes 0, 7, 14, 21, 28, 35, 42, 49 and 56 of every hour";
        QTest::newRow("21st, 22nd, 23rd") << "0 0 21,22,23,31 * *"
                                          << "at 00:00 on the 21st to 23rd and 31st of every month";
    }

    void explains()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QCOMPARE(describeCronSchedule(parsed(text)), words);
    }

    // Next runs -----------------------------------------------------------------------------------

    void nextRunsInUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QStringList>("runs");
        const QDateTime monday = utc("2026-12-07T10:00:00");
        QTest::newRow("weekly") << "30 2 * * 1" << monday
                                << QStringList{"2026-12-14 02:30", "2026-12-21 02:30", "2026-12-28 02:30",
                                               "2027-01-04 02:30", "2027-01-11 02:30"};
        QTest::newRow("every 15 minutes, strictly after")
            << "*/15 * * * *" << monday
            << QStringList{"2026-12-07 10:15", "2026-12-07 10:30", "2026-12-07 10:45", "2026-12-07 11:00",
                           "2026-12-07 11:15"};
        QTest::newRow("seconds into a minute")
            << "* * * * *" << utc("2026-12-07T10:00:59")
            << QStringList{"2026-12-07 10:01", "2026-12-07 10:02", "2026-12-07 10:03", "2026-12-07 10:04",
                           "2026-12-07 10:05"};
        QTest::newRow("leap day") << "0 0 29 2 *" << utc("2026-01-01T00:00:00")
                                  << QStringList{"2028-02-29 00:00", "2032-02-29 00:00", "2036-02-29 00:00",
                                                 "2040-02-29 00:00", "2044-02-29 00:00"};
        QTest::newRow("either day rule")
            << "0 0 13 * 5" << utc("2026-02-01T00:00:00")
            << QStringList{"2026-02-06 00:00", "2026-02-13 00:00", "2026-02-20 00:00", "2026-02-27 00:00",
                           "2026-03-06 00:00"};
        QTest::newRow("end of year") << "@yearly" << utc("2026-12-31T23:59:00")
                                     << QStringList{"2027-01-01 00:00", "2028-01-01 00:00",
                                                    "2029-01-01 00:00", "2030-01-01 00:00",
                                                    "2031-01-01 00:00"};
    }

    void nextRunsInUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, after);
        QFETCH(QStringList, runs);
        const QList<CronRun> found = cronNextRuns(parsed(text), after, QTimeZone::UTC, 5);
        QCOMPARE(described(found), runs);
        for (const CronRun &run : found) {
            QCOMPARE(run.at.timeRepresentation().timeSpec(), Qt::UTC);
            QCOMPARE(run.note, Note::None);
        }
    }

    void impossibleScheduleEndsQuickly()
    {
        const CronScheduleCheck check = checkCronSchedule(QStringLiteral("0 0 31 2 *"));
        QVERIFY(!check.problem.isEmpty());
        QVERIFY(check.schedule);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cronNextRuns(*check.schedule, utc("2026-01-01T00:00:00"), QTimeZone("Europe/London"), 5)
                    .isEmpty());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // A schedule that runs once in 28 years is still found.
        const QList<CronRun> rare = cronNextRuns(parsed(QStringLiteral("0 0 29 2 */7")),
                                                 utc("2026-01-01T00:00:00"), QTimeZone::UTC, 1);
        QCOMPARE(described(rare), QStringList{"2032-02-29 00:00"});
    }

    // Across the clock changes of Europe/London in 2026: 01:00 GMT → 02:00 BST on 29 March,
    // 02:00 BST → 01:00 GMT on 25 October (both at 01:00 UTC).
    void nextRunsAcrossDst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QStringList>("runs");
        // Spring: 01:00–01:59 does not come.
        QTest::newRow("spring, fixed 01:30 runs at 02:00 BST")
            << "30 1 * * *" << utc("2026-03-28T12:00:00")
            << QStringList{"2026-03-29 01:00 moved", "2026-03-30 00:30", "2026-03-31 00:30"};
        QTest::newRow("spring, fixed 01:00 runs at 02:00 BST")
            << "0 1 * * *" << utc("2026-03-28T12:00:00")
            << QStringList{"2026-03-29 01:00 moved", "2026-03-30 00:00", "2026-03-31 00:00"};
        QTest::newRow("spring, fixed 02:00 on time")
            << "0 2 * * *" << utc("2026-03-28T12:00:00")
            << QStringList{"2026-03-29 01:00", "2026-03-30 01:00", "2026-03-31 01:00"};
        QTest::newRow("spring, fixed twice in the hour runs twice")
            << "0,30 1 * * *" << utc("2026-03-28T12:00:00")
            << QStringList{"2026-03-29 01:00 moved", "2026-03-29 01:00 moved", "2026-03-30 00:00",
                           "2026-03-30 00:30"};
        QTest::newRow("spring, wildcard hour skips 01:30")
            << "30 * * * *" << utc("2026-03-29T00:00:00")
            << QStringList{"2026-03-29 00:30", "2026-03-29 01:30 after-skipped", "2026-03-29 02:30"};
        QTest::newRow("spring, hourly")
            << "0 * * * *" << utc("2026-03-28T23:30:00")
            << QStringList{"2026-03-29 00:00", "2026-03-29 01:00 after-skipped", "2026-03-29 02:00"};
        QTest::newRow("spring, every minute of 01:xx does not run")
            << "* 1 * * *" << utc("2026-03-28T12:00:00")
            << QStringList{"2026-03-30 00:00 after-skipped", "2026-03-30 00:01", "2026-03-30 00:02"};
        QTest::newRow("spring, every 15 minutes")
            << "*/15 * * * *" << utc("2026-03-29T00:30:00")
            << QStringList{"2026-03-29 00:45", "2026-03-29 01:00 after-skipped", "2026-03-29 01:15"};
        // Autumn: 01:00–01:59 comes twice.
        QTest::newRow("autumn, fixed 01:30 runs once")
            << "30 1 * * *" << utc("2026-10-24T12:00:00")
            << QStringList{"2026-10-25 00:30 once", "2026-10-26 01:30", "2026-10-27 01:30"};
        QTest::newRow("autumn, fixed 01:00 runs once")
            << "0 1 * * *" << utc("2026-10-24T12:00:00")
            << QStringList{"2026-10-25 00:00 once", "2026-10-26 01:00", "2026-10-27 01:00"};
        QTest::newRow("autumn, fixed 02:00 once, in GMT")
            << "0 2 * * *" << utc("2026-10-24T12:00:00")
            << QStringList{"2026-10-25 02:00", "2026-10-26 02:00", "2026-10-27 02:00"};
        QTest::newRow("autumn, fixed 00:30 before the change")
            << "30 0 * * *" << utc("2026-10-24T12:00:00")
            << QStringList{"2026-10-24 23:30", "2026-10-26 00:30", "2026-10-27 00:30"};
        QTest::newRow("autumn, wildcard hour repeats 01:30")
            << "30 * * * *" << utc("2026-10-24T23:00:00")
            << QStringList{"2026-10-24 23:30", "2026-10-25 00:30", "2026-10-25 01:30 repeated",
                           "2026-10-25 02:30"};
        QTest::newRow("autumn, hourly")
            << "@hourly" << utc("2026-10-24T23:30:00")
            << QStringList{"2026-10-25 00:00", "2026-10-25 01:00 repeated", "2026-10-25 02:00"};
        QTest::newRow("autumn, starting in the repeated hour, wildcard")
            << "30 * * * *" << utc("2026-10-25T01:20:00")
            << QStringList{"2026-10-25 01:30 repeated", "2026-10-25 02:30"};
        QTest::newRow("autumn, starting in the repeated hour, fixed")
            << "30 1 * * *" << utc("2026-10-25T01:20:00")
            << QStringList{"2026-10-26 01:30", "2026-10-27 01:30"};
    }

    void nextRunsAcrossDst()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, after);
        QFETCH(QStringList, runs);
        const QTimeZone london("Europe/London");
        QVERIFY(london.isValid());
        QCOMPARE(described(cronNextRuns(parsed(text), after, london, int(runs.size()))), runs);
    }

    void notesSayWhatHappens()
    {
        const QTimeZone london("Europe/London");
        const QList<CronRun> spring =
            cronNextRuns(parsed(QStringLiteral("30 1 * * *")), utc("2026-03-28T12:00:00"), london, 2);
        QCOMPARE(spring.at(0).note, Note::AfterSkippedTime);
        QCOMPARE(spring.at(0).scheduledDate, QDate(2026, 3, 29));
        QCOMPARE(spring.at(0).scheduledTime, QTime(1, 30));
        QCOMPARE(spring.at(0).clockChangeAt, utc("2026-03-29T01:00:00"));
        QCOMPARE(cronRunNote(spring.at(0)),
                 QStringLiteral("On 29 March 2026 the clock jumps from 01:00 to 02:00, so "
                                "01:30 does not come; cron runs this at 02:00 instead."));
        QCOMPARE(cronRunNote(spring.at(1)), QString());
        const QList<CronRun> autumn =
            cronNextRuns(parsed(QStringLiteral("30 1 * * *")), utc("2026-10-24T12:00:00"), london, 1);
        QCOMPARE(cronRunNote(autumn.at(0)),
                 QStringLiteral("On 25 October 2026 the clock goes back from 02:00 to "
                                "01:00, so 01:30 comes twice; cron runs this only the "
                                "first time."));
        const QList<CronRun> repeated =
            cronNextRuns(parsed(QStringLiteral("30 * * * *")), utc("2026-10-25T01:00:00"), london, 1);
        QCOMPARE(cronRunNote(repeated.at(0)),
                 QStringLiteral("On 25 October 2026 the clock goes back from 02:00 to "
                                "01:00; this runs again at 01:30 as the clock repeats "
                                "the time."));
        const QList<CronRun> skipped =
            cronNextRuns(parsed(QStringLiteral("30 * * * *")), utc("2026-03-29T00:40:00"), london, 1);
        QCOMPARE(cronRunNote(skipped.at(0)),
                 QStringLiteral("On 29 March 2026 the clock jumps from 01:00 to 02:00; "
                                "the runs due in between do not happen."));
    }

    // The messages and words come out of the shipped translations (the context lupdate gave them
    // is the one they are looked up in), with the locale's names of days and months.
    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("note");
        QTest::newRow("de")
            << "de" << "um 02:30 jeden Montag" << "Tag im Monat: 32 liegt außerhalb des Bereichs 1–31."
            << "Am 29. März 2026 springt die Uhr von 01:00 auf 02:00, 01:30 kommt also nicht vor; "
               "cron führt dies stattdessen um 02:00 aus.";
        QTest::newRow("fr") << "fr" << "à 02:30 chaque lundi"
                            << QStringLiteral("jour du mois\u00a0: 32 est hors de la plage 1–31.")
                            << QStringLiteral(
                                   "Le 29 mars 2026, l’horloge saute de 01:00 à 02:00, 01:30 n’arrive donc "
                                   "pas\u202f; cron l’exécute à 02:00 à la place.");
    }

    void translated()
    {
        QFETCH(QString, language);
        QFETCH(QString, words);
        QFETCH(QString, problem);
        QFETCH(QString, note);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/mws-admin_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        const QString described = describeCronSchedule(parsed(QStringLiteral("30 2 * * 1")));
        const QString refused = cronScheduleProblem(QStringLiteral("0 0 32 * *"));
        const QList<CronRun> runs = cronNextRuns(parsed(QStringLiteral("30 1 * * *")),
                                                 utc("2026-03-28T12:00:00"), QTimeZone("Europe/London"), 1);
        const QString said = cronRunNote(runs.value(0));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(described, words);
        QCOMPARE(refused, problem);
        QCOMPARE(said, note);
    }

    // Cross-checks --------------------------------------------------------------------------------

    // Random schedules against the test's own reading of them, minute by minute, in UTC.
    void matchesBruteForceInUtc()
    {
        QRandomGenerator random(20261207);
        const qint64 spanMinutes = 45 * 24 * 60;
        for (int round = 0; round < 300; ++round) {
            const RandomSchedule model = randomSchedule(random);
            const CronScheduleCheck check = checkCronSchedule(model.text());
            QVERIFY2(check.schedule, qPrintable(model.text() + u' ' + check.problem));
            const qint64 start = 29000000 + qint64(random.bounded(3000000)); // 2025…2030, in minutes
            QList<qint64> expected;
            for (qint64 day = start / 1440; day * 1440 < start + spanMinutes; ++day) {
                const QDate date = QDate(1970, 1, 1).addDays(day);
                if (!model.dayMatches(date))
                    continue;
                for (int minute = 0; minute < 1440; ++minute) {
                    const qint64 at = day * 1440 + minute;
                    if (at >= start && at < start + spanMinutes && model.hour.values.contains(minute / 60) &&
                        model.minute.values.contains(minute % 60))
                        expected << at;
                }
            }
            const QList<CronRun> found =
                cronNextRuns(*check.schedule, QDateTime::fromSecsSinceEpoch(start * 60 - 1, QTimeZone::UTC),
                             QTimeZone::UTC, int(expected.size()) + 1);
            QVERIFY2(found.size() >= expected.size(), qPrintable(model.text()));
            for (qsizetype i = 0; i < expected.size(); ++i)
                QVERIFY2(found.at(i).at.toSecsSinceEpoch() == expected.at(i) * 60, qPrintable(model.text()));
            if (found.size() > expected.size())
                QVERIFY2(found.last().at.toSecsSinceEpoch() >= (start + spanMinutes) * 60,
                         qPrintable(model.text()));
        }
    }

    // Random schedules across clock changes against a minute-by-minute copy of cron's main loop.
    void matchesCronLoopAcrossClockChanges_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("around");
        QTest::newRow("London spring") << "Europe/London" << utc("2026-03-29T01:00:00");
        QTest::newRow("London autumn") << "Europe/London" << utc("2026-10-25T01:00:00");
        QTest::newRow("New York spring") << "America/New_York" << utc("2026-03-08T07:00:00");
        QTest::newRow("New York autumn") << "America/New_York" << utc("2026-11-01T06:00:00");
        QTest::newRow("Lord Howe, half an hour") << "Australia/Lord_Howe" << utc("2026-04-04T15:00:00");
        QTest::newRow("Lord Howe, spring") << "Australia/Lord_Howe" << utc("2026-10-03T15:30:00");
        // Samoa moved across the date line: 29 December 2011 was followed by 31 December.
        QTest::newRow("Apia, a day skipped") << "Pacific/Apia" << utc("2011-12-30T10:00:00");
    }

    void matchesCronLoopAcrossClockChanges()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, around);
        const QTimeZone tz(zone.toLatin1());
        if (!tz.isValid())
            QSKIP("the zone is not in this system's time-zone data");
        QRandomGenerator random(qHash(zone) ^ quint32(around.toSecsSinceEpoch()));
        const qint64 from = around.toSecsSinceEpoch() / 60 - 26 * 60;
        const qint64 to = from + 52 * 60;
        const QDateTime after = QDateTime::fromSecsSinceEpoch(from * 60 - 1, QTimeZone::UTC);
        QStringList texts{"30 1 * * *",  "0 1 * * *",    "0 2 * * *",     "30 * * * *",
                          "@hourly",     "*/15 * * * *", "* 1 * * *",     "0,30 1,2 * * *",
                          "*/5 1 * * *", "15 1-3 * * *", "45 0-2/1 * * *"};
        for (int i = 0; i < 150; ++i) {
            RandomSchedule model = randomSchedule(random);
            model.dayOfMonth = {QStringLiteral("*"), {}};
            model.month = {QStringLiteral("*"), {}};
            model.dayOfWeek = {QStringLiteral("*"), {}};
            texts << model.text();
        }
        for (const QString &text : std::as_const(texts)) {
            const CronSchedule s = parsed(text);
            const QList<qint64> expected = simulateCron(s, tz, from, to);
            const QList<CronRun> found = cronNextRuns(s, after, tz, int(expected.size()) + 1);
            QStringList want;
            for (const qint64 minute : expected)
                want << QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::UTC).toString(Qt::ISODate);
            QStringList got;
            for (const CronRun &run : found) {
                if (run.at.toSecsSinceEpoch() < to * 60)
                    got << run.at.toString(Qt::ISODate);
            }
            QVERIFY2(got == want, qPrintable(text + u'\n' + got.join(u' ') + u'\n' + want.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cronschedule.moc"
