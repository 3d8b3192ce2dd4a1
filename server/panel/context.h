// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config.h"

#include <QDateTime>

#include <functional>

namespace mws::store {
class Store;
}
namespace mws::raven {
class RavenVerifier;
}
namespace mws::host {
class SiteHost;
}
namespace mws::jobs {
class JobQueue;
}

namespace mws::panel {

// What every API module needs: the configuration, the store, the Raven verifier and the clock.
struct PanelContext
{
    const PanelConfig &config;
    store::Store &store;
    const raven::RavenVerifier &verifier;
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    host::SiteHost *host = nullptr; // the web servers this panel manages; none when [host] is off
    jobs::JobQueue *jobs = nullptr; // the queue every slow operation goes through
};

} // namespace mws::panel
