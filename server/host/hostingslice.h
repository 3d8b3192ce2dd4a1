#pragma once

// What applying a change to the "hosting" slice needs besides rendering it (siteparts.h).

#include "siteparts.h"

namespace mws::host {

const SliceRules &hostingSliceRules();

} // namespace mws::host
