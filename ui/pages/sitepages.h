// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pages/sitepage.h"

#include <functional>
#include <type_traits>

namespace mws::ui {

// One row of the page table (sitePageTable() in areas.cpp): how the page is made, its tab title
// (with its mnemonic; the text is translated in the context "mws::ui::SitePages"), where it goes
// among the tabs, who sees it and who may change what it shows. The View menu lists the pages
// seen in the same order, and Ctrl+1, Ctrl+2, … follow that order.
struct SitePageEntry
{
    using Rule = std::function<bool(const SiteAccess &)>;

    int order = 0;
    const char *title = nullptr;
    std::function<SitePage *(const SitePageContext &)> create;
    Rule visibleTo;
    Rule mayChange;
};

// The page table's factory of a page of its own: made with the context if it takes one (to reach
// the jobs panel or the code labels), else with its parent.
template <typename Page> SitePage *makePage(const SitePageContext &context)
{
    if constexpr (std::is_constructible_v<Page, const SitePageContext &>)
        return new Page(context);
    else
        return new Page(context.parent);
}

// The rules the table uses.
namespace pagerules {
bool anyone(const SiteAccess &access);
bool siteSelected(const SiteAccess &access);
// Everyone but members whose only access is SSH; staff in staff mode may change any site.
bool notSshOnly(const SiteAccess &access);
// Who may change who has access: the site's owners and administrators, and staff in staff mode.
bool managesMembers(const SiteAccess &access);
} // namespace pagerules

} // namespace mws::ui
