// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "labels/codelabels.h"

namespace mws::ui {

// The staff console's words in the audit trail: the fleet's inventory changed, and what the app
// did to a VM through libvirt (requested, then its result).
CodeLabels::Area staffLabels();

} // namespace mws::ui
