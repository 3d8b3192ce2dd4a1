// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/sshaccess.h"
#include "pages/sitepage.h"
#include "ssh/sshconnection.h"

#include <functional>
#include <optional>

namespace mws::ui {

// Asks the panel how to reach the selected site's host over SSH as the signed-in person (GET
// /sites/{id}/ssh). done, called in context, gets the answer, or nothing and why it cannot be
// used: the host offers no shell, the person has none there, the panel was not reached.
void fetchUsableAccess(const SiteView &view, QObject *context,
                       std::function<void(const std::optional<model::SshAccess> &, const QString &why)> done);

class KeyChooser;

// What logging in to the site's host takes: the key the person chose and the panel's answer.
struct SiteLogin
{
    SshCredentials credentials;
    model::SshAccess access;
};

// The chooser's key (KeyChooser::resolve), then the panel's answer (fetchUsableAccess); asking
// runs in between, when the panel is asked. done gets both, or nothing and why.
void prepareSiteLogin(KeyChooser &chooser, const SiteView &view, QObject *context,
                      std::function<void()> asking,
                      std::function<void(const std::optional<SiteLogin> &, const QString &why)> done);

} // namespace mws::ui
