// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

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

bool managesMembers(const SiteAccess &access)
{
    return access.staff || access.role == model::Role::Owner || access.role == model::Role::Admin;
}

} // namespace mws::ui::pagerules
