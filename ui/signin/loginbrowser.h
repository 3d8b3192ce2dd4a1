// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUrl>

namespace mws::ui {

// Opens a Raven login link: $MWS_BROWSER, when set, is the command that does (like git's
// $BROWSER: for machines without a browser, and the demo's headless mode); otherwise the system
// browser. False if nothing could be started.
bool openLoginUrl(const QUrl &url);

} // namespace mws::ui
