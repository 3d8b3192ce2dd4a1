// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What applying a change to the "hosting" slice needs besides rendering it (siteparts.h).

#include "siteparts.h"

namespace mws::host {

const SliceRules &hostingSliceRules();

} // namespace mws::host
