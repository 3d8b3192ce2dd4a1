// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"

namespace mws::ui {

// The SSH area's words: what a person's changes to their SSH keys are called in the audit trail.
CodeLabels::Area sshLabels();

} // namespace mws::ui
