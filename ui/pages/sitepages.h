#pragma once

#include "pages/sitepage.h"

#include <functional>

namespace mws::ui {

// One row of the page table: how the page is made, its tab title (with its mnemonic; the text
// is translated in the context "mws::ui::SitePages"), where it goes among the tabs, who sees it
// and who may change what it shows. The View menu lists the pages seen in the same order, and
// Ctrl+1, Ctrl+2, … follow that order.
struct SitePageEntry
{
    using Rule = std::function<bool(const SiteAccess &)>;

    int order = 0;
    const char *title = nullptr;
    std::function<SitePage *(const SitePageContext &)> create;
    Rule visibleTo;
    Rule mayChange;
};

// The pages of a site, in tab order. Adding a page is a page class and one line in this table
// (sitepages.cpp); the main window needs no change.
QList<SitePageEntry> sitePageTable();

// The rules the table uses.
namespace pagerules {
bool anyone(const SiteAccess &access);
bool siteSelected(const SiteAccess &access);
// Everyone but members whose only access is SSH; staff in staff mode may change any site.
bool notSshOnly(const SiteAccess &access);
} // namespace pagerules

} // namespace mws::ui
