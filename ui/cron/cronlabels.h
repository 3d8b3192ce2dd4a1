// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"

namespace mws::ui {

// The cron area's words: a job run now from the panel, and the changes to a site's cron jobs in
// the audit trail.
CodeLabels::Area cronLabels();

} // namespace mws::ui
