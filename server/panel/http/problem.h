// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/error.h"

#include <QHttpServerResponse>

namespace mws::panel {

// Errors as RFC 9457 problem+json: {type, title, status, detail, errors:[{field, message}]}.
QHttpServerResponse problemResponse(const Error &error);
QHttpServerResponse problemResponse(int status, const QString &title, const QString &detail = {});

// The HTTP status an Error kind maps to.
int httpStatusFor(const Error &error);

} // namespace mws::panel
