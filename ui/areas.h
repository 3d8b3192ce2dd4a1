// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"
#include "pages/accountbar.h"
#include "pages/accountwatch.h"
#include "pages/sitepages.h"

namespace mws::ui {

// The areas of the desktop (areas.cpp, the one file that names them all): an area adds a line to
// sitePageTable() for each of its pages, one line to codeLabels() for its words and, if it keeps an
// eye on something while the app runs, one line to accountWatchTable(); if it shows something of
// the current account above the pages, one line to accountBarTable().

// The pages of a site, in tab order: the main window builds its tabs and View menu from it.
QList<SitePageEntry> sitePageTable();
// The words for every area's job kinds and audit actions.
CodeLabels codeLabels();
// What the areas watch for each open account (accountwatch.h).
QList<AccountWatchEntry> accountWatchTable();
// What the areas show of the current account above its site's pages (accountbar.h), top to bottom.
QList<AccountBarEntry> accountBarTable();

} // namespace mws::ui
