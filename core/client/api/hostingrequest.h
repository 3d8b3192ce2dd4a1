// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/changerequest.h"
#include "api/panelclient.h"
#include "model/hosting.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mws::api {

// The parts of a vhost a change may touch; what is unset stays as it is.
struct VhostChanges
{
    std::optional<QString> name; // a rename
    std::optional<QString> documentRoot;
    std::optional<QStringList> domains;
    std::optional<bool> redirectAliases;
    std::optional<bool> httpsRedirect;
    std::optional<bool> hsts;
    std::optional<QStringList> modules;
    std::optional<QString> directives;
    std::optional<bool> docrootWritable; // true: writable by the web server for one hour
};

// One change to what a site serves (a ChangeRequest: previewed, then applied).
struct HostingRequest : ChangeRequest
{
    static HostingRequest createVhost(const QString &siteId, const model::Vhost &vhost);
    static HostingRequest updateVhost(const QString &siteId, const QString &vhost,
                                      const VhostChanges &changes);
    static HostingRequest deleteVhost(const QString &siteId, const QString &vhost);
    static HostingRequest setPhp(const QString &siteId, const model::PhpConfig &php);
    static HostingRequest uploadCertificate(const QString &siteId, const QString &vhost,
                                            const QString &certificate, const QString &chain);
    static HostingRequest selfSignedCertificate(const QString &siteId, const QString &vhost);
    static HostingRequest removeCertificate(const QString &siteId, const QString &vhost);
};

// The hosting area's calls (vhosts, TLS, PHP, Apache), on a PanelClient's engine: it is made
// where a call is made (HostingClient(*client).hosting(siteId)) and keeps nothing but the client.
// A change is previewed first (the rendered diff of the site's configuration; nothing is applied),
// then applied as a job; ifMatch is the hosting's ETag. Calls behave as PanelClient's do.
class HostingClient
{
public:
    explicit HostingClient(PanelClient &client) : m_client(client) {}

    QFuture<Result<model::HostingCatalogue>> catalogue();
    QFuture<Result<Fetched<model::HostingCatalogue>>> catalogue(const QByteArray &ifNoneMatch);
    QFuture<Result<Fetched<model::SiteHosting>>> hosting(const QString &siteId,
                                                         const QByteArray &ifNoneMatch = {});
    QFuture<Result<model::ConfigPreview>> preview(const HostingRequest &change);
    QFuture<Result<model::Job>> apply(const HostingRequest &change, const QByteArray &ifMatch);
    // A new key on the panel (it never leaves it) and its certificate signing request, in PEM.
    QFuture<Result<QString>> requestCertificate(const QString &siteId, const QString &vhost,
                                                const QByteArray &ifMatch);

private:
    PanelClient &m_client;
};

} // namespace mws::api
