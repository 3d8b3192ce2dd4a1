// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"

#include <QFuture>
#include <QString>
#include <QStringList>

namespace mws::api {

// Where a requested site may be approved onto: the panel's own host (the default) and the hosts
// of the fleet's inventory.
struct SiteHosts
{
    QStringList hosts;
    QString defaultHost;
};

// Site requests. An owner asks with PanelClient::createSite (outside staff mode it makes a site
// of status "requested", theirs); staff, in staff mode only (403 otherwise), list what waits,
// approve it onto a host or decline it with a reason the owner reads. Made where a call is made
// (SiteRequestsClient(*client).waiting()).
class SiteRequestsClient
{
public:
    explicit SiteRequestsClient(PanelClient &client) : m_client(client) {}

    // Every requested site, oldest name first (up to 500: more would be a queue nobody reads).
    QFuture<Result<Page<model::Site>>> waiting();
    QFuture<Result<SiteHosts>> hosts();
    // host: empty for the panel's own.
    QFuture<Result<model::Site>> approve(const QString &siteId, const QString &host);
    QFuture<Result<model::Site>> decline(const QString &siteId, const QString &reason);

private:
    PanelClient &m_client;
};

} // namespace mws::api
