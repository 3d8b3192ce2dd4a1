// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/clock.h"

#include <atomic>

namespace mws {

namespace {

// Atomic: the offline cache's worker thread stamps files with the time too.
std::atomic<const Clock *> installed{nullptr};

} // namespace

QDateTime Clock::nowUtc()
{
    if (const Clock *clock = installed.load())
        return clock->currentUtc();
    return QDateTime::currentDateTimeUtc();
}

const Clock *Clock::setInstance(const Clock *clock)
{
    return installed.exchange(clock);
}

} // namespace mws
