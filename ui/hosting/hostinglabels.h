// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"

namespace mws::ui {

// The web hosting area's words: its jobs (hosting changes, serving a site or not, site checks)
// and what its changes are called in the audit trail.
CodeLabels::Area hostingLabels();

} // namespace mws::ui
