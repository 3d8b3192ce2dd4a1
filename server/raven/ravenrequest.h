// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace mws::raven {

// The redirect that starts a Raven login: the WLS URL with the protocol's parameters, version 3.
struct RavenRequest
{
    enum class Interaction
    {
        Default, // no iact: the WLS may use its session
        Yes,     // iact=yes: the user must type the password again
        No,      // iact=no: succeed only without interaction, else status 540
    };

    QUrl wlsUrl;       // e.g. https://raven.cam.ac.uk/auth/authenticate.html
    QString returnUrl; // the configured callback; the WLS echoes it as `url`
    QString description;
    QString message;
    QString params; // the nonce echoed back and signed
    Interaction interaction = Interaction::Default;
    QStringList acceptedAuthTypes; // empty: the WLS's default
    bool failOnWls = false;        // fail=yes: the WLS shows errors itself

    // The URL to redirect the browser to. Refuses a WLS that is not https (loopback excepted, for
    // tests), a return URL that is not absolute http(s), and text the protocol does not allow.
    Result<QUrl> toUrl() const;
};

} // namespace mws::raven
