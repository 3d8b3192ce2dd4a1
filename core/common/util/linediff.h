// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mws::util {

// A unified diff ("diff -u" format, `context` lines around each change) from before to after,
// for showing configuration changes to people. Empty when the texts are equal.
QString unifiedDiff(const QString &path, const QString &before, const QString &after, int context = 3);

} // namespace mws::util
