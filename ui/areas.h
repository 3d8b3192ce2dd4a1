// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"
#include "pages/sitepages.h"

namespace mws::ui {

// The areas of the desktop (areas.cpp, the one file that names them all): an area adds a line to
// sitePageTable() for each of its pages and one line to codeLabels() for its words, beside them.

// The pages of a site, in tab order: the main window builds its tabs and View menu from it.
QList<SitePageEntry> sitePageTable();
// The words for every area's job kinds and audit actions.
CodeLabels codeLabels();

} // namespace mws::ui
