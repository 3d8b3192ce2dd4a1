// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/clock.h"

#include <QTimeZone>

#include <atomic>

namespace mws::test {

// A clock that stands still until the test moves it. It is what Clock::nowUtc() reads for as
// long as it lives; the clock before it comes back when it goes (KeePassXC's MockClock).
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime &now) : m_msecs(now.toMSecsSinceEpoch()), m_previous(setInstance(this))
    {}
    ~MockClock() override { setInstance(m_previous); }
    MockClock(const MockClock &) = delete;
    MockClock &operator=(const MockClock &) = delete;

    void setNow(const QDateTime &now) { m_msecs = now.toMSecsSinceEpoch(); }
    void advanceSeconds(qint64 seconds) { m_msecs += seconds * 1000; }

protected:
    QDateTime currentUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_msecs, QTimeZone::UTC); }

private:
    std::atomic<qint64> m_msecs;
    const Clock *m_previous;
};

} // namespace mws::test
