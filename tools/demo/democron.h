// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "panelharness.h"

#include <QString>

namespace mws::test {
class HttpClient;
}

namespace mws::demo {

// Cron on the demo stack, where the demo runs as root (the jobs run as the sites' own users, whom
// only root makes): the panel installs the first site's tab and runs its jobs through the real
// wrapper. No cron daemon is started, so the jobs run when someone runs them now (the demo does
// once each, so that the Cron page has a history to show).
void offerCron(test::PanelProcess::Options &options);

// Gives the site three jobs and runs each once (the third fails, as a broken link check would).
// Does nothing, successfully, where the panel offers no cron.
bool seedDemoCron(test::HttpClient &http, test::PanelProcess &panel, const QString &token,
                  const QString &siteId, QString *error);

} // namespace mws::demo
