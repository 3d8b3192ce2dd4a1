// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace mws::panel {

// The few pages a browser sees during sign-in. bodyHtml must already be escaped; framing is
// refused so the consent page cannot be clickjacked, and no script runs.
QHttpServerResponse htmlPage(int status, const QString &title, const QString &bodyHtml);

// Escapes text for HTML element content and attribute values.
QString htmlEscape(const QString &text);

} // namespace mws::panel
