#pragma once

#include "pages/sitepages.h"

namespace mws::ui {

// The areas of the desktop (areas.cpp): the one file that names them all. An area adds a line
// here for each of its pages; the main window builds its tabs and View menu from this table.
// The pages of a site, in tab order.
QList<SitePageEntry> sitePageTable();

} // namespace mws::ui
