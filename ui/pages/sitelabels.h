// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"

namespace mws::ui {

// The words of what every site has (the Overview and Activity pages): its life, its members,
// signing in, staff mode and cancelled jobs, as the audit trail calls them.
CodeLabels::Area siteLabels();

} // namespace mws::ui
