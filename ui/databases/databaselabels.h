// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"

namespace mws::ui {

// The databases area's words: the jobs that change a site's MariaDB databases, users and grants,
// and the same changes in the audit trail.
CodeLabels::Area databaseLabels();

} // namespace mws::ui
