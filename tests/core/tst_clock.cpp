// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The clock seam: Clock::nowUtc() is the system's time until a test installs a clock, reads that
// one while it lives (from any thread) and the one before once it goes.
#include "mockclock.h"
#include "util/clock.h"

#include <QTest>
#include <QThread>

using mws::Clock;
using mws::test::MockClock;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockByDefault()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::nowUtc();
        QVERIFY(now >= before);
        QVERIFY(now <= QDateTime::currentDateTimeUtc());
        QCOMPARE(now.timeSpec(), Qt::UTC);
    }

    void aMockClockIsReadWhileItLives()
    {
        const QDateTime set(QDate(2031, 2, 3), QTime(4, 5, 6), QTimeZone::UTC);
        {
            MockClock clock(set);
            QCOMPARE(Clock::nowUtc(), set);
            clock.advanceSeconds(90);
            QCOMPARE(Clock::nowUtc(), set.addSecs(90));
            {
                MockClock inner(set.addYears(-10));
                QCOMPARE(Clock::nowUtc(), set.addYears(-10));
            }
            QCOMPARE(Clock::nowUtc(), set.addSecs(90)); // the outer one is back
            clock.setNow(set.addDays(1));
            QDateTime seen;
            QThread *other = QThread::create([&seen] { seen = Clock::nowUtc(); });
            other->start();
            QVERIFY(other->wait(5000));
            delete other;
            QCOMPARE(seen, set.addDays(1));
        }
        QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
