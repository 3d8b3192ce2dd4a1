// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mws::validate {

// Each returns an empty string when the value is acceptable, else what is wrong, in words a
// user can act on. The panel enforces these; the desktop shows them inline before sending.
QString siteNameProblem(const QString &name);
QString siteDescriptionProblem(const QString &description);
QString emailProblem(const QString &email);
QString crsidProblem(const QString &crsid);

} // namespace mws::validate
