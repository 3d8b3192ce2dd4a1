// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "model/hosting.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QString>

namespace mws::api {

// One change to a site's state (its hosting, its cron jobs), before it is sent: the same request
// is first previewed (the panel renders the diff of the site's files and applies nothing) and
// then, once the user agrees, applied as a job. Each area makes its own (HostingRequest, the cron
// jobs' PUT); the desktop's change flow sends any of them.
struct ChangeRequest
{
    QByteArray method;
    QString path; // relative to the panel's base URL
    QJsonObject body;
};

// The change rendered and diffed (?preview=true); nothing is applied.
QFuture<Result<model::ConfigPreview>> previewChange(PanelClient &client, const ChangeRequest &change);
// The change queued as a job; ifMatch is the ETag of what the change was made from.
QFuture<Result<model::Job>> applyChange(PanelClient &client, const ChangeRequest &change,
                                        const QByteArray &ifMatch);

} // namespace mws::api
