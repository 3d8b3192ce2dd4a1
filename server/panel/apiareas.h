// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

namespace mws::panel {

class Router;
struct PanelContext;

// Adds one area's routes (an api/<area>api.cpp file's register function).
using RegisterRoutes = void (*)(Router &router, PanelContext &context);

// Every area's routes, one line each in apiareas.cpp.
const QList<RegisterRoutes> &apiAreas();

} // namespace mws::panel
