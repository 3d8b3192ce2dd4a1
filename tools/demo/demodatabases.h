// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "mariadbserver.h"
#include "panelharness.h"

#include <QString>

namespace mws::demo {

// Databases on the demo stack, where the demo runs as root and MariaDB is installed: a private
// MariaDB of the demo's own (as the tests start one) that the panel manages ([mariadb]). Without
// it the Databases page says that the host offers none.
class DemoDatabases
{
public:
    static bool isPossible(QString *why) { return test::MariaDbServer::isAvailable(why); }

    // Starts the server and gives the panel its [mariadb] section.
    bool offer(test::PanelProcess::Options &options, QString *error);
    // The site's shop: a database with a few tables and rows, a user that writes to it and one
    // that reads it, made by the site's owner through the API as any owner would. Does nothing,
    // successfully, where the panel offers no databases.
    bool seed(test::HttpClient &http, test::PanelProcess &panel, const QString &token, const QString &siteId,
              QString *error);

private:
    test::MariaDbServer m_server;
    bool m_started = false;
};

} // namespace mws::demo
