#include "pages/sitepages.h"

namespace mws::ui::pagerules {

bool anyone(const SiteAccess &)
{
    return true;
}

bool siteSelected(const SiteAccess &access)
{
    return access.siteSelected;
}

bool notSshOnly(const SiteAccess &access)
{
    return access.staff || access.role != model::Role::SshUser;
}

} // namespace mws::ui::pagerules
