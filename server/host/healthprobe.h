// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hostconfig.h"
#include "siteparts.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace mws::host {

// Asks one probe and reports the answer's status and tag (status 0 and why, when there was
// none), once, unless context is gone first. The site's owner controls everything its server
// answers, so the probe reads only the status line and headers, at most 32 KiB of them, within
// 2 s in all; then it drops the connection, the body unread. Anything but a well-formed
// HTTP/1.x head is no answer. A probe straight to a site's own server presents the front's
// client certificate and pins the site's.
using ProbeAnswer = std::function<void(int status, const QByteArray &tag, const QString &error)>;
void askProbe(const HostConfig &config, const QString &siteId, const HealthProbe &probe, QObject *context,
              ProbeAnswer done);

} // namespace mws::host
