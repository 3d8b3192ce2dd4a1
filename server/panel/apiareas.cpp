// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiareas.h"

namespace mws::panel {

// Each area's api/<area>api.cpp defines its register function; it is named here once.
void registerLoginRoutes(Router &, PanelContext &);
void registerMeRoutes(Router &, PanelContext &);
void registerSiteRoutes(Router &, PanelContext &);
void registerMemberRoutes(Router &, PanelContext &);
void registerActivityRoutes(Router &, PanelContext &);
void registerHostingRoutes(Router &, PanelContext &);
void registerTlsRoutes(Router &, PanelContext &);
void registerCheckRoutes(Router &, PanelContext &);
void registerSshKeyRoutes(Router &, PanelContext &);
void registerShellAccessRoutes(Router &, PanelContext &);
void registerCronRoutes(Router &, PanelContext &);
void registerDatabaseRoutes(Router &, PanelContext &);
void registerDatabaseTransferRoutes(Router &, PanelContext &);
void registerDatabaseTableRoutes(Router &, PanelContext &);
void registerStaffRoutes(Router &, PanelContext &);
void registerSiteRequestRoutes(Router &, PanelContext &);

const QList<RegisterRoutes> &apiAreas()
{
    // One area a line, so that adding one is adding a line (clang-format would pack them).
    // clang-format off
    static const QList<RegisterRoutes> areas{
        registerLoginRoutes,
        registerMeRoutes,
        registerSiteRoutes,
        registerMemberRoutes,
        registerActivityRoutes,
        registerHostingRoutes,
        registerTlsRoutes,
        registerCheckRoutes,
        registerSshKeyRoutes,
        registerShellAccessRoutes,
        registerCronRoutes,
        registerDatabaseRoutes,
        registerDatabaseTransferRoutes,
        registerDatabaseTableRoutes,
        registerStaffRoutes,
        registerSiteRequestRoutes,
    };
    // clang-format on
    return areas;
}

} // namespace mws::panel
