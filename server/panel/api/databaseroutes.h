// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the databases' routes (databasesapi.cpp) and their exports and imports
// (databasetransferapi.cpp) share: whether the host offers MariaDB, and the site's databases as
// the server lists them.

#include "api/siteroutes.h"
#include "mariadbadmin.h"

namespace mws::panel {

// 503 unless this panel's host manages MariaDB databases.
Status requireMariaDb(PanelContext &context);
// 503 unless, as well, the host has each site's Unix user: what reads or writes a site's data
// (exports, imports, a look inside) runs as the site's own database account, which is that user.
Status requireSiteAccount(PanelContext &context);
// The site's databases, users and grants, read while the request waits (at most 5 s; 503 after).
Result<host::SiteDatabases> siteDatabaseListing(PanelContext &context, const QString &siteId);

} // namespace mws::panel
