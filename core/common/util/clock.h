// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

namespace mws {

// Where the desktop reads the time. Code that stamps, compares or shows a time relative to now
// asks Clock::nowUtc(), so that a test can set the time (an expiry a week away, an hour gone)
// instead of waiting for it. The system's clock unless a test has installed another.
class Clock
{
public:
    virtual ~Clock() = default;

    // Now, in UTC: the installed clock's time, or the system's.
    static QDateTime nowUtc();

    // Makes clock the one nowUtc() reads (not owned; nullptr: the system's again) and returns
    // the one it replaces, for the caller to put back. For tests: see tests/support/mockclock.h.
    static const Clock *setInstance(const Clock *clock);

protected:
    virtual QDateTime currentUtc() const = 0;
};

} // namespace mws
