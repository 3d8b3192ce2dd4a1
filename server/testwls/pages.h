// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "wlsrequest.h"

#include <QByteArray>
#include <QString>

// The HTML of the test WLS. Everything that came from a request is HTML-escaped.
namespace mws::testwls::pages {

QByteArray loginPage(const WlsRequest &request, const QString &userid, const QString &error);
QByteArray errorPage(int status, const QString &message);
QByteArray notFoundPage();

} // namespace mws::testwls::pages
