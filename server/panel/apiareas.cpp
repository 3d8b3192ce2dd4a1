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

const QList<RegisterRoutes> &apiAreas()
{
    static const QList<RegisterRoutes> areas{
        registerLoginRoutes,    registerMeRoutes,      registerSiteRoutes, registerMemberRoutes,
        registerActivityRoutes, registerHostingRoutes, registerTlsRoutes,  registerCheckRoutes,
    };
    return areas;
}

} // namespace mws::panel
